#pragma once

#include "authservice/ServiceView.h"
#include "drafts/Draft.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

namespace PortalKeys::AuthService {

// One side of a drift check: the authorization keys that hold a value, per service, from a portal, a bundle
// or the offline drafts. Values are secrets as much as the keys they belong to: a KeySource lives in memory
// only and is never written or printed as it is.
struct KeySource {
    struct ServiceKeys {
        QString title;
        QMap<QString, QString> values; // key name → value; keys without a value are left out
        QSet<QString> secretKeys;      // names of the keys that are secrets (masked)
        QSet<QString> plainKeys;       // names of the keys known not to be secrets; any other is one
        QString draftId;               // the draft the keys come from (drafts and bundles only)
    };

    QString label; // how the report names this side, e.g. "portal prod" or "bundle keys.p7m"
    // By the service's catalog name (its portal spelling when the catalog does not know it).
    QMap<QString, ServiceKeys> services;

    // The portal's services as listed (GET /api/2.0/settings/authservice), merged with the catalog.
    static KeySource fromPortal(const QString &label, const QList<ServiceView> &views);
    // Drafts and their values (a bundle's, or the offline drafts read from the keychain). Only DocSpace
    // drafts take part: Workspace keys are not set through the portal API. Of several drafts of one service,
    // the newest counts (as `services set --offline` and the Third-party page use it).
    struct Prepared {
        Drafts::Draft draft;
        Drafts::DraftValues values;
    };
    static KeySource fromDrafts(const QString &label, const QList<Prepared> &drafts);
};

} // namespace PortalKeys::AuthService
