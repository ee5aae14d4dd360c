#include "shell/AboutDialog.h"

#include "common/BuildInfo.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QTest>

#include <openssl/opensslv.h>

using namespace PortalKeys;

class TestAboutDialog : public QObject {
    Q_OBJECT

private slots:
    void showsVersionsAndLicenses();
    void copiesTheVersionReport();
};

namespace {

QString allLabelText(const QWidget &widget)
{
    QStringList texts;
    for (const QLabel *label : widget.findChildren<QLabel *>())
        texts << label->text();
    return texts.join(QLatin1Char('\n'));
}

} // namespace

void TestAboutDialog::showsVersionsAndLicenses()
{
    Ui::AboutDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString text = allLabelText(dialog);
    QVERIFY(text.contains(QStringLiteral("PortalKeys " PORTALKEYS_VERSION)));
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    QVERIFY2(
        text.contains(QStringLiteral("OpenSSL %1.%2").arg(OPENSSL_VERSION_MAJOR).arg(OPENSSL_VERSION_MINOR)),
        qPrintable(text));
    QVERIFY(text.contains(QStringLiteral(PORTALKEYS_QTKEYCHAIN_VERSION)));
    QVERIFY(text.contains(QStringLiteral("GNU General Public License")));
    QVERIFY(text.contains(QStringLiteral("LGPL")));
    QVERIFY(text.contains(QStringLiteral("Apache License 2.0")));
    QVERIFY(text.contains(QStringLiteral("BSD 3-Clause")));
}

void TestAboutDialog::copiesTheVersionReport()
{
    Ui::AboutDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QPushButton *copy = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text().contains(QStringLiteral("Copy")))
            copy = button;
    }
    QVERIFY(copy);
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY(copied.contains(QStringLiteral("OpenSSL: ") + BuildInfo::openSslVersion()));
    QVERIFY(copied.contains(QStringLiteral("PortalKeys: " PORTALKEYS_VERSION)));
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
