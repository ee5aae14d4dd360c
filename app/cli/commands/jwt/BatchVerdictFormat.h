#pragma once

#include "jwt/BatchVerifier.h"

#include <QByteArray>
#include <QCoreApplication>

namespace PortalKeys::Cli {

// The output line of one batch verdict, as text ("12: valid (HS256)") or as a JSON Lines object. Made on
// the worker threads: a valid verdict is written straight from sentences translated once, everything else
// through QString and QJsonDocument (verdictText, verdictJson), which the quick lines match byte for byte.
class BatchVerdictFormat {
    Q_DECLARE_TR_FUNCTIONS(JwtBatchVerify)

public:
    explicit BatchVerdictFormat(bool json);

    void append(const Jwt::BatchVerdict &verdict, QByteArray &out) const;

    static QString verdictText(const Jwt::BatchVerdict &verdict);
    static QByteArray verdictJson(const Jwt::BatchVerdict &verdict);

private:
    bool appendQuickText(const Jwt::BatchVerdict &verdict, QByteArray &out) const;
    static bool appendQuickJson(const Jwt::BatchVerdict &verdict, QByteArray &out);
    static void appendName(const QString &name, QByteArray &out); // a plain ASCII name (isPlainName)

    bool m_json = false;
    // "%1: valid (%2)" in the user's language, cut at its markers; empty pieces when it has other markers
    bool m_quickText = false;
    bool m_lineFirst = true;
    QByteArray m_pieces[3];
};

} // namespace PortalKeys::Cli
