#pragma once

#include "Command.h"

#include "jwt/Token.h"

#include <QCommandLineParser>

#include <optional>

namespace PortalKeys::Cli {

// A subcommand of "portalkeys-cli jwt".
class JwtSubcommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(JwtSubcommand)

public:
    QString invocation() const override { return QStringLiteral("jwt ") + name(); }

protected:
    // Parses the options and checks that at most `maxPositionals` positional arguments were given.
    // Prints one clear line and returns false on a mistake.
    bool parseArguments(QCommandLineParser &parser, const QList<QCommandLineOption> &options,
                        const QStringList &arguments, int maxPositionals) const;
    // The token given as an argument, or read from standard input for "-" or nothing; prints why not.
    static std::optional<Jwt::Token> readToken(const QString &argument);
};

} // namespace PortalKeys::Cli
