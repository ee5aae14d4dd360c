#pragma once

#include "catalog/KeyDefinition.h"
#include "catalog/KeyGeneration.h"
#include "catalog/Product.h"
#include "catalog/ServiceKind.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVersionNumber>

namespace PortalKeys::Catalog {

class CatalogJson;

// A third-party service ("consumer") of one product as the catalog describes it: its keys, what it is for,
// where the admin gets the keys and, for OAuth providers, which redirect URI to register there.
struct ServiceDefinition {
    Q_DECLARE_TR_FUNCTIONS(ServiceDefinition)

public:
    Product product = Product::DocSpace;
    QString name;      // as the portal spells it in its list, e.g. "appleID" or "SkyDrive"
    QString serverKey; // the name the server looks the service up by, when it differs ("appleid")
    QString title;     // as the portal titles it, e.g. "OneDrive"
    int order = 0;     // the portal's sort order
    QList<ServiceKind> kinds;
    bool paid = false;         // DocSpace cloud: needs a plan with third-party storage
    QVersionNumber since;      // first version of the product that has the service; empty: all known versions
    QString purpose;           // one line
    QUrl helpUrl;              // the provider's developer console (or its documentation)
    QString redirectUri;       // to register at the provider; empty for services without OAuth
    QString redirectNote;      // how installations differ (Docker), or why this URI is special
    QStringList instructions;  // steps; may hold redirectPlaceholder()
    QString note;              // what the portal does on save, or other advice
    QList<KeyDefinition> keys; // the keys the product version of the catalog asks for
    QList<KeyGeneration> olderKeySets; // keys older versions asked for instead

    // "{redirectUri}": stands for the redirect URI inside instruction steps.
    static QString redirectPlaceholder();

    // The name to send to the portal: the server key when there is one.
    QString requestName() const;
    bool matches(const QString &someName) const; // name or server key, case-insensitive
    bool hasKind(ServiceKind kind) const;
    bool usesOAuth() const { return !redirectUri.isEmpty(); }
    const KeyDefinition *key(const QString &keyName) const;
    QStringList maskedKeyNames() const;

    // The steps with the redirect URI filled in; `redirectUri` overrides the catalog's one (for a Docker
    // installation's OAUTH_REDIRECT_URL).
    QStringList steps(const QString &redirectUri = {}) const;

    // Whether a portal of this version has the service; an unknown (empty) version is assumed to have it.
    bool availableIn(const QVersionNumber &portalVersion) const;
    // The key set a portal of this version wants: an older set when one applies, else `keys`.
    QList<KeyDefinition> keysFor(const QVersionNumber &portalVersion) const;
    // The older key set that applies to this version, or nullptr.
    const KeyGeneration *olderKeySetFor(const QVersionNumber &portalVersion) const;
    // The version since which `keys` apply (the newest `until` of the older sets); empty if always.
    QVersionNumber currentKeysSince() const;
    // For people, e.g. "DocSpace 3.5 and later"; empty when the service is in every known version.
    QString availabilityText() const;
    // The service as a portal of this version shows it: the title and keys (with their labels) of the older
    // key set that applies, else this definition unchanged (also for an unknown, empty version).
    ServiceDefinition forVersion(const QVersionNumber &portalVersion) const;

    // The catalog's texts put every field name they mention in curly quotes, “Box ID”, so that a check can
    // tell a field the admin must find from other words. The names quoted in `text`, in order.
    static QStringList quotedFieldNames(const QString &text);

    static ServiceDefinition fromJson(Product product, const QJsonObject &json, const QString &where,
                                      const CatalogJson &reader);
};

} // namespace PortalKeys::Catalog
