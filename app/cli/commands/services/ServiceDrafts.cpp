#include "commands/services/ServiceDrafts.h"

namespace PortalKeys::Cli {

const Drafts::Draft *ServiceDrafts::latest(const QList<Drafts::Draft> &drafts,
                                           const Catalog::ServiceDefinition &service)
{
    const Drafts::Draft *best = nullptr;
    for (const Drafts::Draft &draft : drafts) {
        if (draft.product != service.product || !service.matches(draft.service))
            continue;
        if (best == nullptr || draft.modified > best->modified)
            best = &draft;
    }
    return best;
}

QMap<QString, QString> ServiceDrafts::toText(const Drafts::DraftValues &values)
{
    QMap<QString, QString> text;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        text.insert(it.key(), QString::fromUtf8(it.value()));
    return text;
}

Drafts::DraftValues ServiceDrafts::fromText(const QMap<QString, QString> &values)
{
    Drafts::DraftValues result;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!it.value().isEmpty())
            result.insert(it.key(), it.value().toUtf8());
    }
    return result;
}

} // namespace PortalKeys::Cli
