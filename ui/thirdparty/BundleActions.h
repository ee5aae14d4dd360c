#pragma once

#include "widgets/VerdictBanner.h"

#include "drafts/Draft.h"
#include "drafts/DraftStore.h"
#include "portal/PortalProfile.h"

#include <QObject>

#include <functional>

namespace PortalKeys {
class SecretStore;
}

namespace PortalKeys::Ui {

class ApplyDialog;
class PortalOperation;

// The Third-party page's work with several drafts at once: exporting them to a bundle encrypted with a
// passphrase, importing a bundle's drafts, applying drafts or a bundle to portals (ApplyDialog), and
// comparing a portal with what was prepared (CompareDialog), whose differing keys go to ApplyDialog.
class BundleActions : public QObject {
    Q_OBJECT

public:
    enum class FileChoice { SaveBundle, OpenBundle };
    // Asks for a file to write or read; empty when the user cancels. Replaceable for tests.
    using FileChooser = std::function<QString(FileChoice choice, const QString &suggestedPath)>;
    // The drafts just imported; returns whether the page shows them (it shows offline drafts).
    using Imported = std::function<bool(const QList<Drafts::Draft> &drafts)>;

    // All must outlive the actions; dialogs open over `dialogParent`.
    BundleActions(PortalOperation *operation, Drafts::DraftStore *store, SecretStore *secrets,
                  QWidget *dialogParent);

    void setFileChooser(FileChooser chooser);
    // `currentDraftId`: the draft shown, ticked at first (may be empty).
    void exportBundle(const QString &currentDraftId);
    void importBundle(Imported imported);
    // `applied` when the dialog closes after keys were applied (not only checked).
    void applyToPortals(const QList<Portal::PortalProfile> &profiles, const QString &currentDraftId,
                        const QString &currentProfileId, std::function<void()> applied);
    // The drift check of `currentProfileId`'s portal (may be empty); `applied` as for applyToPortals().
    void compare(const QList<Portal::PortalProfile> &profiles, const QString &currentProfileId,
                 std::function<void()> applied);

signals:
    void notice(VerdictBanner::State state, const QString &text);

private:
    QString chooseFile(FileChoice choice, const QString &suggested);
    ApplyDialog *openApplyDialog(const QList<Portal::PortalProfile> &profiles, const QString &bundlePath,
                                 std::function<void()> applied);
    void runExport(const QStringList &draftIds, const QByteArray &passphrase, const QString &path);
    void writeBundle(const QString &path, const QByteArray &file, qsizetype count);
    void askImportPassphrase(const QString &path, const QByteArray &content, const QString &error,
                             Imported imported);
    void runImport(const QString &path, const QByteArray &content, const QByteArray &passphrase,
                   Imported imported);
    void reportImport(const QString &name, const QString &error, const QList<Drafts::Draft> &drafts,
                      const QStringList &warnings, const Imported &imported);

    PortalOperation *m_operation;
    Drafts::DraftStore *m_store;
    SecretStore *m_secrets;
    QWidget *m_dialogParent;
    FileChooser m_chooseFile;
};

} // namespace PortalKeys::Ui
