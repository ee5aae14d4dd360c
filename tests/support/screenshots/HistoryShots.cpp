// The History dialog (View > History…) over a local history of a few weeks: keys saved, one refused, OAuth
// apps and API keys changed, a bundle applied.
#include "support/screenshots/Shots.h"

#include "history/HistoryDialog.h"
#include "shell/MainWindow.h"

#include "history/HistoryLog.h"

#include <QAction>

namespace PortalKeys::Screenshots {

using namespace PortalKeys::Portal;
using namespace PortalKeys::Ui;

void saveHistoryScreenshots(const QDir &out)
{
    using History::HistoryEntry;
    seedPortals(ProfileStore(),
                {profile(QStringLiteral("production"), QStringLiteral("https://docs.example.com"),
                         CredentialKind::Basic),
                 profile(QStringLiteral("lab"), QStringLiteral("https://docspace.lab.internal"),
                         CredentialKind::ApiKey)});
    const auto entry = [](const char *portal, qint64 hoursAgo, HistoryEntry::Area area, const char *action,
                          const char *subject, const QStringList &keys) {
        HistoryEntry made;
        made.time = QDateTime::currentDateTimeUtc().addSecs(-hoursAgo * 3600);
        made.portal = QString::fromLatin1(portal);
        made.host = made.portal == QLatin1String("lab") ? QStringLiteral("docspace.lab.internal")
                                                        : QStringLiteral("docs.example.com");
        made.user = made.portal == QLatin1String("lab") ? QStringLiteral("API key “CI deploy”")
                                                        : QStringLiteral("admin@example.com");
        made.area = area;
        made.action = QString::fromLatin1(action);
        made.subject = QString::fromUtf8(subject);
        made.keys = keys;
        return made;
    };
    using A = HistoryEntry::Area;
    const QStringList google{QStringLiteral("googleClientId"), QStringLiteral("googleClientSecret")};
    HistoryEntry refused = entry("lab", 30, A::Keys, "saved", "twilio",
                                 {QStringLiteral("twilioAccountSid"), QStringLiteral("twilioAuthToken")});
    refused.ok = false;
    refused.reason = QStringLiteral("The provider refused the keys.");
    const History::HistoryLog log;
    for (const HistoryEntry &made :
         {entry("production", 400, A::Keys, "saved", "google", google),
          entry("production", 170, A::ApiKey, "created", "Nightly export", {}),
          entry("lab", 52, A::Bundle, "saved", "google", google), refused,
          entry("production", 26, A::OAuthApp, "secret regenerated", "Reports dashboard", {}),
          entry("production", 3, A::OAuthApp, "disabled", "Old CRM connector", {}),
          entry("lab", 1, A::Keys, "cleared", "dropbox",
                {QStringLiteral("dropboxClientId"), QStringLiteral("dropboxClientSecret")})})
        log.append(made);
    MainWindow window(std::make_unique<MemorySecretStore>(), PageId::Portals);
    window.resize(1000, 680);
    window.show();
    if (QAction *show = window.findChild<QAction *>(QStringLiteral("showHistory")))
        show->trigger();
    settle(100);
    if (auto *history = window.findChild<HistoryDialog *>()) {
        history->resize(1200, 440);
        save(*history, out.filePath(QStringLiteral("history-dialog.png")));
        history->close();
    }
}

} // namespace PortalKeys::Screenshots
