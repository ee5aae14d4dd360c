#pragma once

#include "authservice/KeyChange.h"
#include "catalog/ServiceDefinition.h"
#include "drafts/Draft.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace PortalKeys::AuthService {

// The rules for offline drafts of services that the Third-party page and the `services` commands share:
// which draft a service's draft is, how a draft is made from a service, and how its values are kept.
class ServiceDrafts {
public:
    // The newest draft of `service` (same product, its name or server key), or nullptr: the one
    // `services set --offline` updates and `services show --offline` shows when a bundle import added more.
    static const Drafts::Draft *latest(const QList<Drafts::Draft> &drafts,
                                       const Catalog::ServiceDefinition &service);
    // The draft that keeps `service`'s keys: `existing` when there is one, else a new draft; either way with
    // the service's key names, and the service's title when the draft has none.
    static Drafts::Draft draftFor(const Catalog::ServiceDefinition &service,
                                  const std::optional<Drafts::Draft> &existing);
    // Draft values (UTF-8 bytes) as text.
    static QMap<QString, QString> toText(const Drafts::DraftValues &values);
    // Text values as draft values; empty values are left out (the draft then has no value for that key).
    static Drafts::DraftValues fromText(const QMap<QString, QString> &values);
    static Drafts::DraftValues fromText(const KeyValues &values);
};

} // namespace PortalKeys::AuthService
