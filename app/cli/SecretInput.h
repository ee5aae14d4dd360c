#pragma once

#include <QByteArray>
#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QCommandLineParser;

namespace PortalKeys::Cli {

// Secrets never come from plain argument values (they would show in `ps` and shell history):
// only from an environment variable named by an option, a file, or standard input ("-").
class SecretInput {
    Q_DECLARE_TR_FUNCTIONS(SecretInput)

public:
    struct Result {
        QByteArray secret;
        QString error; // empty on success
        bool ok() const { return error.isEmpty(); }
    };

    // Options named `<prefix>-env` and `<prefix>-file`, e.g. --secret-env / --secret-file.
    explicit SecretInput(const QString &prefix = QStringLiteral("secret"),
                         const QString &what = tr("the secret"));

    QList<QCommandLineOption> options() const { return {m_envOption, m_fileOption}; }
    bool isGiven(const QCommandLineParser &parser) const;
    // Exactly one source must be given; an empty secret is refused.
    Result read(const QCommandLineParser &parser) const;

    static Result fromEnvironment(const QString &variable);
    // A single trailing line break is dropped: files written by editors and `echo` end with one.
    static Result fromFile(const QString &path);

private:
    QCommandLineOption m_envOption;
    QCommandLineOption m_fileOption;
    QString m_what;
};

} // namespace PortalKeys::Cli
