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

#include <optional>

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
    // The oldest version whose services and labels the catalog knows completely (DocSpace 2.6.2, Workspace
    // 12.5); empty when the file does not say.
    QVersionNumber oldestVersion(Product product) const;
    QString redirectNote(Product product) const; // the note every OAuth service of the product shares

    // --- A portal of a known version (GET /api/2.0/settings `version`) ---

    // "3.7.2.1234" → 3.7.2.1234, "12.6.0.1886" → 12.6.0.1886, "v3.7" → 3.7; null for anything that is not
    // major.minor[.more] (empty, "unknown", "3", "3.x", absurdly large numbers), which the functions below
    // treat as an unknown version.
    static QVersionNumber parsePortalVersion(const QString &text);

    enum class VersionFit {
        Unknown,   // no usable version: the catalog's own (newest) services and labels apply
        Older,     // older than oldestVersion(): the nearest sets apply, but services or labels may differ
        Described, // the catalog describes this version, or the nearest older one it knows
        Newer,     // newer than productVersion() (compared on its digits, so 3.7.2 is still 3.7)
    };
    VersionFit versionFit(Product product, const QVersionNumber &portalVersion) const;
    // For people, when the fit is Older or Newer, e.g. "This portal runs DocSpace 3.8.0, newer than the 3.7
    // that PortalKeys' catalog describes: services and labels may differ." Empty otherwise.
    QString versionNotice(Product product, const QVersionNumber &portalVersion) const;

    // The services a portal of this version offers, in its order, each as that version shows it
    // (ServiceDefinition::forVersion): services added later are left out; versions between known ones get
    // the nearest older known set. An unknown (null) version gets services(product).
    QList<ServiceDefinition> services(Product product, const QVersionNumber &portalVersion) const;
    // One of those, by name as find() matches it; nullopt when that version has no such service.
    std::optional<ServiceDefinition> find(Product product, const QVersionNumber &portalVersion,
                                          const QString &name) const;

private:
    struct ProductEntry {
        QString title;
        QVersionNumber version;
        QVersionNumber oldestVersion;
        QString redirectNote;
        QList<ServiceDefinition> services;
    };

    void read(const QByteArray &json, const QString &source);
    void readProduct(const QJsonObject &json, const QString &where, const CatalogJson &reader);
    // Into the user's language, once the catalog passed its checks in its own words.
    void translate();

    QMap<Product, ProductEntry> m_products;
    QStringList m_errors;
};

} // namespace PortalKeys::Catalog
