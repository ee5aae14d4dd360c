#pragma once

#include "portal/CredentialKind.h"
#include "portal/TestRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace PortalKeys::Portal {

// Which secret of a profile a keychain entry holds.
enum class SecretSlot { ApiKey, Password, LoginToken, ClientSecret, AccessToken, RefreshToken };

// A portal the user connects to. Holds no secret: those live in the keychain under secretKey().
struct PortalProfile {
    Q_DECLARE_TR_FUNCTIONS(PortalProfile)

public:
    static constexpr int defaultTimeoutSeconds = 30;

    QString id; // a UUID without braces, fixed for the profile's life
    QString name;
    QUrl baseUrl; // normalized (PortalUrl)
    CredentialKind kind = CredentialKind::ApiKey;
    QString user;       // e-mail, for basic auth and password login
    QString clientId;   // OAuth 2.0
    QStringList scopes; // OAuth 2.0; empty: the app's registered scopes
    QUrl oauthServer;   // OAuth 2.0 server root when not the portal itself, e.g. https://oauth.onlyoffice.com
    QString pinnedSha256; // lowercase hex SHA-256 of a certificate's DER the user chose to trust, or empty
    int timeoutSeconds = defaultTimeoutSeconds;
    TestRecord lastTest; // how the last connection test went (no secret); invalid: never tested

    static PortalProfile create(const QString &name, const QUrl &baseUrl, CredentialKind kind);

    // "portal/<id>/api-key", …: the keychain keys of this profile's secrets.
    QString secretKey(SecretSlot slot) const;
    static QList<SecretSlot> allSecretSlots();
    // The slots this profile's credential kind uses.
    QList<SecretSlot> secretSlots() const;

    // Why the profile cannot be used as is (no name, bad URL, no e-mail for basic, …), or empty.
    QString problem() const;

    QJsonObject toJson() const;
    static std::optional<PortalProfile> fromJson(const QJsonObject &json, QString *error = nullptr);
};

} // namespace PortalKeys::Portal
