#pragma once

#include "jwt/Algorithm.h"
#include "jwt/Key.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace PortalKeys::Jwt {

struct SignResult {
    QString token; // compact JWS when ok
    QString error;
    bool ok() const { return error.isEmpty(); }
};

class Signer {
    Q_DECLARE_TR_FUNCTIONS(Signer)

public:
    // Header: {"alg": ..., "typ": "JWT"} plus `kid` when not empty, plus `extraHeader` members (which may not
    // override "alg"). `payloadJson` must be valid JSON (strict: duplicates refused); it is signed compactly
    // serialized. ECDSA signatures are produced as fixed-length R||S.
    static SignResult sign(const QByteArray &payloadJson, Algorithm algorithm, const Key &key,
                           const QString &kid = {}, const QJsonObject &extraHeader = {});
    // The same with a payload object.
    static SignResult sign(const QJsonObject &payload, Algorithm algorithm, const Key &key,
                           const QString &kid = {}, const QJsonObject &extraHeader = {});
};

} // namespace PortalKeys::Jwt
