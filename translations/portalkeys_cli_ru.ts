<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>ApiKeyCommand</name>
    <message>
        <source>A portal&apos;s API keys (Developer Tools → API keys): list, create, change, switch off, delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every subcommand takes --portal NAME (a saved portal) or --url URL with credentials from environment variables. A new key is shown once, when it is made: create prints it on standard output or keeps it in the keychain (--store-secret, --add-portal); afterwards the portal shows only its last four characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiKeyCreateCommand</name>
    <message>
        <source>The key expires after N days (%1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key never expires (also when neither is given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a new portal profile PROFILE for this portal that signs in with the new key (kept in the keychain) instead of printing the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the key in the keychain as the named secret NAME (see “portalkeys-cli secret”) instead of printing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON for scripts: the key&apos;s details, and the key itself as “key” unless it is kept in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an API key; it is shown once, or kept in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates an API key named NAME (at most %1 characters). The portal shows the key only in its answer to the creation and keeps nothing but a hash, so PortalKeys prints it on standard output exactly once (the details go to standard error), or, with --store-secret NAME or --add-portal PROFILE, keeps it in the keychain and does not print it. Where it is to be kept is checked before the key is made; if keeping it fails all the same, the key is deleted again on the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without --permission the key may do everything its owner may; --permission read makes it read only. Without --expires-in-days it never expires. Creating keys is rate-limited by the portal; guests may not create keys, nor may users other than the owner and admins when the portal limits developer tools to admins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --expires-in-days N or --no-expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expires-in-days: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the key one way: --add-portal PROFILE or --store-secret NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--add-portal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key never expires; --expires-in-days N limits the life of a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the API key %1 on %2: permissions %3, expires %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is the only time the portal shows the key: keep it now. Next time, --store-secret NAME or --add-portal PROFILE keeps it in the keychain instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is in the keychain as the named secret “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the portal “%1”, which signs in with the new key. Check it with: portalkeys-cli portal test %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key %1 could not be kept and is not shown, and deleting it on %2 failed too (%3). Delete it with: portalkeys-cli apikey delete %4 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key could not be kept, so it was deleted again on %1; nothing is left behind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiKeyDeleteCommand</name>
    <message>
        <source>Delete without asking (needed when standard input is not a terminal, as in scripts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete an API key from a portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the key with this ID: whatever signs in with it stops working, and it cannot be brought back (to stop it for a while, use “apikey disable”). On a terminal the command names the key and asks first; otherwise it needs --yes, and without it exits 2 having sent nothing. A key kept with --store-secret stays in the keychain: remove it with “portalkeys-cli secret delete NAME”. Exits 1 when there is no such key, the answer is no, or the key is another user&apos;s and you are not a portal admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apikey delete: standard input is not a terminal, so there is nobody to ask; add --yes to delete the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the API key with the ID %1 from %2? It is not among the keys you can see; whatever signs in with it will stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the API key %1 (%2) from %3? Whatever signs in with it will stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the API key %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiKeyListCommand</name>
    <message>
        <source>List only the keys that expire within DAYS days or have expired, and exit 1 when there is any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the keys as a JSON list (keys masked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a portal&apos;s API keys: every key for an admin, your own otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the API keys with their ID, name, masked key (sk-*** and the last four characters: the portal never shows a key again after it was made), permissions, expiry, whether the key is on, when it was last used and who made it. A portal admin sees every key of the portal, anybody else their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expiring-within DAYS lists only the keys that expire within DAYS days or have expired, and exits 1 when there is any, 0 when there is none: run it daily to hear of a key before the integration that uses it stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expiring-within takes a number of days (0 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No API key on %1 expires within %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no API keys you can see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERMISSIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiKeyStateCommand</name>
    <message>
        <source>Accepted for scripts that pass it to every apikey command; switching a key on or off asks nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch an API key on again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch an API key off: the portal refuses it until it is switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switches the key with this ID on: the portal accepts it again. An expired key stays refused; the portal does not change it (exit 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switches the key with this ID off: the portal refuses it until it is switched on again, and everything else about it stays. The portal changes neither an expired key nor, unless you are a portal admin, another user&apos;s key (exit 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched the API key %1 on at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched the API key %1 off at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiKeySubcommand</name>
    <message>
        <source>%1: too many arguments (%2 given, %3 expected); they are not repeated here in case one is a secret. Run “portalkeys-cli %1 --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give %2. Run “portalkeys-cli %1 --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an argument is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no API key with the ID %2 (a portal admin sees every key, other users their own). Run “portalkeys-cli apikey list” with the same portal options to see the keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no API key ID: IDs look like 3f2b8c1e-5a6d-4e7f-8a9b-0c1d2e3f4a5b (see “portalkeys-cli apikey list”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the key may do: all (the default), read (read only), or a scope such as files:read, files:write, rooms:read, rooms:write, accounts:read, accounts.self:write. Repeat it, or separate scopes with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--permission all already allows everything; give it alone, or give only the permissions the key needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal is --portal NAME for a saved portal, or --url URL with --api-key-env NAME, --token-env NAME, or --user EMAIL and --password-env NAME. Every user manages their own API keys; a portal admin sees and manages every key. Exit codes: 0 done, 1 refused for the data given or not found, 2 bad usage (nothing sent), 3 network or TLS, 4 credentials or permission, 5 keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiKeyUpdateCommand</name>
    <message>
        <source>The key&apos;s new name (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename an API key or change its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives the key with this ID a new name, new permissions (they replace the old ones), or both. The key itself stays the same, so whatever uses it goes on working with the new permissions. The portal changes neither an expired key nor, unless you are a portal admin, another user&apos;s key: that exits 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apikey update: say what to change with --name NAME or --permission P.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated the API key %1 on %2: permissions %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed the API key %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiKeyWhoamiCommand</name>
    <message>
        <source>Print the key&apos;s details as JSON (the key masked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which API key a portal signs in with: name, permissions, expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the portal which key the credential is: its name, ID, masked value, permissions, expiry, whether it is on, and who made it. Handy before a key expires or when a script fails with 403 (a key without the permission). Only a portal that signs in with an API key has one; another credential exits 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signs in with %2, not with an API key, so there is no key to show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleApplyCommand</name>
    <message>
        <source>Apply the keys to the saved portal NAME (repeat for several portals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with each portal and report what would change; send nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report as JSON for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the keys of a bundle to one or several portals, with a report per portal and service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits 0 when nothing was refused, else with the highest exit code among the refusals (1 refused keys or plan, 3 network, 4 credentials or permission, 5 keychain); 1 also for a wrong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s %1 draft for %2 is skipped: Workspace keys are entered on the portal&apos;s settings page, not through its API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: fix the drafts above and export the bundle again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: name the portals with --portal NAME (repeat it for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds no DocSpace drafts to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PORTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 refused.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Decrypts FILE and saves the keys of each DocSpace draft it holds on every portal named, reading them back. The portals are served at the same time (at most %1 requests to one host and %2 in all), the services of a portal one after the other; the report lists the portals in the order named. The drafts are checked with the catalog&apos;s rules first: an error stops the command (exit 2) before anything is sent. A failure on one portal or service does not stop the others; the report lists for each portal and service whether the keys were applied, were already there (unchanged), or were refused and why. A portal that cannot be opened refuses every service. Workspace drafts are skipped: Workspace keys are typed into the portal&apos;s settings page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleCommand</name>
    <message>
        <source>Carry offline drafts in an encrypted file, and apply them to one or several portals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle holds drafts and their values (secrets included) encrypted with a passphrase given with --passphrase-env NAME, never as a plain argument. A wrong passphrase exits 1; a file that is not a bundle, or was damaged or changed, exits 2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleExportCommand</name>
    <message>
        <source>Export only the drafts of these services (names separated by commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace FILE when it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write offline drafts and their keys into a file encrypted with a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gathers the offline drafts (all of them, or those of the services named) with their values from the keychain and writes them into FILE, encrypted with AES-256-GCM under a key derived from the passphrase (CMS, which “openssl cms -decrypt” also opens). Use at least %1 characters; weak passphrases are warned about. FILE is readable by you only; an existing FILE is replaced only with --force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no offline drafts to export. Make one with “portalkeys-cli services set NAME --offline --prop-env KEY=NAME …”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no offline draft for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--services names no service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give a file name; the bundle is not written to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” exists already; choose another name, or add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n draft to %1: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n drafts to %1: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleImportCommand</name>
    <message>
        <source>SERVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRODUCT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEYS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypt a bundle and add its drafts to the offline drafts (values into the keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypts FILE (&quot;-&quot; for standard input) and creates a new offline draft for each draft it holds: names in the drafts list, values in the keychain. Lists what was imported, never the values. Exits 1 when the passphrase is wrong, 2 when FILE is not a bundle, is damaged or was changed, 5 when the keychain cannot store the values (the drafts imported before the failure stay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n draft from %1:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n drafts from %1:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleInput</name>
    <message>
        <source>Read the bundle&apos;s passphrase from the environment variable NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give the passphrase with --passphrase-env NAME; it is never taken as a plain argument.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleSubcommand</name>
    <message>
        <source>%1: too many arguments (%2 given, only FILE expected); they are not repeated here in case one is a secret. Run “portalkeys-cli %1 --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give the bundle FILE. Run “portalkeys-cli %1 --help”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>unknown option “%1”. Run “portalkeys-cli --help” to see the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the help of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys, tokens and OAuth apps for ONLYOFFICE portals, from the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a negative answer (invalid token, not found, refused for the data given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad usage or unreadable input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network or TLS failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portal refused the credentials or the permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OS keychain is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are never taken as plain arguments: pass them with --secret-env NAME, --secret-file PATH (&quot;-&quot; for standard input), or keep them in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “portalkeys-cli --help” to see the commands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>unknown option “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 Run “portalkeys-cli %1 --help” to see its options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandGroup</name>
    <message>
        <source>Subcommands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown subcommand “%2”. Run “portalkeys-cli %1 --help” to see them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpFormatter</name>
    <message>
        <source>Usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>Only changes of this day (UTC) and later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also show the portal&apos;s own audit trail (needs --portal; a portal admin&apos;s credentials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the history as a JSON list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what PortalKeys changed on portals: when, where, by whom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change PortalKeys (the app or the command line) makes to a portal is written to the local history: authorization keys saved or cleared, OAuth apps created, changed, switched on or off, given a new secret or deleted, API keys created, changed or deleted. Each line has the time, the portal, the portal user, what changed (the names of keys, never their values) and whether it worked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--with-portal-audit also reads the portal&apos;s audit trail, which records such changes from every source, the portal&apos;s web pages included, and shows its events (marked “portal”) beside the local ones, by time. Only portal admins may read it, and a plan without the audit trail shows only its latest events; when the portal refuses, the reason is printed and the local history is shown alone (exit 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A damaged line of the history file is skipped and reported on standard error. Exit codes: 0 done, 2 bad usage, 1 the history cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history takes no arguments; name the portal with --portal NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since takes a day as YYYY-MM-DD, e.g. 2026-01-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--with-portal-audit needs --portal NAME (or --url with credentials): the audit trail is read from one portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url is for --with-portal-audit; to see the local history of a portal, give --portal NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s audit trail was not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PORTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AREA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEYS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JwtBatchVerify</name>
    <message>
        <source>%1: valid (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens: %2 valid, %3 invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the tokens stopped early: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JwtCommand</name>
    <message>
        <source>Decode, verify and sign JSON Web Tokens (JWS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithms: HS256/384/512, RS256/384/512, PS256/384/512, ES256/384/512 and EdDSA (Ed25519). A token with alg “none” is never valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JwtConfigCommand</name>
    <message>
        <source>%1: in the config (%2) but not signed by the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: signed by the token (%2) but not in the config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the config says %2, the token says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON for scripts (check-config).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign a Document Server config and set its “token”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a config&apos;s embedded token and list what differs from the config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs every member of the editor config (or of a method&apos;s parameter object) with HS256 and prints the config with its “token” member set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifies the “token” member of the config and lists every member that is missing from the token, extra in it, or different. Exits 0 when the token is valid and signs exactly the config, 1 otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config has no “token” member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s signature is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token signs exactly this config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JwtDecodeCommand</name>
    <message>
        <source>Print JSON for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a token&apos;s header, payload, claims and warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decodes a compact JWS without checking its signature. The token is read from standard input when it is &quot;-&quot; or not given. Warnings go to standard error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JwtReport</name>
    <message>
        <source>Header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JwtSignCommand</name>
    <message>
        <source>The algorithm: HS256/384/512, RS*, PS*, ES256/384/512 or EdDSA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this key id into the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the members of the JSON object in FILE to the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign a JSON payload and print the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is read from standard input when the file is &quot;-&quot; or not given. Asymmetric algorithms need a private key. Warnings about the key go to standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jwt sign: say which algorithm to sign with, e.g. --alg HS256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown algorithm “%1”; “none” is never offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header-json: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JwtSubcommand</name>
    <message>
        <source>%1: unexpected argument “%2”. Run “portalkeys-cli %1 --help”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JwtTemplateCommand</name>
    <message>
        <source>Print a Document Server payload template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints an example payload to edit and sign with “portalkeys-cli jwt sign” or “portalkeys-cli jwt sign-config”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jwt template: name one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jwt template: unknown template “%1”; choose one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JwtVerifyCommand</name>
    <message>
        <source>Accept only these algorithms (comma-separated), e.g. HS256,RS256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the times as if it were UNIX_SECONDS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow this much clock difference for exp and nbf (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the signature only, not exp and nbf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail when the key is weak (empty, short, or in a word list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the key with this id from a JWK Set (default: the token&apos;s kid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a plain JWS, whose payload may be any data: only the signature and the header count, no claims or times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify many tokens, one per line of the file given instead of a token (or of standard input): one verdict per line, never the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also warn when the HMAC secret is in FILE (one secret per line); the built-in list of weak secrets is always checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a token&apos;s signature and times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits 0 when the signature and the times check out, 1 when they do not (the reason on standard error), 2 when the token or the key cannot be read. The algorithms allowed come from the key and --alg, never from the token alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JWT is also invalid (exit 1) when its payload is not a JSON object, when exp, nbf or iat is not a number, or when the header&apos;s kid is not a string, as the JWT libraries judge it. --jws checks a plain JWS instead: any payload, no claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batch reads one token per line (blank lines and lines starting with # are skipped) and prints one verdict per line in input order, “LINE: valid (ALG)” or “LINE: invalid: reason”, or with --json one JSON object per line (line, valid, alg, errors, warnings, exp); the tokens themselves are never printed. The key is read once, so a JWK Set needs --kid. Exits 0 when every token is valid, 1 when one is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: the %1 signature of this plain JWS checks out (no claims checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: the %1 signature and the times check out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: the %1 signature checks out (times not checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown algorithm “%1” in --alg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--now takes a number of seconds since 1970-01-01 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--leeway takes a number of seconds, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the built-in list of weak secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this is a plain JWS with other data than claims, check it with --jws.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JwtWeakSecretCommand</name>
    <message>
        <source>Try the secrets in FILE (one per line) instead of the built-in list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search a word list for the secret of an HMAC token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries every candidate against an HS256/384/512 token and stops at the first that verifies. Exits 0 and prints the secret when one is found (the token&apos;s secret is weak: replace it), 1 when none is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>None of the %n candidates is the secret.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found the secret after %n candidates: the empty secret</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found the secret after %n candidates: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyOptions</name>
    <message>
        <source>the HMAC secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the HMAC secret stored in the keychain under NAME (see “portalkeys-cli secret”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the PEM key or certificate, JWK or JWK Set in the file PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the secret is written: utf8 (default), base64, base64url or hex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--secret-env, --secret-file, --secret-keychain or --key-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--secret-env, --secret-file or --secret-keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the key with one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give only one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown secret encoding “%1”: use utf8, base64, base64url or hex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program has no keychain access.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthAppCommand</name>
    <message>
        <source>Prepare, register, manage and try OAuth 2.0 apps of a DocSpace portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft app is a JSON file holding exactly the body the portal takes to register an app: name, description, logo, website_url, terms_url, policy_url, logout_redirect_uri, redirect_uris, allowed_origins, scopes, allow_pkce and is_public. The portal sets is_public to true for every app, whatever a draft says.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthAppCreateCommand</name>
    <message>
        <source>Print JSON for scripts: the app, and its client_secret unless --store-secret is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a draft app (JSON) on a portal; its client secret goes to the keychain or is printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the draft as “oauth-app validate” does; when it has errors they are listed (“field: message”), nothing is sent and the command exits 2. Otherwise registers the app and prints its client ID (“client_id: …”). Reads standard input for &quot;-&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --store-secret NAME the client secret goes to the keychain as a named secret (as with “portalkeys-cli secret store NAME”), for example for “oauth-app try ID --client-secret-keychain NAME”, and is not printed. Without it, the secret is printed on standard output (“client_secret: …”) with a reminder on standard error. Either way “oauth-app show ID --reveal-secret” reads it again later. When the portal refuses the app, each field it names is listed as “field: message”, and a refusal for the registry&apos;s limit (on DocSpace cloud %1 apps per portal, %2 per user) says which one (exit 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a valid OAuth app: %n error(s); nothing was sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The portal registered the app but did not say its client ID; look for “%1” with “portalkeys-cli oauth-app list”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portal sent no client secret, so nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered the OAuth app “%1” on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON above holds the client secret; keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthAppDeleteCommand</name>
    <message>
        <source>Delete without asking (needed when standard input is not a terminal, as in scripts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete an OAuth app from a portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the app with the client ID “ID”: nobody can sign in with it any more, and its client ID and secret cannot be brought back. On a terminal the command names the app and asks first; otherwise it needs --yes, and without it exits 2 having sent nothing. A secret kept with --store-secret stays in the keychain: remove it with “portalkeys-cli secret delete NAME”. Exits 1 when there is no such app or the answer is no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oauth-app delete: standard input is not a terminal, so there is nobody to ask; add --yes to delete the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the OAuth app “%1” (%2) from %3? Nobody will be able to sign in with it any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the OAuth app %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the OAuth app “%1” (%2) from %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthAppDraftFile</name>
    <message>
        <source>“%1” is not valid JSON: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not hold an OAuth app: a JSON object is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthAppEnableCommand</name>
    <message>
        <source>Enable an OAuth app: people can sign in with it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable an OAuth app: nobody can sign in with it until it is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enables the app with the client ID “ID”, so that it can sign people in again. Its client ID and secret stay the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disables the app with the client ID “ID”: the portal refuses to sign anyone in with it until it is enabled again. Nothing else changes: the client ID and secret stay the same. Exits 1 when there is no such app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled the OAuth app %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled the OAuth app %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthAppIconCommand</name>
    <message>
        <source>Scale a PNG or JPEG image that is not 32×32 to 32×32 (aspect kept, centred on a transparent square, stored as PNG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn a PNG, JPEG or SVG image into the icon (data URI) of an app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again with --scale to do that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the data URI the image would be sent as, for the “logo” of a draft app. The format comes from the bytes, not from the file name. The portal takes PNG, JPEG and SVG up to 256000 bytes and shows icons at 32×32: a PNG or JPEG image of another size is refused unless --scale is given, whatever its file size, as only the scaled icon must fit (a 32×32 image with too many bytes is stored again as PNG). SVG images are sent as they are, so they must fit themselves; those with scripts are refused. Reads standard input for &quot;-&quot;. Exits 0 with the data URI, 2 with the reason on standard error (also when the image module this command loads is missing).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthAppIconModule</name>
    <message>
        <source>oauth-app icon needs its image module, %1, which is not installed (looked for %2). Reinstall portalkeys-cli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oauth-app icon cannot load its image module %1: %2. Reinstall portalkeys-cli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image module %1 is not the one this portalkeys-cli was built with (it has no %2). Reinstall portalkeys-cli.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthAppListCommand</name>
    <message>
        <source>Print the apps as a JSON list, as the portal describes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the OAuth apps registered on a portal, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists every app of the portal, newest first: client ID, enabled or disabled, when it was registered, and its name. The portal hands the list out in pages of at most %1; all of them are fetched. Client secrets are never part of the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the portal kept sending pages; only the first %n apps are listed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No OAuth apps are registered on %1. Register one with: portalkeys-cli oauth-app create FILE.json …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthAppOnlineSubcommand</name>
    <message>
        <source>%1: too many arguments (%2 given, %3 expected); they are not repeated here in case one is a secret. Run “portalkeys-cli %1 --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give %2. Run “portalkeys-cli %1 --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an argument is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no OAuth app with the client ID “%1” on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the client secret in the keychain as the named secret NAME (see “portalkeys-cli secret”) instead of printing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret could not be kept and is not shown. Once the keychain works, store it with: portalkeys-cli oauth-app show %1 --store-secret %2 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the client secret safe: anyone who has it can sign in as the app (next time, --store-secret NAME puts it in the keychain instead). The portal gives it again to its admins and the app&apos;s creator: portalkeys-cli oauth-app show %1 … --reveal-secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret is in the keychain as the named secret “%1” (it replaced the secret stored under that name before).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret is in the keychain as the named secret “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PORTAL is --portal NAME for a saved portal, or --url URL with --api-key-env NAME, --token-env NAME, or --user EMAIL and --password-env NAME. Managing OAuth apps needs a portal admin; the portal&apos;s app registry is reached with a short-lived signature the portal issues to that admin, renewed once when it expires. Exit codes: 0 done, 1 refused for the data given or not found, 2 bad usage or input (nothing sent), 3 network or TLS, 4 credentials or permission, 5 keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthAppRegenerateSecretCommand</name>
    <message>
        <source>Give an OAuth app a new client secret; the old one stops working at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has the portal make a new client secret for the app with the client ID “ID”. The old secret stops working at once: every integration that uses it needs the new one. A secret that was only misplaced needs no new one: “oauth-app show ID --reveal-secret” reads the current one again. As with “create”, with --store-secret NAME the new secret goes to the keychain as a named secret and is not printed; without it, it is printed on standard output (“client_secret: …”) with a reminder on standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal answered without the new client secret. The old one may no longer work; run the command again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth app %1 on %2 has a new client secret; the old one no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthAppShowCommand</name>
    <message>
        <source>Print the app as the portal describes it (JSON); the file can be edited and given to “oauth-app update”. The client secret is left out unless --reveal-secret is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the client secret in clear instead of masked (as “client_secret” with --json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one OAuth app of a portal, its client secret masked unless asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the app with the client ID “ID”: its name, state, URLs, redirect URIs, allowed origins, scopes and who registered it when. Exits 1 when there is no such app, or when the secret was asked for and the portal sent none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal gives the client secret to its admins and to the app&apos;s creator whenever they ask, so a secret that was not kept can be read again here: there is no need to regenerate it, which would break every integration that uses it. It is shown masked; --reveal-secret prints it, and --store-secret NAME keeps it in the keychain as a named secret (for example for “oauth-app try ID --client-secret-keychain NAME”) without printing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal sent no client secret for the app %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>******** (hidden; --reveal-secret prints it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>******** (in the keychain as “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthAppSubcommand</name>
    <message>
        <source>%1: unexpected argument “%2”. Run “portalkeys-cli %1 --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give %2 (&quot;-&quot; for standard input). Run “portalkeys-cli %1 --help”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthAppText</name>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLIENT ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed: the app may sign in without its secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed: the app signs in with its secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2×%3, %4 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthAppTryCommand</name>
    <message>
        <source>Sign in as a confidential client with the client secret kept in the keychain as the named secret NAME (e.g. by “create --store-secret NAME”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as a public client, with PKCE and no secret (the app must allow PKCE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for these scopes (separated by spaces) rather than all the app&apos;s scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only print the address to open, e.g. on a machine without a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen for the browser&apos;s redirect on this port of 127.0.0.1 (default: the port of the app&apos;s 127.0.0.1 redirect URI when it names one, else any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also print the access and refresh tokens. They let anyone act as you until they expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with an OAuth app in the browser, as its users would, and show the token&apos;s claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the authorization code flow with PKCE (S256) for the app with the client ID “ID”: the sign-in address is printed on standard error and opened in the browser; after you approve, the browser comes back to a one-shot listener on 127.0.0.1, the code is exchanged for tokens, and the access token&apos;s claims (issuer, subject, client, scopes, times) are printed. The app needs a redirect URI on http://127.0.0.1/callback (any port, unless it names one). Ctrl+C stops waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tokens are secrets: they are never kept, and printed only with --show-tokens. A confidential client&apos;s secret comes from the keychain (--client-secret-keychain NAME), never from the command line. Exits 0 after a sign-in, 1 when the portal refuses it or the app is disabled, 2 when the app cannot be tried as asked (e.g. --public for an app without PKCE, a scope it does not have).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oauth-app try: give either --client-secret-keychain NAME (a confidential client) or --public (PKCE without a secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--redirect-port takes a port number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scopes names no scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored under “%1”. Keep the app&apos;s secret there with “oauth-app show ID … --store-secret %1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app “%1” is disabled, so the portal signs nobody in with it. Enable it first: portalkeys-cli oauth-app enable %2 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app “%1” does not allow public clients (PKCE without a secret); try it with its secret: --client-secret-keychain NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app “%1” may not ask for %2; its scopes are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app “%1” has no redirect URI %2 (any port), so the portal would not send the browser back to portalkeys-cli. Its redirect URIs cannot change after registration: to try an app here, register it with %2 among them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on port %1, the port of the app&apos;s redirect URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in your browser: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be started; open the address yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the browser to come back (Ctrl+C to stop)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser came back; getting the tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in with the OAuth app “%1” (%2) as a public client (PKCE, no secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in with the OAuth app “%1” (%2) as a confidential client (PKCE and its secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted scopes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is a JWT signed with %1. Its claims:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is a JWT signed with %1 (key %2). Its claims:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is not a JWT, so it has no claims to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refresh token was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refresh token was issued too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tokens are not shown (--show-tokens prints them) and were not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tokens above let anyone act as you within their scopes until they expire; they were not kept anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthAppUpdateCommand</name>
    <message>
        <source>The portal does not let a registered app change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a registered OAuth app from a JSON file (only what the portal lets change).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the app from FILE.json — a draft, a file saved with “oauth-app show ID --json” and edited, or only the members to change, such as {&quot;name&quot;: &quot;New name&quot;} — and changes the app with the client ID “ID”. Members the file leaves out keep their values. Reads standard input for &quot;-&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal lets an update change only %1. When the file changes anything else (%2), each such field is named on standard error (“field: warning: why”) and left as it is; register a new app to change it (or use “oauth-app enable” and “disable”). What the portal assigns (created_on, tenant, …) is ignored; a client_id other than ID is refused. The file&apos;s members are checked first as “oauth-app validate” does; with errors nothing is sent (exit 2). Exits 1 when the file asks only for changes the portal does not allow, or the portal refuses the change (each field it names as “field: message”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” describes the app %2, not %3; nothing was sent. Give the matching ID, or remove client_id from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n error(s); nothing was sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: the portal does not let a registered app change %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: the app %1 already has these values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated the OAuth app “%1” (%2) on %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthAppValidateCommand</name>
    <message>
        <source>Print the findings as JSON for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a draft app (JSON) with the portal&apos;s rules, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks a draft OAuth app — the JSON body the portal takes to register an app, or an app as the portal returns it — with the rules of the portal&apos;s identity service and of its registration form: required fields, lengths, URL patterns, redirect URLs and allowed origins, scopes and the icon. Reads standard input for &quot;-&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each finding goes to standard error as one line, “field: message” (list entries as “redirect_uris[0]”, counted from 0; warnings as “field: warning: message”). Exits 0 when the portal would take the app (warnings allowed), 2 when it would not or the file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not valid JSON: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not hold an OAuth app: a JSON object is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: the portal would take this app as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a valid OAuth app: %n error(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineLauncher</name>
    <message>
        <source>“%1” needs %2, which is not installed (looked for %3). Reinstall portalkeys-cli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load %1: %2. Reinstall portalkeys-cli.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordSignIn</name>
    <message>
        <source>The portal asks for a two-factor code; give it with --tfa-code-env NAME or type it when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor code for %1 (from your authenticator app): </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PkceCommand</name>
    <message>
        <source>Print JSON for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code verifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a PKCE code verifier and challenge (S256), or the challenge of a verifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a verifier, prints a fresh code_verifier (32 random bytes, base64url) and its code_challenge, for trying an OAuth app&apos;s sign-in by hand. With a verifier, prints only its code_challenge (the verifier itself is not repeated). The method is always S256 (RFC 7636).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pkce takes no plain arguments; give a verifier with --verifier-env NAME or --verifier-file PATH.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalAddCommand</name>
    <message>
        <source>the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s address, e.g. https://portal.example.com (https is required except for this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to sign in: apikey, basic, token or oauth2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address to sign in with (basic; token: sign in with the password and keep only the login token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API key, password, access token or client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oauth2: the client ID of the portal&apos;s OAuth app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oauth2: the scopes to ask for, separated by spaces (default: the app&apos;s scopes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oauth2: the OAuth server when it is not the portal itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the certificate with this SHA-256 fingerprint despite TLS errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait at most SECONDS for each answer (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token with --user: read the two-factor code from the environment variable NAME (else it is asked for when the portal wants one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a portal and keep its credentials in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the portal under NAME and its secret in the keychain; the portal list itself holds no secret. The secret is read from an environment variable or a file (--secret-file - for standard input), never from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret, by kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API key (sk-…) from Developer Tools → API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password of --user, sent with every request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --user, the password: PortalKeys signs in (asking for the two-factor code if needed) and keeps only the login token; without --user, a personal access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client secret, if the app has one; then run “portalkeys-cli portal login NAME”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not go with --auth %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tfa-code-env goes with --user: the code is for signing in with a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portal a NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portal add: give --url URL and --auth apikey|basic|token|oauth2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown --auth “%1”: use apikey, basic, token or oauth2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--oauth-server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a portal named “%1”. Choose another name, or remove it first with “portalkeys-cli portal remove %2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 It is stored anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1; the keychain keeps the login token (valid until %2), not the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1; the keychain keeps the login token, not the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the portal “%1”: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next, sign in with the browser: portalkeys-cli portal login %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check it with: portalkeys-cli portal test %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalCommand</name>
    <message>
        <source>Save the portals you manage, with their credentials in the keychain, and test them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential kinds: apikey (an API key from Developer Tools), basic (e-mail and password), token (a login token from e-mail and password, or a pasted personal access token) and oauth2 (sign in with the browser to an OAuth app registered on the portal). The portal list holds no secret; secrets live only in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalListCommand</name>
    <message>
        <source>Print JSON for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the saved portals (never their secrets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows each saved portal&apos;s name, address, credential kind, e-mail or OAuth client ID, and whether a certificate is pinned. Secrets stay in the keychain and are never shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No portals saved yet. Add one with: portalkeys-cli portal add NAME --url URL --auth apikey|basic|token|oauth2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER / CLIENT ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PINNED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalLoginCommand</name>
    <message>
        <source>the password (or, without an e-mail, the new access token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token: read the two-factor code from the environment variable NAME (else it is asked for when the portal wants one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oauth2: only print the address to open, e.g. on a machine without a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oauth2: listen for the browser&apos;s redirect on this port of 127.0.0.1, for an app registered with a fixed redirect address (default: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again: OAuth 2.0 with the browser, or a new login token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oauth2: opens the portal&apos;s sign-in page in the browser (the address is also printed on standard error) and waits for it to come back to this computer; Ctrl+C stops waiting. The access and refresh tokens go to the keychain. token: signs in with the password of the portal&apos;s e-mail and keeps only the new login token; a portal added with a pasted token takes a new one. Then the connection is tested as with “portal test”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME of the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” sends its %2 with every request; there is nothing to sign in to. To change it, remove the portal and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” signs in with the browser; it takes no password or code here (its client secret, if any, was stored by “portal add”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--redirect-port takes a port number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--no-browser and --redirect-port are for oauth2 portals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” uses a pasted access token; there is no two-factor step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in your browser: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be started; open the address yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the browser to come back (Ctrl+C to stop)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser came back; getting the tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in; the tokens are in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in with the scopes %1; the tokens are in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new login token is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalOptions</name>
    <message>
        <source>Use the saved portal NAME (see “portalkeys-cli portal list”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the portal at URL without saving it; give its credentials with --api-key-env, --token-env, or --user and --password-env.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --url: read the API key from the environment variable NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --url: read a login or personal access token from the environment variable NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --url: sign in with this e-mail address and the password of --password-env (basic authentication).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --url and --user: read the password from the environment variable NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the certificate with this SHA-256 fingerprint despite TLS errors, for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait at most SECONDS for each answer (default: the portal&apos;s setting, or %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the portal once: as an argument or with --portal, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either a saved portal&apos;s name or --url, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which portal: --portal NAME for a saved one, or --url URL with its credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 goes with --url; a saved portal&apos;s credentials are in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no portal named “%1”. Run “portalkeys-cli portal list” to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --url, give the credentials: --api-key-env NAME, --token-env NAME, or --user EMAIL with --password-env NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --url, give only one kind of credentials: --api-key-env, --token-env, or --user with --password-env.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user and --password-env go together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this is the portal&apos;s certificate (compare the fingerprint with the one its administrator sees), run the command again with --pin-sha256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this is the portal&apos;s certificate (compare the fingerprint with the one its administrator sees), trust it with:
  portalkeys-cli portal pin %1 --sha256 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalPinCommand</name>
    <message>
        <source>The certificate&apos;s SHA-256 fingerprint, as “portalkeys-cli portal test” shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop trusting a pinned certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust (or stop trusting) a certificate that fails the TLS check, e.g. a self-signed one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A portal with a self-signed or otherwise unverifiable certificate is refused until you pin its certificate: then exactly that certificate is accepted, and any other one still fails. Compare the fingerprint “portalkeys-cli portal test NAME” shows with the one the portal&apos;s administrator sees before pinning it. Colons between the pairs are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME of the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portal pin: give either --sha256 HEX or --clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no portal named “%1”. Run “portalkeys-cli portal list” to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal “%1” was removed meanwhile; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” no longer trusts a pinned certificate; its certificate must pass the TLS check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” now trusts the certificate %2 even where it fails the TLS check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check it with: portalkeys-cli portal test %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalRemoveCommand</name>
    <message>
        <source>Forget a portal and remove its secrets from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes every secret of the portal from the keychain, then the portal from the list. When the keychain cannot be reached the portal stays in the list, so that no secret is left behind without a way to remove it. Login tokens stay valid on the portal until they expire; sign out there to end them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME of the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the portal “%1” and its secrets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalSubcommand</name>
    <message>
        <source>%1: takes no arguments. Run “portalkeys-cli %1 --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: too many arguments (%2 given, at most %3); they are not repeated here in case one is a secret. Run “portalkeys-cli %1 --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give the %2. Run “portalkeys-cli %1 --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no portal named “%1”. Run “portalkeys-cli portal list” to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the browser: portalkeys-cli portal login %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again: portalkeys-cli portal login %1 --secret-env NAME (or --secret-file PATH)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalTestCommand</name>
    <message>
        <source>Print JSON for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to a portal and say as whom (checks the address, certificate and credentials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the portal whether the credentials are accepted and who they belong to. Exits 0 when they are, 3 on a network or certificate problem (the certificate and the command to trust it are shown), 4 when the portal refuses the credentials, 5 when the keychain cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME of a saved portal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertyInput</name>
    <message>
        <source>Set the key KEY to VALUE; only for keys that are not secrets (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the key KEY to the value of the environment variable NAME (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the key KEY to the content of the file PATH, &quot;-&quot; for standard input; one trailing line break is dropped (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes KEY=%2, with the key&apos;s name before the “=”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2=…: give the %3 after the “=”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input can give only one key; read the others from files or environment variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no key “%2”; its keys are %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 is given twice; give each key once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a secret, so it is not taken from --prop: the command line shows in `ps` and in the shell&apos;s history. Give it with --prop-env %1=NAME (an environment variable) or --prop-file %1=PATH (a file, or &quot;-&quot; for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the value is not UTF-8 text, which is what portals take.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretCommand</name>
    <message>
        <source>Keep named secrets (e.g. a Document Server secret) in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named secrets live only in the OS keychain (service “%1”); this command never prints a secret&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the keychain works (writes, reads and removes a probe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store a secret under NAME, replacing any previous one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit 0 when a secret is stored under NAME, 1 when not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the secret stored under NAME (no error if none is).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret: say what to do: status, store, exists or delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret: unknown subcommand “%1”. Run “portalkeys-cli secret --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret %1: expected %2, got %3 arguments. Run “portalkeys-cli secret --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret %1 takes no secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain returned something else than what was stored in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain works: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored the secret “%1” in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored under “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret is stored under “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored under “%1” any more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>Read %1 from the environment variable NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 from the file PATH (&quot;-&quot; for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 either with %2 or with %3, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 with %2 NAME or %3 PATH; it is never taken as a plain argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the environment variable is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable “%1” is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable “%1” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the secret file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceReport</name>
    <message>
        <source>secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multi-line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used only when %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI to register at the provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesCatalogCommand</name>
    <message>
        <source>Show the services, titles and key labels of this portal version, e.g. 3.5.0 or 12.5.2 (as GET /api/2.0/settings reports it). Without it: the newest the catalog knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print everything the catalog knows as JSON, with the steps and redirect URIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the third-party services PortalKeys knows for DocSpace or Workspace (offline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the services of the built-in catalog in the portal&apos;s order: name, title, what the service does (login, storage, sms, notifications, backup-storage, other), whether DocSpace cloud needs a paid plan for it, and its keys (secrets marked with *). --json adds the purpose, the redirect URI to register, the steps, the help link, the keys&apos; labels as the portal shows them and the key sets of older versions. Needs no portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog describes DocSpace 3.7 and Workspace 12.6 and knows what older versions offered. With --portal-version it lists what a portal of that version shows: services added later are left out, and older titles and key sets are used; a version between two known ones gets the older one&apos;s. For a portal newer than the catalog it says that services and labels may differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --portal-version takes a version such as 3.7.2 or 12.6.0.1886, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in service catalog cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KINDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEYS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n service</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n services</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>* a secret: give it with --prop-env or --prop-file, never on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesCommand</name>
    <message>
        <source>Third-party authorization keys (Google, Dropbox, Twilio, S3, …) of a portal, or offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online subcommands take --portal NAME (a saved portal) or --url URL with credentials from environment variables, and need a portal admin. Secrets are never printed, only as •••• with their length, and never taken as plain arguments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesDiffCommand</name>
    <message>
        <source>Compare with the keys of the bundle FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the offline drafts (DocSpace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare only these services (comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the values of keys that are not secrets (secrets are never shown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare a portal&apos;s keys with another portal, a bundle or the offline drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the authorization keys of portal A and compares them, service by service and key by key, with portal B, with the DocSpace drafts of a bundle, or with the offline drafts: same, differs, only here (on A) or only there. Keys without a value count as absent. Secret values are compared without being shown; the values of other keys only with --show-values. Portal A may also be given with --url and credentials from environment variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits 0 when nothing differs and 1 when something does (for monitoring); 2 for a usage mistake or an unreadable bundle, 3 network, 4 credentials or permission, 5 keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: compare with exactly one of a second --portal NAME, --bundle FILE or --drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither side has keys for a service “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here: %1. There: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HERE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THERE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences (keys compared: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys that differ: %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesDisableCommand</name>
    <message>
        <source>Show which keys would be cleared; send nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the service off without asking (needed when standard input is not a terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch a service off on a portal by clearing all of its keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the keys that will be cleared (secrets only as •••• with their length), asks to confirm (without a terminal give --yes), then saves every key of the service empty, which switches it off, and reads them back. A service that is already off is left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME of the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already off on %2; nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) on %3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch %1 off on %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is off now; the portal confirmed that every key is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesListCommand</name>
    <message>
        <source>Print JSON for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a portal&apos;s third-party services: on, off or read-only (never their keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the portal for its third-party authorization services and shows each one&apos;s name, title and state: on (keys set), off, or read-only (the installation fixed its keys), with a note for services that need a paid plan in DocSpace cloud and for services PortalKeys&apos; catalog does not know. Needs a portal admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid plan in DocSpace cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in PortalKeys&apos; catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n service</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n services</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServicesSetCommand</name>
    <message>
        <source>Store the keys in the service&apos;s offline draft (keychain) instead of a portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the keys and show the changes; save nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save without asking (needed when standard input is not a terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save even when a key draws a warning (errors always stop the save).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set keys of a service on a portal, or in its offline draft, after checking them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the keys you give and keeps every other key as it is, so one key can be changed alone. Secrets (the keys “services show” marks as secret) are never taken from --prop, because the command line shows in `ps` and in the shell&apos;s history: give them with --prop-env KEY=NAME or --prop-file KEY=PATH (&quot;-&quot; for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys are checked first with the catalog&apos;s rules: each finding goes to standard error as “key: message”; errors stop the command (exit 2) before anything is sent, warnings too unless --accept-warnings. Then the changes are shown, secrets only as •••• with their length, and you are asked to confirm; without a terminal give --yes. The portal&apos;s keys are read back after saving. Exit 1 when the portal refuses the keys (it tests some with the provider: “Bad keys”) or the plan lacks the service (402), 4 when the credentials lack the permission or the service is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--offline stores the keys in the service&apos;s offline draft instead (values in the keychain, never in a file), without asking; carry drafts to portals with “portalkeys-cli bundle export” and “bundle apply”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME of the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the keys to set with --prop KEY=VALUE, --prop-env KEY=NAME or --prop-file KEY=PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --product goes with --offline; a portal says itself which services it has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --offline works without a portal; leave out --%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 catalog has no service “%2”. Run “portalkeys-cli services catalog --product %3” to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: fix the keys above first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved because of the warnings above. If the keys are right anyway, run the command again with --accept-warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) on %3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal already has these keys; nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; %1 is off now, and the portal confirmed every key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; the portal confirmed every key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline draft for %1 (%2), %3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New offline draft for %1 (%2), %3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft already has these keys; nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: the draft was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the offline draft for %1 (%2). Carry it to portals with “portalkeys-cli bundle export FILE --passphrase-env NAME” and “portalkeys-cli bundle apply”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesShowCommand</name>
    <message>
        <source>Show the catalog&apos;s entry without a portal, and the offline draft if there is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one service: what it is for, the redirect URI and steps to get its keys, and its keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows what the service is for, in which versions it exists, the redirect URI to register at the provider (and how Docker installations differ), the numbered steps, the provider&apos;s console, and each key: its label and name, whether it is a secret, and its current value. Values of secrets are never shown, only as •••• with their length. With a portal, also the service&apos;s state, why it is read-only and which plan it needs; with --offline, the catalog&apos;s entry and the offline draft of the service if there is one (made with “services set NAME --offline”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME of the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --product goes with --offline; a portal says itself which services it has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --offline works without a portal; leave out --%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 catalog has no service “%2”. Run “portalkeys-cli services catalog --product %3” to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PortalKeys&apos; catalog does not know this service; it is shown as the portal describes it, and keys that sound like secrets are treated as secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline draft %1, last changed %2 (UTC); its values are shown below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offline draft yet; make one with: portalkeys-cli services set %1 --offline%2 --prop-env KEY=NAME …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret missing: the keychain no longer holds the value of %1, stored with this draft before. Enter it again: portalkeys-cli services set %2 --offline --prop-env KEY=NAME …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesSubcommand</name>
    <message>
        <source>%1: takes no arguments. Run “portalkeys-cli %1 --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: too many arguments (%2 given, at most %3); they are not repeated here in case one is a secret. Run “portalkeys-cli %1 --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give the %2. Run “portalkeys-cli %1 --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product whose catalog to use: docspace (the default) or workspace (Workspace / Community Server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --product takes docspace or workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal %1 has no service “%2”. Run “portalkeys-cli services list” with the same portal options to see its services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: standard input is not a terminal, so nobody can confirm. Check the changes above and run the command again with --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, but reading back the keys, the portal %1 reports other values for: %2. Check them with “portalkeys-cli services show”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sha256Fingerprint</name>
    <message>
        <source>A SHA-256 fingerprint is 64 hexadecimal digits (colons between the pairs are allowed), as “portalkeys-cli portal test” shows it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextInput</name>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
