#include "authservice/ServiceView.h"

#include <QRegularExpression>

namespace PortalKeys::AuthService {

using Catalog::KeyDefinition;
using Catalog::ServiceDefinition;

namespace {

// For keys the catalog does not know: treat anything that sounds like a secret as one, the safe side.
bool soundsSecret(const ServiceKey &key)
{
    static const QRegularExpression secretish(QStringLiteral("secret|token|password|pwd|privatekey|apikey"),
                                              QRegularExpression::CaseInsensitiveOption);
    return key.type == QLatin1String("password") || secretish.match(key.name).hasMatch();
}

KeyDefinition keyFromPortal(const ServiceKey &key)
{
    KeyDefinition definition;
    definition.name = key.name;
    definition.label = key.title.isEmpty() ? key.name : key.title;
    definition.masked = soundsSecret(key);
    definition.type = KeyDefinition::typeFromName(key.type).value_or(KeyDefinition::Type::Text);
    definition.options = key.options;
    definition.dependsOn = key.dependsOn;
    definition.dependsOnValue = key.dependsOnValue;
    return definition;
}

// The catalog's definition, with the portal's word on which keys exist and of which type: a newer portal may
// have added a key the catalog does not list yet.
ServiceDefinition refined(ServiceDefinition definition, const Service &portal)
{
    if (portal.keys.isEmpty())
        return definition;
    QList<KeyDefinition> keys;
    for (const ServiceKey &portalKey : portal.keys) {
        const KeyDefinition *known = definition.key(portalKey.name);
        KeyDefinition key = known ? *known : keyFromPortal(portalKey);
        if (!portalKey.options.isEmpty())
            key.options = portalKey.options;
        if (!portalKey.dependsOn.isEmpty()) {
            key.dependsOn = portalKey.dependsOn;
            key.dependsOnValue = portalKey.dependsOnValue;
        }
        keys.append(key);
    }
    definition.keys = keys;
    return definition;
}

ServiceDefinition synthetic(const Service &portal, Catalog::Product product)
{
    ServiceDefinition definition;
    definition.product = product;
    definition.name = portal.name;
    definition.title = portal.title.isEmpty() ? portal.name : portal.title;
    definition.purpose = portal.description;
    if (!portal.instructionText().isEmpty())
        definition.instructions = portal.instructionText().split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const ServiceKey &key : portal.keys)
        definition.keys.append(keyFromPortal(key));
    return definition;
}

} // namespace

ServiceView::State ServiceView::state() const
{
    if (portal && !portal->canSet)
        return State::ReadOnly;
    for (const QString &value : values) {
        if (!value.trimmed().isEmpty())
            return State::On;
    }
    return State::Off;
}

QString ServiceView::stateText() const
{
    switch (state()) {
    case State::On:
        return tr("on");
    case State::Off:
        return tr("off");
    case State::ReadOnly:
        return tr("read-only");
    }
    return {};
}

QString ServiceView::readOnlyReason() const
{
    if (state() != State::ReadOnly)
        return {};
    return tr("This portal's installation fixed the keys of %1 in its configuration, so they cannot be "
              "changed "
              "here; change them in the server's configuration instead.")
        .arg(title());
}

QString ServiceView::planNote() const
{
    const bool paid = portal ? portal->paid : definition.paid;
    if (!paid)
        return {};
    return tr("In DocSpace cloud, %1 needs a plan that includes third-party storage; self-hosted portals are "
              "not limited.")
        .arg(title());
}

QString ServiceView::title() const
{
    if (portal && !portal->title.isEmpty())
        return portal->title;
    return definition.title.isEmpty() ? definition.name : definition.title;
}

Catalog::ServiceValidator::Result ServiceView::validate(const QMap<QString, QString> &newValues) const
{
    return Catalog::ServiceValidator::validate(definition, newValues);
}

KeyValues ServiceView::valuesToSend(const QMap<QString, QString> &newValues) const
{
    KeyValues result;
    for (const KeyDefinition &key : definition.keys) {
        const bool applies = Catalog::ServiceValidator::applies(key, definition.keys, newValues);
        result.append({key.name, applies ? newValues.value(key.name) : QString()});
    }
    return result;
}

QList<KeyChange> ServiceView::preview(const QMap<QString, QString> &newValues) const
{
    Service current = portal.value_or(Service());
    return KeyChange::compute(current, valuesToSend(newValues), definition.maskedKeyNames());
}

ServiceView ServiceView::fromDefinition(const ServiceDefinition &definition)
{
    ServiceView view;
    view.definition = definition;
    view.knownToCatalog = true;
    return view;
}

QList<ServiceView> ServiceView::merge(const QList<Service> &portalServices,
                                      const Catalog::ServiceCatalog &catalog, Catalog::Product product,
                                      const QVersionNumber &portalVersion)
{
    QList<ServiceView> views;
    for (const Service &service : portalServices) {
        ServiceView view;
        const std::optional<ServiceDefinition> known = catalog.find(product, portalVersion, service.name);
        view.knownToCatalog = known.has_value();
        view.definition = known ? refined(*known, service) : synthetic(service, product);
        view.portal = service;
        for (const ServiceKey &key : service.keys)
            view.values.insert(key.name, key.value);
        views.append(view);
    }
    return views;
}

QList<ServiceView> ServiceView::offline(const Catalog::ServiceCatalog &catalog, Catalog::Product product)
{
    QList<ServiceView> views;
    for (const ServiceDefinition &definition : catalog.services(product))
        views.append(fromDefinition(definition));
    return views;
}

const ServiceView *ServiceView::find(const QList<ServiceView> &views, const QString &name)
{
    for (const ServiceView &view : views) {
        if (view.definition.matches(name) || view.name().compare(name, Qt::CaseInsensitive) == 0)
            return &view;
    }
    return nullptr;
}

} // namespace PortalKeys::AuthService
