#include "commands/services/ServicesSetCommand.h"

#include "Console.h"
#include "HelpFormatter.h"
#include "commands/services/ServiceReport.h"

#include "authservice/KeyChange.h"
#include "authservice/ServiceDrafts.h"
#include "catalog/ServiceCatalog.h"
#include "drafts/DraftStore.h"
#include "portal/PortalClient.h"
#include "secrets/KeychainSecretStore.h"

namespace PortalKeys::Cli {

using AuthService::KeyChange;
using AuthService::ServiceDrafts;
using AuthService::ServiceView;
using Catalog::KeyDefinition;
using Catalog::ServiceCatalog;
using Catalog::ServiceDefinition;

namespace {

// The draft's values as a Service, so that the preview compares with them as it would with a portal's.
AuthService::Service serviceFromValues(const ServiceDefinition &definition,
                                       const QMap<QString, QString> &values)
{
    AuthService::Service service;
    service.name = definition.name;
    service.title = definition.title;
    for (const KeyDefinition &key : definition.keys) {
        AuthService::ServiceKey serviceKey;
        serviceKey.name = key.name;
        serviceKey.title = key.label;
        serviceKey.value = values.value(key.name);
        service.keys.append(serviceKey);
    }
    return service;
}

} // namespace

ServicesSetCommand::ServicesSetCommand()
    : m_offlineOption(QStringLiteral("offline"),
                      tr("Store the keys in the service's offline draft (keychain) instead of a portal."))
    , m_productOption(productOption())
    , m_dryRunOption(QStringLiteral("dry-run"), tr("Check the keys and show the changes; save nothing."))
    , m_yesOption(QStringLiteral("yes"), tr("Save without asking (needed when standard input is not a "
                                            "terminal)."))
    , m_acceptWarningsOption(QStringLiteral("accept-warnings"),
                             tr("Save even when a key draws a warning (errors always stop the save)."))
    , m_keychain(std::make_unique<KeychainSecretStore>())
{}

ServicesSetCommand::~ServicesSetCommand() = default;

QList<QCommandLineOption> ServicesSetCommand::allOptions() const
{
    return m_portalOptions.options() + m_input.options() +
           QList<QCommandLineOption>{m_offlineOption, m_productOption, m_dryRunOption, m_yesOption,
                                     m_acceptWarningsOption};
}

QString ServicesSetCommand::summary() const
{
    return tr("Set keys of a service on a portal, or in its offline draft, after checking them.");
}

QString ServicesSetCommand::help() const
{
    return HelpFormatter()
        .usage(QStringLiteral("portalkeys-cli services set NAME --portal NAME [--prop KEY=VALUE]... "
                              "[--prop-env KEY=NAME]... [--prop-file KEY=PATH]... [--dry-run] [--yes] "
                              "[--accept-warnings]"))
        .usage(QStringLiteral("portalkeys-cli services set NAME --url URL (--api-key-env NAME | …) "
                              "[--prop…]... [--dry-run] [--yes] [--accept-warnings]"))
        .usage(QStringLiteral("portalkeys-cli services set NAME --offline [--product docspace|workspace] "
                              "[--prop…]... [--dry-run] [--accept-warnings]"))
        .paragraph(tr("Changes the keys you give and keeps every other key as it is, so one key can be "
                      "changed alone. Secrets (the keys “services show” marks as secret) are never taken "
                      "from --prop, because the command line shows in `ps` and in the shell's history: give "
                      "them with --prop-env KEY=NAME or --prop-file KEY=PATH (\"-\" for standard input)."))
        .paragraph(tr("The keys are checked first with the catalog's rules: each finding goes to standard "
                      "error as “key: message”; errors stop the command (exit 2) before anything is sent, "
                      "warnings too unless --accept-warnings. Then the changes are shown, secrets only as "
                      "•••• with their length, and you are asked to confirm; without a terminal give --yes. "
                      "The portal's keys are read back after saving. Exit 1 when the portal refuses the keys "
                      "(it tests some with the provider: “Bad keys”) or the plan lacks the service (402), 4 "
                      "when the credentials lack the permission or the service is read-only."))
        .paragraph(
            tr("--offline stores the keys in the service's offline draft instead (values in the "
               "keychain, never in a file), without asking; carry drafts to portals with “portalkeys-cli "
               "bundle export” and “bundle apply”."))
        .options(allOptions())
        .text();
}

void ServicesSetCommand::run(const QStringList &arguments, Finish finish)
{
    if (handleHelpRequest(arguments))
        return finish(ExitCode::Success);
    QCommandLineParser parser;
    if (!parseArguments(parser, allOptions(), arguments, 1, 1, tr("NAME of the service")))
        return finish(ExitCode::Usage);

    Request request;
    request.serviceName = parser.positionalArguments().constFirst();
    request.dryRun = parser.isSet(m_dryRunOption);
    request.yes = parser.isSet(m_yesOption);
    request.acceptWarnings = parser.isSet(m_acceptWarningsOption);
    PropertyInput::Result parsed = m_input.parse(parser);
    if (parsed.ok() && parsed.properties.isEmpty())
        parsed.error = tr("Give the keys to set with --prop KEY=VALUE, --prop-env KEY=NAME or --prop-file "
                          "KEY=PATH.");
    if (!parsed.ok()) {
        Console::error(tr("%1: %2").arg(invocation(), parsed.error));
        return finish(ExitCode::Usage);
    }
    request.properties = parsed.properties;

    if (!parser.isSet(m_offlineOption)) {
        if (parser.isSet(m_productOption)) {
            Console::error(tr("%1: --product goes with --offline; a portal says itself which services it "
                              "has.")
                               .arg(invocation()));
            return finish(ExitCode::Usage);
        }
        return setOnline(parser, request, std::move(finish));
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
    const ServiceDefinition *service = ServiceCatalog::builtIn().find(*product, request.serviceName);
    if (!service) {
        Console::error(tr("The %1 catalog has no service “%2”. Run “portalkeys-cli services catalog "
                          "--product %3” to see them.")
                           .arg(Catalog::productDisplayName(*product), request.serviceName,
                                Catalog::productName(*product)));
        return finish(ExitCode::Negative);
    }
    setOffline(*service, std::move(request), std::move(finish));
}

std::optional<ExitCode> ServicesSetCommand::checkValues(const ServiceView &view,
                                                        const QMap<QString, QString> &values,
                                                        bool acceptWarnings)
{
    const Catalog::ServiceValidator::Result result = view.validate(values);
    ServiceReport::printIssues(result.issues);
    if (result.hasErrors()) {
        Console::error(tr("Nothing was saved: fix the keys above first."));
        return ExitCode::Usage;
    }
    if (!result.canSave(acceptWarnings)) {
        Console::error(tr("Nothing was saved because of the warnings above. If the keys are right anyway, "
                          "run the command again with --accept-warnings."));
        return ExitCode::Usage;
    }
    return std::nullopt;
}

void ServicesSetCommand::setOnline(const QCommandLineParser &parser, const Request &request, Finish finish)
{
    // Refuse a secret on the command line before anything else happens, with the catalog's word on which
    // keys are secrets; the portal's own list is checked again below.
    QList<PropertyInput::Property> properties = request.properties;
    if (const ServiceDefinition *known =
            ServiceCatalog::builtIn().find(Catalog::Product::DocSpace, request.serviceName)) {
        const QString refusal = PropertyInput::refusePlainSecrets(properties, known->keys);
        if (!refusal.isEmpty()) {
            Console::error(refusal);
            return finish(ExitCode::Usage);
        }
    }
    const QString readError = PropertyInput::readValues(properties);
    if (!readError.isEmpty()) {
        Console::error(readError);
        return finish(ExitCode::Usage);
    }
    const PortalOptions::Target target = m_portalOptions.resolve(parser);
    if (!target.ok()) {
        Console::error(target.error);
        return finish(target.failureCode);
    }
    const QString portalName = target.profile.name;
    const PortalErrorReport::TrustAdvice advice = PortalOptions::trustAdvice(target);
    loadServices(
        m_portalOptions, target, &m_context, false, finish,
        [request, properties, portalName, advice, finish](Portal::PortalClient *client,
                                                          const QList<ServiceView> &services) mutable {
            const ServiceView *found = ServiceView::find(services, request.serviceName);
            if (!found) {
                reportUnknownService(request.serviceName, portalName);
                return finish(ExitCode::Negative);
            }
            const ServiceView view = *found;
            if (view.state() == ServiceView::State::ReadOnly) {
                reportReadOnly(view);
                return finish(ExitCode::Authentication);
            }
            const QString resolveError =
                PropertyInput::resolve(properties, view.definition.keys, view.title());
            if (!resolveError.isEmpty()) {
                Console::error(resolveError);
                return finish(ExitCode::Usage);
            }
            // Keys not given keep the portal's value, so one key can be changed alone.
            QMap<QString, QString> values = view.values;
            const QMap<QString, QString> given = PropertyInput::values(properties);
            for (auto it = given.cbegin(); it != given.cend(); ++it)
                values.insert(it.key(), it.value());
            if (const std::optional<ExitCode> stop = checkValues(view, values, request.acceptWarnings))
                return finish(*stop);

            const QList<KeyChange> changes = view.preview(values);
            printPreview(tr("%1 (%2) on %3:").arg(view.title(), view.name(), portalName), changes);
            if (!KeyChange::anyChange(changes)) {
                Console::out() << tr("The portal already has these keys; nothing to save.") << Qt::endl;
                return finish(ExitCode::Success);
            }
            if (request.dryRun) {
                Console::out() << tr("Dry run: nothing was sent.") << Qt::endl;
                return finish(ExitCode::Success);
            }
            if (const std::optional<ExitCode> stop = confirm(tr("Save?"), request.yes))
                return finish(*stop);
            save(client, view, view.valuesToSend(values), portalName, advice,
                 KeyChange::disables(changes)
                     ? tr("Saved; %1 is off now, and the portal confirmed every key.").arg(view.title())
                     : tr("Saved; the portal confirmed every key."),
                 finish);
        });
}

void ServicesSetCommand::setOffline(const ServiceDefinition &service, Request request, Finish finish)
{
    QString error = PropertyInput::resolve(request.properties, service.keys, service.title);
    if (error.isEmpty())
        error = PropertyInput::readValues(request.properties);
    if (!error.isEmpty()) {
        Console::error(error);
        return finish(ExitCode::Usage);
    }
    const Drafts::DraftStore store;
    const Drafts::DraftStore::LoadResult loaded = store.load();
    if (!loaded.ok()) {
        Console::error(loaded.error);
        return finish(ExitCode::Usage);
    }
    const Drafts::Draft *found = ServiceDrafts::latest(loaded.drafts, service);
    if (!found)
        return saveDraft(service, std::nullopt, {}, request, finish);
    const Drafts::Draft existing = *found;
    store.loadValues(existing, *m_keychain, &m_context,
                     [this, service, existing, request, finish](const QString &loadError,
                                                                const Drafts::DraftValues &values) {
                         if (!loadError.isEmpty()) {
                             Console::error(loadError);
                             return finish(ExitCode::Keychain);
                         }
                         saveDraft(service, existing, ServiceDrafts::toText(values), request, finish);
                     });
}

void ServicesSetCommand::saveDraft(const ServiceDefinition &service,
                                   const std::optional<Drafts::Draft> &existing,
                                   const QMap<QString, QString> &current, const Request &request,
                                   const Finish &finish)
{
    const ServiceView view = ServiceView::fromDefinition(service);
    // Keys not given keep the draft's value; values of keys the catalog no longer lists are dropped.
    QMap<QString, QString> values;
    for (const KeyDefinition &key : service.keys) {
        if (current.contains(key.name))
            values.insert(key.name, current.value(key.name));
    }
    const QMap<QString, QString> given = PropertyInput::values(request.properties);
    for (auto it = given.cbegin(); it != given.cend(); ++it)
        values.insert(it.key(), it.value());
    if (const std::optional<ExitCode> stop = checkValues(view, values, request.acceptWarnings))
        return finish(*stop);

    const AuthService::KeyValues toStore = view.valuesToSend(values);
    const QList<KeyChange> changes =
        KeyChange::compute(serviceFromValues(service, current), toStore, service.maskedKeyNames());
    const QString where = Catalog::productDisplayName(service.product);
    printPreview(existing ? tr("Offline draft for %1 (%2), %3:").arg(service.title, service.name, where)
                          : tr("New offline draft for %1 (%2), %3:").arg(service.title, service.name, where),
                 changes);
    if (existing && !KeyChange::anyChange(changes)) {
        Console::out() << tr("The draft already has these keys; nothing to save.") << Qt::endl;
        return finish(ExitCode::Success);
    }
    if (request.dryRun) {
        Console::out() << tr("Dry run: the draft was not changed.") << Qt::endl;
        return finish(ExitCode::Success);
    }

    const Drafts::Draft draft = ServiceDrafts::draftFor(service, existing);
    const Drafts::DraftStore store;
    store.saveDraft(draft, ServiceDrafts::fromText(toStore), *m_keychain, &m_context,
                    [draft, service, finish](const QString &error) {
                        if (!error.isEmpty()) {
                            // The drafts file was checked before: what fails now is the keychain.
                            Console::error(error);
                            return finish(ExitCode::Keychain);
                        }
                        Console::out() << tr("Saved the offline draft for %1 (%2). Carry it to portals with "
                                             "“portalkeys-cli bundle export FILE --passphrase-env NAME” and "
                                             "“portalkeys-cli bundle apply”.")
                                              .arg(service.title, draft.id)
                                       << Qt::endl;
                        finish(ExitCode::Success);
                    });
}

} // namespace PortalKeys::Cli
