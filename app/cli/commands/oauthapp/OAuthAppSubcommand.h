#pragma once

#include "Command.h"

#include <QCommandLineParser>

namespace PortalKeys::Cli {

// A subcommand of "portalkeys-cli oauth-app".
class OAuthAppSubcommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(OAuthAppSubcommand)

public:
    QString invocation() const override { return QStringLiteral("oauth-app ") + name(); }

protected:
    // Parses the options and checks that exactly `positionals` positional arguments were given. Prints one
    // clear line and returns false on a mistake.
    bool parseArguments(QCommandLineParser &parser, const QList<QCommandLineOption> &options,
                        const QStringList &arguments, int positionals, const QString &positionalName) const;
};

} // namespace PortalKeys::Cli
