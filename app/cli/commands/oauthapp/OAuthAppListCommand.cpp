#include "commands/oauthapp/OAuthAppListCommand.h"

#include "Console.h"
#include "HelpFormatter.h"
#include "commands/oauthapp/OAuthAppText.h"

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
                       .arg(pageSize))
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
        fetch(api, {}, {}, std::make_shared<Listing>(), json, finish);
    });
}

void OAuthAppListCommand::fetch(OAuth::OAuthAppsApi *api, const QString &afterClientId,
                                const QString &afterCreatedOn, std::shared_ptr<Listing> listing, bool json,
                                Finish finish)
{
    api->list(pageSize, afterClientId, afterCreatedOn,
              [this, api, afterClientId, afterCreatedOn, listing, json,
               finish](const Portal::PortalError &error, const OAuth::OAuthAppsApi::Page &page) {
                  if (error.isError())
                      return finish(reportFailure(error, json));
                  ++listing->pages;
                  for (const QJsonObject &app : page.apps) {
                      const QString clientId = app.value(QLatin1String("client_id")).toString();
                      if (listing->seen.contains(clientId))
                          continue;
                      listing->seen.append(clientId);
                      listing->apps.append(OAuthAppText::withoutSecret(app));
                  }
                  // A short page is the last one; so is a cursor that does not move on.
                  const bool more =
                      page.apps.size() >= pageSize && !page.lastClientId.isEmpty() &&
                      (page.lastClientId != afterClientId || page.lastCreatedOn != afterCreatedOn);
                  if (more && listing->pages < maxPages)
                      return fetch(api, page.lastClientId, page.lastCreatedOn, listing, json, finish);
                  if (more)
                      Console::warning(tr("the portal kept sending pages; only the first %n apps are listed.",
                                          nullptr, int(listing->apps.size())));
                  print(*listing, json);
                  finish(ExitCode::Success);
              });
}

void OAuthAppListCommand::print(const Listing &listing, bool json) const
{
    // Newest first, whatever order the pages came in; the portal's order breaks ties.
    QList<QPair<OAuthApp, QJsonObject>> apps;
    for (const QJsonObject &object : listing.apps)
        apps.append({OAuthApp::fromJson(object), object});
    // An app without a readable time counts as the oldest.
    const auto created = [](const OAuthApp &app) {
        return app.createdOn.isValid() ? app.createdOn.toMSecsSinceEpoch()
                                       : std::numeric_limits<qint64>::min();
    };
    std::stable_sort(apps.begin(), apps.end(), [&created](const auto &a, const auto &b) {
        return created(a.first) > created(b.first);
    });
    if (json) {
        QJsonArray array;
        for (const auto &app : std::as_const(apps))
            array.append(app.second);
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
    for (const auto &app : std::as_const(apps))
        parsed.append(app.first);
    Console::out() << OAuthAppText::table(parsed) << Qt::flush;
}

} // namespace PortalKeys::Cli
