#include "commands/oauthapp/OAuthAppUpdateCommand.h"

#include "Console.h"
#include "HelpFormatter.h"
#include "commands/oauthapp/OAuthAppDraftFile.h"

#include "oauth/AppField.h"
#include "oauth/OAuthApp.h"
#include "oauth/OAuthAppValidator.h"
#include "oauth/OAuthAppsApi.h"

#include <QCommandLineParser>

namespace PortalKeys::Cli {

using OAuth::OAuthApp;
using OAuth::OAuthAppIssue;

namespace {

using F = OAuth::AppField;

QString readOnlyReason(const QString &field)
{
    for (const OAuthApp::ReadOnlyField &readOnly : OAuthApp::readOnlyAfterRegistration()) {
        if (readOnly.field == field)
            return readOnly.reason;
    }
    return OAuthAppUpdateCommand::tr("The portal does not let a registered app change it.");
}

} // namespace

QString OAuthAppUpdateCommand::summary() const
{
    return tr("Change a registered OAuth app from a JSON file (only what the portal lets change).");
}

QString OAuthAppUpdateCommand::help() const
{
    // The fields of the registration form an update cannot change, and the app's state.
    QStringList readOnly;
    for (const OAuthApp::ReadOnlyField &field : OAuthApp::readOnlyAfterRegistration()) {
        if (OAuthApp::createFields().contains(field.field))
            readOnly.append(field.field);
    }
    readOnly.append(F::enabled);
    return HelpFormatter()
        .usage(QStringLiteral("portalkeys-cli oauth-app update ID FILE.json PORTAL"))
        .paragraph(tr("Reads the app from FILE.json — a draft, a file saved with “oauth-app show ID --json” "
                      "and edited, or only the members to change, such as {\"name\": \"New name\"} — and "
                      "changes the app with the client ID “ID”. Members the file leaves out keep their "
                      "values. Reads standard input for \"-\"."))
        .paragraph(tr("The portal lets an update change only %1. When the file changes anything else (%2), "
                      "each such field is named on standard error (“field: warning: why”) and left as it "
                      "is; register a new app to change it (or use “oauth-app enable” and “disable”). "
                      "What the portal assigns (created_on, tenant, …) is ignored; a client_id other than "
                      "ID is refused. The file's members are checked first as "
                      "“oauth-app validate” does; with errors nothing is sent (exit 2). Exits 1 when the "
                      "file asks only for changes the portal does not allow, or the portal refuses the "
                      "change (each field it names as “field: message”).")
                       .arg(OAuthApp::updatableFields().join(QStringLiteral(", ")),
                            readOnly.join(QStringLiteral(", "))))
        .paragraph(portalParagraph())
        .options(portalOptions())
        .text();
}

void OAuthAppUpdateCommand::run(const QStringList &arguments, Finish finish)
{
    if (handleHelpRequest(arguments))
        return finish(ExitCode::Success);
    QCommandLineParser parser;
    if (!parseOnline(parser, {}, arguments, {QStringLiteral("ID"), QStringLiteral("FILE.json")}))
        return finish(ExitCode::Usage);
    const QString clientId = parser.positionalArguments().at(0);
    const QString path = parser.positionalArguments().at(1);
    const OAuthAppDraftFile::Result draft = OAuthAppDraftFile::read(path);
    if (!draft.ok()) {
        Console::error(draft.error);
        return finish(ExitCode::Usage);
    }
    const QJsonObject file = draft.object;
    if (file.contains(F::clientId) && file.value(F::clientId).toString() != clientId) {
        Console::error(
            tr("“%1” describes the app %2, not %3; nothing was sent. Give the matching ID, or "
               "remove client_id from the file.")
                .arg(OAuthAppDraftFile::shownName(path), file.value(F::clientId).toString(), clientId));
        return finish(ExitCode::Usage);
    }
    // The members the file holds are checked; those it leaves out keep the app's values.
    QList<OAuthAppIssue> issues;
    for (const OAuthAppIssue &issue : OAuth::OAuthAppValidator().validateJson(file)) {
        // The portal's list of logout URLs stands for the create body's one.
        if (file.contains(issue.field) ||
            (issue.field == F::logoutRedirectUri && file.contains(F::logoutRedirectUris)))
            issues.append(issue);
    }
    const int errors = OAuthAppDraftFile::printIssues(issues);
    if (errors > 0) {
        Console::error(tr("“%1” has %n error(s); nothing was sent.", nullptr, errors)
                           .arg(OAuthAppDraftFile::shownName(path)));
        return finish(ExitCode::Usage);
    }
    ExitCode failure = ExitCode::Usage;
    if (!resolvePortal(parser, &failure))
        return finish(failure);
    openApi(false, finish, [this, clientId, file, finish](OAuth::OAuthAppsApi *api) {
        api->get(clientId, [this, api, clientId, file, finish](const Portal::PortalError &error,
                                                               const OAuth::RegisteredApp &current) {
            if (error.isError())
                return finish(reportFailure(error, false, clientId));
            update(api, clientId, file, current.app, finish);
        });
    });
}

QJsonObject OAuthAppUpdateCommand::merged(const OAuthApp &current, const QJsonObject &file)
{
    QJsonObject result = current.toCreateJson();
    for (auto it = file.constBegin(); it != file.constEnd(); ++it)
        result.insert(it.key(), it.value());
    // A file saved from "show --json" has the portal's list of logout URLs rather than the create body's one.
    if (file.contains(F::logoutRedirectUris) && !file.contains(F::logoutRedirectUri))
        result.remove(F::logoutRedirectUri);
    return result;
}

void OAuthAppUpdateCommand::update(OAuth::OAuthAppsApi *api, const QString &clientId, const QJsonObject &file,
                                   const OAuthApp &before, Finish finish)
{
    const OAuthApp edited = OAuthApp::fromJson(merged(before, file));
    QStringList readOnly = before.readOnlyChanges(edited);
    if (file.value(F::enabled).isBool() && file.value(F::enabled).toBool() != before.enabled)
        readOnly.append(F::enabled);
    Console::out().flush();
    for (const QString &field : std::as_const(readOnly))
        Console::err() << field << ": warning: " << tr("not changed. %1").arg(readOnlyReason(field))
                       << Qt::endl;

    const QJsonObject body = edited.toUpdateJson();
    const QJsonObject old = before.toUpdateJson();
    QStringList changed;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (old.value(it.key()) != it.value())
            changed.append(it.key());
    }
    if (changed.isEmpty()) {
        if (!readOnly.isEmpty()) {
            Console::error(tr("Nothing was changed: the portal does not let a registered app change %1.")
                               .arg(readOnly.join(QStringLiteral(", "))));
            return finish(ExitCode::Negative);
        }
        Console::out() << tr("Nothing to change: the app %1 already has these values.").arg(clientId)
                       << Qt::endl;
        return finish(ExitCode::Success);
    }
    api->update(clientId, body,
                [this, clientId, changed, name = edited.name, finish](const Portal::PortalError &error) {
                    if (error.isError())
                        return finish(reportFailure(error, false, clientId));
                    Console::out() << tr("Updated the OAuth app “%1” (%2) on %3: %4.")
                                          .arg(name, clientId, portalName(),
                                               changed.join(QStringLiteral(", ")))
                                   << Qt::endl;
                    finish(ExitCode::Success);
                });
}

} // namespace PortalKeys::Cli
