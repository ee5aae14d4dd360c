<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ApiKey</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>vor %1 abgelaufen</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
</context>
<context>
    <name>ApiKeyPermissions</name>
    <message>
        <source>The portal&apos;s list of API key permissions holds something other than names.</source>
        <translation>Die Liste der API-Schlüssel-Berechtigungen des Portals enthält etwas anderes als Namen.</translation>
    </message>
    <message>
        <source>The portal&apos;s list of API key permissions is empty.</source>
        <translation>Die Liste der API-Schlüssel-Berechtigungen des Portals ist leer.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Nur Lesen</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Ihr Profil</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation>Dateien und Ordner</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>%1: read</source>
        <translation>%1: Lesen</translation>
    </message>
    <message>
        <source>%1: read and write</source>
        <translation>%1: Lesen und Schreiben</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Everything the key&apos;s owner may do.</source>
        <translation>Alles, was der Besitzer des Schlüssels darf.</translation>
    </message>
    <message>
        <source>Read everything the key&apos;s owner may read, change nothing.</source>
        <translation>Alles lesen, was der Besitzer des Schlüssels lesen darf, nichts ändern.</translation>
    </message>
    <message>
        <source>Change everything the key&apos;s owner may change.</source>
        <translation>Alles ändern, was der Besitzer des Schlüssels ändern darf.</translation>
    </message>
    <message>
        <source>Choose at least one permission.</source>
        <translation>Wählen Sie mindestens eine Berechtigung.</translation>
    </message>
    <message>
        <source>The portal does not know the permission(s) %1. It offers: %2.</source>
        <translation>Das Portal kennt die Berechtigung(en) %1 nicht. Es bietet an: %2.</translation>
    </message>
</context>
<context>
    <name>ApiKeyRefusal</name>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>The portal has had too many requests and refused this one for now. %1</source>
        <translation>Das Portal hat zu viele Anfragen erhalten und diese vorerst abgelehnt. %1</translation>
    </message>
    <message>
        <source>The portal refused the API key PortalKeys signs in with: its permissions do not cover this. Reading API keys needs “*:read” or “*:write”, changing them “*:write” (or a key with every permission).</source>
        <translation>Das Portal hat den API-Schlüssel abgelehnt, mit dem sich PortalKeys anmeldet: Seine Berechtigungen decken dies nicht ab. Zum Lesen von API-Schlüsseln ist „*:read“ oder „*:write“ nötig, zum Ändern „*:write“ (oder ein Schlüssel mit allen Berechtigungen).</translation>
    </message>
    <message>
        <source>The portal failed on the key %1 (HTTP 500). DocSpace answers so when it has no key with this ID: check the ID in the list of keys.</source>
        <translation>Beim Schlüssel %1 ist im Portal ein Fehler aufgetreten (HTTP 500). So antwortet DocSpace, wenn es keinen Schlüssel mit dieser ID gibt: Prüfen Sie die ID in der Schlüsselliste.</translation>
    </message>
    <message>
        <source>The portal allows only a few new API keys in a short time and refused this one. %1</source>
        <translation>Das Portal erlaubt in kurzer Zeit nur wenige neue API-Schlüssel und hat diesen abgelehnt. %1</translation>
    </message>
    <message>
        <source>Guests cannot create API keys: DocSpace offers developer tools to the portal&apos;s other users only. Ask a portal admin for a key.</source>
        <translation>Gäste können keine API-Schlüssel erstellen: DocSpace stellt die Entwicklertools nur den übrigen Benutzern des Portals zur Verfügung. Bitten Sie einen Portaladministrator um einen Schlüssel.</translation>
    </message>
    <message>
        <source>This portal limits developer tools, API keys included, to its owner and admins (Developer Tools access in the portal&apos;s settings). Ask an admin to create the key, or to open developer tools to all users.</source>
        <translation>Dieses Portal beschränkt die Entwicklertools einschließlich der API-Schlüssel auf seinen Besitzer und die Administratoren (Zugriff auf Entwicklertools in den Portaleinstellungen). Bitten Sie einen Administrator, den Schlüssel zu erstellen oder die Entwicklertools für alle Benutzer freizugeben.</translation>
    </message>
    <message>
        <source>The portal refused to create the key (“%1”). DocSpace refuses new keys to guests, and to everyone but the owner and admins when developer tools are limited to admins.</source>
        <translation>Das Portal hat das Erstellen des Schlüssels abgelehnt („%1“). DocSpace verweigert neue Schlüssel für Gäste und, wenn die Entwicklertools auf Administratoren beschränkt sind, für alle außer dem Besitzer und den Administratoren.</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
</context>
<context>
    <name>ApiKeysApi</name>
    <message>
        <source>The portal answered the change with something other than true or false.</source>
        <translation>Das Portal hat auf die Änderung mit etwas anderem als true oder false geantwortet.</translation>
    </message>
    <message>
        <source>The portal&apos;s list of API keys is not a list.</source>
        <translation>Die Liste der API-Schlüssel des Portals ist keine Liste.</translation>
    </message>
    <message>
        <source>The portal&apos;s list of API key permissions is not a list.</source>
        <translation>Die Liste der API-Schlüssel-Berechtigungen des Portals ist keine Liste.</translation>
    </message>
    <message>
        <source>The portal answered the new key without its ID or its value. A key may have been made all the same: look at the list of keys and delete one you cannot use.</source>
        <translation>Das Portal hat den neuen Schlüssel ohne ID oder ohne Wert zurückgegeben. Möglicherweise wurde trotzdem ein Schlüssel erstellt: Sehen Sie in der Schlüsselliste nach und löschen Sie einen Schlüssel, den Sie nicht verwenden können.</translation>
    </message>
    <message>
        <source>The portal did not change the key %1: it has expired, or it belongs to another user and only portal admins may change other users&apos; keys.</source>
        <translation>Das Portal hat den Schlüssel %1 nicht geändert: Er ist abgelaufen, oder er gehört einem anderen Benutzer, und nur Portaladministratoren dürfen die Schlüssel anderer Benutzer ändern.</translation>
    </message>
    <message>
        <source>The portal did not delete the key %1: it belongs to another user, and only portal admins may delete other users&apos; keys.</source>
        <translation>Das Portal hat den Schlüssel %1 nicht gelöscht: Er gehört einem anderen Benutzer, und nur Portaladministratoren dürfen die Schlüssel anderer Benutzer löschen.</translation>
    </message>
    <message>
        <source>Only a call made with an API key has a key to show; this portal is signed in to another way.</source>
        <translation>Nur bei einem Aufruf mit API-Schlüssel gibt es einen Schlüssel zum Anzeigen; an diesem Portal erfolgt die Anmeldung auf andere Weise.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer names no API key.</source>
        <translation>Die Antwort des Portals nennt keinen API-Schlüssel.</translation>
    </message>
    <message>
        <source>The API key does not look like a DocSpace key (“sk-” and 64 lowercase hexadecimal digits).</source>
        <translation>Der API-Schlüssel sieht nicht wie ein DocSpace-Schlüssel aus („sk-“ gefolgt von 64 hexadezimalen Ziffern in Kleinbuchstaben).</translation>
    </message>
</context>
<context>
    <name>AppDraftFolder</name>
    <message>
        <source>The drafts folder %1 cannot be created.</source>
        <translation>Der Entwurfsordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>“%1” is not the name of a draft.</source>
        <translation>„%1“ ist kein Entwurfsname.</translation>
    </message>
    <message>
        <source>The draft file %1 cannot be deleted: %2</source>
        <translation>Die Entwurfsdatei %1 kann nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for an OAuth app draft.</source>
        <translation>%1 ist zu groß für einen OAuth-App-Entwurf.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 (at character %3).</source>
        <translation>%1 ist kein gültiges JSON: %2 (bei Zeichen %3).</translation>
    </message>
    <message>
        <source>%1 does not hold an OAuth app: a draft is a JSON object.</source>
        <translation>%1 enthält keine OAuth-App: Ein Entwurf ist ein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>AppField</name>
    <message>
        <source>app name</source>
        <translation>App-Name</translation>
    </message>
    <message>
        <source>website URL</source>
        <translation>Website-URL</translation>
    </message>
    <message>
        <source>icon</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>redirect URLs</source>
        <translation>Weiterleitungs-URLs</translation>
    </message>
    <message>
        <source>allowed origins</source>
        <translation>Zugelassene Ursprünge</translation>
    </message>
    <message>
        <source>access scopes</source>
        <translation>Zugriffsbereiche</translation>
    </message>
    <message>
        <source>privacy policy URL</source>
        <translation>Datenschutzrichtlinien-URL</translation>
    </message>
    <message>
        <source>terms of service URL</source>
        <translation>URL der Nutzungsbedingungen</translation>
    </message>
    <message>
        <source>logout redirect URL</source>
        <translation>Weiterleitungs-URL nach Abmeldung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Terms of service</source>
        <translation>Nutzungsbedingungen</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Datenschutzrichtlinie</translation>
    </message>
    <message>
        <source>Sign-out redirect</source>
        <translation>Weiterleitung nach Abmeldung</translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation>Weiterleitungs-URIs</translation>
    </message>
    <message>
        <source>Allowed origins</source>
        <translation>Zugelassene Ursprünge</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Public clients (PKCE)</source>
        <translation>Öffentliche Clients (PKCE)</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>AppIcon</name>
    <message>
        <source>The icon has %1 bytes; the portal takes at most %2 bytes.</source>
        <translation>Das Symbol hat %1 Bytes; das Portal akzeptiert höchstens %2 Bytes.</translation>
    </message>
    <message>
        <source>The icon file is empty.</source>
        <translation>Die Symboldatei ist leer.</translation>
    </message>
    <message>
        <source>The SVG image has %1 bytes; the portal takes at most %2 bytes, and SVG images are sent as they are. Simplify it, or use a PNG image, which is scaled.</source>
        <translation>Das SVG-Bild hat %1 Bytes; das Portal akzeptiert höchstens %2 Bytes, und SVG-Bilder werden unverändert gesendet. Vereinfachen Sie es, oder verwenden Sie ein PNG-Bild, das skaliert wird.</translation>
    </message>
    <message>
        <source>This is a %1 image; the portal takes PNG, JPEG or SVG icons.</source>
        <translation>Dies ist ein %1-Bild; das Portal akzeptiert Symbole im Format PNG, JPEG oder SVG.</translation>
    </message>
    <message>
        <source>This is not a PNG, JPEG or SVG image.</source>
        <translation>Dies ist kein PNG-, JPEG- oder SVG-Bild.</translation>
    </message>
    <message>
        <source>The PNG image is damaged: it does not start with an image header (IHDR).</source>
        <translation>Das PNG-Bild ist beschädigt: Es beginnt nicht mit einem Bild-Header (IHDR).</translation>
    </message>
    <message>
        <source>The PNG image is damaged: its header says %1×%2 pixels.</source>
        <translation>Das PNG-Bild ist beschädigt: Laut Header hat es %1×%2 Pixel.</translation>
    </message>
    <message>
        <source>The JPEG image is damaged: no frame header says its size.</source>
        <translation>Das JPEG-Bild ist beschädigt: Kein Frame-Header gibt seine Größe an.</translation>
    </message>
    <message>
        <source>The JPEG image does not say its size in its frame header (%1×%2 pixels).</source>
        <translation>Das JPEG-Bild gibt in seinem Frame-Header keine Größe an (%1×%2 Pixel).</translation>
    </message>
    <message>
        <source>The SVG image declares XML entities; remove its DOCTYPE.</source>
        <translation>Das SVG-Bild deklariert XML-Entitäten; entfernen Sie seinen DOCTYPE.</translation>
    </message>
    <message>
        <source>This XML file is not an SVG image: its root element is &lt;%1&gt;.</source>
        <translation>Diese XML-Datei ist kein SVG-Bild: Ihr Wurzelelement ist &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>The &lt;svg&gt; element lacks the SVG namespace (xmlns=&quot;http://www.w3.org/2000/svg&quot;), so browsers do not show it as an image.</source>
        <translation>Dem &lt;svg&gt;-Element fehlt der SVG-Namespace (xmlns=&quot;http://www.w3.org/2000/svg&quot;), daher zeigen Browser es nicht als Bild an.</translation>
    </message>
    <message>
        <source>The SVG image contains a &lt;script&gt; element; icons with scripts are refused.</source>
        <translation>Das SVG-Bild enthält ein &lt;script&gt;-Element; Symbole mit Skripten werden abgelehnt.</translation>
    </message>
    <message>
        <source>The SVG image has an event handler (%1 on &lt;%2&gt;); icons with scripts are refused.</source>
        <translation>Das SVG-Bild hat einen Event-Handler (%1 an &lt;%2&gt;); Symbole mit Skripten werden abgelehnt.</translation>
    </message>
    <message>
        <source>The SVG image links to a javascript: address (on &lt;%1&gt;); icons with scripts are refused.</source>
        <translation>Das SVG-Bild verweist auf eine javascript:-Adresse (an &lt;%1&gt;); Symbole mit Skripten werden abgelehnt.</translation>
    </message>
    <message>
        <source>This XML file is not an SVG image: it has no elements.</source>
        <translation>Diese XML-Datei ist kein SVG-Bild: Sie enthält keine Elemente.</translation>
    </message>
    <message>
        <source>The SVG image is not well-formed XML: %1 (line %2).</source>
        <translation>Das SVG-Bild ist kein wohlgeformtes XML: %1 (Zeile %2).</translation>
    </message>
    <message>
        <source>An icon is a data URI such as data:image/png;base64,….</source>
        <translation>Ein Symbol ist ein Daten-URI wie data:image/png;base64,….</translation>
    </message>
    <message>
        <source>No icon.</source>
        <translation>Kein Symbol.</translation>
    </message>
    <message>
        <source>The icon&apos;s data URI must be base64-encoded (“;base64,”).</source>
        <translation>Der Daten-URI des Symbols muss base64-kodiert sein („;base64,“).</translation>
    </message>
    <message>
        <source>The icon&apos;s data URI says “%1”; the portal takes image/png, image/jpeg or image/svg+xml.</source>
        <translation>Der Daten-URI des Symbols gibt „%1“ an; das Portal akzeptiert image/png, image/jpeg oder image/svg+xml.</translation>
    </message>
    <message>
        <source>The icon&apos;s base64 data is damaged or empty (line breaks and spaces are not allowed in it).</source>
        <translation>Die base64-Daten des Symbols sind beschädigt oder leer (Zeilenumbrüche und Leerzeichen sind darin nicht erlaubt).</translation>
    </message>
    <message>
        <source>The icon&apos;s data URI says %1, but the data is a %2 image.</source>
        <translation>Der Daten-URI des Symbols gibt %1 an, die Daten sind aber ein %2-Bild.</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>The portal connection was closed.</source>
        <translation>Die Portalverbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>The portal&apos;s audit trail is not a list.</source>
        <translation>Der Audit-Trail des Portals ist keine Liste.</translation>
    </message>
    <message>
        <source>The portal shows only its latest audit events: its plan does not include the full audit trail.</source>
        <translation>Das Portal zeigt nur seine neuesten Audit-Ereignisse: Sein Tarif umfasst nicht den vollständigen Audit-Trail.</translation>
    </message>
    <message>
        <source>Only the latest %1 audit events were read.</source>
        <translation>Nur die neuesten %1 Audit-Ereignisse wurden gelesen.</translation>
    </message>
    <message>
        <source>The portal&apos;s plan does not include the audit trail (402), so only the local history is shown.</source>
        <translation>Der Tarif des Portals umfasst keinen Audit-Trail (402), daher wird nur der lokale Verlauf angezeigt.</translation>
    </message>
    <message>
        <source>The portal lets only its owner and admins read the audit trail (403): this portal&apos;s credentials belong to another user or an API key without read permission, so only the local history is shown.</source>
        <translation>Das Portal erlaubt nur seinem Besitzer und den Administratoren, den Audit-Trail zu lesen (403): Die Anmeldedaten dieses Portals gehören einem anderen Benutzer oder einem API-Schlüssel ohne Leseberechtigung, daher wird nur der lokale Verlauf angezeigt.</translation>
    </message>
</context>
<context>
    <name>AuthServiceApi</name>
    <message>
        <source>The portal tested the keys of “%1” with the provider and they were refused (“Bad keys”). The portal has cleared this service&apos;s keys, so it is off now. Check the keys and save again.</source>
        <translation>Das Portal hat die Schlüssel von „%1“ beim Anbieter getestet, und sie wurden abgelehnt („Bad keys“). Das Portal hat die Schlüssel dieses Dienstes gelöscht, daher ist er jetzt deaktiviert. Prüfen Sie die Schlüssel und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>If you are a portal admin, the installation may have fixed this service&apos;s keys in its configuration (read-only).</source>
        <translation>Wenn Sie Portaladministrator sind: Möglicherweise hat die Installation die Schlüssel dieses Dienstes in ihrer Konfiguration festgelegt (schreibgeschützt).</translation>
    </message>
    <message>
        <source>The keys were saved, but reading them back failed: %1</source>
        <translation>Die Schlüssel wurden gespeichert, aber das erneute Auslesen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The portal&apos;s list of authorization services is not a list.</source>
        <translation>Die Liste der Autorisierungsdienste des Portals ist keine Liste.</translation>
    </message>
</context>
<context>
    <name>Base64Url</name>
    <message>
        <source>it contains “=” padding (at position %1), which JWS does not use</source>
        <translation>der Text enthält „=“-Padding (an Position %1), das JWS nicht verwendet</translation>
    </message>
    <message>
        <source>the character “%1” at position %2 belongs to standard base64, not base64url (which uses “-” and “_”)</source>
        <translation>das Zeichen „%1“ an Position %2 gehört zu Standard-base64, nicht zu base64url (das „-“ und „_“ verwendet)</translation>
    </message>
    <message>
        <source>the character “%1” at position %2 is not in the base64url alphabet (A–Z, a–z, 0–9, “-”, “_”)</source>
        <translation>das Zeichen „%1“ an Position %2 gehört nicht zum base64url-Alphabet (A–Z, a–z, 0–9, „-“, „_“)</translation>
    </message>
    <message>
        <source>its length (%1 characters) is impossible for base64url: a character is missing or one too many</source>
        <translation>die Länge (%1 Zeichen) ist für base64url unmöglich: Ein Zeichen fehlt oder eines ist zu viel</translation>
    </message>
    <message>
        <source>it cannot be decoded</source>
        <translation>der Text lässt sich nicht dekodieren</translation>
    </message>
    <message>
        <source>the last character “%1” sets bits that a canonical encoder leaves at zero</source>
        <translation>das letzte Zeichen „%1“ setzt Bits, die ein kanonischer Encoder auf null lässt</translation>
    </message>
</context>
<context>
    <name>BatchVerifier</name>
    <message>
        <source>The line is longer than %1 bytes, too long for a token.</source>
        <translation>Die Zeile ist länger als %1 Bytes und damit zu lang für ein Token.</translation>
    </message>
    <message>
        <source>The line is not valid UTF-8 text, so it holds no token.</source>
        <translation>Die Zeile ist kein gültiger UTF-8-Text und enthält daher kein Token.</translation>
    </message>
</context>
<context>
    <name>BoundedList</name>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <comment>a few items of a list, then how many are not named</comment>
        <translation>
            <numerusform>%1 und noch %Ln</numerusform>
            <numerusform>%1 und %Ln weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <source>The bundle is damaged or incomplete: it was changed or cut short since it was written, so it cannot be opened.</source>
        <translation>Das Paket ist beschädigt oder unvollständig: Es wurde seit dem Schreiben verändert oder gekürzt und kann daher nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>This file is not a PortalKeys bundle.</source>
        <translation>Diese Datei ist kein PortalKeys-Paket.</translation>
    </message>
    <message>
        <source>The file is larger than 16 MiB. PortalKeys bundles are never that large, so it is not read.</source>
        <translation>Die Datei ist größer als 16 MiB. PortalKeys-Pakete sind nie so groß, daher wird sie nicht gelesen.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>This file holds a “%1”, not a PortalKeys bundle.</source>
        <translation>Diese Datei enthält einen Block „%1“, kein PortalKeys-Paket.</translation>
    </message>
    <message>
        <source>This file is encrypted for a certificate or a key, not with a passphrase, so it is not a PortalKeys bundle.</source>
        <translation>Diese Datei ist für ein Zertifikat oder einen Schlüssel verschlüsselt, nicht mit einer Passphrase, und ist daher kein PortalKeys-Paket.</translation>
    </message>
    <message>
        <source>This file derives its key from the passphrase in a way PortalKeys does not support (only PBKDF2 with the RFC 3211 key wrap is), or that part is damaged.</source>
        <translation>Diese Datei leitet ihren Schlüssel auf eine Weise aus der Passphrase ab, die PortalKeys nicht unterstützt (unterstützt wird nur PBKDF2 mit dem Key Wrap nach RFC 3211), oder dieser Teil ist beschädigt.</translation>
    </message>
    <message>
        <source>This file asks for %L1 PBKDF2 iterations, more than the %L2 PortalKeys accepts: it is damaged, or made to keep the computer busy. It is not opened.</source>
        <translation>Diese Datei verlangt %L1 PBKDF2-Iterationen, mehr als die %L2, die PortalKeys akzeptiert: Sie ist beschädigt oder soll den Computer auslasten. Sie wird nicht geöffnet.</translation>
    </message>
    <message>
        <source>The file opens with this passphrase, but it does not hold PortalKeys drafts.</source>
        <translation>Die Datei lässt sich mit dieser Passphrase öffnen, enthält aber keine PortalKeys-Entwürfe.</translation>
    </message>
    <message>
        <source>The bundle was written by a newer PortalKeys (format %1); this version reads format %2. Update PortalKeys to open it.</source>
        <translation>Das Paket wurde von einer neueren PortalKeys-Version geschrieben (Format %1); diese Version liest Format %2. Aktualisieren Sie PortalKeys, um es zu öffnen.</translation>
    </message>
    <message>
        <source>The bundle has no valid format version.</source>
        <translation>Das Paket hat keine gültige Formatversion.</translation>
    </message>
    <message>
        <source>The bundle would be larger than 16 MiB. Export fewer drafts at once.</source>
        <translation>Das Paket wäre größer als 16 MiB. Exportieren Sie weniger Entwürfe auf einmal.</translation>
    </message>
    <message>
        <source>Only a PortalKeys bundle document can be encrypted as a bundle.</source>
        <translation>Nur ein PortalKeys-Paketdokument kann als Paket verschlüsselt werden.</translation>
    </message>
    <message>
        <source>OpenSSL could not encrypt the bundle (%1: %2).</source>
        <translation>OpenSSL konnte das Paket nicht verschlüsseln (%1: %2).</translation>
    </message>
    <message>
        <source>Enter the passphrase of the bundle.</source>
        <translation>Geben Sie die Passphrase des Pakets ein.</translation>
    </message>
    <message>
        <source>The passphrase is wrong (or the part of the bundle that it unlocks was changed).</source>
        <translation>Die Passphrase ist falsch (oder der Teil des Pakets, den sie entsperrt, wurde verändert).</translation>
    </message>
    <message>
        <source>This bundle protects its passphrase with only %L1 PBKDF2 iterations (PortalKeys uses %L2), so whoever has the file can try passphrases quickly. Import it and export the drafts again to a new bundle.</source>
        <translation>Dieses Paket schützt seine Passphrase mit nur %L1 PBKDF2-Iterationen (PortalKeys verwendet %L2), daher kann jeder, der die Datei besitzt, Passphrasen schnell durchprobieren. Importieren Sie es und exportieren Sie die Entwürfe erneut in ein neues Paket.</translation>
    </message>
    <message>
        <source>This bundle was made without an integrity check (%1 rather than AES-GCM): a change to the file would not be noticed. Check the keys it holds before you use them.</source>
        <translation>Dieses Paket wurde ohne Integritätsprüfung erstellt (%1 statt AES-GCM): Eine Änderung der Datei würde nicht bemerkt. Prüfen Sie die enthaltenen Schlüssel, bevor Sie sie verwenden.</translation>
    </message>
</context>
<context>
    <name>BundleContent</name>
    <message>
        <source>Choose at least one draft to export.</source>
        <translation>Wählen Sie mindestens einen Entwurf zum Exportieren.</translation>
    </message>
    <message>
        <source>A bundle can hold at most %1 drafts.</source>
        <translation>Ein Paket kann höchstens %1 Entwürfe enthalten.</translation>
    </message>
    <message>
        <source>The value of %1 in the draft for %2 is not text, so it cannot go into a bundle.</source>
        <translation>Der Wert von %1 im Entwurf für %2 ist kein Text und kann daher nicht in ein Paket aufgenommen werden.</translation>
    </message>
    <message>
        <source>The bundle holds no drafts.</source>
        <translation>Das Paket enthält keine Entwürfe.</translation>
    </message>
    <message>
        <source>The bundle holds more than %1 drafts.</source>
        <translation>Das Paket enthält mehr als %1 Entwürfe.</translation>
    </message>
    <message>
        <source>Draft %1 of the bundle (%2) is for an unknown product “%3”.</source>
        <translation>Entwurf %1 des Pakets (%2) ist für ein unbekanntes Produkt „%3“.</translation>
    </message>
    <message>
        <source>Draft %1 of the bundle (%2) has a key without a name or with a value that is not text.</source>
        <translation>Entwurf %1 des Pakets (%2) hat einen Schlüssel ohne Namen oder mit einem Wert, der kein Text ist.</translation>
    </message>
    <message>
        <source>Draft %1 of the bundle cannot be used: %2</source>
        <translation>Entwurf %1 des Pakets kann nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>BundleExporter</name>
    <message>
        <source>Choose at least one draft to export.</source>
        <translation>Wählen Sie mindestens einen Entwurf zum Exportieren.</translation>
    </message>
    <message>
        <source>There is no draft %1 to export.</source>
        <translation>Es gibt keinen Entwurf %1 zum Exportieren.</translation>
    </message>
</context>
<context>
    <name>BundleImporter</name>
    <message numerus="yes">
        <source>%n draft was imported; the others were not: %1</source>
        <translation>
            <numerusform>%n Entwurf wurde importiert, die übrigen nicht: %1</numerusform>
            <numerusform>%n Entwürfe wurden importiert, die übrigen nicht: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drafts were imported; the others were not: %1</source>
        <translation>
            <numerusform>%n Entwurf wurde importiert, die übrigen nicht: %1</numerusform>
            <numerusform>%n Entwürfe wurden importiert, die übrigen nicht: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>ONLYOFFICE DocSpace</source>
        <comment>title</comment>
        <translation>ONLYOFFICE DocSpace</translation>
    </message>
    <message>
        <source>Portals installed with Docker take this address from the OAUTH_REDIRECT_URL environment variable: when it is set, register its value instead.</source>
        <comment>redirectNote</comment>
        <translation>Mit Docker installierte Portale übernehmen diese Adresse aus der Umgebungsvariablen OAUTH_REDIRECT_URL: Ist sie gesetzt, registrieren Sie stattdessen deren Wert.</translation>
    </message>
    <message>
        <source>DropBox</source>
        <comment>title</comment>
        <translation>Dropbox</translation>
    </message>
    <message>
        <source>Lets users connect their Dropbox folders to the portal&apos;s rooms and documents.</source>
        <comment>purpose</comment>
        <translation>Ermöglicht Benutzern, ihre Dropbox-Ordner mit den Räumen und Dokumenten des Portals zu verbinden.</translation>
    </message>
    <message>
        <source>Sign in to the Dropbox App Console and click Create app.</source>
        <comment>instructions</comment>
        <translation>Melden Sie sich in der Dropbox App Console an und klicken Sie auf „Create app“.</translation>
    </message>
    <message>
        <source>Choose Scoped access and the Full Dropbox access type, then give the app a name your users will recognise.</source>
        <comment>instructions</comment>
        <translation>Wählen Sie „Scoped access“ und den Zugriffstyp „Full Dropbox“ und geben Sie der App einen Namen, den Ihre Benutzer wiedererkennen.</translation>
    </message>
    <message>
        <source>On the Permissions tab, tick files.metadata.read, files.metadata.write, files.content.read and files.content.write, and click Submit.</source>
        <comment>instructions</comment>
        <translation>Aktivieren Sie auf der Registerkarte „Permissions“ files.metadata.read, files.metadata.write, files.content.read und files.content.write und klicken Sie auf „Submit“.</translation>
    </message>
    <message>
        <source>On the Settings tab, add {redirectUri} under OAuth 2 → Redirect URIs.</source>
        <comment>instructions</comment>
        <translation>Fügen Sie auf der Registerkarte „Settings“ unter „OAuth 2“ → „Redirect URIs“ {redirectUri} hinzu.</translation>
    </message>
    <message>
        <source>Still on the Settings tab, copy the App key into “dropboxClientId” and the App secret (click Show) into “dropboxClientSecret”.</source>
        <comment>instructions</comment>
        <translation>Kopieren Sie, ebenfalls auf der Registerkarte „Settings“, den „App key“ in „dropboxClientId“ und das „App secret“ (auf „Show“ klicken) in „dropboxClientSecret“.</translation>
    </message>
    <message>
        <source>Box</source>
        <comment>title</comment>
        <translation>Box</translation>
    </message>
    <message>
        <source>Lets users connect their Box folders to the portal&apos;s rooms and documents.</source>
        <comment>purpose</comment>
        <translation>Ermöglicht Benutzern, ihre Box-Ordner mit den Räumen und Dokumenten des Portals zu verbinden.</translation>
    </message>
    <message>
        <source>Open the Box Developer Console and create a new platform app of the Custom App type.</source>
        <comment>instructions</comment>
        <translation>Öffnen Sie die Box Developer Console und erstellen Sie eine neue Plattform-App vom Typ „Custom App“.</translation>
    </message>
    <message>
        <source>Choose User Authentication (OAuth 2.0) as the authentication method and name the app.</source>
        <comment>instructions</comment>
        <translation>Wählen Sie „User Authentication (OAuth 2.0)“ als Authentifizierungsmethode und benennen Sie die App.</translation>
    </message>
    <message>
        <source>On the Configuration tab, set the OAuth 2.0 Redirect URI to {redirectUri}.</source>
        <comment>instructions</comment>
        <translation>Setzen Sie auf der Registerkarte „Configuration“ den „OAuth 2.0 Redirect URI“ auf {redirectUri}.</translation>
    </message>
    <message>
        <source>Under Application Scopes, allow the app to read and write all files and folders stored in Box, then save the changes.</source>
        <comment>instructions</comment>
        <translation>Erlauben Sie der App unter „Application Scopes“, alle in Box gespeicherten Dateien und Ordner zu lesen und zu schreiben, und speichern Sie die Änderungen.</translation>
    </message>
    <message>
        <source>Copy the Client ID into “Box ID” and the Client Secret into “Box Key”.</source>
        <comment>instructions</comment>
        <translation>Kopieren Sie die „Client ID“ in „Box ID“ und das „Client Secret“ in „Box Schlüssel“.</translation>
    </message>
    <message>
        <source>Box ID</source>
        <comment>label</comment>
        <translation>Box ID</translation>
    </message>
    <message>
        <source>Box Key</source>
        <comment>label</comment>
        <translation>Box Schlüssel</translation>
    </message>
    <message>
        <source>OneDrive</source>
        <comment>title</comment>
        <translation>OneDrive</translation>
    </message>
    <message>
        <source>Lets users connect their OneDrive and SharePoint files to the portal.</source>
        <comment>purpose</comment>
        <translation>Ermöglicht Benutzern, ihre OneDrive- und SharePoint-Dateien mit dem Portal zu verbinden.</translation>
    </message>
    <message>
        <source>In the Azure portal, open App registrations and click New registration.</source>
        <comment>instructions</comment>
        <translation>Öffnen Sie im Azure-Portal „App-Registrierungen“ (App registrations) und klicken Sie auf „Neue Registrierung“ (New registration).</translation>
    </message>
    <message>
        <source>Name the app and, under Supported account types, pick the option that includes personal Microsoft accounts, because OneDrive users sign in with either kind of account.</source>
        <comment>instructions</comment>
        <translation>Benennen Sie die App und wählen Sie unter „Unterstützte Kontotypen“ (Supported account types) die Option, die persönliche Microsoft-Konten einschließt, da sich OneDrive-Benutzer mit beiden Kontoarten anmelden.</translation>
    </message>
    <message>
        <source>Under Redirect URI, select the Web platform, enter {redirectUri} and click Register.</source>
        <comment>instructions</comment>
        <translation>Wählen Sie unter „Umleitungs-URI“ (Redirect URI) die Plattform „Web“, geben Sie {redirectUri} ein und klicken Sie auf „Registrieren“ (Register).</translation>
    </message>
    <message>
        <source>On the app&apos;s Overview page, copy the Application (client) ID into “Application ID”.</source>
        <comment>instructions</comment>
        <translation>Kopieren Sie auf der Seite „Übersicht“ (Overview) der App die „Anwendungs-ID (Client)“ (Application (client) ID) in „Anwendungs-ID“.</translation>
    </message>
    <message>
        <source>Open Certificates &amp; secrets, add a client secret and copy its Value (not the Secret ID) into “Client secret” at once: Azure shows it only this one time. Write down its expiry date, since the connection stops working when the secret expires.</source>
        <comment>instructions</comment>
        <translation>Öffnen Sie „Zertifikate &amp; Geheimnisse“ (Certificates &amp; secrets), fügen Sie einen geheimen Clientschlüssel hinzu und kopieren Sie sofort dessen „Wert“ (Value, nicht die Geheimnis-ID bzw. Secret ID) in „Geheimer Clientschlüssel“: Azure zeigt ihn nur dieses eine Mal an. Notieren Sie sein Ablaufdatum, denn die Verbindung funktioniert nicht mehr, sobald der geheime Schlüssel abläuft.</translation>
    </message>
    <message>
        <source>Application ID</source>
        <comment>label</comment>
        <translation>Anwendungs-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <comment>label</comment>
        <translation>Geheimer Clientschlüssel</translation>
    </message>
    <message>
        <source>Microsoft</source>
        <comment>title</comment>
        <translation>Microsoft</translation>
    </message>
    <message>
        <source>Lets users sign in to the portal with a Microsoft work, school or personal account.</source>
        <comment>purpose</comment>
        <translation>Ermöglicht Benutzern die Anmeldung am Portal mit einem Geschäfts-, Schul- oder Unikonto oder einem persönlichen Microsoft-Konto.</translation>
    </message>
    <message>
        <source>Name the app and, under Supported account types, choose whose Microsoft accounts may sign in: only your organisation, any organisation, or also personal accounts.</source>
        <comment>instructions</comment>
        <translation>Benennen Sie die App und legen Sie unter „Unterstützte Kontotypen“ (Supported account types) fest, wessen Microsoft-Konten sich anmelden dürfen: nur Ihre Organisation, beliebige Organisationen oder auch persönliche Konten.</translation>
    </message>
    <message>
        <source>On the app&apos;s Overview page, copy the Application (client) ID into “Application Client ID”.</source>
        <comment>instructions</comment>
        <translation>Kopieren Sie auf der Seite „Übersicht“ (Overview) der App die „Anwendungs-ID (Client)“ (Application (client) ID) in „Client-ID der App“.</translation>
    </message>
    <message>
        <source>Open Certificates &amp; secrets, add a client secret and copy its Value (not the Secret ID) into “Client Secret” straight away, as Azure never shows it again. Renew it before the expiry date you chose.</source>
        <comment>instructions</comment>
        <translation>Öffnen Sie „Zertifikate &amp; Geheimnisse“ (Certificates &amp; secrets), fügen Sie einen geheimen Clientschlüssel hinzu und kopieren Sie sofort dessen „Wert“ (Value, nicht die Geheimnis-ID bzw. Secret ID) in „Geheimer Clientschlüssel“, da Azure ihn nie wieder anzeigt. Erneuern Sie ihn vor dem gewählten Ablaufdatum.</translation>
    </message>
    <message>
        <source>Application Client ID</source>
        <comment>label</comment>
        <translation>Client-ID der App</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <comment>label</comment>
        <translation>Geheimer Clientschlüssel</translation>
    </message>
    <message>
        <source>Google</source>
        <comment>title</comment>
        <translation>Google</translation>
    </message>
    <message>
        <source>Lets users sign in with a Google account and connect Google Drive to the portal.</source>
        <comment>purpose</comment>
        <translation>Ermöglicht Benutzern die Anmeldung mit einem Google-Konto und das Verbinden von Google Drive mit dem Portal.</translation>
    </message>
    <message>
        <source>In the Google Cloud console, select the project to use or create a new one.</source>
        <comment>instructions</comment>
        <translation>Wählen Sie in der Google Cloud Console das zu verwendende Projekt aus oder erstellen Sie ein neues.</translation>
    </message>
    <message>
        <source>Open APIs &amp; Services → Library and enable the Google Drive API, which the portal needs to connect Google Drive as storage.</source>
        <comment>instructions</comment>
        <translation>Öffnen Sie „APIs &amp; Dienste“ → „Bibliothek“ (APIs &amp; Services → Library) und aktivieren Sie die Google Drive API, die das Portal benötigt, um Google Drive als Speicher zu verbinden.</translation>
    </message>
    <message>
        <source>Set up the OAuth consent screen with the app name, a support e-mail address and your domain; publish it once it is ready so that every user can sign in.</source>
        <comment>instructions</comment>
        <translation>Richten Sie den OAuth-Zustimmungsbildschirm (OAuth consent screen) mit dem App-Namen, einer Support-E-Mail-Adresse und Ihrer Domain ein; veröffentlichen Sie ihn, sobald er fertig ist, damit sich alle Benutzer anmelden können.</translation>
    </message>
    <message>
        <source>Go to APIs &amp; Services → Credentials, choose Create credentials → OAuth client ID and select Web application as the type.</source>
        <comment>instructions</comment>
        <translation>Gehen Sie zu „APIs &amp; Dienste“ → „Anmeldedaten“ (Credentials), wählen Sie „Anmeldedaten erstellen“ → „OAuth-Client-ID“ und als Typ „Webanwendung“.</translation>
    </message>
    <message>
        <source>Add {redirectUri} under Authorized redirect URIs and click Create.</source>
        <comment>instructions</comment>
        <translation>Fügen Sie {redirectUri} unter „Autorisierte Weiterleitungs-URIs“ (Authorized redirect URIs) hinzu und klicken Sie auf „Erstellen“.</translation>
    </message>
    <message>
        <source>Copy the Client ID (it ends in .apps.googleusercontent.com) into “Google ID” and the Client secret into “Google Key”.</source>
        <comment>instructions</comment>
        <translation>Kopieren Sie die Client-ID (sie endet auf .apps.googleusercontent.com) in „Google ID“ und den Clientschlüssel (Client secret) in „Google-Schlüssel“.</translation>
    </message>
    <message>
        <source>Google ID</source>
        <comment>label</comment>
        <translation>Google ID</translation>
    </message>
    <message>
        <source>Google Key</source>
        <comment>label</comment>
        <translation>Google-Schlüssel</translation>
    </message>
    <message>
        <source>Facebook</source>
        <comment>title</comment>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Lets users sign in to the portal with their Facebook account.</source>
        <comment>purpose</comment>
        <translation>Ermöglicht Benutzern die Anmeldung am Portal mit ihrem Facebook-Konto.</translation>
    </message>
    <message>
        <source>On Meta for Developers, open My Apps and create an app whose use case is signing people in with Facebook Login.</source>
        <comment>instructions</comment>
        <translation>Öffnen Sie unter Meta for Developers „My Apps“ und erstellen Sie eine App mit dem Anwendungsfall, Personen mit Facebook Login anzumelden.</translation>
    </message>
    <message>
        <source>In the Facebook Login settings, add {redirectUri} to Valid OAuth Redirect URIs and save.</source>
        <comment>instructions</comment>
        <translation>Fügen Sie in den Einstellungen von Facebook Login {redirectUri} zu „Valid OAuth Redirect URIs“ hinzu und speichern Sie.</translation>
    </message>
    <message>
        <source>Under App settings → Basic, fill in the privacy policy address, the app icon and the category that Meta asks for.</source>
        <comment>instructions</comment>
        <translation>Füllen Sie unter „App settings“ → „Basic“ die Adresse der Datenschutzrichtlinie, das App-Symbol und die Kategorie aus, die Meta verlangt.</translation>
    </message>
    <message>
        <source>On the same page, copy the App ID into “Facebook ID” and the App secret (click Show) into “Facebook Key”.</source>
        <comment>instructions</comment>
        <translation>Kopieren Sie auf derselben Seite die „App ID“ in „Facebook ID“ und das „App secret“ (auf „Show“ klicken) in „Facebook-Schlüssel“.</translation>
    </message>
    <message>
        <source>Switch the app from Development to Live mode so that people outside your developer team can sign in.</source>
        <comment>instructions</comment>
        <translation>Schalten Sie die App vom Modus „Development“ in den Modus „Live“, damit sich auch Personen außerhalb Ihres Entwicklerteams anmelden können.</translation>
    </message>
    <message>
        <source>Facebook ID</source>
        <comment>label</comment>
        <translation>Facebook ID</translation>
    </message>
    <message>
        <source>Facebook Key</source>
        <comment>label</comment>
        <translation>Facebook-Schlüssel</translation>
    </message>
    <message>
        <source>X</source>
        <comment>title</comment>
        <translation>X</translation>
    </message>
    <message>
        <source>Lets users sign in to the portal with their X (formerly Twitter) account.</source>
        <comment>purpose</comment>
        <translation>Ermöglicht Benutzern die Anmeldung am Portal mit ihrem X-Konto (ehemals Twitter).</translation>
    </message>
    <message>
        <source>Sign in to the X Developer Portal and open your project&apos;s app; create one if the project has none.</source>
        <comment>instructions</comment>
        <translation>Melden Sie sich im X Developer Portal an und öffnen Sie die App Ihres Projekts; erstellen Sie eine, falls das Projekt keine hat.</translation>
    </message>
    <message>
        <source>Under User authentication settings, click Set up, choose Web App as the app type and keep at least the Read permission.</source>
        <comment>instructions</comment>
        <translation>Klicken Sie unter „User authentication settings“ auf „Set up“, wählen Sie „Web App“ als App-Typ und behalten Sie mindestens die Berechtigung „Read“ bei.</translation>
    </message>
    <message>
        <source>Enter {redirectUri} as the Callback URI / Redirect URL, add your website address and save.</source>
        <comment>instructions</comment>
        <translation>Geben Sie {redirectUri} als „Callback URI / Redirect URL“ ein, fügen Sie die Adresse Ihrer Website hinzu und speichern Sie.</translation>
    </message>
    <message>
        <source>Open the Keys and tokens tab and generate (or regenerate) the API Key and Secret under Consumer Keys.</source>
        <comment>instructions</comment>
        <translation>Öffnen Sie die Registerkarte „Keys and tokens“ und generieren (oder regenerieren) Sie unter „Consumer Keys“ den API Key und das Secret.</translation>
    </message>
    <message>
        <source>Copy the API Key into “API Key” and the API Key Secret into “API Key Secret”; X shows the secret only once.</source>
        <comment>instructions</comment>
        <translation>Kopieren Sie den „API Key“ in „API Key“ und das „API Key Secret“ in „API Key Secret“; X zeigt das Secret nur einmal an.</translation>
    </message>
    <message>
        <source>API Key</source>
        <comment>label</comment>
        <translation>API Key</translation>
    </message>
    <message>
        <source>API Key Secret</source>
        <comment>label</comment>
        <translation>API Key Secret</translation>
    </message>
    <message>
        <source>Listed as Twitter</source>
        <comment>generation</comment>
        <translation>Als Twitter aufgeführt</translation>
    </message>
    <message>
        <source>DocSpace before 3.6</source>
        <comment>versions</comment>
        <translation>DocSpace vor 3.6</translation>
    </message>
    <message>
        <source>Twitter</source>
        <comment>serviceTitle</comment>
        <translation>Twitter</translation>
    </message>
    <message>
        <source>Before 3.6 the portal listed this service as Twitter instead of X; it asked for the same two keys under the same labels.</source>
        <comment>note</comment>
        <translation>Vor Version 3.6 führte das Portal diesen Dienst als Twitter statt X; es fragte dieselben zwei Schlüssel unter denselben Bezeichnungen ab.</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <comment>title</comment>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Lets users sign in to the portal with their LinkedIn account.</source>
        <comment>purpose</comment>
        <translation>Ermöglicht Benutzern die Anmeldung am Portal mit ihrem LinkedIn-Konto.</translation>
    </message>
    <message>
        <source>On LinkedIn Developers, click Create app, link it to your organisation&apos;s LinkedIn page and add a logo.</source>
        <comment>instructions</comment>
        <translation>Klicken Sie unter LinkedIn Developers auf „Create app“, verknüpfen Sie die App mit der LinkedIn-Seite Ihrer Organisation und fügen Sie ein Logo hinzu.</translation>
    </message>
    <message>
        <source>On the Products tab, request access to Sign In with LinkedIn using OpenID Connect.</source>
        <comment>instructions</comment>
        <translation>Beantragen Sie auf der Registerkarte „Products“ Zugriff auf „Sign In with LinkedIn using OpenID Connect“.</translation>
    </message>
    <message>
        <source>On the Auth tab, add {redirectUri} under Authorized redirect URLs for your app and save.</source>
        <comment>instructions</comment>
        <translation>Fügen Sie auf der Registerkarte „Auth“ {redirectUri} unter „Authorized redirect URLs for your app“ hinzu und speichern Sie.</translation>
    </message>
    <message>
        <source>On the same tab, copy the Client ID into “Linkedin ID” and the Primary Client Secret into “Linkedin Key”.</source>
        <comment>instructions</comment>
        <translation>Kopieren Sie auf derselben Registerkarte die „Client ID“ in „Linkedin ID“ und das „Primary Client Secret“ in „Linkedin-Schlüssel“.</translation>
    </message>
    <message>
        <source>Linkedin ID</source>
        <comment>label</comment>
        <translation>Linkedin ID</translation>
    </message>
    <message>
        <source>Linkedin Key</source>
        <comment>label</comment>
        <translation>Linkedin-Schlüssel</translation>
    </message>
    <message>
        <source>Twilio</source>
        <comment>title</comment>
        <translation>Twilio</translation>
    </message>
    <message>
        <source>Sends the text messages of two-factor sign-in through your Twilio account.</source>
        <comment>purpose</comment>
        <translation>Sendet die SMS der Zwei-Faktor-Anmeldung über Ihr Twilio-Konto.</translation>
    </message>
    <message>
        <source>Sign in to the Twilio Console; upgrade a trial account first, because trial accounts deliver messages only to numbers you have verified.</source>
        <comment>instructions</comment>
        <translation>Melden Sie sich in der Twilio Console an; führen Sie für ein Testkonto zuerst ein Upgrade durch, da Testkonten Nachrichten nur an Nummern zustellen, die Sie verifiziert haben.</translation>
    </message>
    <message>
        <source>In the Account Info panel of the dashboard, copy the Account SID (it starts with AC) into “Account Sid”.</source>
        <comment>instructions</comment>
        <translation>Kopieren Sie im Bereich „Account Info“ des Dashboards die Account SID (sie beginnt mit AC) in „Konto Sid“.</translation>
    </message>
    <message>
        <source>In the same panel, reveal the Auth Token and copy it into “Auth Token”.</source>
        <comment>instructions</comment>
        <translation>Blenden Sie im selben Bereich das Auth Token ein und kopieren Sie es in „Auth Token“.</translation>
    </message>
    <message>
        <source>Under Phone Numbers → Manage → Active numbers, buy or pick a number that can send SMS and enter it in international format, such as +15551234567, into “Phone number from Twilio (required for SMS authorization)”.</source>
        <comment>instructions</comment>
        <translation>Kaufen oder wählen Sie unter „Phone Numbers“ → „Manage“ → „Active numbers“ eine SMS-fähige Nummer und geben Sie sie im internationalen Format, etwa +15551234567, in „Telefonnummer von Twilio (erforderlich für die SMS-Autorisierung)“ ein.</translation>
    </message>
    <message>
        <source>DocSpace tests these keys when they are saved by asking Twilio for the account&apos;s numbers; when the test fails it clears the keys and answers Bad keys.</source>
        <comment>note</comment>
        <translation>DocSpace testet diese Schlüssel beim Speichern, indem es Twilio nach den Nummern des Kontos fragt; schlägt der Test fehl, löscht es die Schlüssel und antwortet mit „Bad keys“.</translation>
    </message>
    <message>
        <source>Account Sid</source>
        <comment>label</comment>
        <translation>Konto Sid</translation>
    </message>
    <message>
        <source>Auth Token</source>
        <comment>label</comment>
        <translation>Auth Token</translation>
    </message>
    <message>
        <source>Phone number from Twilio (required for SMS authorization)</source>
        <comment>label</comment>
        <translation>Telefonnummer von Twilio (erforderlich für die SMS-Autorisierung)</translation>
    </message>
    <message>
        <source>Firebase</source>
        <comment>title</comment>
        <translation>Firebase</translation>
    </message>
    <message>
        <source>Delivers push notifications from the portal to the ONLYOFFICE mobile and desktop apps.</source>
        <comment>purpose</comment>
        <translation>Stellt Push-Benachrichtigungen des Portals an die mobilen und Desktop-Apps von ONLYOFFICE zu.</translation>
    </message>
    <message>
        <source>In the Firebase console, add a project or open the one you already use.</source>
        <comment>instructions</comment>
        <translation>Fügen Sie in der Firebase Console ein Projekt hinzu oder öffnen Sie das bereits verwendete.</translation>
    </message>
    <message>
        <source>Open Project settings → General; register a web app if the project has none, then copy the Web API key into “Web API key” and the Project ID into “Project ID”.</source>
        <comment>instructions</comment>
        <translation>Öffnen Sie „Projekteinstellungen“ → „Allgemein“ (Project settings → General); registrieren Sie eine Web-App, falls das Projekt keine hat, und kopieren Sie dann den Web-API-Schlüssel in „Web API-Schlüssel“ und die Projekt-ID in „Projekt ID“.</translation>
    </message>
    <message>
        <source>Open the Cloud Messaging tab and copy the Sender ID into “Sender ID”.</source>
        <comment>instructions</comment>
        <translation>Öffnen Sie die Registerkarte „Cloud Messaging“ und kopieren Sie die Sender-ID in „Sender ID“.</translation>
    </message>
    <message>
        <source>On the same tab, copy the Server key into “Server key”. It appears only while the legacy Cloud Messaging API is enabled for the project; Google is retiring that API, so expect to replace this key in the future.</source>
        <comment>instructions</comment>
        <translation>Kopieren Sie auf derselben Registerkarte den Serverschlüssel (Server key) in „Server-Schlüssel“. Er erscheint nur, solange die alte Cloud Messaging API (Legacy) für das Projekt aktiviert ist; Google stellt diese API ein, rechnen Sie also damit, diesen Schlüssel künftig ersetzen zu müssen.</translation>
    </message>
    <message>
        <source>Web API key</source>
        <comment>label</comment>
        <translation>Web API-Schlüssel</translation>
    </message>
    <message>
        <source>Project ID</source>
        <comment>label</comment>
        <translation>Projekt ID</translation>
    </message>
    <message>
        <source>Sender ID</source>
        <comment>label</comment>
        <translation>Sender ID</translation>
    </message>
    <message>
        <source>Server key</source>
        <comment>label</comment>
        <translation>Server-Schlüssel</translation>
    </message>
    <message>
        <source>Apple ID</source>
        <comment>title</comment>
        <translation>Apple ID</translation>
    </message>
    <message>
        <source>Lets users sign in to the portal with their Apple Account.</source>
        <comment>purpose</comment>
        <translation>Ermöglicht Benutzern die Anmeldung am Portal mit ihrem Apple Account.</translation>
    </message>
    <message>
        <source>Sign in to Apple Developer and open Certificates, Identifiers &amp; Profiles; copy the Team ID shown under your account name into “10-character developer account Team ID”.</source>
        <comment>instructions</comment>
        <translation>Melden Sie sich bei Apple Developer an und öffnen Sie „Certificates, Identifiers &amp; Profiles“; kopieren Sie die unter Ihrem Kontonamen angezeigte Team ID in „Zehnstellige Team-ID für das Entwicklerkonto“.</translation>
    </message>
    <message>
        <source>Under Identifiers, register an App ID and enable the Sign in with Apple capability for it.</source>
        <comment>instructions</comment>
        <translation>Registrieren Sie unter „Identifiers“ eine App ID und aktivieren Sie dafür die Funktion „Sign in with Apple“.</translation>
    </message>
    <message>
        <source>Register a Services ID, enable Sign in with Apple on it and click Configure: choose the App ID from the previous step, enter the host name of {redirectUri} under Domains and Subdomains and {redirectUri} itself under Return URLs. The Services ID&apos;s identifier goes into “Application Client ID”.</source>
        <comment>instructions</comment>
        <translation>Registrieren Sie eine Services ID, aktivieren Sie dafür „Sign in with Apple“ und klicken Sie auf „Configure“: Wählen Sie die App ID aus dem vorherigen Schritt, geben Sie unter „Domains and Subdomains“ den Hostnamen von {redirectUri} und unter „Return URLs“ {redirectUri} selbst ein. Der Identifier der Services ID gehört in „Client-ID der App“.</translation>
    </message>
    <message>
        <source>Enter the bundle identifier of the App ID, which the mobile apps use to sign in, into “appleIdClientIdMobile”.</source>
        <comment>instructions</comment>
        <translation>Geben Sie den Bundle Identifier der App ID, mit dem sich die mobilen Apps anmelden, in „appleIdClientIdMobile“ ein.</translation>
    </message>
    <message>
        <source>Under Keys, create a key with Sign in with Apple enabled, download the .p8 file (Apple lets you download it only once) and copy the Key ID into “A 10-character key identifier generated for the Sign in with Apple private key”.</source>
        <comment>instructions</comment>
        <translation>Erstellen Sie unter „Keys“ einen Schlüssel mit aktiviertem „Sign in with Apple“, laden Sie die .p8-Datei herunter (Apple erlaubt den Download nur einmal) und kopieren Sie die Key ID in „Ein zehnstelliger Schlüsselbezeichner zur Anmeldung mit einem privaten Schlüssel von Apple“.</translation>
    </message>
    <message>
        <source>Open the .p8 file in a text editor and paste all of it, including the BEGIN and END lines, into “Private key downloaded from Apple Developer”.</source>
        <comment>instructions</comment>
        <translation>Öffnen Sie die .p8-Datei in einem Texteditor und fügen Sie ihren gesamten Inhalt einschließlich der BEGIN- und END-Zeilen in „Privater Schlüssel von Apple für Entwickler“ ein.</translation>
    </message>
    <message>
        <source>10-character developer account Team ID</source>
        <comment>label</comment>
        <translation>Zehnstellige Team-ID für das Entwicklerkonto</translation>
    </message>
    <message>
        <source>A 10-character key identifier generated for the Sign in with Apple private key</source>
        <comment>label</comment>
        <translation>Ein zehnstelliger Schlüsselbezeichner zur Anmeldung mit einem privaten Schlüssel von Apple</translation>
    </message>
    <message>
        <source>Private key downloaded from Apple Developer</source>
        <comment>label</comment>
        <translation>Privater Schlüssel von Apple für Entwickler</translation>
    </message>
    <message>
        <source>Amazon AWS S3</source>
        <comment>title</comment>
        <translation>Amazon AWS S3</translation>
    </message>
    <message>
        <source>Stores the portal&apos;s backups and data in an Amazon S3 bucket (or an S3-compatible one).</source>
        <comment>purpose</comment>
        <translation>Speichert die Sicherungen und Daten des Portals in einem Amazon-S3-Bucket (oder einem S3-kompatiblen Bucket).</translation>
    </message>
    <message>
        <source>In the AWS IAM console, create a user for the portal (it needs no console access) or choose an existing one.</source>
        <comment>instructions</comment>
        <translation>Erstellen Sie in der AWS-IAM-Konsole einen Benutzer für das Portal (er benötigt keinen Konsolenzugriff) oder wählen Sie einen vorhandenen aus.</translation>
    </message>
    <message>
        <source>Give the user a policy that allows the S3 actions the portal performs on your bucket, for example AmazonS3FullAccess or a narrower policy limited to that bucket.</source>
        <comment>instructions</comment>
        <translation>Weisen Sie dem Benutzer eine Richtlinie zu, die die S3-Aktionen erlaubt, die das Portal an Ihrem Bucket ausführt, zum Beispiel AmazonS3FullAccess oder eine engere, auf diesen Bucket beschränkte Richtlinie.</translation>
    </message>
    <message>
        <source>On the user&apos;s Security credentials tab, choose Create access key and pick the use case for an application running outside AWS.</source>
        <comment>instructions</comment>
        <translation>Wählen Sie auf der Registerkarte „Sicherheitsanmeldeinformationen“ (Security credentials) des Benutzers „Zugriffsschlüssel erstellen“ (Create access key) und den Anwendungsfall für eine Anwendung, die außerhalb von AWS ausgeführt wird.</translation>
    </message>
    <message>
        <source>Copy the Access key ID into “S3 accesskey” and the Secret access key into “S3 secret access key”; AWS shows the secret only on this screen.</source>
        <comment>instructions</comment>
        <translation>Kopieren Sie die Zugriffsschlüssel-ID (Access key ID) in „S3 Zugriffsschlüssel“ und den geheimen Zugriffsschlüssel (Secret access key) in „S3 geheimer Zugriffsschlüssel“; AWS zeigt den geheimen Schlüssel nur auf diesem Bildschirm an.</translation>
    </message>
    <message>
        <source>The bucket and region are chosen later, where Amazon AWS S3 is picked as the storage for backups or data, not here.</source>
        <comment>note</comment>
        <translation>Bucket und Region werden nicht hier gewählt, sondern später dort, wo Amazon AWS S3 als Speicher für Sicherungen oder Daten ausgewählt wird.</translation>
    </message>
    <message>
        <source>S3 accesskey</source>
        <comment>label</comment>
        <translation>S3 Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>S3 secret access key</source>
        <comment>label</comment>
        <translation>S3 geheimer Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Google Cloud Storage</source>
        <comment>title</comment>
        <translation>Google Cloud Storage</translation>
    </message>
    <message>
        <source>Stores the portal&apos;s backups and data in a Google Cloud Storage bucket.</source>
        <comment>purpose</comment>
        <translation>Speichert die Sicherungen und Daten des Portals in einem Google-Cloud-Storage-Bucket.</translation>
    </message>
    <message>
        <source>In the Google Cloud console, select the project that owns your bucket and open IAM &amp; Admin → Service Accounts.</source>
        <comment>instructions</comment>
        <translation>Wählen Sie in der Google Cloud Console das Projekt aus, zu dem Ihr Bucket gehört, und öffnen Sie „IAM &amp; Verwaltung“ → „Dienstkonten“ (IAM &amp; Admin → Service Accounts).</translation>
    </message>
    <message>
        <source>Create a service account and grant it a role that can manage the bucket&apos;s objects, such as Storage Object Admin.</source>
        <comment>instructions</comment>
        <translation>Erstellen Sie ein Dienstkonto und weisen Sie ihm eine Rolle zu, die die Objekte des Buckets verwalten darf, etwa „Storage-Objekt-Administrator“ (Storage Object Admin).</translation>
    </message>
    <message>
        <source>On the service account&apos;s Keys tab, choose Add key → Create new key → JSON; the browser downloads the key file.</source>
        <comment>instructions</comment>
        <translation>Wählen Sie auf der Registerkarte „Schlüssel“ (Keys) des Dienstkontos „Schlüssel hinzufügen“ → „Neuen Schlüssel erstellen“ → „JSON“; der Browser lädt die Schlüsseldatei herunter.</translation>
    </message>
    <message>
        <source>Open the downloaded file in a text editor and paste its whole content into “json”. Store the file safely or delete it: it holds a private key.</source>
        <comment>instructions</comment>
        <translation>Öffnen Sie die heruntergeladene Datei in einem Texteditor und fügen Sie ihren gesamten Inhalt in „json“ ein. Bewahren Sie die Datei sicher auf oder löschen Sie sie: Sie enthält einen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>Some organisations forbid service-account keys by policy; an organisation administrator can lift that restriction for the project.</source>
        <comment>note</comment>
        <translation>Manche Organisationen verbieten Dienstkontoschlüssel per Richtlinie; ein Administrator der Organisation kann diese Einschränkung für das Projekt aufheben.</translation>
    </message>
    <message>
        <source>Rackspace Cloud Storage</source>
        <comment>title</comment>
        <translation>Rackspace Cloud Storage</translation>
    </message>
    <message>
        <source>Stores the portal&apos;s backups and data in Rackspace Cloud Files.</source>
        <comment>purpose</comment>
        <translation>Speichert die Sicherungen und Daten des Portals in Rackspace Cloud Files.</translation>
    </message>
    <message>
        <source>Sign in to the Rackspace Cloud Control Panel.</source>
        <comment>instructions</comment>
        <translation>Melden Sie sich beim Rackspace Cloud Control Panel an.</translation>
    </message>
    <message>
        <source>Open the account menu (your user name, top right) and choose Account Settings.</source>
        <comment>instructions</comment>
        <translation>Öffnen Sie das Kontomenü (Ihr Benutzername oben rechts) und wählen Sie „Account Settings“.</translation>
    </message>
    <message>
        <source>Next to API Key, click Show and copy the key into “Rackspace apiKey”.</source>
        <comment>instructions</comment>
        <translation>Klicken Sie neben „API Key“ auf „Show“ und kopieren Sie den Schlüssel in „API Schlüssel Rackspace“.</translation>
    </message>
    <message>
        <source>Enter the user name you signed in with into “Rackspace username”.</source>
        <comment>instructions</comment>
        <translation>Geben Sie den Benutzernamen, mit dem Sie sich angemeldet haben, in „Rackspace-Benutzername“ ein.</translation>
    </message>
    <message>
        <source>Rackspace username</source>
        <comment>label</comment>
        <translation>Rackspace-Benutzername</translation>
    </message>
    <message>
        <source>Rackspace apiKey</source>
        <comment>label</comment>
        <translation>API Schlüssel Rackspace</translation>
    </message>
    <message>
        <source>Zoom</source>
        <comment>title</comment>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Lets users sign in to the portal with their Zoom account.</source>
        <comment>purpose</comment>
        <translation>Ermöglicht Benutzern die Anmeldung am Portal mit ihrem Zoom-Konto.</translation>
    </message>
    <message>
        <source>On the Zoom App Marketplace, choose Develop → Build App and create a General App that users authorise themselves (user-managed).</source>
        <comment>instructions</comment>
        <translation>Wählen Sie im Zoom App Marketplace „Develop“ → „Build App“ und erstellen Sie eine „General App“, die Benutzer selbst autorisieren (user-managed).</translation>
    </message>
    <message>
        <source>Under Basic Information → OAuth Information, enter {redirectUri} as the OAuth Redirect URL and add it to the OAuth Allow List as well.</source>
        <comment>instructions</comment>
        <translation>Geben Sie unter „Basic Information“ → „OAuth Information“ {redirectUri} als „OAuth Redirect URL“ ein und fügen Sie die Adresse auch der „OAuth Allow List“ hinzu.</translation>
    </message>
    <message>
        <source>Under Scopes, add the scopes that let the app read the profile of the user who signs in.</source>
        <comment>instructions</comment>
        <translation>Fügen Sie unter „Scopes“ die Bereiche hinzu, mit denen die App das Profil des sich anmeldenden Benutzers lesen darf.</translation>
    </message>
    <message>
        <source>Zoom shows a Development and a Production pair of credentials: use the Development pair while you test and the Production pair once the app is published.</source>
        <comment>instructions</comment>
        <translation>Zoom zeigt je ein Paar Anmeldedaten für „Development“ und „Production“: Verwenden Sie das Development-Paar zum Testen und das Production-Paar, sobald die App veröffentlicht ist.</translation>
    </message>
    <message>
        <source>Copy the Client ID into “Zoom client id” and the Client Secret into “Zoom client secret”.</source>
        <comment>instructions</comment>
        <translation>Kopieren Sie die „Client ID“ in „Zoom Kundennummer“ und das „Client Secret“ in „Zoom Geheimer Clientschlüssel“.</translation>
    </message>
    <message>
        <source>Zoom client id</source>
        <comment>label</comment>
        <translation>Zoom Kundennummer</translation>
    </message>
    <message>
        <source>Zoom client secret</source>
        <comment>label</comment>
        <translation>Zoom Geheimer Clientschlüssel</translation>
    </message>
    <message>
        <source>Telegram</source>
        <comment>title</comment>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Sends portal notifications to users through your own Telegram bot.</source>
        <comment>purpose</comment>
        <translation>Sendet Portalbenachrichtigungen über Ihren eigenen Telegram-Bot an die Benutzer.</translation>
    </message>
    <message>
        <source>In Telegram, open a chat with @BotFather and send the /newbot command.</source>
        <comment>instructions</comment>
        <translation>Öffnen Sie in Telegram einen Chat mit @BotFather und senden Sie den Befehl /newbot.</translation>
    </message>
    <message>
        <source>Choose a display name, then a username that ends in bot, for example acme_portal_bot.</source>
        <comment>instructions</comment>
        <translation>Wählen Sie einen Anzeigenamen und dann einen Benutzernamen, der auf bot endet, zum Beispiel acme_portal_bot.</translation>
    </message>
    <message>
        <source>BotFather replies with the bot&apos;s token (digits, a colon and a long code): copy it into “Bot token”.</source>
        <comment>instructions</comment>
        <translation>BotFather antwortet mit dem Token des Bots (Ziffern, ein Doppelpunkt und ein langer Code): Kopieren Sie es in „Bot-Token“.</translation>
    </message>
    <message>
        <source>Enter the username you chose into “Bot username”.</source>
        <comment>instructions</comment>
        <translation>Geben Sie den gewählten Benutzernamen in „Bot-Benutzername“ ein.</translation>
    </message>
    <message>
        <source>DocSpace connects the bot when the keys are saved; if that fails it clears the keys and answers Bad keys.</source>
        <comment>note</comment>
        <translation>DocSpace verbindet den Bot beim Speichern der Schlüssel; schlägt das fehl, löscht es die Schlüssel und antwortet mit „Bad keys“.</translation>
    </message>
    <message>
        <source>Bot token</source>
        <comment>label</comment>
        <translation>Bot-Token</translation>
    </message>
    <message>
        <source>Bot username</source>
        <comment>label</comment>
        <translation>Bot-Benutzername</translation>
    </message>
    <message>
        <source>WeChat</source>
        <comment>title</comment>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Lets users sign in to the portal with their WeChat account.</source>
        <comment>purpose</comment>
        <translation>Ermöglicht Benutzern die Anmeldung am Portal mit ihrem WeChat-Konto.</translation>
    </message>
    <message>
        <source>WeChat&apos;s address depends on the installation: installed packages and the enterprise Docker image keep https://service.teamlab.info/oauth2.aspx for WeChat, although every other service uses service.onlyoffice.com there; the community Docker image rewrites it to the value of OAUTH_REDIRECT_URL, like every other service&apos;s, so register that value on such a portal.</source>
        <comment>redirectNote</comment>
        <translation>Die Adresse für WeChat hängt von der Installation ab: Installierte Pakete und das Enterprise-Docker-Image verwenden für WeChat weiterhin https://service.teamlab.info/oauth2.aspx, obwohl alle anderen Dienste dort service.onlyoffice.com verwenden; das Community-Docker-Image ersetzt sie wie bei allen anderen Diensten durch den Wert von OAUTH_REDIRECT_URL, registrieren Sie auf einem solchen Portal also diesen Wert.</translation>
    </message>
    <message>
        <source>Sign in to the WeChat Open Platform with a developer account that has passed verification.</source>
        <comment>instructions</comment>
        <translation>Melden Sie sich bei der WeChat Open Platform mit einem verifizierten Entwicklerkonto an.</translation>
    </message>
    <message>
        <source>In the management centre, create a website application and submit it for review.</source>
        <comment>instructions</comment>
        <translation>Erstellen Sie im Management Center eine Website-Anwendung und reichen Sie sie zur Prüfung ein.</translation>
    </message>
    <message>
        <source>Set the application&apos;s authorised callback domain to the host name of {redirectUri}.</source>
        <comment>instructions</comment>
        <translation>Setzen Sie die autorisierte Callback-Domain der Anwendung auf den Hostnamen von {redirectUri}.</translation>
    </message>
    <message>
        <source>Once WeChat approves the application, copy its AppID into “Client ID” and its AppSecret into “Client Secret”.</source>
        <comment>instructions</comment>
        <translation>Sobald WeChat die Anwendung genehmigt hat, kopieren Sie ihre AppID in „Client-ID“ und ihr AppSecret in „Geheimer Clientschlüssel“.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <comment>label</comment>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Database connection</source>
        <comment>title</comment>
        <translation>Datenbankverbindung</translation>
    </message>
    <message>
        <source>Keeps the results of the portal&apos;s forms in your own MySQL database (or, on self-hosted portals, an SQLite file).</source>
        <comment>purpose</comment>
        <translation>Speichert die Ergebnisse der Portalformulare in Ihrer eigenen MySQL-Datenbank (oder bei selbst gehosteten Portalen in einer SQLite-Datei).</translation>
    </message>
    <message>
        <source>On your MySQL server, create an empty database and an account for the portal that has full rights on that database and no others.</source>
        <comment>instructions</comment>
        <translation>Erstellen Sie auf Ihrem MySQL-Server eine leere Datenbank und ein Konto für das Portal, das volle Rechte auf diese Datenbank und keine weiteren Rechte hat.</translation>
    </message>
    <message>
        <source>Make sure the portal&apos;s server can reach the database host and port: check firewalls and the MySQL bind-address setting.</source>
        <comment>instructions</comment>
        <translation>Stellen Sie sicher, dass der Server des Portals Host und Port der Datenbank erreicht: Prüfen Sie Firewalls und die MySQL-Einstellung bind-address.</translation>
    </message>
    <message>
        <source>Choose mysql in “Database type”, then fill in “Host”, “Port” (3306 unless your server listens elsewhere), “Database name”, “User” and “Password”.</source>
        <comment>instructions</comment>
        <translation>Wählen Sie mysql unter „Datenbanktyp“ und füllen Sie dann „Host“, „Port“ (3306, sofern Ihr Server nicht auf einem anderen Port lauscht), „Datenbankname“, „Benutzer“ und „Passwort“ aus.</translation>
    </message>
    <message>
        <source>Switch on “Use SSL” when the database server requires encrypted connections.</source>
        <comment>instructions</comment>
        <translation>Schalten Sie „SSL verwenden“ ein, wenn der Datenbankserver verschlüsselte Verbindungen verlangt.</translation>
    </message>
    <message>
        <source>On a self-hosted portal you can choose sqlite instead; then only “SQLite file path” is needed: the name of a database file, such as forms.db, that already lies in the portal&apos;s own storage folder for external databases, not a path on the server.</source>
        <comment>instructions</comment>
        <translation>Bei einem selbst gehosteten Portal können Sie stattdessen sqlite wählen; dann wird nur „SQLite-Dateipfad“ benötigt: der Name einer Datenbankdatei wie forms.db, die bereits im eigenen Speicherordner des Portals für externe Datenbanken liegt, kein Pfad auf dem Server.</translation>
    </message>
    <message>
        <source>Test the connection before saving: the portal checks it again whenever the keys are saved, and a failed check clears the service, which switches it off.</source>
        <comment>instructions</comment>
        <translation>Testen Sie die Verbindung vor dem Speichern: Das Portal prüft sie bei jedem Speichern der Schlüssel erneut, und eine fehlgeschlagene Prüfung leert den Dienst und deaktiviert ihn dadurch.</translation>
    </message>
    <message>
        <source>DocSpace opens a connection to the database when the keys are saved. If that fails, it clears every key of the Database connection, which switches the service off, and answers Bad keys: enter the keys again once the database is reachable.</source>
        <comment>note</comment>
        <translation>DocSpace öffnet beim Speichern der Schlüssel eine Verbindung zur Datenbank. Schlägt das fehl, löscht es alle Schlüssel der Datenbankverbindung, wodurch der Dienst deaktiviert wird, und antwortet mit „Bad keys“: Geben Sie die Schlüssel erneut ein, sobald die Datenbank erreichbar ist.</translation>
    </message>
    <message>
        <source>Database type</source>
        <comment>label</comment>
        <translation>Datenbanktyp</translation>
    </message>
    <message>
        <source>sqlite is offered only on self-hosted portals.</source>
        <comment>note</comment>
        <translation>sqlite wird nur bei selbst gehosteten Portalen angeboten.</translation>
    </message>
    <message>
        <source>Host</source>
        <comment>label</comment>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <comment>label</comment>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database name</source>
        <comment>label</comment>
        <translation>Datenbankname</translation>
    </message>
    <message>
        <source>User</source>
        <comment>label</comment>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Password</source>
        <comment>label</comment>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Use SSL</source>
        <comment>label</comment>
        <translation>SSL verwenden</translation>
    </message>
    <message>
        <source>SQLite file path</source>
        <comment>label</comment>
        <translation>SQLite-Dateipfad</translation>
    </message>
    <message>
        <source>Only a file name, such as forms.db: the file must be in the portal&apos;s own storage folder for external databases. A value with /, \ or .. would leave that folder, and the portal refuses it.</source>
        <comment>note</comment>
        <translation>Nur ein Dateiname wie forms.db: Die Datei muss im eigenen Speicherordner des Portals für externe Datenbanken liegen. Ein Wert mit /, \ oder .. würde diesen Ordner verlassen, und das Portal lehnt ihn ab.</translation>
    </message>
    <message>
        <source>Nextcloud</source>
        <comment>title</comment>
        <translation>Nextcloud</translation>
    </message>
    <message>
        <source>Lets users sign in to the portal with an account of your Nextcloud server.</source>
        <comment>purpose</comment>
        <translation>Ermöglicht Benutzern die Anmeldung am Portal mit einem Konto Ihres Nextcloud-Servers.</translation>
    </message>
    <message>
        <source>Sign in to your Nextcloud server as an administrator and open Administration settings → Security.</source>
        <comment>instructions</comment>
        <translation>Melden Sie sich als Administrator bei Ihrem Nextcloud-Server an und öffnen Sie „Verwaltungseinstellungen“ → „Sicherheit“ (Administration settings → Security).</translation>
    </message>
    <message>
        <source>Under OAuth 2.0 clients, add a client with a recognisable name and {redirectUri} as its redirection URI.</source>
        <comment>instructions</comment>
        <translation>Fügen Sie unter „OAuth 2.0-Clients“ einen Client mit einem wiedererkennbaren Namen und {redirectUri} als Weiterleitungs-URI hinzu.</translation>
    </message>
    <message>
        <source>Copy the Client Identifier into “Client ID” and the Secret into “Client Secret”.</source>
        <comment>instructions</comment>
        <translation>Kopieren Sie die Client-Kennung (Client Identifier) in „Client-ID“ und das Geheimnis (Secret) in „Geheimer Clientschlüssel“.</translation>
    </message>
    <message>
        <source>Into the field labelled “Enter the URL address of the Nextcloud instance.”, enter the address of your Nextcloud server, such as https://cloud.example.com.</source>
        <comment>instructions</comment>
        <translation>Geben Sie in das Feld „Geben Sie die URL-Adresse der Nextcloud-Instanz ein.“ die Adresse Ihres Nextcloud-Servers ein, etwa https://cloud.example.com.</translation>
    </message>
    <message>
        <source>Enter the URL address of the Nextcloud instance.</source>
        <comment>label</comment>
        <translation>Geben Sie die URL-Adresse der Nextcloud-Instanz ein.</translation>
    </message>
    <message>
        <source>ONLYOFFICE Workspace / Community Server</source>
        <comment>title</comment>
        <translation>ONLYOFFICE Workspace / Community Server</translation>
    </message>
    <message>
        <source>DocuSign</source>
        <comment>title</comment>
        <translation>DocuSign</translation>
    </message>
    <message>
        <source>Lets users send documents from the Documents module to DocuSign for electronic signature.</source>
        <comment>purpose</comment>
        <translation>Ermöglicht Benutzern, Dokumente aus dem Modul Dokumente zur elektronischen Signatur an DocuSign zu senden.</translation>
    </message>
    <message>
        <source>Sign in to your DocuSign developer account (free) and open Settings → Apps and Keys.</source>
        <comment>instructions</comment>
        <translation>Melden Sie sich bei Ihrem (kostenlosen) DocuSign-Entwicklerkonto an und öffnen Sie „Settings“ → „Apps and Keys“.</translation>
    </message>
    <message>
        <source>Click Add App and Integration Key and name the app; the Integration Key it shows goes into “DocuSign Key”.</source>
        <comment>instructions</comment>
        <translation>Klicken Sie auf „Add App and Integration Key“ und benennen Sie die App; der angezeigte Integration Key gehört in „DocuSign Schlüssel“.</translation>
    </message>
    <message>
        <source>Under Authentication, choose Authorization Code Grant, add a secret key and copy it into “DocuSign Secret” at once, because it is shown only this time.</source>
        <comment>instructions</comment>
        <translation>Wählen Sie unter „Authentication“ die Option „Authorization Code Grant“, fügen Sie einen Secret Key hinzu und kopieren Sie ihn sofort in „Der geheime Schlüssel DocuSign“, da er nur dieses eine Mal angezeigt wird.</translation>
    </message>
    <message>
        <source>Under Additional settings → Redirect URIs, add {redirectUri} and save.</source>
        <comment>instructions</comment>
        <translation>Fügen Sie unter „Additional settings“ → „Redirect URIs“ {redirectUri} hinzu und speichern Sie.</translation>
    </message>
    <message>
        <source>Enter account-d.docusign.com into “DocuSign authentication endpoint” while you test with the developer account. After DocuSign approves the app for production (go-live), switch to account.docusign.com and the production keys.</source>
        <comment>instructions</comment>
        <translation>Geben Sie account-d.docusign.com in „DocuSign Authentifizierungsendpunkt“ ein, solange Sie mit dem Entwicklerkonto testen. Nachdem DocuSign die App für die Produktion freigegeben hat (Go-Live), wechseln Sie zu account.docusign.com und den Produktionsschlüsseln.</translation>
    </message>
    <message>
        <source>DocuSign Key</source>
        <comment>label</comment>
        <translation>DocuSign Schlüssel</translation>
    </message>
    <message>
        <source>DocuSign Secret</source>
        <comment>label</comment>
        <translation>Der geheime Schlüssel DocuSign</translation>
    </message>
    <message>
        <source>DocuSign authentication endpoint</source>
        <comment>label</comment>
        <translation>DocuSign Authentifizierungsendpunkt</translation>
    </message>
    <message>
        <source>Only the host name, with no https:// and no path. Developer (demo) accounts sign in at account-d.docusign.com; live accounts sign in at account.docusign.com.</source>
        <comment>note</comment>
        <translation>Nur der Hostname, ohne https:// und ohne Pfad. Entwicklerkonten (Demo) melden sich bei account-d.docusign.com an, Live-Konten bei account.docusign.com.</translation>
    </message>
    <message>
        <source>Lets users connect their Dropbox folders to the Documents module.</source>
        <comment>purpose</comment>
        <translation>Ermöglicht Benutzern, ihre Dropbox-Ordner mit dem Modul Dokumente zu verbinden.</translation>
    </message>
    <message>
        <source>Lets users connect their Box folders to the Documents module.</source>
        <comment>purpose</comment>
        <translation>Ermöglicht Benutzern, ihre Box-Ordner mit dem Modul Dokumente zu verbinden.</translation>
    </message>
    <message>
        <source>Lets users connect their OneDrive files to the Documents module.</source>
        <comment>purpose</comment>
        <translation>Ermöglicht Benutzern, ihre OneDrive-Dateien mit dem Modul Dokumente zu verbinden.</translation>
    </message>
    <message>
        <source>Lets users sign in with a Google account and connect Google Drive to the Documents module.</source>
        <comment>purpose</comment>
        <translation>Ermöglicht Benutzern die Anmeldung mit einem Google-Konto und das Verbinden von Google Drive mit dem Modul Dokumente.</translation>
    </message>
    <message>
        <source>Facebook app token</source>
        <comment>generation</comment>
        <translation>Facebook-App-Token</translation>
    </message>
    <message>
        <source>Community Server 9.5 and earlier (labels as 9.5 shows them)</source>
        <comment>versions</comment>
        <translation>Community Server 9.5 und älter (Bezeichnungen wie in 9.5)</translation>
    </message>
    <message>
        <source>Before 9.6 the portal also asked for an app token, used to look up people and companies on Facebook for the CRM, and labelled the app&apos;s ID and secret “App ID” and “App Secret”. Create the token on Meta for Developers under Tools → Access Token Tool for the same app and enter it in “facebookAccessToken_Default”, the name that page shows for it.</source>
        <comment>note</comment>
        <translation>Vor Version 9.6 fragte das Portal außerdem ein App-Token ab, mit dem Personen und Unternehmen auf Facebook für das CRM gesucht wurden, und bezeichnete ID und Secret der App als „App ID“ und „App Secret“. Erstellen Sie das Token unter Meta for Developers über „Tools“ → „Access Token Tool“ für dieselbe App und geben Sie es in „facebookAccessToken_Default“ ein, den Namen, den diese Seite dafür anzeigt.</translation>
    </message>
    <message>
        <source>App ID</source>
        <comment>label</comment>
        <translation>App ID</translation>
    </message>
    <message>
        <source>App Secret</source>
        <comment>label</comment>
        <translation>App Secret</translation>
    </message>
    <message>
        <source>Twitter</source>
        <comment>title</comment>
        <translation>Twitter</translation>
    </message>
    <message>
        <source>Copy the API Key into “Twitter ID” and the API Key Secret into “Twitter Key”; X shows the secret only once.</source>
        <comment>instructions</comment>
        <translation>Kopieren Sie den „API Key“ in „Twitter ID“ und das „API Key Secret“ in „Twitter-Schlüssel“; X zeigt das Secret nur einmal an.</translation>
    </message>
    <message>
        <source>Twitter ID</source>
        <comment>label</comment>
        <translation>Twitter ID</translation>
    </message>
    <message>
        <source>Twitter Key</source>
        <comment>label</comment>
        <translation>Twitter-Schlüssel</translation>
    </message>
    <message>
        <source>Twitter access token</source>
        <comment>generation</comment>
        <translation>Twitter-Zugriffstoken</translation>
    </message>
    <message>
        <source>Community Server / Workspace before 12.6 (labels as 11.5 to 12.5 show them)</source>
        <comment>versions</comment>
        <translation>Community Server / Workspace vor 12.6 (Bezeichnungen wie in 11.5 bis 12.5)</translation>
    </message>
    <message>
        <source>Before 12.6 the portal also used an access token and its secret to find people and companies on Twitter for the CRM. Generate both on the Keys and tokens tab of the same app, under Authentication Tokens, and enter them in “Access Token” and “Access Token Secret”.</source>
        <comment>note</comment>
        <translation>Vor Version 12.6 verwendete das Portal außerdem ein Access Token und dessen Secret, um Personen und Unternehmen auf Twitter für das CRM zu finden. Generieren Sie beide auf der Registerkarte „Keys and tokens“ derselben App unter „Authentication Tokens“ und geben Sie sie in „Access Token“ und „Access Token Secret“ ein.</translation>
    </message>
    <message>
        <source>Access Token</source>
        <comment>label</comment>
        <translation>Access Token</translation>
    </message>
    <message>
        <source>Access Token Secret</source>
        <comment>label</comment>
        <translation>Access Token Secret</translation>
    </message>
    <message>
        <source>Sends two-factor sign-in codes by SMS and lets CRM users call contacts from the browser.</source>
        <comment>purpose</comment>
        <translation>Sendet Codes für die Zwei-Faktor-Anmeldung per SMS und ermöglicht CRM-Benutzern, Kontakte aus dem Browser anzurufen.</translation>
    </message>
    <message>
        <source>When Twilio keys are saved on Workspace, the phone numbers that the CRM bought with the previous Twilio account are deleted first.</source>
        <comment>note</comment>
        <translation>Beim Speichern von Twilio-Schlüsseln in Workspace werden zuerst die Telefonnummern gelöscht, die das CRM mit dem vorherigen Twilio-Konto gekauft hat.</translation>
    </message>
    <message>
        <source>Clickatell</source>
        <comment>title</comment>
        <translation>Clickatell</translation>
    </message>
    <message>
        <source>Sends two-factor sign-in codes by SMS through your Clickatell account.</source>
        <comment>purpose</comment>
        <translation>Sendet Codes für die Zwei-Faktor-Anmeldung per SMS über Ihr Clickatell-Konto.</translation>
    </message>
    <message>
        <source>Sign in to the Clickatell portal; a new account has to be approved before it can send messages.</source>
        <comment>instructions</comment>
        <translation>Melden Sie sich im Clickatell-Portal an; ein neues Konto muss erst freigegeben werden, bevor es Nachrichten senden kann.</translation>
    </message>
    <message>
        <source>Create an SMS integration of the HTTP API type and choose whether it may send to international numbers.</source>
        <comment>instructions</comment>
        <translation>Erstellen Sie eine SMS-Integration vom Typ „HTTP API“ und legen Sie fest, ob sie an internationale Nummern senden darf.</translation>
    </message>
    <message>
        <source>Copy the API key that the integration shows into “apiKey”.</source>
        <comment>instructions</comment>
        <translation>Kopieren Sie den API-Schlüssel, den die Integration anzeigt, in „apiKey“.</translation>
    </message>
    <message>
        <source>SMS Center</source>
        <comment>title</comment>
        <translation>SMS-Center</translation>
    </message>
    <message>
        <source>Sends two-factor sign-in codes by SMS through your SMS Center (smsc.ru) account.</source>
        <comment>purpose</comment>
        <translation>Sendet Codes für die Zwei-Faktor-Anmeldung per SMS über Ihr SMS-Center-Konto (smsc.ru).</translation>
    </message>
    <message>
        <source>Sign in to your SMS Center account, or register one and top up its balance.</source>
        <comment>instructions</comment>
        <translation>Melden Sie sich bei Ihrem SMS-Center-Konto an, oder registrieren Sie ein Konto und laden Sie sein Guthaben auf.</translation>
    </message>
    <message>
        <source>Enter the account&apos;s login into “Login”.</source>
        <comment>instructions</comment>
        <translation>Geben Sie das Login des Kontos in „Login“ ein.</translation>
    </message>
    <message>
        <source>Enter the account password into “Password or password MD5 hash in lowercase”; entering the lowercase MD5 hash of the password instead keeps the password itself off the portal.</source>
        <comment>instructions</comment>
        <translation>Geben Sie das Passwort des Kontos in „Passwort oder Passwort MD5 Hash in Kleinbuchstaben“ ein; wenn Sie stattdessen den MD5-Hash des Passworts in Kleinbuchstaben eingeben, gelangt das Passwort selbst nicht auf das Portal.</translation>
    </message>
    <message>
        <source>Register a sender name in the account settings (SMS Center approves it) and enter it into “Sender ID”.</source>
        <comment>instructions</comment>
        <translation>Registrieren Sie in den Kontoeinstellungen einen Absendernamen (SMS Center genehmigt ihn) und geben Sie ihn in „Sender ID“ ein.</translation>
    </message>
    <message>
        <source>Login</source>
        <comment>label</comment>
        <translation>Login</translation>
    </message>
    <message>
        <source>Password or password MD5 hash in lowercase</source>
        <comment>label</comment>
        <translation>Passwort oder Passwort MD5 Hash in Kleinbuchstaben</translation>
    </message>
    <message>
        <source>Delivers push notifications from the portal to the ONLYOFFICE apps.</source>
        <comment>purpose</comment>
        <translation>Stellt Push-Benachrichtigungen des Portals an die ONLYOFFICE-Apps zu.</translation>
    </message>
    <message>
        <source>Bitly</source>
        <comment>title</comment>
        <translation>Bitly</translation>
    </message>
    <message>
        <source>Shortens invitation links and links to documents shared with people outside the portal.</source>
        <comment>purpose</comment>
        <translation>Kürzt Einladungslinks und Links zu Dokumenten, die für Personen außerhalb des Portals freigegeben sind.</translation>
    </message>
    <message>
        <source>Sign in to Bitly and open Settings → Developer settings → API.</source>
        <comment>instructions</comment>
        <translation>Melden Sie sich bei Bitly an und öffnen Sie „Settings“ → „Developer settings“ → „API“.</translation>
    </message>
    <message>
        <source>Enter your Bitly password and click Generate token.</source>
        <comment>instructions</comment>
        <translation>Geben Sie Ihr Bitly-Passwort ein und klicken Sie auf „Generate token“.</translation>
    </message>
    <message>
        <source>Copy the token into “Access Token”; Bitly shows it only once.</source>
        <comment>instructions</comment>
        <translation>Kopieren Sie das Token in „Access Token“; Bitly zeigt es nur einmal an.</translation>
    </message>
    <message>
        <source>Bitly login and API key</source>
        <comment>generation</comment>
        <translation>Bitly-Anmeldename und API-Schlüssel</translation>
    </message>
    <message>
        <source>Community Server / Workspace before 12.0 (labels as 10.0 to 11.6 show them)</source>
        <comment>versions</comment>
        <translation>Community Server / Workspace vor 12.0 (Bezeichnungen wie in 10.0 bis 11.6)</translation>
    </message>
    <message>
        <source>Before 12.0 the portal called Bitly&apos;s older API with the account login and an API key instead of a token. Bitly has since retired that API, so these versions can no longer shorten links; upgrade the portal to use a token.</source>
        <comment>note</comment>
        <translation>Vor Version 12.0 rief das Portal die ältere API von Bitly mit dem Login des Kontos und einem API-Schlüssel statt eines Tokens auf. Bitly hat diese API inzwischen eingestellt, daher können diese Versionen keine Links mehr kürzen; aktualisieren Sie das Portal, um ein Token zu verwenden.</translation>
    </message>
    <message>
        <source>login</source>
        <comment>label</comment>
        <translation>login</translation>
    </message>
    <message>
        <source>Selectel Cloud Storage</source>
        <comment>title</comment>
        <translation>Selectel Cloud Storage</translation>
    </message>
    <message>
        <source>Stores the portal&apos;s backups and data in Selectel object storage.</source>
        <comment>purpose</comment>
        <translation>Speichert die Sicherungen und Daten des Portals im Objektspeicher von Selectel.</translation>
    </message>
    <message>
        <source>Sign in to the Selectel control panel and open the object storage (cloud storage) section.</source>
        <comment>instructions</comment>
        <translation>Melden Sie sich im Selectel Control Panel an und öffnen Sie den Bereich für den Objektspeicher (Cloud Storage).</translation>
    </message>
    <message>
        <source>Under its users or access settings, create a user for the portal with access to the containers it will use.</source>
        <comment>instructions</comment>
        <translation>Erstellen Sie dort in den Benutzer- bzw. Zugriffseinstellungen einen Benutzer für das Portal mit Zugriff auf die Container, die es verwenden wird.</translation>
    </message>
    <message>
        <source>Enter that user&apos;s name exactly as the panel shows it (it usually begins with your account number) into “Selectel authUser”.</source>
        <comment>instructions</comment>
        <translation>Geben Sie den Namen dieses Benutzers genau so, wie das Panel ihn anzeigt (er beginnt meist mit Ihrer Kontonummer), in „authUser Selectel“ ein.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s password into “Selectel authPwd”.</source>
        <comment>instructions</comment>
        <translation>Geben Sie das Passwort des Benutzers in „authPwd Selectel“ ein.</translation>
    </message>
    <message>
        <source>Selectel authUser</source>
        <comment>label</comment>
        <translation>authUser Selectel</translation>
    </message>
    <message>
        <source>Selectel authPwd</source>
        <comment>label</comment>
        <translation>authPwd Selectel</translation>
    </message>
    <message>
        <source>Mail.ru</source>
        <comment>title</comment>
        <translation>Mail.ru</translation>
    </message>
    <message>
        <source>Lets users sign in to the portal with their Mail.ru account.</source>
        <comment>purpose</comment>
        <translation>Ermöglicht Benutzern die Anmeldung am Portal mit ihrem Mail.ru-Konto.</translation>
    </message>
    <message>
        <source>Sign in with a Mail.ru account on the Mail.ru OAuth application page and create an application.</source>
        <comment>instructions</comment>
        <translation>Melden Sie sich mit einem Mail.ru-Konto auf der Seite für OAuth-Anwendungen von Mail.ru an und erstellen Sie eine Anwendung.</translation>
    </message>
    <message>
        <source>Add {redirectUri} to the application&apos;s redirect URIs and save.</source>
        <comment>instructions</comment>
        <translation>Fügen Sie {redirectUri} zu den Weiterleitungs-URIs der Anwendung hinzu und speichern Sie.</translation>
    </message>
    <message>
        <source>Copy the application&apos;s ID into “ID” and its Secret into “Secret key”.</source>
        <comment>instructions</comment>
        <translation>Kopieren Sie die ID der Anwendung in „ID“ und ihr Secret in „Geheimer Schlüssel“.</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>label</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Secret key</source>
        <comment>label</comment>
        <translation>Geheimer Schlüssel</translation>
    </message>
    <message>
        <source>Yandex</source>
        <comment>title</comment>
        <translation>Yandex</translation>
    </message>
    <message>
        <source>Lets users sign in to the portal with their Yandex account.</source>
        <comment>purpose</comment>
        <translation>Ermöglicht Benutzern die Anmeldung am Portal mit ihrem Yandex-Konto.</translation>
    </message>
    <message>
        <source>Open Yandex OAuth and create an application for web services.</source>
        <comment>instructions</comment>
        <translation>Öffnen Sie Yandex OAuth und erstellen Sie eine Anwendung für Webdienste.</translation>
    </message>
    <message>
        <source>Enter {redirectUri} as the Redirect URI.</source>
        <comment>instructions</comment>
        <translation>Geben Sie {redirectUri} als Redirect URI ein.</translation>
    </message>
    <message>
        <source>Give the application access to the user&apos;s login, e-mail address and name.</source>
        <comment>instructions</comment>
        <translation>Gewähren Sie der Anwendung Zugriff auf Login, E-Mail-Adresse und Namen des Benutzers.</translation>
    </message>
    <message>
        <source>Copy the ClientID into “ID” and the Client secret into “Password”.</source>
        <comment>instructions</comment>
        <translation>Kopieren Sie die ClientID in „ID“ und das Client secret in „Passwort“.</translation>
    </message>
    <message>
        <source>VK</source>
        <comment>title</comment>
        <translation>VK</translation>
    </message>
    <message>
        <source>Lets users sign in to the portal with their VK account.</source>
        <comment>purpose</comment>
        <translation>Ermöglicht Benutzern die Anmeldung am Portal mit ihrem VK-Konto.</translation>
    </message>
    <message>
        <source>On VK for developers, open My apps and create an application of the website type.</source>
        <comment>instructions</comment>
        <translation>Öffnen Sie unter „VK for developers“ den Bereich „My apps“ und erstellen Sie eine Anwendung vom Typ Website.</translation>
    </message>
    <message>
        <source>In the application&apos;s settings, add {redirectUri} to the authorised redirect URIs and save.</source>
        <comment>instructions</comment>
        <translation>Fügen Sie in den Einstellungen der Anwendung {redirectUri} zu den autorisierten Weiterleitungs-URIs hinzu und speichern Sie.</translation>
    </message>
    <message>
        <source>Copy the App ID into “Application ID” and the Secure key into “Secure key”.</source>
        <comment>instructions</comment>
        <translation>Kopieren Sie die App ID in „Anwendungs-ID“ und den Secure key in „Sicherheits-Schlüssel“.</translation>
    </message>
    <message>
        <source>Secure key</source>
        <comment>label</comment>
        <translation>Sicherheits-Schlüssel</translation>
    </message>
</context>
<context>
    <name>CatalogJson</name>
    <message>
        <source>unknown member &quot;%1&quot;; check its spelling.</source>
        <translation>unbekanntes Element &quot;%1&quot;; prüfen Sie die Schreibweise.</translation>
    </message>
    <message>
        <source>the member &quot;%1&quot; is missing.</source>
        <translation>das Element &quot;%1&quot; fehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>&quot;%1&quot; muss ein String sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty.</source>
        <translation>&quot;%1&quot; darf nicht leer sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot; muss true oder false sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of 0 or more.</source>
        <translation>&quot;%1&quot; muss eine ganze Zahl größer oder gleich 0 sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of strings.</source>
        <translation>&quot;%1&quot; muss eine Liste von Strings sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold only non-empty strings.</source>
        <translation>&quot;%1&quot; darf nur nicht leere Strings enthalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a version such as 3.7 or 12.6.</source>
        <translation>&quot;%1&quot; muss eine Version wie 3.7 oder 12.6 sein.</translation>
    </message>
    <message>
        <source>the key name &quot;%1&quot; may hold only letters, digits and _.</source>
        <translation>der Schlüsselname &quot;%1&quot; darf nur Buchstaben, Ziffern und _ enthalten.</translation>
    </message>
    <message>
        <source>unknown key type &quot;%1&quot;.</source>
        <translation>unbekannter Schlüsseltyp &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>only keys of type select have options.</source>
        <translation>nur Schlüssel vom Typ select haben Optionen.</translation>
    </message>
    <message>
        <source>the options repeat a value.</source>
        <translation>die Optionen enthalten einen Wert doppelt.</translation>
    </message>
    <message>
        <source>the default value is not one of the options.</source>
        <translation>der Standardwert ist keine der Optionen.</translation>
    </message>
    <message>
        <source>a toggle&apos;s default must be true or false.</source>
        <translation>der Standardwert eines Schalters (toggle) muss true oder false sein.</translation>
    </message>
    <message>
        <source>a number key&apos;s default must be a whole number.</source>
        <translation>der Standardwert eines Zahlenschlüssels (number) muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>dependsOn and dependsOnValue go together.</source>
        <translation>dependsOn und dependsOnValue gehören zusammen.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;.</source>
        <translation>unbekanntes Format &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;keys&quot; must be a non-empty list.</source>
        <translation>&quot;keys&quot; muss eine nicht leere Liste sein.</translation>
    </message>
    <message>
        <source>each key must be an object.</source>
        <translation>jeder Schlüssel muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>the key name is used twice.</source>
        <translation>der Schlüsselname wird doppelt verwendet.</translation>
    </message>
    <message>
        <source>dependsOn names &quot;%1&quot;, which is not another key of this service.</source>
        <translation>dependsOn nennt &quot;%1&quot;, das kein anderer Schlüssel dieses Dienstes ist.</translation>
    </message>
    <message>
        <source>dependsOn names a key that itself depends on another.</source>
        <translation>dependsOn nennt einen Schlüssel, der selbst von einem anderen abhängt.</translation>
    </message>
    <message>
        <source>dependsOnValue &quot;%1&quot; is not one of the options of &quot;%2&quot;.</source>
        <translation>dependsOnValue &quot;%1&quot; ist keine der Optionen von &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>CertificateInfo</name>
    <message>
        <source>On the Portals page, Test connection shows the certificate and lets you trust it.</source>
        <translation>Auf der Seite „Portale“ zeigt „Verbindung testen“ das Zertifikat an und ermöglicht es, ihm zu vertrauen.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Antragsteller: %1</translation>
    </message>
    <message>
        <source>Issuer: %1%2</source>
        <translation>Aussteller: %1%2</translation>
    </message>
    <message>
        <source> (self-signed)</source>
        <translation> (selbstsigniert)</translation>
    </message>
    <message>
        <source>Valid: %1 to %2</source>
        <translation>Gültig: %1 bis %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
</context>
<context>
    <name>Claims</name>
    <message>
        <source>less than a second</source>
        <translation>weniger als einer Sekunde</translation>
    </message>
    <message numerus="yes">
        <source>%n second</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>läuft in %1 ab</translation>
    </message>
    <message>
        <source>expired just now</source>
        <translation>soeben abgelaufen</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>vor %1 abgelaufen</translation>
    </message>
    <message>
        <source>becomes valid in %1</source>
        <translation>wird in %1 gültig</translation>
    </message>
    <message>
        <source>became valid just now</source>
        <translation>soeben gültig geworden</translation>
    </message>
    <message>
        <source>became valid %1 ago</source>
        <translation>seit %1 gültig</translation>
    </message>
    <message>
        <source>issued %1 in the future</source>
        <translation>ausgestellt in der Zukunft (in %1)</translation>
    </message>
    <message>
        <source>issued just now</source>
        <translation>soeben ausgestellt</translation>
    </message>
    <message>
        <source>issued %1 ago</source>
        <translation>vor %1 ausgestellt</translation>
    </message>
    <message>
        <source>signed in %1 in the future</source>
        <translation>Anmeldung in der Zukunft (in %1)</translation>
    </message>
    <message>
        <source>signed in just now</source>
        <translation>soeben angemeldet</translation>
    </message>
    <message>
        <source>signed in %1 ago</source>
        <translation>vor %1 angemeldet</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Not valid before</source>
        <translation>Nicht gültig vor</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>Ausgestellt am</translation>
    </message>
    <message>
        <source>Token id</source>
        <translation>Token-ID</translation>
    </message>
    <message>
        <source>OAuth client id (DocSpace: the app the token was issued to)</source>
        <translation>OAuth-Client-ID (DocSpace: die App, für die das Token ausgestellt wurde)</translation>
    </message>
    <message>
        <source>Tenant id (DocSpace: the portal)</source>
        <translation>Mandanten-ID (DocSpace: das Portal)</translation>
    </message>
    <message>
        <source>Scopes granted</source>
        <translation>Gewährte Bereiche</translation>
    </message>
    <message>
        <source>Time the user signed in</source>
        <translation>Zeitpunkt der Anmeldung des Benutzers</translation>
    </message>
    <message>
        <source>Authorized party (the client the token was issued to)</source>
        <translation>Autorisierte Partei (der Client, für den das Token ausgestellt wurde)</translation>
    </message>
    <message>
        <source>Session id</source>
        <translation>Sitzungs-ID</translation>
    </message>
    <message>
        <source>Token type</source>
        <translation>Token-Typ</translation>
    </message>
    <message>
        <source>Document Server: the document to open</source>
        <translation>Document Server: das zu öffnende Dokument</translation>
    </message>
    <message>
        <source>Document Server: the kind of editor</source>
        <translation>Document Server: die Art des Editors</translation>
    </message>
    <message>
        <source>Document Server: editor settings and user</source>
        <translation>Document Server: Editor-Einstellungen und Benutzer</translation>
    </message>
    <message>
        <source>not a number of seconds</source>
        <translation>keine Anzahl von Sekunden</translation>
    </message>
    <message>
        <source>outside the years 1 to 9999</source>
        <translation>außerhalb der Jahre 1 bis 9999</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The token expired at %1.</source>
        <translation>Das Token ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>The token is not valid before %1.</source>
        <translation>Das Token ist erst ab %1 gültig.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
</context>
<context>
    <name>ConnectionReport</name>
    <message>
        <source>portal owner</source>
        <translation>Portalbesitzer</translation>
    </message>
    <message>
        <source>portal admin</source>
        <translation>Portaladministrator</translation>
    </message>
    <message>
        <source>not a portal admin</source>
        <translation>kein Portaladministrator</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: authorization keys need an admin</source>
        <translation>%1: Autorisierungsschlüssel erfordern einen Administrator</translation>
    </message>
    <message>
        <source>Signed in as %1, %2; the portal answered in %3 ms.</source>
        <translation>Angemeldet als %1, %2; das Portal hat in %3 ms geantwortet.</translation>
    </message>
    <message>
        <source>Product and version unknown: %1</source>
        <translation>Produkt und Version unbekannt: %1</translation>
    </message>
</context>
<context>
    <name>CredentialKind</name>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>E-mail and password (basic)</source>
        <translation>E-Mail und Passwort (Basic)</translation>
    </message>
    <message>
        <source>Login or personal access token</source>
        <translation>Login-Token oder persönliches Zugriffstoken</translation>
    </message>
    <message>
        <source>OAuth 2.0 (sign in with the browser)</source>
        <translation>OAuth 2.0 (Anmeldung im Browser)</translation>
    </message>
</context>
<context>
    <name>DocumentServer</name>
    <message>
        <source>Open a file (editor config)</source>
        <translation>Datei öffnen (Editor-Konfiguration)</translation>
    </message>
    <message>
        <source>Insert an image (insertImage)</source>
        <translation>Bild einfügen (insertImage)</translation>
    </message>
    <message>
        <source>Show a version from the history (setHistoryData)</source>
        <translation>Version aus dem Verlauf anzeigen (setHistoryData)</translation>
    </message>
    <message>
        <source>Recipients for mail merge (setMailMergeRecipients)</source>
        <translation>Empfänger für den Serienbrief (setMailMergeRecipients)</translation>
    </message>
    <message>
        <source>Compare with a document (setRevisedFile)</source>
        <translation>Mit einem Dokument vergleichen (setRevisedFile)</translation>
    </message>
    <message>
        <source>Document Server tokens are signed with its HMAC secret; %1 cannot sign them.</source>
        <translation>Document-Server-Token werden mit dem HMAC-Secret des Servers signiert. Gewählter Schlüssel: %1 – damit lassen sie sich nicht signieren.</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <source>The config has no &quot;token&quot; member.</source>
        <translation>Die Konfiguration hat kein Element &quot;token&quot;.</translation>
    </message>
    <message>
        <source>The &quot;token&quot; member is not a string.</source>
        <translation>Das Element &quot;token&quot; ist kein String.</translation>
    </message>
    <message>
        <source>Document Server tokens are checked with its HMAC secret; %1 cannot check them.</source>
        <translation>Document-Server-Token werden mit dem HMAC-Secret des Servers geprüft. Gewählter Schlüssel: %1 – damit lassen sie sich nicht prüfen.</translation>
    </message>
    <message>
        <source>The token&apos;s payload is not a JSON object, so it cannot stand for the config.</source>
        <translation>Der Payload des Tokens ist kein JSON-Objekt und kann daher nicht für die Konfiguration stehen.</translation>
    </message>
</context>
<context>
    <name>Draft</name>
    <message>
        <source>The draft has no valid id.</source>
        <translation>Der Entwurf hat keine gültige ID.</translation>
    </message>
    <message>
        <source>The draft does not say which service its keys are for.</source>
        <translation>Der Entwurf gibt nicht an, für welchen Dienst seine Schlüssel bestimmt sind.</translation>
    </message>
    <message>
        <source>“%1” is not a service name: use letters, digits, “_”, “-” and “.” only.</source>
        <translation>„%1“ ist kein Dienstname: Verwenden Sie nur Buchstaben, Ziffern, „_“, „-“ und „.“.</translation>
    </message>
    <message>
        <source>The title of a draft can have at most %1 characters.</source>
        <translation>Der Titel eines Entwurfs darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The note of a draft can have at most %1 characters.</source>
        <translation>Die Notiz eines Entwurfs darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The draft for %1 has no keys.</source>
        <translation>Der Entwurf für %1 hat keine Schlüssel.</translation>
    </message>
    <message>
        <source>A draft can have at most %1 keys.</source>
        <translation>Ein Entwurf darf höchstens %1 Schlüssel haben.</translation>
    </message>
    <message>
        <source>“%1” is not a key name: use letters, digits, “_”, “-” and “.” only, at most %2.</source>
        <translation>„%1“ ist kein Schlüsselname: Verwenden Sie nur Buchstaben, Ziffern, „_“, „-“ und „.“, höchstens %2 Zeichen.</translation>
    </message>
    <message>
        <source>The key “%1” appears twice in the draft for %2.</source>
        <translation>Der Schlüssel „%1“ kommt im Entwurf für %2 doppelt vor.</translation>
    </message>
    <message>
        <source>The draft %1 is for an unknown product “%2”.</source>
        <translation>Der Entwurf %1 ist für ein unbekanntes Produkt „%2“.</translation>
    </message>
    <message>
        <source>The draft %1 has no list of keys.</source>
        <translation>Der Entwurf %1 hat keine Schlüsselliste.</translation>
    </message>
    <message>
        <source>The draft %1 has a key name that is not text.</source>
        <translation>Der Entwurf %1 hat einen Schlüsselnamen, der kein Text ist.</translation>
    </message>
    <message>
        <source>The draft %1 has no valid creation or change time.</source>
        <translation>Der Entwurf %1 hat keinen gültigen Erstellungs- oder Änderungszeitpunkt.</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The list of drafts %1</source>
        <translation>Die Entwurfsliste %1</translation>
    </message>
    <message>
        <source>Cannot read the value of %1 in the draft for %2: %3</source>
        <translation>Der Wert von %1 im Entwurf für %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>The list of drafts %1 cannot be used: %2 PortalKeys leaves it as it is.</source>
        <translation>Die Entwurfsliste %1 kann nicht verwendet werden: %2 PortalKeys lässt sie unverändert.</translation>
    </message>
    <message>
        <source>The list of drafts %1 holds the draft %2 twice.</source>
        <translation>Die Entwurfsliste %1 enthält den Entwurf %2 doppelt.</translation>
    </message>
    <message>
        <source>The draft for %1 has no key “%2” to store a value for.</source>
        <translation>Der Entwurf für %1 hat keinen Schlüssel „%2“, für den ein Wert gespeichert werden könnte.</translation>
    </message>
    <message>
        <source>The draft for %1 was not saved: %2</source>
        <translation>Der Entwurf für %1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>The draft for %1 was not saved completely: %2 The values stored before this failure are already replaced in the keychain.</source>
        <translation>Der Entwurf für %1 wurde nicht vollständig gespeichert: %2 Die vor diesem Fehler gespeicherten Werte sind im Schlüsselbund bereits ersetzt.</translation>
    </message>
    <message>
        <source>The draft for %1 was saved, but the value of a key it no longer has could not be removed from the keychain: %2</source>
        <translation>Der Entwurf für %1 wurde gespeichert, aber der Wert eines Schlüssels, den er nicht mehr hat, konnte nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>The draft for %1 was not removed: %2</source>
        <translation>Der Entwurf für %1 wurde nicht entfernt: %2</translation>
    </message>
</context>
<context>
    <name>HistoryLog</name>
    <message>
        <source>The history %1</source>
        <translation>Die Verlaufsdatei %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1 wurde nicht geändert: %2</translation>
    </message>
    <message>
        <source>The full history %1 could not be moved to %2.</source>
        <translation>Der vollständige Verlauf %1 konnte nicht nach %2 verschoben werden.</translation>
    </message>
    <message>
        <source>The history %1 cannot be read: %2</source>
        <translation>Die Verlaufsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Line %1 of %2 is damaged and was skipped.</source>
        <translation>Zeile %1 in %2 ist beschädigt und wurde übersprungen.</translation>
    </message>
</context>
<context>
    <name>IconScaler</name>
    <message>
        <source>The %1 image is %2×%3 pixels, too large to make an icon of safely; make it smaller first.</source>
        <translation>Das %1-Bild hat %2×%3 Pixel und ist zu groß, um daraus gefahrlos ein Symbol zu erstellen; verkleinern Sie es zuerst.</translation>
    </message>
    <message>
        <source>The %1 image cannot be decoded: the file is damaged or incomplete (%2).</source>
        <translation>Das %1-Bild kann nicht dekodiert werden: Die Datei ist beschädigt oder unvollständig (%2).</translation>
    </message>
    <message>
        <source>The icon is %1×%2 pixels; the portal shows it at %3×%3. Scale it to that size (aspect kept, on a transparent square, as PNG).</source>
        <translation>Das Symbol hat %1×%2 Pixel; das Portal zeigt es mit %3×%3 an. Skalieren Sie es auf diese Größe (mit beibehaltenem Seitenverhältnis, auf einem transparenten Quadrat, als PNG).</translation>
    </message>
</context>
<context>
    <name>JwkImport</name>
    <message>
        <source>The JWK member “%1” is not a string.</source>
        <translation>Das JWK-Element „%1“ ist kein String.</translation>
    </message>
    <message>
        <source>The JWK member “%1” is not valid base64url (unpadded, with the alphabet A–Z, a–z, 0–9, “-”, “_”).</source>
        <translation>Das JWK-Element „%1“ ist kein gültiges base64url (ohne Padding, mit dem Alphabet A–Z, a–z, 0–9, „-“, „_“).</translation>
    </message>
    <message>
        <source>OpenSSL refused the key (%1).</source>
        <translation>OpenSSL hat den Schlüssel abgelehnt (%1).</translation>
    </message>
    <message>
        <source>RSA keys with more than two primes (“oth”) are not supported.</source>
        <translation>RSA-Schlüssel mit mehr als zwei Primzahlen („oth“) werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>The RSA JWK needs both “n” and “e”.</source>
        <translation>Der RSA-JWK benötigt sowohl „n“ als auch „e“.</translation>
    </message>
    <message>
        <source>The RSA JWK has some of “p”, “q”, “dp”, “dq”, “qi” but not all of them with “d”.</source>
        <translation>Der RSA-JWK hat einige von „p“, „q“, „dp“, „dq“, „qi“, aber nicht alle zusammen mit „d“.</translation>
    </message>
    <message>
        <source>The EC JWK&apos;s curve “%1” is not one JWS uses (P-256, P-384, P-521).</source>
        <translation>Die Kurve „%1“ des EC-JWK wird von JWS nicht verwendet (P-256, P-384, P-521).</translation>
    </message>
    <message>
        <source>The EC JWK needs both “x” and “y”.</source>
        <translation>Der EC-JWK benötigt sowohl „x“ als auch „y“.</translation>
    </message>
    <message>
        <source>The EC JWK&apos;s coordinates must be %1 bytes each for %2.</source>
        <translation>Die Koordinaten des EC-JWK müssen für %2 je %1 Bytes lang sein.</translation>
    </message>
    <message>
        <source>The EC JWK&apos;s point (x, y) is not on the curve %1.</source>
        <translation>Der Punkt (x, y) des EC-JWK liegt nicht auf der Kurve %1.</translation>
    </message>
    <message>
        <source>The EC JWK&apos;s private value “d” does not match its public point (x, y).</source>
        <translation>Der private Wert „d“ des EC-JWK passt nicht zu seinem öffentlichen Punkt (x, y).</translation>
    </message>
    <message>
        <source>The OKP JWK&apos;s curve “%1” is not supported; PortalKeys uses Ed25519 for EdDSA.</source>
        <translation>Die Kurve „%1“ des OKP-JWK wird nicht unterstützt; PortalKeys verwendet Ed25519 für EdDSA.</translation>
    </message>
    <message>
        <source>The OKP JWK needs “x”.</source>
        <translation>Der OKP-JWK benötigt „x“.</translation>
    </message>
    <message>
        <source>Ed25519 keys are 32 bytes; this JWK&apos;s “x” or “d” has another length.</source>
        <translation>Ed25519-Schlüssel sind 32 Bytes lang; „x“ oder „d“ dieses JWK hat eine andere Länge.</translation>
    </message>
    <message>
        <source>The OKP JWK&apos;s private value “d” does not match its public value “x”.</source>
        <translation>Der private Wert „d“ des OKP-JWK passt nicht zu seinem öffentlichen Wert „x“.</translation>
    </message>
    <message>
        <source>The JWK has no “kty” member saying what kind of key it is.</source>
        <translation>Der JWK hat kein Element „kty“, das die Art des Schlüssels angibt.</translation>
    </message>
    <message>
        <source>The JWK&apos;s “kid” is not a string.</source>
        <translation>Die „kid“ des JWK ist kein String.</translation>
    </message>
    <message>
        <source>The JWK is marked for encryption (“use”: “enc”), not for signatures.</source>
        <translation>Der JWK ist für Verschlüsselung gekennzeichnet („use“: „enc“), nicht für Signaturen.</translation>
    </message>
    <message>
        <source>The JWK is for the algorithm “%1”, which is not a JWS signature algorithm PortalKeys supports.</source>
        <translation>Der JWK ist für den Algorithmus „%1“ bestimmt, der kein von PortalKeys unterstützter JWS-Signaturalgorithmus ist.</translation>
    </message>
    <message>
        <source>The symmetric JWK (“oct”) has no “k” member.</source>
        <translation>Der symmetrische JWK („oct“) hat kein Element „k“.</translation>
    </message>
    <message>
        <source>The JWK type “%1” is not supported (RSA, EC, OKP and oct are).</source>
        <translation>Der JWK-Typ „%1“ wird nicht unterstützt (unterstützt werden RSA, EC, OKP und oct).</translation>
    </message>
    <message>
        <source>The JWK Set&apos;s “keys” holds something that is not a JWK object.</source>
        <translation>Das Element „keys“ des JWK Sets enthält etwas, das kein JWK-Objekt ist.</translation>
    </message>
    <message>
        <source>(no kid)</source>
        <translation>(keine kid)</translation>
    </message>
    <message>
        <source>The JWK Set holds no keys.</source>
        <translation>Das JWK Set enthält keine Schlüssel.</translation>
    </message>
    <message>
        <source>The JWK Set holds %1 keys; choose one by its kid: %2.</source>
        <translation>Das JWK Set enthält %1 Schlüssel; wählen Sie einen anhand seiner kid: %2.</translation>
    </message>
    <message>
        <source>No key with kid “%1” in the JWK Set (it has: %2).</source>
        <translation>Kein Schlüssel mit der kid „%1“ im JWK Set (vorhanden: %2).</translation>
    </message>
</context>
<context>
    <name>JwsCrypto</name>
    <message>
        <source>This key cannot verify %1 signatures.</source>
        <translation>Dieser Schlüssel kann keine %1-Signaturen prüfen.</translation>
    </message>
    <message>
        <source>OpenSSL could not compute the HMAC.</source>
        <translation>OpenSSL konnte den HMAC nicht berechnen.</translation>
    </message>
    <message>
        <source>The signature does not match: the token was changed, or it was signed with another secret.</source>
        <translation>Die Signatur stimmt nicht: Das Token wurde verändert oder mit einem anderen Secret signiert.</translation>
    </message>
    <message>
        <source>An %1 signature is exactly %2 bytes (R and S of %3 bytes each, RFC 7518 §3.4); this one has %4 bytes%5.</source>
        <translation>Eine %1-Signatur hat genau %2 Bytes (R und S mit je %3 Bytes, RFC 7518 §3.4); diese hat %4 Bytes%5.</translation>
    </message>
    <message>
        <source> and looks DER-encoded, which JWS does not use</source>
        <translation> und scheint DER-kodiert zu sein, was JWS nicht verwendet</translation>
    </message>
    <message>
        <source>The ECDSA signature cannot be read.</source>
        <translation>Die ECDSA-Signatur kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>OpenSSL could not set up %1 verification (%2).</source>
        <translation>OpenSSL konnte die %1-Prüfung nicht einrichten (%2).</translation>
    </message>
    <message>
        <source>The signature does not match: the token was changed, or it was signed with another key.</source>
        <translation>Die Signatur stimmt nicht: Das Token wurde verändert oder mit einem anderen Schlüssel signiert.</translation>
    </message>
    <message>
        <source>This key cannot sign with %1.</source>
        <translation>Dieser Schlüssel kann nicht mit %1 signieren.</translation>
    </message>
    <message>
        <source>Signing needs a private key; this is a public key.</source>
        <translation>Zum Signieren ist ein privater Schlüssel nötig; dies ist ein öffentlicher Schlüssel.</translation>
    </message>
    <message>
        <source>OpenSSL could not sign with %1 (%2).</source>
        <translation>OpenSSL konnte nicht mit %1 signieren (%2).</translation>
    </message>
    <message>
        <source>OpenSSL produced an ECDSA signature that cannot be converted to JWS form.</source>
        <translation>OpenSSL hat eine ECDSA-Signatur erzeugt, die sich nicht in die JWS-Form umwandeln lässt.</translation>
    </message>
</context>
<context>
    <name>JwtForm</name>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string (“%1”)</source>
        <translation>ein String („%1“)</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>it is %1</source>
        <translation>er ist %1</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>er ist leer</translation>
    </message>
    <message>
        <source>it is not JSON</source>
        <translation>er ist kein JSON</translation>
    </message>
    <message>
        <source>The header&apos;s “kid” is %1, not a string (RFC 7515 §4.1.4), so the token is invalid.</source>
        <translation>Die „kid“ im Header ist %1, kein String (RFC 7515 §4.1.4), daher ist das Token ungültig.</translation>
    </message>
    <message>
        <source>A key id names the key by text. Verifiers that pick keys by “kid” find none for other values, and recent PyJWT refuses the token: have the issuer write the key id as a string.</source>
        <translation>Eine Schlüssel-ID benennt den Schlüssel mit Text. Programme, die Schlüssel anhand der „kid“ auswählen, finden bei anderen Werten keinen, und neuere PyJWT-Versionen lehnen das Token ab: Lassen Sie den Aussteller die Schlüssel-ID als String schreiben.</translation>
    </message>
    <message>
        <source>The payload is not a JSON object (%1), so the token is not a valid JWT: its claims must be a JSON object (RFC 7519 §7.2).</source>
        <translation>Der Payload ist kein JSON-Objekt (%1), daher ist das Token kein gültiges JWT: Seine Claims müssen ein JSON-Objekt sein (RFC 7519 §7.2).</translation>
    </message>
    <message>
        <source>JWT libraries such as PyJWT, jose and golang-jwt refuse such a token. Only a plain JWS may carry other data; check it as one if that is what it is meant to be.</source>
        <translation>JWT-Bibliotheken wie PyJWT, jose und golang-jwt lehnen ein solches Token ab. Nur ein einfaches JWS darf andere Daten enthalten; prüfen Sie es als solches, falls es so gedacht ist.</translation>
    </message>
    <message>
        <source>The “%1” claim is %2, not a NumericDate (a JSON number of seconds, RFC 7519 §2), so the token is invalid.</source>
        <translation>Der Claim „%1“ ist %2, kein NumericDate (eine JSON-Zahl von Sekunden, RFC 7519 §2), daher ist das Token ungültig.</translation>
    </message>
    <message>
        <source>Times in a JWT are plain numbers of seconds since 1970-01-01 UTC, never text or other values. Libraries refuse a token whose “exp”, “nbf” or “iat” is anything else, so the issuer must write the number itself.</source>
        <translation>Zeitangaben in einem JWT sind einfache Sekundenzahlen seit 1970-01-01 UTC, niemals Text oder andere Werte. Bibliotheken lehnen ein Token ab, dessen „exp“, „nbf“ oder „iat“ etwas anderes ist; der Aussteller muss also die Zahl selbst schreiben.</translation>
    </message>
</context>
<context>
    <name>Key</name>
    <message>
        <source>The JWK Set&apos;s “keys” member is not an array.</source>
        <translation>Das Element „keys“ des JWK Sets ist kein Array.</translation>
    </message>
    <message>
        <source>The JWK&apos;s kid is “%1”, not “%2”.</source>
        <translation>Die kid des JWK ist „%1“, nicht „%2“.</translation>
    </message>
    <message>
        <source>The secret is not valid base64.</source>
        <translation>Das Secret ist kein gültiges base64.</translation>
    </message>
    <message>
        <source>The secret is not valid base64url.</source>
        <translation>Das Secret ist kein gültiges base64url.</translation>
    </message>
    <message>
        <source>The secret is not valid hex: it needs an even number of the digits 0–9 and a–f.</source>
        <translation>Das Secret ist kein gültiges Hex: Es braucht eine gerade Anzahl der Ziffern 0–9 und a–f.</translation>
    </message>
    <message>
        <source>The secret cannot be read.</source>
        <translation>Das Secret kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This is not PEM: there is no “-----BEGIN …-----” line.</source>
        <translation>Dies ist kein PEM: Es gibt keine Zeile „-----BEGIN …-----“.</translation>
    </message>
    <message>
        <source>The private key is encrypted with a pass phrase; PortalKeys reads unencrypted keys only (for example, decrypt it with “openssl pkey”).</source>
        <translation>Der private Schlüssel ist mit einer Passphrase verschlüsselt; PortalKeys liest nur unverschlüsselte Schlüssel (entschlüsseln Sie ihn zum Beispiel mit „openssl pkey“).</translation>
    </message>
    <message>
        <source>OpenSSL could not read the PEM data.</source>
        <translation>OpenSSL konnte die PEM-Daten nicht lesen.</translation>
    </message>
    <message>
        <source>The PEM certificate cannot be read (%1).</source>
        <translation>Das PEM-Zertifikat kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The certificate&apos;s public key cannot be read (%1).</source>
        <translation>Der öffentliche Schlüssel des Zertifikats kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The PEM private key cannot be read (%1).</source>
        <translation>Der private PEM-Schlüssel kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The PEM public key cannot be read (%1).</source>
        <translation>Der öffentliche PEM-Schlüssel kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The PEM RSA public key cannot be read (%1).</source>
        <translation>Der öffentliche PEM-RSA-Schlüssel kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The PEM block “%1” holds no key: PortalKeys reads public keys, private keys and certificates.</source>
        <translation>Der PEM-Block „%1“ enthält keinen Schlüssel: PortalKeys liest öffentliche Schlüssel, private Schlüssel und Zertifikate.</translation>
    </message>
    <message>
        <source>The key file looks like JSON but cannot be read: %1.</source>
        <translation>Die Schlüsseldatei sieht wie JSON aus, kann aber nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>The key file is JSON but not a JWK or JWK Set object.</source>
        <translation>Die Schlüsseldatei ist JSON, aber kein JWK- oder JWK-Set-Objekt.</translation>
    </message>
    <message>
        <source>The key file is neither PEM (“-----BEGIN …”) nor a JWK or JWK Set (JSON).</source>
        <translation>Die Schlüsseldatei ist weder PEM („-----BEGIN …“) noch ein JWK oder JWK Set (JSON).</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <source>HMAC secret (%1 bytes)</source>
        <translation>HMAC-Secret (%1 Bytes)</translation>
    </message>
    <message>
        <source>RSA %1-bit private key</source>
        <translation>privater RSA-Schlüssel (%1 Bit)</translation>
    </message>
    <message>
        <source>RSA %1-bit public key</source>
        <translation>öffentlicher RSA-Schlüssel (%1 Bit)</translation>
    </message>
    <message>
        <source>%1 private key</source>
        <translation>privater %1-Schlüssel</translation>
    </message>
    <message>
        <source>%1 public key</source>
        <translation>öffentlicher %1-Schlüssel</translation>
    </message>
    <message>
        <source>The HMAC key is empty.</source>
        <translation>Der HMAC-Schlüssel ist leer.</translation>
    </message>
    <message>
        <source>Anyone can compute a valid signature with an empty key, so the token proves nothing. Use a random secret of at least %1 bytes.</source>
        <translation>Mit einem leeren Schlüssel kann jeder eine gültige Signatur berechnen, das Token beweist also nichts. Verwenden Sie ein zufälliges Secret mit mindestens %1 Bytes.</translation>
    </message>
    <message>
        <source>The HMAC key is shorter than the hash (%1 of %2 bytes).</source>
        <translation>Der HMAC-Schlüssel ist kürzer als der Hash (%1 von %2 Bytes).</translation>
    </message>
    <message>
        <source>RFC 7518 §3.2 requires an HMAC key at least as long as the hash output (%1 bytes for %2). Short keys, especially words or phrases, can be found by trying candidates offline against any token. Use a random secret of at least %1 bytes.</source>
        <translation>RFC 7518 §3.2 verlangt einen HMAC-Schlüssel, der mindestens so lang ist wie die Hash-Ausgabe (%1 Bytes für %2). Kurze Schlüssel, insbesondere Wörter oder Phrasen, lassen sich offline finden, indem man Kandidaten an einem beliebigen Token ausprobiert. Verwenden Sie ein zufälliges Secret mit mindestens %1 Bytes.</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits, fewer than 2048.</source>
        <translation>Der RSA-Schlüssel hat %1 Bit, weniger als 2048.</translation>
    </message>
    <message>
        <source>RFC 7518 §3.3 requires RSA keys of 2048 bits or more for RS* and PS* signatures; shorter keys can be factored with enough computing power. Replace the key with one of at least 2048 bits.</source>
        <translation>RFC 7518 §3.3 verlangt für RS*- und PS*-Signaturen RSA-Schlüssel mit mindestens 2048 Bit; kürzere Schlüssel lassen sich mit genügend Rechenleistung faktorisieren. Ersetzen Sie den Schlüssel durch einen mit mindestens 2048 Bit.</translation>
    </message>
</context>
<context>
    <name>KeyChange</name>
    <message numerus="yes">
        <source>%n key(s) added</source>
        <translation>
            <numerusform>%n Schlüssel hinzugefügt</numerusform>
            <numerusform>%n Schlüssel hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cleared</source>
        <translation>
            <numerusform>%n geleert</numerusform>
            <numerusform>%n geleert</numerusform>
        </translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message numerus="yes">
        <source>•••• (%n character(s))</source>
        <translation>
            <numerusform>•••• (%n Zeichen)</numerusform>
            <numerusform>•••• (%n Zeichen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1… (%n line(s))</source>
        <translation>
            <numerusform>%1… (%n Zeile)</numerusform>
            <numerusform>%1… (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: unchanged</source>
        <translation>%1: unverändert</translation>
    </message>
    <message>
        <source>%1: set to %2</source>
        <translation>%1: auf %2 gesetzt</translation>
    </message>
    <message>
        <source>%1: changed from %2 to %3</source>
        <translation>%1: von %2 in %3 geändert</translation>
    </message>
    <message>
        <source>%1: cleared (was %2)</source>
        <translation>%1: geleert (war %2)</translation>
    </message>
</context>
<context>
    <name>KeyDrift</name>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>abweichend</translation>
    </message>
    <message>
        <source>only here</source>
        <translation>nur hier</translation>
    </message>
    <message>
        <source>only there</source>
        <translation>nur dort</translation>
    </message>
</context>
<context>
    <name>KeyLoader</name>
    <message>
        <source>OpenSSL could not build the key.</source>
        <translation>OpenSSL konnte den Schlüssel nicht erstellen.</translation>
    </message>
    <message>
        <source>This EC key is not on P-256, P-384 or P-521, the curves JWS uses (ES256, ES384, ES512).</source>
        <translation>Dieser EC-Schlüssel liegt nicht auf P-256, P-384 oder P-521, den Kurven, die JWS verwendet (ES256, ES384, ES512).</translation>
    </message>
    <message>
        <source>This is a %1 key; PortalKeys signs and verifies with RSA, EC (P-256, P-384, P-521) and Ed25519 keys, or HMAC secrets.</source>
        <translation>Art des Schlüssels: %1. PortalKeys signiert und prüft mit RSA-, EC- (P-256, P-384, P-521) und Ed25519-Schlüsseln oder HMAC-Secrets.</translation>
    </message>
    <message>
        <source>an unknown kind of</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The key says it is for %1, which does not fit a %2 key.</source>
        <translation>Laut Schlüssel ist er für %1 bestimmt, was nicht zu einem %2-Schlüssel passt.</translation>
    </message>
</context>
<context>
    <name>KeySourceLoader</name>
    <message>
        <source>offline drafts</source>
        <translation>Offline-Entwürfe</translation>
    </message>
    <message>
        <source>Secret missing: the keychain no longer holds the value of %1 in the draft for %2; it counts as absent.</source>
        <translation>Geheimer Wert fehlt: Der Schlüsselbund enthält den Wert von %1 im Entwurf für %2 nicht mehr; er gilt als nicht vorhanden.</translation>
    </message>
    <message>
        <source>portal %1</source>
        <translation>Portal %1</translation>
    </message>
</context>
<context>
    <name>KeyValidator</name>
    <message>
        <source>&quot;%1&quot; must be one of %2; pick one of them.</source>
        <translation>„%1“ muss einer dieser Werte sein: %2; wählen Sie einen davon.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a switch; set it to true or false.</source>
        <translation>„%1“ ist ein Schalter; setzen Sie ihn auf true oder false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number; enter digits only.</source>
        <translation>„%1“ muss eine ganze Zahl sein; geben Sie nur Ziffern ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be the whole .p8 file, from the -----BEGIN PRIVATE KEY----- line to the -----END PRIVATE KEY----- line; paste the file&apos;s content again.</source>
        <translation>„%1“ muss die vollständige .p8-Datei sein, von der Zeile -----BEGIN PRIVATE KEY----- bis zur Zeile -----END PRIVATE KEY-----; fügen Sie den Inhalt der Datei erneut ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is protected with a password that the portal cannot enter; paste the unencrypted .p8 file that Apple Developer gave you.</source>
        <translation>„%1“ ist mit einem Passwort geschützt, das das Portal nicht eingeben kann; fügen Sie die unverschlüsselte .p8-Datei ein, die Sie von Apple Developer erhalten haben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a %2 block instead of the PRIVATE KEY block of a .p8 file; paste the key file downloaded from the Keys section of Apple Developer.</source>
        <translation>„%1“ enthält einen %2-Block statt des PRIVATE-KEY-Blocks einer .p8-Datei; fügen Sie die Schlüsseldatei ein, die Sie im Bereich „Keys“ von Apple Developer heruntergeladen haben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; stops before the -----END PRIVATE KEY----- line; paste the whole .p8 file again.</source>
        <translation>„%1“ endet vor der Zeile -----END PRIVATE KEY-----; fügen Sie die gesamte .p8-Datei erneut ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a readable private key, so part of it was probably lost or changed; paste the .p8 file again without editing it.</source>
        <translation>„%1“ ist kein lesbarer privater Schlüssel, vermutlich ging ein Teil davon verloren oder wurde verändert; fügen Sie die .p8-Datei erneut und unbearbeitet ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has lost the line breaks of the .p8 file; paste the file&apos;s content again with its lines as they are.</source>
        <translation>Bei „%1“ sind die Zeilenumbrüche der .p8-Datei verloren gegangen; fügen Sie den Inhalt der Datei erneut mit unveränderten Zeilen ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a P-256 elliptic-curve key, which Sign in with Apple needs; check that you took the key from the Keys section of Apple Developer.</source>
        <translation>„%1“ ist kein EC-Schlüssel auf der Kurve P-256, wie ihn „Mit Apple anmelden“ benötigt; prüfen Sie, ob Sie den Schlüssel aus dem Bereich „Keys“ von Apple Developer genommen haben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete JSON file (%2 at character %3); paste the whole key file again, from the first { to the last }.</source>
        <translation>„%1“ ist keine vollständige JSON-Datei (%2 bei Zeichen %3); fügen Sie die gesamte Schlüsseldatei erneut ein, von der ersten { bis zur letzten }.</translation>
    </message>
    <message>
        <source>no JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a user&apos;s credentials, not a service-account key; create a JSON key for a service account in the Google Cloud console.</source>
        <translation>„%1“ enthält die Anmeldedaten eines Benutzers, keinen Dienstkontoschlüssel; erstellen Sie in der Google Cloud Console einen JSON-Schlüssel für ein Dienstkonto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service-account key (its type is not service_account); create a JSON key for a service account in the Google Cloud console.</source>
        <translation>„%1“ ist kein Dienstkontoschlüssel (sein Typ ist nicht service_account); erstellen Sie in der Google Cloud Console einen JSON-Schlüssel für ein Dienstkonto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lacks %2; download a new JSON key for the service account rather than editing the file.</source>
        <translation>In „%1“ fehlt %2; laden Sie einen neuen JSON-Schlüssel für das Dienstkonto herunter, statt die Datei zu bearbeiten.</translation>
    </message>
    <message>
        <source>The private_key inside &quot;%1&quot; cannot be read; download a new JSON key for the service account rather than editing the file.</source>
        <translation>Der private_key in „%1“ kann nicht gelesen werden; laden Sie einen neuen JSON-Schlüssel für das Dienstkonto herunter, statt die Datei zu bearbeiten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a host name only; enter %2, without https:// or a path.</source>
        <translation>„%1“ darf nur ein Hostname sein; geben Sie %2 ohne https:// und ohne Pfad ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a host name such as account-d.docusign.com; enter the DocuSign authentication host without anything around it.</source>
        <translation>„%1“ muss ein Hostname wie account-d.docusign.com sein; geben Sie den DocuSign-Authentifizierungshost ohne weitere Zusätze ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is usually account-d.docusign.com (developer sandbox) or account.docusign.com (production); check that this host is the one DocuSign gave you.</source>
        <translation>„%1“ ist normalerweise account-d.docusign.com (Entwickler-Sandbox) oder account.docusign.com (Produktion); prüfen Sie, ob dies der Host ist, den DocuSign Ihnen genannt hat.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a full web address such as https://cloud.example.com; copy it from the browser&apos;s address bar.</source>
        <translation>„%1“ muss eine vollständige Webadresse wie https://cloud.example.com sein; kopieren Sie sie aus der Adressleiste des Browsers.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not contain a user name or password; remove the part before the @ sign.</source>
        <translation>„%1“ darf keinen Benutzernamen und kein Passwort enthalten; entfernen Sie den Teil vor dem @-Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts with http://, so sign-ins travel unencrypted; use the server&apos;s https:// address if it has one.</source>
        <translation>„%1“ beginnt mit http://, Anmeldungen werden also unverschlüsselt übertragen; verwenden Sie die https://-Adresse des Servers, falls vorhanden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; leads out of the portal&apos;s own storage folder for external databases, and the portal refuses such a path; enter only the name of a file in that folder, such as forms.db.</source>
        <translation>„%1“ führt aus dem eigenen Speicherordner des Portals für externe Datenbanken hinaus, und das Portal lehnt einen solchen Pfad ab; geben Sie nur den Namen einer Datei in diesem Ordner ein, etwa forms.db.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a file name without / or \; put the database file directly into the portal&apos;s own storage folder for external databases and enter only its name, such as forms.db.</source>
        <translation>„%1“ muss ein Dateiname ohne / oder \ sein; legen Sie die Datenbankdatei direkt in den eigenen Speicherordner des Portals für externe Datenbanken und geben Sie nur ihren Namen ein, etwa forms.db.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names the storage folder itself, not a file; enter the name of the database file, such as forms.db.</source>
        <translation>„%1“ bezeichnet den Speicherordner selbst, keine Datei; geben Sie den Namen der Datenbankdatei ein, etwa forms.db.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be the ID without the curly braces around it; remove the braces.</source>
        <translation>„%1“ muss die ID ohne die geschweiften Klammern sein; entfernen Sie die Klammern.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an ID of the form 1a2b3c4d-0000-1111-2222-333344445555 (32 hexadecimal digits in five groups); copy it from the provider&apos;s console again.</source>
        <translation>„%1“ muss eine ID der Form 1a2b3c4d-0000-1111-2222-333344445555 sein (32 hexadezimale Ziffern in fünf Gruppen); kopieren Sie sie erneut aus der Konsole des Anbieters.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds an API key SID; enter the Account SID instead, which starts with AC and is shown in the Twilio Console&apos;s Account Info.</source>
        <translation>„%1“ enthält eine API-Key-SID; geben Sie stattdessen die Account SID ein, die mit AC beginnt und in der Twilio Console unter „Account Info“ angezeigt wird.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be AC followed by 32 hexadecimal digits (34 characters in all); copy the Account SID from the Twilio Console again.</source>
        <translation>„%1“ muss aus AC und 32 hexadezimalen Ziffern bestehen (insgesamt 34 Zeichen); kopieren Sie die Account SID erneut aus der Twilio Console.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be 16 to 128 letters, digits or underscores; copy the access key ID again, not the secret access key.</source>
        <translation>„%1“ muss aus 16 bis 128 Buchstaben, Ziffern oder Unterstrichen bestehen; kopieren Sie erneut die Zugriffsschlüssel-ID, nicht den geheimen Zugriffsschlüssel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a temporary AWS key (ASIA…) that stops working when its session ends; for lasting access use an IAM user&apos;s access key (AKIA…).</source>
        <translation>„%1“ ist ein temporärer AWS-Schlüssel (ASIA…), der mit dem Ende seiner Sitzung ungültig wird; für dauerhaften Zugriff verwenden Sie den Zugriffsschlüssel eines IAM-Benutzers (AKIA…).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like an AWS access key ID (AKIA…), which is fine for S3-compatible storage; otherwise check that you copied the right value.</source>
        <translation>„%1“ sieht nicht wie eine AWS-Zugriffsschlüssel-ID (AKIA…) aus, was bei S3-kompatiblem Speicher in Ordnung ist; prüfen Sie andernfalls, ob Sie den richtigen Wert kopiert haben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be exactly 10 characters long, not %2; copy it again from Apple Developer.</source>
        <translation>„%1“ muss genau 10 Zeichen lang sein, nicht %2; kopieren Sie den Wert erneut aus Apple Developer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may hold only capital letters and digits; copy it again from Apple Developer.</source>
        <translation>„%1“ darf nur Großbuchstaben und Ziffern enthalten; kopieren Sie den Wert erneut aus Apple Developer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must look like 123456789:AAE…, digits, a colon and then letters, digits, - or _; copy the token from BotFather again.</source>
        <translation>„%1“ muss wie 123456789:AAE… aussehen: Ziffern, ein Doppelpunkt und dann Buchstaben, Ziffern, - oder _; kopieren Sie das Token erneut von BotFather.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not end in .apps.googleusercontent.com as Google&apos;s OAuth client IDs do; check that you copied the Client ID and not another value.</source>
        <translation>„%1“ endet nicht auf .apps.googleusercontent.com wie die OAuth-Client-IDs von Google; prüfen Sie, ob Sie die Client-ID und keinen anderen Wert kopiert haben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a port number from 1 to 65535, such as 3306 for MySQL.</source>
        <translation>„%1“ muss eine Portnummer von 1 bis 65535 sein, etwa 3306 für MySQL.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like an MD5 hash in capital letters, but the portal expects the hash in lower case; convert it to lower case.</source>
        <translation>„%1“ sieht wie ein MD5-Hash in Großbuchstaben aus, das Portal erwartet den Hash jedoch in Kleinbuchstaben; wandeln Sie ihn in Kleinbuchstaben um.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds only spaces or line breaks; clear it or enter the key.</source>
        <translation>„%1“ enthält nur Leerzeichen oder Zeilenumbrüche; leeren Sie das Feld oder geben Sie den Schlüssel ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts or ends with spaces or line breaks; remove the spaces, or the portal stores them as part of the key.</source>
        <translation>„%1“ beginnt oder endet mit Leerzeichen oder Zeilenumbrüchen; entfernen Sie diese, sonst speichert das Portal sie als Teil des Schlüssels.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a single line; remove the line breaks that came with the paste.</source>
        <translation>„%1“ muss einzeilig sein; entfernen Sie die beim Einfügen mitkopierten Zeilenumbrüche.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 characters long, more than the %3 the portal stores; check that you copied only the key.</source>
        <translation>„%1“ ist %2 Zeichen lang, mehr als die %3, die das Portal speichert; prüfen Sie, ob Sie nur den Schlüssel kopiert haben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 characters long, more than the %3 the portal&apos;s settings page accepts; it can be saved from here, but not edited on that page.</source>
        <translation>„%1“ ist %2 Zeichen lang, mehr als die %3, die die Einstellungsseite des Portals akzeptiert; der Wert kann von hier aus gespeichert, aber auf dieser Seite nicht bearbeitet werden.</translation>
    </message>
</context>
<context>
    <name>KeychainRepair</name>
    <message numerus="yes">
        <source>Removed %n keychain entry left behind by an interrupted save.</source>
        <translation>
            <numerusform>%n Schlüsselbundeintrag entfernt, der nach einem unterbrochenen Speichervorgang übrig geblieben war.</numerusform>
            <numerusform>%n Schlüsselbundeinträge entfernt, die nach einem unterbrochenen Speichervorgang übrig geblieben waren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n keychain entries left behind by an interrupted save.</source>
        <translation>
            <numerusform>%n Schlüsselbundeintrag entfernt, der nach einem unterbrochenen Speichervorgang übrig geblieben war.</numerusform>
            <numerusform>%n Schlüsselbundeinträge entfernt, die nach einem unterbrochenen Speichervorgang übrig geblieben waren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListFile</name>
    <message>
        <source>%1 is larger than 4 MiB, so it is not read.</source>
        <translation>%1 ist größer als 4 MiB und wird daher nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2 at byte %3). PortalKeys leaves it as it is; fix or remove it to go on.</source>
        <translation>%1 ist beschädigt (%2 bei Byte %3). PortalKeys lässt die Datei unverändert; reparieren oder entfernen Sie sie, um fortzufahren.</translation>
    </message>
    <message>
        <source>%1 was written by a newer PortalKeys (format %2); this version reads format %3. Update PortalKeys.</source>
        <translation>%1 wurde von einer neueren PortalKeys-Version geschrieben (Format %2); diese Version liest Format %3. Aktualisieren Sie PortalKeys.</translation>
    </message>
    <message>
        <source>%1 has no format version; it is not a PortalKeys file.</source>
        <translation>%1 hat keine Formatversion und ist daher keine PortalKeys-Datei.</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1 (Prozess %2)</translation>
    </message>
    <message>
        <source>another PortalKeys process</source>
        <translation>ein anderer PortalKeys-Prozess</translation>
    </message>
    <message>
        <source>%1 was not changed: %2 has been changing it for more than %3 seconds. Try again; if that process hangs, end it (a lock left by a process that ended is removed by itself).</source>
        <translation>%1 wurde nicht geändert: %2 ändert die Datei seit mehr als %3 Sekunden. Versuchen Sie es erneut; falls dieser Prozess hängt, beenden Sie ihn (die Sperre eines beendeten Prozesses wird automatisch entfernt).</translation>
    </message>
    <message>
        <source>%1 was not changed: the lock file %2 cannot be created.</source>
        <translation>%1 wurde nicht geändert: Die Sperrdatei %2 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>NamedSecret</name>
    <message>
        <source>The name of the secret is empty.</source>
        <translation>Der Name des Secrets ist leer.</translation>
    </message>
    <message>
        <source>The name of the secret starts or ends with a space.</source>
        <translation>Der Name des Secrets beginnt oder endet mit einem Leerzeichen.</translation>
    </message>
    <message>
        <source>The name of the secret is longer than %1 characters.</source>
        <translation>Der Name des Secrets ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The name of the secret contains a control character.</source>
        <translation>Der Name des Secrets enthält ein Steuerzeichen.</translation>
    </message>
</context>
<context>
    <name>NewApiKey</name>
    <message>
        <source>Give the key a name.</source>
        <translation>Geben Sie dem Schlüssel einen Namen.</translation>
    </message>
    <message>
        <source>The name has %1 characters; the portal takes at most %2.</source>
        <translation>Der Name hat %1 Zeichen; das Portal akzeptiert höchstens %2.</translation>
    </message>
    <message>
        <source>A key expires after %1 to %2 days, or never.</source>
        <translation>Ein Schlüssel läuft nach %1 bis %2 Tagen ab oder nie.</translation>
    </message>
</context>
<context>
    <name>OAuthApp</name>
    <message>
        <source>The portal&apos;s update call has no field for it; register a new app to use another value.</source>
        <translation>Der Aktualisierungsaufruf des Portals hat kein Feld dafür; registrieren Sie eine neue App, um einen anderen Wert zu verwenden.</translation>
    </message>
    <message>
        <source>The portal&apos;s update call ignores it (older documentation says otherwise); register a new app to change it.</source>
        <translation>Der Aktualisierungsaufruf des Portals ignoriert dieses Feld (entgegen älterer Dokumentation); registrieren Sie eine neue App, um es zu ändern.</translation>
    </message>
    <message>
        <source>The portal assigns it.</source>
        <translation>Wird vom Portal vergeben.</translation>
    </message>
    <message>
        <source>Only the portal makes a new one (regenerate secret).</source>
        <translation>Nur das Portal erzeugt ein neues (Secret neu generieren).</translation>
    </message>
    <message>
        <source>Changed by enabling or disabling the app, not by an update.</source>
        <translation>Wird durch Aktivieren oder Deaktivieren der App geändert, nicht durch eine Aktualisierung.</translation>
    </message>
    <message>
        <source>Follows from allow_pkce.</source>
        <translation>Ergibt sich aus allow_pkce.</translation>
    </message>
    <message>
        <source>The portal sets it to true for every app.</source>
        <translation>Das Portal setzt dieses Feld für jede App auf true.</translation>
    </message>
</context>
<context>
    <name>OAuthAppIssue</name>
    <message>
        <source>The portal refused this field (%1).</source>
        <translation>Das Portal hat dieses Feld abgelehnt (%1).</translation>
    </message>
</context>
<context>
    <name>OAuthAppValidator</name>
    <message>
        <source>“%1” must be text (a JSON string).</source>
        <translation>„%1“ muss Text sein (ein JSON-String).</translation>
    </message>
    <message>
        <source>“%1” must be a list of text values (a JSON array).</source>
        <translation>„%1“ muss eine Liste von Textwerten sein (ein JSON-Array).</translation>
    </message>
    <message>
        <source>Every entry of “%1” must be text (a JSON string).</source>
        <translation>Jeder Eintrag von „%1“ muss Text sein (ein JSON-String).</translation>
    </message>
    <message>
        <source>“%1” must be true or false.</source>
        <translation>„%1“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>“is_public” is false here, but the portal sets it to true for every app, so it is sent as true.</source>
        <translation>„is_public“ ist hier false, aber das Portal setzt den Wert für jede App auf true, daher wird true gesendet.</translation>
    </message>
    <message>
        <source>This file holds a client secret. Keep secrets out of draft files: the portal ignores it here, and anyone who can read the file can sign in as the app.</source>
        <translation>Diese Datei enthält ein Client-Secret. Halten Sie Secrets aus Entwurfsdateien heraus: Das Portal ignoriert es hier, und jeder, der die Datei lesen kann, kann sich als die App anmelden.</translation>
    </message>
    <message>
        <source>“%1” is not a field of an OAuth app; the portal ignores it.</source>
        <translation>„%1“ ist kein Feld einer OAuth-App; das Portal ignoriert es.</translation>
    </message>
    <message>
        <source>The app name is required.</source>
        <translation>Der App-Name ist erforderlich.</translation>
    </message>
    <message>
        <source>The app name needs at least %1 characters.</source>
        <translation>Der App-Name muss mindestens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The app name can have at most %1 characters; this one has %2.</source>
        <translation>Der App-Name darf höchstens %1 Zeichen lang sein; dieser hat %2.</translation>
    </message>
    <message>
        <source>The description can have at most %1 characters; this one has %2.</source>
        <translation>Die Beschreibung darf höchstens %1 Zeichen lang sein; diese hat %2.</translation>
    </message>
    <message>
        <source>An app icon is required: a PNG, JPEG or SVG image of 32×32 pixels.</source>
        <translation>Ein App-Symbol ist erforderlich: ein PNG-, JPEG- oder SVG-Bild mit 32×32 Pixeln.</translation>
    </message>
    <message>
        <source>The icon is %1×%2 pixels; the portal shows it at %3×%3, so scale it to that size first.</source>
        <translation>Das Symbol hat %1×%2 Pixel; das Portal zeigt es mit %3×%3 an, skalieren Sie es also zuerst auf diese Größe.</translation>
    </message>
    <message>
        <source>The %1 is required.</source>
        <translation>„%1“ ist ein Pflichtfeld.</translation>
    </message>
    <message>
        <source>at most %1 characters are allowed; this one has %2.</source>
        <translation>höchstens %1 Zeichen sind erlaubt; der Wert hat %2.</translation>
    </message>
    <message>
        <source>a URL cannot contain spaces or line breaks.</source>
        <translation>eine URL darf keine Leerzeichen oder Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <source>start it with https:// (https://%1).</source>
        <translation>sie muss mit https:// beginnen (https://%1).</translation>
    </message>
    <message>
        <source>only https:// and http:// addresses are allowed, not %1://.</source>
        <translation>nur https://- und http://-Adressen sind erlaubt, nicht %1://.</translation>
    </message>
    <message>
        <source>the portal takes the scheme only in lower case: %1.</source>
        <translation>das Portal akzeptiert das Schema nur in Kleinbuchstaben: %1.</translation>
    </message>
    <message>
        <source>a user name or password in the URL is not allowed.</source>
        <translation>ein Benutzername oder Passwort in der URL ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>the portal takes a domain name or an IPv4 address here, not an IPv6 address.</source>
        <translation>das Portal akzeptiert hier einen Domainnamen oder eine IPv4-Adresse, keine IPv6-Adresse.</translation>
    </message>
    <message>
        <source>the URL has no host name.</source>
        <translation>die URL hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>the portal refuses “localhost” here (its URL pattern wants a domain name with a dot or an IPv4 address); use %1 instead.</source>
        <translation>das Portal lehnt „localhost“ hier ab (sein URL-Muster verlangt einen Domainnamen mit Punkt oder eine IPv4-Adresse); verwenden Sie stattdessen %1.</translation>
    </message>
    <message>
        <source>write the host name in its ASCII form: %1.</source>
        <translation>schreiben Sie den Hostnamen in seiner ASCII-Form: %1.</translation>
    </message>
    <message>
        <source>“%1” is not a host name the portal takes: it needs a domain with a dot and a top-level domain of two or more letters (such as example.com), or an IPv4 address.</source>
        <translation>„%1“ ist kein Hostname, den das Portal akzeptiert: Nötig ist eine Domain mit Punkt und einer Top-Level-Domain aus zwei oder mehr Buchstaben (etwa example.com) oder eine IPv4-Adresse.</translation>
    </message>
    <message>
        <source>put a “/” between the host name and “%1”.</source>
        <translation>setzen Sie einen „/“ zwischen den Hostnamen und „%1“.</translation>
    </message>
    <message>
        <source>the portal&apos;s URL pattern does not allow percent-encoded characters (“%”).</source>
        <translation>das URL-Muster des Portals erlaubt keine prozentkodierten Zeichen („%“).</translation>
    </message>
    <message>
        <source>the portal&apos;s URL pattern does not allow the character “%1”.</source>
        <translation>das URL-Muster des Portals erlaubt das Zeichen „%1“ nicht.</translation>
    </message>
    <message>
        <source>“%1” is not a valid URL.</source>
        <translation>„%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>the URL does not match the portal&apos;s URL pattern.</source>
        <translation>die URL entspricht nicht dem URL-Muster des Portals.</translation>
    </message>
    <message>
        <source>This entry is empty.</source>
        <translation>Dieser Eintrag ist leer.</translation>
    </message>
    <message>
        <source>“%1…” is longer than %2 characters.</source>
        <translation>„%1…“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>“%1” contains spaces or line breaks.</source>
        <translation>„%1“ enthält Leerzeichen oder Zeilenumbrüche.</translation>
    </message>
    <message>
        <source>“%1” is not a URL; it needs https://, http:// or claude:// in front.</source>
        <translation>„%1“ ist keine URL; davor muss https://, http:// oder claude:// stehen.</translation>
    </message>
    <message>
        <source>“%1”: only https://, http:// and claude:// addresses are allowed.</source>
        <translation>„%1“: Nur https://-, http://- und claude://-Adressen sind erlaubt.</translation>
    </message>
    <message>
        <source>An allowed origin cannot have a query (?…) or a fragment (#…); use %1.</source>
        <translation>Ein zugelassener Ursprung darf keine Abfrage (?…) und kein Fragment (#…) enthalten; verwenden Sie %1.</translation>
    </message>
    <message>
        <source>A redirect URL cannot have a query (?…) or a fragment (#…); use %1.</source>
        <translation>Eine Weiterleitungs-URL darf keine Abfrage (?…) und kein Fragment (#…) enthalten; verwenden Sie %1.</translation>
    </message>
    <message>
        <source>“%1” has a user name or password in it, which browsers do not send; leave it out.</source>
        <translation>„%1“ enthält einen Benutzernamen oder ein Passwort, die Browser nicht senden; lassen Sie diese weg.</translation>
    </message>
    <message>
        <source>“%1” has no host name, so no browser can go there.</source>
        <translation>„%1“ hat keinen Hostnamen, daher kann kein Browser dorthin gelangen.</translation>
    </message>
    <message>
        <source>“%1”: an origin is only a scheme, a host and a port, as browsers send it, so this one never matches; use %2.</source>
        <translation>„%1“: Ein Ursprung besteht nur aus Schema, Host und Port, so wie Browser ihn senden, daher passt dieser nie; verwenden Sie %2.</translation>
    </message>
    <message>
        <source>“%1” uses plain http, so the authorization code would travel unencrypted; use https, or http only to this computer (127.0.0.1).</source>
        <translation>„%1“ verwendet einfaches http, sodass der Autorisierungscode unverschlüsselt übertragen würde; verwenden Sie https oder http nur zu diesem Computer (127.0.0.1).</translation>
    </message>
    <message>
        <source>At least one allowed origin is required.</source>
        <translation>Mindestens ein zugelassener Ursprung ist erforderlich.</translation>
    </message>
    <message>
        <source>At least one redirect URL is required.</source>
        <translation>Mindestens eine Weiterleitungs-URL ist erforderlich.</translation>
    </message>
    <message>
        <source>At most %1 allowed origins are possible; this list has %2.</source>
        <translation>Höchstens %1 zugelassene Ursprünge sind möglich; diese Liste hat %2.</translation>
    </message>
    <message>
        <source>At most %1 redirect URLs are possible; this list has %2.</source>
        <translation>Höchstens %1 Weiterleitungs-URLs sind möglich; diese Liste hat %2.</translation>
    </message>
    <message>
        <source>“%1” is listed twice; the portal keeps it once.</source>
        <translation>„%1“ ist doppelt aufgeführt; das Portal behält den Eintrag nur einmal.</translation>
    </message>
    <message>
        <source>“%1” is the same address as “%2” before it (host names do not depend on case); the portal keeps both.</source>
        <translation>„%1“ ist dieselbe Adresse wie das vorherige „%2“ (bei Hostnamen spielt die Groß- und Kleinschreibung keine Rolle); das Portal behält beide.</translation>
    </message>
    <message>
        <source>At least one scope is required.</source>
        <translation>Mindestens ein Bereich ist erforderlich.</translation>
    </message>
    <message>
        <source>“%1” is not a scope the portal knows; it knows %2.</source>
        <translation>„%1“ ist kein Bereich, den das Portal kennt; es kennt %2.</translation>
    </message>
    <message>
        <source>“%1” without “%2”: write access implies read access, so add “%2” as the portal&apos;s form does.</source>
        <translation>„%1“ ohne „%2“: Schreibzugriff setzt Lesezugriff voraus, fügen Sie also „%2“ hinzu, wie es das Formular des Portals tut.</translation>
    </message>
</context>
<context>
    <name>OAuthServer</name>
    <message>
        <source>The OAuth server&apos;s discovery document has no usable authorization or token endpoint.</source>
        <translation>Das Discovery-Dokument des OAuth-Servers enthält keinen verwendbaren Autorisierungs- oder Token-Endpunkt.</translation>
    </message>
    <message>
        <source>The OAuth server names an endpoint without https (%1); PortalKeys does not send codes or secrets there.</source>
        <translation>Der OAuth-Server nennt einen Endpunkt ohne https (%1); PortalKeys sendet keine Codes oder Secrets dorthin.</translation>
    </message>
    <message>
        <source>The OAuth server does not support PKCE with S256.</source>
        <translation>Der OAuth-Server unterstützt PKCE mit S256 nicht.</translation>
    </message>
</context>
<context>
    <name>PassphrasePolicy</name>
    <message>
        <source>Enter a passphrase: without one the bundle would not be protected.</source>
        <translation>Geben Sie eine Passphrase ein: Ohne sie wäre das Paket nicht geschützt.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase has only %n character.</source>
        <translation>
            <numerusform>Die Passphrase hat nur %n Zeichen.</numerusform>
            <numerusform>Die Passphrase hat nur %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase has only %n characters.</source>
        <translation>
            <numerusform>Die Passphrase hat nur %n Zeichen.</numerusform>
            <numerusform>Die Passphrase hat nur %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use at least %1, for example a few unrelated words, so that the bundle stays safe if someone gets the file.</source>
        <translation>Verwenden Sie mindestens %1 Zeichen, zum Beispiel einige zusammenhanglose Wörter, damit das Paket sicher bleibt, falls jemand die Datei erhält.</translation>
    </message>
    <message>
        <source>The passphrase is one of the commonly used secrets that are tried first.</source>
        <translation>Die Passphrase gehört zu den häufig verwendeten Passwörtern, die zuerst ausprobiert werden.</translation>
    </message>
    <message>
        <source>The passphrase begins or ends with a space, which is easy to miss when you type it again.</source>
        <translation>Die Passphrase beginnt oder endet mit einem Leerzeichen, das man bei erneuter Eingabe leicht übersieht.</translation>
    </message>
</context>
<context>
    <name>Pkce</name>
    <message numerus="yes">
        <source>A PKCE code verifier is 43 to 128 characters of A–Z, a–z, 0–9, “-”, “.”, “_” and “~” (RFC 7636 §4.1); this one has %n character(s).</source>
        <translation>
            <numerusform>Ein PKCE-Code-Verifier besteht aus 43 bis 128 Zeichen aus A–Z, a–z, 0–9, „-“, „.“, „_“ und „~“ (RFC 7636 §4.1); dieser hat %n Zeichen.</numerusform>
            <numerusform>Ein PKCE-Code-Verifier besteht aus 43 bis 128 Zeichen aus A–Z, a–z, 0–9, „-“, „.“, „_“ und „~“ (RFC 7636 §4.1); dieser hat %n Zeichen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalError</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>PortalInfo</name>
    <message>
        <source>DocSpace</source>
        <translation>DocSpace</translation>
    </message>
    <message>
        <source>an ONLYOFFICE portal</source>
        <translation>ONLYOFFICE-Portal</translation>
    </message>
    <message>
        <source>self-hosted</source>
        <translation>selbst gehostet</translation>
    </message>
    <message>
        <source>cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>%1 (version not given), %2</source>
        <translation>%1 (Version nicht angegeben), %2</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>The portal&apos;s settings are not an object. Is this a DocSpace portal?</source>
        <translation>Die Einstellungen des Portals sind kein Objekt. Ist dies ein DocSpace-Portal?</translation>
    </message>
</context>
<context>
    <name>PortalKeys::ApiKeys::ApiKeyTableModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Off (expired)</source>
        <translation>Aus (abgelaufen)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>The portal shows only the last four characters of a key after it was made.</source>
        <translation>Das Portal zeigt nach dem Erstellen nur die letzten vier Zeichen eines Schlüssels an.</translation>
    </message>
    <message>
        <source>Not used since it was made.</source>
        <translation>Seit der Erstellung nicht verwendet.</translation>
    </message>
    <message>
        <source>This key never expires.</source>
        <translation>Dieser Schlüssel läuft nie ab.</translation>
    </message>
    <message>
        <source>Expired %1 (%2). The portal no longer accepts it.</source>
        <translation>Abgelaufen am %1 (%2). Das Portal akzeptiert ihn nicht mehr.</translation>
    </message>
    <message>
        <source>Expires %1 (%2).</source>
        <translation>Läuft am %1 ab (%2).</translation>
    </message>
    <message>
        <source>The portal accepts this key.</source>
        <translation>Das Portal akzeptiert diesen Schlüssel.</translation>
    </message>
    <message>
        <source>Switched off: the portal refuses this key until it is switched on.</source>
        <translation>Deaktiviert: Das Portal lehnt diesen Schlüssel ab, bis er wieder aktiviert wird.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Ersteller</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>PortalKeys::AuthService::KeyApplier</name>
    <message>
        <source>applied</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <source>would apply</source>
        <translation>würde übernommen</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>This portal does not offer the service “%1” (its version may be older or newer).</source>
        <translation>Dieses Portal bietet den Dienst „%1“ nicht an (möglicherweise ist seine Version älter oder neuer).</translation>
    </message>
    <message>
        <source>The installation fixed the keys of “%1” in its configuration; they are read-only.</source>
        <translation>Die Installation hat die Schlüssel von „%1“ in ihrer Konfiguration festgelegt; sie sind schreibgeschützt.</translation>
    </message>
    <message>
        <source>Saved, but the portal reports other values for: %1</source>
        <translation>Gespeichert, aber das Portal meldet andere Werte für: %1</translation>
    </message>
</context>
<context>
    <name>PortalKeys::AuthService::KeyDriftModel</name>
    <message>
        <source>(none)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message>
        <source>(secret)</source>
        <translation>(geheim)</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(verborgen)</translation>
    </message>
    <message>
        <source>Secret values are compared without being shown.</source>
        <translation>Geheime Werte werden verglichen, ohne angezeigt zu werden.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>There</source>
        <translation>Dort</translation>
    </message>
</context>
<context>
    <name>PortalKeys::AuthService::ServiceListModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Catalog::Product</name>
    <message>
        <source>DocSpace</source>
        <translation>DocSpace</translation>
    </message>
    <message>
        <source>Workspace / Community Server</source>
        <translation>Workspace / Community Server</translation>
    </message>
</context>
<context>
    <name>PortalKeys::History::HistoryTableModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Authorization keys</source>
        <translation>Autorisierungsschlüssel</translation>
    </message>
    <message>
        <source>OAuth apps</source>
        <translation>OAuth-Apps</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Portal audit</source>
        <translation>Portal-Audit</translation>
    </message>
    <message>
        <source>PortalKeys</source>
        <translation>PortalKeys</translation>
    </message>
    <message>
        <source>recorded by the portal</source>
        <translation>vom Portal protokolliert</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>PortalKeys::OAuth::AppListModel</name>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Drafts on this computer</source>
        <translation>Entwürfe auf diesem Computer</translation>
    </message>
    <message>
        <source>On a portal</source>
        <translation>Auf einem Portal</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Auf %1</translation>
    </message>
    <message>
        <source>No drafts yet.</source>
        <translation>Noch keine Entwürfe.</translation>
    </message>
    <message>
        <source>No portal yet.</source>
        <translation>Noch kein Portal.</translation>
    </message>
    <message>
        <source>No apps registered yet.</source>
        <translation>Noch keine Apps registriert.</translation>
    </message>
    <message>
        <source>Not loaded: see the message above.</source>
        <translation>Nicht geladen: siehe Meldung oben.</translation>
    </message>
    <message>
        <source>Not loaded yet.</source>
        <translation>Noch nicht geladen.</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>%1
Client ID: %2
%3</source>
        <translation>%1
Client-ID: %2
%3</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Draft, not registered</source>
        <translation>Entwurf, nicht registriert</translation>
    </message>
    <message>
        <source>%1
Draft, saved %2</source>
        <translation>%1
Entwurf, gespeichert am %2</translation>
    </message>
</context>
<context>
    <name>PortalKeys::OAuth::AuthorizationCodeFlow</name>
    <message>
        <source>The OAuth server&apos;s answer holds no access token.</source>
        <translation>Die Antwort des OAuth-Servers enthält kein Zugriffstoken.</translation>
    </message>
    <message>
        <source>PortalKeys cannot listen on 127.0.0.1 for the browser&apos;s answer (port %1 is taken?).</source>
        <translation>PortalKeys kann auf 127.0.0.1 nicht auf die Antwort des Browsers warten (ist Port %1 belegt?).</translation>
    </message>
    <message>
        <source>The browser came back with an answer that does not belong to this sign-in (the “state” does not match), so it was ignored. Start the sign-in again.</source>
        <translation>Der Browser kam mit einer Antwort zurück, die nicht zu dieser Anmeldung gehört („state“ stimmt nicht überein), daher wurde sie ignoriert. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>The portal did not authorize PortalKeys: %1</source>
        <translation>Das Portal hat PortalKeys nicht autorisiert: %1</translation>
    </message>
    <message>
        <source>The browser came back without an authorization code.</source>
        <translation>Der Browser kam ohne Autorisierungscode zurück.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::OAuth::LoopbackRedirectListener</name>
    <message>
        <source>PortalKeys is signed in</source>
        <translation>PortalKeys ist angemeldet</translation>
    </message>
    <message>
        <source>PortalKeys could not sign in</source>
        <translation>PortalKeys konnte sich nicht anmelden</translation>
    </message>
    <message>
        <source>You can close this tab and return to PortalKeys.</source>
        <translation>Sie können diesen Tab schließen und zu PortalKeys zurückkehren.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::OAuth::OAuthAppsApi</name>
    <message>
        <source>The portal did not issue a signature for managing OAuth apps.</source>
        <translation>Das Portal hat keine Signatur für die Verwaltung von OAuth-Apps ausgestellt.</translation>
    </message>
    <message>
        <source>The portal registers at most %1 OAuth apps per user, and you have reached that limit. Delete one of your apps that is no longer used, or have another portal admin register this one.</source>
        <translation>Das Portal registriert höchstens %1 OAuth-Apps pro Benutzer, und Sie haben diese Grenze erreicht. Löschen Sie eine Ihrer Apps, die nicht mehr verwendet wird, oder lassen Sie diese App von einem anderen Portaladministrator registrieren.</translation>
    </message>
    <message>
        <source>The portal registers at most %1 OAuth apps, and it has reached that limit. Delete an app that is no longer used, then register this one.</source>
        <translation>Das Portal registriert höchstens %1 OAuth-Apps, und diese Grenze ist erreicht. Löschen Sie eine nicht mehr verwendete App und registrieren Sie dann diese.</translation>
    </message>
    <message>
        <source>The portal&apos;s list of scopes is not a list.</source>
        <translation>Die Liste der Bereiche des Portals ist keine Liste.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Portal::ConnectionTest</name>
    <message>
        <source>The portal did not accept the credentials: the API key is wrong, expired or switched off, or lacks the permission to read (“*:read” or “*”).</source>
        <translation>Das Portal hat die Anmeldedaten nicht akzeptiert: Der API-Schlüssel ist falsch, abgelaufen oder deaktiviert, oder ihm fehlt die Leseberechtigung („*:read“ oder „*“).</translation>
    </message>
    <message>
        <source>The portal&apos;s answer to “am I signed in?” is not true or false. Is this a DocSpace portal?</source>
        <translation>Die Antwort des Portals auf „Bin ich angemeldet?“ ist nicht true oder false. Ist dies ein DocSpace-Portal?</translation>
    </message>
    <message>
        <source>The portal answered, but did not accept the credentials: they are wrong, expired or revoked.</source>
        <translation>Das Portal hat geantwortet, die Anmeldedaten aber nicht akzeptiert: Sie sind falsch, abgelaufen oder widerrufen.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Portal::PasswordLogin</name>
    <message>
        <source>The portal asks for an SMS code; PortalKeys supports authenticator-app codes only. Use an API key instead.</source>
        <translation>Das Portal verlangt einen SMS-Code; PortalKeys unterstützt nur Codes aus Authentifizierungs-Apps. Verwenden Sie stattdessen einen API-Schlüssel.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer to the login holds no token.</source>
        <translation>Die Antwort des Portals auf die Anmeldung enthält kein Token.</translation>
    </message>
    <message>
        <source>The portal did not accept the two-factor code: it is wrong or has expired. Sign in again with a fresh code.</source>
        <translation>Das Portal hat den Zwei-Faktor-Code nicht akzeptiert: Er ist falsch oder abgelaufen. Melden Sie sich mit einem neuen Code erneut an.</translation>
    </message>
</context>
<context>
    <name>PortalKeys::Portal::PortalCall</name>
    <message>
        <source>%1 refused the connection: nothing answers on that port. Check the address and that the portal is running.</source>
        <translation>%1 hat die Verbindung abgelehnt: An diesem Port antwortet nichts. Prüfen Sie die Adresse und ob das Portal läuft.</translation>
    </message>
    <message>
        <source>The host %1 was not found (DNS). Check the spelling of the address and your network connection.</source>
        <translation>Der Host %1 wurde nicht gefunden (DNS). Prüfen Sie die Schreibweise der Adresse und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection before the whole answer arrived (the answer is truncated).</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die vollständige Antwort eingetroffen ist (die Antwort ist abgeschnitten).</translation>
    </message>
    <message>
        <source>PortalKeys cannot talk to %1: %2</source>
        <translation>PortalKeys kann nicht mit %1 kommunizieren: %2</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>“%1” is not a valid address.</source>
        <translation>„%1“ ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>PortalKeys does not send requests to %1 over plain http; use https.</source>
        <translation>PortalKeys sendet keine Anfragen über einfaches http an %1; verwenden Sie https.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2). PortalKeys does not connect unless you trust this exact certificate for this portal after checking its fingerprint.</source>
        <translation>Das Zertifikat von %1 ist nicht vertrauenswürdig (%2). PortalKeys verbindet sich nur, wenn Sie genau diesem Zertifikat für dieses Portal vertrauen, nachdem Sie seinen Fingerabdruck geprüft haben.</translation>
    </message>
    <message>
        <source>The answer of %1 is larger than 32 MiB; it was not read.</source>
        <translation>Die Antwort von %1 ist größer als 32 MiB; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2, another address. PortalKeys does not follow it, so your credentials stay with the portal. If the portal has moved, change its address.</source>
        <translation>%1 hat die Anfrage an eine andere Adresse weitergeleitet: %2. PortalKeys folgt der Weiterleitung nicht, damit Ihre Anmeldedaten beim Portal bleiben. Wenn das Portal umgezogen ist, ändern Sie seine Adresse.</translation>
    </message>
    <message>
        <source>The answer of %1 was cut off: %2 bytes arrived before the connection closed.</source>
        <translation>Die Antwort von %1 wurde abgeschnitten: %2 Bytes sind angekommen, bevor die Verbindung geschlossen wurde.</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalKeys::Portal::PortalSession</name>
    <message>
        <source>No API key is stored for the portal “%1”; enter it again (Edit in the app, or remove and add the portal on the command line).</source>
        <translation>Für das Portal „%1“ ist kein API-Schlüssel gespeichert; geben Sie ihn erneut ein (in der App über „Bearbeiten“ oder in der Befehlszeile durch Entfernen und erneutes Hinzufügen des Portals).</translation>
    </message>
    <message>
        <source>No password is stored for the portal “%1”; enter it again (Edit in the app, or remove and add the portal on the command line).</source>
        <translation>Für das Portal „%1“ ist kein Passwort gespeichert; geben Sie es erneut ein (in der App über „Bearbeiten“ oder in der Befehlszeile durch Entfernen und erneutes Hinzufügen des Portals).</translation>
    </message>
    <message>
        <source>No token is stored for the portal “%1”; sign in again or paste a token.</source>
        <translation>Für das Portal „%1“ ist kein Token gespeichert; melden Sie sich erneut an oder fügen Sie ein Token ein.</translation>
    </message>
    <message>
        <source>Not signed in to the portal “%1” yet: sign in with the browser first.</source>
        <translation>Noch nicht beim Portal „%1“ angemeldet: Melden Sie sich zuerst im Browser an.</translation>
    </message>
    <message>
        <source>The sign-in to “%1” has expired and cannot be renewed without a refresh token (public apps get none); sign in with the browser again.</source>
        <translation>Die Anmeldung bei „%1“ ist abgelaufen und kann ohne Aktualisierungstoken nicht erneuert werden (öffentliche Apps erhalten keines); melden Sie sich erneut im Browser an.</translation>
    </message>
    <message>
        <source>Renewing the sign-in to “%1” failed; sign in with the browser again. %2</source>
        <translation>Das Erneuern der Anmeldung bei „%1“ ist fehlgeschlagen; melden Sie sich erneut im Browser an. %2</translation>
    </message>
</context>
<context>
    <name>PortalProfile</name>
    <message>
        <source>Give the portal a name, e.g. “production”.</source>
        <translation>Geben Sie dem Portal einen Namen, z. B. „Produktion“.</translation>
    </message>
    <message>
        <source>The name is too long (at most 100 characters).</source>
        <translation>Der Name ist zu lang (höchstens 100 Zeichen).</translation>
    </message>
    <message>
        <source>The name cannot contain line breaks or tabs.</source>
        <translation>Der Name darf keine Zeilenumbrüche oder Tabulatoren enthalten.</translation>
    </message>
    <message>
        <source>Basic authentication needs the e-mail address you sign in with.</source>
        <translation>Für die Basic-Authentifizierung ist die E-Mail-Adresse erforderlich, mit der Sie sich anmelden.</translation>
    </message>
    <message>
        <source>OAuth 2.0 needs the client ID of an app registered on the portal (Developer Tools → OAuth 2.0).</source>
        <translation>OAuth 2.0 erfordert die Client-ID einer im Portal registrierten App (Entwicklertools → OAuth 2.0).</translation>
    </message>
    <message>
        <source>The OAuth server address cannot be used: %1</source>
        <translation>Die Adresse des OAuth-Servers kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>A pinned certificate fingerprint is 64 hexadecimal digits (SHA-256).</source>
        <translation>Ein gepinnter Zertifikat-Fingerabdruck besteht aus 64 hexadezimalen Ziffern (SHA-256).</translation>
    </message>
    <message>
        <source>The timeout must be between 1 and 600 seconds.</source>
        <translation>Das Zeitlimit muss zwischen 1 und 600 Sekunden liegen.</translation>
    </message>
    <message>
        <source>A portal entry has no valid id.</source>
        <translation>Ein Portaleintrag hat keine gültige ID.</translation>
    </message>
    <message>
        <source>The portal “%1” has an unknown credential kind.</source>
        <translation>Das Portal „%1“ hat eine unbekannte Art von Anmeldedaten.</translation>
    </message>
    <message>
        <source>The portal “%1” cannot be used: %2</source>
        <translation>Das Portal „%1“ kann nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>PortalUrl</name>
    <message>
        <source>Enter the portal&apos;s address, for example https://portal.example.com.</source>
        <translation>Geben Sie die Adresse des Portals ein, zum Beispiel https://portal.example.com.</translation>
    </message>
    <message>
        <source>A portal address cannot contain spaces.</source>
        <translation>Eine Portaladresse darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>„%1“ ist keine Webadresse.</translation>
    </message>
    <message>
        <source>The address must start with https:// (it starts with %1://).</source>
        <translation>Die Adresse muss mit https:// beginnen (sie beginnt mit %1://).</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address; PortalKeys asks for them separately and keeps them in the keychain.</source>
        <translation>Lassen Sie Benutzername und Passwort in der Adresse weg; PortalKeys fragt sie separat ab und speichert sie im Schlüsselbund.</translation>
    </message>
    <message>
        <source>PortalKeys only connects to a portal over https, so that your credentials never travel in clear text; use https://%1 (plain http is allowed only for this computer, e.g. http://127.0.0.1).</source>
        <translation>PortalKeys verbindet sich mit einem Portal nur über https, damit Ihre Anmeldedaten nie im Klartext übertragen werden; verwenden Sie https://%1 (einfaches http ist nur für diesen Computer erlaubt, z. B. http://127.0.0.1).</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The portal list %1</source>
        <translation>Die Portalliste %1</translation>
    </message>
    <message>
        <source>The portal list %1 cannot be used: %2</source>
        <translation>Die Portalliste %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>There is already a portal named “%1”; choose another name.</source>
        <translation>Es gibt bereits ein Portal namens „%1“; wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Nothing was written to the keychain: %1</source>
        <translation>Es wurde nichts in den Schlüsselbund geschrieben: %1</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>Secret Service (D-Bus)</source>
        <translation>Secret Service (D-Bus)</translation>
    </message>
    <message>
        <source>memory (tests only)</source>
        <translation>Arbeitsspeicher (nur für Tests)</translation>
    </message>
</context>
<context>
    <name>ResponseReader</name>
    <message>
        <source>The portal said: “%1”</source>
        <translation>Das Portal meldete: „%1“</translation>
    </message>
    <message>
        <source>The portal %1 answered with an empty body where data was expected.</source>
        <translation>Das Portal %1 hat mit einem leeren Inhalt geantwortet, wo Daten erwartet wurden.</translation>
    </message>
    <message>
        <source>%1 answered with a web page instead of data. Check that the address is the root of a DocSpace portal (not a page inside it, nor a proxy&apos;s sign-in page).</source>
        <translation>%1 hat mit einer Webseite statt mit Daten geantwortet. Prüfen Sie, ob die Adresse die Stammadresse eines DocSpace-Portals ist (keine Seite darin und nicht die Anmeldeseite eines Proxys).</translation>
    </message>
    <message>
        <source>The portal %1 answered with broken or incomplete JSON (%2 at byte %3 of %4).</source>
        <translation>Das Portal %1 hat mit fehlerhaftem oder unvollständigem JSON geantwortet (%2 bei Byte %3 von %4).</translation>
    </message>
    <message>
        <source>The portal %1 answered with JSON of an unexpected shape (no “response”).</source>
        <translation>Das Portal %1 hat mit JSON in unerwarteter Form geantwortet (kein „response“).</translation>
    </message>
    <message>
        <source>The portal %1 answered with JSON of an unexpected shape (no “response”). Is it a DocSpace portal?</source>
        <translation>Das Portal %1 hat mit JSON in unerwarteter Form geantwortet (kein „response“). Ist es ein DocSpace-Portal?</translation>
    </message>
    <message>
        <source>The portal did not accept the credentials: they are wrong, expired or revoked.</source>
        <translation>Das Portal hat die Anmeldedaten nicht akzeptiert: Sie sind falsch, abgelaufen oder widerrufen.</translation>
    </message>
    <message>
        <source>The portal refused: the API key lacks the permission for this change (settings need “*:write” or “*”), or its owner is not a portal admin.</source>
        <translation>Das Portal hat abgelehnt: Dem API-Schlüssel fehlt die Berechtigung für diese Änderung (Einstellungen erfordern „*:write“ oder „*“), oder sein Besitzer ist kein Portaladministrator.</translation>
    </message>
    <message>
        <source>The portal refused: the API key lacks the permission to read this (settings need “*:read” or “*”), or its owner is not a portal admin.</source>
        <translation>Das Portal hat abgelehnt: Dem API-Schlüssel fehlt die Berechtigung, dies zu lesen (Einstellungen erfordern „*:read“ oder „*“), oder sein Besitzer ist kein Portaladministrator.</translation>
    </message>
    <message>
        <source>The portal refused: this account is not allowed to do this. Authorization keys and OAuth apps need a portal admin (the owner or a DocSpace admin).</source>
        <translation>Das Portal hat abgelehnt: Dieses Konto darf das nicht. Autorisierungsschlüssel und OAuth-Apps erfordern einen Portaladministrator (den Besitzer oder einen DocSpace-Administrator).</translation>
    </message>
    <message>
        <source>The portal&apos;s plan does not include this; a plan with third-party storage is needed (self-hosted portals are not limited).</source>
        <translation>Der Tarif des Portals umfasst dies nicht; erforderlich ist ein Tarif mit Drittanbieter-Speicher (selbst gehostete Portale sind nicht eingeschränkt).</translation>
    </message>
    <message>
        <source>Not found on %1. Check the portal address; DocSpace 3.x is expected.</source>
        <translation>Auf %1 nicht gefunden. Prüfen Sie die Portaladresse; erwartet wird DocSpace 3.x.</translation>
    </message>
    <message>
        <source>The portal has received too many requests and asks to wait.</source>
        <translation>Das Portal hat zu viele Anfragen erhalten und bittet zu warten.</translation>
    </message>
    <message>
        <source>The portal %1 had an internal error (HTTP %2); try again later.</source>
        <translation>Beim Portal %1 ist ein interner Fehler aufgetreten (HTTP %2); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The portal refused the request (HTTP %1).</source>
        <translation>Das Portal hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>ScopeModel</name>
    <message>
        <source>The portal listed a scope without a name.</source>
        <translation>Das Portal hat einen Bereich ohne Namen aufgeführt.</translation>
    </message>
    <message>
        <source>The portal listed the scope “%1” twice.</source>
        <translation>Das Portal hat den Bereich „%1“ doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>The portal&apos;s scope group “%1” has more scopes than a read and a write scope.</source>
        <translation>Die Bereichsgruppe „%1“ des Portals enthält mehr als einen Lese- und einen Schreibbereich.</translation>
    </message>
    <message>
        <source>The portal listed no scopes.</source>
        <translation>Das Portal hat keine Bereiche aufgeführt.</translation>
    </message>
    <message>
        <source>Read the basic details of your own profile.</source>
        <translation>Grundlegende Angaben des eigenen Profils lesen.</translation>
    </message>
    <message>
        <source>Read and change the basic details of your own profile.</source>
        <translation>Grundlegende Angaben des eigenen Profils lesen und ändern.</translation>
    </message>
    <message>
        <source>Read every account of the portal.</source>
        <translation>Alle Kontakte des Portals lesen.</translation>
    </message>
    <message>
        <source>Read and manage every account of the portal.</source>
        <translation>Alle Kontakte des Portals lesen und verwalten.</translation>
    </message>
    <message>
        <source>Read every file and folder you can open.</source>
        <translation>Alle Dateien und Ordner lesen, die Sie öffnen können.</translation>
    </message>
    <message>
        <source>Read and manage every file and folder you can open.</source>
        <translation>Alle Dateien und Ordner lesen und verwalten, die Sie öffnen können.</translation>
    </message>
    <message>
        <source>Read every room you can open.</source>
        <translation>Alle Räume lesen, die Sie öffnen können.</translation>
    </message>
    <message>
        <source>Read and manage every room you can open.</source>
        <translation>Alle Räume lesen und verwalten, die Sie öffnen können.</translation>
    </message>
    <message>
        <source>Sign you in with OpenID Connect and read your personal data.</source>
        <translation>Sie mit OpenID Connect anmelden und Ihre persönlichen Daten lesen.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Files &amp; Folders</source>
        <translation>Dateien &amp; Ordner</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>OpenID</source>
        <translation>OpenID</translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>%1 (The keychain said: %2)</source>
        <translation>%1 (Meldung des Schlüsselbunds: %2)</translation>
    </message>
    <message>
        <source>Make sure you are logged in to a graphical session so the login keychain is available, and unlock it in Keychain Access.</source>
        <translation>Stellen Sie sicher, dass Sie in einer grafischen Sitzung angemeldet sind, damit der Schlüsselbund „Anmeldung“ verfügbar ist, und entsperren Sie ihn in der Schlüsselbundverwaltung.</translation>
    </message>
    <message>
        <source>Make sure the Windows Credential Manager service is running.</source>
        <translation>Stellen Sie sicher, dass der Dienst der Windows-Anmeldeinformationsverwaltung läuft.</translation>
    </message>
    <message>
        <source>Start and unlock a Secret Service provider in your desktop session: GNOME Keyring, KWallet with its Secret Service interface, or KeePassXC with Secret Service integration. Without a desktop (over SSH, in a container) run PortalKeys inside “dbus-run-session” with “gnome-keyring-daemon --unlock --components=secrets” started first.</source>
        <translation>Starten und entsperren Sie in Ihrer Desktop-Sitzung einen Secret-Service-Anbieter: GNOME Keyring, KWallet mit seiner Secret-Service-Schnittstelle oder KeePassXC mit Secret-Service-Integration. Ohne Desktop (über SSH, in einem Container) führen Sie PortalKeys innerhalb von „dbus-run-session“ aus und starten zuvor „gnome-keyring-daemon --unlock --components=secrets“.</translation>
    </message>
    <message>
        <source>No secret is stored in the keychain under “%1”.</source>
        <translation>Im Schlüsselbund ist unter „%1“ kein geheimer Wert gespeichert.</translation>
    </message>
    <message>
        <source>No keychain is available. PortalKeys keeps secrets only in the system keychain and never writes them to a file.</source>
        <translation>Kein Schlüsselbund verfügbar. PortalKeys speichert geheime Werte nur im Schlüsselbund des Systems und schreibt sie nie in eine Datei.</translation>
    </message>
    <message>
        <source>The keychain refused access: it is locked, or the request was denied. Unlock it and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert: Er ist gesperrt, oder die Anfrage wurde abgelehnt. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain could not complete the operation.</source>
        <translation>Der Schlüsselbund konnte den Vorgang nicht abschließen.</translation>
    </message>
</context>
<context>
    <name>SecretJournal</name>
    <message>
        <source>The keychain journal %1</source>
        <translation>Das Schlüsselbund-Journal %1</translation>
    </message>
</context>
<context>
    <name>ServiceCatalog</name>
    <message>
        <source>The service catalog %1 cannot be read: %2.</source>
        <translation>Der Dienstkatalog %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>the service catalog</source>
        <translation>Der Dienstkatalog</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at character %3.</source>
        <translation>%1 ist kein gültiges JSON: %2 bei Zeichen %3.</translation>
    </message>
    <message>
        <source>%1 must hold a JSON object.</source>
        <translation>%1 muss ein JSON-Objekt enthalten.</translation>
    </message>
    <message>
        <source>formatVersion is %1, but this PortalKeys reads version %2 only.</source>
        <translation>formatVersion ist %1, aber diese PortalKeys-Version liest nur Version %2.</translation>
    </message>
    <message>
        <source>&quot;products&quot; must be a list.</source>
        <translation>&quot;products&quot; muss eine Liste sein.</translation>
    </message>
    <message>
        <source>each entry of &quot;products&quot; must be an object.</source>
        <translation>jeder Eintrag von &quot;products&quot; muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>the product &quot;%1&quot; is missing.</source>
        <translation>das Produkt &quot;%1&quot; fehlt.</translation>
    </message>
    <message>
        <source>unknown product &quot;%1&quot;; use docspace or workspace.</source>
        <translation>unbekanntes Produkt &quot;%1&quot;; verwenden Sie docspace oder workspace.</translation>
    </message>
    <message>
        <source>the product is described twice.</source>
        <translation>das Produkt ist doppelt beschrieben.</translation>
    </message>
    <message>
        <source>the product needs a version, the one the catalog describes.</source>
        <translation>das Produkt benötigt eine Version, und zwar die, die der Katalog beschreibt.</translation>
    </message>
    <message>
        <source>oldestVersion is newer than version.</source>
        <translation>oldestVersion ist neuer als version.</translation>
    </message>
    <message>
        <source>&quot;services&quot; must be a non-empty list.</source>
        <translation>&quot;services&quot; muss eine nicht leere Liste sein.</translation>
    </message>
    <message>
        <source>each service must be an object.</source>
        <translation>jeder Dienst muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>the name clashes with the service &quot;%1&quot;.</source>
        <translation>der Name kollidiert mit dem Dienst &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the services must be listed in the portal&apos;s order.</source>
        <translation>die Dienste müssen in der Reihenfolge des Portals aufgeführt sein.</translation>
    </message>
    <message>
        <source>This portal runs %1 %2, newer than the %3 that PortalKeys&apos; catalog describes: services and labels may differ from what PortalKeys shows.</source>
        <translation>Dieses Portal verwendet %1 %2, eine neuere Version als die Version %3, die der Katalog von PortalKeys beschreibt: Dienste und Bezeichnungen können von der Anzeige in PortalKeys abweichen.</translation>
    </message>
    <message>
        <source>This portal runs %1 %2, older than the versions PortalKeys&apos; catalog describes fully (%3 to %4): services and labels may differ from what PortalKeys shows.</source>
        <translation>Dieses Portal verwendet %1 %2, eine ältere Version als die, die der Katalog von PortalKeys vollständig beschreibt (%3 bis %4): Dienste und Bezeichnungen können von der Anzeige in PortalKeys abweichen.</translation>
    </message>
</context>
<context>
    <name>ServiceDefinition</name>
    <message>
        <source>the text names the field &quot;%1&quot;, which is not a label of this service&apos;s keys.</source>
        <translation>der Text nennt das Feld &quot;%1&quot;, das keine Bezeichnung der Schlüssel dieses Dienstes ist.</translation>
    </message>
    <message>
        <source>the instructions never name the field &quot;%1&quot;.</source>
        <translation>die Anleitung nennt das Feld &quot;%1&quot; nirgends.</translation>
    </message>
    <message>
        <source>the note names the field &quot;%1&quot;, which is not a label of these keys.</source>
        <translation>der Hinweis nennt das Feld &quot;%1&quot;, das keine Bezeichnung dieser Schlüssel ist.</translation>
    </message>
    <message>
        <source>%1 %2 and later</source>
        <translation>%1 %2 und neuer</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; use one of %2.</source>
        <translation>unbekannte Art &quot;%1&quot;; verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <source>the kind &quot;%1&quot; is listed twice.</source>
        <translation>die Art &quot;%1&quot; ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>helpUrl must be an https address.</source>
        <translation>helpUrl muss eine https-Adresse sein.</translation>
    </message>
    <message>
        <source>redirectUri must be an https address.</source>
        <translation>redirectUri muss eine https-Adresse sein.</translation>
    </message>
    <message>
        <source>redirectNote needs a redirectUri.</source>
        <translation>redirectNote benötigt eine redirectUri.</translation>
    </message>
    <message>
        <source>the instructions never say where to enter %1.</source>
        <translation>die Anleitung sagt nirgends, wo %1 einzugeben ist.</translation>
    </message>
    <message>
        <source>the instructions use %1, but the service has no redirectUri.</source>
        <translation>die Anleitung verwendet %1, aber der Dienst hat keine redirectUri.</translation>
    </message>
    <message>
        <source>olderKeySets must be a list.</source>
        <translation>olderKeySets muss eine Liste sein.</translation>
    </message>
    <message>
        <source>each entry of olderKeySets must be an object.</source>
        <translation>jeder Eintrag von olderKeySets muss ein Objekt sein.</translation>
    </message>
</context>
<context>
    <name>ServiceEntry</name>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Draft, changed %1</source>
        <translation>Entwurf, geändert am %1</translation>
    </message>
    <message>
        <source>PortalKeys&apos; catalog does not describe this service.</source>
        <translation>Der Katalog von PortalKeys beschreibt diesen Dienst nicht.</translation>
    </message>
</context>
<context>
    <name>ServiceKind</name>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Document storage</source>
        <translation>Dokumentenspeicher</translation>
    </message>
    <message>
        <source>SMS and calls</source>
        <translation>SMS und Anrufe</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Backup and data storage</source>
        <translation>Sicherung und Datenspeicher</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>ServiceValidator</name>
    <message>
        <source>%1 has no key named &quot;%2&quot;; remove it before saving.</source>
        <translation>%1 hat keinen Schlüssel namens „%2“; entfernen Sie ihn vor dem Speichern.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used only when &quot;%2&quot; is %3, so its value is ignored.</source>
        <translation>„%1“ wird nur verwendet, wenn „%2“ %3 ist, daher wird sein Wert ignoriert.</translation>
    </message>
    <message>
        <source>Fill in &quot;%1&quot; as well, or clear every key to switch %2 off.</source>
        <translation>Füllen Sie auch „%1“ aus, oder leeren Sie alle Schlüssel, um %2 zu deaktivieren.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; hold the same value; each needs its own value from the provider, so check which one was pasted twice.</source>
        <translation>„%1“ und „%2“ enthalten denselben Wert; jeder benötigt seinen eigenen Wert vom Anbieter, prüfen Sie also, welcher doppelt eingefügt wurde.</translation>
    </message>
</context>
<context>
    <name>ServiceView</name>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>This portal&apos;s installation fixed the keys of %1 in its configuration, so they cannot be changed here; change them in the server&apos;s configuration instead.</source>
        <translation>Die Installation dieses Portals hat die Schlüssel von %1 in ihrer Konfiguration festgelegt, daher können sie hier nicht geändert werden; ändern Sie sie stattdessen in der Konfiguration des Servers.</translation>
    </message>
    <message>
        <source>In DocSpace cloud, %1 needs a plan that includes third-party storage; self-hosted portals are not limited.</source>
        <translation>In der DocSpace-Cloud erfordert %1 einen Tarif mit Drittanbieter-Speicher; selbst gehostete Portale sind nicht eingeschränkt.</translation>
    </message>
</context>
<context>
    <name>SignInRefusal</name>
    <message>
        <source>The e-mail or the password is wrong (the portal does not say which). Check both for %1.</source>
        <translation>Die E-Mail-Adresse oder das Passwort ist falsch (das Portal sagt nicht, was von beiden). Prüfen Sie beides für %1.</translation>
    </message>
    <message>
        <source>The portal has locked sign-in for %1 after too many failed attempts. Wait a few minutes before you try again: every attempt now counts as another failure. If it stays locked, sign in once in the browser, where the portal can ask for a reCAPTCHA.</source>
        <translation>Das Portal hat die Anmeldung für %1 nach zu vielen Fehlversuchen gesperrt. Warten Sie einige Minuten, bevor Sie es erneut versuchen: Jeder Versuch zählt jetzt als weiterer Fehlversuch. Bleibt die Sperre bestehen, melden Sie sich einmal im Browser an, wo das Portal ein reCAPTCHA anfordern kann.</translation>
    </message>
    <message>
        <source>The portal asks for a reCAPTCHA before it lets %1 sign in, which only its web page can show. Sign in once in the browser, then try again here.</source>
        <translation>Das Portal verlangt ein reCAPTCHA, bevor sich %1 anmelden darf, und das kann nur seine Webseite anzeigen. Melden Sie sich einmal im Browser an und versuchen Sie es dann hier erneut.</translation>
    </message>
    <message>
        <source>The user %1 is disabled on this portal. Ask a portal admin to enable the account.</source>
        <translation>Der Benutzer %1 ist in diesem Portal deaktiviert. Bitten Sie einen Portaladministrator, das Konto zu aktivieren.</translation>
    </message>
</context>
<context>
    <name>Signer</name>
    <message>
        <source>There is no key to sign with.</source>
        <translation>Es gibt keinen Schlüssel zum Signieren.</translation>
    </message>
    <message>
        <source>%1 cannot be used with this key (%2); it allows %3 only.</source>
        <translation>%1 kann mit diesem Schlüssel (%2) nicht verwendet werden; er erlaubt nur %3.</translation>
    </message>
    <message>
        <source>Signing with %1 needs a private key; this is an %2.</source>
        <translation>Das Signieren mit %1 erfordert einen privaten Schlüssel; vorliegender Schlüssel: %2.</translation>
    </message>
    <message>
        <source>The extra header members may not set “alg”: it comes from the chosen algorithm (%1).</source>
        <translation>Die zusätzlichen Header-Elemente dürfen „alg“ nicht setzen: Es ergibt sich aus dem gewählten Algorithmus (%1).</translation>
    </message>
    <message>
        <source>The key id is given twice with different values (“kid”).</source>
        <translation>Die Schlüssel-ID („kid“) ist zweimal mit unterschiedlichen Werten angegeben.</translation>
    </message>
    <message>
        <source>The payload is not valid JSON: %1.</source>
        <translation>Der Payload ist kein gültiges JSON: %1.</translation>
    </message>
</context>
<context>
    <name>StrictJson</name>
    <message>
        <source>there is more text after the JSON value (at byte %1)</source>
        <translation>nach dem JSON-Wert folgt weiterer Text (bei Byte %1)</translation>
    </message>
    <message>
        <source>the JSON text ends too early</source>
        <translation>der JSON-Text endet zu früh</translation>
    </message>
    <message>
        <source>unexpected character at byte %1</source>
        <translation>unerwartetes Zeichen bei Byte %1</translation>
    </message>
    <message>
        <source>it is nested more than %1 levels deep</source>
        <translation>der JSON-Text ist mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>ein String ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>a string contains a raw control character (at byte %1)</source>
        <translation>ein String enthält ein unmaskiertes Steuerzeichen (bei Byte %1)</translation>
    </message>
    <message>
        <source>a “\u” escape is not followed by four hex digits (at byte %1)</source>
        <translation>auf ein „\u“-Escape folgen keine vier Hex-Ziffern (bei Byte %1)</translation>
    </message>
    <message>
        <source>invalid escape sequence in a string (at byte %1)</source>
        <translation>ungültige Escape-Sequenz in einem String (bei Byte %1)</translation>
    </message>
    <message>
        <source>the member “%1” appears twice in one object</source>
        <translation>das Element „%1“ kommt in einem Objekt doppelt vor</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1)</source>
        <translation>der Text ist kein gültiges JSON (%1)</translation>
    </message>
</context>
<context>
    <name>TestRecord</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tested just now</source>
        <translation>Gerade eben geprüft</translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation>%1: fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: OK</source>
        <translation>%1: OK</translation>
    </message>
    <message>
        <source>%1: OK, not a portal admin</source>
        <translation>%1: OK, kein Portaladministrator</translation>
    </message>
    <message>
        <source>The portal&apos;s address changed during the test.</source>
        <translation>Die Adresse des Portals hat sich während des Tests geändert.</translation>
    </message>
    <message>
        <source>The portal was removed during the test.</source>
        <translation>Das Portal wurde während des Tests entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Tested %n minute(s) ago</source>
        <translation>
            <numerusform>Vor %n Minute geprüft</numerusform>
            <numerusform>Vor %n Minuten geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tested %n hour(s) ago</source>
        <translation>
            <numerusform>Vor %n Stunde geprüft</numerusform>
            <numerusform>Vor %n Stunden geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tested %n day(s) ago</source>
        <translation>
            <numerusform>Vor %n Tag geprüft</numerusform>
            <numerusform>Vor %n Tagen geprüft</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Token</name>
    <message>
        <source>header (segment 1)</source>
        <translation>Header (Segment 1)</translation>
    </message>
    <message>
        <source>payload (segment 2)</source>
        <translation>Payload (Segment 2)</translation>
    </message>
    <message>
        <source>signature (segment 3)</source>
        <translation>Signatur (Segment 3)</translation>
    </message>
    <message>
        <source>This is an encrypted token (JWE, five parts), not a signed one. PortalKeys can show its header but cannot decrypt or verify it.</source>
        <translation>Dies ist ein verschlüsseltes Token (JWE, fünf Teile), kein signiertes. PortalKeys kann seinen Header anzeigen, es aber weder entschlüsseln noch prüfen.</translation>
    </message>
    <message>
        <source>The input is larger than 1 MiB; a token that big is not something PortalKeys will read.</source>
        <translation>Die Eingabe ist größer als 1 MiB; ein so großes Token liest PortalKeys nicht.</translation>
    </message>
    <message>
        <source>Paste a token: three base64url parts separated by dots (header.payload.signature).</source>
        <translation>Fügen Sie ein Token ein: drei base64url-Teile, durch Punkte getrennt (header.payload.signature).</translation>
    </message>
    <message>
        <source>This is not a token: a signed token (JWS) has three parts separated by dots, and this text has no dot.</source>
        <translation>Dies ist kein Token: Ein signiertes Token (JWS) hat drei durch Punkte getrennte Teile, und dieser Text enthält keinen Punkt.</translation>
    </message>
    <message>
        <source>A signed token (JWS) has three parts separated by dots; this one has %1.</source>
        <translation>Ein signiertes Token (JWS) hat drei durch Punkte getrennte Teile; dieses hat %1.</translation>
    </message>
    <message>
        <source>The header (segment 1) is empty.</source>
        <translation>Der Header (Segment 1) ist leer.</translation>
    </message>
    <message>
        <source>The %1 is not valid base64url: %2.</source>
        <translation>%1 ist kein gültiges base64url: %2.</translation>
    </message>
    <message>
        <source>The header (segment 1) is refused: %1. Parsers disagree about which one counts.</source>
        <translation>Der Header (Segment 1) wird abgelehnt: %1. Parser sind sich uneinig, welches Vorkommen gilt.</translation>
    </message>
    <message>
        <source>The header (segment 1) is not JSON: %1.</source>
        <translation>Der Header (Segment 1) ist kein JSON: %1.</translation>
    </message>
    <message>
        <source>The header (segment 1) is JSON but not an object.</source>
        <translation>Der Header (Segment 1) ist JSON, aber kein Objekt.</translation>
    </message>
    <message>
        <source>The header (segment 1) has no “alg” member, so the algorithm is unknown.</source>
        <translation>Der Header (Segment 1) hat kein Element „alg“, daher ist der Algorithmus unbekannt.</translation>
    </message>
    <message>
        <source>The “alg” member of the header (segment 1) is not a string.</source>
        <translation>Das Element „alg“ des Headers (Segment 1) ist kein String.</translation>
    </message>
    <message>
        <source>The payload (segment 2) is refused: %1. Parsers disagree about which one counts.</source>
        <translation>Der Payload (Segment 2) wird abgelehnt: %1. Parser sind sich uneinig, welches Vorkommen gilt.</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <source>The header&apos;s “crit” member must be a non-empty list of header member names.</source>
        <translation>Das Element „crit“ des Headers muss eine nicht leere Liste von Namen von Header-Elementen sein.</translation>
    </message>
    <message>
        <source>The header&apos;s “crit” member must list header member names (strings).</source>
        <translation>Das Element „crit“ des Headers muss Namen von Header-Elementen (Strings) auflisten.</translation>
    </message>
    <message>
        <source>The header&apos;s “crit” lists “%1”, a standard member that must not be listed there (RFC 7515 §4.1.11).</source>
        <translation>„crit“ im Header nennt „%1“, ein Standardelement, das dort nicht aufgeführt werden darf (RFC 7515 §4.1.11).</translation>
    </message>
    <message>
        <source>The header&apos;s “crit” lists “%1”, which the header does not have.</source>
        <translation>„crit“ im Header nennt „%1“, das im Header nicht vorhanden ist.</translation>
    </message>
    <message>
        <source>The header marks “%1” as critical; PortalKeys does not understand that extension, so the token must be refused (RFC 7515 §4.1.11).</source>
        <translation>Der Header kennzeichnet „%1“ als kritisch; PortalKeys versteht diese Erweiterung nicht, daher muss das Token abgelehnt werden (RFC 7515 §4.1.11).</translation>
    </message>
    <message>
        <source>%1 UTC (%2)</source>
        <translation>%1 UTC (%2)</translation>
    </message>
    <message>
        <source>The token is unsecured (alg “%1”): it has no signature, and PortalKeys never accepts such a token.</source>
        <translation>Das Token ist ungesichert (alg „%1“): Es hat keine Signatur, und PortalKeys akzeptiert ein solches Token nie.</translation>
    </message>
    <message>
        <source>The token&apos;s algorithm “%1” is not a valid name: algorithm names are case-sensitive (did you mean %2?).</source>
        <translation>Der Algorithmus „%1“ des Tokens ist kein gültiger Name: Bei Algorithmusnamen wird zwischen Groß- und Kleinschreibung unterschieden (meinten Sie %2?).</translation>
    </message>
    <message>
        <source>The token&apos;s algorithm “%1” is not supported (supported: %2).</source>
        <translation>Der Algorithmus „%1“ des Tokens wird nicht unterstützt (unterstützt: %2).</translation>
    </message>
    <message>
        <source>There is no key to verify the signature with.</source>
        <translation>Es gibt keinen Schlüssel, mit dem die Signatur geprüft werden kann.</translation>
    </message>
    <message>
        <source>The token says %1, but this algorithm is not allowed for this key (%2, usable with %3 only). The algorithm comes from the key, never from the token, so the token is refused.</source>
        <translation>Das Token gibt %1 an, aber dieser Algorithmus ist für diesen Schlüssel nicht zulässig (%2, nur mit %3 verwendbar). Der Algorithmus ergibt sich aus dem Schlüssel, nie aus dem Token, daher wird das Token abgelehnt.</translation>
    </message>
    <message>
        <source>The token says %1, which is not among the algorithms allowed here (%2).</source>
        <translation>Das Token gibt %1 an, was nicht zu den hier zulässigen Algorithmen gehört (%2).</translation>
    </message>
    <message>
        <source>Refused as a weak key (strict check): %1</source>
        <translation>Als schwacher Schlüssel abgelehnt (strenge Prüfung): %1</translation>
    </message>
    <message>
        <source>The token is unsecured: its algorithm is “%1”.</source>
        <translation>Das Token ist ungesichert: Sein Algorithmus ist „%1“.</translation>
    </message>
    <message>
        <source>An unsecured token has no signature, so anyone can write one with any content. PortalKeys never accepts it; a server that does lets anyone act as anyone.</source>
        <translation>Ein ungesichertes Token hat keine Signatur, daher kann jeder eines mit beliebigem Inhalt schreiben. PortalKeys akzeptiert es nie; ein Server, der es akzeptiert, lässt jeden als beliebigen Benutzer handeln.</translation>
    </message>
    <message>
        <source>The header names a URL to fetch the key from (“%1”).</source>
        <translation>Der Header nennt eine URL, von der der Schlüssel abgerufen werden soll („%1“).</translation>
    </message>
    <message>
        <source>The header carries its own key (“%1”).</source>
        <translation>Der Header enthält seinen eigenen Schlüssel („%1“).</translation>
    </message>
    <message>
        <source>A verifier that trusts a key named or embedded in the token lets an attacker sign tokens with their own key. PortalKeys ignores “%1” and verifies only with the key you give; make sure your server does the same, or checks the key against a fixed list.</source>
        <translation>Eine Prüfung, die einem im Token genannten oder eingebetteten Schlüssel vertraut, ermöglicht es einem Angreifer, Token mit dem eigenen Schlüssel zu signieren. PortalKeys ignoriert „%1“ und prüft nur mit dem Schlüssel, den Sie angeben; stellen Sie sicher, dass Ihr Server dasselbe tut oder den Schlüssel mit einer festen Liste abgleicht.</translation>
    </message>
    <message>
        <source>The token has no expiry time (“exp”).</source>
        <translation>Das Token hat keine Ablaufzeit („exp“).</translation>
    </message>
    <message>
        <source>Without “exp” a leaked token stays usable for ever, unless the server keeps track of it. Tokens should be short-lived.</source>
        <translation>Ohne „exp“ bleibt ein geleaktes Token für immer verwendbar, sofern der Server es nicht nachverfolgt. Token sollten kurzlebig sein.</translation>
    </message>
    <message>
        <source>The token expired at %1.</source>
        <translation>Das Token ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>Servers refuse expired tokens: request a new one. If the clocks of the issuer and the server differ a little, a leeway of a minute or so allows for it.</source>
        <translation>Server lehnen abgelaufene Token ab: Fordern Sie ein neues an. Wenn die Uhren von Aussteller und Server leicht voneinander abweichen, gleicht eine Toleranz von etwa einer Minute das aus.</translation>
    </message>
    <message>
        <source>The token is not valid before %1.</source>
        <translation>Das Token ist erst ab %1 gültig.</translation>
    </message>
    <message>
        <source>Servers refuse a token before its “nbf” time. If it was just issued, the issuer&apos;s clock is probably ahead: check the clocks, or allow a small leeway.</source>
        <translation>Server lehnen ein Token vor seinem „nbf“-Zeitpunkt ab. Wurde es gerade erst ausgestellt, geht die Uhr des Ausstellers wahrscheinlich vor: Prüfen Sie die Uhren oder lassen Sie eine kleine Toleranz zu.</translation>
    </message>
</context>
<context>
    <name>WeakSecrets</name>
    <message>
        <source>Cannot read the word list %1: %2</source>
        <translation>Die Wortliste %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The word list %1 is larger than 200 MiB.</source>
        <translation>Die Wortliste %1 ist größer als 200 MiB.</translation>
    </message>
    <message>
        <source>The word list %1 holds no secrets.</source>
        <translation>Die Wortliste %1 enthält keine Secrets.</translation>
    </message>
    <message>
        <source>The HMAC secret is in the word list “%1”.</source>
        <translation>Das HMAC-Secret steht in der Wortliste „%1“.</translation>
    </message>
    <message>
        <source>Word lists like this are the first thing an attacker tries: with a single token signed by this secret they can find it offline in seconds and then sign any token they like. Replace the secret with a random one at least as long as the hash (32 bytes for HS256), for example the output of “openssl rand -base64 32”.</source>
        <translation>Wortlisten wie diese probiert ein Angreifer als Erstes aus: Mit einem einzigen Token, das mit diesem Secret signiert ist, findet er es offline in Sekunden und kann dann beliebige Token signieren. Ersetzen Sie das Secret durch ein zufälliges, das mindestens so lang ist wie der Hash (32 Bytes für HS256), zum Beispiel die Ausgabe von „openssl rand -base64 32“.</translation>
    </message>
    <message>
        <source>Only HMAC tokens (HS256/384/512) can be searched; this token uses “%1”.</source>
        <translation>Nur HMAC-Token (HS256/384/512) können durchsucht werden; dieses Token verwendet „%1“.</translation>
    </message>
    <message>
        <source>The signature is %1 bytes long, but %2 signatures are %3 bytes: no secret can produce it.</source>
        <translation>Die Signatur ist %1 Bytes lang, aber %2-Signaturen haben %3 Bytes: Kein Secret kann sie erzeugen.</translation>
    </message>
    <message>
        <source>OpenSSL cannot compute %1 here.</source>
        <translation>OpenSSL kann %1 hier nicht berechnen.</translation>
    </message>
    <message numerus="yes">
        <source>The search was stopped after %n candidates.</source>
        <translation>
            <numerusform>Die Suche wurde nach %n Kandidaten abgebrochen.</numerusform>
            <numerusform>Die Suche wurde nach %n Kandidaten abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>OpenSSL failed to compute %1.</source>
        <translation>OpenSSL konnte %1 nicht berechnen.</translation>
    </message>
</context>
</TS>
