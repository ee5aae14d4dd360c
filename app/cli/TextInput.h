#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace PortalKeys::Cli {

// Reads command input that is not a secret: a file, or standard input for "-" (and when nothing is given).
class TextInput {
    Q_DECLARE_TR_FUNCTIONS(TextInput)

public:
    struct Result {
        QByteArray data;
        QString error;
        bool ok() const { return error.isEmpty(); }
    };

    static constexpr qint64 maxBytes = 16 * 1024 * 1024;

    static Result readFileOrStdin(const QString &pathOrDash, qint64 limit = maxBytes);
    // A positional argument that is either the value itself or "-" / nothing for standard input.
    static Result valueOrStdin(const QString &valueOrDash);
};

} // namespace PortalKeys::Cli
