// The Third-party authorization page: offline with a draft, Google's instructions and a value typed with a
// trailing space, the external database, a Workspace service, then against the portal simulator: the change
// preview, a save, switching off, a read-only service, Bad keys, and the dialogs of bundles, of applying and
// of comparing. The online pictures are skipped when the simulator cannot run.
#include "support/screenshots/Shots.h"

#include "shell/MainWindow.h"
#include "thirdparty/ApplyDialog.h"
#include "thirdparty/ChangePreviewDialog.h"
#include "thirdparty/CompareDialog.h"
#include "thirdparty/ExportBundleDialog.h"
#include "thirdparty/ServiceEditor.h"
#include "thirdparty/ThirdPartyPage.h"

#include "drafts/DraftStore.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>

namespace PortalKeys::Screenshots {

using namespace PortalKeys::Portal;
using namespace PortalKeys::Ui;

namespace {

void idle(const ThirdPartyPage *page)
{
    waitFor([page] { return !page->isBusy(); });
}

void typeKey(MainWindow &window, const QString &key, const QString &text)
{
    window.findChild<QLineEdit *>(QStringLiteral("key-") + key)->setText(text);
}

// Google for DocSpace, prepared earlier as a draft; returns its id.
QString seedGoogleDraft(MemorySecretStore &store)
{
    Drafts::Draft google =
        Drafts::Draft::create(Catalog::Product::DocSpace, QStringLiteral("google"),
                              {QStringLiteral("googleClientId"), QStringLiteral("googleClientSecret")});
    google.title = QStringLiteral("Google (sales portals)");
    bool saved = false;
    Drafts::DraftStore().saveDraft(
        google,
        {{QStringLiteral("googleClientId"), "4711-sales.apps.googleusercontent.com"},
         {QStringLiteral("googleClientSecret"), "GOCSPX-3s7Lq0Zx9mB2vN4cR8tYw1kH"}},
        store, qApp, [&saved](const QString &) { saved = true; });
    waitFor([&saved] { return saved; });
    return google.id;
}

void saveOffline(const QDir &out, MainWindow &window, ThirdPartyPage *page, const QString &googleDraftId)
{
    auto *scroll = window.findChild<QScrollArea *>(QStringLiteral("editorScroll"));
    page->showOffline(Catalog::Product::DocSpace);
    page->selectEntry(QStringLiteral("draft:") + googleDraftId);
    waitFor([page] { return page->editor()->hasEntry(); });
    save(window, out.filePath(QStringLiteral("third-party-offline.png")));

    page->selectService(QStringLiteral("google"));
    typeKey(window, QStringLiteral("googleClientId"),
            QStringLiteral("4711-sales.apps.googleusercontent.com "));
    typeKey(window, QStringLiteral("googleClientSecret"), QStringLiteral("GOCSPX-3s7Lq0Zx9mB2vN4cR8tYw1kH"));
    save(window, out.filePath(QStringLiteral("third-party-google.png")));
    scroll->ensureWidgetVisible(window.findChild<QWidget *>(QStringLiteral("field-googleClientSecret")));
    save(window, out.filePath(QStringLiteral("third-party-google-keys.png")));
    scroll->widget()->grab().save(out.filePath(QStringLiteral("third-party-google-editor-full.png")));

    page->selectService(QStringLiteral("externaldb"));
    settle(50);
    scroll->ensureWidgetVisible(window.findChild<QWidget *>(QStringLiteral("field-dbSsl")));
    save(window, out.filePath(QStringLiteral("third-party-externaldb.png")));
    auto *databaseType = window.findChild<QComboBox *>(QStringLiteral("key-databaseType"));
    databaseType->setCurrentIndex(databaseType->findText(QStringLiteral("sqlite")));
    scroll->ensureWidgetVisible(window.findChild<QWidget *>(QStringLiteral("field-sqliteFilePath")));
    save(window, out.filePath(QStringLiteral("third-party-externaldb-sqlite.png")));

    page->selectService(QStringLiteral("appleID"));
    settle(50);
    scroll->ensureWidgetVisible(window.findChild<QWidget *>(QStringLiteral("field-appleIdPrivateKey")));
    save(window, out.filePath(QStringLiteral("third-party-apple.png")));

    auto *search = window.findChild<QLineEdit *>(QStringLiteral("search"));
    search->setText(QStringLiteral("fax"));
    save(window, out.filePath(QStringLiteral("third-party-no-match.png")));
    search->clear();

    page->showOffline(Catalog::Product::Workspace);
    page->selectService(QStringLiteral("Twilio"));
    typeKey(window, QStringLiteral("twilioAccountSid"), QStringLiteral("AC0123456789abcdef0123456789abcdef"));
    typeKey(window, QStringLiteral("twilioAuthToken"), QStringLiteral("0123456789abcdef0123456789abcdef"));
    typeKey(window, QStringLiteral("twiliosender"), QStringLiteral("+15551234567"));
    scroll->ensureWidgetVisible(window.findChild<QWidget *>(QStringLiteral("workspacePanel")));
    save(window, out.filePath(QStringLiteral("third-party-workspace.png")));

    {
        ExportBundleDialog exportDialog(Drafts::DraftStore().load().drafts, {}, &window);
        exportDialog.findChild<QLineEdit *>(QStringLiteral("passphrase"))
            ->setText(QStringLiteral("sunflower"));
        exportDialog.adjustSize();
        save(exportDialog, out.filePath(QStringLiteral("third-party-export.png")));
    }
}

void saveOnline(const QDir &out, MainWindow &window, ThirdPartyPage *page, const PortalProfile &portal)
{
    page->showPortal(portal.id);
    idle(page);
    save(window, out.filePath(QStringLiteral("third-party-online.png")));
    page->selectService(QStringLiteral("google"));
    typeKey(window, QStringLiteral("googleClientId"),
            QStringLiteral("4711-sales.apps.googleusercontent.com"));
    typeKey(window, QStringLiteral("googleClientSecret"), QStringLiteral("GOCSPX-3s7Lq0Zx9mB2vN4cR8tYw1kH"));
    page->save();
    settle(100);
    if (auto *preview = window.findChild<ChangePreviewDialog *>()) {
        save(*preview, out.filePath(QStringLiteral("third-party-preview.png")));
        preview->findChild<QPushButton *>(QStringLiteral("confirmSave"))->click();
    }
    idle(page);
    save(window, out.filePath(QStringLiteral("third-party-saved.png")));
    page->toggleService();
    settle(100);
    if (auto *preview = window.findChild<ChangePreviewDialog *>()) {
        save(*preview, out.filePath(QStringLiteral("third-party-preview-off.png")));
        preview->reject();
    }
    settle(50);

    page->selectService(QStringLiteral("box"));
    save(window, out.filePath(QStringLiteral("third-party-readonly.png")));

    page->selectService(QStringLiteral("twilio"));
    typeKey(window, QStringLiteral("twilioAccountSid"), QStringLiteral("AC0123456789abcdef0123456789abcdef"));
    typeKey(window, QStringLiteral("twilioAuthToken"), QStringLiteral("not-what-twilio-issues"));
    typeKey(window, QStringLiteral("twiliosender"), QStringLiteral("+15551234567"));
    page->save();
    settle(100);
    if (auto *preview = window.findChild<ChangePreviewDialog *>())
        preview->findChild<QPushButton *>(QStringLiteral("confirmSave"))->click();
    idle(page);
    idle(page); // the page reads the services again after Bad keys
    save(window, out.filePath(QStringLiteral("third-party-bad-keys.png")));
}

void saveApply(const QDir &out, MainWindow &window, ThirdPartyPage *page, const QString &googleDraftId,
               const PortalProfile &portal)
{
    page->showOffline(Catalog::Product::DocSpace);
    page->selectEntry(QStringLiteral("draft:") + googleDraftId);
    waitFor([page] { return page->editor()->hasEntry(); });
    page->applyToPortals();
    settle(100);
    if (auto *apply = window.findChild<ApplyDialog *>()) {
        apply->setChecked({googleDraftId}, {portal.id});
        save(*apply, out.filePath(QStringLiteral("third-party-apply.png")));
        apply->checkChanges();
        waitFor([apply] { return !apply->isBusy(); });
        save(*apply, out.filePath(QStringLiteral("third-party-apply-check.png")));
        // A report over several portals, as an admin with a fleet sees it.
        using Row = AuthService::KeyApplier::Row;
        using Outcome = AuthService::KeyApplier::Outcome;
        PortalError forbidden(PortalError::Kind::Forbidden,
                              QStringLiteral("The portal refused: the account is not a portal admin."));
        apply->showReport(
            {Row{QStringLiteral("production"),
                 QStringLiteral("google"),
                 Outcome::Applied,
                 QStringLiteral("2 keys added"),
                 {}},
             Row{QStringLiteral("production"),
                 QStringLiteral("twilio"),
                 Outcome::Unchanged,
                 QStringLiteral("no change"),
                 {}},
             Row{QStringLiteral("eu-west"),
                 QStringLiteral("google"),
                 Outcome::Applied,
                 QStringLiteral("1 changed"),
                 {}},
             Row{QStringLiteral("eu-west"),
                 QStringLiteral("twilio"),
                 Outcome::Refused,
                 QStringLiteral(
                     "The portal tested the keys of “twilio” with the provider and they were refused "
                     "(“Bad keys”)."),
                 {}},
             Row{QStringLiteral("lab"), QStringLiteral("google"), Outcome::Refused, forbidden.message(),
                 forbidden},
             Row{QStringLiteral("lab"), QStringLiteral("twilio"), Outcome::Refused, forbidden.message(),
                 forbidden}},
            false);
        save(*apply, out.filePath(QStringLiteral("third-party-apply-report.png")));
        apply->reject();
    }
}

void saveCompare(const QDir &out, MainWindow &window, ThirdPartyPage *page, const PortalProfile &portal)
{
    // The drift check: the portal against the offline drafts.
    page->compareKeys();
    settle(100);
    if (auto *compare = window.findChild<CompareDialog *>()) {
        compare->setPortal(portal.id);
        save(*compare, out.filePath(QStringLiteral("third-party-compare.png")));
        compare->compare();
        waitFor([compare] { return !compare->isBusy(); });
        save(*compare, out.filePath(QStringLiteral("third-party-compare-result.png")));
        compare->reject();
    }
}

} // namespace

void saveThirdPartyScreenshots(const QDir &out)
{
    Testing::PortalSimulator simulator;
    const QString problem =
        simulator.start({{QStringLiteral("--readonly-consumer"), QStringLiteral("box")}, false});
    if (!problem.isEmpty())
        qWarning("online third-party screenshots skipped: the portal simulator cannot run: %s",
                 qPrintable(problem));
    auto secrets = std::make_unique<MemorySecretStore>();
    const PortalProfile portal =
        profile(QStringLiteral("production"), simulator.httpUrl().toString(), CredentialKind::ApiKey);
    const PortalProfile unreachable =
        profile(QStringLiteral("staging"), QStringLiteral("http://127.0.0.1:1"), CredentialKind::ApiKey);
    seedPortals(ProfileStore(), problem.isEmpty() ? QList<PortalProfile>{portal, unreachable}
                                                  : QList<PortalProfile>{unreachable});
    storeSecret(*secrets, portal.secretKey(SecretSlot::ApiKey), Testing::PortalSimulator::fullApiKey());
    storeSecret(*secrets, unreachable.secretKey(SecretSlot::ApiKey), "sk-unreachable");
    const QString googleDraftId = seedGoogleDraft(*secrets);

    MainWindow window(std::move(secrets), PageId::ThirdParty);
    auto *page = showLoaded<ThirdPartyPage>(window, QSize(1100, 760));
    saveOffline(out, window, page, googleDraftId);
    page->showPortal(unreachable.id);
    idle(page);
    save(window, out.filePath(QStringLiteral("third-party-portal-error.png")));
    if (!problem.isEmpty())
        return;
    saveOnline(out, window, page, portal);
    saveApply(out, window, page, googleDraftId, portal);
    saveCompare(out, window, page, portal);
    window.resize(window.minimumSizeHint());
    save(window, out.filePath(QStringLiteral("third-party-minimum.png")));
}

} // namespace PortalKeys::Screenshots
