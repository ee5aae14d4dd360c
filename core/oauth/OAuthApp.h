#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace PortalKeys::OAuth {

// An OAuth 2.0 app (a "client") of a DocSpace portal: the fields of the portal's registration form, and for a
// registered app the fields the portal assigns. A draft kept offline is exactly the create body, so an
// exported draft can be posted as it is.
struct OAuthApp {
    Q_DECLARE_TR_FUNCTIONS(OAuthApp)

public:
    // A field that cannot change once the app is registered, and why.
    struct ReadOnlyField {
        QString field; // snake_case key
        QString reason;
    };

    // The registration form.
    QString name;
    QString websiteUrl;
    QString logo; // a data URI: data:image/png;base64,… (see AppIcon)
    QString description;
    bool allowPkce = false; // "Allow public client (PKCE)": the app may sign in without its secret
    QStringList redirectUris;
    QStringList allowedOrigins;
    QStringList scopes;
    QString policyUrl;
    QString termsUrl;
    QString logoutRedirectUri; // empty: the website URL

    // Assigned by the portal; empty or default for a draft. The client secret is deliberately not here: it
    // belongs in the keychain, not in a model that may be saved as a draft. (The portal shows it again to its
    // admins and the app's creator: GET /clients/{id}; the list has it only encrypted.)
    QString clientId;
    bool enabled = true;
    QDateTime createdOn;
    QDateTime modifiedOn;
    QString createdBy;
    QString modifiedBy;
    QStringList authenticationMethods; // "client_secret_post", plus "none" when PKCE is allowed
    bool isPublic = true;              // the portal sets it to true on create and update, whatever is sent
    qint64 tenant = 0;

    bool isRegistered() const { return !clientId.isEmpty(); }
    QString effectiveLogoutRedirectUri() const;

    // The body of POST /api/2.0/clients, and the content of a draft file. Exact duplicates in the lists are
    // left out, as the portal merges them anyway; is_public is always true.
    QJsonObject toCreateJson() const;
    // The body of PUT /api/2.0/clients/{id}: the fields the portal lets an update change, all of them every
    // time, since the portal wants name, logo and allowed_origins and takes a missing allow_pkce as false.
    QJsonObject toUpdateJson() const;
    // Reads a draft (a create body) or a client object returned by the portal; wrong types read as empty
    // (OAuthAppValidator::validateJson says which). A client secret in the object is ignored.
    static OAuthApp fromJson(const QJsonObject &json);

    // The create body's keys, in the order of the registration form.
    static QStringList createFields();
    // What an update changes: name, description, logo, allow_pkce, allowed_origins (is_public is sent too,
    // but the portal keeps it true).
    static QStringList updatableFields();
    static QList<ReadOnlyField> readOnlyAfterRegistration();
    // The read-only fields in which `edited` differs from this registered app: an update cannot apply them.
    QStringList readOnlyChanges(const OAuthApp &edited) const;
};

} // namespace PortalKeys::OAuth
