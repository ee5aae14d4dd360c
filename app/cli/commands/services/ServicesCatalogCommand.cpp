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

ServicesCatalogCommand::ServicesCatalogCommand()
    : m_productOption(productOption())
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
        .usage(QStringLiteral("portalkeys-cli services catalog [--product docspace|workspace] [--json]"))
        .paragraph(tr("Lists the services of the built-in catalog in the portal's order: name, title, what "
                      "the service does (login, storage, sms, notifications, backup-storage, other), "
                      "whether DocSpace cloud needs a paid plan for it, and its keys (secrets marked with "
                      "*). --json adds the purpose, the redirect URI to register, the steps, the help link "
                      "and the key sets of older versions. Needs no portal."))
        .options({m_productOption, m_jsonOption})
        .text();
}

void ServicesCatalogCommand::run(const QStringList &arguments, Finish finish)
{
    if (handleHelpRequest(arguments))
        return finish(ExitCode::Success);
    QCommandLineParser parser;
    if (!parseArguments(parser, {m_productOption, m_jsonOption}, arguments, 0, 0, {}))
        return finish(ExitCode::Usage);
    const std::optional<Catalog::Product> product = readProduct(parser, m_productOption);
    if (!product)
        return finish(ExitCode::Usage);

    const ServiceCatalog &catalog = ServiceCatalog::builtIn();
    if (!catalog.isValid()) {
        // Only a broken build gets here: the catalog is compiled in and checked by the tests.
        Console::error(tr("The built-in service catalog cannot be read: %1")
                           .arg(catalog.errors().join(QStringLiteral("; "))));
        return finish(ExitCode::Usage);
    }
    const QList<ServiceDefinition> services = catalog.services(*product);

    if (parser.isSet(m_jsonOption)) {
        QJsonArray list;
        for (const ServiceDefinition &service : services)
            list.append(ServiceReport::definitionJson(service, catalog));
        printJson(QJsonObject{{QStringLiteral("product"), Catalog::productName(*product)},
                              {QStringLiteral("title"), catalog.productTitle(*product)},
                              {QStringLiteral("version"), catalog.productVersion(*product).toString()},
                              {QStringLiteral("redirectNote"), catalog.redirectNote(*product)},
                              {QStringLiteral("services"), list}});
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
    // Separate singular text keeps the untranslated English right: the CLI loads no translation.
    Console::out() << (services.size() == 1 ? tr("%1 %2: %n service", nullptr, 1)
                                            : tr("%1 %2: %n services", nullptr, int(services.size())))
                          .arg(catalog.productTitle(*product), catalog.productVersion(*product).toString())
                   << Qt::endl
                   << table.text()
                   << tr("* a secret: give it with --prop-env or --prop-file, never on the command line.")
                   << Qt::endl;
    finish(ExitCode::Success);
}

} // namespace PortalKeys::Cli
