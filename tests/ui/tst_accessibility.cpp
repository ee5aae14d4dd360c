// What a screen reader finds: every control of every page and of the main dialogs, as Qt's accessibility
// interface (AT-SPI, UI Automation) reports it, has a name of its own: not empty, not the label of another
// control, not the title of a group it shares with other controls ("Verify with" on Leeway), and choices
// (combo boxes, whose name on Linux is their current value) say what they choose. Field errors, verdicts and
// the eye button of secret fields tell screen readers what changed, through the accessibility events a test
// handler receives here.
#include "oauthapps/AppForm.h"
#include "shell/MainWindow.h"
#include "thirdparty/ThirdPartyPage.h"
#include "widgets/Announcer.h"
#include "widgets/FieldMessage.h"
#include "widgets/SecretEdit.h"
#include "widgets/VerdictBanner.h"

#include "secrets/MemorySecretStore.h"
#include "ui/MainDialogs.h"
#include "ui/WidgetWalk.h"

#include <QAccessible>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace PortalKeys;
using namespace PortalKeys::Ui;
using Testing::widgetPath;

namespace {

struct Event {
    QAccessible::Event type;
    QObject *object;
    QString description;
};

QList<Event> g_events;

void recordEvent(QAccessibleEvent *event)
{
    QAccessibleInterface *face = event->accessibleInterface();
    g_events.append(
        {event->type(), event->object(), face ? face->text(QAccessible::Description) : QString()});
}

QString cleaned(QString text)
{
    text.remove(QLatin1Char('&'));
    text = text.trimmed();
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text;
}

QString nameOf(QWidget *widget)
{
    QAccessibleInterface *face = QAccessible::queryAccessibleInterface(widget);
    return face ? face->text(QAccessible::Name) : QString();
}

// The problems of one control, in words; none: empty.
QStringList problemsOf(QWidget *widget, const QList<QLabel *> &labels, QWidget *root)
{
    QStringList problems;
    QAccessibleInterface *face = QAccessible::queryAccessibleInterface(widget);
    const QString name = nameOf(widget);
    const QString where = widgetPath(widget);
    if (name.trimmed().isEmpty())
        problems << QStringLiteral("%1 has no accessible name").arg(where);
    // On Linux a combo box's name is its current value; what it chooses comes from its label or description.
    if (qobject_cast<QComboBox *>(widget) && face->relations(QAccessible::Label).isEmpty() &&
        face->text(QAccessible::Description).isEmpty())
        problems
            << QStringLiteral("%1 is read only by its value “%2”: no label, no description").arg(where, name);
    // A combo box's name on Linux is its value, which may well be another field's label ("API key").
    const QString ownName = qobject_cast<QComboBox *>(widget) ? widget->accessibleName() : name;
    for (QLabel *label : labels) {
        if (label->buddy() && label->buddy() != widget && !ownName.isEmpty() &&
            cleaned(label->text()) == cleaned(ownName))
            problems << QStringLiteral("%1 is named “%2”, the label of %3")
                            .arg(where, name, widgetPath(label->buddy()));
    }
    if (widget->accessibleName().isEmpty()) {
        for (QWidget *level = widget->parentWidget(); level && level != root->window();
             level = level->parentWidget()) {
            auto *group = qobject_cast<QGroupBox *>(level);
            if (group && cleaned(group->title()) == cleaned(name) &&
                Testing::tabFocusable(group, false).size() > 1)
                problems << QStringLiteral("%1 is named after its group “%2”").arg(where, name);
        }
    }
    return problems;
}

// Every shown control of `root`, on every tab of its tab widgets.
QStringList audit(QWidget *root)
{
    QStringList problems;
    const auto auditShown = [&problems, root] {
        const QList<QLabel *> labels = root->window()->findChildren<QLabel *>();
        for (QWidget *widget : Testing::tabFocusable(root, false)) {
            for (const QString &problem : problemsOf(widget, labels, root)) {
                if (!problems.contains(problem))
                    problems << problem;
            }
        }
    };
    auditShown();
    for (QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
        const int shown = tabs->currentIndex();
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            auditShown();
        }
        tabs->setCurrentIndex(shown);
    }
    return problems;
}

} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { g_events.clear(); }
    void auditFindsUnnamedControls();
    void everyPageNamesItsControls_data();
    void everyPageNamesItsControls();
    void dialogsNameTheirControls();
    void urlRowsAreNumberedByTheirList();
    void fieldErrorIsAnnounced();
    void verdictIsAnnounced();
    void revealButtonSaysWhetherTheSecretShows();
};

void TestAccessibility::initTestCase()
{
    // Offscreen there is no screen reader, and Qt drops accessibility events while no platform bridge is
    // active (never, offscreen): the announcements come here instead.
    Announcer::installSink(recordEvent);
}

void TestAccessibility::auditFindsUnnamedControls()
{
    // The checker itself: the mistakes of issue #13 are caught.
    QWidget window;
    auto *group = new QGroupBox(QStringLiteral("Verify with"), &window);
    auto *layout = new QVBoxLayout(group);
    auto *secret = new QLineEdit;
    auto *secretLabel = new QLabel(QStringLiteral("&Secret:"));
    secretLabel->setBuddy(secret);
    auto *leeway = new QSpinBox;
    auto *copy = new QLineEdit; // named like the secret's label
    copy->setAccessibleName(QStringLiteral("Secret"));
    auto *kind = new QComboBox;
    kind->addItem(QStringLiteral("HMAC secret"));
    for (QWidget *widget : std::initializer_list<QWidget *>{
             secretLabel, secret, new QLabel(QStringLiteral("Leeway:")), leeway, copy, new QPlainTextEdit})
        layout->addWidget(widget);
    auto *outer = new QVBoxLayout(&window);
    outer->addWidget(group);
    outer->addWidget(kind);
    outer->addWidget(new QPushButton);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString problems = audit(&window).join(QLatin1Char('\n'));
    QVERIFY2(problems.contains(QStringLiteral("QSpinBox is named after its group “Verify with”")),
             qPrintable(problems));
    QVERIFY2(problems.contains(QStringLiteral("QLineEdit is named “Secret”, the label of")),
             qPrintable(problems));
    QVERIFY2(problems.contains(QStringLiteral("QComboBox is read only by its value")), qPrintable(problems));
    QVERIFY2(problems.contains(QStringLiteral("QPlainTextEdit is named after its group")),
             qPrintable(problems));
    QVERIFY2(problems.contains(QStringLiteral("QPushButton has no accessible name")), qPrintable(problems));
    QVERIFY2(!problems.contains(QStringLiteral("QLineEdit has no")), qPrintable(problems));
}

void TestAccessibility::everyPageNamesItsControls_data()
{
    // Each page as a first start shows it, and with a portal listed (unreachable: its error shows too).
    QTest::addColumn<int>("page");
    QTest::addColumn<bool>("withPortal");
    for (PageId page : allPages()) {
        QTest::newRow(qPrintable(pageName(page))) << int(page) << false;
        QTest::newRow(qPrintable(pageName(page) + QStringLiteral(" with a portal"))) << int(page) << true;
    }
}

void TestAccessibility::everyPageNamesItsControls()
{
    QFETCH(int, page);
    QFETCH(bool, withPortal);
    const Testing::ListedPortal listed(withPortal);
    MainWindow window(std::make_unique<MemorySecretStore>(), PageId(page));
    window.resize(1100, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    if (withPortal)
        QTest::qWait(300); // the page's first call to the portal fails and says so
    QStringList problems = audit(&window);
    // The third-party page shows its key fields, secrets among them, once a service is chosen.
    if (auto *thirdParty = window.findChild<ThirdPartyPage *>();
        thirdParty && PageId(page) == PageId::ThirdParty) {
        // With a portal listed the page opens on it, where nothing answers: the drafts list every service.
        if (withPortal)
            thirdParty->showOffline(Catalog::Product::DocSpace);
        QVERIFY(thirdParty->selectService(QStringLiteral("google")));
        QVERIFY(window.findChild<SecretEdit *>());
        problems << audit(&window);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccessibility::dialogsNameTheirControls()
{
    MemorySecretStore secrets;
    Portal::PortalListModel portals;
    const auto dialogs = Testing::mainDialogs(secrets, portals);
    QStringList problems;
    for (const auto &dialog : dialogs) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        for (const QString &problem : audit(dialog.get()))
            problems << QStringLiteral("%1: %2").arg(QString::fromLatin1(dialog->metaObject()->className()),
                                                     problem);
        dialog->hide();
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccessibility::urlRowsAreNumberedByTheirList()
{
    AppForm form;
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    auto *firstRedirect = form.findChild<QLineEdit *>(QStringLiteral("redirectUris-entry-0"));
    QVERIFY(firstRedirect);
    QCOMPARE(nameOf(firstRedirect), QStringLiteral("Redirect URL 1"));
    firstRedirect->setText(QStringLiteral("https://app.example.com/callback"));
    form.findChild<QPushButton *>(QStringLiteral("redirectUris-add"))->click();
    QCOMPARE(nameOf(form.findChild<QLineEdit *>(QStringLiteral("redirectUris-entry-1"))),
             QStringLiteral("Redirect URL 2"));
    QCOMPARE(nameOf(form.findChild<QToolButton *>(QStringLiteral("redirectUris-remove-1"))),
             QStringLiteral("Remove Redirect URL 2"));
    QCOMPARE(nameOf(form.findChild<QLineEdit *>(QStringLiteral("allowedOrigins-entry-0"))),
             QStringLiteral("Allowed origin 1"));
}

void TestAccessibility::fieldErrorIsAnnounced()
{
    AppForm form;
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QApplication::setActiveWindow(&form);
    auto *website = form.findChild<QLineEdit *>(QStringLiteral("websiteUrl"));
    QVERIFY(website);
    website->setFocus();
    g_events.clear();
    QTest::keyClicks(website, QStringLiteral("not a url"));
    auto *message = form.findChild<FieldMessage *>(QStringLiteral("websiteUrl-message"));
    QVERIFY(message);
    QTRY_VERIFY(message->isVisible() && message->kind() == FieldMessage::Kind::Error);
    // Spoken once when it appears (not on every key), and read with the field from then on.
    QTRY_VERIFY(std::any_of(g_events.cbegin(), g_events.cend(), [website](const Event &e) {
        return e.type == QAccessible::Alert && e.object == website;
    }));
    const auto alerts = std::count_if(g_events.cbegin(), g_events.cend(),
                                      [](const Event &e) { return e.type == QAccessible::Alert; });
    QCOMPARE(alerts, 1);
    QCOMPARE(QAccessible::queryAccessibleInterface(website)->text(QAccessible::Description), message->text());
    // Fixed: the description goes, with no alert.
    g_events.clear();
    website->setText(QStringLiteral("https://app.example.com"));
    QTRY_VERIFY(!message->isVisible());
    QTRY_VERIFY(website->accessibleDescription().isEmpty());
    QVERIFY(std::none_of(g_events.cbegin(), g_events.cend(),
                         [](const Event &e) { return e.type == QAccessible::Alert; }));
}

void TestAccessibility::verdictIsAnnounced()
{
    MainWindow window(std::make_unique<MemorySecretStore>(), PageId::Jwt);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *verdict = window.findChild<VerdictBanner *>(QStringLiteral("verdict"));
    QVERIFY(verdict);
    g_events.clear();
    window.findChild<QPlainTextEdit *>(QStringLiteral("tokenInput"))
        ->setPlainText(QStringLiteral("eyJhbGciOi.abc"));
    QCOMPARE(verdict->state(), VerdictBanner::State::Invalid);
    const auto alert = std::find_if(g_events.cbegin(), g_events.cend(), [verdict](const Event &e) {
        return e.type == QAccessible::Alert && e.object == verdict;
    });
    QVERIFY(alert != g_events.cend());
    QCOMPARE(alert->description, verdict->text());
    QCOMPARE(nameOf(verdict), QStringLiteral("Verdict"));
}

void TestAccessibility::revealButtonSaysWhetherTheSecretShows()
{
    SecretEdit edit;
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QToolButton *eye = edit.revealButton();
    QVERIFY(eye->focusPolicy() & Qt::TabFocus);
    QAccessibleInterface *face = QAccessible::queryAccessibleInterface(eye);
    QCOMPARE(face->text(QAccessible::Name), QStringLiteral("Show secret"));
    QVERIFY(face->state().checkable);
    QVERIFY(!face->state().checked);
    // Space on the focused eye shows the secret and the button says so ("pressed"); again hides it.
    eye->setFocus();
    QTest::keyClick(eye, Qt::Key_Space);
    QVERIFY(edit.isRevealed());
    QVERIFY(face->state().checked);
    QTest::keyClick(eye, Qt::Key_Space);
    QVERIFY(!edit.isRevealed());
    QVERIFY(!face->state().checked);
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
