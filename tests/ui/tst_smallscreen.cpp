// A small screen: 800×600, 1366×768 at 125 %, 1920×1080 at 200 % (960×540 logical pixels). The main window
// asks for no more than 760×520 on any page, in the states that need the most room (a service with its steps,
// an app's form, a token with warnings, a tested portal), each page fits the room a window of 800×560 gives
// it, and the main dialogs ask for no more than the screen. At 800×560 the OAuth app form keeps its Register
// and Save draft buttons in view and scrolls to the message of its last field.
#include "apikeys/ApiKeysPage.h"
#include "jwt/JwtInspectorPage.h"
#include "oauthapps/ClientSecretDialog.h"
#include "oauthapps/OAuthAppsPage.h"
#include "oauthapps/TryItDialog.h"
#include "portals/CertificateDialog.h"
#include "portals/PortalsPage.h"
#include "preferences/PreferencesDialog.h"
#include "shell/MainWindow.h"
#include "thirdparty/ApplyDialog.h"
#include "thirdparty/CompareDialog.h"
#include "thirdparty/ServiceEditor.h"
#include "thirdparty/ThirdPartyPage.h"
#include "widgets/FieldMessage.h"
#include "widgets/SecureClipboard.h"

#include "secrets/MemorySecretStore.h"
#include "support/GuiTestFixture.h"
#include "support/WidgetLookup.h"
#include "ui/MainDialogs.h"

#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>

using namespace PortalKeys;
using namespace PortalKeys::Ui;
using Testing::child;

namespace {

// The most a window may ask for: 960×540 less a title bar and a panel, with room to spare.
const QSize smallest(760, 520);
// The window the pages must fit in (the 800×600 screen less a panel).
const QSize small(800, 560);

// "ServiceEditor(serviceEditor) 612×380": the widgets that ask for more than `limit`, deepest first, to say
// what is too big when a check fails.
QString tooLarge(QWidget *root, const QSize &limit)
{
    QStringList found;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const QSize asked = widget->minimumSizeHint().expandedTo(widget->minimumSize());
        if (widget->isVisibleTo(root) && (asked.width() > limit.width() || asked.height() > limit.height()))
            found.prepend(
                QStringLiteral("%1(%2) %3×%4")
                    .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName())
                    .arg(asked.width())
                    .arg(asked.height()));
    }
    return found.mid(0, 6).join(QStringLiteral(", "));
}

bool fits(const QSize &size, const QSize &limit)
{
    return size.width() <= limit.width() && size.height() <= limit.height();
}

// Whether all of `widget` can be seen: shown, and inside each of its parents up to and with its window.
bool shownWhole(QWidget *widget)
{
    if (!widget->isVisible() || widget->rect().isEmpty())
        return false;
    for (QWidget *level = widget->parentWidget(); level; level = level->parentWidget()) {
        if (!level->rect().contains(QRect(widget->mapTo(level, QPoint(0, 0)), widget->size())))
            return false;
        if (level->isWindow())
            break;
    }
    return true;
}

void settle()
{
    QApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QTest::qWait(20);
}

} // namespace

class TestSmallScreen : public QObject {
    Q_OBJECT

private:
    // Lists one portal in the default list: the simulator's admin when it runs (its apps and keys load), else
    // an address where nothing answers. Returns the secrets for the main window.
    std::unique_ptr<MemorySecretStore> listPortal();
    // Every page of `window` shown in the states that need the most room; what asks for too much is noted.
    void visitEveryPage(MainWindow &window);
    // Notes whether `window` still asks for no more than `smallest`, in `state`.
    void checkFits(MainWindow &window, const QString &state);

    Testing::GuiTestFixture m_fixture;
    QStringList m_tooLarge;

private slots:
    void initTestCase() { m_fixture.start(); }
    void init()
    {
        m_fixture.init();
        m_tooLarge.clear();
    }
    void cleanup() { m_fixture.cleanup(); }
    void mainWindowFitsOnEveryPage();
    void oauthFormKeepsItsButtonsAndScrollsToTheLastMessage();
    void dialogsFitTheScreen();
};

std::unique_ptr<MemorySecretStore> TestSmallScreen::listPortal()
{
    auto secrets = std::make_unique<MemorySecretStore>();
    const bool simulated = m_fixture.simulatorProblem().isEmpty();
    const Portal::PortalProfile portal = Portal::PortalProfile::create(
        QStringLiteral("production"),
        simulated ? m_fixture.simulator().httpUrl() : QUrl(QStringLiteral("https://127.0.0.1:9")),
        Portal::CredentialKind::ApiKey);
    Portal::ProfileStore().update([&portal](QList<Portal::PortalProfile> &profiles) {
        profiles = {portal};
        return QString();
    });
    if (simulated)
        Testing::GuiTestFixture::writeSecret(*secrets, portal.secretKey(Portal::SecretSlot::ApiKey),
                                             Testing::PortalSimulator::fullApiKey());
    return secrets;
}

void TestSmallScreen::checkFits(MainWindow &window, const QString &state)
{
    settle();
    const QSize asked = window.minimumSizeHint();
    if (!fits(asked, smallest))
        m_tooLarge << QStringLiteral("%1: %2×%3 (%4)")
                          .arg(state)
                          .arg(asked.width())
                          .arg(asked.height())
                          .arg(tooLarge(&window, smallest));
}

void TestSmallScreen::visitEveryPage(MainWindow &window)
{
    window.showPage(PageId::Portals);
    auto *portals = window.findChild<PortalsPage *>();
    QVERIFY(portals);
    Portal::ConnectionReport report;
    report.displayName = QStringLiteral("Ada Admin");
    report.email = QStringLiteral("admin@example.com");
    report.isOwner = true;
    portals->showTestResult(portals->profiles().constFirst().id, {}, report);
    checkFits(window, QStringLiteral("a tested portal"));

    window.showPage(PageId::ThirdParty);
    auto *thirdParty = window.findChild<ThirdPartyPage *>();
    QVERIFY(thirdParty);
    QVERIFY(Testing::GuiTestFixture::waitIdle(thirdParty));
    checkFits(window, QStringLiteral("a portal's services"));
    thirdParty->showOffline(Catalog::Product::DocSpace);
    QVERIFY(thirdParty->selectService(QStringLiteral("google")));
    thirdParty->editor()->setInstructionsShown(true);
    checkFits(window, QStringLiteral("Google's steps"));

    window.showPage(PageId::OAuthApps);
    auto *oauth = window.findChild<OAuthAppsPage *>();
    QVERIFY(oauth);
    QVERIFY(Testing::GuiTestFixture::waitIdle(oauth));
    if (!oauth->registry().apps().isEmpty()) {
        QVERIFY(oauth->selectApp(oauth->registry().apps().constFirst().app.clientId));
        checkFits(window, QStringLiteral("a registered app"));
    }
    oauth->newApp();
    checkFits(window, QStringLiteral("a new app"));

    window.showPage(PageId::Jwt);
    auto *jwt = window.findChild<JwtInspectorPage *>();
    QVERIFY(jwt);
    // HS256 with the key "secret": wrong key and a short one, so the verdict and the warnings show.
    jwt->inspect(
        QStringLiteral("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6"
                       "IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"));
    auto *tabs = child<QTabWidget>(jwt, QStringLiteral("jwtTabs"));
    child<QLineEdit>(tabs->widget(0), QStringLiteral("secret"))->setText(QStringLiteral("secret"));
    checkFits(window, QStringLiteral("a token with warnings"));

    window.showPage(PageId::ApiKeys);
    auto *apiKeys = window.findChild<ApiKeysPage *>();
    QVERIFY(apiKeys);
    QVERIFY(Testing::GuiTestFixture::waitIdle(apiKeys));
    checkFits(window, QStringLiteral("the API keys"));
}

void TestSmallScreen::mainWindowFitsOnEveryPage()
{
    MainWindow window(listPortal(), PageId::Portals);
    QVERIFY(m_fixture.show(&window, small));
    visitEveryPage(window);
    QVERIFY2(m_tooLarge.isEmpty(), qPrintable(m_tooLarge.join(QStringLiteral("; "))));

    auto *pages = child<QStackedWidget>(&window, QStringLiteral("pages"));
    for (PageId page : allPages()) {
        window.showPage(page);
        window.resize(small);
        settle();
        QCOMPARE(window.size(), small);
        QWidget *shown = pages->currentWidget();
        QVERIFY2(fits(shown->minimumSizeHint(), shown->size()),
                 qPrintable(QStringLiteral("%1 asks for %2×%3 and has %4×%5: %6")
                                .arg(pageName(page))
                                .arg(shown->minimumSizeHint().width())
                                .arg(shown->minimumSizeHint().height())
                                .arg(shown->width())
                                .arg(shown->height())
                                .arg(tooLarge(shown, shown->size()))));
        // The page's title is not cut off.
        QVERIFY2(shownWhole(child<QWidget>(shown, QStringLiteral("pageHeading"))),
                 qPrintable(pageName(page)));
    }
}

void TestSmallScreen::oauthFormKeepsItsButtonsAndScrollsToTheLastMessage()
{
    MainWindow window(listPortal(), PageId::OAuthApps);
    QVERIFY(m_fixture.show(&window, small));
    QCOMPARE(window.size(), small);
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *page = window.findChild<OAuthAppsPage *>();
    QVERIFY(page);
    page->newApp();
    settle();
    QTest::keyClicks(child<QLineEdit>(&window, QStringLiteral("appName")), QStringLiteral("Sales reports"));
    settle();
    for (const QString &name : {QStringLiteral("registerApp"), QStringLiteral("saveDraft")})
        QVERIFY2(shownWhole(child<QPushButton>(&window, name)), qPrintable(name));

    // The last field, given an address that is no address: its message shows, and the form scrolls to it.
    auto *terms = child<QLineEdit>(&window, QStringLiteral("termsUrl"));
    terms->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(terms, QStringLiteral("terms of use"));
    settle();
    auto *message = child<FieldMessage>(&window, QStringLiteral("termsUrl-message"));
    QTRY_VERIFY(message->isVisible());
    QVERIFY(!message->text().isEmpty());
    auto *scroll = child<QScrollArea>(&window, QStringLiteral("formScroll"));
    // Also once what changes a moment later has settled (the hint over the buttons grows, the column
    // shrinks).
    QTest::qWait(300);
    const QRect inViewport(message->mapTo(scroll->viewport(), QPoint(0, 0)), message->size());
    QVERIFY2(scroll->viewport()->rect().contains(inViewport),
             qPrintable(QStringLiteral("message at %1,%2 %3×%4, viewport %5×%6")
                            .arg(inViewport.x())
                            .arg(inViewport.y())
                            .arg(inViewport.width())
                            .arg(inViewport.height())
                            .arg(scroll->viewport()->width())
                            .arg(scroll->viewport()->height())));
    QVERIFY(shownWhole(terms));
    for (const QString &name : {QStringLiteral("registerApp"), QStringLiteral("saveDraft")})
        QVERIFY2(shownWhole(child<QPushButton>(&window, name)), qPrintable(name));
}

void TestSmallScreen::dialogsFitTheScreen()
{
    MemorySecretStore secrets;
    Portal::PortalListModel portals;
    std::vector<std::unique_ptr<QDialog>> dialogs = Testing::mainDialogs(secrets, portals);
    const QList<Portal::PortalProfile> profiles{Portal::PortalProfile::create(
        QStringLiteral("production"), QUrl(QStringLiteral("https://127.0.0.1:9")),
        Portal::CredentialKind::ApiKey)};
    dialogs.push_back(std::make_unique<ApplyDialog>(&secrets, m_fixture.draftsPath(), profiles, nullptr));
    dialogs.push_back(std::make_unique<CompareDialog>(&secrets, m_fixture.draftsPath(), profiles, nullptr));
    dialogs.push_back(std::make_unique<PreferencesDialog>());
    Portal::CertificateInfo certificate;
    certificate.subject = QStringLiteral("docspace.lab.internal");
    certificate.issuer = certificate.subject;
    certificate.selfSigned = true;
    certificate.sha256 = QString(64, QLatin1Char('a'));
    dialogs.push_back(std::make_unique<CertificateDialog>(certificate, QStringLiteral("lab"),
                                                          QStringLiteral("docspace.lab.internal")));
    SecureClipboard clipboard;
    dialogs.push_back(std::make_unique<ClientSecretDialog>(
        ClientSecretDialog::Occasion::Registered, QStringLiteral("Sales reports"),
        QStringLiteral("7c0e9f3e-2b1d-4a5e-9c1f-0d3b5e6a7f80"), "secret", &secrets, &clipboard));
    OAuth::OAuthApp app;
    app.name = QStringLiteral("Sales reports");
    app.clientId = QStringLiteral("7c0e9f3e-2b1d-4a5e-9c1f-0d3b5e6a7f80");
    dialogs.push_back(std::make_unique<TryItDialog>(profiles.constFirst(), app, &secrets, &clipboard,
                                                    [](const QUrl &) { return false; }));
    for (const auto &dialog : dialogs) {
        dialog->show();
        settle();
        const QSize asked = dialog->minimumSizeHint().expandedTo(dialog->minimumSize());
        QVERIFY2(fits(asked, smallest),
                 qPrintable(QStringLiteral("%1 asks for %2×%3: %4")
                                .arg(QString::fromLatin1(dialog->metaObject()->className()))
                                .arg(asked.width())
                                .arg(asked.height())
                                .arg(tooLarge(dialog.get(), smallest))));
        // As it opens, within the screen (the test platform's is 800×600).
        QVERIFY2(fits(dialog->size(), dialog->screen()->availableSize()), dialog->metaObject()->className());
        dialog->hide();
    }
}

QTEST_MAIN(TestSmallScreen)
#include "tst_smallscreen.moc"
