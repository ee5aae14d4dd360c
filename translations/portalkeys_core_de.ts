<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ApiKey</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiKeyPermissions</name>
    <message>
        <source>The portal&apos;s list of API key permissions holds something other than names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s list of API key permissions is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: read and write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the key&apos;s owner may do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read everything the key&apos;s owner may read, change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change everything the key&apos;s owner may change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal does not know the permission(s) %1. It offers: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiKeyRefusal</name>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal has had too many requests and refused this one for now. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal refused the API key PortalKeys signs in with: its permissions do not cover this. Reading API keys needs “*:read” or “*:write”, changing them “*:write” (or a key with every permission).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal failed on the key %1 (HTTP 500). DocSpace answers so when it has no key with this ID: check the ID in the list of keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal allows only a few new API keys in a short time and refused this one. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests cannot create API keys: DocSpace offers developer tools to the portal&apos;s other users only. Ask a portal admin for a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This portal limits developer tools, API keys included, to its owner and admins (Developer Tools access in the portal&apos;s settings). Ask an admin to create the key, or to open developer tools to all users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal refused to create the key (“%1”). DocSpace refuses new keys to guests, and to everyone but the owner and admins when developer tools are limited to admins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiKeysApi</name>
    <message>
        <source>The portal answered the change with something other than true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s list of API keys is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s list of API key permissions is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal answered the new key without its ID or its value. A key may have been made all the same: look at the list of keys and delete one you cannot use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal did not change the key %1: it has expired, or it belongs to another user and only portal admins may change other users&apos; keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal did not delete the key %1: it belongs to another user, and only portal admins may delete other users&apos; keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a call made with an API key has a key to show; this portal is signed in to another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s answer names no API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key does not look like a DocSpace key (“sk-” and 64 lowercase hexadecimal digits).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppDraftFolder</name>
    <message>
        <source>The drafts folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not the name of a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft file %1 cannot be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for an OAuth app draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 (at character %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold an OAuth app: a draft is a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppField</name>
    <message>
        <source>app name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>website URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed origins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>privacy policy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terms of service URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logout redirect URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-out redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed origins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public clients (PKCE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppIcon</name>
    <message>
        <source>The icon has %1 bytes; the portal takes at most %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The icon file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SVG image has %1 bytes; the portal takes at most %2 bytes, and SVG images are sent as they are. Simplify it, or use a PNG image, which is scaled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a %1 image; the portal takes PNG, JPEG or SVG icons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a PNG, JPEG or SVG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PNG image is damaged: it does not start with an image header (IHDR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PNG image is damaged: its header says %1×%2 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JPEG image is damaged: no frame header says its size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JPEG image does not say its size in its frame header (%1×%2 pixels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SVG image declares XML entities; remove its DOCTYPE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This XML file is not an SVG image: its root element is &lt;%1&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &lt;svg&gt; element lacks the SVG namespace (xmlns=&quot;http://www.w3.org/2000/svg&quot;), so browsers do not show it as an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SVG image contains a &lt;script&gt; element; icons with scripts are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SVG image has an event handler (%1 on &lt;%2&gt;); icons with scripts are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SVG image links to a javascript: address (on &lt;%1&gt;); icons with scripts are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This XML file is not an SVG image: it has no elements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SVG image is not well-formed XML: %1 (line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An icon is a data URI such as data:image/png;base64,….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No icon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The icon&apos;s data URI must be base64-encoded (“;base64,”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The icon&apos;s data URI says “%1”; the portal takes image/png, image/jpeg or image/svg+xml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The icon&apos;s base64 data is damaged or empty (line breaks and spaces are not allowed in it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The icon&apos;s data URI says %1, but the data is a %2 image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>The portal connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s audit trail is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal shows only its latest audit events: its plan does not include the full audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the latest %1 audit events were read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s plan does not include the audit trail (402), so only the local history is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal lets only its owner and admins read the audit trail (403): this portal&apos;s credentials belong to another user or an API key without read permission, so only the local history is shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthServiceApi</name>
    <message>
        <source>The portal tested the keys of “%1” with the provider and they were refused (“Bad keys”). The portal has cleared this service&apos;s keys, so it is off now. Check the keys and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are a portal admin, the installation may have fixed this service&apos;s keys in its configuration (read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys were saved, but reading them back failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s list of authorization services is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Base64Url</name>
    <message>
        <source>it contains “=” padding (at position %1), which JWS does not use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the character “%1” at position %2 belongs to standard base64, not base64url (which uses “-” and “_”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the character “%1” at position %2 is not in the base64url alphabet (A–Z, a–z, 0–9, “-”, “_”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its length (%1 characters) is impossible for base64url: a character is missing or one too many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last character “%1” sets bits that a canonical encoder leaves at zero</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchVerifier</name>
    <message>
        <source>The line is longer than %1 bytes, too long for a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is not valid UTF-8 text, so it holds no token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoundedList</name>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <comment>a few items of a list, then how many are not named</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <source>The bundle is damaged or incomplete: it was changed or cut short since it was written, so it cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a PortalKeys bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than 16 MiB. PortalKeys bundles are never that large, so it is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds a “%1”, not a PortalKeys bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is encrypted for a certificate or a key, not with a passphrase, so it is not a PortalKeys bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file derives its key from the passphrase in a way PortalKeys does not support (only PBKDF2 with the RFC 3211 key wrap is), or that part is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file asks for %L1 PBKDF2 iterations, more than the %L2 PortalKeys accepts: it is damaged, or made to keep the computer busy. It is not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file opens with this passphrase, but it does not hold PortalKeys drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was written by a newer PortalKeys (format %1); this version reads format %2. Update PortalKeys to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle has no valid format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle would be larger than 16 MiB. Export fewer drafts at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a PortalKeys bundle document can be encrypted as a bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not encrypt the bundle (%1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase of the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is wrong (or the part of the bundle that it unlocks was changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle protects its passphrase with only %L1 PBKDF2 iterations (PortalKeys uses %L2), so whoever has the file can try passphrases quickly. Import it and export the drafts again to a new bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle was made without an integrity check (%1 rather than AES-GCM): a change to the file would not be noticed. Check the keys it holds before you use them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleContent</name>
    <message>
        <source>Choose at least one draft to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle can hold at most %1 drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of %1 in the draft for %2 is not text, so it cannot go into a bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds no drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds more than %1 drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft %1 of the bundle (%2) is for an unknown product “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft %1 of the bundle (%2) has a key without a name or with a value that is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft %1 of the bundle cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleExporter</name>
    <message>
        <source>Choose at least one draft to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no draft %1 to export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleImporter</name>
    <message numerus="yes">
        <source>%n draft was imported; the others were not: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drafts were imported; the others were not: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>ONLYOFFICE DocSpace</source>
        <comment>title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portals installed with Docker take this address from the OAUTH_REDIRECT_URL environment variable: when it is set, register its value instead.</source>
        <comment>redirectNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DropBox</source>
        <comment>title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets users connect their Dropbox folders to the portal&apos;s rooms and documents.</source>
        <comment>purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the Dropbox App Console and click Create app.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Scoped access and the Full Dropbox access type, then give the app a name your users will recognise.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the Permissions tab, tick files.metadata.read, files.metadata.write, files.content.read and files.content.write, and click Submit.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the Settings tab, add {redirectUri} under OAuth 2 → Redirect URIs.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still on the Settings tab, copy the App key into “dropboxClientId” and the App secret (click Show) into “dropboxClientSecret”.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box</source>
        <comment>title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets users connect their Box folders to the portal&apos;s rooms and documents.</source>
        <comment>purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Box Developer Console and create a new platform app of the Custom App type.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose User Authentication (OAuth 2.0) as the authentication method and name the app.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the Configuration tab, set the OAuth 2.0 Redirect URI to {redirectUri}.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under Application Scopes, allow the app to read and write all files and folders stored in Box, then save the changes.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the Client ID into “Box ID” and the Client Secret into “Box Key”.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box ID</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box Key</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OneDrive</source>
        <comment>title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets users connect their OneDrive and SharePoint files to the portal.</source>
        <comment>purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Azure portal, open App registrations and click New registration.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the app and, under Supported account types, pick the option that includes personal Microsoft accounts, because OneDrive users sign in with either kind of account.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under Redirect URI, select the Web platform, enter {redirectUri} and click Register.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the app&apos;s Overview page, copy the Application (client) ID into “Application ID”.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Certificates &amp; secrets, add a client secret and copy its Value (not the Secret ID) into “Client secret” at once: Azure shows it only this one time. Write down its expiry date, since the connection stops working when the secret expires.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application ID</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft</source>
        <comment>title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets users sign in to the portal with a Microsoft work, school or personal account.</source>
        <comment>purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the app and, under Supported account types, choose whose Microsoft accounts may sign in: only your organisation, any organisation, or also personal accounts.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the app&apos;s Overview page, copy the Application (client) ID into “Application Client ID”.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Certificates &amp; secrets, add a client secret and copy its Value (not the Secret ID) into “Client Secret” straight away, as Azure never shows it again. Renew it before the expiry date you chose.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application Client ID</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Secret</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google</source>
        <comment>title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets users sign in with a Google account and connect Google Drive to the portal.</source>
        <comment>purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Google Cloud console, select the project to use or create a new one.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open APIs &amp; Services → Library and enable the Google Drive API, which the portal needs to connect Google Drive as storage.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the OAuth consent screen with the app name, a support e-mail address and your domain; publish it once it is ready so that every user can sign in.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to APIs &amp; Services → Credentials, choose Create credentials → OAuth client ID and select Web application as the type.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {redirectUri} under Authorized redirect URIs and click Create.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the Client ID (it ends in .apps.googleusercontent.com) into “Google ID” and the Client secret into “Google Key”.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google ID</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Key</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook</source>
        <comment>title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets users sign in to the portal with their Facebook account.</source>
        <comment>purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Meta for Developers, open My Apps and create an app whose use case is signing people in with Facebook Login.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Facebook Login settings, add {redirectUri} to Valid OAuth Redirect URIs and save.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under App settings → Basic, fill in the privacy policy address, the app icon and the category that Meta asks for.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the same page, copy the App ID into “Facebook ID” and the App secret (click Show) into “Facebook Key”.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the app from Development to Live mode so that people outside your developer team can sign in.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook ID</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook Key</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X</source>
        <comment>title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets users sign in to the portal with their X (formerly Twitter) account.</source>
        <comment>purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the X Developer Portal and open your project&apos;s app; create one if the project has none.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under User authentication settings, click Set up, choose Web App as the app type and keep at least the Read permission.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter {redirectUri} as the Callback URI / Redirect URL, add your website address and save.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Keys and tokens tab and generate (or regenerate) the API Key and Secret under Consumer Keys.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the API Key into “API Key” and the API Key Secret into “API Key Secret”; X shows the secret only once.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Key</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Key Secret</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed as Twitter</source>
        <comment>generation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DocSpace before 3.6</source>
        <comment>versions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitter</source>
        <comment>serviceTitle</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before 3.6 the portal listed this service as Twitter instead of X; it asked for the same two keys under the same labels.</source>
        <comment>note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <comment>title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets users sign in to the portal with their LinkedIn account.</source>
        <comment>purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On LinkedIn Developers, click Create app, link it to your organisation&apos;s LinkedIn page and add a logo.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the Products tab, request access to Sign In with LinkedIn using OpenID Connect.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the Auth tab, add {redirectUri} under Authorized redirect URLs for your app and save.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the same tab, copy the Client ID into “Linkedin ID” and the Primary Client Secret into “Linkedin Key”.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linkedin ID</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linkedin Key</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio</source>
        <comment>title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the text messages of two-factor sign-in through your Twilio account.</source>
        <comment>purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the Twilio Console; upgrade a trial account first, because trial accounts deliver messages only to numbers you have verified.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Account Info panel of the dashboard, copy the Account SID (it starts with AC) into “Account Sid”.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the same panel, reveal the Auth Token and copy it into “Auth Token”.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under Phone Numbers → Manage → Active numbers, buy or pick a number that can send SMS and enter it in international format, such as +15551234567, into “Phone number from Twilio (required for SMS authorization)”.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DocSpace tests these keys when they are saved by asking Twilio for the account&apos;s numbers; when the test fails it clears the keys and answers Bad keys.</source>
        <comment>note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account Sid</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth Token</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number from Twilio (required for SMS authorization)</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firebase</source>
        <comment>title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivers push notifications from the portal to the ONLYOFFICE mobile and desktop apps.</source>
        <comment>purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Firebase console, add a project or open the one you already use.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project settings → General; register a web app if the project has none, then copy the Web API key into “Web API key” and the Project ID into “Project ID”.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Cloud Messaging tab and copy the Sender ID into “Sender ID”.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the same tab, copy the Server key into “Server key”. It appears only while the legacy Cloud Messaging API is enabled for the project; Google is retiring that API, so expect to replace this key in the future.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web API key</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project ID</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender ID</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server key</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apple ID</source>
        <comment>title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets users sign in to the portal with their Apple Account.</source>
        <comment>purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Apple Developer and open Certificates, Identifiers &amp; Profiles; copy the Team ID shown under your account name into “10-character developer account Team ID”.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under Identifiers, register an App ID and enable the Sign in with Apple capability for it.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a Services ID, enable Sign in with Apple on it and click Configure: choose the App ID from the previous step, enter the host name of {redirectUri} under Domains and Subdomains and {redirectUri} itself under Return URLs. The Services ID&apos;s identifier goes into “Application Client ID”.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the bundle identifier of the App ID, which the mobile apps use to sign in, into “appleIdClientIdMobile”.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under Keys, create a key with Sign in with Apple enabled, download the .p8 file (Apple lets you download it only once) and copy the Key ID into “A 10-character key identifier generated for the Sign in with Apple private key”.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the .p8 file in a text editor and paste all of it, including the BEGIN and END lines, into “Private key downloaded from Apple Developer”.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10-character developer account Team ID</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 10-character key identifier generated for the Sign in with Apple private key</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key downloaded from Apple Developer</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon AWS S3</source>
        <comment>title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores the portal&apos;s backups and data in an Amazon S3 bucket (or an S3-compatible one).</source>
        <comment>purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the AWS IAM console, create a user for the portal (it needs no console access) or choose an existing one.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the user a policy that allows the S3 actions the portal performs on your bucket, for example AmazonS3FullAccess or a narrower policy limited to that bucket.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the user&apos;s Security credentials tab, choose Create access key and pick the use case for an application running outside AWS.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the Access key ID into “S3 accesskey” and the Secret access key into “S3 secret access key”; AWS shows the secret only on this screen.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bucket and region are chosen later, where Amazon AWS S3 is picked as the storage for backups or data, not here.</source>
        <comment>note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 accesskey</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 secret access key</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Cloud Storage</source>
        <comment>title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores the portal&apos;s backups and data in a Google Cloud Storage bucket.</source>
        <comment>purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Google Cloud console, select the project that owns your bucket and open IAM &amp; Admin → Service Accounts.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a service account and grant it a role that can manage the bucket&apos;s objects, such as Storage Object Admin.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the service account&apos;s Keys tab, choose Add key → Create new key → JSON; the browser downloads the key file.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the downloaded file in a text editor and paste its whole content into “json”. Store the file safely or delete it: it holds a private key.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some organisations forbid service-account keys by policy; an organisation administrator can lift that restriction for the project.</source>
        <comment>note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rackspace Cloud Storage</source>
        <comment>title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores the portal&apos;s backups and data in Rackspace Cloud Files.</source>
        <comment>purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the Rackspace Cloud Control Panel.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the account menu (your user name, top right) and choose Account Settings.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next to API Key, click Show and copy the key into “Rackspace apiKey”.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name you signed in with into “Rackspace username”.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rackspace username</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rackspace apiKey</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <comment>title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets users sign in to the portal with their Zoom account.</source>
        <comment>purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the Zoom App Marketplace, choose Develop → Build App and create a General App that users authorise themselves (user-managed).</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under Basic Information → OAuth Information, enter {redirectUri} as the OAuth Redirect URL and add it to the OAuth Allow List as well.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under Scopes, add the scopes that let the app read the profile of the user who signs in.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom shows a Development and a Production pair of credentials: use the Development pair while you test and the Production pair once the app is published.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the Client ID into “Zoom client id” and the Client Secret into “Zoom client secret”.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom client id</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom client secret</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram</source>
        <comment>title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends portal notifications to users through your own Telegram bot.</source>
        <comment>purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Telegram, open a chat with @BotFather and send the /newbot command.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a display name, then a username that ends in bot, for example acme_portal_bot.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BotFather replies with the bot&apos;s token (digits, a colon and a long code): copy it into “Bot token”.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the username you chose into “Bot username”.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DocSpace connects the bot when the keys are saved; if that fails it clears the keys and answers Bad keys.</source>
        <comment>note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot token</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot username</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <comment>title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets users sign in to the portal with their WeChat account.</source>
        <comment>purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat&apos;s address depends on the installation: installed packages and the enterprise Docker image keep https://service.teamlab.info/oauth2.aspx for WeChat, although every other service uses service.onlyoffice.com there; the community Docker image rewrites it to the value of OAUTH_REDIRECT_URL, like every other service&apos;s, so register that value on such a portal.</source>
        <comment>redirectNote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the WeChat Open Platform with a developer account that has passed verification.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the management centre, create a website application and submit it for review.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the application&apos;s authorised callback domain to the host name of {redirectUri}.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once WeChat approves the application, copy its AppID into “Client ID” and its AppSecret into “Client Secret”.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database connection</source>
        <comment>title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the results of the portal&apos;s forms in your own MySQL database (or, on self-hosted portals, an SQLite file).</source>
        <comment>purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On your MySQL server, create an empty database and an account for the portal that has full rights on that database and no others.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure the portal&apos;s server can reach the database host and port: check firewalls and the MySQL bind-address setting.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose mysql in “Database type”, then fill in “Host”, “Port” (3306 unless your server listens elsewhere), “Database name”, “User” and “Password”.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch on “Use SSL” when the database server requires encrypted connections.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a self-hosted portal you can choose sqlite instead; then only “SQLite file path” is needed: the name of a database file, such as forms.db, that already lies in the portal&apos;s own storage folder for external databases, not a path on the server.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection before saving: the portal checks it again whenever the keys are saved, and a failed check clears the service, which switches it off.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DocSpace opens a connection to the database when the keys are saved. If that fails, it clears every key of the Database connection, which switches the service off, and answers Bad keys: enter the keys again once the database is reachable.</source>
        <comment>note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database type</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sqlite is offered only on self-hosted portals.</source>
        <comment>note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database name</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use SSL</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file path</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a file name, such as forms.db: the file must be in the portal&apos;s own storage folder for external databases. A value with /, \ or .. would leave that folder, and the portal refuses it.</source>
        <comment>note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nextcloud</source>
        <comment>title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets users sign in to the portal with an account of your Nextcloud server.</source>
        <comment>purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to your Nextcloud server as an administrator and open Administration settings → Security.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under OAuth 2.0 clients, add a client with a recognisable name and {redirectUri} as its redirection URI.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the Client Identifier into “Client ID” and the Secret into “Client Secret”.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into the field labelled “Enter the URL address of the Nextcloud instance.”, enter the address of your Nextcloud server, such as https://cloud.example.com.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the URL address of the Nextcloud instance.</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONLYOFFICE Workspace / Community Server</source>
        <comment>title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DocuSign</source>
        <comment>title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets users send documents from the Documents module to DocuSign for electronic signature.</source>
        <comment>purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to your DocuSign developer account (free) and open Settings → Apps and Keys.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Add App and Integration Key and name the app; the Integration Key it shows goes into “DocuSign Key”.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under Authentication, choose Authorization Code Grant, add a secret key and copy it into “DocuSign Secret” at once, because it is shown only this time.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under Additional settings → Redirect URIs, add {redirectUri} and save.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter account-d.docusign.com into “DocuSign authentication endpoint” while you test with the developer account. After DocuSign approves the app for production (go-live), switch to account.docusign.com and the production keys.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DocuSign Key</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DocuSign Secret</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DocuSign authentication endpoint</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the host name, with no https:// and no path. Developer (demo) accounts sign in at account-d.docusign.com; live accounts sign in at account.docusign.com.</source>
        <comment>note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets users connect their Dropbox folders to the Documents module.</source>
        <comment>purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets users connect their Box folders to the Documents module.</source>
        <comment>purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets users connect their OneDrive files to the Documents module.</source>
        <comment>purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets users sign in with a Google account and connect Google Drive to the Documents module.</source>
        <comment>purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook app token</source>
        <comment>generation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community Server 9.5 and earlier (labels as 9.5 shows them)</source>
        <comment>versions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before 9.6 the portal also asked for an app token, used to look up people and companies on Facebook for the CRM, and labelled the app&apos;s ID and secret “App ID” and “App Secret”. Create the token on Meta for Developers under Tools → Access Token Tool for the same app and enter it in “facebookAccessToken_Default”, the name that page shows for it.</source>
        <comment>note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App ID</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App Secret</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitter</source>
        <comment>title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the API Key into “Twitter ID” and the API Key Secret into “Twitter Key”; X shows the secret only once.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitter ID</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitter Key</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitter access token</source>
        <comment>generation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community Server / Workspace before 12.6 (labels as 11.5 to 12.5 show them)</source>
        <comment>versions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before 12.6 the portal also used an access token and its secret to find people and companies on Twitter for the CRM. Generate both on the Keys and tokens tab of the same app, under Authentication Tokens, and enter them in “Access Token” and “Access Token Secret”.</source>
        <comment>note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access Token</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access Token Secret</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends two-factor sign-in codes by SMS and lets CRM users call contacts from the browser.</source>
        <comment>purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When Twilio keys are saved on Workspace, the phone numbers that the CRM bought with the previous Twilio account are deleted first.</source>
        <comment>note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clickatell</source>
        <comment>title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends two-factor sign-in codes by SMS through your Clickatell account.</source>
        <comment>purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the Clickatell portal; a new account has to be approved before it can send messages.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an SMS integration of the HTTP API type and choose whether it may send to international numbers.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the API key that the integration shows into “apiKey”.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS Center</source>
        <comment>title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends two-factor sign-in codes by SMS through your SMS Center (smsc.ru) account.</source>
        <comment>purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to your SMS Center account, or register one and top up its balance.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the account&apos;s login into “Login”.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the account password into “Password or password MD5 hash in lowercase”; entering the lowercase MD5 hash of the password instead keeps the password itself off the portal.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a sender name in the account settings (SMS Center approves it) and enter it into “Sender ID”.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password or password MD5 hash in lowercase</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivers push notifications from the portal to the ONLYOFFICE apps.</source>
        <comment>purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitly</source>
        <comment>title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortens invitation links and links to documents shared with people outside the portal.</source>
        <comment>purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Bitly and open Settings → Developer settings → API.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your Bitly password and click Generate token.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the token into “Access Token”; Bitly shows it only once.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitly login and API key</source>
        <comment>generation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community Server / Workspace before 12.0 (labels as 10.0 to 11.6 show them)</source>
        <comment>versions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before 12.0 the portal called Bitly&apos;s older API with the account login and an API key instead of a token. Bitly has since retired that API, so these versions can no longer shorten links; upgrade the portal to use a token.</source>
        <comment>note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selectel Cloud Storage</source>
        <comment>title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores the portal&apos;s backups and data in Selectel object storage.</source>
        <comment>purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the Selectel control panel and open the object storage (cloud storage) section.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under its users or access settings, create a user for the portal with access to the containers it will use.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter that user&apos;s name exactly as the panel shows it (it usually begins with your account number) into “Selectel authUser”.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user&apos;s password into “Selectel authPwd”.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selectel authUser</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selectel authPwd</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail.ru</source>
        <comment>title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets users sign in to the portal with their Mail.ru account.</source>
        <comment>purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with a Mail.ru account on the Mail.ru OAuth application page and create an application.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {redirectUri} to the application&apos;s redirect URIs and save.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the application&apos;s ID into “ID” and its Secret into “Secret key”.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yandex</source>
        <comment>title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets users sign in to the portal with their Yandex account.</source>
        <comment>purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Yandex OAuth and create an application for web services.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter {redirectUri} as the Redirect URI.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the application access to the user&apos;s login, e-mail address and name.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the ClientID into “ID” and the Client secret into “Password”.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VK</source>
        <comment>title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets users sign in to the portal with their VK account.</source>
        <comment>purpose</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On VK for developers, open My apps and create an application of the website type.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the application&apos;s settings, add {redirectUri} to the authorised redirect URIs and save.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the App ID into “Application ID” and the Secure key into “Secure key”.</source>
        <comment>instructions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure key</source>
        <comment>label</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogJson</name>
    <message>
        <source>unknown member &quot;%1&quot;; check its spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold only non-empty strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a version such as 3.7 or 12.6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key name &quot;%1&quot; may hold only letters, digits and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only keys of type select have options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the options repeat a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default value is not one of the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a toggle&apos;s default must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number key&apos;s default must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dependsOn and dependsOnValue go together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;keys&quot; must be a non-empty list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each key must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key name is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dependsOn names &quot;%1&quot;, which is not another key of this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dependsOn names a key that itself depends on another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dependsOnValue &quot;%1&quot; is not one of the options of &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateInfo</name>
    <message>
        <source>On the Portals page, Test connection shows the certificate and lets you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (self-signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claims</name>
    <message>
        <source>less than a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>becomes valid in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>became valid just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>became valid %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued %1 in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in %1 in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client id (DocSpace: the app the token was issued to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant id (DocSpace: the portal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time the user signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized party (the client the token was issued to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document Server: the document to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document Server: the kind of editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document Server: editor settings and user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the years 1 to 9999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token expired at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is not valid before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionReport</name>
    <message>
        <source>portal owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portal admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a portal admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: authorization keys need an admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1, %2; the portal answered in %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product and version unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialKind</name>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail and password (basic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login or personal access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2.0 (sign in with the browser)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentServer</name>
    <message>
        <source>Open a file (editor config)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert an image (insertImage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a version from the history (setHistoryData)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients for mail merge (setMailMergeRecipients)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with a document (setRevisedFile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document Server tokens are signed with its HMAC secret; %1 cannot sign them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config has no &quot;token&quot; member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;token&quot; member is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document Server tokens are checked with its HMAC secret; %1 cannot check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s payload is not a JSON object, so it cannot stand for the config.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Draft</name>
    <message>
        <source>The draft has no valid id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft does not say which service its keys are for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a service name: use letters, digits, “_”, “-” and “.” only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title of a draft can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note of a draft can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft for %1 has no keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft can have at most %1 keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a key name: use letters, digits, “_”, “-” and “.” only, at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key “%1” appears twice in the draft for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft %1 is for an unknown product “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft %1 has no list of keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft %1 has a key name that is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft %1 has no valid creation or change time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The list of drafts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the value of %1 in the draft for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of drafts %1 cannot be used: %2 PortalKeys leaves it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of drafts %1 holds the draft %2 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft for %1 has no key “%2” to store a value for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft for %1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft for %1 was not saved completely: %2 The values stored before this failure are already replaced in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft for %1 was saved, but the value of a key it no longer has could not be removed from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft for %1 was not removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryLog</name>
    <message>
        <source>The history %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full history %1 could not be moved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of %2 is damaged and was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IconScaler</name>
    <message>
        <source>The %1 image is %2×%3 pixels, too large to make an icon of safely; make it smaller first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 image cannot be decoded: the file is damaged or incomplete (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The icon is %1×%2 pixels; the portal shows it at %3×%3. Scale it to that size (aspect kept, on a transparent square, as PNG).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JwkImport</name>
    <message>
        <source>The JWK member “%1” is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK member “%1” is not valid base64url (unpadded, with the alphabet A–Z, a–z, 0–9, “-”, “_”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL refused the key (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA keys with more than two primes (“oth”) are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA JWK needs both “n” and “e”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA JWK has some of “p”, “q”, “dp”, “dq”, “qi” but not all of them with “d”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EC JWK&apos;s curve “%1” is not one JWS uses (P-256, P-384, P-521).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EC JWK needs both “x” and “y”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EC JWK&apos;s coordinates must be %1 bytes each for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EC JWK&apos;s point (x, y) is not on the curve %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EC JWK&apos;s private value “d” does not match its public point (x, y).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OKP JWK&apos;s curve “%1” is not supported; PortalKeys uses Ed25519 for EdDSA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OKP JWK needs “x”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519 keys are 32 bytes; this JWK&apos;s “x” or “d” has another length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OKP JWK&apos;s private value “d” does not match its public value “x”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK has no “kty” member saying what kind of key it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK&apos;s “kid” is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK is marked for encryption (“use”: “enc”), not for signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK is for the algorithm “%1”, which is not a JWS signature algorithm PortalKeys supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The symmetric JWK (“oct”) has no “k” member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK type “%1” is not supported (RSA, EC, OKP and oct are).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK Set&apos;s “keys” holds something that is not a JWK object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no kid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK Set holds no keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK Set holds %1 keys; choose one by its kid: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key with kid “%1” in the JWK Set (it has: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JwsCrypto</name>
    <message>
        <source>This key cannot verify %1 signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not compute the HMAC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match: the token was changed, or it was signed with another secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An %1 signature is exactly %2 bytes (R and S of %3 bytes each, RFC 7518 §3.4); this one has %4 bytes%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and looks DER-encoded, which JWS does not use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ECDSA signature cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not set up %1 verification (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match: the token was changed, or it was signed with another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key cannot sign with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing needs a private key; this is a public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not sign with %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL produced an ECDSA signature that cannot be converted to JWS form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JwtForm</name>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string (“%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header&apos;s “kid” is %1, not a string (RFC 7515 §4.1.4), so the token is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key id names the key by text. Verifiers that pick keys by “kid” find none for other values, and recent PyJWT refuses the token: have the issuer write the key id as a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is not a JSON object (%1), so the token is not a valid JWT: its claims must be a JSON object (RFC 7519 §7.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT libraries such as PyJWT, jose and golang-jwt refuse such a token. Only a plain JWS may carry other data; check it as one if that is what it is meant to be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The “%1” claim is %2, not a NumericDate (a JSON number of seconds, RFC 7519 §2), so the token is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in a JWT are plain numbers of seconds since 1970-01-01 UTC, never text or other values. Libraries refuse a token whose “exp”, “nbf” or “iat” is anything else, so the issuer must write the number itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Key</name>
    <message>
        <source>The JWK Set&apos;s “keys” member is not an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWK&apos;s kid is “%1”, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is not valid base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is not valid hex: it needs an even number of the digits 0–9 and a–f.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not PEM: there is no “-----BEGIN …-----” line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is encrypted with a pass phrase; PortalKeys reads unencrypted keys only (for example, decrypt it with “openssl pkey”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not read the PEM data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM certificate cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s public key cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM private key cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM public key cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM RSA public key cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM block “%1” holds no key: PortalKeys reads public keys, private keys and certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file looks like JSON but cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is JSON but not a JWK or JWK Set object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is neither PEM (“-----BEGIN …”) nor a JWK or JWK Set (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HMAC secret (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA %1-bit private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA %1-bit public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HMAC key is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone can compute a valid signature with an empty key, so the token proves nothing. Use a random secret of at least %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HMAC key is shorter than the hash (%1 of %2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 7518 §3.2 requires an HMAC key at least as long as the hash output (%1 bytes for %2). Short keys, especially words or phrases, can be found by trying candidates offline against any token. Use a random secret of at least %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key has %1 bits, fewer than 2048.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 7518 §3.3 requires RSA keys of 2048 bits or more for RS* and PS* signatures; shorter keys can be factored with enough computing power. Replace the key with one of at least 2048 bits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyChange</name>
    <message numerus="yes">
        <source>%n key(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cleared</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>•••• (%n character(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1… (%n line(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: set to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: changed from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cleared (was %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyDrift</name>
    <message>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyLoader</name>
    <message>
        <source>OpenSSL could not build the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This EC key is not on P-256, P-384 or P-521, the curves JWS uses (ES256, ES384, ES512).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a %1 key; PortalKeys signs and verifies with RSA, EC (P-256, P-384, P-521) and Ed25519 keys, or HMAC secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown kind of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key says it is for %1, which does not fit a %2 key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeySourceLoader</name>
    <message>
        <source>offline drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret missing: the keychain no longer holds the value of %1 in the draft for %2; it counts as absent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portal %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyValidator</name>
    <message>
        <source>&quot;%1&quot; must be one of %2; pick one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a switch; set it to true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number; enter digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be the whole .p8 file, from the -----BEGIN PRIVATE KEY----- line to the -----END PRIVATE KEY----- line; paste the file&apos;s content again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is protected with a password that the portal cannot enter; paste the unencrypted .p8 file that Apple Developer gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a %2 block instead of the PRIVATE KEY block of a .p8 file; paste the key file downloaded from the Keys section of Apple Developer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; stops before the -----END PRIVATE KEY----- line; paste the whole .p8 file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a readable private key, so part of it was probably lost or changed; paste the .p8 file again without editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has lost the line breaks of the .p8 file; paste the file&apos;s content again with its lines as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a P-256 elliptic-curve key, which Sign in with Apple needs; check that you took the key from the Keys section of Apple Developer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete JSON file (%2 at character %3); paste the whole key file again, from the first { to the last }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a user&apos;s credentials, not a service-account key; create a JSON key for a service account in the Google Cloud console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service-account key (its type is not service_account); create a JSON key for a service account in the Google Cloud console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; lacks %2; download a new JSON key for the service account rather than editing the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private_key inside &quot;%1&quot; cannot be read; download a new JSON key for the service account rather than editing the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a host name only; enter %2, without https:// or a path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a host name such as account-d.docusign.com; enter the DocuSign authentication host without anything around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is usually account-d.docusign.com (developer sandbox) or account.docusign.com (production); check that this host is the one DocuSign gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a full web address such as https://cloud.example.com; copy it from the browser&apos;s address bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not contain a user name or password; remove the part before the @ sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts with http://, so sign-ins travel unencrypted; use the server&apos;s https:// address if it has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; leads out of the portal&apos;s own storage folder for external databases, and the portal refuses such a path; enter only the name of a file in that folder, such as forms.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a file name without / or \; put the database file directly into the portal&apos;s own storage folder for external databases and enter only its name, such as forms.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names the storage folder itself, not a file; enter the name of the database file, such as forms.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be the ID without the curly braces around it; remove the braces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an ID of the form 1a2b3c4d-0000-1111-2222-333344445555 (32 hexadecimal digits in five groups); copy it from the provider&apos;s console again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds an API key SID; enter the Account SID instead, which starts with AC and is shown in the Twilio Console&apos;s Account Info.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be AC followed by 32 hexadecimal digits (34 characters in all); copy the Account SID from the Twilio Console again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be 16 to 128 letters, digits or underscores; copy the access key ID again, not the secret access key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a temporary AWS key (ASIA…) that stops working when its session ends; for lasting access use an IAM user&apos;s access key (AKIA…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like an AWS access key ID (AKIA…), which is fine for S3-compatible storage; otherwise check that you copied the right value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be exactly 10 characters long, not %2; copy it again from Apple Developer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; may hold only capital letters and digits; copy it again from Apple Developer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must look like 123456789:AAE…, digits, a colon and then letters, digits, - or _; copy the token from BotFather again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not end in .apps.googleusercontent.com as Google&apos;s OAuth client IDs do; check that you copied the Client ID and not another value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a port number from 1 to 65535, such as 3306 for MySQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like an MD5 hash in capital letters, but the portal expects the hash in lower case; convert it to lower case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds only spaces or line breaks; clear it or enter the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts or ends with spaces or line breaks; remove the spaces, or the portal stores them as part of the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a single line; remove the line breaks that came with the paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 characters long, more than the %3 the portal stores; check that you copied only the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 characters long, more than the %3 the portal&apos;s settings page accepts; it can be saved from here, but not edited on that page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainRepair</name>
    <message numerus="yes">
        <source>Removed %n keychain entry left behind by an interrupted save.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n keychain entries left behind by an interrupted save.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListFile</name>
    <message>
        <source>%1 is larger than 4 MiB, so it is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2 at byte %3). PortalKeys leaves it as it is; fix or remove it to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer PortalKeys (format %2); this version reads format %3. Update PortalKeys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no format version; it is not a PortalKeys file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another PortalKeys process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not changed: %2 has been changing it for more than %3 seconds. Try again; if that process hangs, end it (a lock left by a process that ended is removed by itself).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not changed: the lock file %2 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NamedSecret</name>
    <message>
        <source>The name of the secret is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the secret starts or ends with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the secret is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the secret contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewApiKey</name>
    <message>
        <source>Give the key a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name has %1 characters; the portal takes at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key expires after %1 to %2 days, or never.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthApp</name>
    <message>
        <source>The portal&apos;s update call has no field for it; register a new app to use another value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s update call ignores it (older documentation says otherwise); register a new app to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal assigns it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the portal makes a new one (regenerate secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by enabling or disabling the app, not by an update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows from allow_pkce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal sets it to true for every app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthAppIssue</name>
    <message>
        <source>The portal refused this field (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthAppValidator</name>
    <message>
        <source>“%1” must be text (a JSON string).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a list of text values (a JSON array).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every entry of “%1” must be text (a JSON string).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“is_public” is false here, but the portal sets it to true for every app, so it is sent as true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds a client secret. Keep secrets out of draft files: the portal ignores it here, and anyone who can read the file can sign in as the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a field of an OAuth app; the portal ignores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app name needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app name can have at most %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description can have at most %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An app icon is required: a PNG, JPEG or SVG image of 32×32 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The icon is %1×%2 pixels; the portal shows it at %3×%3, so scale it to that size first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 characters are allowed; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a URL cannot contain spaces or line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start it with https:// (https://%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only https:// and http:// addresses are allowed, not %1://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portal takes the scheme only in lower case: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user name or password in the URL is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portal takes a domain name or an IPv4 address here, not an IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portal refuses “localhost” here (its URL pattern wants a domain name with a dot or an IPv4 address); use %1 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the host name in its ASCII form: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a host name the portal takes: it needs a domain with a dot and a top-level domain of two or more letters (such as example.com), or an IPv4 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put a “/” between the host name and “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portal&apos;s URL pattern does not allow percent-encoded characters (“%”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portal&apos;s URL pattern does not allow the character “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL does not match the portal&apos;s URL pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1…” is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” contains spaces or line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a URL; it needs https://, http:// or claude:// in front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: only https://, http:// and claude:// addresses are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An allowed origin cannot have a query (?…) or a fragment (#…); use %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A redirect URL cannot have a query (?…) or a fragment (#…); use %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has a user name or password in it, which browsers do not send; leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no host name, so no browser can go there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: an origin is only a scheme, a host and a port, as browsers send it, so this one never matches; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” uses plain http, so the authorization code would travel unencrypted; use https, or http only to this computer (127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one allowed origin is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one redirect URL is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 allowed origins are possible; this list has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 redirect URLs are possible; this list has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is listed twice; the portal keeps it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the same address as “%2” before it (host names do not depend on case); the portal keeps both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one scope is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a scope the portal knows; it knows %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” without “%2”: write access implies read access, so add “%2” as the portal&apos;s form does.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthServer</name>
    <message>
        <source>The OAuth server&apos;s discovery document has no usable authorization or token endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth server names an endpoint without https (%1); PortalKeys does not send codes or secrets there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth server does not support PKCE with S256.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePolicy</name>
    <message>
        <source>Enter a passphrase: without one the bundle would not be protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The passphrase has only %n character.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase has only %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Use at least %1, for example a few unrelated words, so that the bundle stays safe if someone gets the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is one of the commonly used secrets that are tried first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase begins or ends with a space, which is easy to miss when you type it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pkce</name>
    <message numerus="yes">
        <source>A PKCE code verifier is 43 to 128 characters of A–Z, a–z, 0–9, “-”, “.”, “_” and “~” (RFC 7636 §4.1); this one has %n character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalError</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalInfo</name>
    <message>
        <source>DocSpace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ONLYOFFICE portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-hosted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version not given), %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s settings are not an object. Is this a DocSpace portal?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::ApiKeys::ApiKeyTableModel</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off (expired)</source>
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
        <source>The portal shows only the last four characters of a key after it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used since it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key never expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1 (%2). The portal no longer accepts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal accepts this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched off: the portal refuses this key until it is switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::AuthService::KeyApplier</name>
    <message>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This portal does not offer the service “%1” (its version may be older or newer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The installation fixed the keys of “%1” in its configuration; they are read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, but the portal reports other values for: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::AuthService::KeyDriftModel</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret values are compared without being shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::AuthService::ServiceListModel</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Catalog::Product</name>
    <message>
        <source>DocSpace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace / Community Server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::History::HistoryTableModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PortalKeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded by the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::OAuth::AppListModel</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drafts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No portal yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No apps registered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded: see the message above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Client ID: %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Draft, saved %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::OAuth::AuthorizationCodeFlow</name>
    <message>
        <source>The OAuth server&apos;s answer holds no access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PortalKeys cannot listen on 127.0.0.1 for the browser&apos;s answer (port %1 is taken?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser came back with an answer that does not belong to this sign-in (the “state” does not match), so it was ignored. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal did not authorize PortalKeys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser came back without an authorization code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::OAuth::LoopbackRedirectListener</name>
    <message>
        <source>PortalKeys is signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PortalKeys could not sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this tab and return to PortalKeys.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::OAuth::OAuthAppsApi</name>
    <message>
        <source>The portal did not issue a signature for managing OAuth apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal registers at most %1 OAuth apps per user, and you have reached that limit. Delete one of your apps that is no longer used, or have another portal admin register this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal registers at most %1 OAuth apps, and it has reached that limit. Delete an app that is no longer used, then register this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s list of scopes is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Portal::ConnectionTest</name>
    <message>
        <source>The portal did not accept the credentials: the API key is wrong, expired or switched off, or lacks the permission to read (“*:read” or “*”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s answer to “am I signed in?” is not true or false. Is this a DocSpace portal?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal answered, but did not accept the credentials: they are wrong, expired or revoked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Portal::PasswordLogin</name>
    <message>
        <source>The portal asks for an SMS code; PortalKeys supports authenticator-app codes only. Use an API key instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s answer to the login holds no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal did not accept the two-factor code: it is wrong or has expired. Sign in again with a fresh code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalKeys::Portal::PortalCall</name>
    <message>
        <source>%1 refused the connection: nothing answers on that port. Check the address and that the portal is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host %1 was not found (DNS). Check the spelling of the address and your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before the whole answer arrived (the answer is truncated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PortalKeys cannot talk to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PortalKeys does not send requests to %1 over plain http; use https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2). PortalKeys does not connect unless you trust this exact certificate for this portal after checking its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer of %1 is larger than 32 MiB; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected the request to %2, another address. PortalKeys does not follow it, so your credentials stay with the portal. If the portal has moved, change its address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer of %1 was cut off: %2 bytes arrived before the connection closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalKeys::Portal::PortalSession</name>
    <message>
        <source>No API key is stored for the portal “%1”; enter it again (Edit in the app, or remove and add the portal on the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is stored for the portal “%1”; enter it again (Edit in the app, or remove and add the portal on the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is stored for the portal “%1”; sign in again or paste a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in to the portal “%1” yet: sign in with the browser first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in to “%1” has expired and cannot be renewed without a refresh token (public apps get none); sign in with the browser again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewing the sign-in to “%1” failed; sign in with the browser again. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalProfile</name>
    <message>
        <source>Give the portal a name, e.g. “production”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long (at most 100 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot contain line breaks or tabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic authentication needs the e-mail address you sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2.0 needs the client ID of an app registered on the portal (Developer Tools → OAuth 2.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth server address cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pinned certificate fingerprint is 64 hexadecimal digits (SHA-256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout must be between 1 and 600 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A portal entry has no valid id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal “%1” has an unknown credential kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal “%1” cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalUrl</name>
    <message>
        <source>Enter the portal&apos;s address, for example https://portal.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A portal address cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with https:// (it starts with %1://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address; PortalKeys asks for them separately and keeps them in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PortalKeys only connects to a portal over https, so that your credentials never travel in clear text; use https://%1 (plain http is allowed only for this computer, e.g. http://127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The portal list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal list %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a portal named “%1”; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Nothing was written to the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Service (D-Bus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory (tests only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseReader</name>
    <message>
        <source>The portal said: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal %1 answered with an empty body where data was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with a web page instead of data. Check that the address is the root of a DocSpace portal (not a page inside it, nor a proxy&apos;s sign-in page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal %1 answered with broken or incomplete JSON (%2 at byte %3 of %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal %1 answered with JSON of an unexpected shape (no “response”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal %1 answered with JSON of an unexpected shape (no “response”). Is it a DocSpace portal?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal did not accept the credentials: they are wrong, expired or revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal refused: the API key lacks the permission for this change (settings need “*:write” or “*”), or its owner is not a portal admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal refused: the API key lacks the permission to read this (settings need “*:read” or “*”), or its owner is not a portal admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal refused: this account is not allowed to do this. Authorization keys and OAuth apps need a portal admin (the owner or a DocSpace admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s plan does not include this; a plan with third-party storage is needed (self-hosted portals are not limited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found on %1. Check the portal address; DocSpace 3.x is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal has received too many requests and asks to wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal %1 had an internal error (HTTP %2); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopeModel</name>
    <message>
        <source>The portal listed a scope without a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal listed the scope “%1” twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s scope group “%1” has more scopes than a read and a write scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal listed no scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the basic details of your own profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and change the basic details of your own profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every account of the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and manage every account of the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every file and folder you can open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and manage every file and folder you can open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every room you can open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and manage every room you can open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign you in with OpenID Connect and read your personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files &amp; Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>%1 (The keychain said: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure you are logged in to a graphical session so the login keychain is available, and unlock it in Keychain Access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure the Windows Credential Manager service is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start and unlock a Secret Service provider in your desktop session: GNOME Keyring, KWallet with its Secret Service interface, or KeePassXC with Secret Service integration. Without a desktop (over SSH, in a container) run PortalKeys inside “dbus-run-session” with “gnome-keyring-daemon --unlock --components=secrets” started first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored in the keychain under “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available. PortalKeys keeps secrets only in the system keychain and never writes them to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access: it is locked, or the request was denied. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not complete the operation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretJournal</name>
    <message>
        <source>The keychain journal %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceCatalog</name>
    <message>
        <source>The service catalog %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at character %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must hold a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formatVersion is %1, but this PortalKeys reads version %2 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;products&quot; must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each entry of &quot;products&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the product &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown product &quot;%1&quot;; use docspace or workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the product is described twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the product needs a version, the one the catalog describes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oldestVersion is newer than version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;services&quot; must be a non-empty list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each service must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name clashes with the service &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the services must be listed in the portal&apos;s order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This portal runs %1 %2, newer than the %3 that PortalKeys&apos; catalog describes: services and labels may differ from what PortalKeys shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This portal runs %1 %2, older than the versions PortalKeys&apos; catalog describes fully (%3 to %4): services and labels may differ from what PortalKeys shows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceDefinition</name>
    <message>
        <source>the text names the field &quot;%1&quot;, which is not a label of this service&apos;s keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instructions never name the field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note names the field &quot;%1&quot;, which is not a label of these keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 and later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kind &quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helpUrl must be an https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirectUri must be an https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirectNote needs a redirectUri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instructions never say where to enter %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instructions use %1, but the service has no redirectUri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>olderKeySets must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each entry of olderKeySets must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceEntry</name>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PortalKeys&apos; catalog does not describe this service.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceKind</name>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS and calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup and data storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceValidator</name>
    <message>
        <source>%1 has no key named &quot;%2&quot;; remove it before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used only when &quot;%2&quot; is %3, so its value is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in &quot;%1&quot; as well, or clear every key to switch %2 off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; hold the same value; each needs its own value from the provider, so check which one was pasted twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceView</name>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This portal&apos;s installation fixed the keys of %1 in its configuration, so they cannot be changed here; change them in the server&apos;s configuration instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In DocSpace cloud, %1 needs a plan that includes third-party storage; self-hosted portals are not limited.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInRefusal</name>
    <message>
        <source>The e-mail or the password is wrong (the portal does not say which). Check both for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal has locked sign-in for %1 after too many failed attempts. Wait a few minutes before you try again: every attempt now counts as another failure. If it stays locked, sign in once in the browser, where the portal can ask for a reCAPTCHA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal asks for a reCAPTCHA before it lets %1 sign in, which only its web page can show. Sign in once in the browser, then try again here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 is disabled on this portal. Ask a portal admin to enable the account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Signer</name>
    <message>
        <source>There is no key to sign with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used with this key (%2); it allows %3 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing with %1 needs a private key; this is an %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extra header members may not set “alg”: it comes from the chosen algorithm (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key id is given twice with different values (“kid”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrictJson</name>
    <message>
        <source>there is more text after the JSON value (at byte %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON text ends too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string contains a raw control character (at byte %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a “\u” escape is not followed by four hex digits (at byte %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape sequence in a string (at byte %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member “%1” appears twice in one object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Token</name>
    <message>
        <source>header (segment 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload (segment 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature (segment 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an encrypted token (JWE, five parts), not a signed one. PortalKeys can show its header but cannot decrypt or verify it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is larger than 1 MiB; a token that big is not something PortalKeys will read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a token: three base64url parts separated by dots (header.payload.signature).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a token: a signed token (JWS) has three parts separated by dots, and this text has no dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed token (JWS) has three parts separated by dots; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header (segment 1) is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is not valid base64url: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header (segment 1) is refused: %1. Parsers disagree about which one counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header (segment 1) is not JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header (segment 1) is JSON but not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header (segment 1) has no “alg” member, so the algorithm is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The “alg” member of the header (segment 1) is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload (segment 2) is refused: %1. Parsers disagree about which one counts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <source>The header&apos;s “crit” member must be a non-empty list of header member names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header&apos;s “crit” member must list header member names (strings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header&apos;s “crit” lists “%1”, a standard member that must not be listed there (RFC 7515 §4.1.11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header&apos;s “crit” lists “%1”, which the header does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header marks “%1” as critical; PortalKeys does not understand that extension, so the token must be refused (RFC 7515 §4.1.11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is unsecured (alg “%1”): it has no signature, and PortalKeys never accepts such a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s algorithm “%1” is not a valid name: algorithm names are case-sensitive (did you mean %2?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s algorithm “%1” is not supported (supported: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no key to verify the signature with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token says %1, but this algorithm is not allowed for this key (%2, usable with %3 only). The algorithm comes from the key, never from the token, so the token is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token says %1, which is not among the algorithms allowed here (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused as a weak key (strict check): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is unsecured: its algorithm is “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unsecured token has no signature, so anyone can write one with any content. PortalKeys never accepts it; a server that does lets anyone act as anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header names a URL to fetch the key from (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header carries its own key (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verifier that trusts a key named or embedded in the token lets an attacker sign tokens with their own key. PortalKeys ignores “%1” and verifies only with the key you give; make sure your server does the same, or checks the key against a fixed list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has no expiry time (“exp”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without “exp” a leaked token stays usable for ever, unless the server keeps track of it. Tokens should be short-lived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token expired at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers refuse expired tokens: request a new one. If the clocks of the issuer and the server differ a little, a leeway of a minute or so allows for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is not valid before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers refuse a token before its “nbf” time. If it was just issued, the issuer&apos;s clock is probably ahead: check the clocks, or allow a small leeway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeakSecrets</name>
    <message>
        <source>Cannot read the word list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The word list %1 is larger than 200 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The word list %1 holds no secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HMAC secret is in the word list “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word lists like this are the first thing an attacker tries: with a single token signed by this secret they can find it offline in seconds and then sign any token they like. Replace the secret with a random one at least as long as the hash (32 bytes for HS256), for example the output of “openssl rand -base64 32”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only HMAC tokens (HS256/384/512) can be searched; this token uses “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is %1 bytes long, but %2 signatures are %3 bytes: no secret can produce it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL cannot compute %1 here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The search was stopped after %n candidates.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>OpenSSL failed to compute %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
