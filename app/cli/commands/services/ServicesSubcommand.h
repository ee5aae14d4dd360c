#pragma once

#include "Command.h"
#include "PortalErrorReport.h"
#include "PortalOptions.h"

#include "authservice/ServiceView.h"

#include "catalog/Product.h"

#include <QCommandLineParser>
#include <QJsonValue>

#include <functional>
#include <optional>

class QObject;

namespace PortalKeys::Portal {
class PortalClient;
class PortalError;
} // namespace PortalKeys::Portal

namespace PortalKeys::Cli {

// A subcommand of "portalkeys-cli services", with what several of them share: argument checks, the product
// option, how validation findings and portal failures are shown.
class ServicesSubcommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ServicesSubcommand)

public:
    QString invocation() const override { return QStringLiteral("services ") + name(); }

protected:
    // Parses the options and checks the number of positional arguments (`what` names them, e.g. "NAME").
    // Prints one clear line and returns false on a mistake.
    bool parseArguments(QCommandLineParser &parser, const QList<QCommandLineOption> &options,
                        const QStringList &arguments, int minPositionals, int maxPositionals,
                        const QString &what) const;

    // --product docspace|workspace
    static QCommandLineOption productOption();
    // The product the option names (DocSpace when it is not given); prints why not and returns nullopt.
    std::optional<Catalog::Product> readProduct(const QCommandLineParser &parser,
                                                const QCommandLineOption &option) const;

    // Prints the failure of a portal call (and the JSON answer with `json`); returns its exit code.
    static ExitCode reportFailure(const Portal::PortalError &error, const QString &portalName, bool json,
                                  const PortalErrorReport::TrustAdvice &trustAdvice);
    static void printJson(const QJsonValue &json);

    using ServicesReady =
        std::function<void(Portal::PortalClient *client, const QList<AuthService::ServiceView> &services)>;
    // Opens the portal `target` names and lists its services merged with the DocSpace catalog (the portal
    // API is DocSpace's). On failure prints why and finishes with its exit code; `ready` is then not called.
    static void loadServices(PortalOptions &portalOptions, const PortalOptions::Target &target,
                             QObject *context, bool json, const Finish &finish, ServicesReady ready);
    // Prints that the portal has no such service (exit 1 follows).
    static void reportUnknownService(const QString &name, const QString &portalName);
    // Prints why the keys of a read-only service cannot be changed (exit 4 follows: the installation, not
    // the data, refuses).
    static void reportReadOnly(const AuthService::ServiceView &view);

    // The change preview on stdout: `heading`, one line per key (secrets as •••• with their length), the
    // summary.
    static void printPreview(const QString &heading, const QList<AuthService::KeyChange> &changes);
    // Asks `question` (“[y/N]” is added) unless `assumeYes`. Returns nullopt to go on, or the exit code to
    // finish with (after saying why nothing is saved).
    static std::optional<ExitCode> confirm(const QString &question, bool assumeYes);
    // Saves `values` for `view` on the portal, reads them back and finishes: 0 when the portal confirmed
    // every key (printing `savedText`), 1 when it reports other values, else the exit code of the failure.
    static void save(Portal::PortalClient *client, const AuthService::ServiceView &view,
                     const AuthService::KeyValues &values, const QString &portalName,
                     const PortalErrorReport::TrustAdvice &trustAdvice, const QString &savedText,
                     const Finish &finish);
};

} // namespace PortalKeys::Cli
