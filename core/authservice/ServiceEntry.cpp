#include "authservice/ServiceEntry.h"

#include "catalog/ServiceKind.h"

#include <QLocale>

namespace PortalKeys::AuthService {

ServiceEntry::Ref ServiceEntry::ref() const
{
    return draft ? Ref::draft(draft->id) : Ref::service(view.name());
}

QString ServiceEntry::idOf(const Ref &ref)
{
    switch (ref.kind) {
    case Ref::Kind::Service:
        return QStringLiteral("service:") + ref.id;
    case Ref::Kind::Draft:
        return QStringLiteral("draft:") + ref.id;
    case Ref::Kind::None:
        break;
    }
    return {};
}

ServiceEntry::Badge ServiceEntry::badge() const
{
    if (draft)
        return Badge::Draft;
    switch (view.state()) {
    case ServiceView::State::On:
        return Badge::On;
    case ServiceView::State::ReadOnly:
        return Badge::ReadOnly;
    case ServiceView::State::Off:
        break;
    }
    return Badge::Off;
}

QString ServiceEntry::badgeText() const
{
    return draft ? tr("draft") : view.stateText();
}

QString ServiceEntry::title() const
{
    if (draft && !draft->title.isEmpty())
        return draft->title;
    return view.title();
}

QString ServiceEntry::subtitle() const
{
    if (!draft)
        return view.definition.purpose;
    if (!draft->note.isEmpty())
        return draft->note.section(QLatin1Char('\n'), 0, 0);
    return tr("Draft, changed %1")
        .arg(QLocale().toString(draft->modified.toLocalTime(), QLocale::ShortFormat));
}

Catalog::ServiceKind ServiceEntry::iconKind() const
{
    return view.definition.kinds.isEmpty() ? Catalog::ServiceKind::Other : view.definition.kinds.constFirst();
}

bool ServiceEntry::matches(const QString &text) const
{
    if (text.isEmpty())
        return true;
    const auto has = [&text](const QString &where) {
        return where.contains(text, Qt::CaseInsensitive);
    };
    if (has(title()) || has(view.title()) || has(view.name()) || has(view.definition.purpose))
        return true;
    for (Catalog::ServiceKind kind : view.definition.kinds) {
        if (has(Catalog::serviceKindDisplayName(kind)))
            return true;
    }
    return false;
}

ServiceEntry ServiceEntry::forView(const ServiceView &view)
{
    ServiceEntry entry;
    entry.view = view;
    return entry;
}

ServiceEntry ServiceEntry::forDraft(const Drafts::Draft &draft, const Catalog::ServiceCatalog &catalog)
{
    ServiceEntry entry;
    entry.draft = draft;
    if (const Catalog::ServiceDefinition *known = catalog.find(draft.product, draft.service)) {
        entry.view = ServiceView::fromDefinition(*known);
        return entry;
    }
    Catalog::ServiceDefinition definition;
    definition.product = draft.product;
    definition.name = draft.service;
    definition.title = draft.title.isEmpty() ? draft.service : draft.title;
    definition.purpose = tr("PortalKeys' catalog does not describe this service.");
    for (const QString &keyName : draft.keyNames) {
        Catalog::KeyDefinition key;
        key.name = keyName;
        key.label = keyName;
        key.masked = true;
        definition.keys.append(key);
    }
    entry.view.definition = definition;
    entry.view.knownToCatalog = false;
    return entry;
}

} // namespace PortalKeys::AuthService
