#include "catalog/KeyValidator.h"

#include "catalog/PrivateKeyPem.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace PortalKeys::Catalog {

namespace {

using Severity = Issue::Severity;

// Collects the issues of one key; `label` is how the message names the field.
class Findings {
public:
    explicit Findings(const KeyDefinition &key)
        : m_key(key)
    {}

    void add(Severity severity, const char *code, const QString &message)
    {
        m_issues.append(Issue{m_key.name, severity, QLatin1String(code), message});
    }
    QList<Issue> take() { return std::move(m_issues); }

private:
    const KeyDefinition &m_key;
    QList<Issue> m_issues;
};

bool fullMatch(const QString &pattern, const QString &text)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch();
}

const char *const hostPattern =
    "[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*";

void checkType(const KeyDefinition &key, const QString &value, Findings &findings)
{
    const QString &label = key.label;
    switch (key.type) {
    case KeyDefinition::Type::Select:
        if (!key.options.contains(value))
            findings.add(Severity::Error, "not-an-option",
                         KeyValidator::tr("\"%1\" must be one of %2; pick one of them.")
                             .arg(label, key.options.join(QLatin1String(", "))));
        break;
    case KeyDefinition::Type::Toggle:
        if (value.compare(QLatin1String("true"), Qt::CaseInsensitive) != 0 &&
            value.compare(QLatin1String("false"), Qt::CaseInsensitive) != 0)
            findings.add(Severity::Error, "not-a-toggle",
                         KeyValidator::tr("\"%1\" is a switch; set it to true or false.").arg(label));
        break;
    case KeyDefinition::Type::Number:
        if (key.format == KeyDefinition::Format::None && !fullMatch(QStringLiteral("\\d+"), value))
            findings.add(Severity::Error, "not-a-number",
                         KeyValidator::tr("\"%1\" must be a whole number; enter digits only.").arg(label));
        break;
    case KeyDefinition::Type::Text:
    case KeyDefinition::Type::Password:
        break;
    }
}

void checkPrivateKey(const KeyDefinition &key, const QString &value, Findings &findings)
{
    const QString &label = key.label;
    const PrivateKeyPem pem = PrivateKeyPem::inspect(value);
    switch (pem.status) {
    case PrivateKeyPem::Status::NoPem:
        findings.add(
            Severity::Error, "format",
            KeyValidator::tr("\"%1\" must be the whole .p8 file, from the -----BEGIN PRIVATE KEY----- line "
                             "to the -----END PRIVATE KEY----- line; paste the file's content again.")
                .arg(label));
        return;
    case PrivateKeyPem::Status::Encrypted:
        findings.add(
            Severity::Error, "format",
            KeyValidator::tr("\"%1\" is protected with a password that the portal cannot enter; paste "
                             "the unencrypted .p8 file that Apple Developer gave you.")
                .arg(label));
        return;
    case PrivateKeyPem::Status::OtherBlock:
        findings.add(
            Severity::Error, "format",
            KeyValidator::tr("\"%1\" holds a %2 block instead of the PRIVATE KEY block of a .p8 file; "
                             "paste the key file downloaded from the Keys section of Apple Developer.")
                .arg(label, pem.blockLabel));
        return;
    case PrivateKeyPem::Status::Truncated:
        findings.add(
            Severity::Error, "format",
            KeyValidator::tr("\"%1\" stops before the -----END PRIVATE KEY----- line; paste the whole "
                             ".p8 file again.")
                .arg(label));
        return;
    case PrivateKeyPem::Status::Damaged:
        findings.add(
            Severity::Error, "format",
            KeyValidator::tr("\"%1\" is not a readable private key, so part of it was probably lost or "
                             "changed; paste the .p8 file again without editing it.")
                .arg(label));
        return;
    case PrivateKeyPem::Status::Readable:
        break;
    }
    if (pem.lineBreaksLost)
        findings.add(
            Severity::Warning, "pem-line-breaks",
            KeyValidator::tr("\"%1\" has lost the line breaks of the .p8 file; paste the file's content "
                             "again with its lines as they are.")
                .arg(label));
    // Sign in with Apple signs its client secrets with ES256, which needs a P-256 key.
    if (!pem.isP256())
        findings.add(
            Severity::Warning, "pem-key-type",
            KeyValidator::tr("\"%1\" is not a P-256 elliptic-curve key, which Sign in with Apple needs; "
                             "check that you took the key from the Keys section of Apple Developer.")
                .arg(label));
}

void checkServiceAccount(const KeyDefinition &key, const QString &value, Findings &findings)
{
    const QString &label = key.label;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(value.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        // Qt's parse message and the offset describe the syntax only, never the content.
        findings.add(
            Severity::Error, "format",
            KeyValidator::tr("\"%1\" is not a complete JSON file (%2 at character %3); paste the whole "
                             "key file again, from the first { to the last }.")
                .arg(label, parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                         : KeyValidator::tr("no JSON object"))
                .arg(parseError.offset));
        return;
    }
    const QJsonObject json = document.object();
    const QString type = json.value(QLatin1String("type")).toString();
    if (type != QLatin1String("service_account")) {
        findings.add(
            Severity::Error, "format",
            type == QLatin1String("authorized_user")
                ? KeyValidator::tr("\"%1\" holds a user's credentials, not a service-account key; create "
                                   "a JSON key for a service account in the Google Cloud console.")
                      .arg(label)
                : KeyValidator::tr("\"%1\" is not a service-account key (its type is not "
                                   "service_account); create a JSON key for a service account in the "
                                   "Google Cloud console.")
                      .arg(label));
        return;
    }
    QStringList missing;
    for (const char *member :
         {"project_id", "private_key_id", "private_key", "client_email", "client_id", "token_uri"}) {
        if (json.value(QLatin1String(member)).toString().trimmed().isEmpty())
            missing.append(QLatin1String(member));
    }
    if (!missing.isEmpty()) {
        findings.add(
            Severity::Error, "format",
            KeyValidator::tr("\"%1\" lacks %2; download a new JSON key for the service account rather "
                             "than editing the file.")
                .arg(label, missing.join(QLatin1String(", "))));
        return;
    }
    if (PrivateKeyPem::inspect(json.value(QLatin1String("private_key")).toString()).status !=
        PrivateKeyPem::Status::Readable)
        findings.add(
            Severity::Error, "format",
            KeyValidator::tr("The private_key inside \"%1\" cannot be read; download a new JSON key for "
                             "the service account rather than editing the file.")
                .arg(label));
}

void checkDocuSignHost(const KeyDefinition &key, const QString &value, Findings &findings)
{
    const QString &label = key.label;
    QString host = value;
    bool refused = false;
    if (value.contains(QLatin1String("://"))) {
        host = QUrl(value).host();
        refused = true;
    } else if (value.contains(QLatin1Char('/'))) {
        host = value.left(value.indexOf(QLatin1Char('/')));
        refused = true;
    }
    const bool hostLooksRight = fullMatch(QLatin1String(hostPattern), host);
    if (refused && hostLooksRight) {
        // The portal puts "https://" and the path in front of and after this value itself.
        findings.add(
            Severity::Error, "docusign-host",
            KeyValidator::tr("\"%1\" must be a host name only; enter %2, without https:// or a path.")
                .arg(label, host));
        return;
    }
    if (!hostLooksRight) {
        findings.add(Severity::Error, "docusign-host",
                     KeyValidator::tr("\"%1\" must be a host name such as account-d.docusign.com; enter the "
                                      "DocuSign authentication host without anything around it.")
                         .arg(label));
        return;
    }
    const QString lower = host.toLower();
    if (lower != QLatin1String("account-d.docusign.com") && lower != QLatin1String("account.docusign.com"))
        findings.add(Severity::Warning, "docusign-host",
                     KeyValidator::tr("\"%1\" is usually account-d.docusign.com (developer sandbox) or "
                                      "account.docusign.com (production); check that this host is the one "
                                      "DocuSign gave you.")
                         .arg(label));
}

void checkUrl(const KeyDefinition &key, const QString &value, Findings &findings)
{
    const QString &label = key.label;
    const QUrl url(value, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        findings.add(Severity::Error, "format",
                     KeyValidator::tr("\"%1\" must be a full web address such as https://cloud.example.com; "
                                      "copy it from the browser's address bar.")
                         .arg(label));
        return;
    }
    if (!url.userInfo().isEmpty()) {
        findings.add(
            Severity::Error, "url-credentials",
            KeyValidator::tr("\"%1\" must not contain a user name or password; remove the part before "
                             "the @ sign.")
                .arg(label));
        return;
    }
    if (scheme == QLatin1String("http"))
        findings.add(Severity::Warning, "url-not-https",
                     KeyValidator::tr("\"%1\" starts with http://, so sign-ins travel unencrypted; use the "
                                      "server's https:// address if it has one.")
                         .arg(label));
}

// DocSpace opens `<its external-database storage folder>/<value>` and refuses any value whose full path lies
// outside that folder (ExternalDatabaseProvider.ValidateSqlitePath). The server's directory separator is
// unknown here (\ is one on Windows only), so both count, and a bare file name is the only safe value.
void checkSqliteFileName(const KeyDefinition &key, const QString &value, Findings &findings)
{
    const QString &label = key.label;
    static const QRegularExpression separator(QStringLiteral("[/\\\\]"));
    const QStringList parts = value.split(separator);
    const bool absolute = value.startsWith(QLatin1Char('/')) || value.startsWith(QLatin1Char('\\')) ||
                          fullMatch(QStringLiteral("[A-Za-z]:.*"), value);
    if (absolute || parts.contains(QStringLiteral(".."))) {
        findings.add(
            Severity::Error, "sqlite-outside-folder",
            KeyValidator::tr("\"%1\" leads out of the portal's own storage folder for external "
                             "databases, and the portal refuses such a path; enter only the name of a "
                             "file in that folder, such as forms.db.")
                .arg(label));
    } else if (parts.size() > 1) {
        findings.add(Severity::Error, "sqlite-subfolder",
                     KeyValidator::tr("\"%1\" must be a file name without / or \\; put the database file "
                                      "directly into the portal's own storage folder for external databases "
                                      "and enter only its name, such as forms.db.")
                         .arg(label));
    } else if (value == QLatin1String(".")) {
        findings.add(Severity::Error, "sqlite-not-a-file",
                     KeyValidator::tr("\"%1\" names the storage folder itself, not a file; enter the name of "
                                      "the database file, such as forms.db.")
                         .arg(label));
    }
}

void checkGuid(const KeyDefinition &key, const QString &value, Findings &findings)
{
    const QString &label = key.label;
    const QString guid = QStringLiteral("[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-"
                                        "[0-9A-Fa-f]{12}");
    if (fullMatch(QLatin1Char('{') + guid + QLatin1Char('}'), value))
        findings.add(Severity::Error, "format",
                     KeyValidator::tr("\"%1\" must be the ID without the curly braces around it; remove the "
                                      "braces.")
                         .arg(label));
    else if (!fullMatch(guid, value))
        findings.add(Severity::Error, "format",
                     KeyValidator::tr("\"%1\" must be an ID of the form 1a2b3c4d-0000-1111-2222-333344445555 "
                                      "(32 hexadecimal digits in five groups); copy it from the provider's "
                                      "console again.")
                         .arg(label));
}

void checkTwilioSid(const KeyDefinition &key, const QString &value, Findings &findings)
{
    const QString &label = key.label;
    if (!fullMatch(QStringLiteral("AC[0-9A-Fa-f]{32}"), value))
        findings.add(
            Severity::Error, "format",
            value.startsWith(QLatin1String("SK"))
                ? KeyValidator::tr("\"%1\" holds an API key SID; enter the Account SID instead, which "
                                   "starts with AC and is shown in the Twilio Console's Account Info.")
                      .arg(label)
                : KeyValidator::tr("\"%1\" must be AC followed by 32 hexadecimal digits (34 characters "
                                   "in all); copy the Account SID from the Twilio Console again.")
                      .arg(label));
}

void checkAwsAccessKey(const KeyDefinition &key, const QString &value, Findings &findings)
{
    const QString &label = key.label;
    if (!fullMatch(QStringLiteral("\\w{16,128}"), value)) {
        findings.add(Severity::Error, "format",
                     KeyValidator::tr("\"%1\" must be 16 to 128 letters, digits or underscores; copy the "
                                      "access key ID again, not the secret access key.")
                         .arg(label));
    } else if (value.startsWith(QLatin1String("ASIA"))) {
        findings.add(Severity::Info, "aws-temporary-key",
                     KeyValidator::tr("\"%1\" is a temporary AWS key (ASIA…) that stops working when its "
                                      "session ends; for lasting access use an IAM user's access key "
                                      "(AKIA…).")
                         .arg(label));
    } else if (!value.startsWith(QLatin1String("AKIA"))) {
        findings.add(Severity::Info, "aws-not-iam-key",
                     KeyValidator::tr("\"%1\" does not look like an AWS access key ID (AKIA…), which is fine "
                                      "for S3-compatible storage; otherwise check that you copied the right "
                                      "value.")
                         .arg(label));
    }
}

void checkAppleId10(const KeyDefinition &key, const QString &value, Findings &findings)
{
    const QString &label = key.label;
    if (value.size() != 10)
        findings.add(Severity::Error, "format",
                     KeyValidator::tr("\"%1\" must be exactly 10 characters long, not %2; copy it again from "
                                      "Apple Developer.")
                         .arg(label)
                         .arg(value.size()));
    else if (!fullMatch(QStringLiteral("[A-Z0-9]{10}"), value))
        findings.add(Severity::Error, "format",
                     KeyValidator::tr("\"%1\" may hold only capital letters and digits; copy it again from "
                                      "Apple Developer.")
                         .arg(label));
}

void checkFormat(const KeyDefinition &key, const QString &value, Findings &findings)
{
    const QString &label = key.label;
    switch (key.format) {
    case KeyDefinition::Format::None:
        return;
    case KeyDefinition::Format::Guid:
        checkGuid(key, value, findings);
        return;
    case KeyDefinition::Format::TwilioAccountSid:
        checkTwilioSid(key, value, findings);
        return;
    case KeyDefinition::Format::AwsAccessKeyId:
        checkAwsAccessKey(key, value, findings);
        return;
    case KeyDefinition::Format::AppleId10:
        checkAppleId10(key, value, findings);
        return;
    case KeyDefinition::Format::PemPrivateKey:
        checkPrivateKey(key, value, findings);
        return;
    case KeyDefinition::Format::GoogleServiceAccountJson:
        checkServiceAccount(key, value, findings);
        return;
    case KeyDefinition::Format::TelegramBotToken:
        if (!fullMatch(QStringLiteral("\\d+:[A-Za-z0-9_-]+"), value))
            findings.add(
                Severity::Error, "format",
                KeyValidator::tr("\"%1\" must look like 123456789:AAE…, digits, a colon and then letters, "
                                 "digits, - or _; copy the token from BotFather again.")
                    .arg(label));
        return;
    case KeyDefinition::Format::GoogleClientId:
        // Google documents no format, but every client ID it issues has this ending.
        if (!value.endsWith(QLatin1String(".apps.googleusercontent.com")))
            findings.add(
                Severity::Warning, "google-client-id",
                KeyValidator::tr("\"%1\" does not end in .apps.googleusercontent.com as Google's OAuth "
                                 "client IDs do; check that you copied the Client ID and not another "
                                 "value.")
                    .arg(label));
        return;
    case KeyDefinition::Format::DocuSignHost:
        checkDocuSignHost(key, value, findings);
        return;
    case KeyDefinition::Format::HttpsUrl:
        checkUrl(key, value, findings);
        return;
    case KeyDefinition::Format::TcpPort: {
        bool isNumber = false;
        const int port = value.toInt(&isNumber);
        if (!isNumber || !fullMatch(QStringLiteral("\\d+"), value) || port < 1 || port > 65535)
            findings.add(
                Severity::Error, "format",
                KeyValidator::tr("\"%1\" must be a port number from 1 to 65535, such as 3306 for MySQL.")
                    .arg(label));
        return;
    }
    case KeyDefinition::Format::SmscPassword:
        // The label asks for the hash in lower case; an upper-case hash would be taken for a password.
        if (fullMatch(QStringLiteral("[0-9A-F]{32}"), value) &&
            value.contains(QRegularExpression(QStringLiteral("[A-F]"))))
            findings.add(Severity::Warning, "smsc-md5-case",
                         KeyValidator::tr("\"%1\" looks like an MD5 hash in capital letters, but the portal "
                                          "expects the hash in lower case; convert it to lower case.")
                             .arg(label));
        return;
    case KeyDefinition::Format::SqliteFileName:
        checkSqliteFileName(key, value, findings);
        return;
    }
}

} // namespace

QList<Issue> KeyValidator::validate(const KeyDefinition &key, const QString &value, Product product)
{
    Findings findings(key);
    if (value.isEmpty())
        return findings.take();
    const QString &label = key.label;
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        findings.add(Severity::Error, "blank",
                     tr("\"%1\" holds only spaces or line breaks; clear it or enter the key.").arg(label));
        return findings.take();
    }
    // PEM and JSON are multi-line by nature, and the spaces around them do not change what they mean.
    if (!key.multiLine) {
        if (trimmed.size() != value.size())
            findings.add(
                Severity::Error, "surrounding-space",
                tr("\"%1\" starts or ends with spaces or line breaks; remove the spaces, or the portal "
                   "stores them as part of the key.")
                    .arg(label));
        if (trimmed.contains(QLatin1Char('\n')) || trimmed.contains(QLatin1Char('\r')))
            findings.add(Severity::Error, "line-break",
                         tr("\"%1\" must be a single line; remove the line breaks that came with the paste.")
                             .arg(label));
    }

    if (value.size() > ServerMaxLength)
        findings.add(
            Severity::Error, "too-long",
            tr("\"%1\" is %2 characters long, more than the %3 the portal stores; check that you copied "
               "only the key.")
                .arg(label)
                .arg(value.size())
                .arg(ServerMaxLength));
    else if (product == Product::DocSpace && value.size() > FormMaxLength &&
             key.name != QLatin1String("json"))
        // PortalKeys saves through the API, which takes it; the portal's own page would refuse to save it
        // again.
        findings.add(
            Severity::Warning, "too-long-for-page",
            tr("\"%1\" is %2 characters long, more than the %3 the portal's settings page accepts; it "
               "can be saved from here, but not edited on that page.")
                .arg(label)
                .arg(value.size())
                .arg(FormMaxLength));

    checkType(key, trimmed, findings);
    checkFormat(key, trimmed, findings);

    QList<Issue> issues = findings.take();
    // Belt and braces: no message above quotes a value, but a secret must never reach a dialog or a log even
    // if one is added carelessly later.
    if (key.masked && trimmed.size() >= 4) {
        for (Issue &issue : issues) {
            if (issue.message.contains(trimmed))
                issue.message.replace(trimmed, QStringLiteral("\u2022\u2022\u2022"));
        }
    }
    return issues;
}

} // namespace PortalKeys::Catalog
