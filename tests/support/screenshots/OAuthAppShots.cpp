// The OAuth apps page against the portal simulator: the list, a registered app, a new app filled in and with
// errors, the secret dialog at registration and from Show secret, and Try it with its tokens. Skipped when
// the simulator cannot run.
#include "support/screenshots/Shots.h"

#include "oauthapps/AppForm.h"
#include "oauthapps/ClientSecretDialog.h"
#include "oauthapps/OAuthAppsPage.h"
#include "oauthapps/TryItDialog.h"
#include "shell/MainWindow.h"

#include "support/PortalBrowser.h"

#include <QCheckBox>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTemporaryDir>

namespace PortalKeys::Screenshots {

using namespace PortalKeys::Ui;

namespace {

// A new app filled in, then the same with mistakes typed as people make them; the first is kept as a draft.
void saveAppForms(const QDir &out, MainWindow &window, OAuthAppsPage *page)
{
    // A new app, filled in; its icon from a file the "file dialog" names.
    QTemporaryDir dir;
    const QString iconPath = dir.filePath(QStringLiteral("icon.png"));
    {
        QImage icon(32, 32, QImage::Format_ARGB32);
        icon.fill(Qt::transparent);
        QPainter painter(&icon);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(QColor(0x1e, 0x88, 0xe5));
        painter.setPen(Qt::NoPen);
        painter.drawRoundedRect(QRectF(2, 2, 28, 28), 7, 7);
        painter.setBrush(Qt::white);
        painter.drawEllipse(QRectF(10, 10, 12, 12));
        painter.end();
        icon.save(iconPath);
    }
    page->setFileChooser([iconPath](FilePurpose, const QString &) { return iconPath; });
    page->newApp();
    const auto type = [&window](const QString &name, const QString &text) {
        auto *edit = window.findChild<QLineEdit *>(name);
        edit->setText(text);
    };
    type(QStringLiteral("appName"), QStringLiteral("Sales reports"));
    type(QStringLiteral("websiteUrl"), QStringLiteral("https://reports.example.com"));
    window.findChild<QPushButton *>(QStringLiteral("chooseIcon"))->click();
    window.findChild<QPlainTextEdit *>(QStringLiteral("description"))
        ->setPlainText(QStringLiteral("Monthly sales figures from the Reports room."));
    type(QStringLiteral("redirectUris-entry-0"),
         QStringLiteral("https://reports.example.com/oauth/callback"));
    window.findChild<QPushButton *>(QStringLiteral("redirectUris-add"))->click();
    type(QStringLiteral("redirectUris-entry-1"), QStringLiteral("http://127.0.0.1/callback"));
    type(QStringLiteral("allowedOrigins-entry-0"), QStringLiteral("https://reports.example.com"));
    window.findChild<QCheckBox *>(QStringLiteral("scope-files:write"))->click();
    window.findChild<QCheckBox *>(QStringLiteral("scope-rooms:read"))->click();
    window.findChild<QCheckBox *>(QStringLiteral("scope-openid"))->click();
    type(QStringLiteral("policyUrl"), QStringLiteral("https://reports.example.com/privacy"));
    type(QStringLiteral("termsUrl"), QStringLiteral("https://reports.example.com/terms"));
    save(window, out.filePath(QStringLiteral("oauth-apps-form-filled.png")));
    // The whole form: the scroll area gives it its full height.
    page->form()->grab().save(out.filePath(QStringLiteral("oauth-apps-form-full.png")));
    page->saveDraft();
    settle(50);

    // The same app with mistakes typed as people make them.
    page->newApp();
    type(QStringLiteral("appName"), QStringLiteral("QA"));
    type(QStringLiteral("websiteUrl"), QStringLiteral("http://localhost:3000"));
    type(QStringLiteral("redirectUris-entry-0"), QStringLiteral("https://qa.example.com/callback"));
    window.findChild<QPushButton *>(QStringLiteral("redirectUris-add"))->click();
    type(QStringLiteral("redirectUris-entry-1"), QStringLiteral("https://QA.example.com/callback"));
    window.findChild<QPushButton *>(QStringLiteral("redirectUris-add"))->click();
    type(QStringLiteral("redirectUris-entry-2"), QStringLiteral("http://qa.example.com/callback"));
    type(QStringLiteral("allowedOrigins-entry-0"), QStringLiteral("https://qa.example.com/app"));
    save(window, out.filePath(QStringLiteral("oauth-apps-form-errors.png")));
    window.findChild<QScrollArea *>(QStringLiteral("formScroll"))
        ->ensureWidgetVisible(window.findChild<QWidget *>(QStringLiteral("allowedOrigins")));
    save(window, out.filePath(QStringLiteral("oauth-apps-form-errors-lists.png")));
    page->form()->setApp(OAuth::OAuthApp(), AppForm::Mode::Draft,
                         false); // drop the mistakes unasked
}

// Registering the draft shows the secret once; Show secret reads it again.
void saveSecretDialogs(const QDir &out, MainWindow &window, OAuthAppsPage *page)
{
    // Register the saved draft: the secret is shown once.
    page->selectDraft(page->drafts().constFirst().id);
    page->registerApp();
    waitFor([&window] { return window.findChild<ClientSecretDialog *>() != nullptr; });
    if (auto *secretDialog = window.findChild<ClientSecretDialog *>()) {
        secretDialog->adjustSize();
        save(*secretDialog, out.filePath(QStringLiteral("oauth-apps-secret-dialog.png")));
        secretDialog->findChild<QPushButton *>(QStringLiteral("storeInKeychain"))->click();
        settle(100);
        save(*secretDialog, out.filePath(QStringLiteral("oauth-apps-secret-stored.png")));
        secretDialog->reject();
        settle(50);
        save(window, out.filePath(QStringLiteral("oauth-apps-after-register.png")));

        // Show secret: the portal gives the secret again, masked until asked for.
        page->revealSecret();
        const auto shownDialog = [&window]() -> ClientSecretDialog * {
            for (ClientSecretDialog *dialog : window.findChildren<ClientSecretDialog *>()) {
                if (dialog->isVisible() && dialog->windowTitle().startsWith(QStringLiteral("Client secret")))
                    return dialog;
            }
            return nullptr;
        };
        waitFor([&shownDialog] { return shownDialog() != nullptr; });
        if (ClientSecretDialog *shown = shownDialog()) {
            shown->adjustSize();
            save(*shown, out.filePath(QStringLiteral("oauth-apps-show-secret.png")));
            shown->reject();
            settle(50);
        }
    }
}

void saveTryIt(const QDir &out, MainWindow &window, OAuthAppsPage *page)
{
    // Try it, with the admin's browser: signed in to the portal, it consents and follows the redirects.
    Testing::PortalBrowser browser;
    page->setUrlOpener([&browser](const QUrl &url) {
        browser.open(url);
        return true;
    });
    page->tryIt();
    settle(50);
    if (auto *tryIt = window.findChild<TryItDialog *>()) {
        tryIt->findChild<QRadioButton *>(QStringLiteral("useKeychainSecret"))->setChecked(true);
        tryIt->adjustSize();
        save(*tryIt, out.filePath(QStringLiteral("oauth-apps-try-it.png")));
        tryIt->start();
        waitFor([tryIt] { return !tryIt->isBusy(); });
        save(*tryIt, out.filePath(QStringLiteral("oauth-apps-try-it-result.png")));
        tryIt->reject();
    }
}

} // namespace

void saveOAuthAppsScreenshots(const QDir &out)
{
    {
        // A first start: no portal, no draft.
        seedPortals(Portal::ProfileStore(), {});
        MainWindow window(PageId::OAuthApps);
        window.resize(1100, 760);
        save(window, out.filePath(QStringLiteral("oauth-apps-empty.png")));
    }
    Testing::PortalSimulator simulator;
    std::unique_ptr<MemorySecretStore> secrets = simulatorAdmin(simulator, "OAuth apps");
    if (!secrets)
        return;
    MainWindow window(std::move(secrets), PageId::OAuthApps);
    auto *page = showLoaded<OAuthAppsPage>(window, QSize(1100, 760));
    page->selectApp(QStringLiteral("11111111-2222-3333-4444-555555555555"));
    save(window, out.filePath(QStringLiteral("oauth-apps-registered.png")));
    saveAppForms(out, window, page);
    saveSecretDialogs(out, window, page);
    saveTryIt(out, window, page);
    window.resize(window.minimumSizeHint());
    save(window, out.filePath(QStringLiteral("oauth-apps-minimum.png")));
}

} // namespace PortalKeys::Screenshots
