#pragma once

#include "widgets/OperationPage.h"
#include "widgets/VerdictBanner.h"

#include "apikeys/ApiKeyChange.h"
#include "apikeys/ApiKeyTableModel.h"

#include <QStringList>

class QAction;
class QLabel;
class QPushButton;
class QTableView;

namespace PortalKeys {
class SecretStore;
}
namespace PortalKeys::Portal {
class PortalClient;
class PortalListModel;
} // namespace PortalKeys::Portal

namespace PortalKeys::Ui {

class PortalPicker;
class SecureClipboard;

// The "API keys" page: the API keys of the chosen portal (Developer Tools → API keys) in a table, keys that
// expire within 14 days highlighted and expired ones marked. Create… makes a key and shows it once
// (ApiKeyCreatedDialog: copy, keychain, add as a portal); Edit… renames a key or changes its permissions;
// Switch off/on and Delete… (asks first). Every call runs asynchronously with a busy bar and Cancel where
// stopping is safe; a refusal is shown in the portal's terms.
class ApiKeysPage : public OperationPage {
    Q_OBJECT

public:
    // `secrets` and `portals` (the app's portal list) must outlive the page.
    ApiKeysPage(SecretStore *secrets, Portal::PortalListModel *portals, QWidget *parent = nullptr);
    // With a portal list of its own; `profilesPath` empty: the default one.
    explicit ApiKeysPage(SecretStore *secrets, const QString &profilesPath = {}, QWidget *parent = nullptr);
    ~ApiKeysPage() override;

    PortalPicker *portalPicker() const { return m_picker; }
    ApiKeys::ApiKeyTableModel *model() { return &m_model; }
    QTableView *table() const { return m_table; }
    QStringList offeredPermissions() const { return m_offered; }
    // Selects the row of the key with this ID; false when it is not listed.
    bool selectKey(const QString &id);
    // The key of the selected row, or nullptr.
    const ApiKeys::ApiKey *selectedKey() const;

public slots:
    void reload();
    void createKey();
    void editKey();
    void toggleKey();
    void deleteKey();

signals:
    // "Add as a portal" saved a new portal profile.
    void portalAdded(const QString &profileId);

private:
    void createWidgets();
    QWidget *createToolbar();
    void onPortalChosen();
    void updateActions() override;
    void updateLegend();
    void showNotice(VerdictBanner::State state, const QString &text);

    // Starts a call to the chosen portal and calls `ready` with its signed-in client.
    void begin(const QString &text, bool cancellable,
               std::function<void(QObject *token, Portal::PortalClient *client)> ready);
    // Lists the keys again, selects `selectId`, ends the call and shows `done` (if any).
    void refreshKeys(QObject *token, Portal::PortalClient *client, const QString &selectId,
                     const QString &done);
    void sendChange(const ApiKeys::ApiKey &key, const ApiKeys::ApiKeyChange &change, const QString &busyText,
                    const QString &doneText);
    void created(const ApiKeys::ApiKey &key, const QByteArray &secret);

    SecretStore *m_secrets;
    Portal::PortalListModel *m_portals;
    ApiKeys::ApiKeyTableModel m_model;
    QStringList m_offered;
    bool m_loaded = false;
    SecureClipboard *m_clipboard = nullptr;

    PortalPicker *m_picker = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_toggle = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_legend = nullptr;
    QLabel *m_empty = nullptr;
    QTableView *m_table = nullptr;
    QAction *m_createAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_deleteAction = nullptr;
};

} // namespace PortalKeys::Ui
