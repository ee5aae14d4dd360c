// Opens every page and the main dialogs with a pseudo-translation of every message ("⟦…⟧", made from the
// sources by tests/translations.cmake) and fails on any visible text that did not come through the
// translator: labels, buttons, menus, window titles, tool tips, placeholders, headers, list entries and the
// names screen readers announce.
#include "apikeys/ApiKeyDialog.h"
#include "history/HistoryDialog.h"
#include "portals/PortalDialog.h"
#include "portals/SignInDialog.h"
#include "portals/TwoFactorDialog.h"
#include "preferences/PreferencesDialog.h"
#include "shell/AboutDialog.h"
#include "shell/MainWindow.h"
#include "thirdparty/PassphraseDialog.h"
#include "widgets/BusyBar.h"

#include "support/PseudoTranslation.h"

#include "common/BuildInfo.h"
#include "common/Translations.h"
#include "jwt/Key.h"
#include "jwt/Signer.h"
#include "portal/PortalListModel.h"
#include "portal/ProfileStore.h"
#include "secrets/MemorySecretStore.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonObject>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>

#include <algorithm>
#include <memory>

using namespace PortalKeys;
using namespace PortalKeys::Ui;
using namespace PortalKeys::Testing;

namespace {

// Names no language translates, and what the test itself puts on screen.
const QStringList allowedWords = {
    QStringLiteral("PortalKeys"), QStringLiteral("ONLYOFFICE"), QStringLiteral("DocSpace"),
    QStringLiteral("Qt"),         QStringLiteral("OpenSSL"),    QStringLiteral("QtKeychain"),
    QStringLiteral("Example"),    QStringLiteral("Portal"),     QStringLiteral("EdDSA"),
    QStringLiteral("openid"),
};

// Claim names of the test's token, and dates: QLocale writes month and day names in the user's language.
QStringList allowedDataWords()
{
    QStringList words = {QStringLiteral("iss"), QStringLiteral("sub"), QStringLiteral("exp"),
                         QStringLiteral("iat"), QStringLiteral("cid"), QStringLiteral("alg"),
                         QStringLiteral("typ"), QStringLiteral("JWT"), QStringLiteral("UTC")};
    const QLocale locale;
    for (int i = 1; i <= 12; ++i)
        words << locale.monthName(i) << locale.monthName(i, QLocale::ShortFormat);
    for (int i = 1; i <= 7; ++i)
        words << locale.dayName(i) << locale.dayName(i, QLocale::ShortFormat);
    words << locale.amText() << locale.pmText();
    return words;
}

// Data shown as it is: the versions in About, the shape of an API key, the test's file name.
QStringList allowedData()
{
    return {BuildInfo::applicationVersion(), BuildInfo::openSslVersion(), BuildInfo::qtKeychainVersion(),
            BuildInfo::qtRuntimeVersion(),   QStringLiteral("sk-…"),      QStringLiteral("drafts.pkbundle")};
}

// What of `text` is words that never passed through the translator; empty when there are none. Markup,
// numbers, addresses, program identifiers ("dropboxClientId", the catalog's key names) and the allowed
// names are not words here; language names are written in their own language on purpose.
QString untranslatedWords(const QString &text)
{
    static const QRegularExpression markup(QStringLiteral("<[^>]*>|&[a-z]+;|&#\\d+;"));
    static const QRegularExpression address(QStringLiteral("\\b(?:https?://|www\\.)\\S+|\\S+@\\S+\\.\\S+"));
    static const QRegularExpression identifier(QStringLiteral("\\b[a-z]+[A-Z0-9_][A-Za-z0-9_]*\\b"));
    // Hexadecimal data, identifiers: "4f1c2a", a UUID.
    static const QRegularExpression hex(QStringLiteral("\\b(?=[0-9a-f-]*[0-9])[0-9a-f-]{6,}\\b"));
    // Codes: algorithms ("HS256", "ES512").
    static const QRegularExpression codeName(QStringLiteral("\\b[A-Z]+[0-9]+\\b"));
    // OAuth scopes: "accounts:write", "accounts.self:read".
    static const QRegularExpression scope(QStringLiteral("\\b[a-z][a-z.]*:[a-z]+\\b"));
    // A shortcut in a tool tip, "(Ctrl+F)", in Qt's own (translated) key names.
    static const QRegularExpression parenthesized(QStringLiteral("\\(([^()]+)\\)"));
    QString rest = outsideTranslations(text);
    for (const QString &data : allowedData())
        rest.remove(data);
    for (auto it = parenthesized.globalMatch(rest); it.hasNext();) {
        const QString inner = it.next().captured(1);
        const QKeySequence keys = QKeySequence::fromString(inner, QKeySequence::NativeText);
        if (!keys.isEmpty() && keys.toString(QKeySequence::NativeText) == inner)
            rest.remove(QLatin1Char('(') + inner + QLatin1Char(')'));
    }
    rest.remove(markup)
        .remove(address)
        .remove(scope)
        .remove(identifier)
        .remove(codeName)
        .remove(hex)
        .remove(QLatin1Char('&'));
    static const QStringList words = allowedWords + allowedDataWords();
    for (const QString &word : words)
        rest.remove(QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(word))));
    for (const QString &code : availableLanguages())
        rest.remove(languageNativeName(code));
    return hasLetters(rest) ? rest.simplified() : QString();
}

class Findings {
public:
    void check(const QString &where, const QString &what, const QString &text)
    {
        if (!text.isEmpty())
            m_checked.insert(text);
        const QString words = untranslatedWords(text);
        if (!words.isEmpty())
            m_lines.insert(QStringLiteral("%1, %2: “%3” (untranslated: %4)").arg(where, what, text, words));
    }
    // Every finding on a line of its own (a failure message would be cut short), sorted; their number.
    qsizetype report() const
    {
        QStringList lines = m_lines.values();
        lines.sort();
        for (const QString &line : std::as_const(lines))
            qInfo().noquote() << "untranslated:" << line;
        if (qEnvironmentVariableIsSet("PORTALKEYS_TEST_SHOW_TEXTS")) {
            for (const QString &text : m_checked)
                qInfo().noquote() << "checked:" << text;
        }
        return lines.size();
    }
    // Different texts seen: a page that shows nothing would pass too easily.
    qsizetype checked() const { return m_checked.size(); }

private:
    QSet<QString> m_lines;
    QSet<QString> m_checked;
};

QString nameOf(const QWidget *widget)
{
    const QString name = widget->objectName();
    return QString::fromLatin1(widget->metaObject()->className()) +
           (name.isEmpty() ? QString() : QLatin1Char('#') + name);
}

// A standard button of a dialog button box says Qt's own words ("OK", "Cancel"), translated by Qt.
bool isStandardButton(const QAbstractButton *button)
{
    const auto *box = qobject_cast<const QDialogButtonBox *>(button->parentWidget());
    return box != nullptr &&
           box->standardButton(const_cast<QAbstractButton *>(button)) != QDialogButtonBox::NoButton;
}

void checkItemView(Findings &findings, const QString &where, const QAbstractItemView *view)
{
    const QAbstractItemModel *model = view->model();
    if (model == nullptr)
        return;
    for (int column = 0; column < model->columnCount(); ++column) {
        findings.check(where, QStringLiteral("header"), model->headerData(column, Qt::Horizontal).toString());
        findings.check(where, QStringLiteral("header tool tip"),
                       model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString());
    }
    for (int row = 0; row < qMin(model->rowCount(), 60); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            findings.check(where, QStringLiteral("entry"), index.data().toString());
            findings.check(where, QStringLiteral("entry tool tip"), index.data(Qt::ToolTipRole).toString());
        }
    }
}

void checkWidget(Findings &findings, const QString &context, QWidget *widget)
{
    const QString where = context + QStringLiteral(" › ") + nameOf(widget);
    if (widget->isWindow())
        findings.check(where, QStringLiteral("window title"), widget->windowTitle());
    findings.check(where, QStringLiteral("tool tip"), widget->toolTip());
    findings.check(where, QStringLiteral("accessible name"), widget->accessibleName());
    findings.check(where, QStringLiteral("accessible description"), widget->accessibleDescription());
    if (auto *label = qobject_cast<QLabel *>(widget))
        findings.check(where, QStringLiteral("text"), label->text());
    if (auto *button = qobject_cast<QAbstractButton *>(widget); button && !isStandardButton(button))
        findings.check(where, QStringLiteral("text"), button->text());
    if (auto *group = qobject_cast<QGroupBox *>(widget))
        findings.check(where, QStringLiteral("title"), group->title());
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        findings.check(where, QStringLiteral("placeholder"), edit->placeholderText());
    if (auto *edit = qobject_cast<QPlainTextEdit *>(widget))
        findings.check(where, QStringLiteral("placeholder"), edit->placeholderText());
    if (auto *edit = qobject_cast<QTextEdit *>(widget)) {
        findings.check(where, QStringLiteral("placeholder"), edit->placeholderText());
        if (edit->isReadOnly())
            findings.check(where, QStringLiteral("text"), edit->toPlainText());
    }
    if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
        for (int i = 0; i < tabs->count(); ++i) {
            findings.check(where, QStringLiteral("tab"), tabs->tabText(i));
            findings.check(where, QStringLiteral("tab tool tip"), tabs->tabToolTip(i));
        }
    }
    if (auto *combo = qobject_cast<QComboBox *>(widget); combo && !combo->isEditable()) {
        for (int i = 0; i < combo->count(); ++i)
            findings.check(where, QStringLiteral("choice"), combo->itemText(i));
    }
    // A header shows its table's model, checked with the table; a combo box's list, with the combo box.
    if (auto *view = qobject_cast<QAbstractItemView *>(widget);
        view && !qobject_cast<QHeaderView *>(view) && !qobject_cast<QComboBox *>(widget->parent()))
        checkItemView(findings, where, view);
    for (QAction *action : widget->actions()) {
        findings.check(where, QStringLiteral("action"), action->text());
        findings.check(where, QStringLiteral("action tool tip"), action->toolTip());
    }
}

// Every widget of `window` a user can see now.
void checkVisible(Findings &findings, const QString &context, QWidget *window)
{
    checkWidget(findings, context, window);
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (widget->isVisibleTo(window))
            checkWidget(findings, context, widget);
    }
}

void checkMenus(Findings &findings, const QString &context, const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        findings.check(context, QStringLiteral("menu"), action->text());
        if (action->menu() != nullptr)
            checkMenus(findings, context + QStringLiteral(" › ") + action->text(), action->menu()->actions());
    }
}

// Until no busy bar of `window` runs: pages fill some parts from queued signals and failed calls.
void settle(QWidget &window)
{
    const auto idle = [&window] {
        const auto bars = window.findChildren<BusyBar *>();
        return std::none_of(bars.begin(), bars.end(), [](const BusyBar *bar) { return bar->isBusy(); });
    };
    QCoreApplication::processEvents();
    if (!QTest::qWaitFor(idle, 30000))
        qWarning("a page stayed busy");
    QCoreApplication::processEvents();
}

} // namespace

class TestUntranslated : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        qputenv("PORTALKEYS_TEST_TRANSLATION", PORTALKEYS_PSEUDO_QM);
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        QVERIFY2(QCoreApplication::translate("PortalKeys::Ui::MainWindow", "&File").startsWith(pseudoOpen),
                 "the pseudo-translation did not load");
    }

    void everyPageIsTranslated()
    {
        Findings findings;
        checkEveryPage(std::make_unique<MemorySecretStore>(), findings);
        const qsizetype count = findings.report();
        QVERIFY2(count == 0, qPrintable(QStringLiteral("%1 untranslated texts, listed above").arg(count)));
    }

    // With a saved portal that cannot be reached: the portal pickers, lists, and what the pages say when a
    // call fails.
    void everyPageWithAPortalIsTranslated()
    {
        auto secrets = std::make_unique<MemorySecretStore>();
        Portal::PortalProfile profile = Portal::PortalProfile::create(
            QStringLiteral("Example Portal"), QUrl(QStringLiteral("https://127.0.0.1:9")),
            Portal::CredentialKind::Basic);
        profile.user = QStringLiteral("admin@example.com");
        const QString error = Portal::ProfileStore(Portal::ProfileStore::defaultPath())
                                  .update([&profile](QList<Portal::PortalProfile> &list) {
                                      list.append(profile);
                                      return QString();
                                  })
                                  .error;
        QVERIFY2(error.isEmpty(), qPrintable(error));
        bool written = false;
        secrets->write(profile.secretKey(Portal::SecretSlot::Password), "not-the-password", this,
                       [&written](const SecretError &) { written = true; });
        QVERIFY(QTest::qWaitFor([&written] { return written; }));
        Findings findings;
        checkEveryPage(std::move(secrets), findings);
        QFile::remove(Portal::ProfileStore::defaultPath());
        const qsizetype count = findings.report();
        QVERIFY2(count == 0, qPrintable(QStringLiteral("%1 untranslated texts, listed above").arg(count)));
    }

    // The inspector's verdicts, claims and warnings, and a signed token.
    void jwtInspectorIsTranslated()
    {
        const QJsonObject payload{
            {QStringLiteral("iss"), QStringLiteral("https://portal.example.com/oauth2")},
            {QStringLiteral("sub"), QStringLiteral("4f1c2a")},
            {QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() - 3600},
            {QStringLiteral("iat"), QDateTime::currentSecsSinceEpoch() - 7200},
            {QStringLiteral("cid"), QStringLiteral("7c0e9f3e-2b1d-4a5e-9c1f-0d3b5e6a7f80")}};
        const QByteArray secret = "a-test-secret-that-is-long-enough-for-hs256";
        const QString token =
            Jwt::Signer::sign(payload, Jwt::Algorithm::HS256, *Jwt::Key::fromSecret(secret).key).token;
        MainWindow window(std::make_unique<MemorySecretStore>(), PageId::Jwt);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("jwtTabs"));
        QVERIFY(tabs != nullptr);
        auto *input = window.findChild<QPlainTextEdit *>(QStringLiteral("tokenInput"));
        QVERIFY(input != nullptr);
        auto *inspectSecret = tabs->widget(0)->findChild<QLineEdit *>(QStringLiteral("secret"));
        QVERIFY(inspectSecret != nullptr);
        Findings findings;
        const auto look = [&](const QString &context) {
            settle(window);
            checkVisible(findings, context, &window);
        };
        input->setPlainText(token);
        look(QStringLiteral("token without key"));
        inspectSecret->setText(QString::fromUtf8(secret));
        look(QStringLiteral("expired token, right key"));
        inspectSecret->setText(QStringLiteral("wrong"));
        look(QStringLiteral("wrong key"));
        input->setPlainText(QStringLiteral("eyJhbGciOi.abc"));
        look(QStringLiteral("malformed token"));
        tabs->setCurrentIndex(1);
        tabs->widget(1)->findChild<QLineEdit *>(QStringLiteral("secret"))->setText(QStringLiteral("short"));
        tabs->widget(1)->findChild<QPushButton *>(QStringLiteral("signButton"))->click();
        look(QStringLiteral("signed with a weak secret"));
        const qsizetype count = findings.report();
        QVERIFY2(count == 0, qPrintable(QStringLiteral("%1 untranslated texts, listed above").arg(count)));
    }

    void mainDialogsAreTranslated()
    {
        MemorySecretStore secrets;
        Portal::PortalListModel portals;
        MainWindow window(std::make_unique<MemorySecretStore>(), PageId::Portals);
        std::vector<std::unique_ptr<QWidget>> dialogs;
        dialogs.emplace_back(new AboutDialog(&window));
        dialogs.emplace_back(new PreferencesDialog(&window));
        dialogs.emplace_back(new HistoryDialog(&secrets, &portals, &window));
        dialogs.emplace_back(new PortalDialog(&secrets, {}, &window));
        dialogs.emplace_back(new ApiKeyDialog(QStringLiteral("Example Portal"), {}, &window));
        dialogs.emplace_back(
            new SignInDialog(QStringLiteral("Example Portal"), QStringLiteral("admin@example.com"), &window));
        dialogs.emplace_back(new TwoFactorDialog(QStringLiteral("admin@example.com"),
                                                 QStringLiteral("Example Portal"), &window));
        dialogs.emplace_back(
            new PassphraseDialog(QStringLiteral("⟦Passphrase⟧"), QStringLiteral("drafts.pkbundle"), &window));
        Findings findings;
        for (const auto &dialog : dialogs) {
            dialog->show();
            settle(*dialog);
            checkVisible(findings, nameOf(dialog.get()), dialog.get());
            dialog->hide();
        }
        const qsizetype count = findings.report();
        QVERIFY2(count == 0, qPrintable(QStringLiteral("%1 untranslated texts, listed above").arg(count)));
    }

private:
    static void checkEveryPage(std::unique_ptr<MemorySecretStore> secrets, Findings &findings)
    {
        MainWindow window(std::move(secrets), PageId::Portals);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            qFatal("the main window was not shown");
        checkMenus(findings, QStringLiteral("menu bar"), window.menuBar()->actions());
        for (PageId page : allPages()) {
            window.showPage(page);
            settle(window);
            const QString context = pageName(page);
            checkVisible(findings, context, &window);
            // Tabs and list selections show more of a page: the JWT tabs, a service's instructions and keys.
            for (QTabWidget *tabs : window.findChildren<QTabWidget *>()) {
                if (!tabs->isVisibleTo(&window))
                    continue;
                for (int i = 0; i < tabs->count(); ++i) {
                    tabs->setCurrentIndex(i);
                    settle(window);
                    checkVisible(findings, context + QStringLiteral(" › ") + tabs->tabText(i), &window);
                }
                tabs->setCurrentIndex(0);
            }
            for (QAbstractItemView *view : window.findChildren<QAbstractItemView *>()) {
                if (!view->isVisibleTo(&window) || view->objectName() == QLatin1String("sidebar") ||
                    view->model() == nullptr || view->model()->rowCount() == 0)
                    continue;
                view->setCurrentIndex(view->model()->index(0, 0));
                settle(window);
                checkVisible(findings, context + QStringLiteral(" › first entry"), &window);
            }
        }
    }
};

QTEST_MAIN(TestUntranslated)
#include "tst_untranslated.moc"
