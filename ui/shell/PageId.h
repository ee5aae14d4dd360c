#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace PortalKeys::Ui {

// The pages of the main window, in sidebar order.
enum class PageId { Portals, ThirdParty, OAuthApps, Jwt, ApiKeys };

QList<PageId> allPages();
// The name used on the command line (`--page`) and in the settings: portals, third-party, ...
QString pageName(PageId page);
std::optional<PageId> pageFromName(const QString &name);
// The title shown in the sidebar.
QString pageTitle(PageId page);

} // namespace PortalKeys::Ui
