// Drives the JWT inspector page offscreen as a user would: paste, type a secret, read the verdict, sign.
#include "core/jwt/HostileTokens.h"
#include "jwt/JwtInspectorPage.h"
#include "widgets/SecureClipboard.h"
#include "widgets/VerdictBanner.h"

#include "jwt/Key.h"
#include "jwt/Signer.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/NamedSecret.h"
#include "support/GuiTestFixture.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace PortalKeys;
using namespace PortalKeys::Ui;

namespace {

const QByteArray documentServerSecret = "a-long-enough-document-server-secret-0123";

QString signedToken(const QJsonObject &payload, const QByteArray &secret)
{
    return Jwt::Signer::sign(payload, Jwt::Algorithm::HS256, *Jwt::Key::fromSecret(secret).key).token;
}

QJsonObject futurePayload()
{
    return {{QStringLiteral("fileType"), QStringLiteral("png")},
            {QStringLiteral("url"), QStringLiteral("https://example.com/image.png")},
            {QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() + 3600}};
}

} // namespace

class TestJwtInspectorPage : public QObject {
    Q_OBJECT

private:
    template <typename T> T *find(const QString &name) const
    {
        T *widget = m_page->findChild<T *>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }
    QString verdictText() const { return find<VerdictBanner>(QStringLiteral("verdict"))->text(); }
    VerdictBanner::State verdictState() const
    {
        return find<VerdictBanner>(QStringLiteral("verdict"))->state();
    }
    void typeSecret(QWidget *tab, const QByteArray &secret);

    Testing::GuiTestFixture m_fixture;
    std::unique_ptr<JwtInspectorPage> m_page;

private slots:
    void init();
    void cleanup();
    void pastedTokenIsDecodedAndAwaitsAKey();
    void rightSecretIsValidWrongSecretIsNot();
    void malformedTokenSaysWhy();
    void verdictsAsTheJwtLibrariesGiveThem();
    void secretComesFromTheKeychain();
    void signsFromATemplate();
    void signsAndChecksADocumentServerConfig();
    void copiedTokenIsClearedFromTheClipboard();
    void findsAWeakSecretWithoutBlocking();
};

void TestJwtInspectorPage::init()
{
    m_fixture.init();
    m_page = std::make_unique<JwtInspectorPage>(m_fixture.store());
    QVERIFY(m_fixture.show(m_page.get(), QSize(1100, 760)));
}

void TestJwtInspectorPage::cleanup()
{
    m_page.reset();
    m_fixture.cleanup();
}

void TestJwtInspectorPage::typeSecret(QWidget *tab, const QByteArray &secret)
{
    auto *field = tab->findChild<QLineEdit *>(QStringLiteral("secret"));
    QVERIFY(field);
    field->clear();
    QTest::keyClicks(field, QString::fromUtf8(secret));
}

void TestJwtInspectorPage::pastedTokenIsDecodedAndAwaitsAKey()
{
    QVERIFY(verdictText().contains(QStringLiteral("Paste a token")));
    m_page->inspect(signedToken(futurePayload(), documentServerSecret));
    QVERIFY(find<QPlainTextEdit>(QStringLiteral("headerView"))
                ->toPlainText()
                .contains(QStringLiteral("\"HS256\"")));
    QVERIFY(find<QPlainTextEdit>(QStringLiteral("payloadView"))
                ->toPlainText()
                .contains(QStringLiteral("image.png")));
    QCOMPARE(verdictState(), VerdictBanner::State::Neutral);
    QVERIFY(verdictText().contains(QStringLiteral("give the key")));
    auto *claims = find<QTableWidget>(QStringLiteral("claimsTable"));
    QVERIFY(claims->rowCount() >= 1);
    QCOMPARE(claims->item(0, 0)->text(), QStringLiteral("exp"));
    QVERIFY(claims->item(0, 2)->text().contains(QStringLiteral("UTC")));
}

void TestJwtInspectorPage::rightSecretIsValidWrongSecretIsNot()
{
    m_page->inspect(signedToken(futurePayload(), documentServerSecret));
    QWidget *tab = find<QTabWidget>(QStringLiteral("jwtTabs"))->widget(0);
    typeSecret(tab, documentServerSecret);
    QCOMPARE(verdictState(), VerdictBanner::State::Valid);
    QVERIFY(verdictText().startsWith(QStringLiteral("Valid")));
    typeSecret(tab, "not-the-secret-but-long-enough-0123456789");
    QCOMPARE(verdictState(), VerdictBanner::State::Invalid);
    QVERIFY(verdictText().startsWith(QStringLiteral("Invalid")));
    QVERIFY(!verdictText().contains(QStringLiteral("not-the-secret")));
}

void TestJwtInspectorPage::malformedTokenSaysWhy()
{
    auto *input = find<QPlainTextEdit>(QStringLiteral("tokenInput"));
    input->setPlainText(QStringLiteral("eyJhbGciOiJIUzI1NiJ9.only-two"));
    QCOMPARE(verdictState(), VerdictBanner::State::Invalid);
    QVERIFY(verdictText().startsWith(QStringLiteral("Cannot read the token:")));
    QCOMPARE(input->toPlainText(),
             QStringLiteral("eyJhbGciOiJIUzI1NiJ9.only-two")); // nothing the user typed is lost
}

void TestJwtInspectorPage::verdictsAsTheJwtLibrariesGiveThem()
{
    QWidget *tab = find<QTabWidget>(QStringLiteral("jwtTabs"))->widget(0);
    auto *plainJws = find<QCheckBox>(QStringLiteral("plainJws"));
    const QList<HostileTokens::Case> cases = HostileTokens::cases();
    // Before any key: a token that is no JWT is invalid at once, the others wait for the key.
    for (const HostileTokens::Case &c : cases) {
        m_page->inspect(HostileTokens::token(c));
        QVERIFY2(verdictState() ==
                     (c.validJwt ? VerdictBanner::State::Neutral : VerdictBanner::State::Invalid),
                 qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(c.name), verdictText())));
    }
    typeSecret(tab, HostileTokens::secret());
    for (const HostileTokens::Case &c : cases) {
        m_page->inspect(HostileTokens::token(c));
        plainJws->setChecked(false);
        const QString row = QStringLiteral("%1: %2").arg(QLatin1String(c.name), verdictText());
        QVERIFY2(verdictState() == (c.validJwt ? VerdictBanner::State::Valid : VerdictBanner::State::Invalid),
                 qPrintable(row));
        if (!c.validJwt)
            QVERIFY2(verdictText().startsWith(QStringLiteral("Invalid: ")) &&
                         verdictText().contains(QStringLiteral("RFC 75")),
                     qPrintable(row));
        plainJws->setChecked(true);
        QVERIFY2(
            verdictState() == (c.validJws ? VerdictBanner::State::Valid : VerdictBanner::State::Invalid),
            qPrintable(QStringLiteral("%1 as a plain JWS: %2").arg(QLatin1String(c.name), verdictText())));
    }
    plainJws->setChecked(false);
}

void TestJwtInspectorPage::secretComesFromTheKeychain()
{
    m_fixture.writeSecret(NamedSecret::keychainKey(QStringLiteral("DS prod")), documentServerSecret);
    m_page->inspect(signedToken(futurePayload(), documentServerSecret));
    QWidget *tab = find<QTabWidget>(QStringLiteral("jwtTabs"))->widget(0);
    QTest::keyClicks(tab->findChild<QLineEdit *>(QStringLiteral("keychainName")), QStringLiteral("DS prod"));
    for (QPushButton *button : tab->findChildren<QPushButton *>()) {
        if (button->text() == QStringLiteral("&Load"))
            QTest::mouseClick(button, Qt::LeftButton);
    }
    QTRY_COMPARE(verdictState(), VerdictBanner::State::Valid);
}

void TestJwtInspectorPage::signsFromATemplate()
{
    auto *tabs = find<QTabWidget>(QStringLiteral("jwtTabs"));
    tabs->setCurrentIndex(1);
    QWidget *tab = tabs->widget(1);
    auto *templates = tab->findChild<QComboBox *>(QStringLiteral("template"));
    const int insertImage = templates->findText(QStringLiteral("insertImage"), Qt::MatchContains);
    QVERIFY(insertImage > 0);
    templates->setCurrentIndex(insertImage);
    emit templates->activated(insertImage);
    QVERIFY(tab->findChild<QPlainTextEdit *>(QStringLiteral("payloadEditor"))
                ->toPlainText()
                .contains(QStringLiteral("fileType")));
    auto *signButton = tab->findChild<QPushButton *>(QStringLiteral("signButton"));
    QVERIFY(!signButton->isEnabled()); // no key yet
    typeSecret(tab, documentServerSecret);
    QVERIFY(signButton->isEnabled());
    QTest::mouseClick(signButton, Qt::LeftButton);
    const QString token = tab->findChild<QPlainTextEdit *>(QStringLiteral("signedToken"))->toPlainText();
    QCOMPARE(token.count(QLatin1Char('.')), 2);

    // The signed token verifies in the inspector with the same secret.
    m_page->inspect(token);
    typeSecret(tabs->widget(0), documentServerSecret);
    QCOMPARE(verdictState(), VerdictBanner::State::Valid);

    // Broken JSON disables signing and says why.
    tab->findChild<QPlainTextEdit *>(QStringLiteral("payloadEditor"))
        ->setPlainText(QStringLiteral("{\"a\": }"));
    QVERIFY(!signButton->isEnabled());
}

void TestJwtInspectorPage::signsAndChecksADocumentServerConfig()
{
    QWidget *tab = find<QTabWidget>(QStringLiteral("jwtTabs"))->widget(2);
    auto *editor = tab->findChild<QPlainTextEdit *>(QStringLiteral("configEditor"));
    editor->setPlainText(QStringLiteral(
        R"({"document": {"fileType": "docx", "key": "k1", "title": "a.docx"}, "editorConfig": {"mode": "edit"}})"));
    typeSecret(tab, documentServerSecret);
    QTest::mouseClick(tab->findChild<QPushButton *>(QStringLiteral("signConfigButton")), Qt::LeftButton);
    const QString signedConfig =
        tab->findChild<QPlainTextEdit *>(QStringLiteral("signedConfig"))->toPlainText();
    QVERIFY(signedConfig.contains(QStringLiteral("\"token\"")));

    // Change the title after signing: the check names the difference.
    editor->setPlainText(QString(signedConfig).replace(QStringLiteral("a.docx"), QStringLiteral("b.docx")));
    QTest::mouseClick(tab->findChild<QPushButton *>(QStringLiteral("checkConfigButton")), Qt::LeftButton);
    auto *verdict = tab->findChild<VerdictBanner *>(QStringLiteral("configVerdict"));
    QCOMPARE(verdict->state(), VerdictBanner::State::Warning);
    auto *differences = tab->findChild<QTableWidget *>(QStringLiteral("differences"));
    QCOMPARE(differences->rowCount(), 1);
    QCOMPARE(differences->item(0, 1)->text(), QStringLiteral("document.title"));
}

void TestJwtInspectorPage::copiedTokenIsClearedFromTheClipboard()
{
    SecureClipboard::setClearSeconds(1);
    const QString token = signedToken(futurePayload(), documentServerSecret);
    m_page->inspect(token);
    QPushButton *copy = nullptr;
    for (QPushButton *button : m_page->findChildren<QPushButton *>()) {
        if (button->text() == QStringLiteral("Copy &token"))
            copy = button;
    }
    QVERIFY(copy);
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), token);
    QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text().isEmpty(), 10000);

    // Something the user copied afterwards is left alone.
    QTest::mouseClick(copy, Qt::LeftButton);
    QApplication::clipboard()->setText(QStringLiteral("user's own text"));
    QTest::qWait(1500);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("user's own text"));
}

void TestJwtInspectorPage::findsAWeakSecretWithoutBlocking()
{
    m_page->inspect(signedToken(futurePayload(), "secret"));
    auto *tryCommon = find<QPushButton>(QStringLiteral("tryCommonSecrets"));
    QVERIFY(tryCommon->isEnabled());
    QTest::mouseClick(tryCommon, Qt::LeftButton);
    auto *result = find<QLabel>(QStringLiteral("weakSecretResult"));
    QTRY_VERIFY2(result->text().startsWith(QStringLiteral("Found the secret: “secret”")),
                 qPrintable(result->text()));

    m_page->inspect(signedToken(futurePayload(), documentServerSecret));
    QTest::mouseClick(tryCommon, Qt::LeftButton);
    QTRY_VERIFY2(result->text().startsWith(QStringLiteral("None of the")), qPrintable(result->text()));
}

QTEST_MAIN(TestJwtInspectorPage)
#include "tst_jwtinspectorpage.moc"
