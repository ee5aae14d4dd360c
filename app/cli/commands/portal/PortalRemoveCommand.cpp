#include "commands/portal/PortalRemoveCommand.h"

#include "Console.h"
#include "HelpFormatter.h"

#include "portal/PortalSession.h"
#include "secrets/KeychainSecretStore.h"

namespace PortalKeys::Cli {

using Portal::PortalProfile;

PortalRemoveCommand::PortalRemoveCommand()
    : m_store(std::make_unique<KeychainSecretStore>())
{}

PortalRemoveCommand::~PortalRemoveCommand() = default;

QString PortalRemoveCommand::summary() const
{
    return tr("Forget a portal and remove its secrets from the keychain.");
}

QString PortalRemoveCommand::help() const
{
    return HelpFormatter()
        .usage(QStringLiteral("portalkeys-cli portal remove NAME"))
        .paragraph(
            tr("Removes every secret of the portal from the keychain, then the portal from the list. When "
               "the keychain cannot be reached the portal stays in the list, so that no secret is left "
               "behind without a way to remove it. Login tokens stay valid on the portal until they "
               "expire; sign out there to end them."))
        .options({})
        .text();
}

void PortalRemoveCommand::run(const QStringList &arguments, Finish finish)
{
    if (handleHelpRequest(arguments))
        return finish(ExitCode::Success);
    QCommandLineParser parser;
    if (!parseArguments(parser, {}, arguments, 1, 1, tr("NAME of the portal")))
        return finish(ExitCode::Usage);
    ExitCode failure = ExitCode::Usage;
    const std::optional<PortalProfile> profile =
        findProfile(parser.positionalArguments().constFirst(), &failure);
    if (!profile)
        return finish(failure);

    Portal::PortalSession::removeSecrets(
        m_store.get(), *profile, &m_context, [profile, finish](const Portal::PortalError &error) {
            if (error.isError()) {
                Console::error(error.message());
                return finish(ExitCode::Keychain);
            }
            // Under the lock: keep what changed in the list since, remove only this portal.
            if (!updateProfiles([&profile](QList<PortalProfile> &profiles) {
                    profiles.removeIf([&](const PortalProfile &each) { return each.id == profile->id; });
                    return QString();
                }))
                return finish(ExitCode::Usage);
            Console::out() << tr("Removed the portal “%1” and its secrets.").arg(profile->name) << Qt::endl;
            finish(ExitCode::Success);
        });
}

} // namespace PortalKeys::Cli
