#include "jwt/DocumentServer.h"

#include "jwt/JsonText.h"
#include "jwt/Signer.h"
#include "jwt/Token.h"
#include "jwt/Verifier.h"

#include <QRegularExpression>

namespace PortalKeys::Jwt {

namespace {

const QString tokenMember = QStringLiteral("token");

// "document.permissions.edit"; a member name that is no plain identifier is quoted: document["a.b"].
QString childPath(const QString &parent, const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_$][A-Za-z0-9_$]*$"));
    if (!plain.match(name).hasMatch()) {
        QString quoted = name;
        quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('"'), QStringLiteral("\\\""));
        return parent + QStringLiteral("[\"") + quoted + QStringLiteral("\"]");
    }
    return parent.isEmpty() ? name : parent + QLatin1Char('.') + name;
}

using Difference = DocumentServer::Difference;

// Objects are compared member by member; everything else, arrays included, as whole values: an array is
// one parameter to Document Server, and a shifted element would otherwise show up as many differences.
void compare(const QString &path, const QJsonObject &config, const QJsonObject &signedPayload,
             QList<Difference> &out)
{
    QStringList names = config.keys() + signedPayload.keys();
    names.sort();
    names.removeDuplicates();
    for (const QString &name : std::as_const(names)) {
        const QString memberPath = childPath(path, name);
        const auto inConfig = config.constFind(name);
        const auto inToken = signedPayload.constFind(name);
        if (inToken == signedPayload.constEnd()) {
            out.append(
                {Difference::Kind::MissingFromToken, memberPath, JsonText::compact(inConfig.value()), {}});
        } else if (inConfig == config.constEnd()) {
            out.append({Difference::Kind::ExtraInToken, memberPath, {}, JsonText::compact(inToken.value())});
        } else if (inConfig.value().isObject() && inToken.value().isObject()) {
            compare(memberPath, inConfig.value().toObject(), inToken.value().toObject(), out);
        } else if (inConfig.value() != inToken.value()) {
            out.append({Difference::Kind::Changed, memberPath, JsonText::compact(inConfig.value()),
                        JsonText::compact(inToken.value())});
        }
    }
}

QJsonObject openFilePayload()
{
    const QJsonObject permissions{{QStringLiteral("comment"), true},
                                  {QStringLiteral("download"), true},
                                  {QStringLiteral("edit"), true},
                                  {QStringLiteral("print"), true},
                                  {QStringLiteral("review"), false}};
    const QJsonObject document{
        {QStringLiteral("fileType"), QStringLiteral("docx")},
        {QStringLiteral("key"), QStringLiteral("qr-2024-05-01-v3")},
        {QStringLiteral("permissions"), permissions},
        {QStringLiteral("title"), QStringLiteral("Quarterly report.docx")},
        {QStringLiteral("url"), QStringLiteral("https://example.com/files/quarterly-report.docx")}};
    const QJsonObject user{{QStringLiteral("id"), QStringLiteral("u-1024")},
                           {QStringLiteral("name"), QStringLiteral("Alex Example")}};
    const QJsonObject editorConfig{
        {QStringLiteral("callbackUrl"),
         QStringLiteral("https://example.com/onlyoffice/track?file=quarterly-report.docx")},
        {QStringLiteral("lang"), QStringLiteral("en")},
        {QStringLiteral("mode"), QStringLiteral("edit")},
        {QStringLiteral("user"), user}};
    return {{QStringLiteral("document"), document},
            {QStringLiteral("documentType"), QStringLiteral("word")},
            {QStringLiteral("editorConfig"), editorConfig}};
}

QJsonObject setHistoryDataPayload()
{
    const QJsonObject previous{
        {QStringLiteral("key"), QStringLiteral("qr-2024-04-30-v1")},
        {QStringLiteral("url"),
         QStringLiteral("https://example.com/history/quarterly-report/1/quarterly-report.docx")}};
    return {{QStringLiteral("changesUrl"),
             QStringLiteral("https://example.com/history/quarterly-report/2/changes.zip")},
            {QStringLiteral("key"), QStringLiteral("qr-2024-05-01-v2")},
            {QStringLiteral("previous"), previous},
            {QStringLiteral("url"),
             QStringLiteral("https://example.com/history/quarterly-report/2/quarterly-report.docx")},
            {QStringLiteral("version"), 2}};
}

QJsonObject fileTypeAndUrl(const QString &fileType, const QString &url)
{
    return {{QStringLiteral("fileType"), fileType}, {QStringLiteral("url"), url}};
}

} // namespace

QList<DocumentServer::Template> DocumentServer::templates()
{
    return {Template::OpenFile, Template::InsertImage, Template::SetHistoryData,
            Template::SetMailMergeRecipients, Template::SetRevisedFile};
}

QString DocumentServer::templateName(Template t)
{
    switch (t) {
    case Template::OpenFile:
        return QStringLiteral("config");
    case Template::InsertImage:
        return QStringLiteral("insertImage");
    case Template::SetHistoryData:
        return QStringLiteral("setHistoryData");
    case Template::SetMailMergeRecipients:
        return QStringLiteral("setMailMergeRecipients");
    case Template::SetRevisedFile:
        return QStringLiteral("setRevisedFile");
    }
    return {};
}

std::optional<DocumentServer::Template> DocumentServer::templateFromName(const QString &name)
{
    const QList<Template> all = templates();
    for (Template t : all)
        if (templateName(t) == name)
            return t;
    return std::nullopt;
}

QString DocumentServer::templateTitle(Template t)
{
    switch (t) {
    case Template::OpenFile:
        return tr("Open a file (editor config)");
    case Template::InsertImage:
        return tr("Insert an image (insertImage)");
    case Template::SetHistoryData:
        return tr("Show a version from the history (setHistoryData)");
    case Template::SetMailMergeRecipients:
        return tr("Recipients for mail merge (setMailMergeRecipients)");
    case Template::SetRevisedFile:
        return tr("Compare with a document (setRevisedFile)");
    }
    return {};
}

QJsonObject DocumentServer::templatePayload(Template t)
{
    switch (t) {
    case Template::OpenFile:
        return openFilePayload();
    case Template::InsertImage:
        return fileTypeAndUrl(QStringLiteral("png"),
                              QStringLiteral("https://example.com/images/sales-chart.png"));
    case Template::SetHistoryData:
        return setHistoryDataPayload();
    case Template::SetMailMergeRecipients:
        return fileTypeAndUrl(QStringLiteral("xlsx"),
                              QStringLiteral("https://example.com/files/recipients.xlsx"));
    case Template::SetRevisedFile:
        return fileTypeAndUrl(QStringLiteral("docx"),
                              QStringLiteral("https://example.com/files/quarterly-report-revised.docx"));
    }
    return {};
}

DocumentServer::SignedConfig DocumentServer::signConfig(const QJsonObject &config, const Key &key)
{
    SignedConfig result;
    if (key.isNull() || !key.isHmacSecret()) {
        result.error = tr("Document Server tokens are signed with its HMAC secret; %1 cannot sign them.")
                           .arg(key.isNull() ? tr("no key") : key.description());
        return result;
    }
    QJsonObject payload = config;
    payload.remove(tokenMember); // a token never signs an earlier token
    const SignResult signedPayload = Signer::sign(payload, Algorithm::HS256, key);
    if (!signedPayload.ok()) {
        result.error = signedPayload.error;
        return result;
    }
    result.token = signedPayload.token;
    result.config = payload;
    result.config.insert(tokenMember, result.token);
    return result;
}

DocumentServer::ConfigCheck DocumentServer::checkConfig(const QJsonObject &config, const Key &key)
{
    ConfigCheck check;
    const auto tokenIt = config.constFind(tokenMember);
    if (tokenIt == config.constEnd()) {
        check.error = tr("The config has no \"token\" member.");
        return check;
    }
    check.tokenPresent = true;
    if (!tokenIt.value().isString()) {
        check.error = tr("The \"token\" member is not a string.");
        return check;
    }
    const Token::ParseResult parsed = Token::parse(tokenIt.value().toString());
    if (!parsed.ok()) {
        check.error = parsed.error;
        return check;
    }
    const Token &token = *parsed.token;

    QStringList errors;
    const bool canVerify = !key.isNull() && key.isHmacSecret();
    if (!canVerify) {
        errors << tr("Document Server tokens are checked with its HMAC secret; %1 cannot check them.")
                      .arg(key.isNull() ? tr("no key") : key.description());
    } else {
        VerifyOptions options;
        options.allowedAlgorithms = {Algorithm::HS256, Algorithm::HS384, Algorithm::HS512};
        options.checkTime = true;
        const VerifyResult verified = Verifier::verify(token, key, options);
        check.signatureValid = verified.signatureValid;
        errors << verified.errors;
    }

    // The differences are worth listing even when the signature fails: they often explain why.
    if (token.payloadKind() == Token::PayloadKind::JsonObject) {
        QJsonObject unsignedConfig = config;
        unsignedConfig.remove(tokenMember);
        compare({}, unsignedConfig, token.payloadObject(), check.differences);
    } else if (!canVerify) {
        // Otherwise the verifier has said so already (JwtForm).
        errors << tr("The token's payload is not a JSON object, so it cannot stand for the config.");
    }
    check.error = errors.join(QLatin1Char(' '));
    return check;
}

} // namespace PortalKeys::Jwt
