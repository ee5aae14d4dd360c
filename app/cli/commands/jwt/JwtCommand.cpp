#include "commands/jwt/JwtCommand.h"

#include "Console.h"
#include "HelpFormatter.h"
#include "commands/jwt/JwtConfigCommand.h"
#include "commands/jwt/JwtDecodeCommand.h"
#include "commands/jwt/JwtSignCommand.h"
#include "commands/jwt/JwtTemplateCommand.h"
#include "commands/jwt/JwtVerifyCommand.h"
#include "commands/jwt/JwtWeakSecretCommand.h"

namespace PortalKeys::Cli {

JwtCommand::JwtCommand()
{
    m_subcommands.push_back(std::make_unique<JwtDecodeCommand>());
    m_subcommands.push_back(std::make_unique<JwtVerifyCommand>());
    m_subcommands.push_back(std::make_unique<JwtSignCommand>());
    m_subcommands.push_back(std::make_unique<JwtTemplateCommand>());
    m_subcommands.push_back(std::make_unique<JwtConfigCommand>(JwtConfigCommand::Mode::Sign));
    m_subcommands.push_back(std::make_unique<JwtConfigCommand>(JwtConfigCommand::Mode::Check));
    m_subcommands.push_back(std::make_unique<JwtWeakSecretCommand>());
}

JwtCommand::~JwtCommand() = default;

QString JwtCommand::summary() const
{
    return tr("Decode, verify and sign JSON Web Tokens (JWS).");
}

QString JwtCommand::help() const
{
    QList<QPair<QString, QString>> rows;
    for (const auto &subcommand : m_subcommands)
        rows.append({subcommand->name(), subcommand->summary()});
    return HelpFormatter()
        .usage(QStringLiteral("portalkeys-cli jwt SUBCOMMAND [ARGUMENTS...]"))
        .usage(QStringLiteral("portalkeys-cli jwt SUBCOMMAND --help"))
        .section(tr("Subcommands:"), rows)
        .paragraph(tr("Algorithms: HS256/384/512, RS256/384/512, PS256/384/512, ES256/384/512 and EdDSA "
                      "(Ed25519). A token with alg “none” is never valid."))
        .text();
}

void JwtCommand::run(const QStringList &arguments, Finish finish)
{
    const QString first = arguments.value(0);
    if (first.isEmpty() || first == QStringLiteral("--help") || first == QStringLiteral("-h") ||
        first == QStringLiteral("help")) {
        if (first == QStringLiteral("help") && arguments.size() > 1) {
            for (const auto &subcommand : m_subcommands) {
                if (subcommand->name() == arguments.at(1)) {
                    Console::out() << subcommand->help() << Qt::flush;
                    return finish(ExitCode::Success);
                }
            }
        }
        (first.isEmpty() ? Console::err() : Console::out()) << help() << Qt::flush;
        return finish(first.isEmpty() ? ExitCode::Usage : ExitCode::Success);
    }
    for (const auto &subcommand : m_subcommands) {
        if (subcommand->name() == first)
            return subcommand->run(arguments.mid(1), std::move(finish));
    }
    Console::error(
        tr("jwt: unknown subcommand “%1”. Run “portalkeys-cli jwt --help” to see them.").arg(first));
    finish(ExitCode::Usage);
}

} // namespace PortalKeys::Cli
