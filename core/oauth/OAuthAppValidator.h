#pragma once

#include "oauth/OAuthApp.h"
#include "oauth/OAuthAppIssue.h"
#include "oauth/ScopeModel.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace PortalKeys::OAuth {

// Checks an OAuth app before it is sent, with the rules of the portal's identity service and of its
// registration form, so that a draft prepared offline is accepted as it is: what either of them refuses is an
// error, anything else PortalKeys finds doubtful (a duplicate the portal merges, an origin with a path) only
// a warning. Every field gets at most one error (and a list field one per entry), named with the create
// body's snake_case key.
class OAuthAppValidator {
    Q_DECLARE_TR_FUNCTIONS(OAuthAppValidator)

public:
    static constexpr int minNameLength = 3;
    static constexpr int maxInputLength = 255; // the form's limit on every text input (the server allows 256
                                               // for the name)
    static constexpr int maxListEntries = 12;  // redirect URLs, allowed origins (after merging duplicates)

    // `scopes` are the scopes the portal knows: the built-in list offline, the portal's list online.
    explicit OAuthAppValidator(ScopeModel scopes = ScopeModel::builtIn());

    QList<OAuthAppIssue> validate(const OAuthApp &app) const;
    // A draft file or create body as JSON: also checks the JSON types and names fields the portal ignores.
    QList<OAuthAppIssue> validateJson(const QJsonObject &body) const;
    // What a draft file has that a form showing the app read from it cannot show: wrong JSON types, fields
    // the portal ignores, a client secret. The findings of validateJson that validate() of the file's app
    // does not make as well.
    QList<OAuthAppIssue> fileOnlyIssues(const QJsonObject &body) const;
    // The findings for one field, for a form that checks as you type.
    QList<OAuthAppIssue> validateField(const OAuthApp &app, const QString &field) const;

    // The URL pattern of the identity service for website, terms, policy and logout URLs: a host with a dot
    // and a top-level domain of two or more letters, or an IPv4 address.
    static bool matchesServerUrlPattern(const QString &url);

private:
    void checkName(const QString &name, QList<OAuthAppIssue> &issues) const;
    void checkDescription(const QString &description, QList<OAuthAppIssue> &issues) const;
    void checkLogo(const QString &logo, QList<OAuthAppIssue> &issues) const;
    void checkUrl(const QString &field, const QString &value, bool required,
                  QList<OAuthAppIssue> &issues) const;
    void checkUrlList(const QString &field, const QStringList &values, QList<OAuthAppIssue> &issues) const;
    void checkScopes(const QStringList &scopes, QList<OAuthAppIssue> &issues) const;
    // Why `url` does not pass the server's URL pattern, or empty.
    static QString serverUrlProblem(const QString &url);
    // What is wrong with one redirect URL or allowed origin (an issue with an empty message: nothing).
    static OAuthAppIssue listEntryIssue(const QString &field, const QString &entry, int index);

    ScopeModel m_scopes;
};

} // namespace PortalKeys::OAuth
