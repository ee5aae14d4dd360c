<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>FileChooser</name>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>OAuth app drafts (*.json)</source>
        <translation>OAuth-App-Entwürfe (*.json)</translation>
    </message>
    <message>
        <source>Choose an app icon</source>
        <translation>App-Symbol auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Import an OAuth app draft</source>
        <translation>OAuth-App-Entwurf importieren</translation>
    </message>
    <message>
        <source>Export the OAuth app draft</source>
        <translation>OAuth-App-Entwurf exportieren</translation>
    </message>
</context>
<context>
    <name>PageId</name>
    <message>
        <source>Portals</source>
        <translation>Portale</translation>
    </message>
    <message>
        <source>Third-party authorization</source>
        <translation>Dienste von Drittanbietern</translation>
    </message>
    <message>
        <source>OAuth apps</source>
        <translation>OAuth-Apps</translation>
    </message>
    <message>
        <source>JWT inspector</source>
        <translation>JWT-Inspektor</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::AboutDialog</name>
    <message>
        <source>PortalKeys</source>
        <translation>PortalKeys</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (kompiliert mit %2)</translation>
    </message>
    <message>
        <source>OpenSSL</source>
        <translation>OpenSSL</translation>
    </message>
    <message>
        <source>QtKeychain</source>
        <translation>QtKeychain</translation>
    </message>
    <message>
        <source>Secret storage</source>
        <translation>Secret-Speicher</translation>
    </message>
    <message>
        <source>About PortalKeys</source>
        <translation>Über PortalKeys</translation>
    </message>
    <message>
        <source>Keys, tokens and OAuth apps for ONLYOFFICE DocSpace and Workspace portals.</source>
        <translation>Schlüssel, Token und OAuth-Apps für ONLYOFFICE DocSpace- und Workspace-Portale.</translation>
    </message>
    <message>
        <source>PortalKeys is free software, licensed under the GNU General Public License, version 3 or later. It uses Qt under the GNU LGPL version 3, OpenSSL under the Apache License 2.0, and QtKeychain under the BSD 3-Clause License.</source>
        <translation>PortalKeys ist freie Software, lizenziert unter der GNU General Public License, Version 3 oder höher. Es verwendet Qt unter der GNU LGPL Version 3, OpenSSL unter der Apache License 2.0 und QtKeychain unter der BSD 3-Clause License.</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>Versionen &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::AccountSection</name>
    <message>
        <source>you@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Sign in &amp;with e-mail and password</source>
        <translation>&amp;Mit E-Mail und Passwort anmelden</translation>
    </message>
    <message>
        <source>Paste a personal access t&amp;oken</source>
        <translation>Persönliches Zugriffstoken einfü&amp;gen</translation>
    </message>
    <message>
        <source>Get the token:</source>
        <translation>Token abrufen:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>PortalKeys signs in once and keeps only the login token in the keychain, never your password. A two-factor code is asked for when the portal needs one.</source>
        <translation>PortalKeys meldet sich einmal an und speichert nur das Anmeldetoken im Schlüsselbund, niemals Ihr Passwort. Ein Zwei-Faktor-Code wird abgefragt, wenn das Portal einen verlangt.</translation>
    </message>
    <message>
        <source>A token the portal issued for you, such as a personal access token. PortalKeys keeps it in the keychain.</source>
        <translation>Ein Token, das das Portal für Sie ausgestellt hat, z. B. ein persönliches Zugriffstoken. PortalKeys speichert es im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The token, as the portal gave it</source>
        <translation>Das Token, wie es das Portal ausgegeben hat</translation>
    </message>
    <message>
        <source>Only to sign in again — empty keeps the current token</source>
        <translation>Nur für eine erneute Anmeldung – leer lassen, um das aktuelle Token zu behalten</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Geben Sie das Passwort ein.</translation>
    </message>
    <message>
        <source>Enter the e-mail address you sign in with.</source>
        <translation>Geben Sie die E-Mail-Adresse ein, mit der Sie sich anmelden.</translation>
    </message>
    <message>
        <source>Enter the password to sign in.</source>
        <translation>Geben Sie das Passwort für die Anmeldung ein.</translation>
    </message>
    <message>
        <source>Paste the token.</source>
        <translation>Fügen Sie das Token ein.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::AdvancedSection</name>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>Er&amp;weitert</translation>
    </message>
    <message>
        <source>Shows or hides the advanced settings</source>
        <translation>Blendet die erweiterten Einstellungen ein oder aus</translation>
    </message>
    <message>
        <source>Empty: the portal itself; e.g. https://oauth.onlyoffice.com</source>
        <translation>Leer: das Portal selbst; z. B. https://oauth.onlyoffice.com</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long PortalKeys waits for the portal to answer one request</source>
        <translation>Wie lange PortalKeys auf die Antwort des Portals auf eine einzelne Anfrage wartet</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>Stop trusting this certificate; a certificate that browsers trust is still accepted</source>
        <translation>Diesem Zertifikat nicht mehr vertrauen; ein Zertifikat, dem Browser vertrauen, wird weiterhin akzeptiert</translation>
    </message>
    <message>
        <source>OAuth se&amp;rver:</source>
        <translation>OAuth-Se&amp;rver:</translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Trusted certificate:</source>
        <translation>Vertrauenswürdiges Zertifikat:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ApiKeyCreatedDialog</name>
    <message>
        <source>The API key “%1” is made</source>
        <translation>Der API-Schlüssel „%1“ wurde erstellt</translation>
    </message>
    <message>
        <source>This is the only time the key is shown: %1 keeps only a hash of it. Copy it into what needs it, store it in the keychain, or add it as a portal before you close this window.</source>
        <translation>Der Schlüssel wird nur dieses eine Mal angezeigt: %1 speichert nur einen Hash davon. Kopieren Sie ihn dorthin, wo er benötigt wird, speichern Sie ihn im Schlüsselbund oder fügen Sie ihn als Portal hinzu, bevor Sie dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Copy the API key</source>
        <translation>API-Schlüssel kopieren</translation>
    </message>
    <message>
        <source>The new API key</source>
        <translation>Der neue API-Schlüssel</translation>
    </message>
    <message>
        <source>%1 · permissions: %2 · expires: %3</source>
        <translation>%1 · Berechtigungen: %2 · läuft ab: %3</translation>
    </message>
    <message>
        <source>Store in the keychain</source>
        <translation>Im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Store &amp;as:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <source>A named secret of PortalKeys in the keychain: your system&apos;s password manager shows it as “named-secret/” and this name.</source>
        <translation>Ein benanntes Secret von PortalKeys im Schlüsselbund: Die Passwortverwaltung Ihres Systems zeigt es als „named-secret/“ mit diesem Namen an.</translation>
    </message>
    <message>
        <source>Stored in the keychain as “%1”.</source>
        <translation>Im Schlüsselbund als „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Add as a portal</source>
        <translation>Als Portal hinzufügen</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>A new portal profile for %1 that signs in with this key (kept in the keychain), with the same certificate settings.</source>
        <translation>Ein neues Portalprofil für %1, das sich mit diesem Schlüssel anmeldet (im Schlüsselbund gespeichert), mit denselben Zertifikatseinstellungen.</translation>
    </message>
    <message>
        <source>Portal &amp;name:</source>
        <translation>Portal&amp;name:</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Wird hinzugefügt…</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Added the portal “%1”; it is on the Portals page.</source>
        <translation>Das Portal „%1“ wurde hinzugefügt; Sie finden es auf der Seite „Portale“.</translation>
    </message>
    <message>
        <source>Close without keeping the key?</source>
        <translation>Schließen, ohne den Schlüssel zu sichern?</translation>
    </message>
    <message>
        <source>The key has not been copied, stored or added as a portal.</source>
        <translation>Der Schlüssel wurde weder kopiert noch gespeichert noch als Portal hinzugefügt.</translation>
    </message>
    <message>
        <source>The portal never shows it again: to use this key you would have to make a new one (and delete this one).</source>
        <translation>Das Portal zeigt ihn nie wieder an: Um diesen Schlüssel zu verwenden, müssten Sie einen neuen erstellen (und diesen löschen).</translation>
    </message>
    <message>
        <source>Close &amp;anyway</source>
        <translation>Trotzdem &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Keep it first</source>
        <translation>&amp;Zuerst sichern</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ApiKeyDialog</name>
    <message>
        <source>New API key on %1</source>
        <translation>Neuer API-Schlüssel auf %1</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Edit the API key “%1”</source>
        <translation>API-Schlüssel „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>What uses the key, e.g. “CI deploy”</source>
        <translation>Wofür der Schlüssel dient, z. B. „CI-Deployment“</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The key itself and its expiry stay as they are.</source>
        <translation>Der Schlüssel selbst und sein Ablaufdatum bleiben unverändert.</translation>
    </message>
    <message>
        <source>&amp;Expires after</source>
        <translation>&amp;Gültig für</translation>
    </message>
    <message>
        <source>Days until the key expires</source>
        <translation>Tage bis zum Ablauf des Schlüssels</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Ne&amp;ver expires</source>
        <translation>&amp;Unbegrenzt gültig</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Noch nichts geändert.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ApiKeySection</name>
    <message>
        <source>Create a key in DocSpace under Developer Tools → API keys. The portal shows it only once; PortalKeys keeps it in the keychain.</source>
        <translation>Erstellen Sie einen Schlüssel in DocSpace unter Entwicklertools → API-Schlüssel. Das Portal zeigt ihn nur einmal an; PortalKeys speichert ihn im Schlüsselbund.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Paste the API key.</source>
        <translation>Fügen Sie den API-Schlüssel ein.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ApiKeysPage</name>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>The API keys of a portal (Developer Tools → API keys): scripts and integrations sign in with them. A portal admin sees every key, other users their own. A new key is shown once, when it is made.</source>
        <translation>Die API-Schlüssel eines Portals (Entwicklertools → API-Schlüssel): Skripte und Integrationen melden sich damit an. Ein Portaladministrator sieht alle Schlüssel, andere Benutzer nur ihre eigenen. Ein neuer Schlüssel wird nur einmal angezeigt – bei seiner Erstellung.</translation>
    </message>
    <message>
        <source>Load the portal&apos;s API keys again</source>
        <translation>API-Schlüssel des Portals erneut laden</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;Erstellen…</translation>
    </message>
    <message>
        <source>Make a new API key on this portal</source>
        <translation>Einen neuen API-Schlüssel auf diesem Portal erstellen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Switch &amp;off</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the key on the portal</source>
        <translation>Schlüssel auf dem Portal löschen</translation>
    </message>
    <message>
        <source>The portal changes no expired key: delete it and make a new one.</source>
        <translation>Abgelaufene Schlüssel lassen sich auf dem Portal nicht ändern: Löschen Sie diesen und erstellen Sie einen neuen.</translation>
    </message>
    <message>
        <source>Rename the key or change its permissions</source>
        <translation>Schlüssel umbenennen oder seine Berechtigungen ändern</translation>
    </message>
    <message>
        <source>Switch &amp;on</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Let the portal accept the key again</source>
        <translation>Schlüssel vom Portal wieder akzeptieren lassen</translation>
    </message>
    <message>
        <source>The portal refuses the key until it is switched on; nothing else changes</source>
        <translation>Das Portal lehnt den Schlüssel ab, bis er wieder aktiviert wird; sonst ändert sich nichts</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) expire within %1 days</source>
        <translation>
            <numerusform>%n Schlüssel läuft innerhalb von %1 Tagen ab</numerusform>
            <numerusform>%n Schlüssel laufen innerhalb von %1 Tagen ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) have expired</source>
        <translation>
            <numerusform>%n Schlüssel ist abgelaufen</numerusform>
            <numerusform>%n Schlüssel sind abgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Highlighted rows expire within %1 days; expired rows are in italics.</source>
        <translation>Hervorgehobene Zeilen laufen innerhalb von %1 Tagen ab; abgelaufene Zeilen sind kursiv dargestellt.</translation>
    </message>
    <message>
        <source>Add a portal on the Portals page to see its API keys.</source>
        <translation>Fügen Sie auf der Seite „Portale“ ein Portal hinzu, um dessen API-Schlüssel zu sehen.</translation>
    </message>
    <message>
        <source>%1 has no API keys you can see. Create… makes one.</source>
        <translation>%1 hat keine API-Schlüssel, die Sie sehen können. Mit „Erstellen…“ legen Sie einen an.</translation>
    </message>
    <message>
        <source>Not loaded yet: Reload asks %1.</source>
        <translation>Noch nicht geladen: „Neu laden“ ruft sie von %1 ab.</translation>
    </message>
    <message>
        <source>Loading the API keys of %1…</source>
        <translation>API-Schlüssel von %1 werden geladen…</translation>
    </message>
    <message>
        <source>The keys were not loaded.</source>
        <translation>Die Schlüssel wurden nicht geladen.</translation>
    </message>
    <message>
        <source>Loading the keys again failed:</source>
        <translation>Erneutes Laden der Schlüssel fehlgeschlagen:</translation>
    </message>
    <message>
        <source>Creating the API key “%1” on %2…</source>
        <translation>API-Schlüssel „%1“ wird auf %2 erstellt…</translation>
    </message>
    <message>
        <source>The key was not created.</source>
        <translation>Der Schlüssel wurde nicht erstellt.</translation>
    </message>
    <message>
        <source>Created the API key “%1”.</source>
        <translation>API-Schlüssel „%1“ erstellt.</translation>
    </message>
    <message>
        <source>Saving the API key “%1”…</source>
        <translation>API-Schlüssel „%1“ wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved the API key “%1”.</source>
        <translation>API-Schlüssel „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Switching “%1” off…</source>
        <translation>„%1“ wird deaktiviert…</translation>
    </message>
    <message>
        <source>Switched “%1” off: the portal refuses it until it is switched on.</source>
        <translation>„%1“ deaktiviert: Das Portal lehnt ihn ab, bis er wieder aktiviert wird.</translation>
    </message>
    <message>
        <source>Switching “%1” on…</source>
        <translation>„%1“ wird aktiviert…</translation>
    </message>
    <message>
        <source>Switched “%1” on.</source>
        <translation>„%1“ aktiviert.</translation>
    </message>
    <message>
        <source>Delete the API key</source>
        <translation>API-Schlüssel löschen</translation>
    </message>
    <message>
        <source>Delete the API key “%1” (%2)?</source>
        <translation>API-Schlüssel „%1“ (%2) löschen?</translation>
    </message>
    <message>
        <source>Whatever signs in with it stops working, and it cannot be brought back. To stop it for a while, switch it off instead.</source>
        <translation>Alles, was sich damit anmeldet, funktioniert nicht mehr, und der Schlüssel lässt sich nicht wiederherstellen. Um ihn vorübergehend zu stoppen, deaktivieren Sie ihn stattdessen.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Deleting the API key “%1”…</source>
        <translation>API-Schlüssel „%1“ wird gelöscht…</translation>
    </message>
    <message>
        <source>Deleted the API key “%1”.</source>
        <translation>API-Schlüssel „%1“ gelöscht.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::AppActionBar</name>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>E&amp;xport draft…</source>
        <translation>Entwurf e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>Entwurf &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrieren</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>Save the form as a JSON draft file, to register the app on another portal or keep it elsewhere; it never holds a secret</source>
        <translation>Formular als JSON-Entwurfsdatei speichern, um die App auf einem anderen Portal zu registrieren oder anderswo aufzubewahren; sie enthält nie ein Secret</translation>
    </message>
    <message>
        <source>Keep the app as a draft on this computer</source>
        <translation>App als Entwurf auf diesem Computer behalten</translation>
    </message>
    <message>
        <source>Send the changed fields to the portal</source>
        <translation>Geänderte Felder an das Portal senden</translation>
    </message>
    <message>
        <source>Register the app on %1</source>
        <translation>App auf %1 registrieren</translation>
    </message>
    <message>
        <source>Add a portal on the Portals page to register the app</source>
        <translation>Fügen Sie auf der Seite „Portale“ ein Portal hinzu, um die App zu registrieren</translation>
    </message>
    <message>
        <source>Delete the app on the portal</source>
        <translation>App auf dem Portal löschen</translation>
    </message>
    <message>
        <source>Delete the draft file</source>
        <translation>Entwurfsdatei löschen</translation>
    </message>
    <message>
        <source>To register, fill in: %1.</source>
        <translation>Zum Registrieren ausfüllen: %1.</translation>
    </message>
    <message>
        <source>Add a portal on the Portals page to register the app.</source>
        <translation>Fügen Sie auf der Seite „Portale“ ein Portal hinzu, um die App zu registrieren.</translation>
    </message>
    <message>
        <source>Correct the marked fields to update the app.</source>
        <translation>Korrigieren Sie die markierten Felder, um die App zu aktualisieren.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::AppForm</name>
    <message>
        <source>Left out, as this portal does not know them: %1.</source>
        <translation>Ausgelassen, da dieses Portal sie nicht kennt: %1.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::AppFormPanel</name>
    <message>
        <source>Registered on %1, enabled</source>
        <translation>Registriert auf %1, aktiviert</translation>
    </message>
    <message>
        <source>Registered on %1, disabled</source>
        <translation>Registriert auf %1, deaktiviert</translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation>Client-ID: %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Draft, changed</source>
        <translation>Entwurf, geändert</translation>
    </message>
    <message>
        <source>Draft, not registered</source>
        <translation>Entwurf, nicht registriert</translation>
    </message>
    <message>
        <source>New app</source>
        <translation>Neue App</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>the new app</source>
        <translation>die neue App</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Discard the changes to “%1”?</source>
        <translation>Änderungen an „%1“ verwerfen?</translation>
    </message>
    <message>
        <source>They have not been sent to the portal.</source>
        <translation>Sie wurden nicht an das Portal gesendet.</translation>
    </message>
    <message>
        <source>They have not been saved as a draft.</source>
        <translation>Sie wurden nicht als Entwurf gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::AppHeader</name>
    <message>
        <source>&amp;Try it…</source>
        <translation>&amp;Ausprobieren…</translation>
    </message>
    <message>
        <source>Sh&amp;ow secret…</source>
        <translation>Secret an&amp;zeigen…</translation>
    </message>
    <message>
        <source>Read the app&apos;s client secret from the portal, to copy it or keep it in the keychain</source>
        <translation>Client-Secret der App vom Portal abrufen, um es zu kopieren oder im Schlüsselbund zu speichern</translation>
    </message>
    <message>
        <source>Re&amp;generate secret…</source>
        <translation>Secret neu &amp;generieren…</translation>
    </message>
    <message>
        <source>Make a new client secret; the current one stops working</source>
        <translation>Ein neues Client-Secret erstellen; das aktuelle wird ungültig</translation>
    </message>
    <message>
        <source>Copy client &amp;ID</source>
        <translation>&amp;Client-ID kopieren</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>Deakti&amp;vieren</translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation>Akti&amp;vieren</translation>
    </message>
    <message>
        <source>Stop the app&apos;s sign-ins; it can be enabled again</source>
        <translation>Anmeldungen über die App stoppen; sie kann wieder aktiviert werden</translation>
    </message>
    <message>
        <source>Let the app sign in again</source>
        <translation>Anmeldungen über die App wieder zulassen</translation>
    </message>
    <message>
        <source>Sign in as this app in the browser and see the tokens the portal issues</source>
        <translation>Im Browser als diese App anmelden und die vom Portal ausgestellten Token ansehen</translation>
    </message>
    <message>
        <source>Enable the app to try it</source>
        <translation>Aktivieren Sie die App, um sie auszuprobieren</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::AppList</name>
    <message>
        <source>OAuth apps</source>
        <translation>OAuth-Apps</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::AppListPanel</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Ne&amp;w app</source>
        <translation>N&amp;eue App</translation>
    </message>
    <message>
        <source>&amp;Import draft…</source>
        <translation>Entwurf &amp;importieren…</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <source>Load all</source>
        <translation>Alle laden</translation>
    </message>
    <message>
        <source>Start a new app on an empty form</source>
        <translation>Eine neue App mit leerem Formular beginnen</translation>
    </message>
    <message>
        <source>Read a draft from a JSON file and keep it with the drafts</source>
        <translation>Einen Entwurf aus einer JSON-Datei lesen und bei den Entwürfen ablegen</translation>
    </message>
    <message numerus="yes">
        <source>%n apps shown; the portal has more.</source>
        <translation>
            <numerusform>%n App angezeigt; das Portal hat weitere.</numerusform>
            <numerusform>%n Apps angezeigt; das Portal hat weitere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::AppOperations</name>
    <message numerus="yes">
        <source>Loading all apps… %n so far</source>
        <translation>
            <numerusform>Alle Apps werden geladen… bisher %n</numerusform>
            <numerusform>Alle Apps werden geladen… bisher %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the OAuth apps of %1…</source>
        <translation>OAuth-Apps von %1 werden geladen…</translation>
    </message>
    <message>
        <source>The apps were not loaded.</source>
        <translation>Die Apps wurden nicht geladen.</translation>
    </message>
    <message>
        <source>Loading all apps…</source>
        <translation>Alle Apps werden geladen…</translation>
    </message>
    <message>
        <source>Loading more apps…</source>
        <translation>Weitere Apps werden geladen…</translation>
    </message>
    <message>
        <source>Registering “%1” on %2…</source>
        <translation>„%1“ wird auf %2 registriert…</translation>
    </message>
    <message>
        <source>%1 did not register the app.</source>
        <translation>%1 hat die App nicht registriert.</translation>
    </message>
    <message>
        <source>%1 answered without a client ID; reload the list to see whether the app was registered.</source>
        <translation>%1 hat ohne Client-ID geantwortet; laden Sie die Liste neu, um zu sehen, ob die App registriert wurde.</translation>
    </message>
    <message>
        <source>“%1” is registered on %2.</source>
        <translation>„%1“ ist auf %2 registriert.</translation>
    </message>
    <message>
        <source>Updating “%1” on %2…</source>
        <translation>„%1“ wird auf %2 aktualisiert…</translation>
    </message>
    <message>
        <source>%1 did not update the app.</source>
        <translation>%1 hat die App nicht aktualisiert.</translation>
    </message>
    <message>
        <source>Reading the app back…</source>
        <translation>App wird erneut gelesen…</translation>
    </message>
    <message>
        <source>Enabling “%1”…</source>
        <translation>„%1“ wird aktiviert…</translation>
    </message>
    <message>
        <source>Disabling “%1”…</source>
        <translation>„%1“ wird deaktiviert…</translation>
    </message>
    <message>
        <source>The change was made, but the app could not be read back.</source>
        <translation>Die Änderung wurde vorgenommen, aber die App konnte nicht erneut gelesen werden.</translation>
    </message>
    <message>
        <source>Making a new client secret for “%1”…</source>
        <translation>Neues Client-Secret für „%1“ wird erstellt…</translation>
    </message>
    <message>
        <source>No new secret was made.</source>
        <translation>Es wurde kein neues Secret erstellt.</translation>
    </message>
    <message>
        <source>Regenerate the client secret</source>
        <translation>Client-Secret neu generieren</translation>
    </message>
    <message>
        <source>Make a new client secret for “%1”?</source>
        <translation>Neues Client-Secret für „%1“ erstellen?</translation>
    </message>
    <message>
        <source>The current secret stops working at once: every integration that uses it must get the new one. If the current secret is only misplaced, Show secret reads it again instead.</source>
        <translation>Das aktuelle Secret wird sofort ungültig: Jede Integration, die es verwendet, benötigt das neue. Falls das aktuelle Secret nur verlegt wurde, liest „Secret anzeigen“ es stattdessen erneut aus.</translation>
    </message>
    <message>
        <source>Re&amp;generate</source>
        <translation>Neu &amp;generieren</translation>
    </message>
    <message>
        <source>Reading the client secret of “%1”…</source>
        <translation>Client-Secret von „%1“ wird gelesen…</translation>
    </message>
    <message>
        <source>The portal gives the client secret only to its admins and the app&apos;s creator, and did not find “%1” for this account.</source>
        <translation>Das Portal gibt das Client-Secret nur an seine Administratoren und den Ersteller der App heraus und hat „%1“ für dieses Konto nicht gefunden.</translation>
    </message>
    <message>
        <source>The client secret was not read.</source>
        <translation>Das Client-Secret wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The portal sent no client secret for “%1”; Show secret asks for it again.</source>
        <translation>Das Portal hat kein Client-Secret für „%1“ gesendet; „Secret anzeigen“ fragt es erneut ab.</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>„%1“ wird gelöscht…</translation>
    </message>
    <message>
        <source>The app was not deleted.</source>
        <translation>Die App wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>“%1” is deleted.</source>
        <translation>„%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>Delete app</source>
        <translation>App löschen</translation>
    </message>
    <message>
        <source>Delete the app “%1” on %2?</source>
        <translation>App „%1“ auf %2 löschen?</translation>
    </message>
    <message>
        <source>Every integration that uses it stops working at once: its sign-ins and tokens are refused. This cannot be undone.</source>
        <translation>Jede Integration, die sie verwendet, funktioniert sofort nicht mehr: Ihre Anmeldungen und Token werden abgelehnt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ApplyDialog</name>
    <message>
        <source>Apply to portals</source>
        <translation>Auf Portale anwenden</translation>
    </message>
    <message>
        <source>Cancelled. Keys already saved on a portal stay saved there.</source>
        <translation>Abgebrochen. Bereits auf einem Portal gespeicherte Schlüssel bleiben dort gespeichert.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Tick the keys to apply and the portals to apply them to. Check first: it compares with every portal and sends nothing. Apply then saves the keys that differ.</source>
        <translation>Markieren Sie die anzuwendenden Schlüssel und die Zielportale. Zuerst „Prüfen“: Es vergleicht mit jedem Portal und sendet nichts. „Anwenden“ speichert dann die abweichenden Schlüssel.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Compare with every ticked portal and report what Apply would do; sends nothing</source>
        <translation>Mit jedem markierten Portal vergleichen und melden, was „Anwenden“ tun würde; sendet nichts</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Save the keys on the portals, as the check reported</source>
        <translation>Schlüssel auf den Portalen speichern, wie bei der Prüfung gemeldet</translation>
    </message>
    <message>
        <source>Use a &amp;bundle file…</source>
        <translation>Paket&amp;datei verwenden…</translation>
    </message>
    <message>
        <source>Apply the drafts of an encrypted bundle without importing them</source>
        <translation>Entwürfe eines verschlüsselten Pakets anwenden, ohne sie zu importieren</translation>
    </message>
    <message>
        <source>Use &amp;drafts</source>
        <translation>&amp;Entwürfe verwenden</translation>
    </message>
    <message>
        <source>&amp;Portals:</source>
        <translation>P&amp;ortale:</translation>
    </message>
    <message>
        <source>Portals</source>
        <translation>Portale</translation>
    </message>
    <message>
        <source>&amp;Keys from drafts:</source>
        <translation>&amp;Schlüssel aus Entwürfen:</translation>
    </message>
    <message>
        <source>&amp;Keys from %1:</source>
        <translation>&amp;Schlüssel aus %1:</translation>
    </message>
    <message>
        <source>There are no drafts yet. Save a service as a draft on the page (source “Offline drafts”), or use a bundle file.</source>
        <translation>Noch keine Entwürfe vorhanden. Speichern Sie einen Dienst auf der Seite als Entwurf (Quelle „Offline-Entwürfe“) oder verwenden Sie eine Paketdatei.</translation>
    </message>
    <message>
        <source>Reading the drafts&apos; values from the keychain…</source>
        <translation>Werte der Entwürfe werden aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>Preparing the keys…</source>
        <translation>Schlüssel werden vorbereitet…</translation>
    </message>
    <message>
        <source>Comparing with the portals…</source>
        <translation>Vergleich mit den Portalen…</translation>
    </message>
    <message>
        <source>Applying the keys…</source>
        <translation>Schlüssel werden angewendet…</translation>
    </message>
    <message>
        <source>Comparing with the portals… %1 of %2 done.</source>
        <translation>Vergleich mit den Portalen… %1 von %2 fertig.</translation>
    </message>
    <message>
        <source>Applying the keys… %1 of %2 portals done.</source>
        <translation>Schlüssel werden angewendet… %1 von %2 Portalen fertig.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing was sent: fix these drafts first.</source>
        <translation>Nichts wurde gesendet: Korrigieren Sie zuerst diese Entwürfe.</translation>
    </message>
    <message>
        <source>%1 is larger than a bundle can be.</source>
        <translation>%1 ist größer, als ein Paket sein darf.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Open bundle</source>
        <translation>Paket öffnen</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ApplyReport</name>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <source>%n would be applied</source>
        <translation>
            <numerusform>%n würde angewendet</numerusform>
            <numerusform>%n würden angewendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applied</source>
        <translation>
            <numerusform>%n angewendet</numerusform>
            <numerusform>%n angewendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already up to date</source>
        <translation>
            <numerusform>%n bereits aktuell</numerusform>
            <numerusform>%n bereits aktuell</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Nichts zu tun</translation>
    </message>
    <message>
        <source>Check: %1. Nothing was sent; press Apply to save the keys.</source>
        <translation>Prüfung: %1. Nichts wurde gesendet; klicken Sie auf „Anwenden“, um die Schlüssel zu speichern.</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Fertig: %1.</translation>
    </message>
    <message>
        <source>Check: %1. Nothing needs to be applied.</source>
        <translation>Prüfung: %1. Es muss nichts angewendet werden.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ApplySourceList</name>
    <message>
        <source>Keys to apply</source>
        <translation>Anzuwendende Schlüssel</translation>
    </message>
    <message>
        <source>%1 — Workspace, entered in Workspace&apos;s own page</source>
        <translation>%1 — Workspace, wird auf der eigenen Seite von Workspace eingegeben</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>PortalKeys cannot apply keys to Workspace or Community Server; the draft&apos;s editor shows what to enter in Workspace&apos;s own settings page.</source>
        <translation>PortalKeys kann keine Schlüssel auf Workspace oder Community Server anwenden; der Editor des Entwurfs zeigt, was auf der Einstellungsseite von Workspace einzugeben ist.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::AuthenticationSection</name>
    <message>
        <source>Authentication method</source>
        <translation>Authentifizierungsmethode</translation>
    </message>
    <message>
        <source>Allow public client (P&amp;KCE)</source>
        <translation>Öffentlichen Client zulassen (P&amp;KCE)</translation>
    </message>
    <message>
        <source>Apps that cannot keep a secret — in a browser or on a phone — sign in with PKCE instead of the client secret.</source>
        <translation>Apps, die kein Secret geheim halten können – im Browser oder auf einem Telefon –, melden sich mit PKCE statt mit dem Client-Secret an.</translation>
    </message>
    <message>
        <source>There is no “is_public” choice to make: the portal sets it to true for every app.</source>
        <translation>Eine Auswahl für „is_public“ gibt es nicht: Das Portal setzt den Wert für jede App auf true.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::BasicInfoSection</name>
    <message>
        <source>Basic info</source>
        <translation>Grundinformationen</translation>
    </message>
    <message>
        <source>e.g. Sales reports</source>
        <translation>z. B. Vertriebsberichte</translation>
    </message>
    <message>
        <source>What the app does, for the people asked to allow it access</source>
        <translation>Was die App tut – für die Personen, die ihr Zugriff gewähren sollen</translation>
    </message>
    <message>
        <source>App &amp;name:</source>
        <translation>App-&amp;Name:</translation>
    </message>
    <message>
        <source>W&amp;ebsite URL:</source>
        <translation>&amp;Website-URL:</translation>
    </message>
    <message>
        <source>Icon:</source>
        <translation>Symbol:</translation>
    </message>
    <message>
        <source>Des&amp;cription:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::BundleActions</name>
    <message>
        <source>PortalKeys bundles (*.pkbundle);;All files (*)</source>
        <translation>PortalKeys-Pakete (*.pkbundle);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open bundle</source>
        <translation>Paket öffnen</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Paket exportieren</translation>
    </message>
    <message>
        <source>There are no drafts to export yet. Choose “Offline drafts” as the source, fill in a service and save it as a draft.</source>
        <translation>Es gibt noch keine Entwürfe zum Exportieren. Wählen Sie „Offline-Entwürfe“ als Quelle, füllen Sie einen Dienst aus und speichern Sie ihn als Entwurf.</translation>
    </message>
    <message>
        <source>Reading the drafts&apos; values from the keychain…</source>
        <translation>Werte der Entwürfe werden aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>Nothing was exported. %1</source>
        <translation>Nichts wurde exportiert. %1</translation>
    </message>
    <message>
        <source>Encrypting the bundle…</source>
        <translation>Paket wird verschlüsselt…</translation>
    </message>
    <message>
        <source>The bundle could not be written: %1</source>
        <translation>Das Paket konnte nicht geschrieben werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n draft to %1.</source>
        <translation>
            <numerusform>%n Entwurf nach %1 exportiert.</numerusform>
            <numerusform>%n Entwürfe nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n drafts to %1.</source>
        <translation>
            <numerusform>%n Entwurf nach %1 exportiert.</numerusform>
            <numerusform>%n Entwürfe nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the passphrase apart from the file.</source>
        <translation>Bewahren Sie die Passphrase getrennt von der Datei auf.</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB, so it is not a bundle.</source>
        <translation>%1 ist größer als 16 MiB und daher kein Paket.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Paket importieren</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Nothing was imported from %1. %2</source>
        <translation>Aus %1 wurde nichts importiert. %2</translation>
    </message>
    <message>
        <source>Storing the drafts&apos; values in the keychain…</source>
        <translation>Werte der Entwürfe werden im Schlüsselbund gespeichert…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n draft from %1.</source>
        <translation>
            <numerusform>%n Entwurf aus %1 importiert.</numerusform>
            <numerusform>%n Entwürfe aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n drafts from %1.</source>
        <translation>
            <numerusform>%n Entwurf aus %1 importiert.</numerusform>
            <numerusform>%n Entwürfe aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose “Offline drafts” as the source to see them.</source>
        <translation>Wählen Sie „Offline-Entwürfe“ als Quelle, um sie zu sehen.</translation>
    </message>
    <message>
        <source>Add a portal on the Portals page first; drafts are applied to the portals listed there.</source>
        <translation>Fügen Sie zuerst auf der Seite „Portale“ ein Portal hinzu; Entwürfe werden auf die dort aufgeführten Portale angewendet.</translation>
    </message>
    <message>
        <source>Add a portal on the Portals page first; the comparison reads a portal&apos;s keys.</source>
        <translation>Fügen Sie zuerst auf der Seite „Portale“ ein Portal hinzu; für den Vergleich werden die Schlüssel eines Portals gelesen.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::BundleButtons</name>
    <message>
        <source>E&amp;xport bundle…</source>
        <translation>Paket e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write drafts and their values to a file encrypted with a passphrase</source>
        <translation>Entwürfe und ihre Werte in eine mit einer Passphrase verschlüsselte Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>Paket &amp;importieren…</translation>
    </message>
    <message>
        <source>Add the drafts of a bundle file to your drafts</source>
        <translation>Entwürfe aus einer Paketdatei zu Ihren Entwürfen hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Apply to portals…</source>
        <translation>Auf Portale &amp;anwenden…</translation>
    </message>
    <message>
        <source>Check, then save drafts or a bundle on several portals at once</source>
        <translation>Prüfen und dann Entwürfe oder ein Paket auf mehreren Portalen gleichzeitig speichern</translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>Ver&amp;gleichen…</translation>
    </message>
    <message>
        <source>Compare a portal&apos;s keys with your drafts, a bundle or another portal</source>
        <translation>Schlüssel eines Portals mit Ihren Entwürfen, einem Paket oder einem anderen Portal vergleichen</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::BusyBar</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Wird ausgeführt</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::CertificateDialog</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <translation>%1 (selbstsigniert)</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>vom %1 bis %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <source>Certificate of “%1”</source>
        <translation>Zertifikat von „%1“</translation>
    </message>
    <message>
        <source>PortalKeys cannot verify the identity of %1</source>
        <translation>PortalKeys kann die Identität von %1 nicht überprüfen</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate is not signed by an authority this computer trusts. That is normal for a server with a self-signed or company certificate, but it is also what an attacker between you and the portal would show. Trust it only if the fingerprint below is the one of your server — ask its administrator, or compare it on the server itself.</source>
        <translation>Das Zertifikat des Portals ist nicht von einer Zertifizierungsstelle signiert, der dieser Computer vertraut. Das ist bei einem Server mit selbstsigniertem oder firmeneigenem Zertifikat normal, aber genau das würde auch ein Angreifer zwischen Ihnen und dem Portal vorweisen. Vertrauen Sie ihm nur, wenn der unten angezeigte Fingerabdruck der Ihres Servers ist – fragen Sie dessen Administrator oder vergleichen Sie ihn auf dem Server selbst.</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for this portal</source>
        <translation>Diesem Zertifikat für dieses Portal &amp;vertrauen</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ChangePreviewDialog</name>
    <message>
        <source>&amp;Reveal values</source>
        <translation>Werte an&amp;zeigen</translation>
    </message>
    <message>
        <source>Switch off %1</source>
        <translation>%1 deaktivieren</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <source>Switch %1 off on %2?</source>
        <translation>%1 auf %2 deaktivieren?</translation>
    </message>
    <message>
        <source>Save the keys of %1 on %2?</source>
        <translation>Schlüssel von %1 auf %2 speichern?</translation>
    </message>
    <message>
        <source>What changes: %1.</source>
        <translation>Was sich ändert: %1.</translation>
    </message>
    <message>
        <source>This switches %1 off: every key is cleared on the portal, and what uses the service there stops working until new keys are saved.</source>
        <translation>Dadurch wird %1 deaktiviert: Alle Schlüssel werden auf dem Portal geleert, und was den Dienst dort nutzt, funktioniert erst wieder, wenn neue Schlüssel gespeichert werden.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>After saving</source>
        <translation>Nach dem Speichern</translation>
    </message>
    <message>
        <source>Show the secret values in full</source>
        <translation>Geheime Werte vollständig anzeigen</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>geleert</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ClientSecretDialog</name>
    <message>
        <source>“%1” is registered</source>
        <translation>„%1“ ist registriert</translation>
    </message>
    <message>
        <source>New client secret of “%1”</source>
        <translation>Neues Client-Secret von „%1“</translation>
    </message>
    <message>
        <source>Client secret of “%1”</source>
        <translation>Client-Secret von „%1“</translation>
    </message>
    <message>
        <source>Anyone who has this secret can sign in as the app: copy it only into the integration that needs it, or keep it in the keychain.</source>
        <translation>Wer dieses Secret besitzt, kann sich als die App anmelden: Kopieren Sie es nur in die Integration, die es benötigt, oder speichern Sie es im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Give this secret to the integration that signs in as the app, or keep it in the keychain. If it goes missing, Show secret on the OAuth apps page reads it again from the portal: there is no need to regenerate it.</source>
        <translation>Geben Sie dieses Secret an die Integration weiter, die sich als die App anmeldet, oder speichern Sie es im Schlüsselbund. Falls es verloren geht, liest „Secret anzeigen“ auf der Seite „OAuth-Apps“ es erneut vom Portal: Es muss nicht neu generiert werden.</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Secret:</translation>
    </message>
    <message>
        <source>Copy the client secret</source>
        <translation>Client-Secret kopieren</translation>
    </message>
    <message>
        <source>Keep it in the keychain</source>
        <translation>Im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Store as:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <source>A named secret in the keychain: “Try it” on the OAuth apps page finds it under this name.</source>
        <translation>Ein benanntes Secret im Schlüsselbund: „Ausprobieren“ auf der Seite „OAuth-Apps“ findet es unter diesem Namen.</translation>
    </message>
    <message>
        <source>Stored in the keychain as “%1”. “Try it” on the OAuth apps page finds it under this name.</source>
        <translation>Im Schlüsselbund als „%1“ gespeichert. „Ausprobieren“ auf der Seite „OAuth-Apps“ findet es unter diesem Namen.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the client ID</source>
        <translation>Client-ID kopieren</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::CompareDialog</name>
    <message>
        <source>Compare authorization keys</source>
        <translation>Autorisierungsschlüssel vergleichen</translation>
    </message>
    <message>
        <source>The offline &amp;drafts</source>
        <translation>Die Offline-&amp;Entwürfe</translation>
    </message>
    <message>
        <source>A &amp;bundle file</source>
        <translation>Eine Pa&amp;ketdatei</translation>
    </message>
    <message>
        <source>Another p&amp;ortal</source>
        <translation>Ein anderes P&amp;ortal</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation>&amp;Datei auswählen…</translation>
    </message>
    <message>
        <source>Other portal</source>
        <translation>Anderes Portal</translation>
    </message>
    <message>
        <source>Is the portal still what you prepared? Its authorization keys are compared key by key. Secret values are compared without being shown.</source>
        <translation>Entspricht das Portal noch dem, was Sie vorbereitet haben? Seine Autorisierungsschlüssel werden Schlüssel für Schlüssel verglichen. Geheime Werte werden verglichen, ohne angezeigt zu werden.</translation>
    </message>
    <message>
        <source>&amp;Portal:</source>
        <translation>&amp;Portal:</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Vergleichen mit:</translation>
    </message>
    <message>
        <source>Show the &amp;values of keys that are not secrets</source>
        <translation>&amp;Werte von Schlüsseln anzeigen, die nicht geheim sind</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>&amp;Apply the Prepared Keys…</source>
        <translation>Vorbereitete Schlüssel &amp;anwenden…</translation>
    </message>
    <message>
        <source>Reading what was prepared…</source>
        <translation>Vorbereitete Daten werden gelesen…</translation>
    </message>
    <message>
        <source>Reading the keys of %1…</source>
        <translation>Schlüssel von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>The bundle %1 cannot be read.</source>
        <translation>Das Paket %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Open bundle</source>
        <translation>Paket öffnen</translation>
    </message>
    <message>
        <source>bundle %1</source>
        <translation>Paket %1</translation>
    </message>
    <message>
        <source>The keys of %1 could not be read.</source>
        <translation>Die Schlüssel von %1 konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 has authorization keys.</source>
        <translation>Weder %1 noch %2 hat Autorisierungsschlüssel.</translation>
    </message>
    <message>
        <source>No differences between %1 and %2 (keys compared: %3).</source>
        <translation>Keine Unterschiede zwischen %1 und %2 (verglichene Schlüssel: %3).</translation>
    </message>
    <message>
        <source>Keys that differ between %1 and %2: %3 of %4.</source>
        <translation>Abweichende Schlüssel zwischen %1 und %2: %3 von %4.</translation>
    </message>
    <message>
        <source>Reading the keys of %1 and %2…</source>
        <translation>Schlüssel von %1 und %2 werden gelesen…</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ConfigTab</name>
    <message>
        <source>Not signed</source>
        <translation>Nicht signiert</translation>
    </message>
    <message>
        <source>Only in token</source>
        <translation>Nur im Token</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>Abweichend</translation>
    </message>
    <message>
        <source>Editor config</source>
        <translation>Editor-Konfiguration</translation>
    </message>
    <message>
        <source>Paste the editor config (the object given to DocsAPI.DocEditor), or a method&apos;s parameter object</source>
        <translation>Fügen Sie die Editor-Konfiguration (das an DocsAPI.DocEditor übergebene Objekt) oder das Parameterobjekt einer Methode ein</translation>
    </message>
    <message>
        <source>Insert &amp;example</source>
        <translation>&amp;Beispiel einfügen</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Document Server secret</source>
        <translation>Secret des Document Server</translation>
    </message>
    <message>
        <source>&amp;Sign config</source>
        <translation>Konfiguration &amp;signieren</translation>
    </message>
    <message>
        <source>C&amp;heck config</source>
        <translation>Konfiguration &amp;prüfen</translation>
    </message>
    <message>
        <source>Differences between config and token</source>
        <translation>Unterschiede zwischen Konfiguration und Token</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Signed config</source>
        <translation>Signierte Konfiguration</translation>
    </message>
    <message>
        <source>The signed config appears here</source>
        <translation>Die signierte Konfiguration erscheint hier</translation>
    </message>
    <message>
        <source>&amp;Copy config</source>
        <translation>Konfiguration &amp;kopieren</translation>
    </message>
    <message>
        <source>Valid JSON object.</source>
        <translation>Gültiges JSON-Objekt.</translation>
    </message>
    <message>
        <source>The config must be a JSON object.</source>
        <translation>Die Konfiguration muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>The config is not a JSON object.</source>
        <translation>Die Konfiguration ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Signed: the config now carries its token.</source>
        <translation>Signiert: Die Konfiguration enthält jetzt ihr Token.</translation>
    </message>
    <message>
        <source>The config has no “token” member to check.</source>
        <translation>Die Konfiguration hat kein Feld „token“, das geprüft werden könnte.</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Ungültig: %1</translation>
    </message>
    <message numerus="yes">
        <source>The signature is valid, but the token does not sign exactly this config: %n difference(s).</source>
        <translation>
            <numerusform>Die Signatur ist gültig, aber das Token signiert nicht genau diese Konfiguration: %n Abweichung.</numerusform>
            <numerusform>Die Signatur ist gültig, aber das Token signiert nicht genau diese Konfiguration: %n Abweichungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid: the token signs exactly this config.</source>
        <translation>Gültig: Das Token signiert genau diese Konfiguration.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ConnectionResultView</name>
    <message>
        <source>Review the &amp;certificate…</source>
        <translation>&amp;Zertifikat prüfen…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Portal: %1.</source>
        <translation>Portal: %1.</translation>
    </message>
    <message>
        <source>Round trip: %1 ms.</source>
        <translation>Umlaufzeit: %1 ms.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2, %3.</source>
        <translation>Verbunden mit %1 als %2, %3.</translation>
    </message>
    <message>
        <source>Portal admin rights: yes — PortalKeys can manage this portal&apos;s third-party authorization keys.
%1</source>
        <translation>Portal-Administratorrechte: ja – PortalKeys kann die Autorisierungsschlüssel für Drittanbieterdienste dieses Portals verwalten.
%1</translation>
    </message>
    <message>
        <source>Connected to %1 as %2, who is not a portal admin.</source>
        <translation>Verbunden mit %1 als %2 – kein Portaladministrator.</translation>
    </message>
    <message>
        <source>Third-party authorization keys can only be managed by a portal admin (the owner or a DocSpace admin). Sign in as an admin to change them.
%1</source>
        <translation>Autorisierungsschlüssel für Drittanbieterdienste können nur von einem Portaladministrator verwaltet werden (dem Besitzer oder einem DocSpace-Administrator). Melden Sie sich als Administrator an, um sie zu ändern.
%1</translation>
    </message>
    <message>
        <source>The portal said: “%1”</source>
        <translation>Das Portal meldete: „%1“</translation>
    </message>
    <message>
        <source>HTTP status %1.</source>
        <translation>HTTP-Status %1.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Test the connection to see how the portal answers now.</source>
        <translation>Testen Sie die Verbindung, um zu sehen, wie das Portal jetzt antwortet.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::DraftActions</name>
    <message>
        <source>Some draft files cannot be read and were left alone:</source>
        <translation>Einige Entwurfsdateien können nicht gelesen werden und wurden unverändert gelassen:</translation>
    </message>
    <message>
        <source>The draft was not saved. %1</source>
        <translation>Der Entwurf wurde nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>The draft was not exported. %1</source>
        <translation>Der Entwurf wurde nicht exportiert. %1</translation>
    </message>
    <message>
        <source>“%1” exported to %2.</source>
        <translation>„%1“ nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Nichts wurde importiert. %1</translation>
    </message>
    <message>
        <source>“%1” imported from %2 as a draft.</source>
        <translation>„%1“ aus %2 als Entwurf importiert.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <source>Delete the draft “%1”?</source>
        <translation>Entwurf „%1“ löschen?</translation>
    </message>
    <message>
        <source>Its file is deleted from this computer. Apps registered from it stay on their portals.</source>
        <translation>Die Datei wird von diesem Computer gelöscht. Daraus registrierte Apps bleiben auf ihren Portalen.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ExportBundleDialog</name>
    <message>
        <source>Export bundle</source>
        <translation>Paket exportieren</translation>
    </message>
    <message>
        <source>A bundle carries drafts and their values to another computer in one file, encrypted with a passphrase.</source>
        <translation>Ein Paket überträgt Entwürfe samt ihren Werten in einer einzigen Datei auf einen anderen Computer, verschlüsselt mit einer Passphrase.</translation>
    </message>
    <message>
        <source>&amp;Drafts to export:</source>
        <translation>Zu exportierende &amp;Entwürfe:</translation>
    </message>
    <message>
        <source>Drafts to export</source>
        <translation>Zu exportierende Entwürfe</translation>
    </message>
    <message>
        <source>%1 — %2, changed %3</source>
        <translation>%1 — %2, geändert: %3</translation>
    </message>
    <message>
        <source>At least %1 characters, e.g. a few unrelated words</source>
        <translation>Mindestens %1 Zeichen, z. B. einige zusammenhanglose Wörter</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Anyone who has the file and the passphrase can read every key in it, and PortalKeys cannot open the file without the passphrase: keep the passphrase apart from the file, in a password manager.</source>
        <translation>Wer die Datei und die Passphrase besitzt, kann jeden darin enthaltenen Schlüssel lesen, und PortalKeys kann die Datei ohne die Passphrase nicht öffnen: Bewahren Sie die Passphrase getrennt von der Datei in einem Passwort-Manager auf.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Tick at least one draft.</source>
        <translation>Markieren Sie mindestens einen Entwurf.</translation>
    </message>
    <message>
        <source>Type the passphrase again, to be sure of it.</source>
        <translation>Geben Sie die Passphrase zur Sicherheit erneut ein.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the rows shown as a CSV file for a spreadsheet</source>
        <translation>Angezeigte Zeilen als CSV-Datei für eine Tabellenkalkulation speichern</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alle Bereiche</translation>
    </message>
    <message>
        <source>Include the portal&apos;s &amp;audit trail</source>
        <translation>&amp;Audit-Trail des Portals einbeziehen</translation>
    </message>
    <message>
        <source>&amp;Portal:</source>
        <translation>&amp;Portal:</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation>Be&amp;reich:</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Seit:</translation>
    </message>
    <message>
        <source>All portals</source>
        <translation>Alle Portale</translation>
    </message>
    <message>
        <source>Damaged lines of the history file skipped: %1.</source>
        <translation>Beschädigte Zeilen der Verlaufsdatei übersprungen: %1.</translation>
    </message>
    <message>
        <source>Reading the audit trail of %1…</source>
        <translation>Audit-Trail von %1 wird gelesen…</translation>
    </message>
    <message>
        <source>The portal&apos;s audit trail was not read, only the local history is shown:</source>
        <translation>Der Audit-Trail des Portals wurde nicht gelesen, es wird nur der lokale Verlauf angezeigt:</translation>
    </message>
    <message>
        <source>Also read the changes the portal itself recorded, from every source, its web pages included (portal admins only)</source>
        <translation>Auch die vom Portal selbst aufgezeichneten Änderungen aus allen Quellen einlesen, einschließlich seiner Webseiten (nur für Portaladministratoren)</translation>
    </message>
    <message>
        <source>Choose one portal to read its audit trail</source>
        <translation>Wählen Sie ein einzelnes Portal, um seinen Audit-Trail zu lesen</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Rows exported to %1: %2.</source>
        <translation>Nach %1 exportierte Zeilen: %2.</translation>
    </message>
    <message>
        <source>The history was not exported to %1: %2</source>
        <translation>Der Verlauf wurde nicht nach %1 exportiert: %2</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::IconPicker</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Ausw&amp;ählen…</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Icon preview</source>
        <translation>Symbolvorschau</translation>
    </message>
    <message>
        <source>A PNG, JPEG or SVG image; the portal shows it at 32×32 pixels</source>
        <translation>Ein PNG-, JPEG- oder SVG-Bild; das Portal zeigt es mit 32×32 Pixeln an</translation>
    </message>
    <message>
        <source>Use an image copied from another program</source>
        <translation>Ein aus einem anderen Programm kopiertes Bild verwenden</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for an app icon.</source>
        <translation>%1 ist zu groß für ein App-Symbol.</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>Die Zwischenablage enthält kein Bild.</translation>
    </message>
    <message>
        <source>the pasted image</source>
        <translation>das eingefügte Bild</translation>
    </message>
    <message>
        <source>The clipboard holds no image. Copy an image, or choose an image file.</source>
        <translation>Die Zwischenablage enthält kein Bild. Kopieren Sie ein Bild oder wählen Sie eine Bilddatei aus.</translation>
    </message>
    <message>
        <source>Scale the icon</source>
        <translation>Symbol skalieren</translation>
    </message>
    <message>
        <source>Scale to 32×32?</source>
        <translation>Auf 32×32 skalieren?</translation>
    </message>
    <message>
        <source>%1 is %2×%3 pixels; the portal shows app icons at 32×32. PortalKeys can scale it, keeping its proportions on a transparent square, and store it as PNG.</source>
        <translation>%1 hat %2×%3 Pixel; das Portal zeigt App-Symbole mit 32×32 Pixeln an. PortalKeys kann es unter Beibehaltung der Proportionen auf ein transparentes Quadrat skalieren und als PNG speichern.</translation>
    </message>
    <message>
        <source>&amp;Scale</source>
        <translation>&amp;Skalieren</translation>
    </message>
    <message>
        <source>No icon yet. PNG, JPEG or SVG; 32×32 pixels.</source>
        <translation>Noch kein Symbol. PNG, JPEG oder SVG; 32×32 Pixel.</translation>
    </message>
    <message>
        <source>The icon cannot be shown.</source>
        <translation>Das Symbol kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>%1×%2 pixels</source>
        <translation>%1×%2 Pixel</translation>
    </message>
    <message>
        <source>no declared size</source>
        <translation>keine angegebene Größe</translation>
    </message>
    <message>
        <source>%1, %2, %3 bytes</source>
        <translation>%1, %2, %3 Bytes</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::InspectTab</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Copy &amp;token</source>
        <translation>&amp;Token kopieren</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>&amp;Header</source>
        <translation>&amp;Header</translation>
    </message>
    <message>
        <source>&amp;Payload</source>
        <translation>&amp;Payload</translation>
    </message>
    <message>
        <source>Check e&amp;xpiry and not-before</source>
        <translation>Abl&amp;auf und Gültigkeitsbeginn prüfen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Clock difference allowed between the token&apos;s issuer and this computer</source>
        <translation>Erlaubte Uhrzeitabweichung zwischen dem Aussteller des Tokens und diesem Computer</translation>
    </message>
    <message>
        <source>Plain &amp;JWS</source>
        <translation>Einfaches &amp;JWS</translation>
    </message>
    <message>
        <source>The payload may be any data: check only the signature and the header, no claims or times</source>
        <translation>Der Payload kann beliebige Daten enthalten: nur Signatur und Header prüfen, keine Claims oder Zeiten</translation>
    </message>
    <message>
        <source>L&amp;eeway:</source>
        <translation>&amp;Toleranz:</translation>
    </message>
    <message>
        <source>Verify with</source>
        <translation>Prüfen mit</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Try &amp;common secrets</source>
        <translation>&amp;Gängige Secrets testen</translation>
    </message>
    <message>
        <source>Check whether an HMAC token was signed with a well-known weak secret</source>
        <translation>Prüfen, ob ein HMAC-Token mit einem bekannten schwachen Secret signiert wurde</translation>
    </message>
    <message>
        <source>Try a &amp;word list…</source>
        <translation>&amp;Wortliste testen…</translation>
    </message>
    <message>
        <source>Word list (one secret per line)</source>
        <translation>Wortliste (ein Secret pro Zeile)</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Paste a token to decode it.</source>
        <translation>Fügen Sie ein Token ein, um es zu dekodieren.</translation>
    </message>
    <message>
        <source>Cannot read the token: %1</source>
        <translation>Das Token kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Ungültig: %1</translation>
    </message>
    <message>
        <source>Signature not checked: give the key to verify this %1 token.</source>
        <translation>Signatur nicht geprüft: Geben Sie den Schlüssel an, um dieses %1-Token zu verifizieren.</translation>
    </message>
    <message>
        <source>Not checked: the key cannot be read. %1</source>
        <translation>Nicht geprüft: Der Schlüssel kann nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>the built-in list of weak secrets</source>
        <translation>integrierte Liste schwacher Secrets</translation>
    </message>
    <message>
        <source>Valid plain JWS: the %1 signature checks out (no claims checked).</source>
        <translation>Gültiges einfaches JWS: Die %1-Signatur ist korrekt (keine Claims geprüft).</translation>
    </message>
    <message>
        <source>Valid: the %1 signature and the times check out.</source>
        <translation>Gültig: Die %1-Signatur und die Zeiten sind korrekt.</translation>
    </message>
    <message>
        <source>Valid signature (%1); times not checked.</source>
        <translation>Gültige Signatur (%1); Zeiten nicht geprüft.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n candidates is the secret.</source>
        <translation>
            <numerusform>%n Kandidat geprüft – er ist nicht das Secret.</numerusform>
            <numerusform>Keiner der %n Kandidaten ist das Secret.</numerusform>
        </translation>
    </message>
    <message>
        <source>Found the secret: %1. Anyone can forge tokens with it: replace it with a long random secret.</source>
        <translation>Secret gefunden: %1. Damit kann jeder Token fälschen: Ersetzen Sie es durch ein langes zufälliges Secret.</translation>
    </message>
    <message>
        <source>the empty secret</source>
        <translation>das leere Secret</translation>
    </message>
    <message>
        <source>Local time: %1
Raw value: %2</source>
        <translation>Ortszeit: %1
Rohwert: %2</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::JwtInspectorPage</name>
    <message>
        <source>&amp;Decode and verify</source>
        <translation>&amp;Dekodieren und prüfen</translation>
    </message>
    <message>
        <source>S&amp;ign</source>
        <translation>S&amp;ignieren</translation>
    </message>
    <message>
        <source>Document &amp;Server config</source>
        <translation>Konfiguration für Document &amp;Server</translation>
    </message>
    <message>
        <source>JWT inspector</source>
        <translation>JWT-Inspektor</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::KeyField</name>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>Secret missing – enter it again</source>
        <translation>Secret fehlt – bitte erneut eingeben</translation>
    </message>
    <message>
        <source>Problems with %1</source>
        <translation>Probleme mit %1</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::KeyPanel</name>
    <message>
        <source>Kind of key</source>
        <translation>Schlüsselart</translation>
    </message>
    <message>
        <source>What kind of key to give</source>
        <translation>Welche Art von Schlüssel angegeben wird</translation>
    </message>
    <message>
        <source>HMAC secret</source>
        <translation>HMAC-Secret</translation>
    </message>
    <message>
        <source>Public or private key (PEM, JWK, JWK Set)</source>
        <translation>Öffentlicher oder privater Schlüssel (PEM, JWK, JWK Set)</translation>
    </message>
    <message>
        <source>The secret the token was signed with</source>
        <translation>Das Secret, mit dem das Token signiert wurde</translation>
    </message>
    <message>
        <source>Text (UTF-8)</source>
        <translation>Text (UTF-8)</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>Base64url</source>
        <translation>Base64url</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>e.g. Document Server production</source>
        <translation>z. B. Document Server Produktion</translation>
    </message>
    <message>
        <source>Keychain name</source>
        <translation>Name im Schlüsselbund</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>Fill in the secret kept in the keychain under this name</source>
        <translation>Das im Schlüsselbund unter diesem Namen gespeicherte Secret einsetzen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Keep the secret in the keychain under this name</source>
        <translation>Secret im Schlüsselbund unter diesem Namen speichern</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Secret:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Kodierung:</translation>
    </message>
    <message>
        <source>Keychain:</source>
        <translation>Schlüsselbund:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>-----BEGIN PUBLIC KEY-----
…
or a JWK / JWK Set in JSON</source>
        <translation>-----BEGIN PUBLIC KEY-----
…
oder ein JWK / JWK Set in JSON</translation>
    </message>
    <message>
        <source>Load from &amp;file…</source>
        <translation>A&amp;us Datei laden…</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <source>Loaded the secret “%1” from the keychain.</source>
        <translation>Secret „%1“ aus dem Schlüsselbund geladen.</translation>
    </message>
    <message>
        <source>Type the secret first.</source>
        <translation>Geben Sie zuerst das Secret ein.</translation>
    </message>
    <message>
        <source>Saved the secret in the keychain as “%1”.</source>
        <translation>Secret im Schlüsselbund als „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Open a key</source>
        <translation>Schlüssel öffnen</translation>
    </message>
    <message>
        <source>Keys (*.pem *.crt *.cer *.key *.pub *.json *.jwk);;All files (*)</source>
        <translation>Schlüssel (*.pem *.crt *.cer *.key *.pub *.json *.jwk);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>“%1” is larger than 1 MiB; that is no key.</source>
        <translation>„%1“ ist größer als 1 MiB; das ist kein Schlüssel.</translation>
    </message>
    <message>
        <source>Loaded “%1”.</source>
        <translation>„%1“ geladen.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::LegalSection</name>
    <message>
        <source>Support and legal info</source>
        <translation>Support- und Rechtsinformationen</translation>
    </message>
    <message>
        <source>Privac&amp;y policy URL:</source>
        <translation>URL der Datenschutzric&amp;htlinie:</translation>
    </message>
    <message>
        <source>Terms o&amp;f service URL:</source>
        <translation>URL der Nu&amp;tzungsbedingungen:</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::MainWindow</name>
    <message>
        <source>the portal&apos;s authorization keys for Google, Box, Dropbox, OneDrive, DocuSign, Twilio, Telegram, S3 and more, with guidance for each service, online or prepared offline.</source>
        <translation>die Autorisierungsschlüssel des Portals für Google, Box, Dropbox, OneDrive, DocuSign, Twilio, Telegram, S3 und weitere Dienste – mit einer Anleitung für jeden Dienst, online oder offline vorbereitet.</translation>
    </message>
    <message>
        <source>register and manage DocSpace OAuth 2.0 apps: redirect URLs, allowed origins, scopes, icon and PKCE, with drafts kept offline.</source>
        <translation>Registrierung und Verwaltung von DocSpace-OAuth 2.0-Apps: Weiterleitungs-URLs, zugelassene Ursprünge, Bereiche, Symbol und PKCE, mit offline gespeicherten Entwürfen.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About PortalKeys</source>
        <translation>Ü&amp;ber PortalKeys</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::MultiLineKeyEdit</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Load from file…</source>
        <translation>Aus Datei laden…</translation>
    </message>
    <message>
        <source>Replace the key with what the clipboard holds</source>
        <translation>Schlüssel durch den Inhalt der Zwischenablage ersetzen</translation>
    </message>
    <message>
        <source>Read the key from a file, such as a .p8 or .json file from the provider</source>
        <translation>Schlüssel aus einer Datei lesen, z. B. einer .p8- oder .json-Datei des Anbieters</translation>
    </message>
    <message numerus="yes">
        <source>Hidden: %n characters on one line</source>
        <translation>
            <numerusform>Ausgeblendet: %n Zeichen in einer Zeile</numerusform>
            <numerusform>Ausgeblendet: %n Zeichen in einer Zeile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hidden: %1 characters on %n lines</source>
        <translation>
            <numerusform>Ausgeblendet: %1 Zeichen in %n Zeile</numerusform>
            <numerusform>Ausgeblendet: %1 Zeichen in %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation>Schlüssel ausblenden</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB, so it is not a key file.</source>
        <translation>%1 ist größer als 1 MiB und daher keine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>%1 is not a text file; choose the key file itself.</source>
        <translation>%1 ist keine Textdatei; wählen Sie die Schlüsseldatei selbst aus.</translation>
    </message>
    <message>
        <source>Load a key file</source>
        <translation>Schlüsseldatei laden</translation>
    </message>
    <message>
        <source>Key files (*.p8 *.pem *.key *.json);;All files (*)</source>
        <translation>Schlüsseldateien (*.p8 *.pem *.key *.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::OAuthAppsPage</name>
    <message>
        <source>OAuth apps</source>
        <translation>OAuth-Apps</translation>
    </message>
    <message>
        <source>The OAuth 2.0 apps registered on a portal, and drafts prepared on this computer. Show secret reads an app&apos;s client secret again at any time (for portal admins and the app&apos;s creator).</source>
        <translation>Die auf einem Portal registrierten OAuth 2.0-Apps und die auf diesem Computer vorbereiteten Entwürfe. „Secret anzeigen“ liest das Client-Secret einer App jederzeit erneut aus (für Portaladministratoren und den Ersteller der App).</translation>
    </message>
    <message>
        <source>Load the portal&apos;s apps again</source>
        <translation>Apps des Portals erneut laden</translation>
    </message>
    <message>
        <source>New app</source>
        <translation>Neue App</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Import draft</source>
        <translation>Entwurf importieren</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::OAuthSection</name>
    <message>
        <source>From Developer Tools → OAuth 2.0 on the portal</source>
        <translation>Aus Entwicklertools → OAuth 2.0 auf dem Portal</translation>
    </message>
    <message>
        <source>e.g. files:read rooms:read — empty: the app&apos;s own scopes</source>
        <translation>z. B. files:read rooms:read – leer: die eigenen Bereiche der App</translation>
    </message>
    <message>
        <source>After saving, Sign in with browser lets you sign in on the portal&apos;s own page. PortalKeys keeps only the tokens it gets, in the keychain.</source>
        <translation>Nach dem Speichern können Sie sich mit „Im Browser anmelden“ auf der Seite des Portals selbst anmelden. PortalKeys speichert nur die erhaltenen Token, und zwar im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Client secret:</source>
        <translation>&amp;Client-Secret:</translation>
    </message>
    <message>
        <source>Sco&amp;pes:</source>
        <translation>&amp;Bereiche:</translation>
    </message>
    <message>
        <source>Optional — public clients use PKCE only</source>
        <translation>Optional – öffentliche Clients verwenden nur PKCE</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::OperationPage</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::PassphraseDialog</name>
    <message>
        <source>Enter the passphrase that protects “%1”.</source>
        <translation>Geben Sie die Passphrase ein, die „%1“ schützt.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::PermissionChooser</name>
    <message>
        <source>&amp;All: everything the key&apos;s owner may do</source>
        <translation>&amp;Alle: alles, was der Besitzer des Schlüssels tun darf</translation>
    </message>
    <message>
        <source>&amp;Read only: read everything, change nothing</source>
        <translation>Nur &amp;Lesen: alles lesen, nichts ändern</translation>
    </message>
    <message>
        <source>&amp;Chosen permissions:</source>
        <translation>Ausgewählte Be&amp;rechtigungen:</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Read and write</source>
        <translation>Lesen und Schreiben</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::PlaceholderPage</name>
    <message>
        <source>Coming soon: %1</source>
        <translation>Demnächst: %1</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::PortalActionBar</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Add a portal</source>
        <translation>Portal hinzufügen</translation>
    </message>
    <message>
        <source>Change the name, address or credentials of the selected portal</source>
        <translation>Name, Adresse oder Anmeldedaten des ausgewählten Portals ändern</translation>
    </message>
    <message>
        <source>Remove the selected portal and its secrets</source>
        <translation>Ausgewähltes Portal und seine Secrets entfernen</translation>
    </message>
    <message>
        <source>Check the address and the credentials: who PortalKeys is signed in as, and whether that account is a portal admin</source>
        <translation>Adresse und Anmeldedaten prüfen: als wer PortalKeys angemeldet ist und ob dieses Konto ein Portaladministrator ist</translation>
    </message>
    <message>
        <source>Sign in with &amp;browser</source>
        <translation>Im Br&amp;owser anmelden</translation>
    </message>
    <message>
        <source>Sign in on the portal&apos;s page in your browser and allow PortalKeys access</source>
        <translation>Im Browser auf der Seite des Portals anmelden und PortalKeys Zugriff gewähren</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Get a new login token with your e-mail and password</source>
        <translation>Mit Ihrer E-Mail-Adresse und Ihrem Passwort ein neues Anmeldetoken abrufen</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::PortalDialog</name>
    <message>
        <source>Add a portal</source>
        <translation>Portal hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>e.g. production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Portal &amp;address:</source>
        <translation>Portal&amp;adresse:</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>Anmel&amp;den mit:</translation>
    </message>
    <message>
        <source>PortalKeys connects to %1</source>
        <translation>PortalKeys verbindet sich mit %1</translation>
    </message>
    <message>
        <source>Sign in and save</source>
        <translation>Anmelden und speichern</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Sign in and add</source>
        <translation>Anmelden und hinzufügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <source>Waiting for the two-factor code…</source>
        <translation>Warten auf den Zwei-Faktor-Code…</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Code wird geprüft…</translation>
    </message>
    <message>
        <source>Saving in the keychain…</source>
        <translation>Speichern im Schlüsselbund…</translation>
    </message>
    <message>
        <source>Nothing was saved: the keychain did not take the secrets.</source>
        <translation>Nichts wurde gespeichert: Der Schlüsselbund hat die Secrets nicht übernommen.</translation>
    </message>
    <message>
        <source>Removing the old secrets from the keychain…</source>
        <translation>Alte Secrets werden aus dem Schlüsselbund entfernt…</translation>
    </message>
    <message>
        <source>Unchanged — type to replace</source>
        <translation>Unverändert – zum Ersetzen eingeben</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::PortalEdits</name>
    <message>
        <source>A portal named “%1” was added meanwhile (on the command line or in another window); nothing was changed.</source>
        <translation>Ein Portal namens „%1“ wurde inzwischen hinzugefügt (über die Befehlszeile oder in einem anderen Fenster); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>“%1” was removed meanwhile (on the command line or in another window); nothing was changed.</source>
        <translation>„%1“ wurde inzwischen entfernt (über die Befehlszeile oder in einem anderen Fenster); es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::PortalEmptyState</name>
    <message>
        <source>No portals yet</source>
        <translation>Noch keine Portale</translation>
    </message>
    <message>
        <source>Add the first portal you administer: its address, and how PortalKeys signs in — with an API key, your e-mail and password, a token, or OAuth 2.0.</source>
        <translation>Fügen Sie das erste Portal hinzu, das Sie verwalten: seine Adresse und wie sich PortalKeys anmeldet – mit einem API-Schlüssel, Ihrer E-Mail-Adresse und Ihrem Passwort, einem Token oder über OAuth 2.0.</translation>
    </message>
    <message>
        <source>&amp;Add a portal…</source>
        <translation>Portal &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add a portal</source>
        <translation>Portal hinzufügen</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::PortalList</name>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>E-mail and password</source>
        <translation>E-Mail und Passwort</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Login token</source>
        <translation>Anmeldetoken</translation>
    </message>
    <message>
        <source>OAuth 2.0</source>
        <translation>OAuth 2.0</translation>
    </message>
    <message>
        <source>Portals</source>
        <translation>Portale</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Signs in with</source>
        <translation>Anmeldung über</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::PortalOperation</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::PortalPicker</name>
    <message>
        <source>&amp;Portal:</source>
        <translation>&amp;Portal:</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>No portals — add one on the Portals page</source>
        <translation>Keine Portale – fügen Sie eines auf der Seite „Portale“ hinzu</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::PortalSteps</name>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Verbindung zu %1 wird getestet…</translation>
    </message>
    <message>
        <source>Preparing the sign-in to %1…</source>
        <translation>Anmeldung bei %1 wird vorbereitet…</translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in to %1 there and allow access.</source>
        <translation>Warten auf den Browser… Melden Sie sich dort bei %1 an und gewähren Sie den Zugriff.</translation>
    </message>
    <message>
        <source>Finishing the sign-in…</source>
        <translation>Anmeldung wird abgeschlossen…</translation>
    </message>
    <message>
        <source>Saving the tokens in the keychain…</source>
        <translation>Token werden im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <source>Waiting for the two-factor code…</source>
        <translation>Warten auf den Zwei-Faktor-Code…</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Code wird geprüft…</translation>
    </message>
    <message>
        <source>Saving the token in the keychain…</source>
        <translation>Token wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Remove portal</source>
        <translation>Portal entfernen</translation>
    </message>
    <message>
        <source>Remove the portal “%1”?</source>
        <translation>Portal „%1“ entfernen?</translation>
    </message>
    <message>
        <source>PortalKeys forgets this portal and deletes its secrets from the keychain. Nothing changes on the portal itself: an API key or OAuth app stays valid there until you revoke it.</source>
        <translation>PortalKeys vergisst dieses Portal und löscht seine Secrets aus dem Schlüsselbund. Auf dem Portal selbst ändert sich nichts: Ein API-Schlüssel oder eine OAuth-App bleibt dort gültig, bis Sie ihn bzw. sie widerrufen.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Removing %1 and its secrets…</source>
        <translation>%1 und seine Secrets werden entfernt…</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::PortalsPage</name>
    <message>
        <source>Add a portal</source>
        <translation>Portal hinzufügen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Portals</source>
        <translation>Portale</translation>
    </message>
    <message>
        <source>The portals PortalKeys connects to. Their keys, passwords and tokens stay in the keychain.</source>
        <translation>Die Portale, mit denen sich PortalKeys verbindet. Ihre Schlüssel, Passwörter und Token bleiben im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>PortalKeys could not open a browser.</source>
        <translation>PortalKeys konnte keinen Browser öffnen.</translation>
    </message>
    <message>
        <source>Open this address in a browser yourself:
%1</source>
        <translation>Öffnen Sie diese Adresse selbst in einem Browser:
%1</translation>
    </message>
    <message>
        <source>“%1” was not removed, because its secrets could not be deleted from the keychain. %2</source>
        <translation>„%1“ wurde nicht entfernt, da seine Secrets nicht aus dem Schlüsselbund gelöscht werden konnten. %2</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>Takes effect when PortalKeys is restarted.</source>
        <translation>Wird nach einem Neustart von PortalKeys wirksam.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::RedirectsSection</name>
    <message>
        <source>Redirects and origins</source>
        <translation>Weiterleitungen und Ursprünge</translation>
    </message>
    <message>
        <source>Redirect URL</source>
        <translation>Weiterleitungs-URL</translation>
    </message>
    <message>
        <source>Add redirect URL</source>
        <translation>Weiterleitungs-URL hinzufügen</translation>
    </message>
    <message>
        <source>Allowed origin</source>
        <translation>Zugelassener Ursprung</translation>
    </message>
    <message>
        <source>Add allowed origin</source>
        <translation>Zugelassenen Ursprung hinzufügen</translation>
    </message>
    <message>
        <source>Redirect URLs:</source>
        <translation>Weiterleitungs-URLs:</translation>
    </message>
    <message>
        <source>Allowed origins:</source>
        <translation>Zugelassene Ursprünge:</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ScopeMatrix</name>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <source>write</source>
        <translation>schreiben</translation>
    </message>
    <message>
        <source>Write access includes read access.</source>
        <translation>Schreibzugriff schließt Lesezugriff ein.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ScopesSection</name>
    <message>
        <source>Access scopes</source>
        <translation>Zugriffsbereiche</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::SecretDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>S&amp;peichern</translation>
    </message>
    <message>
        <source>Storing…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::SecretEdit</name>
    <message>
        <source>Show secret</source>
        <translation>Secret anzeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Hide what was typed</source>
        <translation>Eingabe ausblenden</translation>
    </message>
    <message>
        <source>Show what was typed</source>
        <translation>Eingabe anzeigen</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::SecureClipboard</name>
    <message numerus="yes">
        <source>Copied. The clipboard will be cleared in %n seconds.</source>
        <translation>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ServiceActionBar</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Delete draft…</source>
        <translation>Entwurf &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete this draft and its values from the keychain</source>
        <translation>Diesen Entwurf und seine Werte aus dem Schlüsselbund löschen</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>Entwurf &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Deaktivieren…</translation>
    </message>
    <message>
        <source>Clear every key of this service on the portal, which switches it off</source>
        <translation>Alle Schlüssel dieses Dienstes auf dem Portal leeren, wodurch er deaktiviert wird</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Akti&amp;vieren</translation>
    </message>
    <message>
        <source>Keep the values typed above as a draft, in the keychain</source>
        <translation>Die oben eingegebenen Werte als Entwurf im Schlüsselbund behalten</translation>
    </message>
    <message>
        <source>Save the changed keys on the portal, after a preview of the changes</source>
        <translation>Die geänderten Schlüssel nach einer Vorschau der Änderungen auf dem Portal speichern</translation>
    </message>
    <message>
        <source>Save the keys typed above on the portal, which switches the service on</source>
        <translation>Die oben eingegebenen Schlüssel auf dem Portal speichern; das schaltet den Dienst ein</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ServiceCardDelegate</name>
    <message>
        <source>paid plan</source>
        <translation>kostenpflichtig</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ServiceDraftActions</name>
    <message>
        <source>The draft was not saved.</source>
        <translation>Der Entwurf wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Saving the draft of %1 in the keychain…</source>
        <translation>Entwurf von %1 wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Entwurf gespeichert.</translation>
    </message>
    <message>
        <source>Its values are in the keychain; the list of drafts holds only the names of its keys.</source>
        <translation>Seine Werte liegen im Schlüsselbund; die Entwurfsliste enthält nur die Namen seiner Schlüssel.</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <source>Delete the draft “%1”?</source>
        <translation>Entwurf „%1“ löschen?</translation>
    </message>
    <message>
        <source>Its values are removed from the keychain. Bundles it was exported to, and portals it was applied to, keep their copies.</source>
        <translation>Seine Werte werden aus dem Schlüsselbund entfernt. Pakete, in die er exportiert wurde, und Portale, auf die er angewendet wurde, behalten ihre Kopien.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleting the draft and its values…</source>
        <translation>Entwurf und seine Werte werden gelöscht…</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ServiceEditor</name>
    <message>
        <source>Choose a service to see how to get its keys and to edit them.</source>
        <translation>Wählen Sie einen Dienst, um zu sehen, wie Sie seine Schlüssel erhalten, und um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>Available in %1.</source>
        <translation>Verfügbar in %1.</translation>
    </message>
    <message>
        <source>PortalKeys&apos; catalog does not describe this service, so there is no guidance for it and its values are checked only for completeness. The fields are the ones %1 lists.</source>
        <translation>Der Katalog von PortalKeys beschreibt diesen Dienst nicht, daher gibt es keine Anleitung dafür, und seine Werte werden nur auf Vollständigkeit geprüft. Die Felder sind die, die %1 auflistet.</translation>
    </message>
    <message>
        <source>the portal</source>
        <translation>das Portal</translation>
    </message>
    <message>
        <source>the draft</source>
        <translation>der Entwurf</translation>
    </message>
    <message>
        <source>Secret missing: the keychain no longer holds the value of %1. Enter it again and save.</source>
        <translation>Secret fehlt: Der Schlüsselbund enthält den Wert von %1 nicht mehr. Geben Sie ihn erneut ein und speichern Sie.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ServiceEditorHeader</name>
    <message>
        <source>Draft for %1. %2</source>
        <translation>Entwurf für %1. %2</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ServiceInstructions</name>
    <message>
        <source>How to get the keys</source>
        <translation>So erhalten Sie die Schlüssel</translation>
    </message>
    <message>
        <source>Shows or hides the steps to get the keys</source>
        <translation>Blendet die Schritte zum Abrufen der Schlüssel ein oder aus</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the redirect URI to register with the provider</source>
        <translation>Weiterleitungs-URI kopieren, um sie beim Anbieter zu registrieren</translation>
    </message>
    <message>
        <source>&amp;Redirect URI:</source>
        <translation>&amp;Weiterleitungs-URI:</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Where to get the keys: %1</source>
        <translation>Wo Sie die Schlüssel erhalten: %1</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ServiceKeyForm</name>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Accept the &amp;warnings and save anyway</source>
        <translation>Warnungen akzeptieren und &amp;trotzdem speichern</translation>
    </message>
    <message>
        <source>Keys: the portal does not show them</source>
        <translation>Schlüssel: vom Portal nicht angezeigt</translation>
    </message>
    <message>
        <source>Keys: set in the server&apos;s configuration</source>
        <translation>Schlüssel: in der Serverkonfiguration festgelegt</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ServiceList</name>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ServiceListPanel</name>
    <message>
        <source>Search services</source>
        <translation>Dienste suchen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Shows only the services of this kind</source>
        <translation>Zeigt nur die Dienste dieser Art</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Shows only the services in this state</source>
        <translation>Zeigt nur die Dienste in diesem Zustand</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Needs a paid plan</source>
        <translation>Erfordert kostenpflichtigen Tarif</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>The portal lists no third-party services.</source>
        <translation>Das Portal listet keine Drittanbieterdienste auf.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>No services to show.</source>
        <translation>Keine Dienste anzuzeigen.</translation>
    </message>
    <message numerus="yes">
        <source>%n service</source>
        <translation>
            <numerusform>%n Dienst</numerusform>
            <numerusform>%n Dienste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n services</source>
        <translation>
            <numerusform>%n Dienst</numerusform>
            <numerusform>%n Dienste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n service</source>
        <translation>
            <numerusform>%1 von %n Dienst</numerusform>
            <numerusform>%1 von %n Diensten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n services</source>
        <translation>
            <numerusform>%1 von %n Dienst</numerusform>
            <numerusform>%1 von %n Diensten</numerusform>
        </translation>
    </message>
    <message>
        <source>No service matches the search and the filters.</source>
        <translation>Kein Dienst entspricht der Suche und den Filtern.</translation>
    </message>
    <message>
        <source>Clear &amp;filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ServiceOperations</name>
    <message>
        <source>Reading the services of %1…</source>
        <translation>Dienste von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>The services of %1 could not be read.</source>
        <translation>Die Dienste von %1 konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Nothing to save: the portal has these values.</source>
        <translation>Nichts zu speichern: Das Portal hat bereits diese Werte.</translation>
    </message>
    <message>
        <source>Saving %1 on %2…</source>
        <translation>%1 wird auf %2 gespeichert…</translation>
    </message>
    <message>
        <source>Cancelled. If the portal had already received the keys, it keeps them; Reload shows what it has.</source>
        <translation>Abgebrochen. Falls das Portal die Schlüssel bereits erhalten hatte, behält es sie; „Neu laden“ zeigt, was es hat.</translation>
    </message>
    <message>
        <source>%1 was not saved.</source>
        <translation>%1 wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Saved on %1, but the portal reports other values than were sent.</source>
        <translation>Auf %1 gespeichert, aber das Portal meldet andere Werte als die gesendeten.</translation>
    </message>
    <message>
        <source>Check these keys: %1.</source>
        <translation>Prüfen Sie diese Schlüssel: %1.</translation>
    </message>
    <message>
        <source>%1 is off on %2.</source>
        <translation>%1 ist auf %2 deaktiviert.</translation>
    </message>
    <message>
        <source>The portal confirmed that every key is cleared.</source>
        <translation>Das Portal hat bestätigt, dass alle Schlüssel geleert sind.</translation>
    </message>
    <message>
        <source>%1 already had these keys; nothing changed.</source>
        <translation>%1 hatte diese Schlüssel bereits; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Saved %1 on %2.</source>
        <translation>%1 auf %2 gespeichert.</translation>
    </message>
    <message>
        <source>The portal confirmed every key.</source>
        <translation>Das Portal hat alle Schlüssel bestätigt.</translation>
    </message>
    <message>
        <source>Reading what %1 has now…</source>
        <translation>Aktueller Stand von %1 wird gelesen…</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::SignInDialog</name>
    <message>
        <source>Sign in to “%1”</source>
        <translation>Bei „%1“ anmelden</translation>
    </message>
    <message>
        <source>PortalKeys signs in once and keeps only the new login token in the keychain, not your password.</source>
        <translation>PortalKeys meldet sich einmal an und speichert nur das neue Anmeldetoken im Schlüsselbund, nicht Ihr Passwort.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::SignTab</name>
    <message>
        <source>Empty payload</source>
        <translation>Leerer Payload</translation>
    </message>
    <message>
        <source>Payload to sign</source>
        <translation>Zu signierende Payload</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Sign with</source>
        <translation>Signieren mit</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algorithmus:</translation>
    </message>
    <message>
        <source>&amp;Key id (kid):</source>
        <translation>Schlüssel-ID (&amp;kid):</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Signieren</translation>
    </message>
    <message>
        <source>Signed token</source>
        <translation>Signiertes Token</translation>
    </message>
    <message>
        <source>The signed token appears here</source>
        <translation>Das signierte Token erscheint hier</translation>
    </message>
    <message>
        <source>&amp;Copy token</source>
        <translation>&amp;Token kopieren</translation>
    </message>
    <message>
        <source>&amp;Open in inspector</source>
        <translation>Im &amp;Inspektor öffnen</translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation>Gültiges JSON.</translation>
    </message>
    <message>
        <source>The key cannot be read. %1</source>
        <translation>Der Schlüssel kann nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>Signed with %1.</source>
        <translation>Mit %1 signiert.</translation>
    </message>
    <message>
        <source>Signed with %1, but: %2</source>
        <translation>Mit %1 signiert, aber: %2</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::SourceBar</name>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produkt:</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>A portal, to see and change its keys; or offline drafts</source>
        <translation>Ein Portal, um seine Schlüssel zu sehen und zu ändern; oder Offline-Entwürfe</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Which product the drafts are for: their services and keys differ</source>
        <translation>Für welches Produkt die Entwürfe bestimmt sind: Dienste und Schlüssel unterscheiden sich</translation>
    </message>
    <message>
        <source>Read the services again</source>
        <translation>Dienste erneut lesen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Offline drafts</source>
        <translation>Offline-Entwürfe</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ThirdPartyPage</name>
    <message>
        <source>Third-party authorization</source>
        <translation>Dienste von Drittanbietern</translation>
    </message>
    <message>
        <source>The keys a portal uses to work with Google, Box, Dropbox, Twilio, S3 and other services. Choose a portal to change its keys there, or prepare drafts offline and apply them to portals later.</source>
        <translation>Die Schlüssel, mit denen ein Portal mit Google, Box, Dropbox, Twilio, S3 und anderen Diensten arbeitet. Wählen Sie ein Portal, um dort seine Schlüssel zu ändern, oder bereiten Sie Entwürfe offline vor und wenden Sie sie später auf Portale an.</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Dienste suchen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Reading the services of %1…</source>
        <translation>Dienste von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>Choose another source, or try again once the portal answers.</source>
        <translation>Wählen Sie eine andere Quelle oder versuchen Sie es erneut, sobald das Portal antwortet.</translation>
    </message>
    <message>
        <source>Reading the draft&apos;s values from the keychain…</source>
        <translation>Werte des Entwurfs werden aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>The draft&apos;s values could not be read from the keychain. %1</source>
        <translation>Die Werte des Entwurfs konnten nicht aus dem Schlüsselbund gelesen werden. %1</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::TokenEdit</name>
    <message>
        <source>Paste a token here, or drop a file that holds one</source>
        <translation>Fügen Sie hier ein Token ein oder legen Sie eine Datei ab, die eines enthält</translation>
    </message>
    <message>
        <source>Only files on this computer can be dropped here.</source>
        <translation>Hier können nur Dateien von diesem Computer abgelegt werden.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>“%1” is larger than 1 MiB; that is no token.</source>
        <translation>„%1“ ist größer als 1 MiB; das ist kein Token.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::TryItDialog</name>
    <message>
        <source>The client secret from the &amp;keychain, stored as:</source>
        <translation>Client-Secret aus dem &amp;Schlüsselbund, gespeichert als:</translation>
    </message>
    <message>
        <source>&amp;No secret: as a public client, with PKCE alone</source>
        <translation>&amp;Ohne Secret: als öffentlicher Client, nur mit PKCE</translation>
    </message>
    <message>
        <source>Sign in with &amp;browser</source>
        <translation>Im &amp;Browser anmelden</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>None: the portal gives public clients no refresh token.</source>
        <translation>Keines: Das Portal gibt öffentlichen Clients kein Aktualisierungstoken.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Try “%1”</source>
        <translation>„%1“ ausprobieren</translation>
    </message>
    <message>
        <source>Sign in to %1 as this app in your browser, as an integration would, and see the tokens the portal issues. The browser comes back to PortalKeys on 127.0.0.1.</source>
        <translation>Melden Sie sich im Browser als diese App bei %1 an, wie es eine Integration tun würde, und sehen Sie sich die vom Portal ausgestellten Token an. Der Browser kehrt über 127.0.0.1 zu PortalKeys zurück.</translation>
    </message>
    <message>
        <source>The app does not allow public clients (PKCE).</source>
        <translation>Die App lässt keine öffentlichen Clients (PKCE) zu.</translation>
    </message>
    <message>
        <source>Empty: the app&apos;s registered scopes</source>
        <translation>Leer: die registrierten Bereiche der App</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Anmelden mit:</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>Be&amp;reiche:</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>&amp;Adresse kopieren</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the access token</source>
        <translation>Zugriffstoken kopieren</translation>
    </message>
    <message>
        <source>Copy the refresh token</source>
        <translation>Aktualisierungstoken kopieren</translation>
    </message>
    <message>
        <source>Open in &amp;JWT inspector</source>
        <translation>Im &amp;JWT-Inspektor öffnen</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Zugriffstoken:</translation>
    </message>
    <message>
        <source>Refresh token:</source>
        <translation>Aktualisierungstoken:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>Granted scopes:</source>
        <translation>Gewährte Bereiche:</translation>
    </message>
    <message>
        <source>The app has no redirect URL %1 (any port), where PortalKeys receives the browser&apos;s answer; the portal will refuse the sign-in. Register an app with %1 among its redirect URLs to try it here.</source>
        <translation>Die App hat keine Weiterleitungs-URL %1 (beliebiger Port), über die PortalKeys die Antwort des Browsers empfängt; das Portal wird die Anmeldung ablehnen. Registrieren Sie eine App mit %1 unter ihren Weiterleitungs-URLs, um sie hier auszuprobieren.</translation>
    </message>
    <message>
        <source>Preparing the sign-in…</source>
        <translation>Anmeldung wird vorbereitet…</translation>
    </message>
    <message>
        <source>Reading the client secret from the keychain…</source>
        <translation>Client-Secret wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>The keychain holds no secret named “%1”. Store the client secret under that name with Show secret on the OAuth apps page, or sign in as a public client.</source>
        <translation>Der Schlüsselbund enthält kein Secret namens „%1“. Speichern Sie das Client-Secret unter diesem Namen über „Secret anzeigen“ auf der Seite „OAuth-Apps“ oder melden Sie sich als öffentlicher Client an.</translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in to %1 there and allow access.</source>
        <translation>Warten auf den Browser… Melden Sie sich dort bei %1 an und gewähren Sie den Zugriff.</translation>
    </message>
    <message>
        <source>PortalKeys could not open a browser. Open this address in a browser yourself:</source>
        <translation>PortalKeys konnte keinen Browser öffnen. Öffnen Sie diese Adresse selbst in einem Browser:</translation>
    </message>
    <message>
        <source>Exchanging the code for tokens…</source>
        <translation>Code wird gegen Token getauscht…</translation>
    </message>
    <message>
        <source>The portal did not say.</source>
        <translation>Das Portal hat keinen Grund genannt.</translation>
    </message>
    <message>
        <source>Signed in: the portal “%1” issued tokens to “%2”.</source>
        <translation>Angemeldet: Das Portal „%1“ hat Token an „%2“ ausgestellt.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::TwoFactorDialog</name>
    <message>
        <source>Two-factor authentication</source>
        <translation>Zwei-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <source>The portal “%1” asks for a second factor. Enter the code that your authenticator app shows for %2.</source>
        <translation>Das Portal „%1“ verlangt einen zweiten Faktor. Geben Sie den Code ein, den Ihre Authentifizierungs-App für %2 anzeigt.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::UrlListEditor</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>Diesen Eintrag entfernen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a line of a list: the list&apos;s entry name, its number</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <comment>the button of a list&apos;s line</comment>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::VerdictBanner</name>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::WorkspaceEntryPanel</name>
    <message>
        <source>Show &amp;values</source>
        <translation>Werte an&amp;zeigen</translation>
    </message>
    <message>
        <source>Enter these keys in Workspace</source>
        <translation>Geben Sie diese Schlüssel in Workspace ein</translation>
    </message>
    <message>
        <source>PortalKeys cannot apply keys to Workspace or Community Server: they are typed into the portal&apos;s own page. Sign in there as the portal administrator, open Settings → Integration → Third-Party Services, switch on %1 and enter:</source>
        <translation>PortalKeys kann keine Schlüssel auf Workspace oder Community Server anwenden: Sie werden auf der eigenen Seite des Portals eingegeben. Melden Sie sich dort als Portaladministrator an, öffnen Sie Einstellungen → Integration → Dienste von Drittanbietern, aktivieren Sie %1 und geben Sie Folgendes ein:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the value of %1</source>
        <translation>Wert von %1 kopieren</translation>
    </message>
    <message>
        <source>(empty: fill it in above)</source>
        <translation>(leer: oben ausfüllen)</translation>
    </message>
</context>
<context>
    <name>PortalState</name>
    <message>
        <source>Secret missing — Edit to enter it again</source>
        <translation>Secret fehlt – mit „Bearbeiten“ erneut eingeben</translation>
    </message>
    <message>
        <source>Connected as %1 (%2)</source>
        <translation>Verbunden als %1 (%2)</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>Nicht getestet</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Keys, tokens and OAuth apps for ONLYOFFICE portals.</source>
        <translation>Schlüssel, Token und OAuth-Apps für ONLYOFFICE-Portale.</translation>
    </message>
    <message>
        <source>Open on PAGE: %1.</source>
        <translation>Auf der Seite PAGE öffnen: %1.</translation>
    </message>
    <message>
        <source>portalkeys: unknown page “%1”; choose one of %2.</source>
        <translation>portalkeys: unbekannte Seite „%1“; wählen Sie eine von: %2.</translation>
    </message>
</context>
</TS>
