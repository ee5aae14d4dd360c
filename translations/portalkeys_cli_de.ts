<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ApiKeyCommand</name>
    <message>
        <source>A portal&apos;s API keys (Developer Tools → API keys): list, create, change, switch off, delete.</source>
        <translation>Die API-Schlüssel eines Portals (Entwicklertools → API-Schlüssel): auflisten, erstellen, ändern, deaktivieren, löschen.</translation>
    </message>
    <message>
        <source>Every subcommand takes --portal NAME (a saved portal) or --url URL with credentials from environment variables. A new key is shown once, when it is made: create prints it on standard output or keeps it in the keychain (--store-secret, --add-portal); afterwards the portal shows only its last four characters.</source>
        <translation>Jeder Unterbefehl akzeptiert --portal NAME (ein gespeichertes Portal) oder --url URL mit Anmeldedaten aus Umgebungsvariablen. Ein neuer Schlüssel wird nur einmal angezeigt, bei seiner Erstellung: create gibt ihn auf der Standardausgabe aus oder speichert ihn im Schlüsselbund (--store-secret, --add-portal); danach zeigt das Portal nur noch seine letzten vier Zeichen an.</translation>
    </message>
</context>
<context>
    <name>ApiKeyCreateCommand</name>
    <message>
        <source>The key expires after N days (%1 to %2).</source>
        <translation>Der Schlüssel läuft nach N Tagen ab (%1 bis %2).</translation>
    </message>
    <message>
        <source>The key never expires (also when neither is given).</source>
        <translation>Der Schlüssel läuft nie ab (ebenso, wenn keine der beiden Optionen angegeben ist).</translation>
    </message>
    <message>
        <source>Save a new portal profile PROFILE for this portal that signs in with the new key (kept in the keychain) instead of printing the key.</source>
        <translation>Statt den Schlüssel auszugeben, ein neues Portalprofil PROFILE für dieses Portal speichern, das sich mit dem neuen Schlüssel anmeldet (im Schlüsselbund gespeichert).</translation>
    </message>
    <message>
        <source>Keep the key in the keychain as the named secret NAME (see “portalkeys-cli secret”) instead of printing it.</source>
        <translation>Den Schlüssel im Schlüsselbund als benanntes Secret NAME speichern (siehe „portalkeys-cli secret“), statt ihn auszugeben.</translation>
    </message>
    <message>
        <source>Print JSON for scripts: the key&apos;s details, and the key itself as “key” unless it is kept in the keychain.</source>
        <translation>JSON für Skripte ausgeben: die Details des Schlüssels und den Schlüssel selbst als „key“, sofern er nicht im Schlüsselbund gespeichert wird.</translation>
    </message>
    <message>
        <source>Create an API key; it is shown once, or kept in the keychain.</source>
        <translation>Einen API-Schlüssel erstellen; er wird einmal angezeigt oder im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Creates an API key named NAME (at most %1 characters). The portal shows the key only in its answer to the creation and keeps nothing but a hash, so PortalKeys prints it on standard output exactly once (the details go to standard error), or, with --store-secret NAME or --add-portal PROFILE, keeps it in the keychain and does not print it. Where it is to be kept is checked before the key is made; if keeping it fails all the same, the key is deleted again on the portal.</source>
        <translation>Erstellt einen API-Schlüssel mit dem Namen NAME (höchstens %1 Zeichen). Das Portal zeigt den Schlüssel nur in seiner Antwort auf die Erstellung und speichert nichts außer einem Hash; daher gibt PortalKeys ihn genau einmal auf der Standardausgabe aus (die Details gehen an die Standardfehlerausgabe) oder speichert ihn mit --store-secret NAME bzw. --add-portal PROFILE im Schlüsselbund, ohne ihn auszugeben. Der Speicherort wird geprüft, bevor der Schlüssel erstellt wird; schlägt das Speichern dennoch fehl, wird der Schlüssel auf dem Portal wieder gelöscht.</translation>
    </message>
    <message>
        <source>Without --permission the key may do everything its owner may; --permission read makes it read only. Without --expires-in-days it never expires. Creating keys is rate-limited by the portal; guests may not create keys, nor may users other than the owner and admins when the portal limits developer tools to admins.</source>
        <translation>Ohne --permission darf der Schlüssel alles, was sein Besitzer darf; --permission read beschränkt ihn auf Lesezugriff. Ohne --expires-in-days läuft er nie ab. Das Portal begrenzt die Rate, mit der Schlüssel erstellt werden können; Gäste dürfen keine Schlüssel erstellen, ebenso wenig andere Benutzer als Besitzer und Administratoren, wenn das Portal die Entwicklertools auf Administratoren beschränkt.</translation>
    </message>
    <message>
        <source>Give either --expires-in-days N or --no-expiry.</source>
        <translation>Geben Sie entweder --expires-in-days N oder --no-expiry an.</translation>
    </message>
    <message>
        <source>--expires-in-days: %1</source>
        <translation>--expires-in-days: %1</translation>
    </message>
    <message>
        <source>Keep the key one way: --add-portal PROFILE or --store-secret NAME.</source>
        <translation>Wählen Sie eine Art der Speicherung: --add-portal PROFILE oder --store-secret NAME.</translation>
    </message>
    <message>
        <source>--add-portal: %1</source>
        <translation>--add-portal: %1</translation>
    </message>
    <message>
        <source>the key never expires; --expires-in-days N limits the life of a key.</source>
        <translation>der Schlüssel läuft nie ab; --expires-in-days N begrenzt die Lebensdauer eines Schlüssels.</translation>
    </message>
    <message>
        <source>Created the API key %1 on %2: permissions %3, expires %4.</source>
        <translation>API-Schlüssel %1 auf %2 erstellt: Berechtigungen %3, Ablauf %4.</translation>
    </message>
    <message>
        <source>this is the only time the portal shows the key: keep it now. Next time, --store-secret NAME or --add-portal PROFILE keeps it in the keychain instead.</source>
        <translation>dies ist das einzige Mal, dass das Portal den Schlüssel anzeigt: Sichern Sie ihn jetzt. Beim nächsten Mal speichert --store-secret NAME oder --add-portal PROFILE ihn stattdessen im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The key is in the keychain as the named secret “%1”.</source>
        <translation>Der Schlüssel liegt im Schlüsselbund als benanntes Secret „%1“.</translation>
    </message>
    <message>
        <source>Added the portal “%1”, which signs in with the new key. Check it with: portalkeys-cli portal test %2</source>
        <translation>Portal „%1“ hinzugefügt, das sich mit dem neuen Schlüssel anmeldet. Prüfen Sie es mit: portalkeys-cli portal test %2</translation>
    </message>
    <message>
        <source>The new key %1 could not be kept and is not shown, and deleting it on %2 failed too (%3). Delete it with: portalkeys-cli apikey delete %4 …</source>
        <translation>Der neue Schlüssel %1 konnte nicht gespeichert werden und wird nicht angezeigt, und auch das Löschen auf %2 ist fehlgeschlagen (%3). Löschen Sie ihn mit: portalkeys-cli apikey delete %4 …</translation>
    </message>
    <message>
        <source>The new key could not be kept, so it was deleted again on %1; nothing is left behind.</source>
        <translation>Der neue Schlüssel konnte nicht gespeichert werden und wurde daher auf %1 wieder gelöscht; es bleibt nichts zurück.</translation>
    </message>
</context>
<context>
    <name>ApiKeyDeleteCommand</name>
    <message>
        <source>Delete without asking (needed when standard input is not a terminal, as in scripts).</source>
        <translation>Ohne Rückfrage löschen (erforderlich, wenn die Standardeingabe kein Terminal ist, etwa in Skripten).</translation>
    </message>
    <message>
        <source>Delete an API key from a portal.</source>
        <translation>Einen API-Schlüssel von einem Portal löschen.</translation>
    </message>
    <message>
        <source>Deletes the key with this ID: whatever signs in with it stops working, and it cannot be brought back (to stop it for a while, use “apikey disable”). On a terminal the command names the key and asks first; otherwise it needs --yes, and without it exits 2 having sent nothing. A key kept with --store-secret stays in the keychain: remove it with “portalkeys-cli secret delete NAME”. Exits 1 when there is no such key, the answer is no, or the key is another user&apos;s and you are not a portal admin.</source>
        <translation>Löscht den Schlüssel mit dieser ID: Alles, was sich damit anmeldet, funktioniert nicht mehr, und er lässt sich nicht wiederherstellen (um ihn vorübergehend zu stoppen, verwenden Sie „apikey disable“). In einem Terminal nennt der Befehl den Schlüssel und fragt zuerst nach; andernfalls benötigt er --yes und endet ohne diese Option mit Exit-Code 2, ohne etwas gesendet zu haben. Ein mit --store-secret gespeicherter Schlüssel bleibt im Schlüsselbund: Entfernen Sie ihn mit „portalkeys-cli secret delete NAME“. Endet mit 1, wenn es keinen solchen Schlüssel gibt, die Antwort Nein lautet oder der Schlüssel einem anderen Benutzer gehört und Sie kein Portaladministrator sind.</translation>
    </message>
    <message>
        <source>apikey delete: standard input is not a terminal, so there is nobody to ask; add --yes to delete the key.</source>
        <translation>apikey delete: Die Standardeingabe ist kein Terminal, daher kann niemand gefragt werden; fügen Sie --yes hinzu, um den Schlüssel zu löschen.</translation>
    </message>
    <message>
        <source>Delete the API key with the ID %1 from %2? It is not among the keys you can see; whatever signs in with it will stop working.</source>
        <translation>API-Schlüssel mit der ID %1 von %2 löschen? Er gehört nicht zu den Schlüsseln, die Sie sehen können; alles, was sich damit anmeldet, wird nicht mehr funktionieren.</translation>
    </message>
    <message>
        <source>Delete the API key %1 (%2) from %3? Whatever signs in with it will stop working.</source>
        <translation>API-Schlüssel %1 (%2) von %3 löschen? Alles, was sich damit anmeldet, wird nicht mehr funktionieren.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Deleted the API key %1 from %2.</source>
        <translation>API-Schlüssel %1 von %2 gelöscht.</translation>
    </message>
</context>
<context>
    <name>ApiKeyListCommand</name>
    <message>
        <source>List only the keys that expire within DAYS days or have expired, and exit 1 when there is any.</source>
        <translation>Nur die Schlüssel auflisten, die innerhalb von DAYS Tagen ablaufen oder bereits abgelaufen sind, und mit 1 beenden, wenn es solche gibt.</translation>
    </message>
    <message>
        <source>Print the keys as a JSON list (keys masked).</source>
        <translation>Die Schlüssel als JSON-Liste ausgeben (Schlüssel maskiert).</translation>
    </message>
    <message>
        <source>List a portal&apos;s API keys: every key for an admin, your own otherwise.</source>
        <translation>Die API-Schlüssel eines Portals auflisten: für Administratoren alle, sonst die eigenen.</translation>
    </message>
    <message>
        <source>Lists the API keys with their ID, name, masked key (sk-*** and the last four characters: the portal never shows a key again after it was made), permissions, expiry, whether the key is on, when it was last used and who made it. A portal admin sees every key of the portal, anybody else their own.</source>
        <translation>Listet die API-Schlüssel mit ID, Name, maskiertem Schlüssel (sk-*** und die letzten vier Zeichen: Das Portal zeigt einen Schlüssel nach seiner Erstellung nie wieder an), Berechtigungen, Ablauf, ob der Schlüssel aktiviert ist, wann er zuletzt verwendet wurde und wer ihn erstellt hat. Ein Portaladministrator sieht alle Schlüssel des Portals, alle anderen nur ihre eigenen.</translation>
    </message>
    <message>
        <source>--expiring-within DAYS lists only the keys that expire within DAYS days or have expired, and exits 1 when there is any, 0 when there is none: run it daily to hear of a key before the integration that uses it stops working.</source>
        <translation>--expiring-within DAYS listet nur die Schlüssel auf, die innerhalb von DAYS Tagen ablaufen oder bereits abgelaufen sind, und endet mit 1, wenn es solche gibt, bzw. mit 0, wenn es keine gibt: Führen Sie den Befehl täglich aus, um von einem ablaufenden Schlüssel zu erfahren, bevor die Integration, die ihn verwendet, nicht mehr funktioniert.</translation>
    </message>
    <message>
        <source>--expiring-within takes a number of days (0 or more).</source>
        <translation>--expiring-within erwartet eine Anzahl von Tagen (0 oder mehr).</translation>
    </message>
    <message numerus="yes">
        <source>No API key on %1 expires within %n day(s).</source>
        <translation>
            <numerusform>Kein API-Schlüssel auf %1 läuft innerhalb von %n Tag ab.</numerusform>
            <numerusform>Kein API-Schlüssel auf %1 läuft innerhalb von %n Tagen ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no API keys you can see.</source>
        <translation>%1 hat keine API-Schlüssel, die Sie sehen können.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>PERMISSIONS</source>
        <translation>BERECHTIGUNGEN</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>LÄUFT AB</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>AKTIV</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>ZULETZT VERWENDET</translation>
    </message>
    <message>
        <source>CREATED BY</source>
        <translation>ERSTELLT VON</translation>
    </message>
    <message>
        <source>no (expired)</source>
        <translation>nein (abgelaufen)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Repeat --portal to list several saved portals at once: the table gains a PORTAL column, and --json prints one object per portal with its keys or its error. A portal that cannot be reached is reported and the others are listed; the exit code is then that portal&apos;s failure.</source>
        <translation>Wiederholen Sie --portal, um mehrere gespeicherte Portale auf einmal aufzulisten: Die Tabelle erhält eine Spalte PORTAL, und --json gibt je Portal ein Objekt mit seinen Schlüsseln oder seinem Fehler aus. Ein nicht erreichbares Portal wird gemeldet und die übrigen werden aufgelistet; der Exit-Code ist dann der Fehler dieses Portals.</translation>
    </message>
    <message>
        <source>PORTAL</source>
        <translation>PORTAL</translation>
    </message>
    <message>
        <source>%1: no API keys you can see.</source>
        <translation>%1: keine API-Schlüssel, die Sie sehen können.</translation>
    </message>
</context>
<context>
    <name>ApiKeyStateCommand</name>
    <message>
        <source>Accepted for scripts that pass it to every apikey command; switching a key on or off asks nothing.</source>
        <translation>Wird für Skripte akzeptiert, die die Option an jeden apikey-Befehl übergeben; beim Aktivieren oder Deaktivieren eines Schlüssels wird nicht nachgefragt.</translation>
    </message>
    <message>
        <source>Switch an API key on again.</source>
        <translation>Einen API-Schlüssel wieder aktivieren.</translation>
    </message>
    <message>
        <source>Switch an API key off: the portal refuses it until it is switched on.</source>
        <translation>Einen API-Schlüssel deaktivieren: Das Portal lehnt ihn ab, bis er wieder aktiviert wird.</translation>
    </message>
    <message>
        <source>Switches the key with this ID on: the portal accepts it again. An expired key stays refused; the portal does not change it (exit 1).</source>
        <translation>Aktiviert den Schlüssel mit dieser ID: Das Portal akzeptiert ihn wieder. Ein abgelaufener Schlüssel bleibt abgelehnt; das Portal ändert ihn nicht (Exit-Code 1).</translation>
    </message>
    <message>
        <source>Switches the key with this ID off: the portal refuses it until it is switched on again, and everything else about it stays. The portal changes neither an expired key nor, unless you are a portal admin, another user&apos;s key (exit 1).</source>
        <translation>Deaktiviert den Schlüssel mit dieser ID: Das Portal lehnt ihn ab, bis er wieder aktiviert wird; alles andere daran bleibt unverändert. Das Portal ändert weder einen abgelaufenen Schlüssel noch – sofern Sie kein Portaladministrator sind – den Schlüssel eines anderen Benutzers (Exit-Code 1).</translation>
    </message>
    <message>
        <source>Switched the API key %1 on at %2.</source>
        <translation>API-Schlüssel %1 am %2 aktiviert.</translation>
    </message>
    <message>
        <source>Switched the API key %1 off at %2.</source>
        <translation>API-Schlüssel %1 am %2 deaktiviert.</translation>
    </message>
</context>
<context>
    <name>ApiKeySubcommand</name>
    <message>
        <source>%1: too many arguments (%2 given, %3 expected); they are not repeated here in case one is a secret. Run “portalkeys-cli %1 --help”.</source>
        <translation>%1: zu viele Argumente (%2 angegeben, %3 erwartet); sie werden hier nicht wiederholt, falls eines davon ein Secret ist. Führen Sie „portalkeys-cli %1 --help“ aus.</translation>
    </message>
    <message>
        <source>%1: give %2. Run “portalkeys-cli %1 --help”.</source>
        <translation>%1: Geben Sie %2 an. Führen Sie „portalkeys-cli %1 --help“ aus.</translation>
    </message>
    <message>
        <source>%1: an argument is empty.</source>
        <translation>%1: Ein Argument ist leer.</translation>
    </message>
    <message>
        <source>%1 has no API key with the ID %2 (a portal admin sees every key, other users their own). Run “portalkeys-cli apikey list” with the same portal options to see the keys.</source>
        <translation>%1 hat keinen API-Schlüssel mit der ID %2 (ein Portaladministrator sieht alle Schlüssel, andere Benutzer nur ihre eigenen). Führen Sie „portalkeys-cli apikey list“ mit denselben Portaloptionen aus, um die Schlüssel zu sehen.</translation>
    </message>
    <message>
        <source>“%1” is no API key ID: IDs look like 3f2b8c1e-5a6d-4e7f-8a9b-0c1d2e3f4a5b (see “portalkeys-cli apikey list”).</source>
        <translation>„%1“ ist keine API-Schlüssel-ID: IDs sehen so aus: 3f2b8c1e-5a6d-4e7f-8a9b-0c1d2e3f4a5b (siehe „portalkeys-cli apikey list“).</translation>
    </message>
    <message>
        <source>What the key may do: all (the default), read (read only), or a scope such as files:read, files:write, rooms:read, rooms:write, accounts:read, accounts.self:write. Repeat it, or separate scopes with commas.</source>
        <translation>Was der Schlüssel darf: all (Standard), read (nur Lesen) oder ein Bereich wie files:read, files:write, rooms:read, rooms:write, accounts:read, accounts.self:write. Wiederholen Sie die Option oder trennen Sie Bereiche durch Kommas.</translation>
    </message>
    <message>
        <source>--permission all already allows everything; give it alone, or give only the permissions the key needs.</source>
        <translation>--permission all erlaubt bereits alles; geben Sie es allein an oder nur die Berechtigungen, die der Schlüssel benötigt.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>expired %1 (%2)</source>
        <translation>abgelaufen am %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Name:        %1</source>
        <translation>Name:            %1</translation>
    </message>
    <message>
        <source>ID:          %1</source>
        <translation>ID:              %1</translation>
    </message>
    <message>
        <source>Key:         %1</source>
        <translation>Schlüssel:       %1</translation>
    </message>
    <message>
        <source>Permissions: %1</source>
        <translation>Berechtigungen:  %1</translation>
    </message>
    <message>
        <source>Active:      %1</source>
        <translation>Aktiv:           %1</translation>
    </message>
    <message>
        <source>no (expired)</source>
        <translation>nein (abgelaufen)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Expires:     %1</source>
        <translation>Läuft ab:        %1</translation>
    </message>
    <message>
        <source>Created:     %1</source>
        <translation>Erstellt:        %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Last used:   %1</source>
        <translation>Zuletzt genutzt: %1</translation>
    </message>
    <message>
        <source>The portal is --portal NAME for a saved portal, or --url URL with --api-key-env NAME, --token-env NAME, or --user EMAIL and --password-env NAME. Every user manages their own API keys; a portal admin sees and manages every key. Exit codes: 0 done, 1 refused for the data given or not found, 2 bad usage (nothing sent), 3 network or TLS, 4 credentials or permission, 5 keychain.</source>
        <translation>Das Portal wird mit --portal NAME für ein gespeichertes Portal angegeben oder mit --url URL zusammen mit --api-key-env NAME, --token-env NAME oder --user EMAIL und --password-env NAME. Jeder Benutzer verwaltet seine eigenen API-Schlüssel; ein Portaladministrator sieht und verwaltet alle Schlüssel. Exit-Codes: 0 erledigt, 1 für die angegebenen Daten abgelehnt oder nicht gefunden, 2 falsche Verwendung (nichts gesendet), 3 Netzwerk oder TLS, 4 Anmeldedaten oder Berechtigung, 5 Schlüsselbund.</translation>
    </message>
</context>
<context>
    <name>ApiKeyUpdateCommand</name>
    <message>
        <source>The key&apos;s new name (at most %1 characters).</source>
        <translation>Der neue Name des Schlüssels (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>Rename an API key or change its permissions.</source>
        <translation>Einen API-Schlüssel umbenennen oder seine Berechtigungen ändern.</translation>
    </message>
    <message>
        <source>Gives the key with this ID a new name, new permissions (they replace the old ones), or both. The key itself stays the same, so whatever uses it goes on working with the new permissions. The portal changes neither an expired key nor, unless you are a portal admin, another user&apos;s key: that exits 1.</source>
        <translation>Gibt dem Schlüssel mit dieser ID einen neuen Namen, neue Berechtigungen (sie ersetzen die alten) oder beides. Der Schlüssel selbst bleibt gleich, sodass alles, was ihn verwendet, mit den neuen Berechtigungen weiterarbeitet. Das Portal ändert weder einen abgelaufenen Schlüssel noch – sofern Sie kein Portaladministrator sind – den Schlüssel eines anderen Benutzers: Das endet mit 1.</translation>
    </message>
    <message>
        <source>--name: %1</source>
        <translation>--name: %1</translation>
    </message>
    <message>
        <source>apikey update: say what to change with --name NAME or --permission P.</source>
        <translation>apikey update: Geben Sie mit --name NAME oder --permission P an, was geändert werden soll.</translation>
    </message>
    <message>
        <source>Updated the API key %1 on %2: permissions %3.</source>
        <translation>API-Schlüssel %1 auf %2 aktualisiert: Berechtigungen %3.</translation>
    </message>
    <message>
        <source>Renamed the API key %1 on %2.</source>
        <translation>API-Schlüssel %1 auf %2 umbenannt.</translation>
    </message>
</context>
<context>
    <name>ApiKeyWhoamiCommand</name>
    <message>
        <source>Print the key&apos;s details as JSON (the key masked).</source>
        <translation>Die Details des Schlüssels als JSON ausgeben (Schlüssel maskiert).</translation>
    </message>
    <message>
        <source>Say which API key a portal signs in with: name, permissions, expiry.</source>
        <translation>Anzeigen, mit welchem API-Schlüssel sich ein Portal anmeldet: Name, Berechtigungen, Ablauf.</translation>
    </message>
    <message>
        <source>Asks the portal which key the credential is: its name, ID, masked value, permissions, expiry, whether it is on, and who made it. Handy before a key expires or when a script fails with 403 (a key without the permission). Only a portal that signs in with an API key has one; another credential exits 2.</source>
        <translation>Fragt das Portal, um welchen Schlüssel es sich bei den Anmeldedaten handelt: Name, ID, maskierter Wert, Berechtigungen, Ablauf, ob er aktiviert ist und wer ihn erstellt hat. Nützlich, bevor ein Schlüssel abläuft oder wenn ein Skript mit 403 fehlschlägt (ein Schlüssel ohne die Berechtigung). Nur ein Portal, das sich mit einem API-Schlüssel anmeldet, hat einen; andere Anmeldedaten enden mit Exit-Code 2.</translation>
    </message>
    <message>
        <source>%1 signs in with %2, not with an API key, so there is no key to show.</source>
        <translation>%1 meldet sich mit %2 an, nicht mit einem API-Schlüssel; daher gibt es keinen Schlüssel anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>BundleApplyCommand</name>
    <message>
        <source>Apply the keys to the saved portal NAME (repeat for several portals).</source>
        <translation>Die Schlüssel auf das gespeicherte Portal NAME anwenden (für mehrere Portale wiederholen).</translation>
    </message>
    <message>
        <source>Compare with each portal and report what would change; send nothing.</source>
        <translation>Mit jedem Portal vergleichen und melden, was sich ändern würde; nichts senden.</translation>
    </message>
    <message>
        <source>Print the report as JSON for scripts.</source>
        <translation>Den Bericht als JSON für Skripte ausgeben.</translation>
    </message>
    <message>
        <source>Apply the keys of a bundle to one or several portals, with a report per portal and service.</source>
        <translation>Die Schlüssel eines Pakets auf ein oder mehrere Portale anwenden, mit einem Bericht pro Portal und Dienst.</translation>
    </message>
    <message>
        <source>Exits 0 when nothing was refused, else with the highest exit code among the refusals (1 refused keys or plan, 3 network, 4 credentials or permission, 5 keychain); 1 also for a wrong passphrase.</source>
        <translation>Endet mit 0, wenn nichts abgelehnt wurde, sonst mit dem höchsten Exit-Code unter den Ablehnungen (1 Schlüssel oder Tarif abgelehnt, 3 Netzwerk, 4 Anmeldedaten oder Berechtigung, 5 Schlüsselbund); 1 auch bei falscher Passphrase.</translation>
    </message>
    <message>
        <source>The bundle&apos;s %1 draft for %2 is skipped: Workspace keys are entered on the portal&apos;s settings page, not through its API.</source>
        <translation>Der %1-Entwurf des Pakets für %2 wird übersprungen: Workspace-Schlüssel werden auf der Einstellungsseite des Portals eingegeben, nicht über seine API.</translation>
    </message>
    <message>
        <source>Nothing was sent: fix the drafts above and export the bundle again.</source>
        <translation>Nichts wurde gesendet: Korrigieren Sie die obigen Entwürfe und exportieren Sie das Paket erneut.</translation>
    </message>
    <message>
        <source>%1: name the portals with --portal NAME (repeat it for several).</source>
        <translation>%1: Nennen Sie die Portale mit --portal NAME (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>The bundle holds no DocSpace drafts to apply.</source>
        <translation>Das Paket enthält keine anwendbaren DocSpace-Entwürfe.</translation>
    </message>
    <message>
        <source>PORTAL</source>
        <translation>PORTAL</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>DIENST</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DETAILS</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Probelauf: Nichts wurde gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 refused.</source>
        <translation>
            <numerusform>%n von %1 abgelehnt.</numerusform>
            <numerusform>%n von %1 abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decrypts FILE and saves the keys of each DocSpace draft it holds on every portal named, reading them back. The portals are served at the same time (at most %1 requests to one host and %2 in all), the services of a portal one after the other; the report lists the portals in the order named. The drafts are checked with the catalog&apos;s rules first: an error stops the command (exit 2) before anything is sent. A failure on one portal or service does not stop the others; the report lists for each portal and service whether the keys were applied, were already there (unchanged), or were refused and why. A portal that cannot be opened refuses every service. Workspace drafts are skipped: Workspace keys are typed into the portal&apos;s settings page.</source>
        <translation>Entschlüsselt FILE und speichert die Schlüssel jedes darin enthaltenen DocSpace-Entwurfs auf jedem genannten Portal und liest sie zurück. Die Portale werden gleichzeitig bedient (höchstens %1 Anfragen an einen Host und %2 insgesamt), die Dienste eines Portals nacheinander; der Bericht nennt die Portale in der angegebenen Reihenfolge. Zuerst werden die Entwürfe nach den Regeln des Katalogs geprüft: Ein Fehler beendet den Befehl (Exit-Code 2), bevor etwas gesendet wird. Ein Fehler bei einem Portal oder Dienst hält die anderen nicht auf; der Bericht zeigt für jedes Portal und jeden Dienst, ob die Schlüssel angewendet wurden, schon vorhanden waren (unverändert) oder abgelehnt wurden und warum. Ein Portal, das sich nicht öffnen lässt, lehnt jeden Dienst ab. Workspace-Entwürfe werden übersprungen: Workspace-Schlüssel werden auf der Einstellungsseite des Portals eingegeben.</translation>
    </message>
</context>
<context>
    <name>BundleCommand</name>
    <message>
        <source>Carry offline drafts in an encrypted file, and apply them to one or several portals.</source>
        <translation>Offline-Entwürfe in einer verschlüsselten Datei transportieren und auf ein oder mehrere Portale anwenden.</translation>
    </message>
    <message>
        <source>A bundle holds drafts and their values (secrets included) encrypted with a passphrase given with --passphrase-env NAME, never as a plain argument. A wrong passphrase exits 1; a file that is not a bundle, or was damaged or changed, exits 2.</source>
        <translation>Ein Paket enthält Entwürfe und ihre Werte (einschließlich Secrets), verschlüsselt mit einer Passphrase, die mit --passphrase-env NAME übergeben wird, niemals als einfaches Argument. Eine falsche Passphrase endet mit Exit-Code 1; eine Datei, die kein Paket ist oder beschädigt bzw. verändert wurde, mit 2.</translation>
    </message>
</context>
<context>
    <name>BundleExportCommand</name>
    <message>
        <source>Export only the drafts of these services (names separated by commas).</source>
        <translation>Nur die Entwürfe dieser Dienste exportieren (Namen durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Replace FILE when it exists.</source>
        <translation>FILE ersetzen, wenn die Datei existiert.</translation>
    </message>
    <message>
        <source>Write offline drafts and their keys into a file encrypted with a passphrase.</source>
        <translation>Offline-Entwürfe und ihre Schlüssel in eine mit einer Passphrase verschlüsselte Datei schreiben.</translation>
    </message>
    <message>
        <source>Gathers the offline drafts (all of them, or those of the services named) with their values from the keychain and writes them into FILE, encrypted with AES-256-GCM under a key derived from the passphrase (CMS, which “openssl cms -decrypt” also opens). Use at least %1 characters; weak passphrases are warned about. FILE is readable by you only; an existing FILE is replaced only with --force.</source>
        <translation>Sammelt die Offline-Entwürfe (alle oder die der genannten Dienste) mit ihren Werten aus dem Schlüsselbund und schreibt sie in FILE, verschlüsselt mit AES-256-GCM unter einem aus der Passphrase abgeleiteten Schlüssel (CMS, das auch „openssl cms -decrypt“ öffnet). Verwenden Sie mindestens %1 Zeichen; vor schwachen Passphrasen wird gewarnt. FILE ist nur für Sie lesbar; eine vorhandene FILE wird nur mit --force ersetzt.</translation>
    </message>
    <message>
        <source>There are no offline drafts to export. Make one with “portalkeys-cli services set NAME --offline --prop-env KEY=NAME …”.</source>
        <translation>Es gibt keine Offline-Entwürfe zum Exportieren. Erstellen Sie einen mit „portalkeys-cli services set NAME --offline --prop-env KEY=NAME …“.</translation>
    </message>
    <message>
        <source>There is no offline draft for “%1”.</source>
        <translation>Es gibt keinen Offline-Entwurf für „%1“.</translation>
    </message>
    <message>
        <source>--services names no service.</source>
        <translation>--services nennt keinen Dienst.</translation>
    </message>
    <message>
        <source>%1: give a file name; the bundle is not written to standard output.</source>
        <translation>%1: Geben Sie einen Dateinamen an; das Paket wird nicht auf die Standardausgabe geschrieben.</translation>
    </message>
    <message>
        <source>“%1” exists already; choose another name, or add --force to replace it.</source>
        <translation>„%1“ existiert bereits; wählen Sie einen anderen Namen oder fügen Sie --force hinzu, um die Datei zu ersetzen.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n draft to %1: %2</source>
        <translation>
            <numerusform>%n Entwurf nach %1 exportiert: %2</numerusform>
            <numerusform>%n Entwürfe nach %1 exportiert: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n drafts to %1: %2</source>
        <translation>
            <numerusform>%n Entwurf nach %1 exportiert: %2</numerusform>
            <numerusform>%n Entwürfe nach %1 exportiert: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleImportCommand</name>
    <message>
        <source>SERVICE</source>
        <translation>DIENST</translation>
    </message>
    <message>
        <source>PRODUCT</source>
        <translation>PRODUKT</translation>
    </message>
    <message>
        <source>KEYS</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>ENTWURF</translation>
    </message>
    <message>
        <source>Decrypt a bundle and add its drafts to the offline drafts (values into the keychain).</source>
        <translation>Ein Paket entschlüsseln und seine Entwürfe zu den Offline-Entwürfen hinzufügen (Werte in den Schlüsselbund).</translation>
    </message>
    <message>
        <source>Decrypts FILE (&quot;-&quot; for standard input) and creates a new offline draft for each draft it holds: names in the drafts list, values in the keychain. Lists what was imported, never the values. Exits 1 when the passphrase is wrong, 2 when FILE is not a bundle, is damaged or was changed, 5 when the keychain cannot store the values (the drafts imported before the failure stay).</source>
        <translation>Entschlüsselt FILE (&quot;-&quot; für die Standardeingabe) und legt für jeden enthaltenen Entwurf einen neuen Offline-Entwurf an: Namen in der Entwurfsliste, Werte im Schlüsselbund. Listet auf, was importiert wurde, niemals die Werte. Endet mit 1, wenn die Passphrase falsch ist, mit 2, wenn FILE kein Paket ist, beschädigt ist oder verändert wurde, und mit 5, wenn der Schlüsselbund die Werte nicht speichern kann (die vor dem Fehler importierten Entwürfe bleiben erhalten).</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n draft from %1:</source>
        <translation>
            <numerusform>%n Entwurf aus %1 importiert:</numerusform>
            <numerusform>%n Entwürfe aus %1 importiert:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n drafts from %1:</source>
        <translation>
            <numerusform>%n Entwurf aus %1 importiert:</numerusform>
            <numerusform>%n Entwürfe aus %1 importiert:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleInput</name>
    <message>
        <source>Read the bundle&apos;s passphrase from the environment variable NAME.</source>
        <translation>Die Passphrase des Pakets aus der Umgebungsvariable NAME lesen.</translation>
    </message>
    <message>
        <source>%1: give the passphrase with --passphrase-env NAME; it is never taken as a plain argument.</source>
        <translation>%1: Geben Sie die Passphrase mit --passphrase-env NAME an; sie wird niemals als einfaches Argument akzeptiert.</translation>
    </message>
</context>
<context>
    <name>BundleSubcommand</name>
    <message>
        <source>%1: too many arguments (%2 given, only FILE expected); they are not repeated here in case one is a secret. Run “portalkeys-cli %1 --help”.</source>
        <translation>%1: zu viele Argumente (%2 angegeben, nur FILE erwartet); sie werden hier nicht wiederholt, falls eines davon ein Secret ist. Führen Sie „portalkeys-cli %1 --help“ aus.</translation>
    </message>
    <message>
        <source>%1: give the bundle FILE. Run “portalkeys-cli %1 --help”.</source>
        <translation>%1: Geben Sie die Paketdatei FILE an. Führen Sie „portalkeys-cli %1 --help“ aus.</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>unknown option “%1”. Run “portalkeys-cli --help” to see the options.</source>
        <translation>unbekannte Option „%1“. Führen Sie „portalkeys-cli --help“ aus, um die Optionen zu sehen.</translation>
    </message>
    <message>
        <source>Show the help of a command.</source>
        <translation>Die Hilfe zu einem Befehl anzeigen.</translation>
    </message>
    <message>
        <source>Keys, tokens and OAuth apps for ONLYOFFICE portals, from the terminal.</source>
        <translation>Schlüssel, Token und OAuth-Apps für ONLYOFFICE-Portale, im Terminal.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Exit-Codes:</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>a negative answer (invalid token, not found, refused for the data given)</source>
        <translation>negative Antwort (ungültiges Token, nicht gefunden, für die angegebenen Daten abgelehnt)</translation>
    </message>
    <message>
        <source>bad usage or unreadable input</source>
        <translation>falsche Verwendung oder unlesbare Eingabe</translation>
    </message>
    <message>
        <source>network or TLS failure</source>
        <translation>Netzwerk- oder TLS-Fehler</translation>
    </message>
    <message>
        <source>the portal refused the credentials or the permission</source>
        <translation>das Portal hat die Anmeldedaten oder die Berechtigung abgelehnt</translation>
    </message>
    <message>
        <source>the OS keychain is not available</source>
        <translation>der Schlüsselbund des Betriebssystems ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Secrets are never taken as plain arguments: pass them with --secret-env NAME, --secret-file PATH (&quot;-&quot; for standard input), or keep them in the keychain.</source>
        <translation>Secrets werden niemals als einfache Argumente akzeptiert: Übergeben Sie sie mit --secret-env NAME, --secret-file PATH (&quot;-&quot; für die Standardeingabe) oder speichern Sie sie im Schlüsselbund.</translation>
    </message>
    <message>
        <source>unknown command “%1”.</source>
        <translation>unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>Meinten Sie „%1“?</translation>
    </message>
    <message>
        <source>Run “portalkeys-cli --help” to see the commands.</source>
        <translation>Führen Sie „portalkeys-cli --help“ aus, um die Befehle zu sehen.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>unknown option “%1”.</source>
        <translation>unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>%1: %2 Run “portalkeys-cli %1 --help” to see its options.</source>
        <translation>%1: %2 Führen Sie „portalkeys-cli %1 --help“ aus, um seine Optionen zu sehen.</translation>
    </message>
</context>
<context>
    <name>CommandGroup</name>
    <message>
        <source>Subcommands:</source>
        <translation>Unterbefehle:</translation>
    </message>
    <message>
        <source>%1: unknown subcommand “%2”. Run “portalkeys-cli %1 --help” to see them.</source>
        <translation>%1: unbekannter Unterbefehl „%2“. Führen Sie „portalkeys-cli %1 --help“ aus, um sie zu sehen.</translation>
    </message>
</context>
<context>
    <name>HelpFormatter</name>
    <message>
        <source>Usage: </source>
        <translation>Verwendung: </translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>Only changes of this day (UTC) and later.</source>
        <translation>Nur Änderungen ab diesem Tag (UTC).</translation>
    </message>
    <message>
        <source>Also show the portal&apos;s own audit trail (needs --portal; a portal admin&apos;s credentials).</source>
        <translation>Auch den Audit-Trail des Portals selbst anzeigen (erfordert --portal und die Anmeldedaten eines Portaladministrators).</translation>
    </message>
    <message>
        <source>Print the history as a JSON list.</source>
        <translation>Den Verlauf als JSON-Liste ausgeben.</translation>
    </message>
    <message>
        <source>Show what PortalKeys changed on portals: when, where, by whom.</source>
        <translation>Anzeigen, was PortalKeys auf Portalen geändert hat: wann, wo und durch wen.</translation>
    </message>
    <message>
        <source>Every change PortalKeys (the app or the command line) makes to a portal is written to the local history: authorization keys saved or cleared, OAuth apps created, changed, switched on or off, given a new secret or deleted, API keys created, changed or deleted. Each line has the time, the portal, the portal user, what changed (the names of keys, never their values) and whether it worked.</source>
        <translation>Jede Änderung, die PortalKeys (die App oder die Befehlszeile) an einem Portal vornimmt, wird im lokalen Verlauf aufgezeichnet: gespeicherte oder geleerte Autorisierungsschlüssel; erstellte, geänderte, aktivierte oder deaktivierte, mit neuem Secret versehene oder gelöschte OAuth-Apps; erstellte, geänderte oder gelöschte API-Schlüssel. Jede Zeile enthält die Zeit, das Portal, den Portalbenutzer, was geändert wurde (die Namen der Schlüssel, niemals ihre Werte) und ob es erfolgreich war.</translation>
    </message>
    <message>
        <source>--with-portal-audit also reads the portal&apos;s audit trail, which records such changes from every source, the portal&apos;s web pages included, and shows its events (marked “portal”) beside the local ones, by time. Only portal admins may read it, and a plan without the audit trail shows only its latest events; when the portal refuses, the reason is printed and the local history is shown alone (exit 0).</source>
        <translation>--with-portal-audit liest zusätzlich den Audit-Trail des Portals, der solche Änderungen aus allen Quellen einschließlich der Webseiten des Portals aufzeichnet, und zeigt dessen Ereignisse (als „Portal“ markiert) zeitlich geordnet neben den lokalen an. Nur Portaladministratoren dürfen ihn lesen, und bei einem Tarif ohne Audit-Trail werden nur die neuesten Ereignisse angezeigt; lehnt das Portal ab, wird der Grund ausgegeben und nur der lokale Verlauf angezeigt (Exit-Code 0).</translation>
    </message>
    <message>
        <source>A damaged line of the history file is skipped and reported on standard error. Exit codes: 0 done, 2 bad usage, 1 the history cannot be read.</source>
        <translation>Eine beschädigte Zeile der Verlaufsdatei wird übersprungen und auf der Standardfehlerausgabe gemeldet. Exit-Codes: 0 erledigt, 2 falsche Verwendung, 1 der Verlauf kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>history takes no arguments; name the portal with --portal NAME.</source>
        <translation>history akzeptiert keine Argumente; nennen Sie das Portal mit --portal NAME.</translation>
    </message>
    <message>
        <source>--since takes a day as YYYY-MM-DD, e.g. 2026-01-31.</source>
        <translation>--since erwartet einen Tag im Format YYYY-MM-DD, z. B. 2026-01-31.</translation>
    </message>
    <message>
        <source>--with-portal-audit needs --portal NAME (or --url with credentials): the audit trail is read from one portal.</source>
        <translation>--with-portal-audit erfordert --portal NAME (oder --url mit Anmeldedaten): Der Audit-Trail wird von einem einzelnen Portal gelesen.</translation>
    </message>
    <message>
        <source>--url is for --with-portal-audit; to see the local history of a portal, give --portal NAME.</source>
        <translation>--url ist für --with-portal-audit gedacht; um den lokalen Verlauf eines Portals zu sehen, geben Sie --portal NAME an.</translation>
    </message>
    <message>
        <source>The portal&apos;s audit trail was not read: %1</source>
        <translation>Der Audit-Trail des Portals wurde nicht gelesen: %1</translation>
    </message>
    <message>
        <source>No changes in the history.</source>
        <translation>Keine Änderungen im Verlauf.</translation>
    </message>
    <message>
        <source>TIME (UTC)</source>
        <translation>ZEIT (UTC)</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>PORTAL</source>
        <translation>PORTAL</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>AREA</source>
        <translation>BEREICH</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>OBJEKT</translation>
    </message>
    <message>
        <source>KEYS</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokal</translation>
    </message>
</context>
<context>
    <name>JwtBatchVerify</name>
    <message>
        <source>%1: valid (%2)</source>
        <translation>%1: gültig (%2)</translation>
    </message>
    <message>
        <source>%1: invalid: %2</source>
        <translation>%1: ungültig: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>%1 tokens: %2 valid, %3 invalid</source>
        <translation>%1 Token: %2 gültig, %3 ungültig</translation>
    </message>
    <message>
        <source>Reading the tokens stopped early: %1</source>
        <translation>Das Lesen der Token wurde vorzeitig beendet: %1</translation>
    </message>
</context>
<context>
    <name>JwtCommand</name>
    <message>
        <source>Decode, verify and sign JSON Web Tokens (JWS).</source>
        <translation>JSON Web Tokens (JWS) dekodieren, prüfen und signieren.</translation>
    </message>
    <message>
        <source>Algorithms: HS256/384/512, RS256/384/512, PS256/384/512, ES256/384/512 and EdDSA (Ed25519). A token with alg “none” is never valid.</source>
        <translation>Algorithmen: HS256/384/512, RS256/384/512, PS256/384/512, ES256/384/512 und EdDSA (Ed25519). Ein Token mit alg „none“ ist niemals gültig.</translation>
    </message>
</context>
<context>
    <name>JwtConfigCommand</name>
    <message>
        <source>%1: in the config (%2) but not signed by the token</source>
        <translation>%1: in der Konfiguration (%2), aber nicht vom Token signiert</translation>
    </message>
    <message>
        <source>%1: signed by the token (%2) but not in the config</source>
        <translation>%1: vom Token signiert (%2), aber nicht in der Konfiguration</translation>
    </message>
    <message>
        <source>%1: the config says %2, the token says %3</source>
        <translation>%1: laut Konfiguration %2, laut Token %3</translation>
    </message>
    <message>
        <source>Print JSON for scripts (check-config).</source>
        <translation>JSON für Skripte ausgeben (check-config).</translation>
    </message>
    <message>
        <source>Sign a Document Server config and set its “token”.</source>
        <translation>Eine Document Server-Konfiguration signieren und ihr „token“ setzen.</translation>
    </message>
    <message>
        <source>Check a config&apos;s embedded token and list what differs from the config.</source>
        <translation>Das eingebettete Token einer Konfiguration prüfen und auflisten, was von der Konfiguration abweicht.</translation>
    </message>
    <message>
        <source>Signs every member of the editor config (or of a method&apos;s parameter object) with HS256 and prints the config with its “token” member set.</source>
        <translation>Signiert alle Felder der Editor-Konfiguration (oder des Parameterobjekts einer Methode) mit HS256 und gibt die Konfiguration mit gesetztem Feld „token“ aus.</translation>
    </message>
    <message>
        <source>Verifies the “token” member of the config and lists every member that is missing from the token, extra in it, or different. Exits 0 when the token is valid and signs exactly the config, 1 otherwise.</source>
        <translation>Prüft das Feld „token“ der Konfiguration und listet jedes Feld auf, das im Token fehlt, darin zusätzlich vorhanden ist oder abweicht. Endet mit 0, wenn das Token gültig ist und genau die Konfiguration signiert, sonst mit 1.</translation>
    </message>
    <message>
        <source>The config is not a JSON object.</source>
        <translation>Die Konfiguration ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The config has no “token” member.</source>
        <translation>Die Konfiguration hat kein Feld „token“.</translation>
    </message>
    <message>
        <source>The token&apos;s signature is valid.</source>
        <translation>Die Signatur des Tokens ist gültig.</translation>
    </message>
    <message>
        <source>The token signs exactly this config.</source>
        <translation>Das Token signiert genau diese Konfiguration.</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Ungültig: %1</translation>
    </message>
</context>
<context>
    <name>JwtDecodeCommand</name>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>JSON für Skripte ausgeben.</translation>
    </message>
    <message>
        <source>Show a token&apos;s header, payload, claims and warnings.</source>
        <translation>Header, Payload, Claims und Warnungen eines Tokens anzeigen.</translation>
    </message>
    <message>
        <source>Decodes a compact JWS without checking its signature. The token is read from standard input when it is &quot;-&quot; or not given. Warnings go to standard error.</source>
        <translation>Dekodiert ein kompaktes JWS, ohne seine Signatur zu prüfen. Das Token wird von der Standardeingabe gelesen, wenn es &quot;-&quot; ist oder fehlt. Warnungen gehen an die Standardfehlerausgabe.</translation>
    </message>
</context>
<context>
    <name>JwtReport</name>
    <message>
        <source>Header:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>Payload:</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Signatur: %1</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Claims:</translation>
    </message>
</context>
<context>
    <name>JwtSignCommand</name>
    <message>
        <source>The algorithm: HS256/384/512, RS*, PS*, ES256/384/512 or EdDSA.</source>
        <translation>Der Algorithmus: HS256/384/512, RS*, PS*, ES256/384/512 oder EdDSA.</translation>
    </message>
    <message>
        <source>Put this key id into the header.</source>
        <translation>Diese Schlüssel-ID (kid) in den Header schreiben.</translation>
    </message>
    <message>
        <source>Add the members of the JSON object in FILE to the header.</source>
        <translation>Die Felder des JSON-Objekts in FILE zum Header hinzufügen.</translation>
    </message>
    <message>
        <source>Sign a JSON payload and print the token.</source>
        <translation>Einen JSON-Payload signieren und das Token ausgeben.</translation>
    </message>
    <message>
        <source>The payload is read from standard input when the file is &quot;-&quot; or not given. Asymmetric algorithms need a private key. Warnings about the key go to standard error.</source>
        <translation>Der Payload wird von der Standardeingabe gelesen, wenn die Datei &quot;-&quot; ist oder fehlt. Asymmetrische Algorithmen erfordern einen privaten Schlüssel. Warnungen zum Schlüssel gehen an die Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>jwt sign: say which algorithm to sign with, e.g. --alg HS256.</source>
        <translation>jwt sign: Geben Sie an, mit welchem Algorithmus signiert werden soll, z. B. --alg HS256.</translation>
    </message>
    <message>
        <source>Unknown algorithm “%1”; “none” is never offered.</source>
        <translation>Unbekannter Algorithmus „%1“; „none“ wird nie angeboten.</translation>
    </message>
    <message>
        <source>--header-json: %1</source>
        <translation>--header-json: %1</translation>
    </message>
    <message>
        <source>the file holds no JSON object.</source>
        <translation>die Datei enthält kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>JwtSubcommand</name>
    <message>
        <source>%1: unexpected argument “%2”. Run “portalkeys-cli %1 --help”.</source>
        <translation>%1: unerwartetes Argument „%2“. Führen Sie „portalkeys-cli %1 --help“ aus.</translation>
    </message>
</context>
<context>
    <name>JwtTemplateCommand</name>
    <message>
        <source>Print a Document Server payload template.</source>
        <translation>Eine Payload-Vorlage für Document Server ausgeben.</translation>
    </message>
    <message>
        <source>Prints an example payload to edit and sign with “portalkeys-cli jwt sign” or “portalkeys-cli jwt sign-config”.</source>
        <translation>Gibt einen Beispiel-Payload aus, den Sie bearbeiten und mit „portalkeys-cli jwt sign“ oder „portalkeys-cli jwt sign-config“ signieren können.</translation>
    </message>
    <message>
        <source>Templates:</source>
        <translation>Vorlagen:</translation>
    </message>
    <message>
        <source>jwt template: name one of %1.</source>
        <translation>jwt template: Nennen Sie eine der folgenden Vorlagen: %1.</translation>
    </message>
    <message>
        <source>jwt template: unknown template “%1”; choose one of %2.</source>
        <translation>jwt template: unbekannte Vorlage „%1“; wählen Sie eine der folgenden: %2.</translation>
    </message>
</context>
<context>
    <name>JwtVerifyCommand</name>
    <message>
        <source>Accept only these algorithms (comma-separated), e.g. HS256,RS256.</source>
        <translation>Nur diese Algorithmen akzeptieren (durch Kommas getrennt), z. B. HS256,RS256.</translation>
    </message>
    <message>
        <source>Check the times as if it were UNIX_SECONDS.</source>
        <translation>Die Zeiten so prüfen, als wäre es UNIX_SECONDS.</translation>
    </message>
    <message>
        <source>Allow this much clock difference for exp and nbf (default 0).</source>
        <translation>So viel Uhrzeitabweichung für exp und nbf zulassen (Standard 0).</translation>
    </message>
    <message>
        <source>Check the signature only, not exp and nbf.</source>
        <translation>Nur die Signatur prüfen, nicht exp und nbf.</translation>
    </message>
    <message>
        <source>Fail when the key is weak (empty, short, or in a word list).</source>
        <translation>Fehlschlagen, wenn der Schlüssel schwach ist (leer, kurz oder in einer Wortliste).</translation>
    </message>
    <message>
        <source>Pick the key with this id from a JWK Set (default: the token&apos;s kid).</source>
        <translation>Den Schlüssel mit dieser ID aus einem JWK Set wählen (Standard: die kid des Tokens).</translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>JSON für Skripte ausgeben.</translation>
    </message>
    <message>
        <source>Check a plain JWS, whose payload may be any data: only the signature and the header count, no claims or times.</source>
        <translation>Ein einfaches JWS prüfen, dessen Payload beliebige Daten sein kann: Nur Signatur und Header zählen, keine Claims oder Zeiten.</translation>
    </message>
    <message>
        <source>Verify many tokens, one per line of the file given instead of a token (or of standard input): one verdict per line, never the token.</source>
        <translation>Viele Token prüfen, eines pro Zeile der anstelle eines Tokens angegebenen Datei (oder der Standardeingabe): ein Ergebnis pro Zeile, niemals das Token.</translation>
    </message>
    <message>
        <source>Also warn when the HMAC secret is in FILE (one secret per line); the built-in list of weak secrets is always checked.</source>
        <translation>Zusätzlich warnen, wenn das HMAC-Secret in FILE steht (ein Secret pro Zeile); die integrierte Liste schwacher Secrets wird immer geprüft.</translation>
    </message>
    <message>
        <source>Check a token&apos;s signature and times.</source>
        <translation>Signatur und Zeiten eines Tokens prüfen.</translation>
    </message>
    <message>
        <source>Exits 0 when the signature and the times check out, 1 when they do not (the reason on standard error), 2 when the token or the key cannot be read. The algorithms allowed come from the key and --alg, never from the token alone.</source>
        <translation>Endet mit 0, wenn Signatur und Zeiten korrekt sind, mit 1, wenn nicht (der Grund steht in der Standardfehlerausgabe), mit 2, wenn das Token oder der Schlüssel nicht gelesen werden kann. Die zulässigen Algorithmen ergeben sich aus dem Schlüssel und --alg, niemals allein aus dem Token.</translation>
    </message>
    <message>
        <source>A JWT is also invalid (exit 1) when its payload is not a JSON object, when exp, nbf or iat is not a number, or when the header&apos;s kid is not a string, as the JWT libraries judge it. --jws checks a plain JWS instead: any payload, no claims.</source>
        <translation>Ein JWT ist auch ungültig (Exit-Code 1), wenn sein Payload kein JSON-Objekt ist, wenn exp, nbf oder iat keine Zahl ist oder wenn die kid im Header keine Zeichenkette ist – so wie die JWT-Bibliotheken es beurteilen. --jws prüft stattdessen ein einfaches JWS: beliebiger Payload, keine Claims.</translation>
    </message>
    <message>
        <source>--batch reads one token per line (blank lines and lines starting with # are skipped) and prints one verdict per line in input order, “LINE: valid (ALG)” or “LINE: invalid: reason”, or with --json one JSON object per line (line, valid, alg, errors, warnings, exp); the tokens themselves are never printed. The key is read once, so a JWK Set needs --kid. Exits 0 when every token is valid, 1 when one is not.</source>
        <translation>--batch liest ein Token pro Zeile (leere Zeilen und Zeilen, die mit # beginnen, werden übersprungen) und gibt ein Ergebnis pro Zeile in der Eingabereihenfolge aus, „LINE: valid (ALG)“ oder „LINE: invalid: reason“, bzw. mit --json ein JSON-Objekt pro Zeile (line, valid, alg, errors, warnings, exp); die Token selbst werden niemals ausgegeben. Der Schlüssel wird einmal gelesen, daher erfordert ein JWK Set --kid. Endet mit 0, wenn alle Token gültig sind, mit 1, wenn eines es nicht ist.</translation>
    </message>
    <message>
        <source>Valid: the %1 signature of this plain JWS checks out (no claims checked).</source>
        <translation>Gültig: Die %1-Signatur dieses einfachen JWS ist korrekt (keine Claims geprüft).</translation>
    </message>
    <message>
        <source>Valid: the %1 signature and the times check out.</source>
        <translation>Gültig: Die %1-Signatur und die Zeiten sind korrekt.</translation>
    </message>
    <message>
        <source>Valid: the %1 signature checks out (times not checked).</source>
        <translation>Gültig: Die %1-Signatur ist korrekt (Zeiten nicht geprüft).</translation>
    </message>
    <message>
        <source>Unknown algorithm “%1” in --alg.</source>
        <translation>Unbekannter Algorithmus „%1“ in --alg.</translation>
    </message>
    <message>
        <source>--now takes a number of seconds since 1970-01-01 UTC.</source>
        <translation>--now erwartet eine Anzahl von Sekunden seit 1970-01-01 UTC.</translation>
    </message>
    <message>
        <source>--leeway takes a number of seconds, 0 or more.</source>
        <translation>--leeway erwartet eine Anzahl von Sekunden, 0 oder mehr.</translation>
    </message>
    <message>
        <source>the built-in list of weak secrets</source>
        <translation>integrierte Liste schwacher Secrets</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Ungültig: %1</translation>
    </message>
    <message>
        <source>If this is a plain JWS with other data than claims, check it with --jws.</source>
        <translation>Wenn dies ein einfaches JWS mit anderen Daten als Claims ist, prüfen Sie es mit --jws.</translation>
    </message>
</context>
<context>
    <name>JwtWeakSecretCommand</name>
    <message>
        <source>Try the secrets in FILE (one per line) instead of the built-in list.</source>
        <translation>Die Secrets in FILE (eines pro Zeile) statt der integrierten Liste ausprobieren.</translation>
    </message>
    <message>
        <source>Search a word list for the secret of an HMAC token.</source>
        <translation>Eine Wortliste nach dem Secret eines HMAC-Tokens durchsuchen.</translation>
    </message>
    <message>
        <source>Tries every candidate against an HS256/384/512 token and stops at the first that verifies. Exits 0 and prints the secret when one is found (the token&apos;s secret is weak: replace it), 1 when none is.</source>
        <translation>Probiert jeden Kandidaten an einem HS256/384/512-Token aus und hält beim ersten an, der passt. Endet mit 0 und gibt das Secret aus, wenn eines gefunden wurde (das Secret des Tokens ist schwach: Ersetzen Sie es), mit 1, wenn keines gefunden wurde.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n candidates is the secret.</source>
        <translation>
            <numerusform>%n Kandidat geprüft – er ist nicht das Secret.</numerusform>
            <numerusform>Keiner der %n Kandidaten ist das Secret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found the secret after %n candidates: the empty secret</source>
        <translation>
            <numerusform>Secret nach %n Kandidaten gefunden: das leere Secret</numerusform>
            <numerusform>Secret nach %n Kandidaten gefunden: das leere Secret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found the secret after %n candidates: %1</source>
        <translation>
            <numerusform>Secret nach %n Kandidaten gefunden: %1</numerusform>
            <numerusform>Secret nach %n Kandidaten gefunden: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyOptions</name>
    <message>
        <source>the HMAC secret</source>
        <translation>das HMAC-Secret</translation>
    </message>
    <message>
        <source>Use the HMAC secret stored in the keychain under NAME (see “portalkeys-cli secret”).</source>
        <translation>Das im Schlüsselbund unter NAME gespeicherte HMAC-Secret verwenden (siehe „portalkeys-cli secret“).</translation>
    </message>
    <message>
        <source>Use the PEM key or certificate, JWK or JWK Set in the file PATH.</source>
        <translation>Den PEM-Schlüssel bzw. das Zertifikat, JWK oder JWK Set aus der Datei PATH verwenden.</translation>
    </message>
    <message>
        <source>How the secret is written: utf8 (default), base64, base64url or hex.</source>
        <translation>Wie das Secret kodiert ist: utf8 (Standard), base64, base64url oder hex.</translation>
    </message>
    <message>
        <source>--secret-env, --secret-file, --secret-keychain or --key-file</source>
        <translation>--secret-env, --secret-file, --secret-keychain oder --key-file</translation>
    </message>
    <message>
        <source>--secret-env, --secret-file or --secret-keychain</source>
        <translation>--secret-env, --secret-file oder --secret-keychain</translation>
    </message>
    <message>
        <source>Give the key with one of %1.</source>
        <translation>Geben Sie den Schlüssel mit einer dieser Optionen an: %1.</translation>
    </message>
    <message>
        <source>Give only one of %1.</source>
        <translation>Geben Sie nur eine dieser Optionen an: %1.</translation>
    </message>
    <message>
        <source>Unknown secret encoding “%1”: use utf8, base64, base64url or hex.</source>
        <translation>Unbekannte Secret-Kodierung „%1“: Verwenden Sie utf8, base64, base64url oder hex.</translation>
    </message>
    <message>
        <source>This program has no keychain access.</source>
        <translation>Dieses Programm hat keinen Zugriff auf den Schlüsselbund.</translation>
    </message>
</context>
<context>
    <name>OAuthAppCommand</name>
    <message>
        <source>Prepare, register, manage and try OAuth 2.0 apps of a DocSpace portal.</source>
        <translation>OAuth 2.0-Apps eines DocSpace-Portals vorbereiten, registrieren, verwalten und ausprobieren.</translation>
    </message>
    <message>
        <source>A draft app is a JSON file holding exactly the body the portal takes to register an app: name, description, logo, website_url, terms_url, policy_url, logout_redirect_uri, redirect_uris, allowed_origins, scopes, allow_pkce and is_public. The portal sets is_public to true for every app, whatever a draft says.</source>
        <translation>Ein App-Entwurf ist eine JSON-Datei, die genau den Body enthält, den das Portal zum Registrieren einer App annimmt: name, description, logo, website_url, terms_url, policy_url, logout_redirect_uri, redirect_uris, allowed_origins, scopes, allow_pkce und is_public. Das Portal setzt is_public für jede App auf true, unabhängig davon, was im Entwurf steht.</translation>
    </message>
</context>
<context>
    <name>OAuthAppCreateCommand</name>
    <message>
        <source>Print JSON for scripts: the app, and its client_secret unless --store-secret is given.</source>
        <translation>JSON für Skripte ausgeben: die App und ihr client_secret, sofern --store-secret nicht angegeben ist.</translation>
    </message>
    <message>
        <source>Register a draft app (JSON) on a portal; its client secret goes to the keychain or is printed.</source>
        <translation>Einen App-Entwurf (JSON) auf einem Portal registrieren; sein Client-Secret wird im Schlüsselbund gespeichert oder ausgegeben.</translation>
    </message>
    <message>
        <source>Checks the draft as “oauth-app validate” does; when it has errors they are listed (“field: message”), nothing is sent and the command exits 2. Otherwise registers the app and prints its client ID (“client_id: …”). Reads standard input for &quot;-&quot;.</source>
        <translation>Prüft den Entwurf wie „oauth-app validate“; enthält er Fehler, werden sie aufgelistet („field: message“), nichts wird gesendet und der Befehl endet mit 2. Andernfalls wird die App registriert und ihre Client-ID ausgegeben („client_id: …“). Liest bei &quot;-&quot; von der Standardeingabe.</translation>
    </message>
    <message>
        <source>With --store-secret NAME the client secret goes to the keychain as a named secret (as with “portalkeys-cli secret store NAME”), for example for “oauth-app try ID --client-secret-keychain NAME”, and is not printed. Without it, the secret is printed on standard output (“client_secret: …”) with a reminder on standard error. Either way “oauth-app show ID --reveal-secret” reads it again later. When the portal refuses the app, each field it names is listed as “field: message”, and a refusal for the registry&apos;s limit (on DocSpace cloud %1 apps per portal, %2 per user) says which one (exit 1).</source>
        <translation>Mit --store-secret NAME wird das Client-Secret als benanntes Secret im Schlüsselbund gespeichert (wie mit „portalkeys-cli secret store NAME“), z. B. für „oauth-app try ID --client-secret-keychain NAME“, und nicht ausgegeben. Ohne diese Option wird das Secret auf der Standardausgabe ausgegeben („client_secret: …“), mit einem Hinweis auf der Standardfehlerausgabe. In beiden Fällen liest „oauth-app show ID --reveal-secret“ es später erneut aus. Lehnt das Portal die App ab, wird jedes genannte Feld als „field: message“ aufgeführt, und eine Ablehnung wegen des Registrierungslimits (in DocSpace Cloud %1 Apps pro Portal, %2 pro Benutzer) nennt das betreffende Limit (Exit-Code 1).</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a valid OAuth app: %n error(s); nothing was sent.</source>
        <translation>
            <numerusform>„%1“ ist keine gültige OAuth-App: %n Fehler; nichts wurde gesendet.</numerusform>
            <numerusform>„%1“ ist keine gültige OAuth-App: %n Fehler; nichts wurde gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal registered the app but did not say its client ID; look for “%1” with “portalkeys-cli oauth-app list”.</source>
        <translation>Das Portal hat die App registriert, aber ihre Client-ID nicht mitgeteilt; suchen Sie mit „portalkeys-cli oauth-app list“ nach „%1“.</translation>
    </message>
    <message>
        <source>the portal sent no client secret, so nothing was stored.</source>
        <translation>das Portal hat kein Client-Secret gesendet, daher wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Registered the OAuth app “%1” on %2.</source>
        <translation>OAuth-App „%1“ auf %2 registriert.</translation>
    </message>
    <message>
        <source>the JSON above holds the client secret; keep it safe.</source>
        <translation>das obige JSON enthält das Client-Secret; bewahren Sie es sicher auf.</translation>
    </message>
</context>
<context>
    <name>OAuthAppDeleteCommand</name>
    <message>
        <source>Delete without asking (needed when standard input is not a terminal, as in scripts).</source>
        <translation>Ohne Rückfrage löschen (erforderlich, wenn die Standardeingabe kein Terminal ist, etwa in Skripten).</translation>
    </message>
    <message>
        <source>Delete an OAuth app from a portal.</source>
        <translation>Eine OAuth-App von einem Portal löschen.</translation>
    </message>
    <message>
        <source>Deletes the app with the client ID “ID”: nobody can sign in with it any more, and its client ID and secret cannot be brought back. On a terminal the command names the app and asks first; otherwise it needs --yes, and without it exits 2 having sent nothing. A secret kept with --store-secret stays in the keychain: remove it with “portalkeys-cli secret delete NAME”. Exits 1 when there is no such app or the answer is no.</source>
        <translation>Löscht die App mit der Client-ID „ID“: Niemand kann sich mehr damit anmelden, und ihre Client-ID und ihr Secret lassen sich nicht wiederherstellen. In einem Terminal nennt der Befehl die App und fragt zuerst nach; andernfalls benötigt er --yes und endet ohne diese Option mit Exit-Code 2, ohne etwas gesendet zu haben. Ein mit --store-secret gespeichertes Secret bleibt im Schlüsselbund: Entfernen Sie es mit „portalkeys-cli secret delete NAME“. Endet mit 1, wenn es keine solche App gibt oder die Antwort Nein lautet.</translation>
    </message>
    <message>
        <source>oauth-app delete: standard input is not a terminal, so there is nobody to ask; add --yes to delete the app.</source>
        <translation>oauth-app delete: Die Standardeingabe ist kein Terminal, daher kann niemand gefragt werden; fügen Sie --yes hinzu, um die App zu löschen.</translation>
    </message>
    <message>
        <source>Delete the OAuth app “%1” (%2) from %3? Nobody will be able to sign in with it any more.</source>
        <translation>OAuth-App „%1“ (%2) von %3 löschen? Danach kann sich niemand mehr damit anmelden.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Deleted the OAuth app %1 from %2.</source>
        <translation>OAuth-App %1 von %2 gelöscht.</translation>
    </message>
    <message>
        <source>Deleted the OAuth app “%1” (%2) from %3.</source>
        <translation>OAuth-App „%1“ (%2) von %3 gelöscht.</translation>
    </message>
</context>
<context>
    <name>OAuthAppDraftFile</name>
    <message>
        <source>“%1” is not valid JSON: %2.</source>
        <translation>„%1“ ist kein gültiges JSON: %2.</translation>
    </message>
    <message>
        <source>“%1” does not hold an OAuth app: a JSON object is expected.</source>
        <translation>„%1“ enthält keine OAuth-App: Ein JSON-Objekt wird erwartet.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
</context>
<context>
    <name>OAuthAppEnableCommand</name>
    <message>
        <source>Enable an OAuth app: people can sign in with it again.</source>
        <translation>Eine OAuth-App aktivieren: Man kann sich wieder damit anmelden.</translation>
    </message>
    <message>
        <source>Disable an OAuth app: nobody can sign in with it until it is enabled.</source>
        <translation>Eine OAuth-App deaktivieren: Niemand kann sich damit anmelden, bis sie wieder aktiviert wird.</translation>
    </message>
    <message>
        <source>Enables the app with the client ID “ID”, so that it can sign people in again. Its client ID and secret stay the same.</source>
        <translation>Aktiviert die App mit der Client-ID „ID“, sodass sie wieder Anmeldungen durchführen kann. Client-ID und Secret bleiben unverändert.</translation>
    </message>
    <message>
        <source>Disables the app with the client ID “ID”: the portal refuses to sign anyone in with it until it is enabled again. Nothing else changes: the client ID and secret stay the same. Exits 1 when there is no such app.</source>
        <translation>Deaktiviert die App mit der Client-ID „ID“: Das Portal verweigert jede Anmeldung damit, bis sie wieder aktiviert wird. Sonst ändert sich nichts: Client-ID und Secret bleiben unverändert. Endet mit 1, wenn es keine solche App gibt.</translation>
    </message>
    <message>
        <source>Enabled the OAuth app %1 on %2.</source>
        <translation>OAuth-App %1 auf %2 aktiviert.</translation>
    </message>
    <message>
        <source>Disabled the OAuth app %1 on %2.</source>
        <translation>OAuth-App %1 auf %2 deaktiviert.</translation>
    </message>
</context>
<context>
    <name>OAuthAppIconCommand</name>
    <message>
        <source>Scale a PNG or JPEG image that is not 32×32 to 32×32 (aspect kept, centred on a transparent square, stored as PNG).</source>
        <translation>Ein PNG- oder JPEG-Bild, das nicht 32×32 groß ist, auf 32×32 skalieren (Seitenverhältnis beibehalten, zentriert auf einem transparenten Quadrat, als PNG gespeichert).</translation>
    </message>
    <message>
        <source>Turn a PNG, JPEG or SVG image into the icon (data URI) of an app.</source>
        <translation>Ein PNG-, JPEG- oder SVG-Bild in das Symbol (Daten-URI) einer App umwandeln.</translation>
    </message>
    <message>
        <source>Run again with --scale to do that.</source>
        <translation>Führen Sie den Befehl mit --scale erneut aus, um das zu tun.</translation>
    </message>
    <message>
        <source>Prints the data URI the image would be sent as, for the “logo” of a draft app. The format comes from the bytes, not from the file name. The portal takes PNG, JPEG and SVG up to 256000 bytes and shows icons at 32×32: a PNG or JPEG image of another size is refused unless --scale is given, whatever its file size, as only the scaled icon must fit (a 32×32 image with too many bytes is stored again as PNG). SVG images are sent as they are, so they must fit themselves; those with scripts are refused. Reads standard input for &quot;-&quot;. Exits 0 with the data URI, 2 with the reason on standard error (also when the image module this command loads is missing).</source>
        <translation>Gibt den Daten-URI aus, als der das Bild als „logo“ eines App-Entwurfs gesendet würde. Das Format ergibt sich aus dem Inhalt, nicht aus dem Dateinamen. Das Portal nimmt PNG, JPEG und SVG bis 256000 Byte an und zeigt Symbole in 32×32: Ein PNG- oder JPEG-Bild anderer Größe wird ohne --scale abgelehnt, gleich wie groß die Datei ist, denn nur das skalierte Symbol muss passen (ein 32×32-Bild mit zu vielen Bytes wird neu als PNG gespeichert). SVG-Bilder werden unverändert gesendet und müssen daher selbst passen; solche mit Skripten werden abgelehnt. Liest bei &quot;-&quot; die Standardeingabe. Endet mit 0 und dem Daten-URI oder mit 2 und dem Grund in der Standardfehlerausgabe (auch wenn das Bildmodul fehlt, das dieser Befehl lädt).</translation>
    </message>
</context>
<context>
    <name>OAuthAppIconModule</name>
    <message>
        <source>oauth-app icon needs its image module, %1, which is not installed (looked for %2). Reinstall portalkeys-cli.</source>
        <translation>oauth-app icon braucht sein Bildmodul %1, das nicht installiert ist (gesucht: %2). Installieren Sie portalkeys-cli neu.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>oauth-app icon cannot load its image module %1: %2. Reinstall portalkeys-cli.</source>
        <translation>oauth-app icon kann sein Bildmodul %1 nicht laden: %2. Installieren Sie portalkeys-cli neu.</translation>
    </message>
    <message>
        <source>The image module %1 is not the one this portalkeys-cli was built with (it has no %2). Reinstall portalkeys-cli.</source>
        <translation>Das Bildmodul %1 gehört nicht zu diesem portalkeys-cli (es hat kein %2). Installieren Sie portalkeys-cli neu.</translation>
    </message>
</context>
<context>
    <name>OAuthAppListCommand</name>
    <message>
        <source>Print the apps as a JSON list, as the portal describes them.</source>
        <translation>Die Apps als JSON-Liste ausgeben, so wie das Portal sie beschreibt.</translation>
    </message>
    <message>
        <source>List the OAuth apps registered on a portal, newest first.</source>
        <translation>Die auf einem Portal registrierten OAuth-Apps auflisten, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>Lists every app of the portal, newest first: client ID, enabled or disabled, when it was registered, and its name. The portal hands the list out in pages of at most %1; all of them are fetched. Client secrets are never part of the list.</source>
        <translation>Listet alle Apps des Portals auf, die neuesten zuerst: Client-ID, aktiviert oder deaktiviert, Registrierungszeitpunkt und Name. Das Portal liefert die Liste in Seiten von höchstens %1 aus; alle werden abgerufen. Client-Secrets sind nie Teil der Liste.</translation>
    </message>
    <message numerus="yes">
        <source>the portal kept sending pages; only the first %n apps are listed.</source>
        <translation>
            <numerusform>das Portal hat immer weitere Seiten gesendet; nur die erste %n App wird aufgelistet.</numerusform>
            <numerusform>das Portal hat immer weitere Seiten gesendet; nur die ersten %n Apps werden aufgelistet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No OAuth apps are registered on %1. Register one with: portalkeys-cli oauth-app create FILE.json …</source>
        <translation>Auf %1 sind keine OAuth-Apps registriert. Registrieren Sie eine mit: portalkeys-cli oauth-app create FILE.json …</translation>
    </message>
</context>
<context>
    <name>OAuthAppOnlineSubcommand</name>
    <message>
        <source>%1: too many arguments (%2 given, %3 expected); they are not repeated here in case one is a secret. Run “portalkeys-cli %1 --help”.</source>
        <translation>%1: zu viele Argumente (%2 angegeben, %3 erwartet); sie werden hier nicht wiederholt, falls eines davon ein Secret ist. Führen Sie „portalkeys-cli %1 --help“ aus.</translation>
    </message>
    <message>
        <source>%1: give %2. Run “portalkeys-cli %1 --help”.</source>
        <translation>%1: Geben Sie %2 an. Führen Sie „portalkeys-cli %1 --help“ aus.</translation>
    </message>
    <message>
        <source>%1: an argument is empty.</source>
        <translation>%1: Ein Argument ist leer.</translation>
    </message>
    <message>
        <source>There is no OAuth app with the client ID “%1” on %2.</source>
        <translation>Auf %2 gibt es keine OAuth-App mit der Client-ID „%1“.</translation>
    </message>
    <message>
        <source>Keep the client secret in the keychain as the named secret NAME (see “portalkeys-cli secret”) instead of printing it.</source>
        <translation>Das Client-Secret im Schlüsselbund als benanntes Secret NAME speichern (siehe „portalkeys-cli secret“), statt es auszugeben.</translation>
    </message>
    <message>
        <source>The client secret could not be kept and is not shown. Once the keychain works, store it with: portalkeys-cli oauth-app show %1 --store-secret %2 …</source>
        <translation>Das Client-Secret konnte nicht gespeichert werden und wird nicht angezeigt. Sobald der Schlüsselbund funktioniert, speichern Sie es mit: portalkeys-cli oauth-app show %1 --store-secret %2 …</translation>
    </message>
    <message>
        <source>keep the client secret safe: anyone who has it can sign in as the app (next time, --store-secret NAME puts it in the keychain instead). The portal gives it again to its admins and the app&apos;s creator: portalkeys-cli oauth-app show %1 … --reveal-secret</source>
        <translation>bewahren Sie das Client-Secret sicher auf: Wer es besitzt, kann sich als die App anmelden (beim nächsten Mal speichert --store-secret NAME es stattdessen im Schlüsselbund). Das Portal gibt es seinen Administratoren und dem Ersteller der App erneut heraus: portalkeys-cli oauth-app show %1 … --reveal-secret</translation>
    </message>
    <message>
        <source>The client secret is in the keychain as the named secret “%1” (it replaced the secret stored under that name before).</source>
        <translation>Das Client-Secret liegt im Schlüsselbund als benanntes Secret „%1“ (es hat das zuvor unter diesem Namen gespeicherte Secret ersetzt).</translation>
    </message>
    <message>
        <source>The client secret is in the keychain as the named secret “%1”.</source>
        <translation>Das Client-Secret liegt im Schlüsselbund als benanntes Secret „%1“.</translation>
    </message>
    <message>
        <source>PORTAL is --portal NAME for a saved portal, or --url URL with --api-key-env NAME, --token-env NAME, or --user EMAIL and --password-env NAME. Managing OAuth apps needs a portal admin; the portal&apos;s app registry is reached with a short-lived signature the portal issues to that admin, renewed once when it expires. Exit codes: 0 done, 1 refused for the data given or not found, 2 bad usage or input (nothing sent), 3 network or TLS, 4 credentials or permission, 5 keychain.</source>
        <translation>PORTAL ist --portal NAME für ein gespeichertes Portal oder --url URL zusammen mit --api-key-env NAME, --token-env NAME oder --user EMAIL und --password-env NAME. Zum Verwalten von OAuth-Apps ist ein Portaladministrator erforderlich; die App-Registrierung des Portals wird mit einer kurzlebigen Signatur erreicht, die das Portal diesem Administrator ausstellt und die nach Ablauf einmal erneuert wird. Exit-Codes: 0 erledigt, 1 für die angegebenen Daten abgelehnt oder nicht gefunden, 2 falsche Verwendung oder Eingabe (nichts gesendet), 3 Netzwerk oder TLS, 4 Anmeldedaten oder Berechtigung, 5 Schlüsselbund.</translation>
    </message>
</context>
<context>
    <name>OAuthAppRegenerateSecretCommand</name>
    <message>
        <source>Give an OAuth app a new client secret; the old one stops working at once.</source>
        <translation>Einer OAuth-App ein neues Client-Secret geben; das alte wird sofort ungültig.</translation>
    </message>
    <message>
        <source>Has the portal make a new client secret for the app with the client ID “ID”. The old secret stops working at once: every integration that uses it needs the new one. A secret that was only misplaced needs no new one: “oauth-app show ID --reveal-secret” reads the current one again. As with “create”, with --store-secret NAME the new secret goes to the keychain as a named secret and is not printed; without it, it is printed on standard output (“client_secret: …”) with a reminder on standard error.</source>
        <translation>Lässt das Portal ein neues Client-Secret für die App mit der Client-ID „ID“ erstellen. Das alte Secret wird sofort ungültig: Jede Integration, die es verwendet, benötigt das neue. Ein nur verlegtes Secret erfordert kein neues: „oauth-app show ID --reveal-secret“ liest das aktuelle erneut aus. Wie bei „create“ wird das neue Secret mit --store-secret NAME als benanntes Secret im Schlüsselbund gespeichert und nicht ausgegeben; ohne diese Option wird es auf der Standardausgabe ausgegeben („client_secret: …“), mit einem Hinweis auf der Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>The portal answered without the new client secret. The old one may no longer work; run the command again.</source>
        <translation>Das Portal hat ohne das neue Client-Secret geantwortet. Das alte funktioniert möglicherweise nicht mehr; führen Sie den Befehl erneut aus.</translation>
    </message>
    <message>
        <source>The OAuth app %1 on %2 has a new client secret; the old one no longer works.</source>
        <translation>Die OAuth-App %1 auf %2 hat ein neues Client-Secret; das alte funktioniert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>OAuthAppShowCommand</name>
    <message>
        <source>Print the app as the portal describes it (JSON); the file can be edited and given to “oauth-app update”. The client secret is left out unless --reveal-secret is given.</source>
        <translation>Die App so ausgeben, wie das Portal sie beschreibt (JSON); die Datei kann bearbeitet und an „oauth-app update“ übergeben werden. Das Client-Secret wird weggelassen, sofern --reveal-secret nicht angegeben ist.</translation>
    </message>
    <message>
        <source>Print the client secret in clear instead of masked (as “client_secret” with --json).</source>
        <translation>Das Client-Secret im Klartext statt maskiert ausgeben (mit --json als „client_secret“).</translation>
    </message>
    <message>
        <source>Show one OAuth app of a portal, its client secret masked unless asked for.</source>
        <translation>Eine OAuth-App eines Portals anzeigen, ihr Client-Secret maskiert, sofern nicht anders angefordert.</translation>
    </message>
    <message>
        <source>Shows the app with the client ID “ID”: its name, state, URLs, redirect URIs, allowed origins, scopes and who registered it when. Exits 1 when there is no such app, or when the secret was asked for and the portal sent none.</source>
        <translation>Zeigt die App mit der Client-ID „ID“ an: Name, Status, URLs, Weiterleitungs-URIs, zugelassene Ursprünge, Bereiche und wer sie wann registriert hat. Endet mit 1, wenn es keine solche App gibt oder wenn das Secret angefordert wurde und das Portal keines gesendet hat.</translation>
    </message>
    <message>
        <source>The portal gives the client secret to its admins and to the app&apos;s creator whenever they ask, so a secret that was not kept can be read again here: there is no need to regenerate it, which would break every integration that uses it. It is shown masked; --reveal-secret prints it, and --store-secret NAME keeps it in the keychain as a named secret (for example for “oauth-app try ID --client-secret-keychain NAME”) without printing it.</source>
        <translation>Das Portal gibt das Client-Secret seinen Administratoren und dem Ersteller der App jederzeit auf Anfrage heraus; ein nicht gesichertes Secret lässt sich daher hier erneut auslesen: Es muss nicht neu generiert werden, was jede Integration, die es verwendet, unterbrechen würde. Es wird maskiert angezeigt; --reveal-secret gibt es aus, und --store-secret NAME speichert es als benanntes Secret im Schlüsselbund (z. B. für „oauth-app try ID --client-secret-keychain NAME“), ohne es auszugeben.</translation>
    </message>
    <message>
        <source>The portal sent no client secret for the app %1.</source>
        <translation>Das Portal hat kein Client-Secret für die App %1 gesendet.</translation>
    </message>
    <message>
        <source>******** (hidden; --reveal-secret prints it)</source>
        <translation>******** (ausgeblendet; --reveal-secret gibt es aus)</translation>
    </message>
    <message>
        <source>******** (in the keychain as “%1”)</source>
        <translation>******** (im Schlüsselbund als „%1“)</translation>
    </message>
</context>
<context>
    <name>OAuthAppSubcommand</name>
    <message>
        <source>%1: unexpected argument “%2”. Run “portalkeys-cli %1 --help”.</source>
        <translation>%1: unerwartetes Argument „%2“. Führen Sie „portalkeys-cli %1 --help“ aus.</translation>
    </message>
    <message>
        <source>%1: give %2 (&quot;-&quot; for standard input). Run “portalkeys-cli %1 --help”.</source>
        <translation>%1: Geben Sie %2 an (&quot;-&quot; für die Standardeingabe). Führen Sie „portalkeys-cli %1 --help“ aus.</translation>
    </message>
</context>
<context>
    <name>OAuthAppText</name>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>CLIENT ID</source>
        <translation>CLIENT-ID</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>allowed: the app may sign in without its secret</source>
        <translation>zugelassen: Die App darf sich ohne ihr Secret anmelden</translation>
    </message>
    <message>
        <source>not allowed: the app signs in with its secret</source>
        <translation>nicht zugelassen: Die App meldet sich mit ihrem Secret an</translation>
    </message>
    <message>
        <source>%1, %2×%3, %4 bytes</source>
        <translation>%1, %2×%3, %4 Bytes</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>OAuthAppTryCommand</name>
    <message>
        <source>Sign in as a confidential client with the client secret kept in the keychain as the named secret NAME (e.g. by “create --store-secret NAME”).</source>
        <translation>Als vertraulicher Client mit dem Client-Secret anmelden, das im Schlüsselbund als benanntes Secret NAME gespeichert ist (z. B. durch „create --store-secret NAME“).</translation>
    </message>
    <message>
        <source>Sign in as a public client, with PKCE and no secret (the app must allow PKCE).</source>
        <translation>Als öffentlicher Client anmelden, mit PKCE und ohne Secret (die App muss PKCE zulassen).</translation>
    </message>
    <message>
        <source>Ask for these scopes (separated by spaces) rather than all the app&apos;s scopes.</source>
        <translation>Diese Bereiche anfordern (durch Leerzeichen getrennt) statt aller Bereiche der App.</translation>
    </message>
    <message>
        <source>Only print the address to open, e.g. on a machine without a browser.</source>
        <translation>Nur die zu öffnende Adresse ausgeben, z. B. auf einem Rechner ohne Browser.</translation>
    </message>
    <message>
        <source>Listen for the browser&apos;s redirect on this port of 127.0.0.1 (default: the port of the app&apos;s 127.0.0.1 redirect URI when it names one, else any free port).</source>
        <translation>Auf diesem Port von 127.0.0.1 auf die Weiterleitung des Browsers warten (Standard: der Port der 127.0.0.1-Weiterleitungs-URI der App, sofern sie einen nennt, sonst ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>Also print the access and refresh tokens. They let anyone act as you until they expire.</source>
        <translation>Zusätzlich das Zugriffs- und das Aktualisierungstoken ausgeben. Damit kann jeder bis zu ihrem Ablauf in Ihrem Namen handeln.</translation>
    </message>
    <message>
        <source>Sign in with an OAuth app in the browser, as its users would, and show the token&apos;s claims.</source>
        <translation>Sich im Browser mit einer OAuth-App anmelden, wie es ihre Benutzer tun würden, und die Claims des Tokens anzeigen.</translation>
    </message>
    <message>
        <source>Runs the authorization code flow with PKCE (S256) for the app with the client ID “ID”: the sign-in address is printed on standard error and opened in the browser; after you approve, the browser comes back to a one-shot listener on 127.0.0.1, the code is exchanged for tokens, and the access token&apos;s claims (issuer, subject, client, scopes, times) are printed. The app needs a redirect URI on http://127.0.0.1/callback (any port, unless it names one). Ctrl+C stops waiting.</source>
        <translation>Führt den Autorisierungscode-Flow mit PKCE (S256) für die App mit der Client-ID „ID“ aus: Die Anmeldeadresse wird auf der Standardfehlerausgabe ausgegeben und im Browser geöffnet; nach Ihrer Zustimmung kehrt der Browser zu einem einmaligen Listener auf 127.0.0.1 zurück, der Code wird gegen Token getauscht, und die Claims des Zugriffstokens (Aussteller, Subjekt, Client, Bereiche, Zeiten) werden ausgegeben. Die App benötigt eine Weiterleitungs-URI auf http://127.0.0.1/callback (beliebiger Port, sofern sie keinen nennt). Ctrl+C beendet das Warten.</translation>
    </message>
    <message>
        <source>The tokens are secrets: they are never kept, and printed only with --show-tokens. A confidential client&apos;s secret comes from the keychain (--client-secret-keychain NAME), never from the command line. Exits 0 after a sign-in, 1 when the portal refuses it or the app is disabled, 2 when the app cannot be tried as asked (e.g. --public for an app without PKCE, a scope it does not have).</source>
        <translation>Die Token sind Secrets: Sie werden niemals gespeichert und nur mit --show-tokens ausgegeben. Das Secret eines vertraulichen Clients stammt aus dem Schlüsselbund (--client-secret-keychain NAME), niemals von der Befehlszeile. Endet mit 0 nach einer Anmeldung, mit 1, wenn das Portal sie ablehnt oder die App deaktiviert ist, mit 2, wenn die App nicht wie gewünscht ausprobiert werden kann (z. B. --public für eine App ohne PKCE, ein Bereich, den sie nicht hat).</translation>
    </message>
    <message>
        <source>oauth-app try: give either --client-secret-keychain NAME (a confidential client) or --public (PKCE without a secret).</source>
        <translation>oauth-app try: Geben Sie entweder --client-secret-keychain NAME (ein vertraulicher Client) oder --public (PKCE ohne Secret) an.</translation>
    </message>
    <message>
        <source>--redirect-port takes a port number from 1 to 65535.</source>
        <translation>--redirect-port erwartet eine Portnummer von 1 bis 65535.</translation>
    </message>
    <message>
        <source>--scopes names no scope.</source>
        <translation>--scopes nennt keinen Bereich.</translation>
    </message>
    <message>
        <source>No secret is stored under “%1”. Keep the app&apos;s secret there with “oauth-app show ID … --store-secret %1”.</source>
        <translation>Unter „%1“ ist kein Secret gespeichert. Speichern Sie das Secret der App dort mit „oauth-app show ID … --store-secret %1“.</translation>
    </message>
    <message>
        <source>The app “%1” is disabled, so the portal signs nobody in with it. Enable it first: portalkeys-cli oauth-app enable %2 …</source>
        <translation>Die App „%1“ ist deaktiviert, daher meldet das Portal niemanden damit an. Aktivieren Sie sie zuerst: portalkeys-cli oauth-app enable %2 …</translation>
    </message>
    <message>
        <source>The app “%1” does not allow public clients (PKCE without a secret); try it with its secret: --client-secret-keychain NAME.</source>
        <translation>Die App „%1“ lässt keine öffentlichen Clients zu (PKCE ohne Secret); probieren Sie sie mit ihrem Secret aus: --client-secret-keychain NAME.</translation>
    </message>
    <message>
        <source>The app “%1” may not ask for %2; its scopes are: %3.</source>
        <translation>Die App „%1“ darf %2 nicht anfordern; ihre Bereiche sind: %3.</translation>
    </message>
    <message>
        <source>The app “%1” has no redirect URI %2 (any port), so the portal would not send the browser back to portalkeys-cli. Its redirect URIs cannot change after registration: to try an app here, register it with %2 among them.</source>
        <translation>Die App „%1“ hat keine Weiterleitungs-URI %2 (beliebiger Port), daher würde das Portal den Browser nicht an portalkeys-cli zurückleiten. Ihre Weiterleitungs-URIs lassen sich nach der Registrierung nicht ändern: Um eine App hier auszuprobieren, registrieren Sie sie mit %2 unter diesen URIs.</translation>
    </message>
    <message>
        <source>Listening on port %1, the port of the app&apos;s redirect URI.</source>
        <translation>Lauscht auf Port %1, dem Port der Weiterleitungs-URI der App.</translation>
    </message>
    <message>
        <source>Open this address in your browser: %1</source>
        <translation>Öffnen Sie diese Adresse in Ihrem Browser: %1</translation>
    </message>
    <message>
        <source>No browser could be started; open the address yourself.</source>
        <translation>Es konnte kein Browser gestartet werden; öffnen Sie die Adresse selbst.</translation>
    </message>
    <message>
        <source>Waiting for the browser to come back (Ctrl+C to stop)…</source>
        <translation>Warten auf die Rückkehr des Browsers (Ctrl+C zum Beenden)…</translation>
    </message>
    <message>
        <source>The browser came back; getting the tokens…</source>
        <translation>Der Browser ist zurückgekehrt; Token werden abgerufen…</translation>
    </message>
    <message>
        <source>Signed in with the OAuth app “%1” (%2) as a public client (PKCE, no secret).</source>
        <translation>Mit der OAuth-App „%1“ (%2) als öffentlicher Client angemeldet (PKCE, ohne Secret).</translation>
    </message>
    <message>
        <source>Signed in with the OAuth app “%1” (%2) as a confidential client (PKCE and its secret).</source>
        <translation>Mit der OAuth-App „%1“ (%2) als vertraulicher Client angemeldet (PKCE und ihr Secret).</translation>
    </message>
    <message>
        <source>Granted scopes: %1</source>
        <translation>Gewährte Bereiche: %1</translation>
    </message>
    <message>
        <source>The access token is a JWT signed with %1. Its claims:</source>
        <translation>Das Zugriffstoken ist ein mit %1 signiertes JWT. Seine Claims:</translation>
    </message>
    <message>
        <source>The access token is a JWT signed with %1 (key %2). Its claims:</source>
        <translation>Das Zugriffstoken ist ein mit %1 signiertes JWT (Schlüssel %2). Seine Claims:</translation>
    </message>
    <message>
        <source>The access token is not a JWT, so it has no claims to show.</source>
        <translation>Das Zugriffstoken ist kein JWT und hat daher keine Claims, die angezeigt werden könnten.</translation>
    </message>
    <message>
        <source>No refresh token was issued.</source>
        <translation>Es wurde kein Aktualisierungstoken ausgestellt.</translation>
    </message>
    <message>
        <source>A refresh token was issued too.</source>
        <translation>Es wurde auch ein Aktualisierungstoken ausgestellt.</translation>
    </message>
    <message>
        <source>The tokens are not shown (--show-tokens prints them) and were not kept.</source>
        <translation>Die Token werden nicht angezeigt (--show-tokens gibt sie aus) und wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source>the tokens above let anyone act as you within their scopes until they expire; they were not kept anywhere else.</source>
        <translation>mit den obigen Token kann jeder innerhalb ihrer Bereiche bis zu ihrem Ablauf in Ihrem Namen handeln; sie wurden nirgendwo sonst gespeichert.</translation>
    </message>
</context>
<context>
    <name>OAuthAppUpdateCommand</name>
    <message>
        <source>The portal does not let a registered app change it.</source>
        <translation>Das Portal lässt bei einer registrierten App keine Änderung dieses Feldes zu.</translation>
    </message>
    <message>
        <source>Change a registered OAuth app from a JSON file (only what the portal lets change).</source>
        <translation>Eine registrierte OAuth-App anhand einer JSON-Datei ändern (nur, was das Portal ändern lässt).</translation>
    </message>
    <message>
        <source>Reads the app from FILE.json — a draft, a file saved with “oauth-app show ID --json” and edited, or only the members to change, such as {&quot;name&quot;: &quot;New name&quot;} — and changes the app with the client ID “ID”. Members the file leaves out keep their values. Reads standard input for &quot;-&quot;.</source>
        <translation>Liest die App aus FILE.json – einem Entwurf, einer mit „oauth-app show ID --json“ gespeicherten und bearbeiteten Datei oder nur den zu ändernden Feldern, etwa {&quot;name&quot;: &quot;Neuer Name&quot;} – und ändert die App mit der Client-ID „ID“. Felder, die in der Datei fehlen, behalten ihre Werte. Liest bei &quot;-&quot; von der Standardeingabe.</translation>
    </message>
    <message>
        <source>The portal lets an update change only %1. When the file changes anything else (%2), each such field is named on standard error (“field: warning: why”) and left as it is; register a new app to change it (or use “oauth-app enable” and “disable”). What the portal assigns (created_on, tenant, …) is ignored; a client_id other than ID is refused. The file&apos;s members are checked first as “oauth-app validate” does; with errors nothing is sent (exit 2). Exits 1 when the file asks only for changes the portal does not allow, or the portal refuses the change (each field it names as “field: message”).</source>
        <translation>Das Portal lässt bei einer Aktualisierung nur Änderungen an %1 zu. Ändert die Datei etwas anderes (%2), wird jedes solche Feld auf der Standardfehlerausgabe genannt („field: warning: why“) und unverändert gelassen; registrieren Sie eine neue App, um es zu ändern (oder verwenden Sie „oauth-app enable“ und „disable“). Vom Portal vergebene Werte (created_on, tenant, …) werden ignoriert; eine andere client_id als ID wird abgelehnt. Die Felder der Datei werden zuerst wie bei „oauth-app validate“ geprüft; bei Fehlern wird nichts gesendet (Exit-Code 2). Endet mit 1, wenn die Datei nur Änderungen verlangt, die das Portal nicht zulässt, oder das Portal die Änderung ablehnt (jedes genannte Feld als „field: message“).</translation>
    </message>
    <message>
        <source>“%1” describes the app %2, not %3; nothing was sent. Give the matching ID, or remove client_id from the file.</source>
        <translation>„%1“ beschreibt die App %2, nicht %3; nichts wurde gesendet. Geben Sie die passende ID an oder entfernen Sie client_id aus der Datei.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n error(s); nothing was sent.</source>
        <translation>
            <numerusform>„%1“ enthält %n Fehler; nichts wurde gesendet.</numerusform>
            <numerusform>„%1“ enthält %n Fehler; nichts wurde gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>not changed. %1</source>
        <translation>nicht geändert. %1</translation>
    </message>
    <message>
        <source>Nothing was changed: the portal does not let a registered app change %1.</source>
        <translation>Nichts wurde geändert: Das Portal lässt bei einer registrierten App keine Änderung an %1 zu.</translation>
    </message>
    <message>
        <source>Nothing to change: the app %1 already has these values.</source>
        <translation>Nichts zu ändern: Die App %1 hat bereits diese Werte.</translation>
    </message>
    <message>
        <source>Updated the OAuth app “%1” (%2) on %3: %4.</source>
        <translation>OAuth-App „%1“ (%2) auf %3 aktualisiert: %4.</translation>
    </message>
</context>
<context>
    <name>OAuthAppValidateCommand</name>
    <message>
        <source>Print the findings as JSON for scripts.</source>
        <translation>Die Befunde als JSON für Skripte ausgeben.</translation>
    </message>
    <message>
        <source>Check a draft app (JSON) with the portal&apos;s rules, offline.</source>
        <translation>Einen App-Entwurf (JSON) offline anhand der Regeln des Portals prüfen.</translation>
    </message>
    <message>
        <source>Checks a draft OAuth app — the JSON body the portal takes to register an app, or an app as the portal returns it — with the rules of the portal&apos;s identity service and of its registration form: required fields, lengths, URL patterns, redirect URLs and allowed origins, scopes and the icon. Reads standard input for &quot;-&quot;.</source>
        <translation>Prüft einen OAuth-App-Entwurf – den JSON-Body, den das Portal zum Registrieren einer App annimmt, oder eine App, wie das Portal sie zurückgibt – anhand der Regeln des Identitätsdienstes des Portals und seines Registrierungsformulars: Pflichtfelder, Längen, URL-Muster, Weiterleitungs-URLs und zugelassene Ursprünge, Bereiche und das Symbol. Liest bei &quot;-&quot; von der Standardeingabe.</translation>
    </message>
    <message>
        <source>Each finding goes to standard error as one line, “field: message” (list entries as “redirect_uris[0]”, counted from 0; warnings as “field: warning: message”). Exits 0 when the portal would take the app (warnings allowed), 2 when it would not or the file cannot be read.</source>
        <translation>Jeder Befund wird als eine Zeile auf der Standardfehlerausgabe ausgegeben, „field: message“ (Listeneinträge als „redirect_uris[0]“, ab 0 gezählt; Warnungen als „field: warning: message“). Endet mit 0, wenn das Portal die App annehmen würde (Warnungen erlaubt), mit 2, wenn nicht oder wenn die Datei nicht gelesen werden kann.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>“%1” is not valid JSON: %2.</source>
        <translation>„%1“ ist kein gültiges JSON: %2.</translation>
    </message>
    <message>
        <source>“%1” does not hold an OAuth app: a JSON object is expected.</source>
        <translation>„%1“ enthält keine OAuth-App: Ein JSON-Objekt wird erwartet.</translation>
    </message>
    <message>
        <source>Valid: the portal would take this app as it is.</source>
        <translation>Gültig: Das Portal würde diese App so annehmen, wie sie ist.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a valid OAuth app: %n error(s).</source>
        <translation>
            <numerusform>„%1“ ist keine gültige OAuth-App: %n Fehler.</numerusform>
            <numerusform>„%1“ ist keine gültige OAuth-App: %n Fehler.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineLauncher</name>
    <message>
        <source>“%1” needs %2, which is not installed (looked for %3). Reinstall portalkeys-cli.</source>
        <translation>„%1“ braucht %2, das nicht installiert ist (gesucht: %3). Installieren Sie portalkeys-cli neu.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Cannot load %1: %2. Reinstall portalkeys-cli.</source>
        <translation>%1 kann nicht geladen werden: %2. Installieren Sie portalkeys-cli neu.</translation>
    </message>
</context>
<context>
    <name>PasswordSignIn</name>
    <message>
        <source>The portal asks for a two-factor code; give it with --tfa-code-env NAME or type it when asked.</source>
        <translation>Das Portal verlangt einen Zwei-Faktor-Code; geben Sie ihn mit --tfa-code-env NAME an oder tippen Sie ihn bei der Abfrage ein.</translation>
    </message>
    <message>
        <source>Two-factor code for %1 (from your authenticator app): </source>
        <translation>Zwei-Faktor-Code für %1 (aus Ihrer Authentifizierungs-App): </translation>
    </message>
</context>
<context>
    <name>PkceCommand</name>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>JSON für Skripte ausgeben.</translation>
    </message>
    <message>
        <source>the code verifier</source>
        <translation>den Code-Verifier</translation>
    </message>
    <message>
        <source>Make a PKCE code verifier and challenge (S256), or the challenge of a verifier.</source>
        <translation>Einen PKCE-Code-Verifier mit Challenge (S256) erzeugen oder die Challenge zu einem Verifier berechnen.</translation>
    </message>
    <message>
        <source>Without a verifier, prints a fresh code_verifier (32 random bytes, base64url) and its code_challenge, for trying an OAuth app&apos;s sign-in by hand. With a verifier, prints only its code_challenge (the verifier itself is not repeated). The method is always S256 (RFC 7636).</source>
        <translation>Ohne Verifier wird ein neuer code_verifier (32 zufällige Bytes, base64url) mit seiner code_challenge ausgegeben, um die Anmeldung einer OAuth-App von Hand auszuprobieren. Mit einem Verifier wird nur dessen code_challenge ausgegeben (der Verifier selbst wird nicht wiederholt). Die Methode ist immer S256 (RFC 7636).</translation>
    </message>
    <message>
        <source>pkce takes no plain arguments; give a verifier with --verifier-env NAME or --verifier-file PATH.</source>
        <translation>pkce akzeptiert keine einfachen Argumente; geben Sie einen Verifier mit --verifier-env NAME oder --verifier-file PATH an.</translation>
    </message>
</context>
<context>
    <name>PortalAddCommand</name>
    <message>
        <source>the API key</source>
        <translation>den API-Schlüssel</translation>
    </message>
    <message>
        <source>the password</source>
        <translation>das Passwort</translation>
    </message>
    <message>
        <source>the access token</source>
        <translation>das Zugriffstoken</translation>
    </message>
    <message>
        <source>the client secret</source>
        <translation>das Client-Secret</translation>
    </message>
    <message>
        <source>The portal&apos;s address, e.g. https://portal.example.com (https is required except for this computer).</source>
        <translation>Die Adresse des Portals, z. B. https://portal.example.com (https ist erforderlich, außer für diesen Computer).</translation>
    </message>
    <message>
        <source>How to sign in: apikey, basic, token or oauth2.</source>
        <translation>Anmeldeart: apikey, basic, token oder oauth2.</translation>
    </message>
    <message>
        <source>The e-mail address to sign in with (basic; token: sign in with the password and keep only the login token).</source>
        <translation>Die E-Mail-Adresse für die Anmeldung (basic; token: mit dem Passwort anmelden und nur das Anmeldetoken speichern).</translation>
    </message>
    <message>
        <source>the API key, password, access token or client secret</source>
        <translation>den API-Schlüssel, das Passwort, das Zugriffstoken oder das Client-Secret</translation>
    </message>
    <message>
        <source>oauth2: the client ID of the portal&apos;s OAuth app.</source>
        <translation>oauth2: die Client-ID der OAuth-App des Portals.</translation>
    </message>
    <message>
        <source>oauth2: the scopes to ask for, separated by spaces (default: the app&apos;s scopes).</source>
        <translation>oauth2: die anzufordernden Bereiche, durch Leerzeichen getrennt (Standard: die Bereiche der App).</translation>
    </message>
    <message>
        <source>oauth2: the OAuth server when it is not the portal itself.</source>
        <translation>oauth2: der OAuth-Server, falls es nicht das Portal selbst ist.</translation>
    </message>
    <message>
        <source>Trust the certificate with this SHA-256 fingerprint despite TLS errors.</source>
        <translation>Dem Zertifikat mit diesem SHA-256-Fingerabdruck trotz TLS-Fehlern vertrauen.</translation>
    </message>
    <message>
        <source>Wait at most SECONDS for each answer (default %1).</source>
        <translation>Höchstens SECONDS auf jede Antwort warten (Standard %1).</translation>
    </message>
    <message>
        <source>token with --user: read the two-factor code from the environment variable NAME (else it is asked for when the portal wants one).</source>
        <translation>token mit --user: den Zwei-Faktor-Code aus der Umgebungsvariable NAME lesen (sonst wird er abgefragt, wenn das Portal einen verlangt).</translation>
    </message>
    <message>
        <source>Save a portal and keep its credentials in the keychain.</source>
        <translation>Ein Portal speichern und seine Anmeldedaten im Schlüsselbund ablegen.</translation>
    </message>
    <message>
        <source>Saves the portal under NAME and its secret in the keychain; the portal list itself holds no secret. The secret is read from an environment variable or a file (--secret-file - for standard input), never from the command line.</source>
        <translation>Speichert das Portal unter NAME und sein Secret im Schlüsselbund; die Portalliste selbst enthält kein Secret. Das Secret wird aus einer Umgebungsvariable oder einer Datei gelesen (--secret-file - für die Standardeingabe), niemals von der Befehlszeile.</translation>
    </message>
    <message>
        <source>The secret, by kind:</source>
        <translation>Das Secret je nach Art:</translation>
    </message>
    <message>
        <source>the API key (sk-…) from Developer Tools → API keys</source>
        <translation>der API-Schlüssel (sk-…) aus Entwicklertools → API-Schlüssel</translation>
    </message>
    <message>
        <source>the password of --user, sent with every request</source>
        <translation>das Passwort von --user, wird bei jeder Anfrage gesendet</translation>
    </message>
    <message>
        <source>with --user, the password: PortalKeys signs in (asking for the two-factor code if needed) and keeps only the login token; without --user, a personal access token</source>
        <translation>mit --user das Passwort: PortalKeys meldet sich an (fragt bei Bedarf den Zwei-Faktor-Code ab) und speichert nur das Anmeldetoken; ohne --user ein persönliches Zugriffstoken</translation>
    </message>
    <message>
        <source>the client secret, if the app has one; then run “portalkeys-cli portal login NAME”</source>
        <translation>das Client-Secret, falls die App eines hat; führen Sie dann „portalkeys-cli portal login NAME“ aus</translation>
    </message>
    <message>
        <source>--%1 does not go with --auth %2.</source>
        <translation>--%1 passt nicht zu --auth %2.</translation>
    </message>
    <message>
        <source>--tfa-code-env goes with --user: the code is for signing in with a password.</source>
        <translation>--tfa-code-env gehört zu --user: Der Code dient der Anmeldung mit einem Passwort.</translation>
    </message>
    <message>
        <source>portal a NAME</source>
        <translation>NAME für das Portal</translation>
    </message>
    <message>
        <source>portal add: give --url URL and --auth apikey|basic|token|oauth2.</source>
        <translation>portal add: Geben Sie --url URL und --auth apikey|basic|token|oauth2 an.</translation>
    </message>
    <message>
        <source>Unknown --auth “%1”: use apikey, basic, token or oauth2.</source>
        <translation>Unbekannter Wert für --auth „%1“: Verwenden Sie apikey, basic, token oder oauth2.</translation>
    </message>
    <message>
        <source>--oauth-server: %1</source>
        <translation>--oauth-server: %1</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds.</source>
        <translation>--timeout erwartet eine Anzahl von Sekunden.</translation>
    </message>
    <message>
        <source>There is already a portal named “%1”. Choose another name, or remove it first with “portalkeys-cli portal remove %2”.</source>
        <translation>Es gibt bereits ein Portal namens „%1“. Wählen Sie einen anderen Namen oder entfernen Sie es zuerst mit „portalkeys-cli portal remove %2“.</translation>
    </message>
    <message>
        <source>%1 It is stored anyway.</source>
        <translation>%1 Der Schlüssel wird trotzdem gespeichert.</translation>
    </message>
    <message>
        <source>Signed in as %1; the keychain keeps the login token (valid until %2), not the password.</source>
        <translation>Angemeldet als %1; der Schlüsselbund enthält das Anmeldetoken (gültig bis %2), nicht das Passwort.</translation>
    </message>
    <message>
        <source>Signed in as %1; the keychain keeps the login token, not the password.</source>
        <translation>Angemeldet als %1; der Schlüsselbund enthält das Anmeldetoken, nicht das Passwort.</translation>
    </message>
    <message>
        <source>Added the portal “%1”: %2, %3.</source>
        <translation>Portal „%1“ hinzugefügt: %2, %3.</translation>
    </message>
    <message>
        <source>Next, sign in with the browser: portalkeys-cli portal login %1</source>
        <translation>Melden Sie sich als Nächstes im Browser an: portalkeys-cli portal login %1</translation>
    </message>
    <message>
        <source>Check it with: portalkeys-cli portal test %1</source>
        <translation>Prüfen Sie es mit: portalkeys-cli portal test %1</translation>
    </message>
</context>
<context>
    <name>PortalCommand</name>
    <message>
        <source>Save the portals you manage, with their credentials in the keychain, and test them.</source>
        <translation>Die von Ihnen verwalteten Portale speichern, mit ihren Anmeldedaten im Schlüsselbund, und sie testen.</translation>
    </message>
    <message>
        <source>Credential kinds: apikey (an API key from Developer Tools), basic (e-mail and password), token (a login token from e-mail and password, or a pasted personal access token) and oauth2 (sign in with the browser to an OAuth app registered on the portal). The portal list holds no secret; secrets live only in the OS keychain.</source>
        <translation>Arten von Anmeldedaten: apikey (ein API-Schlüssel aus den Entwicklertools), basic (E-Mail und Passwort), token (ein Anmeldetoken aus E-Mail und Passwort oder ein eingefügtes persönliches Zugriffstoken) und oauth2 (Anmeldung im Browser bei einer auf dem Portal registrierten OAuth-App). Die Portalliste enthält kein Secret; Secrets liegen nur im Schlüsselbund des Betriebssystems.</translation>
    </message>
</context>
<context>
    <name>PortalErrorReport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PortalListCommand</name>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>JSON für Skripte ausgeben.</translation>
    </message>
    <message>
        <source>List the saved portals (never their secrets).</source>
        <translation>Die gespeicherten Portale auflisten (niemals ihre Secrets).</translation>
    </message>
    <message>
        <source>Shows each saved portal&apos;s name, address, credential kind, e-mail or OAuth client ID, and whether a certificate is pinned. Secrets stay in the keychain and are never shown.</source>
        <translation>Zeigt für jedes gespeicherte Portal Name, Adresse, Art der Anmeldedaten, E-Mail-Adresse oder OAuth-Client-ID an und ob ein Zertifikat gepinnt ist. Secrets bleiben im Schlüsselbund und werden nie angezeigt.</translation>
    </message>
    <message>
        <source>No portals saved yet. Add one with: portalkeys-cli portal add NAME --url URL --auth apikey|basic|token|oauth2</source>
        <translation>Noch keine Portale gespeichert. Fügen Sie eines hinzu mit: portalkeys-cli portal add NAME --url URL --auth apikey|basic|token|oauth2</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>ANMELDUNG</translation>
    </message>
    <message>
        <source>USER / CLIENT ID</source>
        <translation>BENUTZER / CLIENT-ID</translation>
    </message>
    <message>
        <source>PINNED</source>
        <translation>GEPINNT</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>PortalLoginCommand</name>
    <message>
        <source>the password (or, without an e-mail, the new access token)</source>
        <translation>das Passwort (oder, ohne E-Mail-Adresse, das neue Zugriffstoken)</translation>
    </message>
    <message>
        <source>token: read the two-factor code from the environment variable NAME (else it is asked for when the portal wants one).</source>
        <translation>token: den Zwei-Faktor-Code aus der Umgebungsvariable NAME lesen (sonst wird er abgefragt, wenn das Portal einen verlangt).</translation>
    </message>
    <message>
        <source>oauth2: only print the address to open, e.g. on a machine without a browser.</source>
        <translation>oauth2: nur die zu öffnende Adresse ausgeben, z. B. auf einem Rechner ohne Browser.</translation>
    </message>
    <message>
        <source>oauth2: listen for the browser&apos;s redirect on this port of 127.0.0.1, for an app registered with a fixed redirect address (default: any free port).</source>
        <translation>oauth2: auf diesem Port von 127.0.0.1 auf die Weiterleitung des Browsers warten, für eine App, die mit einer festen Weiterleitungsadresse registriert ist (Standard: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>Sign in again: OAuth 2.0 with the browser, or a new login token.</source>
        <translation>Erneut anmelden: OAuth 2.0 im Browser oder ein neues Anmeldetoken.</translation>
    </message>
    <message>
        <source>oauth2: opens the portal&apos;s sign-in page in the browser (the address is also printed on standard error) and waits for it to come back to this computer; Ctrl+C stops waiting. The access and refresh tokens go to the keychain. token: signs in with the password of the portal&apos;s e-mail and keeps only the new login token; a portal added with a pasted token takes a new one. Then the connection is tested as with “portal test”.</source>
        <translation>oauth2: öffnet die Anmeldeseite des Portals im Browser (die Adresse wird auch auf der Standardfehlerausgabe ausgegeben) und wartet, bis dieser zu diesem Computer zurückkehrt; Ctrl+C beendet das Warten. Das Zugriffs- und das Aktualisierungstoken werden im Schlüsselbund gespeichert. token: meldet sich mit dem Passwort der E-Mail-Adresse des Portals an und speichert nur das neue Anmeldetoken; ein mit einem eingefügten Token hinzugefügtes Portal erhält ein neues. Anschließend wird die Verbindung wie mit „portal test“ getestet.</translation>
    </message>
    <message>
        <source>NAME of the portal</source>
        <translation>NAME des Portals</translation>
    </message>
    <message>
        <source>“%1” sends its %2 with every request; there is nothing to sign in to. To change it, remove the portal and add it again.</source>
        <translation>„%1“ sendet bei jeder Anfrage %2 mit; es gibt nichts, wobei man sich anmelden müsste. Um das zu ändern, entfernen Sie das Portal und fügen Sie es erneut hinzu.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>seinen API-Schlüssel</translation>
    </message>
    <message>
        <source>password</source>
        <translation>sein Passwort</translation>
    </message>
    <message>
        <source>“%1” signs in with the browser; it takes no password or code here (its client secret, if any, was stored by “portal add”).</source>
        <translation>„%1“ meldet sich im Browser an; hier wird weder ein Passwort noch ein Code angenommen (sein Client-Secret, falls vorhanden, wurde mit „portal add“ gespeichert).</translation>
    </message>
    <message>
        <source>--redirect-port takes a port number from 1 to 65535.</source>
        <translation>--redirect-port erwartet eine Portnummer von 1 bis 65535.</translation>
    </message>
    <message>
        <source>--no-browser and --redirect-port are for oauth2 portals.</source>
        <translation>--no-browser und --redirect-port sind für oauth2-Portale gedacht.</translation>
    </message>
    <message>
        <source>“%1” uses a pasted access token; there is no two-factor step.</source>
        <translation>„%1“ verwendet ein eingefügtes Zugriffstoken; es gibt keinen Zwei-Faktor-Schritt.</translation>
    </message>
    <message>
        <source>the password</source>
        <translation>das Passwort</translation>
    </message>
    <message>
        <source>the new access token</source>
        <translation>das neue Zugriffstoken</translation>
    </message>
    <message>
        <source>Open this address in your browser: %1</source>
        <translation>Öffnen Sie diese Adresse in Ihrem Browser: %1</translation>
    </message>
    <message>
        <source>No browser could be started; open the address yourself.</source>
        <translation>Es konnte kein Browser gestartet werden; öffnen Sie die Adresse selbst.</translation>
    </message>
    <message>
        <source>Waiting for the browser to come back (Ctrl+C to stop)…</source>
        <translation>Warten auf die Rückkehr des Browsers (Ctrl+C zum Beenden)…</translation>
    </message>
    <message>
        <source>The browser came back; getting the tokens…</source>
        <translation>Der Browser ist zurückgekehrt; Token werden abgerufen…</translation>
    </message>
    <message>
        <source>Signed in; the tokens are in the keychain.</source>
        <translation>Angemeldet; die Token liegen im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Signed in with the scopes %1; the tokens are in the keychain.</source>
        <translation>Mit den Bereichen %1 angemeldet; die Token liegen im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The new login token is in the keychain.</source>
        <translation>Das neue Anmeldetoken liegt im Schlüsselbund.</translation>
    </message>
</context>
<context>
    <name>PortalOptions</name>
    <message>
        <source>Use the saved portal NAME (see “portalkeys-cli portal list”).</source>
        <translation>Das gespeicherte Portal NAME verwenden (siehe „portalkeys-cli portal list“).</translation>
    </message>
    <message>
        <source>Use the portal at URL without saving it; give its credentials with --api-key-env, --token-env, or --user and --password-env.</source>
        <translation>Das Portal unter URL verwenden, ohne es zu speichern; geben Sie seine Anmeldedaten mit --api-key-env, --token-env oder --user und --password-env an.</translation>
    </message>
    <message>
        <source>With --url: read the API key from the environment variable NAME.</source>
        <translation>Mit --url: den API-Schlüssel aus der Umgebungsvariable NAME lesen.</translation>
    </message>
    <message>
        <source>With --url: read a login or personal access token from the environment variable NAME.</source>
        <translation>Mit --url: ein Anmeldetoken oder persönliches Zugriffstoken aus der Umgebungsvariable NAME lesen.</translation>
    </message>
    <message>
        <source>With --url: sign in with this e-mail address and the password of --password-env (basic authentication).</source>
        <translation>Mit --url: mit dieser E-Mail-Adresse und dem Passwort aus --password-env anmelden (Basic-Authentifizierung).</translation>
    </message>
    <message>
        <source>With --url and --user: read the password from the environment variable NAME.</source>
        <translation>Mit --url und --user: das Passwort aus der Umgebungsvariable NAME lesen.</translation>
    </message>
    <message>
        <source>Trust the certificate with this SHA-256 fingerprint despite TLS errors, for this run.</source>
        <translation>Dem Zertifikat mit diesem SHA-256-Fingerabdruck für diesen Aufruf trotz TLS-Fehlern vertrauen.</translation>
    </message>
    <message>
        <source>Wait at most SECONDS for each answer (default: the portal&apos;s setting, or %1).</source>
        <translation>Höchstens SECONDS auf jede Antwort warten (Standard: die Einstellung des Portals oder %1).</translation>
    </message>
    <message>
        <source>Name the portal once: as an argument or with --portal, not both.</source>
        <translation>Nennen Sie das Portal nur einmal: als Argument oder mit --portal, nicht beides.</translation>
    </message>
    <message>
        <source>Give either a saved portal&apos;s name or --url, not both.</source>
        <translation>Geben Sie entweder den Namen eines gespeicherten Portals oder --url an, nicht beides.</translation>
    </message>
    <message>
        <source>Say which portal: --portal NAME for a saved one, or --url URL with its credentials.</source>
        <translation>Geben Sie das Portal an: --portal NAME für ein gespeichertes oder --url URL mit seinen Anmeldedaten.</translation>
    </message>
    <message>
        <source>--%1 goes with --url; a saved portal&apos;s credentials are in the keychain.</source>
        <translation>--%1 gehört zu --url; die Anmeldedaten eines gespeicherten Portals liegen im Schlüsselbund.</translation>
    </message>
    <message>
        <source>There is no portal named “%1”. Run “portalkeys-cli portal list” to see them.</source>
        <translation>Es gibt kein Portal namens „%1“. Führen Sie „portalkeys-cli portal list“ aus, um die Portale zu sehen.</translation>
    </message>
    <message>
        <source>With --url, give the credentials: --api-key-env NAME, --token-env NAME, or --user EMAIL with --password-env NAME.</source>
        <translation>Geben Sie mit --url die Anmeldedaten an: --api-key-env NAME, --token-env NAME oder --user EMAIL mit --password-env NAME.</translation>
    </message>
    <message>
        <source>With --url, give only one kind of credentials: --api-key-env, --token-env, or --user with --password-env.</source>
        <translation>Geben Sie mit --url nur eine Art von Anmeldedaten an: --api-key-env, --token-env oder --user mit --password-env.</translation>
    </message>
    <message>
        <source>--user and --password-env go together.</source>
        <translation>--user und --password-env gehören zusammen.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds.</source>
        <translation>--timeout erwartet eine Anzahl von Sekunden.</translation>
    </message>
    <message>
        <source>If this is the portal&apos;s certificate (compare the fingerprint with the one its administrator sees), run the command again with --pin-sha256 %1</source>
        <translation>Wenn dies das Zertifikat des Portals ist (vergleichen Sie den Fingerabdruck mit dem, den sein Administrator sieht), führen Sie den Befehl erneut mit --pin-sha256 %1 aus</translation>
    </message>
    <message>
        <source>If this is the portal&apos;s certificate (compare the fingerprint with the one its administrator sees), trust it with:
  portalkeys-cli portal pin %1 --sha256 %2</source>
        <translation>Wenn dies das Zertifikat des Portals ist (vergleichen Sie den Fingerabdruck mit dem, den sein Administrator sieht), vertrauen Sie ihm mit:
  portalkeys-cli portal pin %1 --sha256 %2</translation>
    </message>
    <message>
        <source>Give either saved portals&apos; names or --url, not both.</source>
        <translation>Geben Sie entweder Namen gespeicherter Portale oder --url an, nicht beides.</translation>
    </message>
    <message>
        <source>--pin-sha256 is for one portal; pin each saved portal with “portalkeys-cli portal pin NAME --sha256 HEX”.</source>
        <translation>--pin-sha256 gilt für ein Portal; heften Sie das Zertifikat jedes gespeicherten Portals mit „portalkeys-cli portal pin NAME --sha256 HEX“ an.</translation>
    </message>
</context>
<context>
    <name>PortalPinCommand</name>
    <message>
        <source>The certificate&apos;s SHA-256 fingerprint, as “portalkeys-cli portal test” shows it.</source>
        <translation>Der SHA-256-Fingerabdruck des Zertifikats, wie „portalkeys-cli portal test“ ihn anzeigt.</translation>
    </message>
    <message>
        <source>Stop trusting a pinned certificate.</source>
        <translation>Einem gepinnten Zertifikat nicht mehr vertrauen.</translation>
    </message>
    <message>
        <source>Trust (or stop trusting) a certificate that fails the TLS check, e.g. a self-signed one.</source>
        <translation>Einem Zertifikat vertrauen (oder nicht mehr vertrauen), das die TLS-Prüfung nicht besteht, z. B. einem selbstsignierten.</translation>
    </message>
    <message>
        <source>A portal with a self-signed or otherwise unverifiable certificate is refused until you pin its certificate: then exactly that certificate is accepted, and any other one still fails. Compare the fingerprint “portalkeys-cli portal test NAME” shows with the one the portal&apos;s administrator sees before pinning it. Colons between the pairs are allowed.</source>
        <translation>Ein Portal mit einem selbstsignierten oder anderweitig nicht überprüfbaren Zertifikat wird abgelehnt, bis Sie sein Zertifikat pinnen: Dann wird genau dieses Zertifikat akzeptiert, jedes andere schlägt weiterhin fehl. Vergleichen Sie vor dem Pinnen den Fingerabdruck, den „portalkeys-cli portal test NAME“ anzeigt, mit dem, den der Administrator des Portals sieht. Doppelpunkte zwischen den Paaren sind erlaubt.</translation>
    </message>
    <message>
        <source>NAME of the portal</source>
        <translation>NAME des Portals</translation>
    </message>
    <message>
        <source>portal pin: give either --sha256 HEX or --clear.</source>
        <translation>portal pin: Geben Sie entweder --sha256 HEX oder --clear an.</translation>
    </message>
    <message>
        <source>There is no portal named “%1”. Run “portalkeys-cli portal list” to see them.</source>
        <translation>Es gibt kein Portal namens „%1“. Führen Sie „portalkeys-cli portal list“ aus, um die Portale zu sehen.</translation>
    </message>
    <message>
        <source>The portal “%1” was removed meanwhile; nothing was changed.</source>
        <translation>Das Portal „%1“ wurde inzwischen entfernt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>“%1” no longer trusts a pinned certificate; its certificate must pass the TLS check.</source>
        <translation>„%1“ vertraut keinem gepinnten Zertifikat mehr; sein Zertifikat muss die TLS-Prüfung bestehen.</translation>
    </message>
    <message>
        <source>“%1” now trusts the certificate %2 even where it fails the TLS check.</source>
        <translation>„%1“ vertraut nun dem Zertifikat %2, auch wenn es die TLS-Prüfung nicht besteht.</translation>
    </message>
    <message>
        <source>Check it with: portalkeys-cli portal test %1</source>
        <translation>Prüfen Sie es mit: portalkeys-cli portal test %1</translation>
    </message>
</context>
<context>
    <name>PortalRemoveCommand</name>
    <message>
        <source>Forget a portal and remove its secrets from the keychain.</source>
        <translation>Ein Portal vergessen und seine Secrets aus dem Schlüsselbund entfernen.</translation>
    </message>
    <message>
        <source>Removes every secret of the portal from the keychain, then the portal from the list. When the keychain cannot be reached the portal stays in the list, so that no secret is left behind without a way to remove it. Login tokens stay valid on the portal until they expire; sign out there to end them.</source>
        <translation>Entfernt alle Secrets des Portals aus dem Schlüsselbund und dann das Portal aus der Liste. Ist der Schlüsselbund nicht erreichbar, bleibt das Portal in der Liste, damit kein Secret zurückbleibt, das sich nicht mehr entfernen ließe. Anmeldetoken bleiben auf dem Portal gültig, bis sie ablaufen; melden Sie sich dort ab, um sie zu beenden.</translation>
    </message>
    <message>
        <source>NAME of the portal</source>
        <translation>NAME des Portals</translation>
    </message>
    <message>
        <source>Removed the portal “%1” and its secrets.</source>
        <translation>Portal „%1“ und seine Secrets entfernt.</translation>
    </message>
</context>
<context>
    <name>PortalSubcommand</name>
    <message>
        <source>%1: takes no arguments. Run “portalkeys-cli %1 --help”.</source>
        <translation>%1: akzeptiert keine Argumente. Führen Sie „portalkeys-cli %1 --help“ aus.</translation>
    </message>
    <message>
        <source>%1: too many arguments (%2 given, at most %3); they are not repeated here in case one is a secret. Run “portalkeys-cli %1 --help”.</source>
        <translation>%1: zu viele Argumente (%2 angegeben, höchstens %3); sie werden hier nicht wiederholt, falls eines davon ein Secret ist. Führen Sie „portalkeys-cli %1 --help“ aus.</translation>
    </message>
    <message>
        <source>%1: give the %2. Run “portalkeys-cli %1 --help”.</source>
        <translation>%1: Angabe fehlt: %2. Führen Sie „portalkeys-cli %1 --help“ aus.</translation>
    </message>
    <message>
        <source>There is no portal named “%1”. Run “portalkeys-cli portal list” to see them.</source>
        <translation>Es gibt kein Portal namens „%1“. Führen Sie „portalkeys-cli portal list“ aus, um die Portale zu sehen.</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>Portal: %1</translation>
    </message>
    <message>
        <source>Sign in with the browser: portalkeys-cli portal login %1</source>
        <translation>Im Browser anmelden: portalkeys-cli portal login %1</translation>
    </message>
    <message>
        <source>Sign in again: portalkeys-cli portal login %1 --secret-env NAME (or --secret-file PATH)</source>
        <translation>Erneut anmelden: portalkeys-cli portal login %1 --secret-env NAME (oder --secret-file PATH)</translation>
    </message>
</context>
<context>
    <name>PortalTestCommand</name>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>JSON für Skripte ausgeben.</translation>
    </message>
    <message>
        <source>Sign in to a portal and say as whom (checks the address, certificate and credentials).</source>
        <translation>Bei einem Portal anmelden und melden, als wer (prüft Adresse, Zertifikat und Anmeldedaten).</translation>
    </message>
    <message>
        <source>Asks the portal whether the credentials are accepted and who they belong to. Exits 0 when they are, 3 on a network or certificate problem (the certificate and the command to trust it are shown), 4 when the portal refuses the credentials, 5 when the keychain cannot be read.</source>
        <translation>Fragt das Portal, ob die Anmeldedaten akzeptiert werden und wem sie gehören. Endet mit 0, wenn ja, mit 3 bei einem Netzwerk- oder Zertifikatsproblem (das Zertifikat und der Befehl, um ihm zu vertrauen, werden angezeigt), mit 4, wenn das Portal die Anmeldedaten ablehnt, mit 5, wenn der Schlüsselbund nicht gelesen werden kann.</translation>
    </message>
    <message>
        <source>NAME of a saved portal</source>
        <translation>NAME eines gespeicherten Portals</translation>
    </message>
</context>
<context>
    <name>PropertyInput</name>
    <message>
        <source>Set the key KEY to VALUE; only for keys that are not secrets (repeatable).</source>
        <translation>Den Schlüssel KEY auf VALUE setzen; nur für Schlüssel, die nicht geheim sind (wiederholbar).</translation>
    </message>
    <message>
        <source>Set the key KEY to the value of the environment variable NAME (repeatable).</source>
        <translation>Den Schlüssel KEY auf den Wert der Umgebungsvariable NAME setzen (wiederholbar).</translation>
    </message>
    <message>
        <source>Set the key KEY to the content of the file PATH, &quot;-&quot; for standard input; one trailing line break is dropped (repeatable).</source>
        <translation>Den Schlüssel KEY auf den Inhalt der Datei PATH setzen, &quot;-&quot; für die Standardeingabe; ein abschließender Zeilenumbruch wird entfernt (wiederholbar).</translation>
    </message>
    <message>
        <source>%1 takes KEY=%2, with the key&apos;s name before the “=”.</source>
        <translation>%1 erwartet KEY=%2, mit dem Namen des Schlüssels vor dem „=“.</translation>
    </message>
    <message>
        <source>%1 %2=…: give the %3 after the “=”.</source>
        <translation>%1 %2=…: Geben Sie nach dem „=“ %3 an.</translation>
    </message>
    <message>
        <source>variable&apos;s name</source>
        <translation>den Variablennamen</translation>
    </message>
    <message>
        <source>path</source>
        <translation>den Pfad</translation>
    </message>
    <message>
        <source>Standard input can give only one key; read the others from files or environment variables.</source>
        <translation>Über die Standardeingabe kann nur ein Schlüssel übergeben werden; lesen Sie die anderen aus Dateien oder Umgebungsvariablen.</translation>
    </message>
    <message>
        <source>%1 has no key “%2”; its keys are %3.</source>
        <translation>%1 hat keinen Schlüssel „%2“; seine Schlüssel sind %3.</translation>
    </message>
    <message>
        <source>The key %1 is given twice; give each key once.</source>
        <translation>Der Schlüssel %1 ist doppelt angegeben; geben Sie jeden Schlüssel nur einmal an.</translation>
    </message>
    <message>
        <source>%1 is a secret, so it is not taken from --prop: the command line shows in `ps` and in the shell&apos;s history. Give it with --prop-env %1=NAME (an environment variable) or --prop-file %1=PATH (a file, or &quot;-&quot; for standard input).</source>
        <translation>%1 ist ein Secret und wird daher nicht über --prop angenommen: Die Befehlszeile ist in `ps` und im Verlauf der Shell sichtbar. Übergeben Sie es mit --prop-env %1=NAME (eine Umgebungsvariable) oder --prop-file %1=PATH (eine Datei oder &quot;-&quot; für die Standardeingabe).</translation>
    </message>
    <message>
        <source>%1: the value is not UTF-8 text, which is what portals take.</source>
        <translation>%1: Der Wert ist kein UTF-8-Text, den Portale jedoch erwarten.</translation>
    </message>
</context>
<context>
    <name>SecretCommand</name>
    <message>
        <source>Keep named secrets (e.g. a Document Server secret) in the keychain.</source>
        <translation>Benannte Secrets (z. B. ein Document Server-Secret) im Schlüsselbund aufbewahren.</translation>
    </message>
    <message>
        <source>Named secrets live only in the OS keychain (service “%1”); this command never prints a secret&apos;s value.</source>
        <translation>Benannte Secrets liegen nur im Schlüsselbund des Betriebssystems (Dienst „%1“); dieser Befehl gibt niemals den Wert eines Secrets aus.</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Unterbefehle:</translation>
    </message>
    <message>
        <source>Check that the keychain works (writes, reads and removes a probe).</source>
        <translation>Prüfen, ob der Schlüsselbund funktioniert (schreibt, liest und entfernt einen Testeintrag).</translation>
    </message>
    <message>
        <source>Store a secret under NAME, replacing any previous one.</source>
        <translation>Ein Secret unter NAME speichern und ein vorhandenes ersetzen.</translation>
    </message>
    <message>
        <source>Exit 0 when a secret is stored under NAME, 1 when not.</source>
        <translation>Mit 0 beenden, wenn unter NAME ein Secret gespeichert ist, sonst mit 1.</translation>
    </message>
    <message>
        <source>Remove the secret stored under NAME (no error if none is).</source>
        <translation>Das unter NAME gespeicherte Secret entfernen (kein Fehler, wenn keines vorhanden ist).</translation>
    </message>
    <message>
        <source>secret: say what to do: status, store, exists or delete.</source>
        <translation>secret: Geben Sie an, was zu tun ist: status, store, exists oder delete.</translation>
    </message>
    <message>
        <source>secret: unknown subcommand “%1”. Run “portalkeys-cli secret --help”.</source>
        <translation>secret: unbekannter Unterbefehl „%1“. Führen Sie „portalkeys-cli secret --help“ aus.</translation>
    </message>
    <message>
        <source>secret %1: expected %2, got %3 arguments. Run “portalkeys-cli secret --help”.</source>
        <translation>secret %1: erwartet %2, erhalten: %3 Argumente. Führen Sie „portalkeys-cli secret --help“ aus.</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>keinen Namen</translation>
    </message>
    <message>
        <source>one NAME</source>
        <translation>einen NAME</translation>
    </message>
    <message>
        <source>secret %1 takes no secret.</source>
        <translation>secret %1 nimmt kein Secret entgegen.</translation>
    </message>
    <message>
        <source>The keychain returned something else than what was stored in it.</source>
        <translation>Der Schlüsselbund hat etwas anderes zurückgegeben als das, was darin gespeichert wurde.</translation>
    </message>
    <message>
        <source>The keychain works: %1.</source>
        <translation>Der Schlüsselbund funktioniert: %1.</translation>
    </message>
    <message>
        <source>Stored the secret “%1” in the keychain.</source>
        <translation>Secret „%1“ im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>No secret is stored under “%1”.</source>
        <translation>Unter „%1“ ist kein Secret gespeichert.</translation>
    </message>
    <message>
        <source>A secret is stored under “%1”.</source>
        <translation>Unter „%1“ ist ein Secret gespeichert.</translation>
    </message>
    <message>
        <source>No secret is stored under “%1” any more.</source>
        <translation>Unter „%1“ ist kein Secret mehr gespeichert.</translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>Read %1 from the environment variable NAME.</source>
        <translation>%1 aus der Umgebungsvariable NAME lesen.</translation>
    </message>
    <message>
        <source>Read %1 from the file PATH (&quot;-&quot; for standard input).</source>
        <translation>%1 aus der Datei PATH lesen (&quot;-&quot; für die Standardeingabe).</translation>
    </message>
    <message>
        <source>Give %1 either with %2 or with %3, not both.</source>
        <translation>Geben Sie %1 entweder mit %2 oder mit %3 an, nicht mit beiden.</translation>
    </message>
    <message>
        <source>Give %1 with %2 NAME or %3 PATH; it is never taken as a plain argument.</source>
        <translation>Geben Sie %1 mit %2 NAME oder %3 PATH an; Secrets werden niemals als einfaches Argument akzeptiert.</translation>
    </message>
    <message>
        <source>The name of the environment variable is empty.</source>
        <translation>Der Name der Umgebungsvariable ist leer.</translation>
    </message>
    <message>
        <source>The environment variable “%1” is not set.</source>
        <translation>Die Umgebungsvariable „%1“ ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>The environment variable “%1” is empty.</source>
        <translation>Die Umgebungsvariable „%1“ ist leer.</translation>
    </message>
    <message>
        <source>The name of the secret file is empty.</source>
        <translation>Der Name der Secret-Datei ist leer.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>„%1“ ist leer.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>the secret</source>
        <translation>das Secret</translation>
    </message>
</context>
<context>
    <name>ServiceReport</name>
    <message>
        <source>secret</source>
        <translation>geheim</translation>
    </message>
    <message>
        <source>multi-line</source>
        <translation>mehrzeilig</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>eines von: %1</translation>
    </message>
    <message>
        <source>used only when %1 is %2</source>
        <translation>nur verwendet, wenn %1 den Wert %2 hat</translation>
    </message>
    <message>
        <source>Available in: %1</source>
        <translation>Verfügbar in: %1</translation>
    </message>
    <message>
        <source>Redirect URI to register at the provider:</source>
        <translation>Beim Anbieter zu registrierende Weiterleitungs-URI:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>Hilfe: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>note: </source>
        <translation>Hinweis: </translation>
    </message>
</context>
<context>
    <name>ServicesCatalogCommand</name>
    <message>
        <source>Show the services, titles and key labels of this portal version, e.g. 3.5.0 or 12.5.2 (as GET /api/2.0/settings reports it). Without it: the newest the catalog knows.</source>
        <translation>Die Dienste, Titel und Schlüsselbezeichnungen dieser Portalversion anzeigen, z. B. 3.5.0 oder 12.5.2 (wie GET /api/2.0/settings sie meldet). Ohne diese Option: die neueste Version, die der Katalog kennt.</translation>
    </message>
    <message>
        <source>Print everything the catalog knows as JSON, with the steps and redirect URIs.</source>
        <translation>Alles, was der Katalog kennt, als JSON ausgeben, mit den Schritten und Weiterleitungs-URIs.</translation>
    </message>
    <message>
        <source>List the third-party services PortalKeys knows for DocSpace or Workspace (offline).</source>
        <translation>Die PortalKeys bekannten Drittanbieterdienste für DocSpace oder Workspace auflisten (offline).</translation>
    </message>
    <message>
        <source>Lists the services of the built-in catalog in the portal&apos;s order: name, title, what the service does (login, storage, sms, notifications, backup-storage, other), whether DocSpace cloud needs a paid plan for it, and its keys (secrets marked with *). --json adds the purpose, the redirect URI to register, the steps, the help link, the keys&apos; labels as the portal shows them and the key sets of older versions. Needs no portal.</source>
        <translation>Listet die Dienste des integrierten Katalogs in der Reihenfolge des Portals auf: Name, Titel, Zweck des Dienstes (login, storage, sms, notifications, backup-storage, other), ob DocSpace Cloud dafür einen kostenpflichtigen Tarif erfordert, und seine Schlüssel (Secrets mit * markiert). --json ergänzt den Verwendungszweck, die zu registrierende Weiterleitungs-URI, die Schritte, den Hilfelink, die Bezeichnungen der Schlüssel, wie das Portal sie anzeigt, und die Schlüsselsätze älterer Versionen. Benötigt kein Portal.</translation>
    </message>
    <message>
        <source>The catalog describes DocSpace 3.7 and Workspace 12.6 and knows what older versions offered. With --portal-version it lists what a portal of that version shows: services added later are left out, and older titles and key sets are used; a version between two known ones gets the older one&apos;s. For a portal newer than the catalog it says that services and labels may differ.</source>
        <translation>Der Katalog beschreibt DocSpace 3.7 und Workspace 12.6 und weiß, was ältere Versionen boten. Mit --portal-version listet er auf, was ein Portal dieser Version anzeigt: Später hinzugefügte Dienste werden ausgelassen, ältere Titel und Schlüsselsätze werden verwendet; eine Version zwischen zwei bekannten erhält die der älteren. Für ein Portal, das neuer ist als der Katalog, weist er darauf hin, dass Dienste und Bezeichnungen abweichen können.</translation>
    </message>
    <message>
        <source>%1: --portal-version takes a version such as 3.7.2 or 12.6.0.1886, not &quot;%2&quot;.</source>
        <translation>%1: --portal-version erwartet eine Version wie 3.7.2 oder 12.6.0.1886, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The built-in service catalog cannot be read: %1</source>
        <translation>Der integrierte Dienstkatalog kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>KINDS</source>
        <translation>ARTEN</translation>
    </message>
    <message>
        <source>PAID</source>
        <translation>KOSTENPFLICHTIG</translation>
    </message>
    <message>
        <source>KEYS</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n service</source>
        <translation>
            <numerusform>%1 %2: %n Dienst</numerusform>
            <numerusform>%1 %2: %n Dienste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n services</source>
        <translation>
            <numerusform>%1 %2: %n Dienst</numerusform>
            <numerusform>%1 %2: %n Dienste</numerusform>
        </translation>
    </message>
    <message>
        <source>* a secret: give it with --prop-env or --prop-file, never on the command line.</source>
        <translation>* ein Secret: Übergeben Sie es mit --prop-env oder --prop-file, niemals auf der Befehlszeile.</translation>
    </message>
</context>
<context>
    <name>ServicesCommand</name>
    <message>
        <source>Third-party authorization keys (Google, Dropbox, Twilio, S3, …) of a portal, or offline.</source>
        <translation>Autorisierungsschlüssel für Drittanbieterdienste (Google, Dropbox, Twilio, S3, …) eines Portals oder offline.</translation>
    </message>
    <message>
        <source>Online subcommands take --portal NAME (a saved portal) or --url URL with credentials from environment variables, and need a portal admin. Secrets are never printed, only as •••• with their length, and never taken as plain arguments.</source>
        <translation>Online-Unterbefehle akzeptieren --portal NAME (ein gespeichertes Portal) oder --url URL mit Anmeldedaten aus Umgebungsvariablen und erfordern einen Portaladministrator. Secrets werden niemals ausgegeben, nur als •••• mit ihrer Länge, und niemals als einfache Argumente akzeptiert.</translation>
    </message>
</context>
<context>
    <name>ServicesDiffCommand</name>
    <message>
        <source>Compare with the keys of the bundle FILE.</source>
        <translation>Mit den Schlüsseln der Paketdatei FILE vergleichen.</translation>
    </message>
    <message>
        <source>Compare with the offline drafts (DocSpace).</source>
        <translation>Mit den Offline-Entwürfen vergleichen (DocSpace).</translation>
    </message>
    <message>
        <source>Compare only these services (comma-separated).</source>
        <translation>Nur diese Dienste vergleichen (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Show the values of keys that are not secrets (secrets are never shown).</source>
        <translation>Die Werte von Schlüsseln anzeigen, die nicht geheim sind (Secrets werden niemals angezeigt).</translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>JSON für Skripte ausgeben.</translation>
    </message>
    <message>
        <source>Compare a portal&apos;s keys with another portal, a bundle or the offline drafts.</source>
        <translation>Die Schlüssel eines Portals mit einem anderen Portal, einem Paket oder den Offline-Entwürfen vergleichen.</translation>
    </message>
    <message>
        <source>Reads the authorization keys of portal A and compares them, service by service and key by key, with portal B, with the DocSpace drafts of a bundle, or with the offline drafts: same, differs, only here (on A) or only there. Keys without a value count as absent. Secret values are compared without being shown; the values of other keys only with --show-values. Portal A may also be given with --url and credentials from environment variables.</source>
        <translation>Liest die Autorisierungsschlüssel von Portal A und vergleicht sie Dienst für Dienst und Schlüssel für Schlüssel mit Portal B, mit den DocSpace-Entwürfen eines Pakets oder mit den Offline-Entwürfen: gleich, abweichend, nur hier (auf A) oder nur dort. Schlüssel ohne Wert gelten als nicht vorhanden. Geheime Werte werden verglichen, ohne angezeigt zu werden; die Werte anderer Schlüssel nur mit --show-values. Portal A kann auch mit --url und Anmeldedaten aus Umgebungsvariablen angegeben werden.</translation>
    </message>
    <message>
        <source>Exits 0 when nothing differs and 1 when something does (for monitoring); 2 for a usage mistake or an unreadable bundle, 3 network, 4 credentials or permission, 5 keychain.</source>
        <translation>Endet mit 0, wenn nichts abweicht, und mit 1, wenn etwas abweicht (für die Überwachung); 2 bei einem Verwendungsfehler oder einem unlesbaren Paket, 3 Netzwerk, 4 Anmeldedaten oder Berechtigung, 5 Schlüsselbund.</translation>
    </message>
    <message>
        <source>%1: compare with exactly one of a second --portal NAME, --bundle FILE or --drafts.</source>
        <translation>%1: Vergleichen Sie mit genau einem von: einem zweiten --portal NAME, --bundle FILE oder --drafts.</translation>
    </message>
    <message>
        <source>Neither side has keys for a service “%1”.</source>
        <translation>Keine der beiden Seiten hat Schlüssel für einen Dienst „%1“.</translation>
    </message>
    <message>
        <source>bundle %1</source>
        <translation>Paket %1</translation>
    </message>
    <message>
        <source>Here: %1. There: %2.</source>
        <translation>Hier: %1. Dort: %2.</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>DIENST</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>HERE</source>
        <translation>HIER</translation>
    </message>
    <message>
        <source>THERE</source>
        <translation>DORT</translation>
    </message>
    <message>
        <source>(secret)</source>
        <translation>(geheim)</translation>
    </message>
    <message>
        <source>No differences (keys compared: %1).</source>
        <translation>Keine Unterschiede (verglichene Schlüssel: %1).</translation>
    </message>
    <message>
        <source>Keys that differ: %1 of %2.</source>
        <translation>Abweichende Schlüssel: %1 von %2.</translation>
    </message>
</context>
<context>
    <name>ServicesDisableCommand</name>
    <message>
        <source>Show which keys would be cleared; send nothing.</source>
        <translation>Anzeigen, welche Schlüssel geleert würden; nichts senden.</translation>
    </message>
    <message>
        <source>Switch the service off without asking (needed when standard input is not a terminal).</source>
        <translation>Den Dienst ohne Rückfrage deaktivieren (erforderlich, wenn die Standardeingabe kein Terminal ist).</translation>
    </message>
    <message>
        <source>Switch a service off on a portal by clearing all of its keys.</source>
        <translation>Einen Dienst auf einem Portal deaktivieren, indem alle seine Schlüssel geleert werden.</translation>
    </message>
    <message>
        <source>Shows the keys that will be cleared (secrets only as •••• with their length), asks to confirm (without a terminal give --yes), then saves every key of the service empty, which switches it off, and reads them back. A service that is already off is left alone.</source>
        <translation>Zeigt die Schlüssel an, die geleert werden (Secrets nur als •••• mit ihrer Länge), fragt nach einer Bestätigung (ohne Terminal geben Sie --yes an), speichert dann jeden Schlüssel des Dienstes leer, wodurch er deaktiviert wird, und liest sie zur Kontrolle zurück. Ein bereits deaktivierter Dienst bleibt unverändert.</translation>
    </message>
    <message>
        <source>NAME of the service</source>
        <translation>NAME des Dienstes</translation>
    </message>
    <message>
        <source>%1 is already off on %2; nothing to do.</source>
        <translation>%1 ist auf %2 bereits deaktiviert; nichts zu tun.</translation>
    </message>
    <message>
        <source>%1 (%2) on %3:</source>
        <translation>%1 (%2) auf %3:</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Probelauf: Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Switch %1 off on %2?</source>
        <translation>%1 auf %2 deaktivieren?</translation>
    </message>
    <message>
        <source>%1 is off now; the portal confirmed that every key is empty.</source>
        <translation>%1 ist jetzt deaktiviert; das Portal hat bestätigt, dass alle Schlüssel leer sind.</translation>
    </message>
</context>
<context>
    <name>ServicesListCommand</name>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>JSON für Skripte ausgeben.</translation>
    </message>
    <message>
        <source>List a portal&apos;s third-party services: on, off or read-only (never their keys).</source>
        <translation>Die Drittanbieterdienste eines Portals auflisten: aktiviert, deaktiviert oder schreibgeschützt (niemals ihre Schlüssel).</translation>
    </message>
    <message>
        <source>Asks the portal for its third-party authorization services and shows each one&apos;s name, title and state: on (keys set), off, or read-only (the installation fixed its keys), with a note for services that need a paid plan in DocSpace cloud and for services PortalKeys&apos; catalog does not know. Needs a portal admin.</source>
        <translation>Fragt das Portal nach seinen Diensten für die Drittanbieter-Autorisierung und zeigt für jeden Namen, Titel und Status an: aktiviert (Schlüssel gesetzt), deaktiviert oder schreibgeschützt (die Installation hat seine Schlüssel festgelegt), mit einem Hinweis für Dienste, die in DocSpace Cloud einen kostenpflichtigen Tarif erfordern, und für Dienste, die der Katalog von PortalKeys nicht kennt. Erfordert einen Portaladministrator.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>HINWEIS</translation>
    </message>
    <message>
        <source>paid plan in DocSpace cloud</source>
        <translation>kostenpflichtiger Tarif in DocSpace Cloud</translation>
    </message>
    <message>
        <source>not in PortalKeys&apos; catalog</source>
        <translation>nicht im Katalog von PortalKeys</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n service</source>
        <translation>
            <numerusform>%1: %n Dienst</numerusform>
            <numerusform>%1: %n Dienste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n services</source>
        <translation>
            <numerusform>%1: %n Dienst</numerusform>
            <numerusform>%1: %n Dienste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on</source>
        <translation>
            <numerusform>%n aktiviert</numerusform>
            <numerusform>%n aktiviert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServicesSetCommand</name>
    <message>
        <source>Store the keys in the service&apos;s offline draft (keychain) instead of a portal.</source>
        <translation>Die Schlüssel statt auf einem Portal im Offline-Entwurf des Dienstes speichern (Schlüsselbund).</translation>
    </message>
    <message>
        <source>Check the keys and show the changes; save nothing.</source>
        <translation>Die Schlüssel prüfen und die Änderungen anzeigen; nichts speichern.</translation>
    </message>
    <message>
        <source>Save without asking (needed when standard input is not a terminal).</source>
        <translation>Ohne Rückfrage speichern (erforderlich, wenn die Standardeingabe kein Terminal ist).</translation>
    </message>
    <message>
        <source>Save even when a key draws a warning (errors always stop the save).</source>
        <translation>Auch speichern, wenn ein Schlüssel eine Warnung auslöst (Fehler verhindern das Speichern immer).</translation>
    </message>
    <message>
        <source>Set keys of a service on a portal, or in its offline draft, after checking them.</source>
        <translation>Schlüssel eines Dienstes nach einer Prüfung auf einem Portal oder in seinem Offline-Entwurf setzen.</translation>
    </message>
    <message>
        <source>Changes the keys you give and keeps every other key as it is, so one key can be changed alone. Secrets (the keys “services show” marks as secret) are never taken from --prop, because the command line shows in `ps` and in the shell&apos;s history: give them with --prop-env KEY=NAME or --prop-file KEY=PATH (&quot;-&quot; for standard input).</source>
        <translation>Ändert die angegebenen Schlüssel und lässt alle anderen unverändert, sodass auch ein einzelner Schlüssel geändert werden kann. Secrets (die Schlüssel, die „services show“ als geheim markiert) werden niemals über --prop angenommen, da die Befehlszeile in `ps` und im Verlauf der Shell sichtbar ist: Übergeben Sie sie mit --prop-env KEY=NAME oder --prop-file KEY=PATH (&quot;-&quot; für die Standardeingabe).</translation>
    </message>
    <message>
        <source>The keys are checked first with the catalog&apos;s rules: each finding goes to standard error as “key: message”; errors stop the command (exit 2) before anything is sent, warnings too unless --accept-warnings. Then the changes are shown, secrets only as •••• with their length, and you are asked to confirm; without a terminal give --yes. The portal&apos;s keys are read back after saving. Exit 1 when the portal refuses the keys (it tests some with the provider: “Bad keys”) or the plan lacks the service (402), 4 when the credentials lack the permission or the service is read-only.</source>
        <translation>Die Schlüssel werden zuerst anhand der Regeln des Katalogs geprüft: Jeder Befund wird als „key: message“ auf der Standardfehlerausgabe ausgegeben; Fehler beenden den Befehl (Exit-Code 2), bevor etwas gesendet wird, Warnungen ebenfalls, sofern --accept-warnings nicht angegeben ist. Dann werden die Änderungen angezeigt, Secrets nur als •••• mit ihrer Länge, und Sie werden um Bestätigung gebeten; ohne Terminal geben Sie --yes an. Nach dem Speichern werden die Schlüssel des Portals zur Kontrolle zurückgelesen. Exit-Code 1, wenn das Portal die Schlüssel ablehnt (einige prüft es beim Anbieter: „Bad keys“) oder der Tarif den Dienst nicht umfasst (402), 4, wenn den Anmeldedaten die Berechtigung fehlt oder der Dienst schreibgeschützt ist.</translation>
    </message>
    <message>
        <source>--offline stores the keys in the service&apos;s offline draft instead (values in the keychain, never in a file), without asking; carry drafts to portals with “portalkeys-cli bundle export” and “bundle apply”.</source>
        <translation>--offline speichert die Schlüssel stattdessen ohne Rückfrage im Offline-Entwurf des Dienstes (Werte im Schlüsselbund, niemals in einer Datei); übertragen Sie Entwürfe mit „portalkeys-cli bundle export“ und „bundle apply“ auf Portale.</translation>
    </message>
    <message>
        <source>NAME of the service</source>
        <translation>NAME des Dienstes</translation>
    </message>
    <message>
        <source>Give the keys to set with --prop KEY=VALUE, --prop-env KEY=NAME or --prop-file KEY=PATH.</source>
        <translation>Geben Sie die zu setzenden Schlüssel mit --prop KEY=VALUE, --prop-env KEY=NAME oder --prop-file KEY=PATH an.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: --product goes with --offline; a portal says itself which services it has.</source>
        <translation>%1: --product gehört zu --offline; ein Portal gibt selbst an, welche Dienste es hat.</translation>
    </message>
    <message>
        <source>%1: --offline works without a portal; leave out --%2.</source>
        <translation>%1: --offline funktioniert ohne Portal; lassen Sie --%2 weg.</translation>
    </message>
    <message>
        <source>The %1 catalog has no service “%2”. Run “portalkeys-cli services catalog --product %3” to see them.</source>
        <translation>Der %1-Katalog hat keinen Dienst „%2“. Führen Sie „portalkeys-cli services catalog --product %3“ aus, um die Dienste zu sehen.</translation>
    </message>
    <message>
        <source>Nothing was saved: fix the keys above first.</source>
        <translation>Nichts wurde gespeichert: Korrigieren Sie zuerst die obigen Schlüssel.</translation>
    </message>
    <message>
        <source>Nothing was saved because of the warnings above. If the keys are right anyway, run the command again with --accept-warnings.</source>
        <translation>Wegen der obigen Warnungen wurde nichts gespeichert. Wenn die Schlüssel dennoch korrekt sind, führen Sie den Befehl erneut mit --accept-warnings aus.</translation>
    </message>
    <message>
        <source>%1 (%2) on %3:</source>
        <translation>%1 (%2) auf %3:</translation>
    </message>
    <message>
        <source>The portal already has these keys; nothing to save.</source>
        <translation>Das Portal hat diese Schlüssel bereits; nichts zu speichern.</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Probelauf: Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Save?</source>
        <translation>Speichern?</translation>
    </message>
    <message>
        <source>Saved; %1 is off now, and the portal confirmed every key.</source>
        <translation>Gespeichert; %1 ist jetzt deaktiviert, und das Portal hat alle Schlüssel bestätigt.</translation>
    </message>
    <message>
        <source>Saved; the portal confirmed every key.</source>
        <translation>Gespeichert; das Portal hat alle Schlüssel bestätigt.</translation>
    </message>
    <message>
        <source>Offline draft for %1 (%2), %3:</source>
        <translation>Offline-Entwurf für %1 (%2), %3:</translation>
    </message>
    <message>
        <source>New offline draft for %1 (%2), %3:</source>
        <translation>Neuer Offline-Entwurf für %1 (%2), %3:</translation>
    </message>
    <message>
        <source>The draft already has these keys; nothing to save.</source>
        <translation>Der Entwurf hat diese Schlüssel bereits; nichts zu speichern.</translation>
    </message>
    <message>
        <source>Dry run: the draft was not changed.</source>
        <translation>Probelauf: Der Entwurf wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Saved the offline draft for %1 (%2). Carry it to portals with “portalkeys-cli bundle export FILE --passphrase-env NAME” and “portalkeys-cli bundle apply”.</source>
        <translation>Offline-Entwurf für %1 (%2) gespeichert. Übertragen Sie ihn mit „portalkeys-cli bundle export FILE --passphrase-env NAME“ und „portalkeys-cli bundle apply“ auf Portale.</translation>
    </message>
</context>
<context>
    <name>ServicesShowCommand</name>
    <message>
        <source>Show the catalog&apos;s entry without a portal, and the offline draft if there is one.</source>
        <translation>Den Katalogeintrag ohne Portal anzeigen, dazu den Offline-Entwurf, falls vorhanden.</translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>JSON für Skripte ausgeben.</translation>
    </message>
    <message>
        <source>Show one service: what it is for, the redirect URI and steps to get its keys, and its keys.</source>
        <translation>Einen Dienst anzeigen: wofür er dient, die Weiterleitungs-URI und die Schritte, um seine Schlüssel zu erhalten, sowie seine Schlüssel.</translation>
    </message>
    <message>
        <source>Shows what the service is for, in which versions it exists, the redirect URI to register at the provider (and how Docker installations differ), the numbered steps, the provider&apos;s console, and each key: its label and name, whether it is a secret, and its current value. Values of secrets are never shown, only as •••• with their length. With a portal, also the service&apos;s state, why it is read-only and which plan it needs; with --offline, the catalog&apos;s entry and the offline draft of the service if there is one (made with “services set NAME --offline”).</source>
        <translation>Zeigt an, wofür der Dienst dient, in welchen Versionen es ihn gibt, die beim Anbieter zu registrierende Weiterleitungs-URI (und wie sich Docker-Installationen unterscheiden), die nummerierten Schritte, die Konsole des Anbieters und jeden Schlüssel: Bezeichnung und Name, ob er geheim ist, und seinen aktuellen Wert. Werte von Secrets werden niemals angezeigt, nur als •••• mit ihrer Länge. Mit einem Portal zusätzlich den Status des Dienstes, warum er schreibgeschützt ist und welchen Tarif er erfordert; mit --offline den Katalogeintrag und den Offline-Entwurf des Dienstes, falls vorhanden (erstellt mit „services set NAME --offline“).</translation>
    </message>
    <message>
        <source>NAME of the service</source>
        <translation>NAME des Dienstes</translation>
    </message>
    <message>
        <source>%1: --product goes with --offline; a portal says itself which services it has.</source>
        <translation>%1: --product gehört zu --offline; ein Portal gibt selbst an, welche Dienste es hat.</translation>
    </message>
    <message>
        <source>%1: --offline works without a portal; leave out --%2.</source>
        <translation>%1: --offline funktioniert ohne Portal; lassen Sie --%2 weg.</translation>
    </message>
    <message>
        <source>The %1 catalog has no service “%2”. Run “portalkeys-cli services catalog --product %3” to see them.</source>
        <translation>Der %1-Katalog hat keinen Dienst „%2“. Führen Sie „portalkeys-cli services catalog --product %3“ aus, um die Dienste zu sehen.</translation>
    </message>
    <message>
        <source>State on %1: %2</source>
        <translation>Status auf %1: %2</translation>
    </message>
    <message>
        <source>PortalKeys&apos; catalog does not know this service; it is shown as the portal describes it, and keys that sound like secrets are treated as secrets.</source>
        <translation>Der Katalog von PortalKeys kennt diesen Dienst nicht; er wird so angezeigt, wie das Portal ihn beschreibt, und Schlüssel, die nach Secrets klingen, werden als Secrets behandelt.</translation>
    </message>
    <message>
        <source>Offline draft %1, last changed %2 (UTC); its values are shown below.</source>
        <translation>Offline-Entwurf %1, zuletzt geändert am %2 (UTC); seine Werte werden unten angezeigt.</translation>
    </message>
    <message>
        <source>No offline draft yet; make one with: portalkeys-cli services set %1 --offline%2 --prop-env KEY=NAME …</source>
        <translation>Noch kein Offline-Entwurf; erstellen Sie einen mit: portalkeys-cli services set %1 --offline%2 --prop-env KEY=NAME …</translation>
    </message>
    <message>
        <source>Secret missing: the keychain no longer holds the value of %1, stored with this draft before. Enter it again: portalkeys-cli services set %2 --offline --prop-env KEY=NAME …</source>
        <translation>Secret fehlt: Der Schlüsselbund enthält den Wert von %1, der zuvor mit diesem Entwurf gespeichert wurde, nicht mehr. Geben Sie ihn erneut ein: portalkeys-cli services set %2 --offline --prop-env KEY=NAME …</translation>
    </message>
</context>
<context>
    <name>ServicesSubcommand</name>
    <message>
        <source>%1: takes no arguments. Run “portalkeys-cli %1 --help”.</source>
        <translation>%1: akzeptiert keine Argumente. Führen Sie „portalkeys-cli %1 --help“ aus.</translation>
    </message>
    <message>
        <source>%1: too many arguments (%2 given, at most %3); they are not repeated here in case one is a secret. Run “portalkeys-cli %1 --help”.</source>
        <translation>%1: zu viele Argumente (%2 angegeben, höchstens %3); sie werden hier nicht wiederholt, falls eines davon ein Secret ist. Führen Sie „portalkeys-cli %1 --help“ aus.</translation>
    </message>
    <message>
        <source>%1: give the %2. Run “portalkeys-cli %1 --help”.</source>
        <translation>%1: Angabe fehlt: %2. Führen Sie „portalkeys-cli %1 --help“ aus.</translation>
    </message>
    <message>
        <source>The product whose catalog to use: docspace (the default) or workspace (Workspace / Community Server).</source>
        <translation>Das Produkt, dessen Katalog verwendet werden soll: docspace (Standard) oder workspace (Workspace / Community Server).</translation>
    </message>
    <message>
        <source>%1: --product takes docspace or workspace.</source>
        <translation>%1: --product erwartet docspace oder workspace.</translation>
    </message>
    <message>
        <source>The portal %1 has no service “%2”. Run “portalkeys-cli services list” with the same portal options to see its services.</source>
        <translation>Das Portal %1 hat keinen Dienst „%2“. Führen Sie „portalkeys-cli services list“ mit denselben Portaloptionen aus, um seine Dienste zu sehen.</translation>
    </message>
    <message>
        <source>Nothing was saved: standard input is not a terminal, so nobody can confirm. Check the changes above and run the command again with --yes.</source>
        <translation>Nichts wurde gespeichert: Die Standardeingabe ist kein Terminal, daher kann niemand bestätigen. Prüfen Sie die obigen Änderungen und führen Sie den Befehl erneut mit --yes aus.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Saved, but reading back the keys, the portal %1 reports other values for: %2. Check them with “portalkeys-cli services show”.</source>
        <translation>Gespeichert, aber beim Zurücklesen der Schlüssel meldet das Portal %1 andere Werte für: %2. Prüfen Sie sie mit „portalkeys-cli services show“.</translation>
    </message>
</context>
<context>
    <name>Sha256Fingerprint</name>
    <message>
        <source>A SHA-256 fingerprint is 64 hexadecimal digits (colons between the pairs are allowed), as “portalkeys-cli portal test” shows it.</source>
        <translation>Ein SHA-256-Fingerabdruck besteht aus 64 Hexadezimalziffern (Doppelpunkte zwischen den Paaren sind erlaubt), wie „portalkeys-cli portal test“ ihn anzeigt.</translation>
    </message>
</context>
<context>
    <name>TextInput</name>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MiB.</source>
        <translation>„%1“ ist größer als %2 MiB.</translation>
    </message>
</context>
</TS>
