#include "catalog/ServiceDefinition.h"

#include "catalog/CatalogJson.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace PortalKeys::Catalog {

namespace {

// Help links and redirect URIs end up in a browser; only https keeps a provider's console from being
// swapped on the way, so the catalog accepts nothing else.
bool isHttpsUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty();
}

QStringList labelsOf(const QList<KeyDefinition> &keys)
{
    QStringList labels;
    for (const KeyDefinition &key : keys)
        labels.append(key.label);
    return labels;
}

// An instruction that names a field the admin cannot find on the portal's form is worse than none, so every
// quoted field name must be one of the labels the portal shows, and every field must be named in the steps.
void checkFieldNames(const ServiceDefinition &service, const QString &where, const CatalogJson &reader)
{
    const QStringList labels = labelsOf(service.keys);
    QStringList texts = service.instructions;
    texts << service.note;
    for (const KeyDefinition &key : service.keys)
        texts << key.note;
    for (const QString &text : std::as_const(texts)) {
        for (const QString &name : ServiceDefinition::quotedFieldNames(text)) {
            if (!labels.contains(name))
                reader.error(where, ServiceDefinition::tr("the text names the field \"%1\", which is "
                                                          "not a label of this service's keys.")
                                        .arg(name));
        }
    }
    const QStringList named =
        ServiceDefinition::quotedFieldNames(service.instructions.join(QLatin1Char(' ')));
    for (const QString &label : labels) {
        if (!named.contains(label))
            reader.error(where,
                         ServiceDefinition::tr("the instructions never name the field \"%1\".").arg(label));
    }
    for (const KeyGeneration &generation : service.olderKeySets) {
        const QStringList known = labels + labelsOf(generation.keys);
        for (const QString &name : ServiceDefinition::quotedFieldNames(generation.note)) {
            if (!known.contains(name))
                reader.error(CatalogJson::place(where, generation.title),
                             ServiceDefinition::tr("the note names the field \"%1\", which is not a "
                                                   "label of these keys.")
                                 .arg(name));
        }
    }
}

} // namespace

QStringList ServiceDefinition::quotedFieldNames(const QString &text)
{
    static const QRegularExpression quoted(QStringLiteral("\u201c([^\u201c\u201d]*)\u201d"));
    QStringList names;
    for (auto it = quoted.globalMatch(text); it.hasNext();)
        names.append(it.next().captured(1));
    return names;
}

QString ServiceDefinition::redirectPlaceholder()
{
    return QStringLiteral("{redirectUri}");
}

QString ServiceDefinition::requestName() const
{
    return serverKey.isEmpty() ? name : serverKey;
}

bool ServiceDefinition::matches(const QString &someName) const
{
    const QString wanted = someName.trimmed();
    return wanted.compare(name, Qt::CaseInsensitive) == 0 ||
           (!serverKey.isEmpty() && wanted.compare(serverKey, Qt::CaseInsensitive) == 0);
}

bool ServiceDefinition::hasKind(ServiceKind kind) const
{
    return kinds.contains(kind);
}

const KeyDefinition *ServiceDefinition::key(const QString &keyName) const
{
    for (const KeyDefinition &candidate : keys) {
        if (candidate.name == keyName)
            return &candidate;
    }
    return nullptr;
}

QStringList ServiceDefinition::maskedKeyNames() const
{
    QStringList names;
    for (const KeyDefinition &candidate : keys) {
        if (candidate.masked)
            names.append(candidate.name);
    }
    return names;
}

QStringList ServiceDefinition::steps(const QString &overrideUri) const
{
    const QString uri = overrideUri.isEmpty() ? redirectUri : overrideUri;
    QStringList result;
    for (const QString &step : instructions)
        result.append(QString(step).replace(redirectPlaceholder(), uri));
    return result;
}

bool ServiceDefinition::availableIn(const QVersionNumber &portalVersion) const
{
    return since.isNull() || portalVersion.isNull() || portalVersion >= since;
}

const KeyGeneration *ServiceDefinition::olderKeySetFor(const QVersionNumber &portalVersion) const
{
    // The oldest set whose bound lies above the version is the one that version used.
    const KeyGeneration *best = nullptr;
    for (const KeyGeneration &generation : olderKeySets) {
        if (generation.usedBy(portalVersion) && (best == nullptr || generation.until < best->until))
            best = &generation;
    }
    return best;
}

QList<KeyDefinition> ServiceDefinition::keysFor(const QVersionNumber &portalVersion) const
{
    const KeyGeneration *older = olderKeySetFor(portalVersion);
    return older != nullptr ? older->keys : keys;
}

QVersionNumber ServiceDefinition::currentKeysSince() const
{
    QVersionNumber newest;
    for (const KeyGeneration &generation : olderKeySets) {
        if (!generation.until.isNull() && (newest.isNull() || generation.until > newest))
            newest = generation.until;
    }
    return newest;
}

ServiceDefinition ServiceDefinition::forVersion(const QVersionNumber &portalVersion) const
{
    ServiceDefinition result = *this;
    if (const KeyGeneration *older = olderKeySetFor(portalVersion)) {
        result.keys = older->keys;
        if (!older->serviceTitle.isEmpty())
            result.title = older->serviceTitle;
    }
    return result;
}

QString ServiceDefinition::availabilityText() const
{
    if (since.isNull())
        return {};
    return tr("%1 %2 and later").arg(productDisplayName(product), since.toString());
}

ServiceDefinition ServiceDefinition::fromJson(Product product, const QJsonObject &json, const QString &parent,
                                              const CatalogJson &reader)
{
    ServiceDefinition service;
    service.product = product;
    const QString where = CatalogJson::place(parent, json.value(QLatin1String("name")).toString());
    reader.onlyMembers(json, where,
                       {"name", "serverKey", "title", "order", "kinds", "paid", "since", "purpose", "helpUrl",
                        "redirectUri", "redirectNote", "instructions", "note", "keys", "olderKeySets"});
    service.name = reader.string(json, where, "name", true);
    service.serverKey = reader.string(json, where, "serverKey", false);
    service.title = reader.string(json, where, "title", true);
    service.order = reader.integer(json, where, "order");

    const QStringList kindNames = reader.strings(json, where, "kinds", true);
    for (const QString &kindName : kindNames) {
        const auto kind = serviceKindFromName(kindName);
        if (!kind)
            reader.error(where, tr("unknown kind \"%1\"; use one of %2.")
                                    .arg(kindName, QStringLiteral("login, storage, sms, notifications, "
                                                                  "backup-storage, other")));
        else if (service.kinds.contains(*kind))
            reader.error(where, tr("the kind \"%1\" is listed twice.").arg(kindName));
        else
            service.kinds.append(*kind);
    }

    service.paid = reader.boolean(json, where, "paid");
    service.since = reader.version(json, where, "since");
    service.purpose = reader.string(json, where, "purpose", true);

    const QString help = reader.string(json, where, "helpUrl", true);
    if (!help.isEmpty() && !isHttpsUrl(help))
        reader.error(where, tr("helpUrl must be an https address."));
    service.helpUrl = QUrl(help);

    service.redirectUri = reader.string(json, where, "redirectUri", false);
    if (!service.redirectUri.isEmpty() && !isHttpsUrl(service.redirectUri))
        reader.error(where, tr("redirectUri must be an https address."));
    service.redirectNote = reader.string(json, where, "redirectNote", false);
    if (!service.redirectNote.isEmpty() && service.redirectUri.isEmpty())
        reader.error(where, tr("redirectNote needs a redirectUri."));

    service.instructions = reader.strings(json, where, "instructions", true);
    // The steps must tell the admin which redirect URI to register, and must not mention one for a service
    // that has none; the placeholder keeps the two in step.
    const bool mentionsRedirect =
        service.instructions.join(QLatin1Char('\n')).contains(redirectPlaceholder());
    if (service.usesOAuth() && !mentionsRedirect)
        reader.error(where, tr("the instructions never say where to enter %1.").arg(redirectPlaceholder()));
    if (!service.usesOAuth() && mentionsRedirect)
        reader.error(
            where,
            tr("the instructions use %1, but the service has no redirectUri.").arg(redirectPlaceholder()));
    service.note = reader.string(json, where, "note", false);

    service.keys = KeyDefinition::listFromJson(json.value(QLatin1String("keys")), where, reader);

    const QJsonValue older = json.value(QLatin1String("olderKeySets"));
    if (!older.isUndefined() && !older.isArray())
        reader.error(where, tr("olderKeySets must be a list."));
    for (const QJsonValue &generation : older.toArray()) {
        if (!generation.isObject()) {
            reader.error(where, tr("each entry of olderKeySets must be an object."));
            continue;
        }
        service.olderKeySets.append(KeyGeneration::fromJson(generation.toObject(), where, reader));
    }
    checkFieldNames(service, where, reader);
    return service;
}

} // namespace PortalKeys::Catalog
