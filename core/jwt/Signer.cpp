#include "jwt/Signer.h"

#include "jwt/Base64Url.h"
#include "jwt/JwsCrypto.h"
#include "jwt/StrictJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace PortalKeys::Jwt {

namespace {

SignResult failure(const QString &error)
{
    SignResult result;
    result.error = error;
    return result;
}

SignResult signBytes(const QByteArray &payload, Algorithm algorithm, const Key &key, const QString &kid,
                     const QJsonObject &extraHeader)
{
    const QString name = algorithmName(algorithm);
    if (key.isNull())
        return failure(Signer::tr("There is no key to sign with."));
    if (!key.allows(algorithm))
        return failure(Signer::tr("%1 cannot be used with this key (%2); it allows %3 only.")
                           .arg(name, key.description(), [&] {
                               QStringList names;
                               for (const Algorithm allowed : key.allowedAlgorithms())
                                   names.append(algorithmName(allowed));
                               return names.join(QLatin1String(", "));
                           }()));
    if (!key.hasPrivateKey())
        return failure(
            Signer::tr("Signing with %1 needs a private key; this is an %2.").arg(name, key.description()));
    if (extraHeader.contains(QLatin1String("alg")))
        return failure(
            Signer::tr("The extra header members may not set “alg”: it comes from the chosen algorithm "
                       "(%1).")
                .arg(name));
    const QJsonValue extraKid = extraHeader.value(QLatin1String("kid"));
    if (!kid.isEmpty() && !extraKid.isUndefined() && extraKid != QJsonValue(kid))
        return failure(Signer::tr("The key id is given twice with different values (“kid”)."));

    QJsonObject header = extraHeader;
    header.insert(QLatin1String("alg"), name);
    if (!header.contains(QLatin1String("typ")))
        header.insert(QLatin1String("typ"), QStringLiteral("JWT"));
    if (!kid.isEmpty())
        header.insert(QLatin1String("kid"), kid);

    const QByteArray signingInput = Base64Url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact)) +
                                    '.' + Base64Url::encode(payload);
    const JwsCrypto::Signed signature = JwsCrypto::sign(algorithm, key, signingInput);
    if (!signature.signature)
        return failure(signature.error);
    SignResult result;
    result.token = QString::fromLatin1(signingInput + '.' + Base64Url::encode(*signature.signature));
    return result;
}

} // namespace

SignResult Signer::sign(const QByteArray &payloadJson, Algorithm algorithm, const Key &key,
                        const QString &kid, const QJsonObject &extraHeader)
{
    const StrictJson::Result json = StrictJson::parse(payloadJson);
    if (!json.value)
        return failure(tr("The payload is not valid JSON: %1.").arg(json.error));
    QByteArray compact;
    if (json.value->isObject()) {
        compact = QJsonDocument(json.value->toObject()).toJson(QJsonDocument::Compact);
    } else if (json.value->isArray()) {
        compact = QJsonDocument(json.value->toArray()).toJson(QJsonDocument::Compact);
    } else {
        const QByteArray wrapped = QJsonDocument(QJsonArray{*json.value}).toJson(QJsonDocument::Compact);
        compact = wrapped.mid(1, wrapped.size() - 2);
    }
    return signBytes(compact, algorithm, key, kid, extraHeader);
}

SignResult Signer::sign(const QJsonObject &payload, Algorithm algorithm, const Key &key, const QString &kid,
                        const QJsonObject &extraHeader)
{
    return signBytes(QJsonDocument(payload).toJson(QJsonDocument::Compact), algorithm, key, kid, extraHeader);
}

} // namespace PortalKeys::Jwt
