#pragma once

#include "authservice/KeySource.h"
#include "drafts/DraftStore.h"
#include "portal/PortalProfile.h"

#include <QDialog>

#include <functional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QTableView;

namespace PortalKeys {
class SecretStore;
}
namespace PortalKeys::AuthService {
class KeyDriftModel;
}
namespace PortalKeys::Portal {
class PortalClient;
}

namespace PortalKeys::Ui {

class BusyBar;
class PortalOperation;
class VerdictBanner;

// The drift check of the Third-party page: is a portal still what was prepared? Compares its authorization
// keys with the offline drafts, a bundle or another portal, key by key (same, differs, only on the portal,
// only on the other side), secrets without showing them. The prepared keys of the services that differ can be
// applied from here, through the Apply dialog's check and confirmation.
class CompareDialog : public QDialog {
    Q_OBJECT

public:
    enum class Other { Drafts, Bundle, Portal };
    using BundleChooser = std::function<QString()>;

    // `secrets` must outlive the dialog.
    CompareDialog(SecretStore *secrets, const QString &draftsPath,
                  const QList<Portal::PortalProfile> &profiles, BundleChooser chooseBundle,
                  QWidget *parent = nullptr);
    ~CompareDialog() override;

    void setPortal(const QString &profileId);
    void setOther(Other other);
    AuthService::KeyDriftModel *model() const { return m_model; }
    bool isBusy() const;

public slots:
    void compare();
    void reject() override;

signals:
    // A comparison ended with a result (not when it failed or was cancelled).
    void compared(bool differs);
    // Apply the prepared keys of `draftIds` (offline drafts) or of the bundle `bundlePath` to `profileId`.
    void applyRequested(const QStringList &draftIds, const QString &bundlePath, const QString &profileId);

private:
    using SourceReady = std::function<void(const AuthService::KeySource &source)>;

    void createWidgets();
    QWidget *createChoices();
    void updateButtons();
    void avoidSamePortal();
    Portal::PortalProfile chosenPortal(const QComboBox *box) const;
    void chooseBundle();
    void loadOther(QObject *token, SourceReady ready);
    void loadBundle(QObject *token, const QByteArray &content, const QString &error, SourceReady ready);
    void loadPortal(QObject *token, const Portal::PortalProfile &profile, SourceReady ready);
    void readPortal(QObject *token, Portal::PortalClient *client, const Portal::PortalProfile &profile,
                    SourceReady ready);
    void compareTwoPortals(const Portal::PortalProfile &here, const Portal::PortalProfile &there);
    void finishComparison(QObject *token, const AuthService::KeySource &ours,
                          const AuthService::KeySource &there, Other other);
    void showResult(const AuthService::KeySource &here, const AuthService::KeySource &there);
    void requestApply();

    SecretStore *m_secrets;
    Drafts::DraftStore m_draftStore;
    QList<Portal::PortalProfile> m_profiles;
    BundleChooser m_chooseBundle;
    QString m_bundlePath;
    QMap<QString, QString> m_lastDraftIds; // service → the draft its prepared keys come from
    Other m_lastOther = Other::Drafts;

    QComboBox *m_portal = nullptr;
    QRadioButton *m_draftsChoice = nullptr;
    QRadioButton *m_bundleChoice = nullptr;
    QRadioButton *m_portalChoice = nullptr;
    QButtonGroup *m_choices = nullptr;
    QPushButton *m_bundleButton = nullptr;
    QComboBox *m_otherPortal = nullptr;
    QCheckBox *m_showValues = nullptr;
    QPushButton *m_compare = nullptr;
    BusyBar *m_busy = nullptr;
    PortalOperation *m_operation = nullptr;
    VerdictBanner *m_summary = nullptr;
    QTableView *m_table = nullptr;
    AuthService::KeyDriftModel *m_model = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace PortalKeys::Ui
