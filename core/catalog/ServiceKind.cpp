#include "catalog/ServiceKind.h"

#include <QCoreApplication>

namespace PortalKeys::Catalog {

QList<ServiceKind> allServiceKinds()
{
    return {ServiceKind::Login,         ServiceKind::Storage,       ServiceKind::Sms,
            ServiceKind::Notifications, ServiceKind::BackupStorage, ServiceKind::Other};
}

QString serviceKindName(ServiceKind kind)
{
    switch (kind) {
    case ServiceKind::Login:
        return QStringLiteral("login");
    case ServiceKind::Storage:
        return QStringLiteral("storage");
    case ServiceKind::Sms:
        return QStringLiteral("sms");
    case ServiceKind::Notifications:
        return QStringLiteral("notifications");
    case ServiceKind::BackupStorage:
        return QStringLiteral("backup-storage");
    case ServiceKind::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<ServiceKind> serviceKindFromName(const QString &name)
{
    for (const ServiceKind kind : allServiceKinds()) {
        if (name == serviceKindName(kind))
            return kind;
    }
    return std::nullopt;
}

QString serviceKindDisplayName(ServiceKind kind)
{
    const char *context = "PortalKeys::Catalog::ServiceKind";
    switch (kind) {
    case ServiceKind::Login:
        return QCoreApplication::translate(context, "Sign-in");
    case ServiceKind::Storage:
        return QCoreApplication::translate(context, "Document storage");
    case ServiceKind::Sms:
        return QCoreApplication::translate(context, "SMS and calls");
    case ServiceKind::Notifications:
        return QCoreApplication::translate(context, "Notifications");
    case ServiceKind::BackupStorage:
        return QCoreApplication::translate(context, "Backup and data storage");
    case ServiceKind::Other:
        return QCoreApplication::translate(context, "Other");
    }
    return {};
}

} // namespace PortalKeys::Catalog
