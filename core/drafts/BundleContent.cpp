#include "drafts/BundleContent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

namespace PortalKeys::Drafts {

BundleContent::BuildResult BundleContent::toJson(const QList<Entry> &entries, const QDateTime &created)
{
    BuildResult result;
    if (entries.isEmpty()) {
        result.error = tr("Choose at least one draft to export.");
        return result;
    }
    if (entries.size() > maxDrafts) {
        result.error = tr("A bundle can hold at most %1 drafts.").arg(maxDrafts);
        return result;
    }
    // Qt's JSON classes keep their own copies of the values and free them without wiping; the document we
    // return is the one copy we can wipe, and is the caller's to wipe.
    QJsonArray drafts;
    for (const Entry &entry : entries) {
        const Draft &draft = entry.draft;
        QJsonArray keys;
        for (const QString &name : draft.keyNames) {
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString value = decoder(entry.values.value(name));
            if (decoder.hasError()) {
                result.error = tr("The value of %1 in the draft for %2 is not text, so it cannot go into a "
                                  "bundle.")
                                   .arg(name, draft.service);
                return result;
            }
            keys.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});
        }
        QJsonObject object{
            {QStringLiteral("product"), Catalog::productName(draft.product)},
            {QStringLiteral("service"), draft.service},
            {QStringLiteral("title"), draft.title},
            {QStringLiteral("keys"), keys},
        };
        if (!draft.note.isEmpty())
            object.insert(QStringLiteral("note"), draft.note);
        drafts.append(object);
    }
    const QJsonObject root{
        {QStringLiteral("format"), Bundle::formatVersion},
        {QStringLiteral("kind"), Bundle::kind()},
        {QStringLiteral("created"), created.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("drafts"), drafts},
    };
    result.json = QJsonDocument(root).toJson(QJsonDocument::Compact);
    return result;
}

BundleContent::ParseResult BundleContent::fromJson(const QByteArray &json)
{
    ParseResult result;
    const Bundle::DocumentCheck check = Bundle::checkDocument(json);
    if (!check.ok()) {
        result.failure = check.failure;
        result.error = check.error;
        return result;
    }
    auto fail = [&result](const QString &error) {
        result.entries.clear();
        result.failure = Bundle::Failure::NotABundle;
        result.error = error;
        return result;
    };
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    result.created =
        QDateTime::fromString(root.value(QLatin1String("created")).toString(), Qt::ISODate).toUTC();
    const QJsonValue drafts = root.value(QLatin1String("drafts"));
    if (!drafts.isArray() || drafts.toArray().isEmpty())
        return fail(tr("The bundle holds no drafts."));
    const QJsonArray array = drafts.toArray();
    if (array.size() > maxDrafts)
        return fail(tr("The bundle holds more than %1 drafts.").arg(maxDrafts));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        const QString productName = object.value(QLatin1String("product")).toString();
        const std::optional<Catalog::Product> product = Catalog::productFromName(productName);
        const QString service = object.value(QLatin1String("service")).toString();
        if (!product)
            return fail(tr("Draft %1 of the bundle (%2) is for an unknown product “%3”.")
                            .arg(i + 1)
                            .arg(service, productName));
        Entry entry;
        QStringList names;
        for (const QJsonValue &keyValue : object.value(QLatin1String("keys")).toArray()) {
            const QJsonObject key = keyValue.toObject();
            const QJsonValue name = key.value(QLatin1String("name"));
            const QJsonValue value = key.value(QLatin1String("value"));
            if (!name.isString() || !(value.isString() || value.isUndefined() || value.isNull()))
                return fail(tr("Draft %1 of the bundle (%2) has a key without a name or with a value that is "
                               "not text.")
                                .arg(i + 1)
                                .arg(service));
            names.append(name.toString());
            const QByteArray bytes = value.toString().toUtf8();
            if (!bytes.isEmpty())
                entry.values.insert(name.toString(), bytes);
        }
        entry.draft = Draft::create(*product, service, names);
        entry.draft.title = object.value(QLatin1String("title")).toString();
        entry.draft.note = object.value(QLatin1String("note")).toString();
        const QString problem = entry.draft.problem();
        if (!problem.isEmpty())
            return fail(tr("Draft %1 of the bundle cannot be used: %2").arg(i + 1).arg(problem));
        result.entries.append(entry);
    }
    return result;
}

} // namespace PortalKeys::Drafts
