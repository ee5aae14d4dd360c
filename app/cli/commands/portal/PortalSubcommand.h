#pragma once

#include "Command.h"
#include "PortalErrorReport.h"

#include "portal/ConnectionTest.h"
#include "portal/PortalProfile.h"
#include "portal/ProfileStore.h"

#include <QCommandLineParser>

#include <optional>

class QObject;

namespace PortalKeys::Portal {
class PortalClient;
}

namespace PortalKeys::Cli {

// A subcommand of "portalkeys-cli portal", with what several of them share: the saved portals, and the
// connection test that `test` and `login` end with.
class PortalSubcommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(PortalSubcommand)

public:
    QString invocation() const override { return QStringLiteral("portal ") + name(); }

protected:
    // Parses the options and checks the number of positional arguments (`what` names them, e.g. "NAME").
    // Prints one clear line and returns false on a mistake.
    bool parseArguments(QCommandLineParser &parser, const QList<QCommandLineOption> &options,
                        const QStringList &arguments, int minPositionals, int maxPositionals,
                        const QString &what) const;

    // The saved portals; prints why they cannot be read and returns nullopt.
    static std::optional<QList<Portal::PortalProfile>> loadProfiles();
    // Changes the list under its lock, as it is in the file now (other processes may have changed it);
    // prints why it cannot and returns false.
    static bool updateProfiles(const Portal::ProfileStore::Change &change);
    // The saved portal named `name`; prints that there is none (a "not found": exit 1) and returns nullopt.
    // `failure` tells which exit code applies when it fails.
    static std::optional<Portal::PortalProfile> findProfile(const QString &name, ExitCode *failure);

    // What a connection test ended with, before it is printed.
    using Tested =
        std::function<void(const Portal::PortalError &error, const Portal::ConnectionReport &report)>;
    // Runs the connection test with `client` and prints its summary (or JSON); finishes with its exit code.
    static void testConnection(Portal::PortalClient *client, const QString &portalName, bool json,
                               const PortalErrorReport::TrustAdvice &trustAdvice, QObject *context,
                               Finish finish, const QString &unauthorizedHint = {},
                               const Tested &tested = {});
    // Prints why a portal call failed (and the JSON answer with --json); returns the exit code for it.
    // `unauthorizedHint` follows the error when the portal refused the credentials, e.g. how to sign in
    // again.
    static ExitCode reportFailure(const Portal::PortalError &error, const QString &portalName, bool json,
                                  const PortalErrorReport::TrustAdvice &trustAdvice,
                                  const QString &unauthorizedHint = {});
    // How to get credentials the portal accepts again, for the kinds that sign in: `portal login NAME`.
    static QString signInAgainHint(const Portal::PortalProfile &profile);
    static void printJson(const QJsonValue &json);
};

} // namespace PortalKeys::Cli
