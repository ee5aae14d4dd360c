#pragma once

#include "authservice/KeyApplier.h"
#include "drafts/BundleContent.h"
#include "drafts/DraftStore.h"
#include "portal/PortalProfile.h"

#include <QDialog>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;

namespace PortalKeys {
class SecretStore;
}

namespace PortalKeys::Ui {

class ApplyReport;
class ApplySourceList;
class BusyBar;
class PortalOperation;
class VerdictBanner;

// Applies prepared keys to several portals at once. The admin ticks drafts (or the drafts of a bundle file)
// and portals; "Check" runs a dry run that reads each portal and reports per portal and service what would
// happen, sending nothing; only then does Apply send the keys. The report stays: applied, unchanged, or
// refused and why. Workspace drafts are listed but cannot be ticked: Workspace takes keys in its own page.
class ApplyDialog : public QDialog {
    Q_OBJECT

public:
    using BundleChooser = std::function<QString()>;

    // `secrets` must outlive the dialog.
    ApplyDialog(SecretStore *secrets, const QString &draftsPath, const QList<Portal::PortalProfile> &profiles,
                BundleChooser chooseBundle, QWidget *parent = nullptr);
    ~ApplyDialog() override;

    bool isBusy() const;
    void setChecked(const QStringList &draftIds, const QStringList &profileIds);
    // Shows a report as if a run had just produced it (screenshots).
    void showReport(const QList<AuthService::KeyApplier::Row> &rows, bool dryRun);
    QList<AuthService::KeyApplier::Row> rows() const { return m_rows; }

public slots:
    void checkChanges();
    void applyChanges();
    void useBundle();
    void useDrafts();
    void cancelOperation();
    void reject() override;

signals:
    // A check or an apply ended with a report (not when cancelled).
    void runFinished(bool dryRun);

private:
    struct Source {
        Drafts::Draft draft;
        std::optional<Drafts::DraftValues> values; // from a bundle; drafts of the store are read on use
    };

    void createWidgets();
    QLayout *createChoice();
    void fillSources();
    void setSources(QList<Source> sources, const QString &bundleName);
    void selectionChanged();
    void updateButtons();
    QList<int> checkedSources() const;
    QList<Portal::PortalProfile> checkedPortals() const;
    void run(bool dryRun);
    void readValues(
        QObject *operation, QList<int> sources, QList<AuthService::KeyApplier::Prepared> prepared,
        std::function<void(const QString &error, const QList<AuthService::KeyApplier::Prepared> &)> done);
    // The keys to send, or nothing when a draft's values fail the catalog's check (then the summary says
    // why).
    std::optional<QList<AuthService::PreparedKeys>>
    checkPrepared(const QList<AuthService::KeyApplier::Prepared> &prepared);
    // Runs the applier for the call `operation`: the portals at the same time, each one's rows added to
    // the report (in the portals' order) as soon as it is done.
    void applyTo(QObject *operation, const QList<Portal::PortalProfile> &portals,
                 const QList<AuthService::PreparedKeys> &prepared, bool dryRun);
    void showSummary(bool dryRun);
    // Asks for the passphrase of the bundle `content` and opens it; again with `error` after a wrong one.
    void askPassphrase(const QString &name, const QByteArray &content, const QString &error);

    SecretStore *m_secrets;
    Drafts::DraftStore m_draftStore;
    QList<Portal::PortalProfile> m_profiles;
    BundleChooser m_chooseBundle;
    QList<Source> m_sources;
    QString m_bundleName; // empty: the sources are the stored drafts
    QList<AuthService::KeyApplier::Row> m_rows;
    bool m_checked = false; // a dry run covers the current choice
    QStringList m_warnings; // what the catalog's check says about the keys of the last run
    PortalOperation *m_operation = nullptr;

    QLabel *m_sourceLabel = nullptr;
    ApplySourceList *m_keys = nullptr;
    QPushButton *m_bundleButton = nullptr;
    QPushButton *m_draftsButton = nullptr;
    QListWidget *m_portals = nullptr;
    BusyBar *m_busy = nullptr;
    VerdictBanner *m_summary = nullptr;
    ApplyReport *m_report = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace PortalKeys::Ui
