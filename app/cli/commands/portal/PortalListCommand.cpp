#include "commands/portal/PortalListCommand.h"

#include "Console.h"
#include "HelpFormatter.h"

#include <QJsonArray>

#include <algorithm>

namespace PortalKeys::Cli {

using Portal::PortalProfile;

PortalListCommand::PortalListCommand()
    : m_jsonOption(QStringLiteral("json"), tr("Print JSON for scripts."))
{}

QString PortalListCommand::summary() const
{
    return tr("List the saved portals (never their secrets).");
}

QString PortalListCommand::help() const
{
    return HelpFormatter()
        .usage(QStringLiteral("portalkeys-cli portal list [--json]"))
        .paragraph(
            tr("Shows each saved portal's name, address, credential kind, e-mail or OAuth client ID, and "
               "whether a certificate is pinned. Secrets stay in the keychain and are never shown."))
        .options({m_jsonOption})
        .text();
}

void PortalListCommand::run(const QStringList &arguments, Finish finish)
{
    if (handleHelpRequest(arguments))
        return finish(ExitCode::Success);
    QCommandLineParser parser;
    if (!parseArguments(parser, {m_jsonOption}, arguments, 0, 0, {}))
        return finish(ExitCode::Usage);
    const std::optional<QList<PortalProfile>> profiles = loadProfiles();
    if (!profiles)
        return finish(ExitCode::Usage);

    if (parser.isSet(m_jsonOption)) {
        QJsonArray list;
        for (const PortalProfile &profile : *profiles)
            list.append(profile.toJson()); // the profile holds no secret, by design
        printJson(list);
    } else if (profiles->isEmpty()) {
        Console::out() << tr("No portals saved yet. Add one with: portalkeys-cli portal add NAME --url URL "
                             "--auth apikey|basic|token|oauth2")
                       << Qt::endl;
    } else {
        Console::out() << table(*profiles) << Qt::flush;
    }
    finish(ExitCode::Success);
}

QString PortalListCommand::table(const QList<PortalProfile> &profiles)
{
    QList<QStringList> rows{{tr("NAME"), tr("URL"), tr("AUTH"), tr("USER / CLIENT ID"), tr("PINNED")}};
    for (const PortalProfile &profile : profiles) {
        const QString who = profile.kind == Portal::CredentialKind::OAuth2 ? profile.clientId : profile.user;
        rows.append({profile.name, profile.baseUrl.toString(), Portal::credentialKindName(profile.kind),
                     who.isEmpty() ? QStringLiteral("-") : who,
                     profile.pinnedSha256.isEmpty() ? tr("no") : tr("yes")});
    }
    QList<qsizetype> widths(rows.constFirst().size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths[column], row.at(column).size());
    }
    QString text;
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            line += row.at(column);
            if (column + 1 < row.size())
                line += QString(widths[column] - row.at(column).size() + 2, QLatin1Char(' '));
        }
        text += line + QLatin1Char('\n');
    }
    return text;
}

} // namespace PortalKeys::Cli
