#include "catalog/ServiceValidator.h"

#include "catalog/KeyValidator.h"

#include <algorithm>

namespace PortalKeys::Catalog {

namespace {

using Severity = Issue::Severity;

// A switch left off is as good as empty: the portal's form shows every toggle, so "false" means "not set".
bool isEmptyValue(const KeyDefinition &key, const QString &value)
{
    if (key.type == KeyDefinition::Type::Toggle)
        return value.trimmed().isEmpty() ||
               value.trimmed().compare(QLatin1String("false"), Qt::CaseInsensitive) == 0;
    return value.isEmpty();
}

const KeyDefinition *findKey(const QList<KeyDefinition> &keys, const QString &name)
{
    for (const KeyDefinition &key : keys) {
        if (key.name == name)
            return &key;
    }
    return nullptr;
}

} // namespace

QList<Issue> ServiceValidator::Result::issuesFor(const QString &keyName) const
{
    QList<Issue> result;
    for (const Issue &issue : issues) {
        if (issue.key == keyName)
            result.append(issue);
    }
    return result;
}

bool ServiceValidator::applies(const KeyDefinition &key, const QList<KeyDefinition> &keys,
                               const QMap<QString, QString> &values)
{
    if (!key.isConditional())
        return true;
    const KeyDefinition *controller = findKey(keys, key.dependsOn);
    QString chosen = values.value(key.dependsOn).trimmed();
    if (chosen.isEmpty() && controller != nullptr)
        chosen = controller->defaultValue;
    return chosen == key.dependsOnValue;
}

ServiceValidator::Result ServiceValidator::validate(const ServiceDefinition &service,
                                                    const QMap<QString, QString> &values)
{
    return validate(service, service.keys, values);
}

ServiceValidator::Result ServiceValidator::validate(const ServiceDefinition &service,
                                                    const QList<KeyDefinition> &keys,
                                                    const QMap<QString, QString> &values)
{
    Result result;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (findKey(keys, it.key()) == nullptr)
            result.issues.append(Issue{
                it.key(), Severity::Error, QStringLiteral("unknown-key"),
                tr("%1 has no key named \"%2\"; remove it before saving.").arg(service.title, it.key())});
    }
    if (!result.issues.isEmpty())
        return result;

    result.disables = std::all_of(keys.cbegin(), keys.cend(), [&](const KeyDefinition &key) {
        return isEmptyValue(key, values.value(key.name));
    });
    if (result.disables)
        return result;

    for (const KeyDefinition &key : keys) {
        const QString value = values.value(key.name);
        if (!applies(key, keys, values)) {
            if (!isEmptyValue(key, value)) {
                const KeyDefinition *controller = findKey(keys, key.dependsOn);
                result.issues.append(Issue{
                    key.name, Severity::Info, QStringLiteral("not-used"),
                    tr("\"%1\" is used only when \"%2\" is %3, so its value is ignored.")
                        .arg(key.label, controller ? controller->label : key.dependsOn, key.dependsOnValue)});
            }
            continue;
        }
        // The portal's own forms demand every field; a half-filled service would half work.
        if (isEmptyValue(key, value) && key.type != KeyDefinition::Type::Toggle) {
            result.issues.append(Issue{key.name, Severity::Error, QStringLiteral("missing"),
                                       tr("Fill in \"%1\" as well, or clear every key to switch %2 off.")
                                           .arg(key.label, service.title)});
            continue;
        }
        result.issues.append(KeyValidator::validate(key, value, service.product));
    }

    // The same value in two fields is nearly always a paste into the wrong one (ID pasted twice).
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const KeyDefinition &first = keys.at(i);
        const QString firstValue = values.value(first.name).trimmed();
        if (first.type != KeyDefinition::Type::Text && first.type != KeyDefinition::Type::Password)
            continue;
        if (firstValue.isEmpty() || !applies(first, keys, values))
            continue;
        for (qsizetype j = i + 1; j < keys.size(); ++j) {
            const KeyDefinition &second = keys.at(j);
            if (second.type != KeyDefinition::Type::Text && second.type != KeyDefinition::Type::Password)
                continue;
            if (values.value(second.name).trimmed() == firstValue && applies(second, keys, values))
                result.issues.append(
                    Issue{second.name, Severity::Warning, QStringLiteral("same-value"),
                          tr("\"%1\" and \"%2\" hold the same value; each needs its own value "
                             "from the provider, so check which one was pasted twice.")
                              .arg(first.label, second.label)});
        }
    }
    return result;
}

} // namespace PortalKeys::Catalog
