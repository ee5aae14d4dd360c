#include "shell/MainWindow.h"

#include "apikeys/ApiKeysPage.h"
#include "history/HistoryDialog.h"
#include "jwt/JwtInspectorPage.h"
#include "oauthapps/OAuthAppsPage.h"
#include "portals/PortalsPage.h"
#include "preferences/PreferencesDialog.h"
#include "shell/AboutDialog.h"
#include "shell/PlaceholderPage.h"
#include "shell/Resources.h"
#include "shell/SidebarWidth.h"
#include "thirdparty/ThirdPartyPage.h"
#include "widgets/FocusStyle.h"
#include "widgets/PageControls.h"
#include "widgets/ThemedIcon.h"

#include "portal/PortalListModel.h"
#include "secrets/KeychainSecretStore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

namespace {

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString windowStateKey = QStringLiteral("mainWindow/state");
const QString lastPageKey = QStringLiteral("mainWindow/lastPage");

QIcon pageIcon(PageId page)
{
    return ThemedIcon::load(QStringLiteral(":/icons/page-%1.svg").arg(pageName(page)),
                            QApplication::palette());
}

QString comingCapability(PageId page)
{
    switch (page) {
    case PageId::ThirdParty:
        return MainWindow::tr("the portal's authorization keys for Google, Box, Dropbox, OneDrive, DocuSign, "
                              "Twilio, Telegram, S3 and more, with guidance for each service, online or "
                              "prepared offline.");
    case PageId::OAuthApps:
        return MainWindow::tr("register and manage DocSpace OAuth 2.0 apps: redirect URLs, allowed origins, "
                              "scopes, icon and PKCE, with drafts kept offline.");
    case PageId::Portals:
    case PageId::Jwt:
    case PageId::ApiKeys:
        break;
    }
    return {};
}

} // namespace

MainWindow::MainWindow(std::optional<PageId> startPage, QWidget *parent)
    : MainWindow(std::make_unique<KeychainSecretStore>(), startPage, parent)
{}

MainWindow::MainWindow(std::unique_ptr<SecretStore> secretStore, std::optional<PageId> startPage,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_secretStore(std::move(secretStore))
    , m_portals(new Portal::PortalListModel({}, this))
{
    ensureResourcesLoaded();
    // Before any widget exists, so that none is polished twice.
    FocusStyle::install();
    setWindowTitle(QStringLiteral("PortalKeys"));
    createPages();
    createMenus();
    restoreState(startPage);
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createPage(PageId page)
{
    if (page == PageId::Portals)
        return new PortalsPage(m_secretStore.get(), m_portals);
    if (page == PageId::Jwt)
        return new JwtInspectorPage(m_secretStore.get());
    if (page == PageId::ThirdParty)
        return new ThirdPartyPage(m_secretStore.get(), m_portals);
    if (page == PageId::ApiKeys)
        return new ApiKeysPage(m_secretStore.get(), m_portals);
    if (page == PageId::OAuthApps) {
        auto *oauthApps = new OAuthAppsPage(m_secretStore.get(), m_portals);
        connect(oauthApps, &OAuthAppsPage::inspectTokenRequested, this, &MainWindow::openInInspector);
        return oauthApps;
    }
    return new PlaceholderPage(pageTitle(page), comingCapability(page));
}

QWidget *MainWindow::page(PageId page)
{
    const int index = static_cast<int>(allPages().indexOf(page));
    if (m_built.at(index))
        return m_pages->widget(index);
    QWidget *built = createPage(page);
    built->setObjectName(QStringLiteral("page-") + pageName(page));
    QWidget *standIn = m_pages->widget(index);
    const bool current = m_pages->currentWidget() == standIn;
    m_pages->insertWidget(index, built);
    // Swapped before the stand-in goes, so that no other page is shown (and loads) in between.
    if (current)
        m_pages->setCurrentWidget(built);
    m_pages->removeWidget(standIn);
    delete standIn;
    m_built[index] = true;
    return built;
}

void MainWindow::openInInspector(const QString &token)
{
    page<JwtInspectorPage>(PageId::Jwt)->inspect(token);
    showPage(PageId::Jwt);
}

PageId MainWindow::currentPage() const
{
    return allPages().value(m_pages->currentIndex(), PageId::Portals);
}

void MainWindow::showPage(PageId page)
{
    m_sidebar->setCurrentRow(static_cast<int>(allPages().indexOf(page)));
}

void MainWindow::createPages()
{
    m_sidebar = new QListWidget;
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setSpacing(2);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setBackgroundRole(QPalette::AlternateBase);
    m_sidebar->viewport()->setBackgroundRole(QPalette::AlternateBase);
    m_sidebar->setAutoFillBackground(true);

    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("pages"));
    for (PageId page : allPages()) {
        m_pageIcons.append(pageIcon(page));
        auto *item = new QListWidgetItem(m_pageIcons.constLast(), pageTitle(page), m_sidebar);
        item->setSizeHint(QSize(0, 36));
        m_pages->addWidget(new QWidget);
        m_built.append(false);
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_pages->setCurrentWidget(page(allPages().at(row)));
    });

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    // The sidebar sits inset in a panel of its own colour, like the sidebars of native settings apps.
    auto *sidebarPanel = new QWidget;
    sidebarPanel->setBackgroundRole(QPalette::AlternateBase);
    sidebarPanel->setAutoFillBackground(true);
    auto *panelLayout = new QVBoxLayout(sidebarPanel);
    panelLayout->setContentsMargins(8, 10, 8, 10);
    panelLayout->addWidget(m_sidebar);
    layout->addWidget(sidebarPanel);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    for (int number = 1; number <= allPages().size(); ++number) {
        const PageId page = allPages().at(number - 1);
        QAction *action = viewMenu->addAction(m_pageIcons.at(number - 1), pageTitle(page), this,
                                              [this, page] { showPage(page); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + number)));
    }
    viewMenu->addSeparator();
    QAction *history = viewMenu->addAction(tr("&History…"), this, &MainWindow::showHistoryDialog);
    history->setObjectName(QStringLiteral("showHistory"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));

    QMenu *toolsMenu = menuBar()->addMenu(tr("&Tools"));
    QAction *preferences =
        toolsMenu->addAction(tr("&Preferences…"), this, &MainWindow::showPreferencesDialog);
    preferences->setObjectName(QStringLiteral("showPreferences"));
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About PortalKeys"), this, &MainWindow::showAboutDialog);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::restoreState(std::optional<PageId> startPage)
{
    // Narrower on a small screen, its longer titles on two lines.
    m_sidebar->setWordWrap(true);
    new SidebarWidth(m_sidebar, this);
    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        PageControls::resizeWithinScreen(this, QSize(1000, 680));
    QMainWindow::restoreState(settings.value(windowStateKey).toByteArray());
    const PageId page =
        startPage.value_or(pageFromName(settings.value(lastPageKey).toString()).value_or(PageId::Portals));
    showPage(page);
    m_sidebar->setFocus();
}

void MainWindow::showHistoryDialog()
{
    // One window, kept beside the pages while the user goes on working; opening it again brings it forward.
    if (!m_history) {
        m_history = new HistoryDialog(m_secretStore.get(), m_portals, this);
        m_history->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_history->show();
    m_history->raise();
    m_history->activateWindow();
}

void MainWindow::showPreferencesDialog()
{
    PreferencesDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAboutDialog()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(windowStateKey, saveState());
    // Kept here with the geometry rather than at each switch: writing the settings waits for the disk.
    settings.setValue(lastPageKey, pageName(currentPage()));
    QMainWindow::closeEvent(event);
}

} // namespace PortalKeys::Ui
