#pragma once

// The dialogs the keyboard and accessibility tests walk, each as it opens before anything is typed, and the
// changes a change preview shows for Google's two keys.
#include "apikeys/ApiKeyDialog.h"
#include "history/HistoryDialog.h"
#include "portals/PortalDialog.h"
#include "portals/SignInDialog.h"
#include "portals/TwoFactorDialog.h"
#include "shell/AboutDialog.h"
#include "thirdparty/ChangePreviewDialog.h"
#include "thirdparty/ExportBundleDialog.h"
#include "thirdparty/PassphraseDialog.h"

#include "authservice/KeyChange.h"
#include "portal/PortalListModel.h"
#include "secrets/SecretStore.h"

#include <memory>
#include <vector>

namespace PortalKeys::Testing {

// `clearing`: both keys cleared (the save switches Google off) instead of added.
inline QList<AuthService::KeyChange> googleKeyChanges(bool clearing)
{
    AuthService::KeyChange id;
    id.name = QStringLiteral("googleClientId");
    id.title = QStringLiteral("Client ID");
    id.kind = clearing ? AuthService::KeyChange::Kind::Cleared : AuthService::KeyChange::Kind::Added;
    (clearing ? id.oldValue : id.newValue) = QStringLiteral("123.apps.googleusercontent.com");
    AuthService::KeyChange secret = id;
    secret.name = QStringLiteral("googleClientSecret");
    secret.title = QStringLiteral("Client secret");
    secret.masked = true;
    (clearing ? secret.oldValue : secret.newValue) = QStringLiteral("GOCSPX-secret");
    return {id, secret};
}

inline std::vector<std::unique_ptr<QDialog>> mainDialogs(SecretStore &secrets,
                                                         Portal::PortalListModel &portals)
{
    using namespace PortalKeys::Ui;
    std::vector<std::unique_ptr<QDialog>> dialogs;
    dialogs.push_back(std::make_unique<ChangePreviewDialog>(
        QStringLiteral("Google"), QStringLiteral("production"), googleKeyChanges(false)));
    dialogs.push_back(std::make_unique<PortalDialog>(&secrets, QList<Portal::PortalProfile>{}));
    dialogs.push_back(
        std::make_unique<SignInDialog>(QStringLiteral("production"), QStringLiteral("admin@example.com")));
    dialogs.push_back(
        std::make_unique<TwoFactorDialog>(QStringLiteral("admin@example.com"), QStringLiteral("production")));
    dialogs.push_back(
        std::make_unique<PassphraseDialog>(QStringLiteral("Open bundle"), QStringLiteral("keys.pkbundle")));
    dialogs.push_back(std::make_unique<ExportBundleDialog>(QList<Drafts::Draft>{}, QStringList{}));
    dialogs.push_back(std::make_unique<ApiKeyDialog>(QStringLiteral("production"),
                                                     QStringList{QStringLiteral("files:read")}));
    dialogs.push_back(std::make_unique<HistoryDialog>(&secrets, &portals));
    dialogs.push_back(std::make_unique<AboutDialog>());
    return dialogs;
}

} // namespace PortalKeys::Testing
