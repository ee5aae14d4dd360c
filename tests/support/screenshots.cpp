// Developer tool, not a test: renders the main window on every page, and the dialogs, into PNG files
// so they can be looked at without a display:  portalkeys_screenshots OUTDIR
#include "shell/AboutDialog.h"
#include "shell/MainWindow.h"

#include "jwt/Key.h"
#include "jwt/Signer.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>

#include <QApplication>
#include <QDir>
#include <QJsonObject>
#include <QPlainTextEdit>

using namespace PortalKeys::Ui;

namespace {

void save(QWidget &widget, const QString &path)
{
    widget.show();
    QApplication::processEvents();
    widget.grab().save(path);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PortalKeys-screenshots"));
    QApplication::setApplicationName(QStringLiteral("PortalKeys"));
    const QDir out(app.arguments().value(1, QStringLiteral(".")));
    for (PageId page : allPages()) {
        MainWindow window(page);
        window.resize(1000, 680);
        save(window, out.filePath(QStringLiteral("page-%1.png").arg(pageName(page))));
    }
    // The JWT inspector with a token and its secret, then its other tabs.
    const QJsonObject payload{
        {QStringLiteral("iss"), QStringLiteral("https://portal.example.com/oauth2")},
        {QStringLiteral("sub"), QStringLiteral("4f1c2a")},
        {QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() + 3 * 3600},
        {QStringLiteral("iat"), QDateTime::currentSecsSinceEpoch() - 600},
        {QStringLiteral("cid"), QStringLiteral("7c0e9f3e-2b1d-4a5e-9c1f-0d3b5e6a7f80")}};
    const QByteArray secret = "screenshot-secret-that-is-long-enough!!";
    const QString token = PortalKeys::Jwt::Signer::sign(payload, PortalKeys::Jwt::Algorithm::HS256,
                                                        *PortalKeys::Jwt::Key::fromSecret(secret).key)
                              .token;
    MainWindow window(PageId::Jwt);
    window.resize(1100, 760);
    window.show();
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("jwtTabs"));
    save(window, out.filePath(QStringLiteral("jwt-empty.png")));
    window.findChild<QPlainTextEdit *>(QStringLiteral("tokenInput"))->setPlainText(token);
    save(window, out.filePath(QStringLiteral("jwt-no-key.png")));
    tabs->widget(0)->findChild<QLineEdit *>(QStringLiteral("secret"))->setText(QString::fromUtf8(secret));
    save(window, out.filePath(QStringLiteral("jwt-valid.png")));
    tabs->widget(0)->findChild<QLineEdit *>(QStringLiteral("secret"))->setText(QStringLiteral("secret"));
    save(window, out.filePath(QStringLiteral("jwt-invalid.png")));
    window.findChild<QPlainTextEdit *>(QStringLiteral("tokenInput"))
        ->setPlainText(QStringLiteral("eyJhbGciOi.abc"));
    save(window, out.filePath(QStringLiteral("jwt-malformed.png")));
    tabs->setCurrentIndex(1);
    tabs->widget(1)->findChild<QLineEdit *>(QStringLiteral("secret"))->setText(QString::fromUtf8(secret));
    tabs->widget(1)->findChild<QPushButton *>(QStringLiteral("signButton"))->click();
    save(window, out.filePath(QStringLiteral("jwt-sign.png")));
    tabs->setCurrentIndex(2);
    save(window, out.filePath(QStringLiteral("jwt-config.png")));
    window.resize(window.minimumSizeHint());
    save(window, out.filePath(QStringLiteral("jwt-minimum.png")));

    AboutDialog about;
    save(about, out.filePath(QStringLiteral("about.png")));
    return 0;
}
