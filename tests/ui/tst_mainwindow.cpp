#include "jwt/JwtInspectorPage.h"
#include "portals/PortalsPage.h"
#include "shell/FirstFrame.h"
#include "shell/MainWindow.h"
#include "thirdparty/ThirdPartyPage.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QTest>
#include <QWindow>

using namespace PortalKeys::Ui;

namespace {

// Notes every top-level widget other than `main` that is shown.
class ShownWindows : public QObject {
public:
    ShownWindows(QWidget *main, QStringList *shown)
        : m_main(main)
        , m_shown(shown)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (event->type() == QEvent::Show && widget && widget->isWindow() && widget != m_main)
            m_shown->append(QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char('/') +
                            widget->objectName());
        return false;
    }

private:
    QWidget *m_main;
    QStringList *m_shown;
};

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void init();
    void opensOnEachRequestedPage_data();
    void opensOnEachRequestedPage();
    void sidebarSwitchesEveryPage();
    void keyboardShortcutsSwitchPages();
    void remembersLastPageAndGeometry();
    void placeholderPagesSayWhatIsComing();
    void pagesAreBuiltWhenFirstShown();
    void buildingAPageShowsNoOtherWindow();
    void workWaitsForTheFirstFrame();
};

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::opensOnEachRequestedPage_data()
{
    QTest::addColumn<QString>("name");
    for (PageId page : allPages())
        QTest::newRow(qPrintable(pageName(page))) << pageName(page);
}

void TestMainWindow::opensOnEachRequestedPage()
{
    QFETCH(QString, name);
    const std::optional<PageId> page = pageFromName(name);
    QVERIFY(page.has_value());
    MainWindow window(page);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("PortalKeys"));
    QCOMPARE(window.currentPage(), *page);
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("page-") + name);
    QVERIFY(pages->currentWidget()->isVisible());
}

void TestMainWindow::sidebarSwitchesEveryPage()
{
    MainWindow window(PageId::Portals);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    QCOMPARE(sidebar->count(), 5);
    const QStringList titles = {QStringLiteral("Portals"), QStringLiteral("Third-party authorization"),
                                QStringLiteral("OAuth apps"), QStringLiteral("JWT inspector"),
                                QStringLiteral("API keys")};
    for (int row = sidebar->count() - 1; row >= 0; --row) {
        QListWidgetItem *item = sidebar->item(row);
        QCOMPARE(item->text(), titles.at(row));
        QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, sidebar->visualItemRect(item).center());
        QCOMPARE(window.currentPage(), allPages().at(row));
        auto *heading = window.findChild<QStackedWidget *>(QStringLiteral("pages"))
                            ->currentWidget()
                            ->findChild<QLabel *>(QStringLiteral("pageHeading"));
        QCOMPARE(heading->text(), titles.at(row));
    }
    // The arrow keys walk the sidebar too.
    sidebar->setFocus();
    QTest::keyClick(sidebar, Qt::Key_Down);
    QCOMPARE(window.currentPage(), PageId::ThirdParty);
}

void TestMainWindow::keyboardShortcutsSwitchPages()
{
    MainWindow window(PageId::Portals);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), PageId::Jwt);
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), PageId::ThirdParty);
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), PageId::ApiKeys);
}

void TestMainWindow::remembersLastPageAndGeometry()
{
    {
        MainWindow window(PageId::Portals);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(1111, 722);
        window.showPage(PageId::OAuthApps);
        window.close();
    }
    MainWindow reopened; // no page asked for: the last one comes back
    reopened.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reopened));
    QCOMPARE(reopened.currentPage(), PageId::OAuthApps);
    QCOMPARE(reopened.size(), QSize(1111, 722));

    MainWindow explicitPage(PageId::Jwt); // --page wins over the remembered page
    QCOMPARE(explicitPage.currentPage(), PageId::Jwt);
}

void TestMainWindow::placeholderPagesSayWhatIsComing()
{
    MainWindow window(PageId::OAuthApps);
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    // The OAuth apps page is built (issue #6): nothing "coming soon" there any more.
    QVERIFY(!pages->currentWidget()->findChild<QLabel *>(QStringLiteral("comingCapability")));
    // A page that is still a placeholder says what it will do.
    for (int i = 0; i < pages->count(); ++i) {
        if (auto *coming = pages->widget(i)->findChild<QLabel *>(QStringLiteral("comingCapability")))
            QVERIFY(coming->text().startsWith(QStringLiteral("Coming soon: ")));
    }
}

void TestMainWindow::pagesAreBuiltWhenFirstShown()
{
    MainWindow window(PageId::Portals);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.findChild<PortalsPage *>());
    // The other pages are light stand-ins until they are shown or asked for.
    QVERIFY(!window.findChild<ThirdPartyPage *>());
    QVERIFY(!window.findChild<JwtInspectorPage *>());
    window.showPage(PageId::ThirdParty);
    auto *thirdParty = window.findChild<ThirdPartyPage *>();
    QVERIFY(thirdParty && thirdParty->isVisible());
    // Asked for without being shown (another page's "Open in JWT inspector"): built, hidden, the current page
    // unchanged.
    auto *inspector = window.page<JwtInspectorPage>(PageId::Jwt);
    QVERIFY(inspector && !inspector->isVisible());
    QCOMPARE(window.currentPage(), PageId::ThirdParty);
    QCOMPARE(window.page(PageId::Jwt), inspector); // built once
    window.showPage(PageId::Jwt);
    QVERIFY(inspector->isVisible());
    QCOMPARE(inspector->objectName(), QStringLiteral("page-jwt"));
}

// A widget shown before it has a parent is a window of its own for a moment: built while the main window is
// on screen, such a page would flash a window and take the activation (and the keyboard) from the main
// window.
void TestMainWindow::buildingAPageShowsNoOtherWindow()
{
    MainWindow window(PageId::Portals);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QStringList shown;
    ShownWindows watcher(&window, &shown);
    qApp->installEventFilter(&watcher);
    for (PageId page : allPages()) {
        window.showPage(page);
        QTest::qWait(20);
        QVERIFY2(shown.isEmpty(),
                 qPrintable(pageName(page) + QStringLiteral(": ") + shown.join(QLatin1Char(' '))));
        QCOMPARE(QApplication::activeWindow(), &window);
    }
}

void TestMainWindow::workWaitsForTheFirstFrame()
{
    MainWindow window(PageId::Portals);
    window.show();
    bool exposedWhenRun = false;
    int runs = 0;
    FirstFrame::after(&window, [&] {
        exposedWhenRun = window.windowHandle()->isExposed();
        ++runs;
    });
    QCOMPARE(runs, 0); // never from within after()
    QTRY_COMPARE(runs, 1);
    QVERIFY(exposedWhenRun);
    // A window already drawn runs the work from the event loop.
    FirstFrame::after(&window, [&] { ++runs; });
    QCOMPARE(runs, 1);
    QTRY_COMPARE(runs, 2);
    // Nothing runs for a window that is gone before its first frame.
    auto *gone = new QWidget;
    gone->show();
    FirstFrame::after(gone, [&] { ++runs; });
    delete gone;
    QTest::qWait(100);
    QCOMPARE(runs, 2);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
