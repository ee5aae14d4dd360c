#include "commands/apikey/ApiKeyStateCommand.h"

#include "Console.h"
#include "HelpFormatter.h"

#include "apikeys/ApiKeysApi.h"

namespace PortalKeys::Cli {

using ApiKeys::ApiKey;

ApiKeyStateCommand::ApiKeyStateCommand(bool enable)
    : m_enable(enable)
    , m_yesOption(QStringLiteral("yes"), tr("Accepted for scripts that pass it to every apikey command; "
                                            "switching a key on or off asks nothing."))
{}

QString ApiKeyStateCommand::summary() const
{
    return m_enable ? tr("Switch an API key on again.")
                    : tr("Switch an API key off: the portal refuses it until it is switched on.");
}

QString ApiKeyStateCommand::help() const
{
    return HelpFormatter()
        .usage(
            QStringLiteral("portalkeys-cli apikey %1 ID (--portal NAME | --url URL …) [--yes]").arg(name()))
        .paragraph(
            m_enable ? tr("Switches the key with this ID on: the portal accepts it again. An expired key "
                          "stays refused; the portal does not change it (exit 1).")
                     : tr("Switches the key with this ID off: the portal refuses it until it is switched on "
                          "again, and everything else about it stays. The portal changes neither an expired "
                          "key nor, unless you are a portal admin, another user's key (exit 1)."))
        .paragraph(portalParagraph())
        .options(portalOptions() << m_yesOption)
        .text();
}

void ApiKeyStateCommand::run(const QStringList &arguments, Finish finish)
{
    if (handleHelpRequest(arguments))
        return finish(ExitCode::Success);
    QCommandLineParser parser;
    if (!parseOnline(parser, {m_yesOption}, arguments, {QStringLiteral("ID")}))
        return finish(ExitCode::Usage);
    const QString id = parser.positionalArguments().constFirst().trimmed();
    if (!checkKeyId(id))
        return finish(ExitCode::Usage);
    ExitCode failure = ExitCode::Usage;
    if (!resolvePortal(parser, &failure))
        return finish(failure);
    openKey(id, false, finish, [this, finish](Portal::PortalClient *client, const ApiKey &key) {
        ApiKeys::ApiKeyChange change;
        change.isActive = m_enable;
        ApiKeys::ApiKeysApi::update(
            client, key.id, key.name, change, [this, key, finish](const Portal::PortalError &error) {
                if (error.isError())
                    return finish(reportKeyFailure(error, key.id));
                Console::out() << (m_enable ? tr("Switched the API key %1 on at %2.")
                                            : tr("Switched the API key %1 off at %2."))
                                      .arg(keyLabel(key), portalName())
                               << Qt::endl;
                finish(ExitCode::Success);
            });
    });
}

} // namespace PortalKeys::Cli
