#include "commands/services/ServiceReport.h"

#include "Console.h"

#include "authservice/KeyChange.h"
#include "catalog/ServiceKind.h"

#include <QJsonArray>

namespace PortalKeys::Cli {

using Catalog::KeyDefinition;
using Catalog::ServiceDefinition;

QString ServiceReport::kindsText(const ServiceDefinition &service)
{
    QStringList names;
    for (const Catalog::ServiceKind kind : service.kinds)
        names.append(Catalog::serviceKindName(kind));
    return names.join(QStringLiteral(", "));
}

QString ServiceReport::redirectNote(const ServiceDefinition &service, const Catalog::ServiceCatalog &catalog)
{
    if (!service.usesOAuth())
        return {};
    return service.redirectNote.isEmpty() ? catalog.redirectNote(service.product) : service.redirectNote;
}

QJsonObject ServiceReport::keyJson(const KeyDefinition &key)
{
    QJsonObject json{
        {QStringLiteral("name"), key.name},
        {QStringLiteral("label"), key.label},
        {QStringLiteral("masked"), key.masked},
        {QStringLiteral("multiLine"), key.multiLine},
        {QStringLiteral("type"), KeyDefinition::typeName(key.type)},
        {QStringLiteral("format"), KeyDefinition::formatName(key.format)},
    };
    if (!key.options.isEmpty())
        json.insert(QStringLiteral("options"), QJsonArray::fromStringList(key.options));
    if (!key.defaultValue.isEmpty())
        json.insert(QStringLiteral("defaultValue"), key.defaultValue);
    if (key.isConditional()) {
        json.insert(QStringLiteral("dependsOn"), key.dependsOn);
        json.insert(QStringLiteral("dependsOnValue"), key.dependsOnValue);
    }
    if (!key.note.isEmpty())
        json.insert(QStringLiteral("note"), key.note);
    return json;
}

QJsonObject ServiceReport::definitionJson(const ServiceDefinition &service,
                                          const Catalog::ServiceCatalog &catalog)
{
    QJsonArray kinds;
    for (const Catalog::ServiceKind kind : service.kinds)
        kinds.append(Catalog::serviceKindName(kind));
    QJsonArray keys;
    for (const KeyDefinition &key : service.keys)
        keys.append(keyJson(key));
    QJsonObject json{
        {QStringLiteral("product"), Catalog::productName(service.product)},
        {QStringLiteral("name"), service.name},
        {QStringLiteral("title"), service.title},
        {QStringLiteral("order"), service.order},
        {QStringLiteral("kinds"), kinds},
        {QStringLiteral("paid"), service.paid},
        {QStringLiteral("purpose"), service.purpose},
        {QStringLiteral("helpUrl"), service.helpUrl.toString()},
        {QStringLiteral("redirectUri"), service.redirectUri},
        {QStringLiteral("redirectNote"), redirectNote(service, catalog)},
        {QStringLiteral("steps"), QJsonArray::fromStringList(service.steps())},
        {QStringLiteral("note"), service.note},
        {QStringLiteral("keys"), keys},
    };
    if (!service.serverKey.isEmpty())
        json.insert(QStringLiteral("serverKey"), service.serverKey);
    if (!service.since.isNull()) {
        json.insert(QStringLiteral("since"), service.since.toString());
        json.insert(QStringLiteral("availability"), service.availabilityText());
    }
    if (!service.olderKeySets.isEmpty()) {
        QJsonArray older;
        for (const Catalog::KeyGeneration &generation : service.olderKeySets) {
            QJsonArray generationKeys;
            for (const KeyDefinition &key : generation.keys)
                generationKeys.append(keyJson(key));
            QJsonObject entry{{QStringLiteral("title"), generation.title},
                              {QStringLiteral("versions"), generation.versions},
                              {QStringLiteral("note"), generation.note},
                              {QStringLiteral("keys"), generationKeys}};
            if (!generation.until.isNull())
                entry.insert(QStringLiteral("until"), generation.until.toString());
            older.append(entry);
        }
        json.insert(QStringLiteral("olderKeySets"), older);
    }
    return json;
}

QJsonArray ServiceReport::keysWithValuesJson(const ServiceDefinition &service, const Values &values)
{
    QJsonArray keys;
    for (const KeyDefinition &key : service.keys) {
        QJsonObject json = keyJson(key);
        if (values) {
            const QString value = values->value(key.name);
            json.insert(QStringLiteral("set"), !value.isEmpty());
            if (key.masked)
                json.insert(QStringLiteral("length"), value.size());
            else
                json.insert(QStringLiteral("value"), value);
        }
        keys.append(json);
    }
    return keys;
}

QString ServiceReport::keyLine(const KeyDefinition &key, const Values &values)
{
    QString line = QStringLiteral("  ") + key.label;
    if (key.label != key.name)
        line += QStringLiteral(" (") + key.name + QLatin1Char(')');
    if (key.masked)
        line += QStringLiteral(", ") + tr("secret");
    if (key.multiLine)
        line += QStringLiteral(", ") + tr("multi-line");
    if (values)
        line += QStringLiteral(": ") +
                AuthService::KeyChange::display(values->value(key.name), key.masked, false);
    QStringList details;
    if (!key.options.isEmpty())
        details << tr("one of: %1").arg(key.options.join(QStringLiteral(", ")));
    if (key.isConditional())
        details << tr("used only when %1 is %2").arg(key.dependsOn, key.dependsOnValue);
    if (!key.note.isEmpty())
        details << key.note;
    for (const QString &detail : std::as_const(details))
        line += QStringLiteral("\n      ") + detail;
    return line;
}

QString ServiceReport::text(const ServiceDefinition &service, const Catalog::ServiceCatalog &catalog,
                            const QString &heading, const QStringList &extraLines, const Values &values)
{
    QString text = heading + QLatin1Char('\n');
    if (!service.purpose.isEmpty())
        text += service.purpose + QLatin1Char('\n');
    if (!service.availabilityText().isEmpty())
        text += tr("Available in: %1").arg(service.availabilityText()) + QLatin1Char('\n');
    for (const QString &line : extraLines)
        text += line + QLatin1Char('\n');

    if (service.usesOAuth()) {
        text += QLatin1Char('\n') + tr("Redirect URI to register at the provider:") + QLatin1Char('\n');
        text += QStringLiteral("  ") + service.redirectUri + QLatin1Char('\n');
        const QString note = redirectNote(service, catalog);
        if (!note.isEmpty())
            text += QStringLiteral("  ") + note + QLatin1Char('\n');
    }
    const QStringList steps = service.steps();
    if (!steps.isEmpty()) {
        text += QLatin1Char('\n') + tr("Steps:") + QLatin1Char('\n');
        for (qsizetype i = 0; i < steps.size(); ++i)
            text += QStringLiteral("  %1. %2\n").arg(i + 1).arg(steps.at(i));
    }
    if (service.helpUrl.isValid() && !service.helpUrl.isEmpty())
        text += QLatin1Char('\n') + tr("Help: %1").arg(service.helpUrl.toString()) + QLatin1Char('\n');
    if (!service.note.isEmpty())
        text += tr("Note: %1").arg(service.note) + QLatin1Char('\n');

    text += QLatin1Char('\n') + tr("Keys:") + QLatin1Char('\n');
    for (const KeyDefinition &key : service.keys)
        text += keyLine(key, values) + QLatin1Char('\n');
    return text;
}

void ServiceReport::printIssues(const QList<Catalog::Issue> &issues, const QString &prefix)
{
    Console::out().flush();
    for (const Catalog::Issue &issue : issues) {
        QString line = prefix;
        if (!issue.key.isEmpty())
            line += issue.key + QStringLiteral(": ");
        if (issue.severity == Catalog::Issue::Severity::Warning)
            line += tr("warning: ");
        else if (issue.severity == Catalog::Issue::Severity::Info)
            line += tr("note: ");
        // Issue messages name keys by their labels and never quote a value, so no secret reaches the line.
        Console::err() << line << issue.message << Qt::endl;
    }
}

} // namespace PortalKeys::Cli
