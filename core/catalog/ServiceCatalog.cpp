#include "catalog/ServiceCatalog.h"

#include "catalog/CatalogJson.h"
#include "catalog/CatalogTranslation.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace PortalKeys::Catalog {

QString ServiceCatalog::builtInPath()
{
    return QStringLiteral(":/catalog/services.json");
}

const ServiceCatalog &ServiceCatalog::builtIn()
{
    static const ServiceCatalog catalog = fromFile(builtInPath());
    return catalog;
}

ServiceCatalog ServiceCatalog::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ServiceCatalog catalog;
        catalog.m_errors.append(
            tr("The service catalog %1 cannot be read: %2.").arg(path, file.errorString()));
        return catalog;
    }
    return fromJson(file.readAll(), QFileInfo(path).fileName());
}

ServiceCatalog ServiceCatalog::fromJson(const QByteArray &json, const QString &source)
{
    ServiceCatalog catalog;
    catalog.read(json, source);
    // Half a catalog would show some services and silently drop others: all or nothing.
    if (!catalog.m_errors.isEmpty())
        catalog.m_products.clear();
    catalog.translate();
    return catalog;
}

void ServiceCatalog::translate()
{
    for (ProductEntry &entry : m_products) {
        entry.title = CatalogTranslation::text(entry.title, "title");
        entry.redirectNote = CatalogTranslation::text(entry.redirectNote, "redirectNote");
        for (ServiceDefinition &service : entry.services)
            CatalogTranslation::apply(service);
    }
}

void ServiceCatalog::read(const QByteArray &json, const QString &source)
{
    const QString name = source.isEmpty() ? tr("the service catalog") : source;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        m_errors.append(tr("%1 is not valid JSON: %2 at character %3.")
                            .arg(name, parseError.errorString())
                            .arg(parseError.offset));
        return;
    }
    if (!document.isObject()) {
        m_errors.append(tr("%1 must hold a JSON object.").arg(name));
        return;
    }
    const CatalogJson reader(&m_errors);
    const QJsonObject root = document.object();
    reader.onlyMembers(root, name, {"formatVersion", "products"});
    const int format = root.value(QLatin1String("formatVersion")).toInt(-1);
    if (format != FormatVersion) {
        reader.error(name, tr("formatVersion is %1, but this PortalKeys reads version %2 only.")
                               .arg(format)
                               .arg(FormatVersion));
        return;
    }
    const QJsonValue products = root.value(QLatin1String("products"));
    if (!products.isArray()) {
        reader.error(name, tr("\"products\" must be a list."));
        return;
    }
    for (const QJsonValue &product : products.toArray()) {
        if (!product.isObject()) {
            reader.error(name, tr("each entry of \"products\" must be an object."));
            continue;
        }
        readProduct(product.toObject(), name, reader);
    }
    for (const Product product : allProducts()) {
        if (!m_products.contains(product))
            reader.error(name, tr("the product \"%1\" is missing.").arg(productName(product)));
    }
}

void ServiceCatalog::readProduct(const QJsonObject &json, const QString &parent, const CatalogJson &reader)
{
    const QString productText = json.value(QLatin1String("product")).toString();
    const QString where = CatalogJson::place(parent, productText);
    reader.onlyMembers(json, where,
                       {"product", "title", "version", "oldestVersion", "redirectNote", "services"});
    const auto product = productFromName(productText);
    if (!product) {
        reader.error(where, tr("unknown product \"%1\"; use docspace or workspace.").arg(productText));
        return;
    }
    if (m_products.contains(*product)) {
        reader.error(where, tr("the product is described twice."));
        return;
    }
    ProductEntry entry;
    entry.title = reader.string(json, where, "title", true);
    entry.version = reader.version(json, where, "version");
    if (entry.version.isNull())
        reader.error(where, tr("the product needs a version, the one the catalog describes."));
    entry.oldestVersion = reader.version(json, where, "oldestVersion");
    if (!entry.oldestVersion.isNull() && !entry.version.isNull() && entry.oldestVersion > entry.version)
        reader.error(where, tr("oldestVersion is newer than version."));
    entry.redirectNote = reader.string(json, where, "redirectNote", false);

    const QJsonValue services = json.value(QLatin1String("services"));
    if (!services.isArray() || services.toArray().isEmpty()) {
        reader.error(where, tr("\"services\" must be a non-empty list."));
        return;
    }
    for (const QJsonValue &value : services.toArray()) {
        if (!value.isObject()) {
            reader.error(where, tr("each service must be an object."));
            continue;
        }
        ServiceDefinition service = ServiceDefinition::fromJson(*product, value.toObject(), where, reader);
        // find() is case-insensitive over names and server keys, so any overlap would hide a service.
        for (const ServiceDefinition &other : std::as_const(entry.services)) {
            if (other.matches(service.name) ||
                (!service.serverKey.isEmpty() && other.matches(service.serverKey)))
                reader.error(CatalogJson::place(where, service.name),
                             tr("the name clashes with the service \"%1\".").arg(other.name));
        }
        if (service.usesOAuth() && service.redirectNote.isEmpty())
            service.redirectNote = entry.redirectNote;
        entry.services.append(service);
    }
    for (qsizetype i = 1; i < entry.services.size(); ++i) {
        if (entry.services.at(i).order < entry.services.at(i - 1).order)
            reader.error(CatalogJson::place(where, entry.services.at(i).name),
                         tr("the services must be listed in the portal's order."));
    }
    m_products.insert(*product, entry);
}

QList<ServiceDefinition> ServiceCatalog::services(Product product) const
{
    return m_products.value(product).services;
}

const ServiceDefinition *ServiceCatalog::find(Product product, const QString &name) const
{
    const auto entry = m_products.constFind(product);
    if (entry == m_products.constEnd())
        return nullptr;
    for (const ServiceDefinition &service : entry->services) {
        if (service.matches(name))
            return &service;
    }
    return nullptr;
}

QString ServiceCatalog::productTitle(Product product) const
{
    return m_products.value(product).title;
}

QVersionNumber ServiceCatalog::productVersion(Product product) const
{
    return m_products.value(product).version;
}

QVersionNumber ServiceCatalog::oldestVersion(Product product) const
{
    return m_products.value(product).oldestVersion;
}

QString ServiceCatalog::redirectNote(Product product) const
{
    return m_products.value(product).redirectNote;
}

QVersionNumber ServiceCatalog::parsePortalVersion(const QString &text)
{
    // Up to six numbers of at most nine ASCII digits each: enough for any build number, never an int overflow
    // (and \d would take other scripts' digits). A suffix after - or + (a pre-release or build tag) is
    // ignored.
    static const QRegularExpression shape(
        QStringLiteral("^\\s*[vV]?([0-9]{1,9}(?:\\.[0-9]{1,9}){1,5})(?:[-+][0-9A-Za-z.+-]*)?\\s*$"));
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch())
        return {};
    return QVersionNumber::fromString(match.captured(1));
}

ServiceCatalog::VersionFit ServiceCatalog::versionFit(Product product,
                                                      const QVersionNumber &portalVersion) const
{
    const QVersionNumber described = productVersion(product);
    if (portalVersion.isNull() || described.isNull())
        return VersionFit::Unknown;
    // The catalog names versions by their first numbers ("3.7"): every 3.7.x build is that version.
    QList<int> head = portalVersion.segments().mid(0, described.segmentCount());
    while (head.size() < described.segmentCount())
        head.append(0);
    if (QVersionNumber(head) > described)
        return VersionFit::Newer;
    const QVersionNumber oldest = oldestVersion(product);
    if (!oldest.isNull() && portalVersion < oldest)
        return VersionFit::Older;
    return VersionFit::Described;
}

QString ServiceCatalog::versionNotice(Product product, const QVersionNumber &portalVersion) const
{
    switch (versionFit(product, portalVersion)) {
    case VersionFit::Newer:
        return tr("This portal runs %1 %2, newer than the %3 that PortalKeys' catalog describes: services "
                  "and "
                  "labels may differ from what PortalKeys shows.")
            .arg(productDisplayName(product), portalVersion.toString(), productVersion(product).toString());
    case VersionFit::Older:
        return tr("This portal runs %1 %2, older than the versions PortalKeys' catalog describes fully (%3 "
                  "to "
                  "%4): services and labels may differ from what PortalKeys shows.")
            .arg(productDisplayName(product), portalVersion.toString(), oldestVersion(product).toString(),
                 productVersion(product).toString());
    case VersionFit::Unknown:
    case VersionFit::Described:
        break;
    }
    return {};
}

QList<ServiceDefinition> ServiceCatalog::services(Product product, const QVersionNumber &portalVersion) const
{
    QList<ServiceDefinition> result;
    for (const ServiceDefinition &service : m_products.value(product).services) {
        if (service.availableIn(portalVersion))
            result.append(service.forVersion(portalVersion));
    }
    return result;
}

std::optional<ServiceDefinition> ServiceCatalog::find(Product product, const QVersionNumber &portalVersion,
                                                      const QString &name) const
{
    const ServiceDefinition *service = find(product, name);
    if (service == nullptr || !service->availableIn(portalVersion))
        return std::nullopt;
    return service->forVersion(portalVersion);
}

} // namespace PortalKeys::Catalog
