#include "SecretInput.h"

#include "TextInput.h"

#include <QCommandLineParser>

namespace PortalKeys::Cli {

namespace {

constexpr qint64 maxSecretFileSize = 1024 * 1024;

QByteArray withoutTrailingLineBreak(QByteArray data)
{
    if (data.endsWith("\r\n"))
        data.chop(2);
    else if (data.endsWith('\n'))
        data.chop(1);
    return data;
}

} // namespace

SecretInput::SecretInput(const QString &prefix, const QString &what)
    : m_envOption(prefix + QStringLiteral("-env"),
                  tr("Read %1 from the environment variable NAME.").arg(what), QStringLiteral("NAME"))
    , m_fileOption(prefix + QStringLiteral("-file"),
                   tr("Read %1 from the file PATH (\"-\" for standard input).").arg(what),
                   QStringLiteral("PATH"))
    , m_what(what)
{}

bool SecretInput::isGiven(const QCommandLineParser &parser) const
{
    return parser.isSet(m_envOption) || parser.isSet(m_fileOption);
}

SecretInput::Result SecretInput::read(const QCommandLineParser &parser) const
{
    const QString envFlag = QStringLiteral("--") + m_envOption.names().constFirst();
    const QString fileFlag = QStringLiteral("--") + m_fileOption.names().constFirst();
    if (parser.isSet(m_envOption) && parser.isSet(m_fileOption))
        return {{}, tr("Give %1 either with %2 or with %3, not both.").arg(m_what, envFlag, fileFlag)};
    if (parser.isSet(m_envOption))
        return fromEnvironment(parser.value(m_envOption));
    if (parser.isSet(m_fileOption))
        return fromFile(parser.value(m_fileOption));
    return {{},
            tr("Give %1 with %2 NAME or %3 PATH; it is never taken as a plain argument.")
                .arg(m_what, envFlag, fileFlag)};
}

SecretInput::Result SecretInput::fromEnvironment(const QString &variable)
{
    if (variable.isEmpty())
        return {{}, tr("The name of the environment variable is empty.")};
    if (!qEnvironmentVariableIsSet(variable.toLocal8Bit().constData()))
        return {{}, tr("The environment variable “%1” is not set.").arg(variable)};
    const QByteArray value = qgetenv(variable.toLocal8Bit().constData());
    if (value.isEmpty())
        return {{}, tr("The environment variable “%1” is empty.").arg(variable)};
    return {value, {}};
}

SecretInput::Result SecretInput::fromFile(const QString &path)
{
    if (path.isEmpty())
        return {{}, tr("The name of the secret file is empty.")};
    const TextInput::Result file = TextInput::readFileOrStdin(path, maxSecretFileSize);
    if (!file.ok())
        return {{}, file.error};
    const QByteArray secret = withoutTrailingLineBreak(file.data);
    if (secret.isEmpty())
        return {{}, tr("“%1” is empty.").arg(path == QStringLiteral("-") ? tr("standard input") : path)};
    return {secret, {}};
}

} // namespace PortalKeys::Cli
