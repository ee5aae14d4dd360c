<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiKey</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiKeyRefusal</name>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Try again in %n second.</numerusform>
            <numerusform>Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoundedList</name>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <comment>a few items of a list, then how many are not named</comment>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleImporter</name>
    <message numerus="yes">
        <source>%n draft was imported; the others were not: %1</source>
        <translation>
            <numerusform>%n draft was imported; the others were not: %1</numerusform>
            <numerusform>%n draft was imported; the others were not: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drafts were imported; the others were not: %1</source>
        <translation>
            <numerusform>%n drafts were imported; the others were not: %1</numerusform>
            <numerusform>%n drafts were imported; the others were not: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Claims</name>
    <message numerus="yes">
        <source>%n second</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n second</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n seconds</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minutes</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hours</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n days</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyChange</name>
    <message numerus="yes">
        <source>%n key(s) added</source>
        <translation>
            <numerusform>%n key added</numerusform>
            <numerusform>%n keys added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cleared</source>
        <translation>
            <numerusform>%n cleared</numerusform>
            <numerusform>%n cleared</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>•••• (%n character(s))</source>
        <translation>
            <numerusform>•••• (%n character)</numerusform>
            <numerusform>•••• (%n characters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1… (%n line(s))</source>
        <translation>
            <numerusform>%1… (%n line)</numerusform>
            <numerusform>%1… (%n lines)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainRepair</name>
    <message numerus="yes">
        <source>Removed %n keychain entry left behind by an interrupted save.</source>
        <translation>
            <numerusform>Removed %n keychain entry left behind by an interrupted save.</numerusform>
            <numerusform>Removed %n keychain entry left behind by an interrupted save.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n keychain entries left behind by an interrupted save.</source>
        <translation>
            <numerusform>Removed %n keychain entries left behind by an interrupted save.</numerusform>
            <numerusform>Removed %n keychain entries left behind by an interrupted save.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphrasePolicy</name>
    <message numerus="yes">
        <source>The passphrase has only %n character.</source>
        <translation>
            <numerusform>The passphrase has only %n character.</numerusform>
            <numerusform>The passphrase has only %n character.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase has only %n characters.</source>
        <translation>
            <numerusform>The passphrase has only %n characters.</numerusform>
            <numerusform>The passphrase has only %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pkce</name>
    <message numerus="yes">
        <source>A PKCE code verifier is 43 to 128 characters of A–Z, a–z, 0–9, “-”, “.”, “_” and “~” (RFC 7636 §4.1); this one has %n character(s).</source>
        <translation>
            <numerusform>A PKCE code verifier is 43 to 128 characters of A–Z, a–z, 0–9, “-”, “.”, “_” and “~” (RFC 7636 §4.1); this one has %n character.</numerusform>
            <numerusform>A PKCE code verifier is 43 to 128 characters of A–Z, a–z, 0–9, “-”, “.”, “_” and “~” (RFC 7636 §4.1); this one has %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalKeys::Portal::PortalCall</name>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Try again in %n second.</numerusform>
            <numerusform>Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestRecord</name>
    <message numerus="yes">
        <source>Tested %n minute(s) ago</source>
        <translation>
            <numerusform>Tested %n minute ago</numerusform>
            <numerusform>Tested %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tested %n hour(s) ago</source>
        <translation>
            <numerusform>Tested %n hour ago</numerusform>
            <numerusform>Tested %n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tested %n day(s) ago</source>
        <translation>
            <numerusform>Tested %n day ago</numerusform>
            <numerusform>Tested %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeakSecrets</name>
    <message numerus="yes">
        <source>The search was stopped after %n candidates.</source>
        <translation>
            <numerusform>The search was stopped after %n candidates.</numerusform>
            <numerusform>The search was stopped after %n candidates.</numerusform>
        </translation>
    </message>
</context>
</TS>
