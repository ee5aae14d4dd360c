#pragma once

#include "catalog/Product.h"
#include "catalog/ServiceDefinition.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVersionNumber>

namespace PortalKeys::Catalog {

// The built-in catalog of third-party services for DocSpace and Workspace (resources/catalog/services.json,
// compiled into the core library), or a catalog read from another file. A catalog that fails its checks
// holds no services and says why in errors().
class ServiceCatalog {
    Q_DECLARE_TR_FUNCTIONS(ServiceCatalog)

public:
    static constexpr int FormatVersion = 1;

    // ":/catalog/services.json"
    static QString builtInPath();
    // Read once, on first use.
    static const ServiceCatalog &builtIn();
    static ServiceCatalog fromFile(const QString &path);
    // `source` names the data in error messages (a file name).
    static ServiceCatalog fromJson(const QByteArray &json, const QString &source = {});

    bool isValid() const { return m_errors.isEmpty(); }
    QStringList errors() const { return m_errors; }

    // In the portal's order (as GET /api/2.0/settings/authservice lists them).
    QList<ServiceDefinition> services(Product product) const;
    // Case-insensitive, by the listed name or the server key: "appleID", "appleid" and "AppleID" all find
    // Apple. nullptr when the product has no such service.
    const ServiceDefinition *find(Product product, const QString &name) const;

    QString productTitle(Product product) const;          // e.g. "ONLYOFFICE DocSpace"
    QVersionNumber productVersion(Product product) const; // the version the catalog describes: 3.7, 12.6
    QString redirectNote(Product product) const; // the note every OAuth service of the product shares

private:
    struct ProductEntry {
        QString title;
        QVersionNumber version;
        QString redirectNote;
        QList<ServiceDefinition> services;
    };

    void read(const QByteArray &json, const QString &source);
    void readProduct(const QJsonObject &json, const QString &where, const CatalogJson &reader);

    QMap<Product, ProductEntry> m_products;
    QStringList m_errors;
};

} // namespace PortalKeys::Catalog
