#include "commands/bundle/BundleImportCommand.h"

#include "Console.h"
#include "HelpFormatter.h"
#include "commands/services/TextTable.h"

#include "drafts/BundleContent.h"
#include "drafts/BundleImporter.h"
#include "drafts/DraftStore.h"
#include "secrets/KeychainSecretStore.h"

namespace PortalKeys::Cli {

using Drafts::Bundle;
using Drafts::Draft;

namespace {

QString draftTable(const QList<Draft> &drafts)
{
    TextTable table({BundleImportCommand::tr("SERVICE"), BundleImportCommand::tr("PRODUCT"),
                     BundleImportCommand::tr("KEYS"), BundleImportCommand::tr("DRAFT")});
    for (const Draft &draft : drafts)
        table.addRow({draft.service, Catalog::productName(draft.product),
                      QString::number(draft.keyNames.size()), draft.id});
    return table.text();
}

} // namespace

BundleImportCommand::BundleImportCommand()
    : m_passphraseOption(passphraseOption())
    , m_keychain(std::make_unique<KeychainSecretStore>())
{}

BundleImportCommand::~BundleImportCommand() = default;

QString BundleImportCommand::summary() const
{
    return tr("Decrypt a bundle and add its drafts to the offline drafts (values into the keychain).");
}

QString BundleImportCommand::help() const
{
    return HelpFormatter()
        .usage(QStringLiteral("portalkeys-cli bundle import FILE --passphrase-env NAME"))
        .paragraph(tr("Decrypts FILE (\"-\" for standard input) and creates a new offline draft for each "
                      "draft it holds: names in the drafts list, values in the keychain. Lists what was "
                      "imported, never the values. Exits 1 when the passphrase is wrong, 2 when FILE is not "
                      "a bundle, is damaged or was changed, 5 when the keychain cannot store the values (the "
                      "drafts imported before the failure stay)."))
        .options({m_passphraseOption})
        .text();
}

void BundleImportCommand::run(const QStringList &arguments, Finish finish)
{
    if (handleHelpRequest(arguments))
        return finish(ExitCode::Success);
    QCommandLineParser parser;
    if (!parseArguments(parser, {m_passphraseOption}, arguments))
        return finish(ExitCode::Usage);
    const QString path = parser.positionalArguments().constFirst();
    std::optional<QByteArray> passphrase = readPassphrase(parser, m_passphraseOption);
    if (!passphrase)
        return finish(ExitCode::Usage);
    // A damaged drafts list stops the import before the bundle is even decrypted.
    const Drafts::DraftStore store;
    const Drafts::DraftStore::LoadResult loaded = store.load();
    if (!loaded.ok()) {
        Bundle::wipe(*passphrase);
        Console::error(loaded.error);
        return finish(ExitCode::Usage);
    }
    ExitCode failure = ExitCode::Success;
    std::optional<QByteArray> decrypted = decryptFile(path, *passphrase, &failure);
    Bundle::wipe(*passphrase);
    if (!decrypted)
        return finish(failure);
    QByteArray json = std::move(*decrypted);
    decrypted.reset();

    // Checked here so that a bundle whose content is wrong exits 2, and a keychain failure while storing 5.
    Drafts::BundleContent::ParseResult parsed = Drafts::BundleContent::fromJson(json);
    const bool contentOk = parsed.ok();
    const QString contentError = parsed.error;
    parsed.entries.clear();
    if (!contentOk) {
        Bundle::wipe(json);
        Console::error(contentError);
        return finish(ExitCode::Usage);
    }
    Drafts::BundleImporter::import(
        store, *m_keychain, json, &m_context,
        [path, finish](const QString &error, const QList<Draft> &imported) {
            if (!imported.isEmpty())
                // Separate singular text keeps the untranslated English right: the CLI loads no translation.
                Console::out() << (imported.size() == 1
                                       ? tr("Imported %n draft from %1:", nullptr, 1)
                                       : tr("Imported %n drafts from %1:", nullptr, int(imported.size())))
                                      .arg(path)
                               << Qt::endl
                               << draftTable(imported) << Qt::flush;
            if (!error.isEmpty()) {
                Console::error(error);
                return finish(ExitCode::Keychain);
            }
            finish(ExitCode::Success);
        });
    // The importer took what it needs from the plaintext at once.
    Bundle::wipe(json);
}

} // namespace PortalKeys::Cli
