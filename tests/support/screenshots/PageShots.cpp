// Every page as it first opens, the JWT inspector with a token on each of its tabs, and the About dialog.
#include "support/screenshots/Shots.h"

#include "shell/AboutDialog.h"
#include "shell/MainWindow.h"

#include "jwt/Key.h"
#include "jwt/Signer.h"

#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>

namespace PortalKeys::Screenshots {

using namespace PortalKeys::Ui;

void savePageScreenshots(const QDir &out)
{
    for (PageId page : allPages()) {
        MainWindow window(page);
        window.resize(1000, 680);
        save(window, out.filePath(QStringLiteral("page-%1.png").arg(pageName(page))));
    }
    AboutDialog about;
    save(about, out.filePath(QStringLiteral("about.png")));
}

void saveJwtScreenshots(const QDir &out)
{
    const QJsonObject payload{
        {QStringLiteral("iss"), QStringLiteral("https://portal.example.com/oauth2")},
        {QStringLiteral("sub"), QStringLiteral("4f1c2a")},
        {QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() + 3 * 3600},
        {QStringLiteral("iat"), QDateTime::currentSecsSinceEpoch() - 600},
        {QStringLiteral("cid"), QStringLiteral("7c0e9f3e-2b1d-4a5e-9c1f-0d3b5e6a7f80")}};
    const QByteArray secret = "screenshot-secret-that-is-long-enough!!";
    const QString token =
        Jwt::Signer::sign(payload, Jwt::Algorithm::HS256, *Jwt::Key::fromSecret(secret).key).token;
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
}

} // namespace PortalKeys::Screenshots
