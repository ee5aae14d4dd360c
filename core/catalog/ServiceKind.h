#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace PortalKeys::Catalog {

// What a service does for the portal. A service can have several kinds (Google: sign-in and storage).
enum class ServiceKind {
    Login,         // sign in with an account of the provider
    Storage,       // connect the provider's files as third-party storage
    Sms,           // text messages: two-factor codes, calls
    Notifications, // push or messenger notifications
    BackupStorage, // backups and data storage of the portal itself
    Other,         // e-signature, link shortening, external database…
};

QList<ServiceKind> allServiceKinds();
// "login", "storage", "sms", "notifications", "backup-storage", "other": the catalog file's spelling.
QString serviceKindName(ServiceKind kind);
std::optional<ServiceKind> serviceKindFromName(const QString &name);
// For people, e.g. "Sign-in", "Backup and data storage".
QString serviceKindDisplayName(ServiceKind kind);

} // namespace PortalKeys::Catalog
