#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace PortalKeys::Catalog {

class CatalogJson;

// One key ("prop") of a third-party service as the catalog describes it: how the portal names and labels
// it, whether it is a secret, and which format rule PortalKeys checks before saving.
struct KeyDefinition {
    // The portal's own field types (GET /api/2.0/settings/authservice `type`); only the external database
    // uses anything but Text so far.
    enum class Type { Text, Password, Select, Toggle, Number };

    // Format rules with a public source (see KeyValidator for what each one checks).
    enum class Format {
        None,
        Guid,                     // Azure application IDs, DocuSign integration keys
        TwilioAccountSid,         // AC + 32 hex digits
        AwsAccessKeyId,           // 16–128 word characters
        AppleId10,                // Apple team and key identifiers
        PemPrivateKey,            // PKCS #8 PEM (Apple's .p8 file)
        GoogleServiceAccountJson, // a service-account key file
        TelegramBotToken,         // digits:secret
        GoogleClientId,           // *.apps.googleusercontent.com (a convention: warning only)
        DocuSignHost,             // a bare host name
        HttpsUrl,                 // an http(s) address, https expected
        TcpPort,                  // 1–65535
        SmscPassword,             // a password or its lower-case MD5 hash
        SqliteFileName,           // a file name inside the portal's own storage folder, not a path
    };

    QString name;           // as the portal names it, e.g. "acesskey" (sic)
    QString label;          // as the portal labels it; the name when the portal shows no label
    bool masked = false;    // a secret: shown as dots, never quoted in a message, kept in the keychain
    bool multiLine = false; // PEM keys, JSON files
    Type type = Type::Text;
    QStringList options;    // Select only
    QString defaultValue;   // what the portal's form starts with, e.g. "3306"
    QString dependsOn;      // this key matters only when the key named here…
    QString dependsOnValue; // …has this value
    Format format = Format::None;
    QString note; // extra advice for the form, written for PortalKeys users

    bool isConditional() const { return !dependsOn.isEmpty(); }

    static QString typeName(Type type);
    static std::optional<Type> typeFromName(const QString &name);
    static QString formatName(Format format);
    static std::optional<Format> formatFromName(const QString &name);

    // Reports problems through `reader`; dependsOn is checked by listFromJson, which knows the sibling keys.
    static KeyDefinition fromJson(const QJsonObject &json, const QString &where, const CatalogJson &reader);
    // A service's key list: at least one key, unique names, dependsOn pointing at a sibling.
    static QList<KeyDefinition> listFromJson(const QJsonValue &json, const QString &where,
                                             const CatalogJson &reader);
};

} // namespace PortalKeys::Catalog
