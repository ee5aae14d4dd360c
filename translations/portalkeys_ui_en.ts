<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>PortalKeys::Ui::ApiKeysPage</name>
    <message numerus="yes">
        <source>%n key(s) expire within %1 days</source>
        <translation>
            <numerusform>%n key expires within %1 days</numerusform>
            <numerusform>%n keys expire within %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) have expired</source>
        <translation>
            <numerusform>%n key has expired</numerusform>
            <numerusform>%n keys have expired</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::AppListPanel</name>
    <message numerus="yes">
        <source>%n apps shown; the portal has more.</source>
        <translation>
            <numerusform>%n app shown; the portal has more.</numerusform>
            <numerusform>%n apps shown; the portal has more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::AppOperations</name>
    <message numerus="yes">
        <source>Loading all apps… %n so far</source>
        <translation>
            <numerusform>Loading all apps… %n so far</numerusform>
            <numerusform>Loading all apps… %n so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ApplyReport</name>
    <message numerus="yes">
        <source>%n would be applied</source>
        <translation>
            <numerusform>%n would be applied</numerusform>
            <numerusform>%n would be applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applied</source>
        <translation>
            <numerusform>%n applied</numerusform>
            <numerusform>%n applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already up to date</source>
        <translation>
            <numerusform>%n already up to date</numerusform>
            <numerusform>%n already up to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::BundleActions</name>
    <message numerus="yes">
        <source>Exported %n draft to %1.</source>
        <translation>
            <numerusform>Exported %n draft to %1.</numerusform>
            <numerusform>Exported %n draft to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n drafts to %1.</source>
        <translation>
            <numerusform>Exported %n drafts to %1.</numerusform>
            <numerusform>Exported %n drafts to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n draft from %1.</source>
        <translation>
            <numerusform>Imported %n draft from %1.</numerusform>
            <numerusform>Imported %n draft from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n drafts from %1.</source>
        <translation>
            <numerusform>Imported %n drafts from %1.</numerusform>
            <numerusform>Imported %n drafts from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ConfigTab</name>
    <message numerus="yes">
        <source>The signature is valid, but the token does not sign exactly this config: %n difference(s).</source>
        <translation>
            <numerusform>The signature is valid, but the token does not sign exactly this config: %n difference.</numerusform>
            <numerusform>The signature is valid, but the token does not sign exactly this config: %n differences.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::InspectTab</name>
    <message numerus="yes">
        <source>None of the %n candidates is the secret.</source>
        <translation>
            <numerusform>None of the %n candidates is the secret.</numerusform>
            <numerusform>None of the %n candidates is the secret.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::MultiLineKeyEdit</name>
    <message numerus="yes">
        <source>Hidden: %n characters on one line</source>
        <translation>
            <numerusform>Hidden: %n characters on one line</numerusform>
            <numerusform>Hidden: %n characters on one line</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hidden: %1 characters on %n lines</source>
        <translation>
            <numerusform>Hidden: %1 characters on %n lines</numerusform>
            <numerusform>Hidden: %1 characters on %n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::SecureClipboard</name>
    <message numerus="yes">
        <source>Copied. The clipboard will be cleared in %n seconds.</source>
        <translation>
            <numerusform>Copied. The clipboard will be cleared in %n seconds.</numerusform>
            <numerusform>Copied. The clipboard will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalKeys::Ui::ServiceListPanel</name>
    <message numerus="yes">
        <source>%n service</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n service</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n services</source>
        <translation>
            <numerusform>%n services</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n service</source>
        <translation>
            <numerusform>%1 of %n service</numerusform>
            <numerusform>%1 of %n service</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n services</source>
        <translation>
            <numerusform>%1 of %n services</numerusform>
            <numerusform>%1 of %n services</numerusform>
        </translation>
    </message>
</context>
</TS>
