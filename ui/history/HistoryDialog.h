#pragma once

#include "history/HistoryEntry.h"

#include <QDialog>
#include <QList>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace PortalKeys {
class SecretStore;
}
namespace PortalKeys::Portal {
class PortalListModel;
}
namespace PortalKeys::History {
class HistoryTableModel;
}

namespace PortalKeys::Ui {

class BusyBar;
class PortalOperation;
class VerdictBanner;

// What PortalKeys changed on portals (the local history file), filtered by portal, area and day, newest
// first; for one portal, optionally with the portal's own audit trail beside it. Exports what it shows as
// CSV.
class HistoryDialog : public QDialog {
    Q_OBJECT

public:
    // Asks where to save the CSV, `suggested` being a file name; empty: cancelled.
    using SaveFileChooser = std::function<QString(const QString &suggested)>;

    // `secrets` and `portals` must outlive the dialog; `historyPath` empty: the app's history file.
    HistoryDialog(SecretStore *secrets, Portal::PortalListModel *portals, QWidget *parent = nullptr,
                  const QString &historyPath = {});
    ~HistoryDialog() override;

    History::HistoryTableModel *model() const { return m_model; }
    void setSaveFileChooser(SaveFileChooser chooser) { m_chooseFile = std::move(chooser); }
    bool isBusy() const;

public slots:
    // Reads the local history again (and the audit trail, when asked for).
    void refresh();
    void exportCsv();
    void reject() override;

private:
    void createWidgets();
    QWidget *createFilters();
    void fillPortals();
    QString chosenPortalId() const;
    void readAuditTrail();
    void showEntries();
    void updateControls();

    SecretStore *m_secrets;
    Portal::PortalListModel *m_portals;
    QString m_historyPath;
    History::HistoryTableModel *m_model;
    QList<History::HistoryEntry> m_local;
    QList<History::HistoryEntry> m_audit;
    SaveFileChooser m_chooseFile;

    QComboBox *m_portalBox = nullptr;
    QComboBox *m_areaBox = nullptr;
    QDateEdit *m_sinceEdit = nullptr;
    QCheckBox *m_auditBox = nullptr;
    BusyBar *m_busy = nullptr;
    PortalOperation *m_operation = nullptr;
    VerdictBanner *m_banner = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_exportButton = nullptr;
};

} // namespace PortalKeys::Ui
