#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace PortalKeys::OAuth {

// A PKCE pair (RFC 7636) with the S256 method, the only one PortalKeys uses.
struct Pkce {
    Q_DECLARE_TR_FUNCTIONS(Pkce)

public:
    QByteArray verifier;  // 43–128 characters of [A-Za-z0-9-._~]
    QByteArray challenge; // base64url(SHA-256(verifier)), no padding

    // A fresh verifier from 32 random bytes (OpenSSL's RAND_bytes), base64url: 43 characters.
    static Pkce generate();
    // The pair for a given verifier; `error` says why a verifier is not allowed by RFC 7636 §4.1.
    static Pkce fromVerifier(const QByteArray &verifier, QString *error = nullptr);
    static QByteArray challengeFor(const QByteArray &verifier);
    // A random value for the OAuth "state" parameter (base64url of 16 random bytes).
    static QByteArray randomState();
};

} // namespace PortalKeys::OAuth
