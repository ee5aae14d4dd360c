#pragma once

#include "jwt/Token.h"
#include "jwt/Verifier.h"
#include "jwt/Warning.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace PortalKeys::Cli {

// How decoded and verified tokens are shown: readable text for people, JSON (--json) for scripts.
class JwtReport {
    Q_DECLARE_TR_FUNCTIONS(JwtReport)

public:
    // header, payload, signature, alg, claims (with ISO times), warnings
    static QJsonObject tokenJson(const Jwt::Token &token, const QDateTime &now,
                                 const QList<Jwt::Warning> &warnings);
    static QJsonObject withVerdict(QJsonObject json, const Jwt::VerifyResult &result);
    static QJsonArray warningsJson(const QList<Jwt::Warning> &warnings);
    static QString tokenText(const Jwt::Token &token, const QDateTime &now);
    // One "portalkeys-cli: warning: ..." line each, on stderr.
    static void printWarnings(const QList<Jwt::Warning> &warnings);
    static void printJson(const QJsonObject &json);
};

} // namespace PortalKeys::Cli
