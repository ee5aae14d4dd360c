#pragma once

#include "jwt/Key.h"
#include "jwt/Verifier.h"
#include "jwt/Warning.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

#include <array>

namespace PortalKeys::Jwt {

struct BatchVerdict;

// The verdict on the token a batch is mostly made of — an HMAC-signed JWT whose header holds "alg" (and
// "typ"), whose claims are flat (FlatJson), whose signature is right and whose times are current — reached
// on the line's bytes, without a Token, UTF-16 copies or QJsonObjects; an expired, not yet valid or
// exp-less token of that shape too, with the time rules' own sentences (Claims::checkTimes,
// Verifier::timeWarnings). Every other line (another shape, a wrong signature, a header member with rules of
// its own) is declined, and the full Verifier decides it with its reasons. What it accepts, Verifier::verify
// accepts with the same algorithm, exp and warnings: tst_batchfastpath and the fuzz_token harness compare
// both.
class BatchFastPath {
public:
    BatchFastPath(const Key &key, const VerifyOptions &options, const QList<Warning> &keyWarnings,
                  bool strict);

    // True when the line (without its line break) was decided: then `verdict` holds everything but the
    // line number. False leaves `verdict` untouched.
    bool verify(QByteArrayView line, BatchVerdict &verdict) const;

private:
    struct Entry {
        bool usable = false;
        Algorithm algorithm = Algorithm::HS256;
        QByteArray name;
        QString displayName;
        QList<Warning> warnings; // what Verifier::verify and the batch add to a valid token's verdict
    };
    struct Times {
        bool hasExp = false;
        bool hasNbf = false;
        qint64 exp = 0;
        qint64 nbf = 0;
    };
    const Entry *headerEntry(QByteArrayView segment) const;
    bool readClaims(QByteArrayView payload, Times &times) const;
    void judgeTimes(const Times &times, BatchVerdict &verdict) const;

    std::array<Entry, 3> m_entries; // HS256, HS384, HS512
    QByteArray m_secret;
    QDateTime m_now;
    qint64 m_leewaySeconds = 0;
    double m_nowMs = 0;
    double m_leewayMs = 0;
    bool m_checkTime = true;
    bool m_collectWarnings = true;
    quint64 m_id = 0; // tells apart the instances whose decoded headers a thread remembers
};

} // namespace PortalKeys::Jwt
