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
    switch (kind) {
    case ServiceKind::Login:
        return QCoreApplication::translate("ServiceKind", "Sign-in");
    case ServiceKind::Storage:
        return QCoreApplication::translate("ServiceKind", "Document storage");
    case ServiceKind::Sms:
        return QCoreApplication::translate("ServiceKind", "SMS and calls");
    case ServiceKind::Notifications:
        return QCoreApplication::translate("ServiceKind", "Notifications");
    case ServiceKind::BackupStorage:
        return QCoreApplication::translate("ServiceKind", "Backup and data storage");
    case ServiceKind::Other:
        return QCoreApplication::translate("ServiceKind", "Other");
    }
    return {};
}

} // namespace PortalKeys::Catalog
