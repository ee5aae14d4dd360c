#include "authservice/ServiceDrafts.h"

namespace PortalKeys::AuthService {

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

Drafts::Draft ServiceDrafts::draftFor(const Catalog::ServiceDefinition &service,
                                      const std::optional<Drafts::Draft> &existing)
{
    QStringList keyNames;
    for (const Catalog::KeyDefinition &key : service.keys)
        keyNames.append(key.name);
    Drafts::Draft draft = existing ? *existing : Drafts::Draft::create(service.product, service.name, {});
    // The catalog's key set may have changed since the draft was made: values of keys it no longer lists
    // are not kept.
    draft.keyNames = keyNames;
    if (draft.title.isEmpty())
        draft.title = service.title.isEmpty() ? service.name : service.title;
    return draft;
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

Drafts::DraftValues ServiceDrafts::fromText(const KeyValues &values)
{
    Drafts::DraftValues result;
    for (const auto &[name, value] : values) {
        if (!value.isEmpty())
            result.insert(name, value.toUtf8());
    }
    return result;
}

} // namespace PortalKeys::AuthService
