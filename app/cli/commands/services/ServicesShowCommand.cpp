#include "commands/services/ServicesShowCommand.h"

#include "Console.h"
#include "HelpFormatter.h"

#include "authservice/ServiceDrafts.h"
#include "catalog/ServiceCatalog.h"
#include "drafts/DraftStore.h"
#include "secrets/KeychainSecretStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace PortalKeys::Cli {

using AuthService::ServiceDrafts;
using AuthService::ServiceView;
using Catalog::ServiceCatalog;
using Catalog::ServiceDefinition;

ServicesShowCommand::ServicesShowCommand()
    : m_offlineOption(QStringLiteral("offline"),
                      tr("Show the catalog's entry without a portal, and the offline draft if there is one."))
    , m_productOption(productOption())
    , m_jsonOption(QStringLiteral("json"), tr("Print JSON for scripts."))
    , m_keychain(std::make_unique<KeychainSecretStore>())
{}

ServicesShowCommand::~ServicesShowCommand() = default;

QList<QCommandLineOption> ServicesShowCommand::allOptions() const
{
    return m_portalOptions.options() << m_offlineOption << m_productOption << m_jsonOption;
}

QString ServicesShowCommand::summary() const
{
    return tr("Show one service: what it is for, the redirect URI and steps to get its keys, and its keys.");
}

QString ServicesShowCommand::help() const
{
    return HelpFormatter()
        .usage(QStringLiteral("portalkeys-cli services show NAME --portal NAME [--json]"))
        .usage(QStringLiteral("portalkeys-cli services show NAME --url URL (--api-key-env NAME | --token-env "
                              "NAME | --user EMAIL --password-env NAME) [--json]"))
        .usage(QStringLiteral("portalkeys-cli services show NAME --offline [--product docspace|workspace] "
                              "[--json]"))
        .paragraph(tr("Shows what the service is for, in which versions it exists, the redirect URI to "
                      "register at the provider (and how Docker installations differ), the numbered steps, "
                      "the provider's console, and each key: its label and name, whether it is a secret, "
                      "and its current value. Values of secrets are never shown, only as •••• with their "
                      "length. With a portal, also the service's state, why it is read-only and which plan "
                      "it needs; with --offline, the catalog's entry and the offline draft of the service "
                      "if there is one (made with “services set NAME --offline”)."))
        .options(allOptions())
        .text();
}

void ServicesShowCommand::run(const QStringList &arguments, Finish finish)
{
    if (handleHelpRequest(arguments))
        return finish(ExitCode::Success);
    QCommandLineParser parser;
    if (!parseArguments(parser, allOptions(), arguments, 1, 1, tr("NAME of the service")))
        return finish(ExitCode::Usage);
    const QString serviceName = parser.positionalArguments().constFirst();
    const bool json = parser.isSet(m_jsonOption);
    if (!parser.isSet(m_offlineOption)) {
        if (parser.isSet(m_productOption)) {
            Console::error(tr("%1: --product goes with --offline; a portal says itself which services it "
                              "has.")
                               .arg(invocation()));
            return finish(ExitCode::Usage);
        }
        return showOnline(parser, serviceName, json, std::move(finish));
    }
    for (const QCommandLineOption &option : m_portalOptions.options()) {
        if (parser.isSet(option)) {
            Console::error(tr("%1: --offline works without a portal; leave out --%2.")
                               .arg(invocation(), option.names().constFirst()));
            return finish(ExitCode::Usage);
        }
    }
    const std::optional<Catalog::Product> product = readProduct(parser, m_productOption);
    if (!product)
        return finish(ExitCode::Usage);
    const ServiceDefinition *service = ServiceCatalog::builtIn().find(*product, serviceName);
    if (!service) {
        Console::error(
            tr("The %1 catalog has no service “%2”. Run “portalkeys-cli services catalog "
               "--product %3” to see them.")
                .arg(Catalog::productDisplayName(*product), serviceName, Catalog::productName(*product)));
        return finish(ExitCode::Negative);
    }
    showOffline(*service, json, std::move(finish));
}

void ServicesShowCommand::showOnline(const QCommandLineParser &parser, const QString &serviceName, bool json,
                                     Finish finish)
{
    const PortalOptions::Target target = m_portalOptions.resolve(parser);
    if (!target.ok()) {
        Console::error(target.error);
        return finish(target.failureCode);
    }
    const QString portalName = target.profile.name;
    loadServices(
        m_portalOptions, target, &m_context, json, finish,
        [portalName, serviceName, json, finish](Portal::PortalClient *, const QList<ServiceView> &services) {
            const ServiceView *view = ServiceView::find(services, serviceName);
            if (!view) {
                reportUnknownService(serviceName, portalName);
                return finish(ExitCode::Negative);
            }
            const ServiceCatalog &catalog = ServiceCatalog::builtIn();
            // The portal sends no keys of a read-only service: there are no values to show, not empty ones.
            const ServiceReport::Values values =
                view->state() == ServiceView::State::ReadOnly ? ServiceReport::Values() : view->values;
            if (json) {
                QJsonObject answer = ServiceReport::definitionJson(view->definition, catalog);
                answer.insert(QStringLiteral("portal"), portalName);
                answer.insert(QStringLiteral("title"), view->title());
                answer.insert(QStringLiteral("state"), view->stateText());
                answer.insert(QStringLiteral("knownToCatalog"), view->knownToCatalog);
                answer.insert(QStringLiteral("paid"), view->portal ? view->portal->paid : false);
                answer.insert(QStringLiteral("readOnlyReason"), view->readOnlyReason());
                answer.insert(QStringLiteral("planNote"), view->planNote());
                answer.insert(QStringLiteral("keys"),
                              ServiceReport::keysWithValuesJson(view->definition, values));
                printJson(answer);
                return finish(ExitCode::Success);
            }
            QStringList extra{tr("State on %1: %2").arg(portalName, view->stateText())};
            if (!view->readOnlyReason().isEmpty())
                extra << view->readOnlyReason();
            if (!view->planNote().isEmpty())
                extra << view->planNote();
            if (!view->knownToCatalog)
                extra << tr("PortalKeys' catalog does not know this service; it is shown as the portal "
                            "describes it, and keys that sound like secrets are treated as secrets.");
            const QString heading = QStringLiteral("%1 (%2)").arg(view->title(), view->name());
            Console::out() << ServiceReport::text(view->definition, catalog, heading, extra, values)
                           << Qt::flush;
            finish(ExitCode::Success);
        });
}

void ServicesShowCommand::showOffline(const ServiceDefinition &service, bool json, Finish finish)
{
    const Drafts::DraftStore store;
    const Drafts::DraftStore::LoadResult loaded = store.load();
    if (!loaded.ok()) {
        Console::error(loaded.error);
        return finish(ExitCode::Usage);
    }
    const Drafts::Draft *found = ServiceDrafts::latest(loaded.drafts, service);
    if (!found) {
        printOffline(service, nullptr, std::nullopt, {}, json);
        return finish(ExitCode::Success);
    }
    const Drafts::Draft draft = *found;
    store.loadValues(draft, *m_keychain, &m_context,
                     [service, draft, json, finish](const QString &error, const Drafts::DraftValues &values) {
                         if (!error.isEmpty()) {
                             Console::error(error);
                             return finish(ExitCode::Keychain);
                         }
                         printOffline(service, &draft, ServiceDrafts::toText(values),
                                      draft.missingValues(values), json);
                         finish(ExitCode::Success);
                     });
}

void ServicesShowCommand::printOffline(const ServiceDefinition &service, const Drafts::Draft *draft,
                                       const ServiceReport::Values &values, const QStringList &missing,
                                       bool json)
{
    const ServiceCatalog &catalog = ServiceCatalog::builtIn();
    const ServiceView view = ServiceView::fromDefinition(service);
    if (json) {
        QJsonObject answer = ServiceReport::definitionJson(service, catalog);
        answer.insert(QStringLiteral("planNote"), view.planNote());
        if (draft) {
            answer.insert(
                QStringLiteral("draft"),
                QJsonObject{{QStringLiteral("id"), draft->id},
                            {QStringLiteral("created"), draft->created.toString(Qt::ISODate)},
                            {QStringLiteral("modified"), draft->modified.toString(Qt::ISODate)},
                            {QStringLiteral("keys"), ServiceReport::keysWithValuesJson(service, values)},
                            {QStringLiteral("missingValues"), QJsonArray::fromStringList(missing)}});
        }
        printJson(answer);
        return;
    }
    QStringList extra;
    if (!view.planNote().isEmpty())
        extra << view.planNote();
    extra << (draft ? tr("Offline draft %1, last changed %2 (UTC); its values are shown below.")
                          .arg(draft->id, draft->modified.toString(Qt::ISODate))
                    : tr("No offline draft yet; make one with: portalkeys-cli services set %1 --offline%2 "
                         "--prop-env KEY=NAME …")
                          .arg(service.name, service.product == Catalog::Product::DocSpace
                                                 ? QString()
                                                 : QStringLiteral(" --product workspace")));
    if (!missing.isEmpty())
        extra << tr("Secret missing: the keychain no longer holds the value of %1, stored with this draft "
                    "before. Enter it again: portalkeys-cli services set %2 --offline --prop-env KEY=NAME …")
                     .arg(missing.join(QStringLiteral(", ")), service.name);
    const QString heading =
        QStringLiteral("%1 (%2), %3")
            .arg(service.title, service.name, Catalog::productDisplayName(service.product));
    Console::out() << ServiceReport::text(service, catalog, heading, extra, values) << Qt::flush;
}

} // namespace PortalKeys::Cli
