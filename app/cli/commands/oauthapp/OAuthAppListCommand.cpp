#include "commands/oauthapp/OAuthAppListCommand.h"

#include "Console.h"
#include "HelpFormatter.h"
#include "commands/oauthapp/OAuthAppText.h"

#include "oauth/AppRegistry.h"
#include "oauth/OAuthApp.h"
#include "oauth/OAuthAppsApi.h"

#include <QCommandLineParser>
#include <QJsonArray>

#include <algorithm>
#include <limits>

namespace PortalKeys::Cli {

using OAuth::OAuthApp;

OAuthAppListCommand::OAuthAppListCommand()
    : m_jsonOption(QStringLiteral("json"), tr("Print the apps as a JSON list, as the portal describes them."))
{}

QString OAuthAppListCommand::summary() const
{
    return tr("List the OAuth apps registered on a portal, newest first.");
}

QString OAuthAppListCommand::help() const
{
    return HelpFormatter()
        .usage(QStringLiteral("portalkeys-cli oauth-app list PORTAL [--json]"))
        .paragraph(tr("Lists every app of the portal, newest first: client ID, enabled or disabled, when "
                      "it was registered, and its name. The portal hands the list out in pages of at most "
                      "%1; all of them are fetched. Client secrets are never part of the list.")
                       .arg(OAuth::OAuthAppsApi::maxPageSize))
        .paragraph(portalParagraph())
        .options(portalOptions() << m_jsonOption)
        .text();
}

void OAuthAppListCommand::run(const QStringList &arguments, Finish finish)
{
    if (handleHelpRequest(arguments))
        return finish(ExitCode::Success);
    QCommandLineParser parser;
    if (!parseOnline(parser, {m_jsonOption}, arguments, {}))
        return finish(ExitCode::Usage);
    ExitCode failure = ExitCode::Usage;
    if (!resolvePortal(parser, &failure))
        return finish(failure);
    const bool json = parser.isSet(m_jsonOption);
    openApi(json, finish, [this, json, finish](OAuth::OAuthAppsApi *api) {
        auto *registry = new OAuth::AppRegistry(context());
        registry->setPageSize(OAuth::OAuthAppsApi::maxPageSize);
        registry->fetchAll(api, [this, registry, json, finish](const Portal::PortalError &error) {
            if (error.isError())
                return finish(reportFailure(error, json));
            if (registry->hasMore())
                Console::warning(tr("the portal kept sending pages; only the first %n apps are listed.",
                                    nullptr, int(registry->apps().size())));
            print(registry->apps(), json);
            finish(ExitCode::Success);
        });
    });
}

void OAuthAppListCommand::print(QList<OAuth::RegisteredApp> apps, bool json) const
{
    // Newest first, whatever order the pages came in; the portal's order breaks ties. An app without a
    // readable time counts as the oldest.
    const auto created = [](const OAuth::RegisteredApp &registered) {
        return registered.app.createdOn.isValid() ? registered.app.createdOn.toMSecsSinceEpoch()
                                                  : std::numeric_limits<qint64>::min();
    };
    std::stable_sort(apps.begin(), apps.end(),
                     [&created](const auto &a, const auto &b) { return created(a) > created(b); });
    if (json) {
        QJsonArray array;
        for (const OAuth::RegisteredApp &registered : std::as_const(apps))
            array.append(registered.description);
        printJson(array);
        return;
    }
    if (apps.isEmpty()) {
        Console::out()
            << tr("No OAuth apps are registered on %1. Register one with: portalkeys-cli oauth-app "
                  "create FILE.json …")
                   .arg(portalName())
            << Qt::endl;
        return;
    }
    QList<OAuthApp> parsed;
    for (const OAuth::RegisteredApp &registered : std::as_const(apps))
        parsed.append(registered.app);
    Console::out() << OAuthAppText::table(parsed) << Qt::flush;
}

} // namespace PortalKeys::Cli
