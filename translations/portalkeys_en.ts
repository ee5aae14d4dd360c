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
    <name>PortalKeys::Ui::ApplyDialog</name>
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
    <name>PortalKeys::Ui::OAuthAppsPage</name>
    <message numerus="yes">
        <source>%n apps shown; the portal has more.</source>
        <translation>
            <numerusform>%n apps shown; the portal has more.</numerusform>
            <numerusform>%n apps shown; the portal has more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading all apps… %n so far</source>
        <translation>
            <numerusform>Loading all apps… %n so far</numerusform>
            <numerusform>Loading all apps… %n so far</numerusform>
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
    <name>PortalKeys::Ui::ThirdPartyPage</name>
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
