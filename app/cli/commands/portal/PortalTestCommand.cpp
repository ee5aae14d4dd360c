#include "commands/portal/PortalTestCommand.h"

#include "Console.h"
#include "HelpFormatter.h"

#include "portal/PortalClient.h"
#include "portal/ProfileStore.h"
#include "portal/TestRecord.h"

namespace PortalKeys::Cli {

PortalTestCommand::PortalTestCommand()
    : m_jsonOption(QStringLiteral("json"), tr("Print JSON for scripts."))
{}

QList<QCommandLineOption> PortalTestCommand::allOptions() const
{
    return m_portalOptions.options() << m_jsonOption;
}

QString PortalTestCommand::summary() const
{
    return tr("Sign in to a portal and say as whom (checks the address, certificate and credentials).");
}

QString PortalTestCommand::help() const
{
    return HelpFormatter()
        .usage(QStringLiteral("portalkeys-cli portal test NAME [--json]"))
        .usage(QStringLiteral("portalkeys-cli portal test --url URL (--api-key-env NAME | --token-env NAME | "
                              "--user EMAIL --password-env NAME) [--pin-sha256 HEX] [--json]"))
        .paragraph(
            tr("Asks the portal whether the credentials are accepted and who they belong to. Exits 0 when "
               "they are, 3 on a network or certificate problem (the certificate and the command to "
               "trust it are shown), 4 when the portal refuses the credentials, 5 when the keychain "
               "cannot be read."))
        .options(allOptions())
        .text();
}

void PortalTestCommand::run(const QStringList &arguments, Finish finish)
{
    if (handleHelpRequest(arguments))
        return finish(ExitCode::Success);
    QCommandLineParser parser;
    if (!parseArguments(parser, allOptions(), arguments, 0, 1, tr("NAME of a saved portal")))
        return finish(ExitCode::Usage);
    const PortalOptions::Target target =
        m_portalOptions.resolve(parser, parser.positionalArguments().value(0));
    if (!target.ok()) {
        Console::error(target.error);
        return finish(target.failureCode);
    }
    const bool json = parser.isSet(m_jsonOption);
    const PortalErrorReport::TrustAdvice advice = PortalOptions::trustAdvice(target);
    const QString portalName = target.profile.name;
    const QString hint = target.saved ? signInAgainHint(target.profile) : QString();
    Tested keep;
    if (target.saved) {
        // Kept with the saved portal, as the app's Portals page does ("Tested 2 hours ago: OK" there). Only a
        // courtesy: a portal removed or moved meanwhile keeps nothing, and the verdict printed is unchanged.
        keep = [profile = target.profile](const Portal::PortalError &error,
                                          const Portal::ConnectionReport &report) {
            Portal::ProfileStore().update(
                Portal::TestRecord::keep(profile.id, profile.baseUrl, Portal::TestRecord::of(error, report)));
        };
    }
    m_portalOptions.open(target, &m_context,
                         [this, portalName, json, advice, hint, finish,
                          keep](const Portal::PortalError &error, Portal::PortalClient *client) {
                             if (error.isError())
                                 return finish(reportFailure(error, portalName, json, advice, hint));
                             testConnection(client, portalName, json, advice, &m_context, finish, hint, keep);
                         });
}

} // namespace PortalKeys::Cli
