#pragma once

#include "shell/PageId.h"

#include <QIcon>
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
    // The page, built now if it has not been shown yet: a page is created when first shown, so that the
    // window opens without building (and loading the data of) pages no one looks at.
    QWidget *page(PageId page);
    template <typename Page> Page *page(PageId id) { return qobject_cast<Page *>(page(id)); }

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
    void openInInspector(const QString &token);

    std::unique_ptr<SecretStore> m_secretStore;
    // The portal list every page shows and changes (one model, following the file).
    Portal::PortalListModel *m_portals = nullptr;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    // Per page, in sidebar order: whether the stacked widget holds the page itself or a light stand-in.
    QList<bool> m_built;
    // Per page: its icon in the sidebar and the View menu.
    QList<QIcon> m_pageIcons;
    QPointer<HistoryDialog> m_history;
};

} // namespace PortalKeys::Ui
