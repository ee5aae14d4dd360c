#include "catalog/Product.h"

#include <QCoreApplication>

namespace PortalKeys::Catalog {

QList<Product> allProducts()
{
    return {Product::DocSpace, Product::Workspace};
}

QString productName(Product product)
{
    switch (product) {
    case Product::DocSpace:
        return QStringLiteral("docspace");
    case Product::Workspace:
        return QStringLiteral("workspace");
    }
    return {};
}

std::optional<Product> productFromName(const QString &name)
{
    for (const Product product : allProducts()) {
        if (name.compare(productName(product), Qt::CaseInsensitive) == 0)
            return product;
    }
    return std::nullopt;
}

QString productDisplayName(Product product)
{
    switch (product) {
    case Product::DocSpace:
        return QCoreApplication::translate("PortalKeys::Catalog::Product", "DocSpace");
    case Product::Workspace:
        return QCoreApplication::translate("PortalKeys::Catalog::Product", "Workspace / Community Server");
    }
    return {};
}

} // namespace PortalKeys::Catalog
