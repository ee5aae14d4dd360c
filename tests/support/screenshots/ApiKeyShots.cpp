// The API keys page with keys of every state (one expires soon, one has expired, one is off), the Create…
// dialog, and the new key shown once. Skipped when the portal simulator cannot run.
#include "support/screenshots/Shots.h"

#include "apikeys/ApiKeyCreatedDialog.h"
#include "apikeys/ApiKeyDialog.h"
#include "apikeys/ApiKeysPage.h"
#include "shell/MainWindow.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>

namespace PortalKeys::Screenshots {

using namespace PortalKeys::Ui;

namespace {

// The portal's own answer, as it would list keys made over months.
QJsonArray keysOfMonths()
{
    const auto when = [](qint64 days) {
        return QDateTime::currentDateTimeUtc().addDays(days).toString(Qt::ISODateWithMs);
    };
    const auto key = [&when](const char *id, const char *name, const char *postfix, const QStringList &scopes,
                             qint64 created, qint64 expires, qint64 used, bool active) {
        QJsonObject object{
            {QStringLiteral("id"), QString::fromLatin1(id)},
            {QStringLiteral("name"), QString::fromUtf8(name)},
            {QStringLiteral("key"), QString(QStringLiteral("sk-***") + QString::fromLatin1(postfix))},
            {QStringLiteral("keyPostfix"), QString::fromLatin1(postfix)},
            {QStringLiteral("permissions"), QJsonArray::fromStringList(scopes)},
            {QStringLiteral("createOn"), when(created)},
            {QStringLiteral("createBy"),
             QJsonObject{{QStringLiteral("displayName"), QStringLiteral("Ada Admin")}}},
            {QStringLiteral("isActive"), active}};
        if (expires != 0)
            object.insert(QStringLiteral("expiresAt"), when(expires));
        if (used != 0)
            object.insert(QStringLiteral("lastUsed"), when(used));
        return object;
    };
    return QJsonArray{
        key("3f2b8c1e-5a6d-4e7f-8a9b-0c1d2e3f4a5b", "CI deploy", "9c1e", {QStringLiteral("*:read")}, -40, 50,
            -1, true),
        key("7d0c2a52-3b1e-4f55-9a63-0a1b2c3d4e5f", "Nightly export", "04b7",
            {QStringLiteral("files:read"), QStringLiteral("rooms:read")}, -86, 4, -1, true),
        key("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", "CRM sync", "e2a0", {}, -200, 0, -3, true),
        key("b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e", "Old import", "51fd", {QStringLiteral("files:write")},
            -400, -35, -60, false),
        key("c3d4e5f6-a7b8-4c9d-8e0f-2a3b4c5d6e7f", "Backup (paused)", "aa31", {}, -120, 240, -30, false)};
}

} // namespace

void saveApiKeysScreenshots(const QDir &out)
{
    Testing::PortalSimulator simulator;
    std::unique_ptr<MemorySecretStore> secrets = simulatorAdmin(simulator, "API keys");
    if (!secrets)
        return;
    const QJsonArray keys = keysOfMonths();
    simulator.addFault({{QStringLiteral("method"), QStringLiteral("GET")},
                        {QStringLiteral("path"), QStringLiteral("/api/2.0/keys")},
                        {QStringLiteral("status"), 200},
                        {QStringLiteral("body"),
                         QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("response"), keys},
                                                                     {QStringLiteral("status"), 0},
                                                                     {QStringLiteral("statusCode"), 200}})
                                               .toJson())}});
    MainWindow window(std::move(secrets), PageId::ApiKeys);
    auto *page = showLoaded<ApiKeysPage>(window, QSize(1100, 620));
    page->selectKey(QStringLiteral("3f2b8c1e-5a6d-4e7f-8a9b-0c1d2e3f4a5b"));
    save(window, out.filePath(QStringLiteral("api-keys-page.png")));

    page->createKey();
    settle(50);
    auto *dialog = window.findChild<ApiKeyDialog *>();
    dialog->findChild<QLineEdit *>(QStringLiteral("keyName"))->setText(QStringLiteral("Reports dashboard"));
    dialog->findChild<QRadioButton *>(QStringLiteral("permissionsChosen"))->click();
    dialog->findChild<QCheckBox *>(QStringLiteral("scope:files:read"))->click();
    dialog->findChild<QCheckBox *>(QStringLiteral("scope:rooms:read"))->click();
    dialog->findChild<QSpinBox *>(QStringLiteral("expiryDays"))->setValue(90);
    save(*dialog, out.filePath(QStringLiteral("api-keys-create.png")));
    dialog->findChild<QPushButton *>(QStringLiteral("acceptKey"))->click();
    waitFor([&window] { return window.findChild<ApiKeyCreatedDialog *>() != nullptr; });
    if (auto *created = window.findChild<ApiKeyCreatedDialog *>()) {
        save(*created, out.filePath(QStringLiteral("api-keys-created.png")));
        created->done(QDialog::Accepted);
    }
    save(window, out.filePath(QStringLiteral("api-keys-after-create.png")));
}

} // namespace PortalKeys::Screenshots
