#pragma once

#include <QList>
#include <QString>

namespace PortalKeys::Jwt {

// Something risky about a token or a key. Shown everywhere a token is shown (GUI, CLI stderr, --json).
struct Warning {
    enum class Severity { Info, Warning, Critical };

    QString code; // stable identifier for scripts and tests, e.g. "hmac-key-short", "alg-none", "no-exp"
    Severity severity = Severity::Warning;
    QString message;     // one line, e.g. "The HMAC key is shorter than the hash (12 of 32 bytes)."
    QString explanation; // why it matters and what to do, a few sentences

    // True for warnings about the key (empty, short, found in a word list): --strict turns these into
    // failure.
    bool concernsKey() const;
};

QString severityName(Warning::Severity severity); // "info", "warning", "critical"

} // namespace PortalKeys::Jwt
