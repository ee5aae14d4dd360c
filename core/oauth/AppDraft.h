#pragma once

#include "oauth/OAuthApp.h"

#include <QDateTime>
#include <QString>

namespace PortalKeys::OAuth {

// An OAuth app prepared on this computer and kept in the drafts folder (AppDraftFolder), not registered.
struct AppDraft {
    QString id; // the file's base name, a UUID without braces
    OAuthApp app;
    QDateTime modified;
};

} // namespace PortalKeys::OAuth
