#pragma once

#include <QCoreApplication>
#include <QLatin1String>
#include <QString>
#include <QStringList>

namespace PortalKeys::OAuth {

// The fields of an OAuth app as the portal names them (the JSON keys of its create body and of the client
// objects it returns) and as people read them. One table for the model, the checks, the form and the CLI, so
// that a field is spelled and called the same everywhere.
class AppField {
    Q_DECLARE_TR_FUNCTIONS(AppField)

public:
    // The create body (and a draft file), in the order of the portal's registration form.
    static constexpr QLatin1String name{"name"};
    static constexpr QLatin1String websiteUrl{"website_url"};
    static constexpr QLatin1String logo{"logo"};
    static constexpr QLatin1String description{"description"};
    static constexpr QLatin1String allowPkce{"allow_pkce"};
    static constexpr QLatin1String redirectUris{"redirect_uris"};
    static constexpr QLatin1String allowedOrigins{"allowed_origins"};
    static constexpr QLatin1String scopes{"scopes"};
    static constexpr QLatin1String policyUrl{"policy_url"};
    static constexpr QLatin1String termsUrl{"terms_url"};
    static constexpr QLatin1String logoutRedirectUri{"logout_redirect_uri"};
    static constexpr QLatin1String isPublic{"is_public"};

    // What the portal adds to a client object.
    static constexpr QLatin1String clientId{"client_id"};
    static constexpr QLatin1String clientSecret{"client_secret"};
    static constexpr QLatin1String enabled{"enabled"};
    static constexpr QLatin1String tenant{"tenant"};
    static constexpr QLatin1String createdOn{"created_on"};
    static constexpr QLatin1String createdBy{"created_by"};
    static constexpr QLatin1String modifiedOn{"modified_on"};
    static constexpr QLatin1String modifiedBy{"modified_by"};
    static constexpr QLatin1String authenticationMethods{"authentication_methods"};
    // The client object's list of logout URLs, which stands for the create body's single one.
    static constexpr QLatin1String logoutRedirectUris{"logout_redirect_uris"};

    // The create body's keys in the order of the registration form.
    static QStringList createFields();
    // The fields PortalKeys' form has a place for, in its order (the create body without the logout URL,
    // which follows the website URL, and is_public, which is no choice).
    static QStringList formFields();
    // The keys the portal adds to a client object.
    static QStringList assignedFields();

    // How a sentence names the field: "website URL", "redirect URLs"; the key itself for an unknown one.
    static QString label(const QString &key);
    // The field's heading where one app is listed field by field: "Website", "Redirect URIs"; the key
    // itself for an unknown one.
    static QString heading(const QString &key);
};

} // namespace PortalKeys::OAuth
