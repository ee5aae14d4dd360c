#include "drafts/Draft.h"

#include "common/BoundedList.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

namespace PortalKeys::Drafts {

namespace {

constexpr int maxNameLength = 100;

QDateTime parseUtc(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace

Draft Draft::create(Catalog::Product product, const QString &service, const QStringList &keyNames)
{
    Draft draft;
    draft.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    draft.product = product;
    draft.service = service;
    draft.keyNames = keyNames;
    draft.created = QDateTime::currentDateTimeUtc();
    draft.modified = draft.created;
    return draft;
}

QString Draft::secretKey(const QString &keyName) const
{
    return secretKey(id, keyName);
}

QString Draft::secretKey(const QString &draftId, const QString &keyName)
{
    return QStringLiteral("draft/") + draftId + QLatin1Char('/') + keyName;
}

bool Draft::isValidName(const QString &name, int maxLength)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]*$"));
    return !name.isEmpty() && name.size() <= maxLength && pattern.match(name).hasMatch();
}

QString Draft::problem() const
{
    if (QUuid::fromString(id).isNull())
        return tr("The draft has no valid id.");
    if (service.isEmpty())
        return tr("The draft does not say which service its keys are for.");
    if (!isValidName(service, maxNameLength))
        return tr("“%1” is not a service name: use letters, digits, “_”, “-” and “.” only.")
            .arg(BoundedList::shortened(service));
    if (title.size() > maxTitleLength)
        return tr("The title of a draft can have at most %1 characters.").arg(maxTitleLength);
    if (note.size() > maxNoteLength)
        return tr("The note of a draft can have at most %1 characters.").arg(maxNoteLength);
    if (keyNames.isEmpty())
        return tr("The draft for %1 has no keys.").arg(service);
    if (keyNames.size() > maxKeys)
        return tr("A draft can have at most %1 keys.").arg(maxKeys);
    // Workspace matches key names without regard to case, so two names that differ only in case would
    // end up as one key on the portal.
    QSet<QString> seen;
    for (const QString &name : keyNames) {
        if (!isValidName(name, maxNameLength))
            return tr("“%1” is not a key name: use letters, digits, “_”, “-” and “.” only, at most %2.")
                .arg(BoundedList::shortened(name))
                .arg(maxNameLength);
        const QString folded = name.toCaseFolded();
        if (seen.contains(folded))
            return tr("The key “%1” appears twice in the draft for %2.").arg(name, service);
        seen.insert(folded);
    }
    return {};
}

QStringList Draft::missingValues(const DraftValues &loaded) const
{
    QStringList missing;
    for (const QString &name : storedValueKeys) {
        if (!loaded.contains(name))
            missing.append(name);
    }
    return missing;
}

QJsonObject Draft::toJson() const
{
    QJsonObject json{
        {QStringLiteral("id"), id},
        {QStringLiteral("product"), Catalog::productName(product)},
        {QStringLiteral("service"), service},
        {QStringLiteral("title"), title},
        {QStringLiteral("created"), created.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("modified"), modified.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("keys"), QJsonArray::fromStringList(keyNames)},
    };
    if (!note.isEmpty())
        json.insert(QStringLiteral("note"), note);
    json.insert(QStringLiteral("storedValues"), QJsonArray::fromStringList(storedValueKeys));
    return json;
}

std::optional<Draft> Draft::fromJson(const QJsonObject &json, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<Draft> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    Draft draft;
    draft.id = json.value(QLatin1String("id")).toString();
    const QString productName = json.value(QLatin1String("product")).toString();
    const std::optional<Catalog::Product> product = Catalog::productFromName(productName);
    if (!product)
        return fail(tr("The draft %1 is for an unknown product “%2”.").arg(draft.id, productName));
    draft.product = *product;
    draft.service = json.value(QLatin1String("service")).toString();
    draft.title = json.value(QLatin1String("title")).toString();
    draft.note = json.value(QLatin1String("note")).toString();
    draft.created = parseUtc(json.value(QLatin1String("created")));
    draft.modified = parseUtc(json.value(QLatin1String("modified")));
    const QJsonValue keys = json.value(QLatin1String("keys"));
    if (!keys.isArray())
        return fail(tr("The draft %1 has no list of keys.").arg(draft.id));
    for (const QJsonValue &key : keys.toArray()) {
        if (!key.isString())
            return fail(tr("The draft %1 has a key name that is not text.").arg(draft.id));
        draft.keyNames.append(key.toString());
    }
    for (const QJsonValue &key : json.value(QLatin1String("storedValues")).toArray()) {
        if (draft.keyNames.contains(key.toString()))
            draft.storedValueKeys.append(key.toString());
    }
    if (!draft.created.isValid() || !draft.modified.isValid())
        return fail(tr("The draft %1 has no valid creation or change time.").arg(draft.id));
    const QString problem = draft.problem();
    if (!problem.isEmpty())
        return fail(problem);
    return draft;
}

} // namespace PortalKeys::Drafts
