#include "catalog/KeyDefinition.h"

#include "catalog/CatalogJson.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <utility>

namespace PortalKeys::Catalog {

namespace {

const std::pair<KeyDefinition::Type, const char *> typeNames[] = {
    {KeyDefinition::Type::Text, "text"},     {KeyDefinition::Type::Password, "password"},
    {KeyDefinition::Type::Select, "select"}, {KeyDefinition::Type::Toggle, "toggle"},
    {KeyDefinition::Type::Number, "number"},
};

const std::pair<KeyDefinition::Format, const char *> formatNames[] = {
    {KeyDefinition::Format::None, "none"},
    {KeyDefinition::Format::Guid, "guid"},
    {KeyDefinition::Format::TwilioAccountSid, "twilio-account-sid"},
    {KeyDefinition::Format::AwsAccessKeyId, "aws-access-key-id"},
    {KeyDefinition::Format::AppleId10, "apple-id-10"},
    {KeyDefinition::Format::PemPrivateKey, "pem-private-key"},
    {KeyDefinition::Format::GoogleServiceAccountJson, "google-service-account-json"},
    {KeyDefinition::Format::TelegramBotToken, "telegram-bot-token"},
    {KeyDefinition::Format::GoogleClientId, "google-client-id"},
    {KeyDefinition::Format::DocuSignHost, "docusign-host"},
    {KeyDefinition::Format::HttpsUrl, "https-url"},
    {KeyDefinition::Format::TcpPort, "tcp-port"},
    {KeyDefinition::Format::SmscPassword, "smsc-password"},
    {KeyDefinition::Format::SqliteFileName, "sqlite-file-name"},
};

} // namespace

QString KeyDefinition::typeName(Type type)
{
    for (const auto &[value, name] : typeNames) {
        if (value == type)
            return QLatin1String(name);
    }
    return {};
}

std::optional<KeyDefinition::Type> KeyDefinition::typeFromName(const QString &name)
{
    for (const auto &[value, text] : typeNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QString KeyDefinition::formatName(Format format)
{
    for (const auto &[value, name] : formatNames) {
        if (value == format)
            return QLatin1String(name);
    }
    return {};
}

std::optional<KeyDefinition::Format> KeyDefinition::formatFromName(const QString &name)
{
    for (const auto &[value, text] : formatNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

KeyDefinition KeyDefinition::fromJson(const QJsonObject &json, const QString &where,
                                      const CatalogJson &reader)
{
    reader.onlyMembers(json, where,
                       {"name", "label", "masked", "multiLine", "type", "options", "default", "dependsOn",
                        "dependsOnValue", "format", "note"});
    KeyDefinition key;
    key.name = reader.string(json, where, "name", true);
    // Key names go into JSON bodies and config files as they are: anything but a plain identifier is a typo.
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"));
    if (!key.name.isEmpty() && !identifier.match(key.name).hasMatch())
        reader.error(
            where, CatalogJson::tr("the key name \"%1\" may hold only letters, digits and _.").arg(key.name));
    key.label = reader.string(json, where, "label", false);
    if (key.label.isEmpty())
        key.label = key.name;
    key.masked = reader.boolean(json, where, "masked");
    key.multiLine = reader.boolean(json, where, "multiLine");

    const QString type = reader.string(json, where, "type", false);
    if (!type.isEmpty()) {
        if (const auto parsed = typeFromName(type))
            key.type = *parsed;
        else
            reader.error(where, CatalogJson::tr("unknown key type \"%1\".").arg(type));
    }
    key.options = reader.strings(json, where, "options", key.type == Type::Select);
    if (key.type != Type::Select && !key.options.isEmpty())
        reader.error(where, CatalogJson::tr("only keys of type select have options."));
    if (key.options.removeDuplicates() > 0)
        reader.error(where, CatalogJson::tr("the options repeat a value."));

    key.defaultValue = reader.string(json, where, "default", false);
    if (!key.defaultValue.isEmpty()) {
        if (key.type == Type::Select && !key.options.contains(key.defaultValue))
            reader.error(where, CatalogJson::tr("the default value is not one of the options."));
        if (key.type == Type::Toggle && key.defaultValue != QLatin1String("true") &&
            key.defaultValue != QLatin1String("false"))
            reader.error(where, CatalogJson::tr("a toggle's default must be true or false."));
        bool isNumber = false;
        (void)key.defaultValue.toLongLong(&isNumber);
        if (key.type == Type::Number && !isNumber)
            reader.error(where, CatalogJson::tr("a number key's default must be a whole number."));
    }

    key.dependsOn = reader.string(json, where, "dependsOn", false);
    key.dependsOnValue = reader.string(json, where, "dependsOnValue", false);
    if (key.dependsOn.isEmpty() != key.dependsOnValue.isEmpty())
        reader.error(where, CatalogJson::tr("dependsOn and dependsOnValue go together."));

    const QString format = reader.string(json, where, "format", false);
    if (!format.isEmpty()) {
        if (const auto parsed = formatFromName(format))
            key.format = *parsed;
        else
            reader.error(where, CatalogJson::tr("unknown format \"%1\".").arg(format));
    }
    key.note = reader.string(json, where, "note", false);
    return key;
}

QList<KeyDefinition> KeyDefinition::listFromJson(const QJsonValue &json, const QString &where,
                                                 const CatalogJson &reader)
{
    QList<KeyDefinition> keys;
    if (!json.isArray() || json.toArray().isEmpty()) {
        reader.error(where, CatalogJson::tr("\"keys\" must be a non-empty list."));
        return keys;
    }
    const QJsonArray array = json.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString place = CatalogJson::place(
            where,
            array.at(i).toObject().value(QLatin1String("name")).toString(QStringLiteral("#%1").arg(i + 1)));
        if (!array.at(i).isObject()) {
            reader.error(place, CatalogJson::tr("each key must be an object."));
            continue;
        }
        keys.append(fromJson(array.at(i).toObject(), place, reader));
    }

    for (qsizetype i = 0; i < keys.size(); ++i) {
        const KeyDefinition &key = keys.at(i);
        const QString place = CatalogJson::place(where, key.name);
        // The portal matches key names exactly, but two names differing only in case are surely a mistake.
        for (qsizetype j = 0; j < i; ++j) {
            if (keys.at(j).name.compare(key.name, Qt::CaseInsensitive) == 0)
                reader.error(place, CatalogJson::tr("the key name is used twice."));
        }
        if (!key.isConditional())
            continue;
        const KeyDefinition *controller = nullptr;
        for (const KeyDefinition &other : keys) {
            if (other.name == key.dependsOn)
                controller = &other;
        }
        if (controller == nullptr || controller == &key) {
            reader.error(place, CatalogJson::tr("dependsOn names \"%1\", which is not another key of this "
                                                "service.")
                                    .arg(key.dependsOn));
            continue;
        }
        // One level only: a chain would need an order of evaluation that the portal does not define either.
        if (controller->isConditional())
            reader.error(place, CatalogJson::tr("dependsOn names a key that itself depends on another."));
        if (controller->type == Type::Select && !controller->options.contains(key.dependsOnValue))
            reader.error(place, CatalogJson::tr("dependsOnValue \"%1\" is not one of the options of \"%2\".")
                                    .arg(key.dependsOnValue, controller->name));
    }
    return keys;
}

} // namespace PortalKeys::Catalog
