#include "commands/services/ServicesCatalogCommand.h"

#include "Console.h"
#include "HelpFormatter.h"
#include "commands/services/ServiceReport.h"
#include "commands/services/TextTable.h"

#include "catalog/ServiceCatalog.h"

#include <QJsonArray>
#include <QJsonObject>

namespace PortalKeys::Cli {

using Catalog::ServiceCatalog;
using Catalog::ServiceDefinition;

namespace {

QString fitName(ServiceCatalog::VersionFit fit)
{
    switch (fit) {
    case ServiceCatalog::VersionFit::Unknown:
        return QStringLiteral("unknown");
    case ServiceCatalog::VersionFit::Older:
        return QStringLiteral("older");
    case ServiceCatalog::VersionFit::Described:
        return QStringLiteral("described");
    case ServiceCatalog::VersionFit::Newer:
        return QStringLiteral("newer");
    }
    return {};
}

} // namespace

ServicesCatalogCommand::ServicesCatalogCommand()
    : m_productOption(productOption())
    , m_versionOption(QStringLiteral("portal-version"),
                      tr("Show the services, titles and key labels of this portal version, e.g. 3.5.0 or "
                         "12.5.2 (as GET /api/2.0/settings reports it). Without it: the newest the catalog "
                         "knows."),
                      QStringLiteral("VERSION"))
    , m_jsonOption(QStringLiteral("json"),
                   tr("Print everything the catalog knows as JSON, with the steps and redirect URIs."))
{}

QString ServicesCatalogCommand::summary() const
{
    return tr("List the third-party services PortalKeys knows for DocSpace or Workspace (offline).");
}

QString ServicesCatalogCommand::help() const
{
    return HelpFormatter()
        .usage(QStringLiteral("portalkeys-cli services catalog [--product docspace|workspace] "
                              "[--portal-version VERSION] [--json]"))
        .paragraph(tr("Lists the services of the built-in catalog in the portal's order: name, title, what "
                      "the service does (login, storage, sms, notifications, backup-storage, other), "
                      "whether DocSpace cloud needs a paid plan for it, and its keys (secrets marked with "
                      "*). --json adds the purpose, the redirect URI to register, the steps, the help link, "
                      "the keys' labels as the portal shows them and the key sets of older versions. Needs "
                      "no portal."))
        .paragraph(tr("The catalog describes DocSpace 3.7 and Workspace 12.6 and knows what older versions "
                      "offered. With --portal-version it lists what a portal of that version shows: services "
                      "added later are left out, and older titles and key sets are used; a version between "
                      "two known ones gets the older one's. For a portal newer than the catalog it says that "
                      "services and labels may differ."))
        .options({m_productOption, m_versionOption, m_jsonOption})
        .text();
}

void ServicesCatalogCommand::run(const QStringList &arguments, Finish finish)
{
    if (handleHelpRequest(arguments))
        return finish(ExitCode::Success);
    QCommandLineParser parser;
    if (!parseArguments(parser, {m_productOption, m_versionOption, m_jsonOption}, arguments, 0, 0, {}))
        return finish(ExitCode::Usage);
    const std::optional<Catalog::Product> product = readProduct(parser, m_productOption);
    if (!product)
        return finish(ExitCode::Usage);
    // Typed by the admin, so a mistake is reported rather than read as "unknown" as a portal's answer would
    // be.
    const QVersionNumber version = ServiceCatalog::parsePortalVersion(parser.value(m_versionOption));
    if (parser.isSet(m_versionOption) && version.isNull()) {
        Console::error(tr("%1: --portal-version takes a version such as 3.7.2 or 12.6.0.1886, not \"%2\".")
                           .arg(invocation(), parser.value(m_versionOption)));
        return finish(ExitCode::Usage);
    }

    const ServiceCatalog &catalog = ServiceCatalog::builtIn();
    if (!catalog.isValid()) {
        // Only a broken build gets here: the catalog is compiled in and checked by the tests.
        Console::error(tr("The built-in service catalog cannot be read: %1")
                           .arg(catalog.errors().join(QStringLiteral("; "))));
        return finish(ExitCode::Usage);
    }
    const QList<ServiceDefinition> services = catalog.services(*product, version);
    const QString notice = catalog.versionNotice(*product, version);

    if (parser.isSet(m_jsonOption)) {
        QJsonArray list;
        for (const ServiceDefinition &service : services)
            list.append(ServiceReport::definitionJson(service, catalog));
        QJsonObject json{{QStringLiteral("product"), Catalog::productName(*product)},
                         {QStringLiteral("title"), catalog.productTitle(*product)},
                         {QStringLiteral("version"), catalog.productVersion(*product).toString()},
                         {QStringLiteral("oldestVersion"), catalog.oldestVersion(*product).toString()},
                         {QStringLiteral("redirectNote"), catalog.redirectNote(*product)},
                         {QStringLiteral("services"), list}};
        if (!version.isNull()) {
            json.insert(QStringLiteral("portalVersion"), version.toString());
            json.insert(QStringLiteral("versionFit"), fitName(catalog.versionFit(*product, version)));
            if (!notice.isEmpty())
                json.insert(QStringLiteral("notice"), notice);
        }
        printJson(json);
        return finish(ExitCode::Success);
    }

    TextTable table({tr("NAME"), tr("TITLE"), tr("KINDS"), tr("PAID"), tr("KEYS")});
    for (const ServiceDefinition &service : services) {
        QStringList keys;
        for (const Catalog::KeyDefinition &key : service.keys)
            keys.append(key.masked ? key.name + QLatin1Char('*') : key.name);
        table.addRow({service.name, service.title, ServiceReport::kindsText(service),
                      service.paid ? tr("yes") : tr("no"), keys.join(QStringLiteral(", "))});
    }
    const QString shownVersion =
        version.isNull() ? catalog.productVersion(*product).toString() : version.toString();
    // Separate singular text keeps the untranslated English right: the CLI loads no translation.
    Console::out() << (services.size() == 1 ? tr("%1 %2: %n service", nullptr, 1)
                                            : tr("%1 %2: %n services", nullptr, int(services.size())))
                          .arg(catalog.productTitle(*product), shownVersion)
                   << Qt::endl;
    if (!notice.isEmpty())
        Console::out() << notice << Qt::endl;
    Console::out() << table.text()
                   << tr("* a secret: give it with --prop-env or --prop-file, never on the command line.")
                   << Qt::endl;
    finish(ExitCode::Success);
}

} // namespace PortalKeys::Cli
