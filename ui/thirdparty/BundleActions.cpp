#include "thirdparty/BundleActions.h"

#include "thirdparty/ApplyDialog.h"
#include "thirdparty/BundleWorker.h"
#include "thirdparty/CompareDialog.h"
#include "thirdparty/ExportBundleDialog.h"
#include "thirdparty/PassphraseDialog.h"
#include "widgets/PortalOperation.h"

#include "common/AtomicFile.h"
#include "drafts/BundleExporter.h"
#include "drafts/BundleImporter.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>

#include <memory>

namespace PortalKeys::Ui {

using State = VerdictBanner::State;

BundleActions::BundleActions(PortalOperation *operation, Drafts::DraftStore *store, SecretStore *secrets,
                             QWidget *dialogParent)
    : QObject(dialogParent)
    , m_operation(operation)
    , m_store(store)
    , m_secrets(secrets)
    , m_dialogParent(dialogParent)
{}

void BundleActions::setFileChooser(FileChooser chooser)
{
    m_chooseFile = std::move(chooser);
}

QString BundleActions::chooseFile(FileChoice choice, const QString &suggested)
{
    if (m_chooseFile)
        return m_chooseFile(choice, suggested);
    const QString filter = tr("PortalKeys bundles (*.pkbundle);;All files (*)");
    if (choice == FileChoice::OpenBundle)
        return QFileDialog::getOpenFileName(m_dialogParent, tr("Open bundle"), QDir::homePath(), filter);
    QString path = QFileDialog::getSaveFileName(m_dialogParent, tr("Export bundle"), suggested, filter);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pkbundle");
    return path;
}

void BundleActions::exportBundle(const QString &currentDraftId)
{
    const Drafts::DraftStore::LoadResult loaded = m_store->load();
    if (!loaded.ok())
        return emit notice(State::Invalid, loaded.error);
    if (loaded.drafts.isEmpty())
        return emit notice(State::Neutral,
                           tr("There are no drafts to export yet. Choose “Offline drafts” as the source, "
                              "fill in a service and save it as a draft."));
    QStringList checked;
    if (!currentDraftId.isEmpty())
        checked.append(currentDraftId);
    auto *dialog = new ExportBundleDialog(loaded.drafts, checked, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // Taken before the file dialog runs: this dialog is gone once it closes.
        const QStringList ids = dialog->selectedDraftIds();
        const QByteArray passphrase = dialog->passphrase();
        const QString suggested = QDir::home().filePath(
            QStringLiteral("portalkeys-drafts-%1.pkbundle").arg(QDate::currentDate().toString(Qt::ISODate)));
        const QString path = chooseFile(FileChoice::SaveBundle, suggested);
        if (!path.isEmpty())
            runExport(ids, passphrase, path);
    });
    dialog->open();
}

void BundleActions::runExport(const QStringList &draftIds, const QByteArray &passphrase, const QString &path)
{
    if (m_operation->isBusy())
        return;
    QObject *token = m_operation->begin(tr("Reading the drafts' values from the keychain…"));
    Drafts::BundleExporter::collect(
        *m_store, *m_secrets, draftIds, token,
        [this, token, passphrase, path, count = draftIds.size()](const QString &error,
                                                                 const QByteArray &json) {
            if (!m_operation->isCurrent(token))
                return;
            if (!error.isEmpty()) {
                m_operation->end();
                return emit notice(State::Invalid, tr("Nothing was exported. %1").arg(error));
            }
            // PBKDF2 cannot be interrupted; from here on the step runs to its end.
            m_operation->holdToEnd(tr("Encrypting the bundle…"));
            BundleWorker::encrypt(
                json, passphrase, token,
                [this, token, path, count](const Drafts::Bundle::EncryptResult &result) {
                    if (!m_operation->isCurrent(token))
                        return;
                    m_operation->end();
                    if (!result.ok())
                        return emit notice(State::Invalid, tr("Nothing was exported. %1").arg(result.error));
                    writeBundle(path, result.file, count);
                });
        });
}

void BundleActions::writeBundle(const QString &path, const QByteArray &file, qsizetype count)
{
    // Encrypted, but still nobody else's business; a kill while writing keeps the old file.
    const QString writeError = AtomicFile::write(path, file, true, path);
    if (!writeError.isEmpty())
        return emit notice(State::Invalid, tr("The bundle could not be written: %1").arg(writeError));
    const QString name = QFileInfo(path).fileName();
    emit notice(State::Valid, (count == 1 ? tr("Exported %n draft to %1.", nullptr, 1)
                                          : tr("Exported %n drafts to %1.", nullptr, int(count)))
                                      .arg(name) +
                                  QLatin1Char(' ') + tr("Keep the passphrase apart from the file."));
}

void BundleActions::importBundle(Imported imported)
{
    const QString path = chooseFile(FileChoice::OpenBundle, QString());
    if (path.isEmpty())
        return;
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (file.size() > Drafts::Bundle::maxFileSize)
        return emit notice(State::Invalid, tr("%1 is larger than 16 MiB, so it is not a bundle.").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return emit notice(State::Invalid, tr("Cannot read %1: %2").arg(name, file.errorString()));
    askImportPassphrase(path, file.readAll(), QString(), std::move(imported));
}

void BundleActions::askImportPassphrase(const QString &path, const QByteArray &content, const QString &error,
                                        Imported imported)
{
    auto *dialog = new PassphraseDialog(tr("Import bundle"), QFileInfo(path).fileName(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!error.isEmpty())
        dialog->setError(error);
    connect(dialog, &QDialog::accepted, this, [this, dialog, path, content, imported] {
        runImport(path, content, dialog->passphrase(), imported);
    });
    dialog->open();
}

void BundleActions::runImport(const QString &path, const QByteArray &content, const QByteArray &passphrase,
                              Imported imported)
{
    if (m_operation->isBusy())
        return;
    const QString name = QFileInfo(path).fileName();
    // Not cancellable: PBKDF2 cannot be interrupted, and a half-stored import is worse than a short wait.
    QObject *token = m_operation->begin(tr("Opening %1…").arg(name), false);
    BundleWorker::decrypt(
        content, passphrase, token,
        [this, token, path, content, name, imported](Drafts::Bundle::DecryptResult &result) {
            if (!m_operation->isCurrent(token))
                return;
            if (result.failure == Drafts::Bundle::Failure::WrongPassphrase) {
                m_operation->end();
                return askImportPassphrase(path, content, result.error, imported);
            }
            if (!result.ok()) {
                m_operation->end();
                return emit notice(State::Invalid,
                                   tr("Nothing was imported from %1. %2").arg(name, result.error));
            }
            m_operation->setText(tr("Storing the drafts' values in the keychain…"));
            const QStringList warnings = result.warnings;
            // The importer reads the plaintext at once; the worker wipes it when this
            // handler returns.
            Drafts::BundleImporter::import(*m_store, *m_secrets, result.json, token,
                                           [this, token, name, warnings, imported](
                                               const QString &error, const QList<Drafts::Draft> &drafts) {
                                               if (!m_operation->isCurrent(token))
                                                   return;
                                               m_operation->end();
                                               reportImport(name, error, drafts, warnings, imported);
                                           });
        });
}

void BundleActions::reportImport(const QString &name, const QString &error,
                                 const QList<Drafts::Draft> &drafts, const QStringList &warnings,
                                 const Imported &imported)
{
    QStringList lines;
    if (!error.isEmpty())
        lines.append(drafts.isEmpty() ? tr("Nothing was imported from %1. %2").arg(name, error) : error);
    else
        lines.append((drafts.size() == 1 ? tr("Imported %n draft from %1.", nullptr, 1)
                                         : tr("Imported %n drafts from %1.", nullptr, int(drafts.size())))
                         .arg(name));
    lines.append(warnings);
    if (!imported(drafts) && !drafts.isEmpty())
        lines.append(tr("Choose “Offline drafts” as the source to see them."));
    const State state = !error.isEmpty()     ? (drafts.isEmpty() ? State::Invalid : State::Warning)
                        : warnings.isEmpty() ? State::Valid
                                             : State::Warning;
    emit notice(state, lines.join(QLatin1Char('\n')));
}

void BundleActions::applyToPortals(const QList<Portal::PortalProfile> &profiles,
                                   const QString &currentDraftId, const QString &currentProfileId,
                                   std::function<void()> applied)
{
    if (profiles.isEmpty())
        return emit notice(
            State::Neutral,
            tr("Add a portal on the Portals page first; drafts are applied to the portals listed there."));
    ApplyDialog *dialog = openApplyDialog(profiles, {}, std::move(applied));
    dialog->setChecked(currentDraftId.isEmpty() ? QStringList() : QStringList{currentDraftId},
                       currentProfileId.isEmpty() ? QStringList() : QStringList{currentProfileId});
}

ApplyDialog *BundleActions::openApplyDialog(const QList<Portal::PortalProfile> &profiles,
                                            const QString &bundlePath, std::function<void()> applied)
{
    // A bundle the drift check used is offered again without asking for the file.
    auto chooser = [this, bundlePath] {
        return bundlePath.isEmpty() ? chooseFile(FileChoice::OpenBundle, QString()) : bundlePath;
    };
    auto *dialog = new ApplyDialog(m_secrets, m_store->path(), profiles, chooser, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Keys applied to the portal shown change what its cards should say.
    auto wasApplied = std::make_shared<bool>(false);
    connect(dialog, &ApplyDialog::runFinished, this, [wasApplied](bool dryRun) {
        if (!dryRun)
            *wasApplied = true;
    });
    connect(dialog, &QDialog::finished, this, [wasApplied, applied] {
        if (*wasApplied)
            applied();
    });
    dialog->open();
    return dialog;
}

void BundleActions::compare(const QList<Portal::PortalProfile> &profiles, const QString &currentProfileId,
                            std::function<void()> applied)
{
    if (profiles.isEmpty())
        return emit notice(
            State::Neutral,
            tr("Add a portal on the Portals page first; the comparison reads a portal's keys."));
    auto *dialog = new CompareDialog(
        m_secrets, m_store->path(), profiles,
        [this] { return chooseFile(FileChoice::OpenBundle, QString()); }, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPortal(currentProfileId);
    connect(dialog, &CompareDialog::applyRequested, this,
            [this, profiles, applied](const QStringList &draftIds, const QString &bundlePath,
                                      const QString &profileId) {
                ApplyDialog *apply = openApplyDialog(profiles, bundlePath, applied);
                if (!bundlePath.isEmpty())
                    apply->useBundle();
                apply->setChecked(draftIds, {profileId});
            });
    dialog->open();
}

} // namespace PortalKeys::Ui
