<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>FileChooser</name>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth app drafts (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an app icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an OAuth app draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the OAuth app draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageId</name>
    <message>
        <source>Portals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::AboutDialog</name>
    <message>
        <source>PortalKeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QtKeychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About PortalKeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys, tokens and OAuth apps for ONLYOFFICE DocSpace and Workspace portals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PortalKeys is free software, licensed under the GNU General Public License, version 3 or later. It uses Qt under the GNU LGPL version 3, OpenSSL under the Apache License 2.0, and QtKeychain under the BSD 3-Clause License.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::AccountSection</name>
    <message>
        <source>you@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in &amp;with e-mail and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a personal access t&amp;oken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get the token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PortalKeys signs in once and keeps only the login token in the keychain, never your password. A two-factor code is asked for when the portal needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token the portal issued for you, such as a personal access token. PortalKeys keeps it in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token, as the portal gave it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only to sign in again — empty keeps the current token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the e-mail address you sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::AdvancedSection</name>
    <message>
        <source>Ad&amp;vanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows or hides the advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the portal itself; e.g. https://oauth.onlyoffice.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long PortalKeys waits for the portal to answer one request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop trusting this certificate; a certificate that browsers trust is still accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth se&amp;rver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ApiKeyCreatedDialog</name>
    <message>
        <source>The API key “%1” is made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the only time the key is shown: %1 keeps only a hash of it. Copy it into what needs it, store it in the keychain, or add it as a portal before you close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · permissions: %2 · expires: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A named secret of PortalKeys in the keychain: your system&apos;s password manager shows it as “named-secret/” and this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as a portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new portal profile for %1 that signs in with this key (kept in the keychain), with the same certificate settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the portal “%1”; it is on the Portals page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without keeping the key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key has not been copied, stored or added as a portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal never shows it again: to use this key you would have to make a new one (and delete this one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ApiKeyDialog</name>
    <message>
        <source>New API key on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the API key “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What uses the key, e.g. “CI deploy”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key itself and its expiry stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expires after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days until the key expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;ver expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ApiKeySection</name>
    <message>
        <source>Create a key in DocSpace under Developer Tools → API keys. The portal shows it only once; PortalKeys keeps it in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the API key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ApiKeysPage</name>
    <message>
        <source>API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API keys of a portal (Developer Tools → API keys): scripts and integrations sign in with them. A portal admin sees every key, other users their own. A new key is shown once, when it is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the portal&apos;s API keys again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new API key on this portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &amp;off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the key on the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal changes no expired key: delete it and make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the key or change its permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the portal accept the key again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal refuses the key until it is switched on; nothing else changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) expire within %1 days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) have expired</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Highlighted rows expire within %1 days; expired rows are in italics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a portal on the Portals page to see its API keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no API keys you can see. Create… makes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded yet: Reload asks %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the API keys of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys were not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the keys again failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the API key “%1” on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the API key “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the API key “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the API key “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching “%1” off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched “%1” off: the portal refuses it until it is switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching “%1” on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched “%1” on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the API key “%1” (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whatever signs in with it stops working, and it cannot be brought back. To stop it for a while, switch it off instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the API key “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the API key “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::AppActionBar</name>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the form as a JSON draft file, to register the app on another portal or keep it elsewhere; it never holds a secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the app as a draft on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the changed fields to the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the app on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a portal on the Portals page to register the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the app on the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the draft file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To register, fill in: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a portal on the Portals page to register the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the marked fields to update the app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::AppForm</name>
    <message>
        <source>Left out, as this portal does not know them: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::AppFormPanel</name>
    <message>
        <source>Registered on %1, enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered on %1, disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They have not been sent to the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They have not been saved as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::AppHeader</name>
    <message>
        <source>&amp;Try it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sh&amp;ow secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the app&apos;s client secret from the portal, to copy it or keep it in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;generate secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new client secret; the current one stops working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy client &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the app&apos;s sign-ins; it can be enabled again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the app sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as this app in the browser and see the tokens the portal issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the app to try it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::AppList</name>
    <message>
        <source>OAuth apps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::AppListPanel</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new app on an empty form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a draft from a JSON file and keep it with the drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n apps shown; the portal has more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::AppOperations</name>
    <message numerus="yes">
        <source>Loading all apps… %n so far</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the OAuth apps of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The apps were not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading all apps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading more apps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering “%1” on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not register the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered without a client ID; reload the list to see whether the app was registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is registered on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating “%1” on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not update the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the app back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabling “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabling “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was made, but the app could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a new client secret for “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new secret was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate the client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new client secret for “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current secret stops working at once: every integration that uses it must get the new one. If the current secret is only misplaced, Show secret reads it again instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the client secret of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal gives the client secret only to its admins and the app&apos;s creator, and did not find “%1” for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal sent no client secret for “%1”; Show secret asks for it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the app “%1” on %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every integration that uses it stops working at once: its sign-ins and tokens are refused. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ApplyDialog</name>
    <message>
        <source>Apply to portals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Keys already saved on a portal stay saved there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the keys to apply and the portals to apply them to. Check first: it compares with every portal and sends nothing. Apply then saves the keys that differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with every ticked portal and report what Apply would do; sends nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the keys on the portals, as the check reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a &amp;bundle file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the drafts of an encrypted bundle without importing them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Portals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keys from drafts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keys from %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no drafts yet. Save a service as a draft on the page (source “Offline drafts”), or use a bundle file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the drafts&apos; values from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with the portals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying the keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with the portals… %1 of %2 done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying the keys… %1 of %2 portals done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: fix these drafts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than a bundle can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ApplyReport</name>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n would be applied</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applied</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already up to date</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check: %1. Nothing was sent; press Apply to save the keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check: %1. Nothing needs to be applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ApplySourceList</name>
    <message>
        <source>Keys to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Workspace, entered in Workspace&apos;s own page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PortalKeys cannot apply keys to Workspace or Community Server; the draft&apos;s editor shows what to enter in Workspace&apos;s own settings page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::AuthenticationSection</name>
    <message>
        <source>Authentication method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow public client (P&amp;KCE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps that cannot keep a secret — in a browser or on a phone — sign in with PKCE instead of the client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no “is_public” choice to make: the portal sets it to true for every app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::BasicInfoSection</name>
    <message>
        <source>Basic info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Sales reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the app does, for the people asked to allow it access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ebsite URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Des&amp;cription:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::BundleActions</name>
    <message>
        <source>PortalKeys bundles (*.pkbundle);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no drafts to export yet. Choose “Offline drafts” as the source, fill in a service and save it as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the drafts&apos; values from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n draft to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n drafts to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the passphrase apart from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB, so it is not a bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the drafts&apos; values in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n draft from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n drafts from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose “Offline drafts” as the source to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a portal on the Portals page first; drafts are applied to the portals listed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a portal on the Portals page first; the comparison reads a portal&apos;s keys.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::BundleButtons</name>
    <message>
        <source>E&amp;xport bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write drafts and their values to a file encrypted with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the drafts of a bundle file to your drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply to portals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check, then save drafts or a bundle on several portals at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare a portal&apos;s keys with your drafts, a bundle or another portal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::BusyBar</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::CertificateDialog</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PortalKeys cannot verify the identity of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s certificate is not signed by an authority this computer trusts. That is normal for a server with a self-signed or company certificate, but it is also what an attacker between you and the portal would show. Trust it only if the fingerprint below is the one of your server — ask its administrator, or compare it on the server itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for this portal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ChangePreviewDialog</name>
    <message>
        <source>&amp;Reveal values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch off %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch %1 off on %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the keys of %1 on %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This switches %1 off: every key is cleared on the portal, and what uses the service there stops working until new keys are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the secret values in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ClientSecretDialog</name>
    <message>
        <source>“%1” is registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client secret of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who has this secret can sign in as the app: copy it only into the integration that needs it, or keep it in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this secret to the integration that signs in as the app, or keep it in the keychain. If it goes missing, Show secret on the OAuth apps page reads it again from the portal: there is no need to regenerate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A named secret in the keychain: “Try it” on the OAuth apps page finds it under this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain as “%1”. “Try it” on the OAuth apps page finds it under this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::CompareDialog</name>
    <message>
        <source>Compare authorization keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline &amp;drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another p&amp;ortal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the portal still what you prepared? Its authorization keys are compared key by key. Secret values are compared without being shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Portal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;values of keys that are not secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply the Prepared Keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what was prepared…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the keys of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys of %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither %1 nor %2 has authorization keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences between %1 and %2 (keys compared: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys that differ between %1 and %2: %3 of %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ConfigTab</name>
    <message>
        <source>Not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the editor config (the object given to DocsAPI.DocEditor), or a method&apos;s parameter object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert &amp;example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document Server secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences between config and token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed config appears here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed: the config now carries its token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config has no “token” member to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The signature is valid, but the token does not sign exactly this config: %n difference(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Valid: the token signs exactly this config.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ConnectionResultView</name>
    <message>
        <source>Review the &amp;certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trip: %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 as %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal admin rights: yes — PortalKeys can manage this portal&apos;s third-party authorization keys.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 as %2, who is not a portal admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party authorization keys can only be managed by a portal admin (the owner or a DocSpace admin). Sign in as an admin to change them.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal said: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::DraftActions</name>
    <message>
        <source>Some draft files cannot be read and were left alone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was not exported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” exported to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” imported from %2 as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the draft “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its file is deleted from this computer. Apps registered from it stay on their portals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ExportBundleDialog</name>
    <message>
        <source>Export bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle carries drafts and their values to another computer in one file, encrypted with a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drafts to export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, changed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters, e.g. a few unrelated words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who has the file and the passphrase can read every key in it, and PortalKeys cannot open the file without the passphrase: keep the passphrase apart from the file, in a password manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase again, to be sure of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::HistoryDialog</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows shown as a CSV file for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the portal&apos;s &amp;audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Portal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All portals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged lines of the history file skipped: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the audit trail of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s audit trail was not read, only the local history is shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also read the changes the portal itself recorded, from every source, its web pages included (portal admins only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one portal to read its audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows exported to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history was not exported to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::IconPicker</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icon preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PNG, JPEG or SVG image; the portal shows it at 32×32 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an image copied from another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for an app icon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pasted image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no image. Copy an image, or choose an image file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale the icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale to 32×32?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2×%3 pixels; the portal shows app icons at 32×32. PortalKeys can scale it, keeping its proportions on a transparent square, and store it as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No icon yet. PNG, JPEG or SVG; 32×32 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The icon cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×%2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no declared size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::InspectTab</name>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check e&amp;xpiry and not-before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock difference allowed between the token&apos;s issuer and this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain &amp;JWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload may be any data: check only the signature and the header, no claims or times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;eeway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &amp;common secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether an HMAC token was signed with a well-known weak secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a &amp;word list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word list (one secret per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a token to decode it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature not checked: give the key to verify this %1 token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the key cannot be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the built-in list of weak secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid plain JWS: the %1 signature checks out (no claims checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: the %1 signature and the times check out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid signature (%1); times not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>None of the %n candidates is the secret.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Found the secret: %1. Anyone can forge tokens with it: replace it with a long random secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the empty secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time: %1
Raw value: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::JwtInspectorPage</name>
    <message>
        <source>&amp;Decode and verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;Server config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT inspector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::KeyField</name>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret missing – enter it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::KeyPanel</name>
    <message>
        <source>Kind of key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of key to give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HMAC secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public or private key (PEM, JWK, JWK Set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret the token was signed with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base64url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Document Server production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the secret kept in the keychain under this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the secret in the keychain under this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-----BEGIN PUBLIC KEY-----
…
or a JWK / JWK Set in JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load from &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the secret “%1” from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the secret first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the secret in the keychain as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys (*.pem *.crt *.cer *.key *.pub *.json *.jwk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is larger than 1 MiB; that is no key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::LegalSection</name>
    <message>
        <source>Support and legal info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privac&amp;y policy URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms o&amp;f service URL:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::MainWindow</name>
    <message>
        <source>the portal&apos;s authorization keys for Google, Box, Dropbox, OneDrive, DocuSign, Twilio, Telegram, S3 and more, with guidance for each service, online or prepared offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register and manage DocSpace OAuth 2.0 apps: redirect URLs, allowed origins, scopes, icon and PKCE, with drafts kept offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PortalKeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::MultiLineKeyEdit</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the key with what the clipboard holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the key from a file, such as a .p8 or .json file from the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Hidden: %n characters on one line</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hidden: %1 characters on %n lines</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB, so it is not a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a text file; choose the key file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key files (*.p8 *.pem *.key *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::OAuthAppsPage</name>
    <message>
        <source>OAuth apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth 2.0 apps registered on a portal, and drafts prepared on this computer. Show secret reads an app&apos;s client secret again at any time (for portal admins and the app&apos;s creator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the portal&apos;s apps again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::OAuthSection</name>
    <message>
        <source>From Developer Tools → OAuth 2.0 on the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. files:read rooms:read — empty: the app&apos;s own scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After saving, Sign in with browser lets you sign in on the portal&apos;s own page. PortalKeys keeps only the tokens it gets, in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sco&amp;pes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional — public clients use PKCE only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::OperationPage</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::PassphraseDialog</name>
    <message>
        <source>Enter the passphrase that protects “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::PermissionChooser</name>
    <message>
        <source>&amp;All: everything the key&apos;s owner may do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read only: read everything, change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chosen permissions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and write</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::PlaceholderPage</name>
    <message>
        <source>Coming soon: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::PortalActionBar</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the name, address or credentials of the selected portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected portal and its secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address and the credentials: who PortalKeys is signed in as, and whether that account is a portal admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with &amp;browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in on the portal&apos;s page in your browser and allow PortalKeys access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a new login token with your e-mail and password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::PortalDialog</name>
    <message>
        <source>Add a portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PortalKeys connects to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in and add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the two-factor code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: the keychain did not take the secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the old secrets from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged — type to replace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::PortalEdits</name>
    <message>
        <source>A portal named “%1” was added meanwhile (on the command line or in another window); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was removed meanwhile (on the command line or in another window); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::PortalEmptyState</name>
    <message>
        <source>No portals yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the first portal you administer: its address, and how PortalKeys signs in — with an API key, your e-mail and password, a token, or OAuth 2.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a portal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::PortalList</name>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::PortalOperation</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::PortalPicker</name>
    <message>
        <source>&amp;Portal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No portals — add one on the Portals page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::PortalSteps</name>
    <message>
        <source>Testing the connection to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the sign-in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in to %1 there and allow access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the tokens in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the two-factor code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the token in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the portal “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PortalKeys forgets this portal and deletes its secrets from the keychain. Nothing changes on the portal itself: an API key or OAuth app stays valid there until you revoke it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1 and its secrets…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::PortalsPage</name>
    <message>
        <source>Add a portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portals PortalKeys connects to. Their keys, passwords and tokens stay in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PortalKeys could not open a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in a browser yourself:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not removed, because its secrets could not be deleted from the keychain. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect when PortalKeys is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::RedirectsSection</name>
    <message>
        <source>Redirects and origins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add redirect URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add allowed origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URLs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed origins:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ScopeMatrix</name>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write access includes read access.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ScopesSection</name>
    <message>
        <source>Access scopes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::SecretDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::SecretEdit</name>
    <message>
        <source>Show secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide what was typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what was typed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::SecureClipboard</name>
    <message numerus="yes">
        <source>Copied. The clipboard will be cleared in %n seconds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ServiceActionBar</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this draft and its values from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear every key of this service on the portal, which switches it off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the keys typed above, which switches the service on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ServiceCardDelegate</name>
    <message>
        <source>paid plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ServiceDraftActions</name>
    <message>
        <source>The draft was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the draft of %1 in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its values are in the keychain; the list of drafts holds only the names of its keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the draft “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its values are removed from the keychain. Bundles it was exported to, and portals it was applied to, keep their copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the draft and its values…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ServiceEditor</name>
    <message>
        <source>Choose a service to see how to get its keys and to edit them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PortalKeys&apos; catalog does not describe this service, so there is no guidance for it and its values are checked only for completeness. The fields are the ones %1 lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret missing: the keychain no longer holds the value of %1. Enter it again and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ServiceEditorHeader</name>
    <message>
        <source>Draft for %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ServiceInstructions</name>
    <message>
        <source>How to get the keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows or hides the steps to get the keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the redirect URI to register with the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redirect URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to get the keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ServiceKeyForm</name>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the &amp;warnings and save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: the portal does not show them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: set in the server&apos;s configuration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ServiceList</name>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ServiceListPanel</name>
    <message>
        <source>Search services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the services of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the services in this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a paid plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal lists no third-party services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No services to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n service</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n services</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n service</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n services</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No service matches the search and the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ServiceOperations</name>
    <message>
        <source>Reading the services of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The services of %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: the portal has these values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1 on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. If the portal had already received the keys, it keeps them; Reload shows what it has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on %1, but the portal reports other values than were sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check these keys: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is off on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal confirmed that every key is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already had these keys; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal confirmed every key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what %1 has now…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::SignInDialog</name>
    <message>
        <source>Sign in to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PortalKeys signs in once and keeps only the new login token in the keychain, not your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::SignTab</name>
    <message>
        <source>Empty payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key id (kid):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed token appears here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key cannot be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with %1, but: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::SourceBar</name>
    <message>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A portal, to see and change its keys; or offline drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which product the drafts are for: their services and keys differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the services again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline drafts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ThirdPartyPage</name>
    <message>
        <source>Third-party authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys a portal uses to work with Google, Box, Dropbox, Twilio, S3 and other services. Choose a portal to change its keys there, or prepare drafts offline and apply them to portals later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the services of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another source, or try again once the portal answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the draft&apos;s values from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft&apos;s values could not be read from the keychain. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::TokenEdit</name>
    <message>
        <source>Paste a token here, or drop a file that holds one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only files on this computer can be dropped here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is larger than 1 MiB; that is no token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::TryItDialog</name>
    <message>
        <source>The client secret from the &amp;keychain, stored as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No secret: as a public client, with PKCE alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with &amp;browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the portal gives public clients no refresh token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1 as this app in your browser, as an integration would, and see the tokens the portal issues. The browser comes back to PortalKeys on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app does not allow public clients (PKCE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the app&apos;s registered scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;JWT inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app has no redirect URL %1 (any port), where PortalKeys receives the browser&apos;s answer; the portal will refuse the sign-in. Register an app with %1 among its redirect URLs to try it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the client secret from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds no secret named “%1”. Store the client secret under that name with Show secret on the OAuth apps page, or sign in as a public client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in to %1 there and allow access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PortalKeys could not open a browser. Open this address in a browser yourself:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanging the code for tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal did not say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: the portal “%1” issued tokens to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::TwoFactorDialog</name>
    <message>
        <source>Two-factor authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal “%1” asks for a second factor. Enter the code that your authenticator app shows for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::UrlListEditor</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a line of a list: the list&apos;s entry name, its number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <comment>the button of a list&apos;s line</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::VerdictBanner</name>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::WorkspaceEntryPanel</name>
    <message>
        <source>Show &amp;values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter these keys in Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PortalKeys cannot apply keys to Workspace or Community Server: they are typed into the portal&apos;s own page. Sign in there as the portal administrator, open Settings → Integration → Third-Party Services, switch on %1 and enter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty: fill it in above)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalState</name>
    <message>
        <source>Secret missing — Edit to enter it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Keys, tokens and OAuth apps for ONLYOFFICE portals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on PAGE: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portalkeys: unknown page “%1”; choose one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
