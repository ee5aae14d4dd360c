#include "commands/services/ServicesSubcommand.h"

#include "ExitCodeMapping.h"

#include "Console.h"
#include "Terminal.h"

#include "authservice/AuthServiceApi.h"
#include "authservice/PortalServices.h"
#include "catalog/ServiceCatalog.h"
#include "common/BoundedList.h"
#include "portal/PortalClient.h"
#include "portal/PortalError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace PortalKeys::Cli {

bool ServicesSubcommand::parseArguments(QCommandLineParser &parser, const QList<QCommandLineOption> &options,
                                        const QStringList &arguments, int minPositionals, int maxPositionals,
                                        const QString &what) const
{
    parser.addOptions(options);
    if (!parse(parser, arguments))
        return false;
    const QStringList positionals = parser.positionalArguments();
    if (positionals.size() > maxPositionals) {
        // The extra words are not repeated: one may be a secret typed where it does not belong.
        Console::error(
            maxPositionals == 0
                ? tr("%1: takes no arguments. Run “portalkeys-cli %1 --help”.").arg(invocation())
                : tr("%1: too many arguments (%2 given, at most %3); they are not repeated here in "
                     "case one is a secret. Run “portalkeys-cli %1 --help”.")
                      .arg(invocation())
                      .arg(positionals.size())
                      .arg(maxPositionals));
        return false;
    }
    if (positionals.size() < minPositionals) {
        Console::error(tr("%1: give the %2. Run “portalkeys-cli %1 --help”.").arg(invocation(), what));
        return false;
    }
    return true;
}

QCommandLineOption ServicesSubcommand::productOption()
{
    return {QStringLiteral("product"),
            tr("The product whose catalog to use: docspace (the default) or workspace (Workspace / "
               "Community Server)."),
            QStringLiteral("PRODUCT")};
}

std::optional<Catalog::Product> ServicesSubcommand::readProduct(const QCommandLineParser &parser,
                                                                const QCommandLineOption &option) const
{
    if (!parser.isSet(option))
        return Catalog::Product::DocSpace;
    const std::optional<Catalog::Product> product = Catalog::productFromName(parser.value(option));
    if (!product)
        Console::error(tr("%1: --product takes docspace or workspace.").arg(invocation()));
    return product;
}

ExitCode ServicesSubcommand::reportFailure(const Portal::PortalError &error, const QString &portalName,
                                           bool json, const PortalErrorReport::TrustAdvice &trustAdvice)
{
    if (json) {
        QJsonObject answer = PortalErrorReport::toJson(error);
        answer.insert(QStringLiteral("portal"), portalName);
        printJson(answer);
    }
    PortalErrorReport::print(error, trustAdvice);
    return exitCodeFor(error);
}

void ServicesSubcommand::printJson(const QJsonValue &json)
{
    const QJsonDocument document =
        json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
    Console::out() << QString::fromUtf8(document.toJson(QJsonDocument::Indented)) << Qt::flush;
}

void ServicesSubcommand::loadServices(PortalOptions &portalOptions, const PortalOptions::Target &target,
                                      QObject *context, bool json, const Finish &finish, ServicesReady ready)
{
    const QString portalName = target.profile.name;
    const PortalErrorReport::TrustAdvice advice = PortalOptions::trustAdvice(target);
    portalOptions.open(target, context,
                       [portalName, json, advice, finish, ready](const Portal::PortalError &error,
                                                                 Portal::PortalClient *client) {
                           if (error.isError())
                               return finish(reportFailure(error, portalName, json, advice));
                           AuthService::PortalServices::load(
                               client, [client, portalName, json, advice, finish,
                                        ready](const Portal::PortalError &listError,
                                               const AuthService::PortalServices &loaded) {
                                   if (listError.isError())
                                       return finish(reportFailure(listError, portalName, json, advice));
                                   if (!loaded.versionNotice.isEmpty())
                                       Console::warning(loaded.versionNotice);
                                   ready(client, loaded.views);
                               });
                       });
}

void ServicesSubcommand::reportUnknownService(const QString &name, const QString &portalName)
{
    Console::error(tr("The portal %1 has no service “%2”. Run “portalkeys-cli services list” with the same "
                      "portal options to see its services.")
                       .arg(portalName, name));
}

void ServicesSubcommand::reportReadOnly(const AuthService::ServiceView &view)
{
    Console::error(view.readOnlyReason());
}

void ServicesSubcommand::printPreview(const QString &heading, const QList<AuthService::KeyChange> &changes)
{
    QTextStream &out = Console::out();
    out << heading << Qt::endl;
    for (const AuthService::KeyChange &change : changes)
        out << QStringLiteral("  ") << change.describe(false) << Qt::endl;
    out << AuthService::KeyChange::summary(changes) << Qt::endl;
}

std::optional<ExitCode> ServicesSubcommand::confirm(const QString &question, bool assumeYes)
{
    if (assumeYes)
        return std::nullopt;
    // Only a person at a terminal can answer: a script must say --yes, so that a "y" meant for something
    // else on standard input is never taken as consent and a pipeline never waits for an answer.
    if (!Terminal::isInteractive()) {
        Console::error(tr("Nothing was saved: standard input is not a terminal, so nobody can confirm. Check "
                          "the changes above and run the command again with --yes."));
        return ExitCode::Usage;
    }
    if (Terminal::confirm(question))
        return std::nullopt;
    Console::error(tr("Nothing was saved."));
    return ExitCode::Negative;
}

void ServicesSubcommand::save(Portal::PortalClient *client, const AuthService::ServiceView &view,
                              const AuthService::KeyValues &values, const QString &portalName,
                              const PortalErrorReport::TrustAdvice &trustAdvice, const QString &savedText,
                              const Finish &finish)
{
    AuthService::AuthServiceApi::save(
        client, view.portalName(), values,
        [portalName, trustAdvice, savedText, finish](const Portal::PortalError &error,
                                                     const AuthService::AuthServiceApi::SaveResult &result) {
            if (error.isError())
                return finish(reportFailure(error, portalName, false, trustAdvice));
            if (!result.mismatches.isEmpty()) {
                Console::error(tr("Saved, but reading back the keys, the portal %1 reports other values for: "
                                  "%2. Check them with “portalkeys-cli services show”.")
                                   .arg(portalName, BoundedList::join(result.mismatches)));
                return finish(ExitCode::Negative);
            }
            Console::out() << savedText << Qt::endl;
            finish(ExitCode::Success);
        });
}

} // namespace PortalKeys::Cli
