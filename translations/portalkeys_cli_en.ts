<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiKeyListCommand</name>
    <message numerus="yes">
        <source>No API key on %1 expires within %n day(s).</source>
        <translation>
            <numerusform>No API key on %1 expires within %n day.</numerusform>
            <numerusform>No API key on %1 expires within %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleApplyCommand</name>
    <message numerus="yes">
        <source>%n of %1 refused.</source>
        <translation>
            <numerusform>%n of %1 refused.</numerusform>
            <numerusform>%n of %1 refused.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleExportCommand</name>
    <message numerus="yes">
        <source>Exported %n draft to %1: %2</source>
        <translation>
            <numerusform>Exported %n draft to %1: %2</numerusform>
            <numerusform>Exported %n draft to %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n drafts to %1: %2</source>
        <translation>
            <numerusform>Exported %n drafts to %1: %2</numerusform>
            <numerusform>Exported %n drafts to %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleImportCommand</name>
    <message numerus="yes">
        <source>Imported %n draft from %1:</source>
        <translation>
            <numerusform>Imported %n draft from %1:</numerusform>
            <numerusform>Imported %n draft from %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n drafts from %1:</source>
        <translation>
            <numerusform>Imported %n drafts from %1:</numerusform>
            <numerusform>Imported %n drafts from %1:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JwtWeakSecretCommand</name>
    <message numerus="yes">
        <source>None of the %n candidates is the secret.</source>
        <translation>
            <numerusform>None of the %n candidates is the secret.</numerusform>
            <numerusform>None of the %n candidates is the secret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found the secret after %n candidates: the empty secret</source>
        <translation>
            <numerusform>Found the secret after %n candidates: the empty secret</numerusform>
            <numerusform>Found the secret after %n candidates: the empty secret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found the secret after %n candidates: %1</source>
        <translation>
            <numerusform>Found the secret after %n candidates: %1</numerusform>
            <numerusform>Found the secret after %n candidates: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OAuthAppCreateCommand</name>
    <message numerus="yes">
        <source>“%1” is not a valid OAuth app: %n error(s); nothing was sent.</source>
        <translation>
            <numerusform>“%1” is not a valid OAuth app: %n error; nothing was sent.</numerusform>
            <numerusform>“%1” is not a valid OAuth app: %n errors; nothing was sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OAuthAppListCommand</name>
    <message numerus="yes">
        <source>the portal kept sending pages; only the first %n apps are listed.</source>
        <translation>
            <numerusform>the portal kept sending pages; only the first %n apps are listed.</numerusform>
            <numerusform>the portal kept sending pages; only the first %n apps are listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OAuthAppUpdateCommand</name>
    <message numerus="yes">
        <source>“%1” has %n error(s); nothing was sent.</source>
        <translation>
            <numerusform>“%1” has %n error; nothing was sent.</numerusform>
            <numerusform>“%1” has %n errors; nothing was sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OAuthAppValidateCommand</name>
    <message numerus="yes">
        <source>“%1” is not a valid OAuth app: %n error(s).</source>
        <translation>
            <numerusform>“%1” is not a valid OAuth app: %n error.</numerusform>
            <numerusform>“%1” is not a valid OAuth app: %n errors.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServicesCatalogCommand</name>
    <message numerus="yes">
        <source>%1 %2: %n service</source>
        <translation>
            <numerusform>%1 %2: %n service</numerusform>
            <numerusform>%1 %2: %n service</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n services</source>
        <translation>
            <numerusform>%1 %2: %n services</numerusform>
            <numerusform>%1 %2: %n services</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServicesListCommand</name>
    <message numerus="yes">
        <source>%1: %n service</source>
        <translation>
            <numerusform>%1: %n service</numerusform>
            <numerusform>%1: %n service</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n services</source>
        <translation>
            <numerusform>%1: %n services</numerusform>
            <numerusform>%1: %n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on</source>
        <translation>
            <numerusform>%n on</numerusform>
            <numerusform>%n on</numerusform>
        </translation>
    </message>
</context>
</TS>
