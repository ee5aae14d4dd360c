#include "shell/PageId.h"

#include <QCoreApplication>

namespace PortalKeys::Ui {

QList<PageId> allPages()
{
    return {PageId::Portals, PageId::ThirdParty, PageId::OAuthApps, PageId::Jwt, PageId::ApiKeys};
}

QString pageName(PageId page)
{
    switch (page) {
    case PageId::Portals:
        return QStringLiteral("portals");
    case PageId::ThirdParty:
        return QStringLiteral("third-party");
    case PageId::OAuthApps:
        return QStringLiteral("oauth-apps");
    case PageId::Jwt:
        return QStringLiteral("jwt");
    case PageId::ApiKeys:
        return QStringLiteral("api-keys");
    }
    return {};
}

std::optional<PageId> pageFromName(const QString &name)
{
    for (PageId page : allPages()) {
        if (pageName(page) == name)
            return page;
    }
    return std::nullopt;
}

QString pageTitle(PageId page)
{
    switch (page) {
    case PageId::Portals:
        return QCoreApplication::translate("PageId", "Portals");
    case PageId::ThirdParty:
        return QCoreApplication::translate("PageId", "Third-party authorization");
    case PageId::OAuthApps:
        return QCoreApplication::translate("PageId", "OAuth apps");
    case PageId::Jwt:
        return QCoreApplication::translate("PageId", "JWT inspector");
    case PageId::ApiKeys:
        return QCoreApplication::translate("PageId", "API keys");
    }
    return {};
}

} // namespace PortalKeys::Ui
