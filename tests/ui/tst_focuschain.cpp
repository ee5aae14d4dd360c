// The keyboard alone: Tab walks every page and the main dialogs through every control that is shown and
// enabled, and comes back where it started (no text box keeps the Tab key, no control is skipped); Shift+Tab
// walks the same controls back. In the change preview, Return saves wherever the focus is but on Cancel, and
// never switches a service off. The OAuth app form keeps the focused field and its message in view.
#include "oauthapps/AppForm.h"
#include "shell/MainWindow.h"
#include "thirdparty/ChangePreviewDialog.h"
#include "thirdparty/ThirdPartyPage.h"
#include "widgets/FieldMessage.h"
#include "widgets/SecretEdit.h"

#include "secrets/MemorySecretStore.h"
#include "ui/MainDialogs.h"
#include "ui/WidgetWalk.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace PortalKeys;
using namespace PortalKeys::Ui;
using Testing::widgetPath;

namespace {

constexpr int maxSteps = 400;
constexpr int maxStays = 8;

struct Walk {
    QList<QWidget *> visited; // in order, the start first
    QString trap;             // why the walk did not come back to its start; empty: it did
};

// Presses Tab (or Shift+Tab) from `start` until the focus is back there.
Walk walk(QWidget *start, bool backwards = false)
{
    Walk result;
    start->setFocus(backwards ? Qt::BacktabFocusReason : Qt::TabFocusReason);
    if (QApplication::focusWidget() != start) {
        result.trap = QStringLiteral("%1 does not take the focus").arg(widgetPath(start));
        return result;
    }
    result.visited << start;
    int stays = 0;
    for (int step = 0; step < maxSteps; ++step) {
        QWidget *from = QApplication::focusWidget();
        if (backwards)
            QTest::keyClick(from, Qt::Key_Backtab, Qt::ShiftModifier);
        else
            QTest::keyClick(from, Qt::Key_Tab);
        QWidget *to = QApplication::focusWidget();
        if (to == start)
            return result;
        // Tab walks the links of a label and the sections of a date first, then leaves.
        if (to == from && ++stays <= maxStays)
            continue;
        if (!to || to == from) {
            result.trap = QStringLiteral("Tab stays in %1").arg(widgetPath(from));
            return result;
        }
        stays = 0;
        if (!to->isVisible())
            result.trap = QStringLiteral("Tab went to %1, which is not shown").arg(widgetPath(to));
        if (result.visited.contains(to)) {
            result.trap = QStringLiteral("Tab goes round without %1, from %2 back to %3")
                              .arg(widgetPath(start), widgetPath(from), widgetPath(to));
            return result;
        }
        result.visited << to;
    }
    result.trap = QStringLiteral("no way back after %1 steps").arg(maxSteps);
    return result;
}

// Tab and Shift+Tab from `start` reach every control of its window that is shown and enabled.
QStringList chainProblems(QWidget *start)
{
    QStringList problems;
    const Walk forward = walk(start);
    if (!forward.trap.isEmpty())
        problems << forward.trap;
    for (QWidget *widget : Testing::tabFocusable(start->window(), true)) {
        if (!forward.visited.contains(widget))
            problems << QStringLiteral("Tab never reaches %1").arg(widgetPath(widget));
    }
    const Walk back = walk(start, true);
    if (!back.trap.isEmpty())
        problems << QStringLiteral("backwards: ") + back.trap;
    if (forward.trap.isEmpty() && back.trap.isEmpty() && back.visited.size() != forward.visited.size())
        problems << QStringLiteral("Shift+Tab reaches %1 controls, Tab %2")
                        .arg(back.visited.size())
                        .arg(forward.visited.size());
    return problems;
}

bool activate(QWidget *window)
{
    window->show();
    QApplication::setActiveWindow(window);
    return QTest::qWaitForWindowActive(window);
}

// Return with the focus on `focus` (after reaching it with Tab); the dialog's result.
int returnOn(ChangePreviewDialog &dialog, const QString &focusName)
{
    auto *focus = dialog.findChild<QWidget *>(focusName);
    focus->setFocus(Qt::TabFocusReason);
    QTest::keyClick(focus, Qt::Key_Return);
    return dialog.result();
}

} // namespace

class TestFocusChain : public QObject {
    Q_OBJECT

private slots:
    void everyPageIsWalkedByTab_data();
    void everyPageIsWalkedByTab();
    void serviceKeysAreWalkedByTab();
    void dialogsAreWalkedByTab();
    void returnInPreviewSaves();
    void returnInPreviewNeverSwitchesOff();
    void secretFieldsEyeIsNextInTabOrder();
    void formFollowsTheFocusToItsLastMessage();
};

void TestFocusChain::everyPageIsWalkedByTab_data()
{
    // Each page as a first start shows it, and with a portal listed (unreachable: its error shows too).
    QTest::addColumn<int>("page");
    QTest::addColumn<bool>("withPortal");
    for (PageId page : allPages()) {
        QTest::newRow(qPrintable(pageName(page))) << int(page) << false;
        QTest::newRow(qPrintable(pageName(page) + QStringLiteral(" with a portal"))) << int(page) << true;
    }
}

void TestFocusChain::everyPageIsWalkedByTab()
{
    QFETCH(int, page);
    QFETCH(bool, withPortal);
    const Testing::ListedPortal listed(withPortal);
    MainWindow window(std::make_unique<MemorySecretStore>(), PageId(page));
    window.resize(1100, 760);
    QVERIFY(activate(&window));
    if (withPortal)
        QTest::qWait(300); // the page's first call to the portal fails and says so
    auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    QStringList problems = chainProblems(sidebar);
    // Each tab of a page with tabs (the JWT inspector) has its own controls.
    for (QTabWidget *tabs : window.findChildren<QTabWidget *>()) {
        for (int tab = 1; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            for (const QString &problem : chainProblems(sidebar))
                problems << tabs->tabText(tab).remove(QLatin1Char('&')) + QStringLiteral(": ") + problem;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestFocusChain::serviceKeysAreWalkedByTab()
{
    MainWindow window(std::make_unique<MemorySecretStore>(), PageId::ThirdParty);
    window.resize(1100, 760);
    QVERIFY(activate(&window));
    QVERIFY(window.findChild<ThirdPartyPage *>()->selectService(QStringLiteral("google")));
    QVERIFY(window.findChild<SecretEdit *>());
    const QStringList problems = chainProblems(window.findChild<QListWidget *>(QStringLiteral("sidebar")));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestFocusChain::dialogsAreWalkedByTab()
{
    MemorySecretStore secrets;
    Portal::PortalListModel portals;
    const auto dialogs = Testing::mainDialogs(secrets, portals);
    QStringList problems;
    for (const auto &dialog : dialogs) {
        QVERIFY(activate(dialog.get()));
        const QList<QWidget *> controls = Testing::tabFocusable(dialog.get(), true);
        QVERIFY(!controls.isEmpty());
        for (const QString &problem : chainProblems(controls.constFirst()))
            problems << QString::fromLatin1(dialog->metaObject()->className()) + QStringLiteral(": ") +
                            problem;
        dialog->hide();
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestFocusChain::returnInPreviewSaves()
{
    // Wherever Tab left the focus, Return saves; only on Cancel does it cancel.
    for (const QString &focus : {QStringLiteral("changeTable"), QStringLiteral("revealValues"),
                                 QStringLiteral("confirmSave"), QStringLiteral("cancelSave")}) {
        ChangePreviewDialog dialog(QStringLiteral("Google"), QStringLiteral("production"),
                                   Testing::googleKeyChanges(false));
        QVERIFY(activate(&dialog));
        const int expected = focus == QStringLiteral("cancelSave") ? QDialog::Rejected : QDialog::Accepted;
        QVERIFY2(returnOn(dialog, focus) == expected, qPrintable(focus));
    }
    // The trap of issue #13: Tab past Cancel, then Return.
    ChangePreviewDialog dialog(QStringLiteral("Google"), QStringLiteral("production"),
                               Testing::googleKeyChanges(false));
    QVERIFY(activate(&dialog));
    QVERIFY(dialog.findChild<QTreeWidget *>(QStringLiteral("changeTable"))->focusPolicy() & Qt::TabFocus);
    auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelSave"));
    cancel->setFocus(Qt::TabFocusReason);
    QVERIFY(cancel->isDefault()); // Return on the focused Cancel cancels
    QTest::keyClick(cancel, Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != cancel);
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("confirmSave"))->isDefault());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestFocusChain::returnInPreviewNeverSwitchesOff()
{
    // Clearing every key switches the service off: Return cancels wherever the focus is, even on the button;
    // only Space (or a click) on Switch off does it.
    for (const QString &focus : {QStringLiteral("changeTable"), QStringLiteral("revealValues"),
                                 QStringLiteral("confirmSave"), QStringLiteral("cancelSave")}) {
        ChangePreviewDialog dialog(QStringLiteral("Google"), QStringLiteral("production"),
                                   Testing::googleKeyChanges(true));
        QVERIFY(activate(&dialog));
        QVERIFY2(returnOn(dialog, focus) == QDialog::Rejected, qPrintable(focus));
    }
    ChangePreviewDialog dialog(QStringLiteral("Google"), QStringLiteral("production"),
                               Testing::googleKeyChanges(true));
    QVERIFY(activate(&dialog));
    auto *switchOff = dialog.findChild<QPushButton *>(QStringLiteral("confirmSave"));
    switchOff->setFocus(Qt::TabFocusReason);
    QTest::keyClick(switchOff, Qt::Key_Space);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestFocusChain::secretFieldsEyeIsNextInTabOrder()
{
    QWidget window;
    auto *before = new QLineEdit(&window);
    auto *secret = new SecretEdit(&window);
    auto *after = new QLineEdit(&window);
    auto *layout = new QVBoxLayout(&window);
    for (QWidget *widget : std::initializer_list<QWidget *>{before, secret, after})
        layout->addWidget(widget);
    QVERIFY(activate(&window));
    const Walk chain = walk(before);
    QVERIFY2(chain.trap.isEmpty(), qPrintable(chain.trap));
    QCOMPARE(chain.visited, (QList<QWidget *>{before, secret, secret->revealButton(), after}));
    // Space on the eye shows the secret; the focus stays on the eye, the text in the field.
    QTest::keyClicks(secret, QStringLiteral("s3cret"));
    secret->revealButton()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(secret->revealButton(), Qt::Key_Space);
    QVERIFY(secret->isRevealed());
    QCOMPARE(QApplication::focusWidget(), secret->revealButton());
    // A click on the eye leaves the focus in the field, where typing goes on.
    secret->setFocus();
    QTest::mouseClick(secret->revealButton(), Qt::LeftButton);
    QVERIFY(!secret->isRevealed());
    QCOMPARE(QApplication::focusWidget(), secret);
}

void TestFocusChain::formFollowsTheFocusToItsLastMessage()
{
    MainWindow window(std::make_unique<MemorySecretStore>(), PageId::OAuthApps);
    window.resize(900, 560); // far shorter than the form
    QVERIFY(activate(&window));
    auto *scroll = window.findChild<QScrollArea *>(QStringLiteral("formScroll"));
    auto *terms = window.findChild<QLineEdit *>(QStringLiteral("termsUrl"));
    auto *message = window.findChild<FieldMessage *>(QStringLiteral("termsUrl-message"));
    QVERIFY(scroll && terms && message);
    const auto inView = [scroll](QWidget *widget) {
        const QRect shown(widget->mapTo(scroll->viewport(), QPoint(0, 0)), widget->size());
        return scroll->viewport()->rect().contains(shown);
    };
    QVERIFY(!inView(terms));
    // The last field, reached with Tab from the one before: it scrolls into view.
    auto *policy = window.findChild<QLineEdit *>(QStringLiteral("policyUrl"));
    policy->setFocus(Qt::TabFocusReason);
    QTest::keyClick(policy, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), terms);
    QVERIFY(inView(terms));
    // A message appears under it as it is typed: it comes into view whole, the field with it.
    QTest::keyClicks(terms, QStringLiteral("http://example.com/terms and conditions"));
    QTRY_VERIFY(message->isVisible());
    QTRY_VERIFY2(inView(message), qPrintable(message->text()));
    QVERIFY(inView(terms));
    QVERIFY(message->height() >= message->fontMetrics().height());
    // The form can be scrolled down to that message: the scroll bar ends below it.
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    QVERIFY(inView(message));
}

QTEST_MAIN(TestFocusChain)
#include "tst_focuschain.moc"
