#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace PortalKeys::Catalog {

// The two product generations whose third-party keys the catalog knows. They differ in service names,
// labels and in how keys reach the portal (DocSpace has an API; Workspace keys are typed into its page).
enum class Product { DocSpace, Workspace };

QList<Product> allProducts();
// "docspace" / "workspace": the names used in the catalog file, on the command line and in settings.
QString productName(Product product);
// Case-insensitive; nullopt for anything else.
std::optional<Product> productFromName(const QString &name);
// For people: "DocSpace", "Workspace / Community Server".
QString productDisplayName(Product product);

} // namespace PortalKeys::Catalog
