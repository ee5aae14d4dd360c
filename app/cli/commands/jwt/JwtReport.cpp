#include "commands/jwt/JwtReport.h"

#include "Console.h"

#include "jwt/Claims.h"

#include <QJsonDocument>

namespace PortalKeys::Cli {

namespace {

QJsonValue payloadValue(const Jwt::Token &token)
{
    switch (token.payloadKind()) {
    case Jwt::Token::PayloadKind::JsonObject:
    case Jwt::Token::PayloadKind::JsonOther:
        return token.payloadJson();
    case Jwt::Token::PayloadKind::Text:
    case Jwt::Token::PayloadKind::Binary:
        break;
    }
    return token.payloadDisplayText();
}

QString indentedJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace

QJsonArray JwtReport::warningsJson(const QList<Jwt::Warning> &warnings)
{
    QJsonArray array;
    for (const Jwt::Warning &warning : warnings) {
        array.append(QJsonObject{{QStringLiteral("code"), warning.code},
                                 {QStringLiteral("severity"), Jwt::severityName(warning.severity)},
                                 {QStringLiteral("message"), warning.message},
                                 {QStringLiteral("explanation"), warning.explanation}});
    }
    return array;
}

QJsonObject JwtReport::tokenJson(const Jwt::Token &token, const QDateTime &now,
                                 const QList<Jwt::Warning> &warnings)
{
    QJsonArray claims;
    for (const Jwt::ClaimInfo &claim : Jwt::Claims::describe(token.payloadObject(), now)) {
        QJsonObject entry{{QStringLiteral("name"), claim.name},
                          {QStringLiteral("value"), token.payloadObject().value(claim.name)},
                          {QStringLiteral("meaning"), claim.meaning}};
        if (claim.isTime && claim.time.isValid()) {
            entry.insert(QStringLiteral("time"), claim.time.toUTC().toString(Qt::ISODate));
            entry.insert(QStringLiteral("relative"), claim.relative);
        }
        claims.append(entry);
    }
    return {{QStringLiteral("header"), token.header()},
            {QStringLiteral("payload"), payloadValue(token)},
            {QStringLiteral("signature"), token.signatureBase64Url()},
            {QStringLiteral("alg"), token.algorithmName()},
            {QStringLiteral("claims"), claims},
            {QStringLiteral("warnings"), warningsJson(warnings)}};
}

QJsonObject JwtReport::withVerdict(QJsonObject json, const Jwt::VerifyResult &result)
{
    json.insert(QStringLiteral("valid"), result.valid());
    json.insert(QStringLiteral("errors"), QJsonArray::fromStringList(result.errors));
    json.insert(QStringLiteral("warnings"), warningsJson(result.warnings));
    return json;
}

QString JwtReport::tokenText(const Jwt::Token &token, const QDateTime &now)
{
    QString text = tr("Header:") + QLatin1Char('\n') + indentedJson(token.header()) + QLatin1Char('\n');
    text += tr("Payload:") + QLatin1Char('\n') + token.payloadDisplayText().trimmed() + QLatin1Char('\n');
    text += tr("Signature: %1").arg(token.signatureBase64Url()) + QLatin1Char('\n');
    const QList<Jwt::ClaimInfo> claims = Jwt::Claims::describe(token.payloadObject(), now);
    if (!claims.isEmpty()) {
        text += tr("Claims:") + QLatin1Char('\n');
        for (const Jwt::ClaimInfo &claim : claims) {
            QString line =
                QStringLiteral("  %1  %2: %3").arg(claim.name, -4).arg(claim.meaning, claim.valueText);
            if (claim.isTime && claim.time.isValid()) {
                line += QStringLiteral(" = %1 (%2)")
                            .arg(claim.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")),
                                 claim.relative);
            }
            text += line + QLatin1Char('\n');
        }
    }
    return text;
}

void JwtReport::printWarnings(const QList<Jwt::Warning> &warnings)
{
    for (const Jwt::Warning &warning : warnings)
        Console::warning(warning.message);
}

void JwtReport::printJson(const QJsonObject &json)
{
    Console::out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)) << Qt::flush;
}

} // namespace PortalKeys::Cli
