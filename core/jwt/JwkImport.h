#pragma once

#include "jwt/Key.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace PortalKeys::Jwt {

// JWK (RFC 7517, 7518 §6, 8037 §2) to EVP_PKEY through OSSL_PARAM_BLD + EVP_PKEY_fromdata.
class JwkImport {
    Q_DECLARE_TR_FUNCTIONS(JwkImport)

public:
    static Key::LoadResult importKey(const QJsonObject &jwk);
    // The entry of a JWK Set to use: the one with `kid`, or the only one.
    struct Selection {
        QJsonObject jwk;
        QString error;
    };
    static Selection select(const QJsonArray &keys, const QString &kid);
};

} // namespace PortalKeys::Jwt
