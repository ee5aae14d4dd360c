#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace PortalKeys::Drafts {

// What PortalKeys asks of a bundle passphrase: something (an empty one is refused), and preferably at least
// twelve characters. Everything else is advice, because the passphrase is the user's to choose and PBKDF2
// already makes each guess cost about half a second.
class PassphrasePolicy {
    Q_DECLARE_TR_FUNCTIONS(PassphrasePolicy)

public:
    static constexpr int recommendedLength = 12;

    struct Check {
        QString error;        // the passphrase cannot be used
        QStringList warnings; // it can, but the user should know
        bool ok() const { return error.isEmpty(); }
    };

    // `passphrase` is UTF-8; it is never copied into a message.
    static Check check(const QByteArray &passphrase);
    // Unicode code points in UTF-8 bytes, counted without decoding into a QString copy of the passphrase.
    static qsizetype characterCount(const QByteArray &utf8);
};

} // namespace PortalKeys::Drafts
