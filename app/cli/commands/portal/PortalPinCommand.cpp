#include "commands/portal/PortalPinCommand.h"

#include "Console.h"
#include "HelpFormatter.h"
#include "Sha256Fingerprint.h"

#include "portal/CertificateInfo.h"
#include "portal/ProfileStore.h"

namespace PortalKeys::Cli {

using Portal::PortalProfile;

PortalPinCommand::PortalPinCommand()
    : m_sha256Option(QStringLiteral("sha256"),
                     tr("The certificate's SHA-256 fingerprint, as “portalkeys-cli portal test” shows it."),
                     QStringLiteral("HEX"))
    , m_clearOption(QStringLiteral("clear"), tr("Stop trusting a pinned certificate."))
{}

QString PortalPinCommand::summary() const
{
    return tr("Trust (or stop trusting) a certificate that fails the TLS check, e.g. a self-signed one.");
}

QString PortalPinCommand::help() const
{
    return HelpFormatter()
        .usage(QStringLiteral("portalkeys-cli portal pin NAME (--sha256 HEX | --clear)"))
        .paragraph(
            tr("A portal with a self-signed or otherwise unverifiable certificate is refused until you pin "
               "its certificate: then exactly that certificate is accepted, and any other one still "
               "fails. Compare the fingerprint “portalkeys-cli portal test NAME” shows with the one the "
               "portal's administrator sees before pinning it. Colons between the pairs are allowed."))
        .options({m_sha256Option, m_clearOption})
        .text();
}

void PortalPinCommand::run(const QStringList &arguments, Finish finish)
{
    if (handleHelpRequest(arguments))
        return finish(ExitCode::Success);
    QCommandLineParser parser;
    if (!parseArguments(parser, {m_sha256Option, m_clearOption}, arguments, 1, 1, tr("NAME of the portal")))
        return finish(ExitCode::Usage);
    if (parser.isSet(m_sha256Option) == parser.isSet(m_clearOption)) {
        Console::error(tr("portal pin: give either --sha256 HEX or --clear."));
        return finish(ExitCode::Usage);
    }
    QString pin;
    if (parser.isSet(m_sha256Option)) {
        const Sha256Fingerprint::Result fingerprint =
            Sha256Fingerprint::normalize(parser.value(m_sha256Option));
        if (!fingerprint.ok()) {
            Console::error(fingerprint.error);
            return finish(ExitCode::Usage);
        }
        pin = fingerprint.hex;
    }

    std::optional<QList<PortalProfile>> profiles = loadProfiles();
    if (!profiles)
        return finish(ExitCode::Usage);
    const QString name = parser.positionalArguments().constFirst();
    const PortalProfile *found = Portal::ProfileStore::findByName(*profiles, name);
    if (!found) {
        Console::error(
            tr("There is no portal named “%1”. Run “portalkeys-cli portal list” to see them.").arg(name));
        return finish(ExitCode::Negative);
    }
    const QString id = found->id;
    for (PortalProfile &profile : *profiles) {
        if (profile.id != id)
            continue;
        const bool pinned = updateProfiles([&id, &pin, &name](QList<PortalProfile> &current) {
            for (PortalProfile &stored : current) {
                if (stored.id == id) {
                    stored.pinnedSha256 = pin;
                    return QString();
                }
            }
            return tr("The portal “%1” was removed meanwhile; nothing was changed.").arg(name);
        });
        if (!pinned)
            return finish(ExitCode::Usage);
        if (pin.isEmpty())
            Console::out() << tr("“%1” no longer trusts a pinned certificate; its certificate must pass the "
                                 "TLS check.")
                                  .arg(profile.name)
                           << Qt::endl;
        else
            Console::out() << tr("“%1” now trusts the certificate %2 even where it fails the TLS check.")
                                  .arg(profile.name, Portal::CertificateInfo::formatFingerprint(pin))
                           << Qt::endl
                           << tr("Check it with: portalkeys-cli portal test %1")
                                  .arg(PortalErrorReport::shellQuoted(profile.name))
                           << Qt::endl;
        break;
    }
    finish(ExitCode::Success);
}

} // namespace PortalKeys::Cli
