#pragma once

#include "shell/PageId.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class QListWidget;
class QStackedWidget;

namespace PortalKeys {
class SecretStore;
}
namespace PortalKeys::Portal {
class PortalListModel;
}

namespace PortalKeys::Ui {

class HistoryDialog;

// The application window: a sidebar of pages and the current page beside it. Remembers its
// geometry and the last page shown.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // Opens on `startPage`, or on the page shown last time when none is given.
    explicit MainWindow(std::optional<PageId> startPage = std::nullopt, QWidget *parent = nullptr);
    // With the secret store to use instead of the OS keychain (tests).
    MainWindow(std::unique_ptr<SecretStore> secretStore, std::optional<PageId> startPage,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    PageId currentPage() const;
    void showPage(PageId page);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createPages();
    void restoreState(std::optional<PageId> startPage);
    void showAboutDialog();
    void showHistoryDialog();
    void showPreferencesDialog();

    QWidget *createPage(PageId page);

    std::unique_ptr<SecretStore> m_secretStore;
    // The portal list every page shows and changes (one model, following the file).
    Portal::PortalListModel *m_portals = nullptr;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    QPointer<HistoryDialog> m_history;
};

} // namespace PortalKeys::Ui
