#pragma once

#include "catalog/ServiceDefinition.h"
#include "drafts/Draft.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace PortalKeys::Cli {

// The offline drafts of the services commands: one draft per service and product is the one `services set
// --offline` updates and `services show --offline` shows (the newest, when a bundle import added more).
class ServiceDrafts {
    Q_DECLARE_TR_FUNCTIONS(ServiceDrafts)

public:
    // The newest draft of `service` (same product, its name or server key), or nullptr.
    static const Drafts::Draft *latest(const QList<Drafts::Draft> &drafts,
                                       const Catalog::ServiceDefinition &service);
    // Draft values (UTF-8 bytes) as text.
    static QMap<QString, QString> toText(const Drafts::DraftValues &values);
    // Text values as draft values; empty values are left out (the draft then has no value for that key).
    static Drafts::DraftValues fromText(const QMap<QString, QString> &values);
};

} // namespace PortalKeys::Cli
