#include "commands/bundle/BundleExportCommand.h"

#include "ExitCodeMapping.h"

#include "Console.h"
#include "HelpFormatter.h"

#include "catalog/ServiceCatalog.h"
#include "common/AtomicFile.h"
#include "common/BoundedList.h"
#include "drafts/BundleExporter.h"
#include "drafts/DraftStore.h"
#include "drafts/PassphrasePolicy.h"
#include "secrets/KeychainSecretStore.h"

#include <QFileInfo>

#include <memory>

namespace PortalKeys::Cli {

using Drafts::Bundle;
using Drafts::Draft;

BundleExportCommand::BundleExportCommand()
    : m_passphraseOption(passphraseOption())
    , m_servicesOption(QStringLiteral("services"),
                       tr("Export only the drafts of these services (names separated by commas)."),
                       QStringLiteral("NAMES"))
    , m_forceOption(QStringLiteral("force"), tr("Replace FILE when it exists."))
    , m_keychain(std::make_unique<KeychainSecretStore>())
{}

BundleExportCommand::~BundleExportCommand() = default;

QList<QCommandLineOption> BundleExportCommand::allOptions() const
{
    return {m_passphraseOption, m_servicesOption, m_forceOption};
}

QString BundleExportCommand::summary() const
{
    return tr("Write offline drafts and their keys into a file encrypted with a passphrase.");
}

QString BundleExportCommand::help() const
{
    return HelpFormatter()
        .usage(
            QStringLiteral("portalkeys-cli bundle export FILE [--services NAME,NAME…] --passphrase-env NAME "
                           "[--force]"))
        .paragraph(tr("Gathers the offline drafts (all of them, or those of the services named) with their "
                      "values from the keychain and writes them into FILE, encrypted with AES-256-GCM under "
                      "a key derived from the passphrase (CMS, which “openssl cms -decrypt” also opens). "
                      "Use at least %1 characters; weak passphrases are warned about. FILE is readable by "
                      "you only; an existing FILE is replaced only with --force.")
                       .arg(Drafts::PassphrasePolicy::recommendedLength))
        .options(allOptions())
        .text();
}

bool BundleExportCommand::matches(const Draft &draft, const QString &serviceName)
{
    if (draft.service.compare(serviceName, Qt::CaseInsensitive) == 0)
        return true;
    // "appleid" finds the draft of "appleID", as the services commands do.
    const Catalog::ServiceDefinition *known =
        Catalog::ServiceCatalog::builtIn().find(draft.product, draft.service);
    return known && known->matches(serviceName);
}

std::optional<QList<Draft>> BundleExportCommand::choose(const QList<Draft> &drafts,
                                                        const QCommandLineParser &parser) const
{
    if (drafts.isEmpty()) {
        Console::error(tr("There are no offline drafts to export. Make one with “portalkeys-cli services set "
                          "NAME --offline --prop-env KEY=NAME …”."));
        return std::nullopt;
    }
    if (!parser.isSet(m_servicesOption))
        return drafts;
    QList<Draft> chosen;
    const QStringList names = parser.value(m_servicesOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &rawName : names) {
        const QString name = rawName.trimmed();
        bool found = false;
        for (const Draft &draft : drafts) {
            if (!matches(draft, name))
                continue;
            found = true;
            if (!Drafts::DraftStore::findById(chosen, draft.id))
                chosen.append(draft);
        }
        if (!found) {
            Console::error(tr("There is no offline draft for “%1”.").arg(name));
            return std::nullopt;
        }
    }
    if (chosen.isEmpty()) {
        Console::error(tr("--services names no service."));
        return std::nullopt;
    }
    return chosen;
}

QString BundleExportCommand::write(const QString &path, const QByteArray &content)
{
    // Encrypted, but still nobody else's business; a kill while writing keeps the old file.
    return AtomicFile::write(path, content, true, QStringLiteral("“%1”").arg(path));
}

void BundleExportCommand::run(const QStringList &arguments, Finish finish)
{
    if (handleHelpRequest(arguments))
        return finish(ExitCode::Success);
    QCommandLineParser parser;
    if (!parseArguments(parser, allOptions(), arguments))
        return finish(ExitCode::Usage);
    const QString path = parser.positionalArguments().constFirst();
    if (path == QStringLiteral("-")) {
        Console::error(
            tr("%1: give a file name; the bundle is not written to standard output.").arg(invocation()));
        return finish(ExitCode::Usage);
    }
    if (QFileInfo::exists(path) && !parser.isSet(m_forceOption)) {
        Console::error(
            tr("“%1” exists already; choose another name, or add --force to replace it.").arg(path));
        return finish(ExitCode::Usage);
    }
    std::optional<QByteArray> passphrase = readPassphrase(parser, m_passphraseOption);
    if (!passphrase)
        return finish(ExitCode::Usage);
    const Drafts::PassphrasePolicy::Check check = Drafts::PassphrasePolicy::check(*passphrase);
    if (!check.ok()) {
        Console::error(check.error);
        return finish(ExitCode::Usage);
    }
    for (const QString &warning : check.warnings)
        Console::warning(warning);

    const Drafts::DraftStore store;
    const Drafts::DraftStore::LoadResult loaded = store.load();
    if (!loaded.ok()) {
        Console::error(loaded.error);
        return finish(ExitCode::Usage);
    }
    const std::optional<QList<Draft>> chosen = choose(loaded.drafts, parser);
    if (!chosen)
        return finish(ExitCode::Negative);
    QStringList ids;
    QStringList described;
    for (const Draft &draft : *chosen) {
        ids.append(draft.id);
        described.append(
            QStringLiteral("%1 (%2)").arg(draft.service, Catalog::productDisplayName(draft.product)));
    }
    // One buffer, shared by pointer rather than copied into the handler, so that wiping it wipes the only
    // copy.
    const auto secret = std::make_shared<QByteArray>(std::move(*passphrase));
    Drafts::BundleExporter::collect(
        store, *m_keychain, ids, &m_context,
        [path, secret, described, finish](const QString &error, const QByteArray &json) {
            if (!error.isEmpty()) {
                Bundle::wipe(*secret);
                Console::error(error);
                // The drafts file was read before; what fails now is reading values from the keychain.
                return finish(ExitCode::Keychain);
            }
            const Bundle::EncryptResult encrypted = Bundle::encrypt(json, *secret);
            Bundle::wipe(*secret);
            if (!encrypted.ok()) {
                Console::error(encrypted.error);
                return finish(exitCodeFor(encrypted.failure));
            }
            const QString writeError = write(path, encrypted.file);
            if (!writeError.isEmpty()) {
                Console::error(writeError);
                return finish(ExitCode::Usage);
            }
            // Separate singular text keeps the untranslated English right: the CLI loads no translation.
            Console::out() << (described.size() == 1
                                   ? tr("Exported %n draft to %1: %2", nullptr, 1)
                                   : tr("Exported %n drafts to %1: %2", nullptr, int(described.size())))
                                  .arg(path, BoundedList::join(described))
                           << Qt::endl;
            finish(ExitCode::Success);
        });
}

} // namespace PortalKeys::Cli
