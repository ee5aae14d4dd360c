#include "oauth/OAuthAppValidator.h"

#include "common/BoundedList.h"
#include "oauth/AppField.h"
#include "oauth/AppIcon.h"
#include "portal/PortalUrl.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace PortalKeys::OAuth {

namespace {

using F = AppField;

// The characters the identity service's URL pattern allows after the host and port. "%" is not among them,
// so a percent-encoded path is refused there.
const QLatin1String serverPathCharacters("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
                                         "-._~:/?#[]@!$&'()*+,;=");

OAuthAppIssue error(const QString &field, const QString &message, int index = -1)
{
    return {field, OAuthAppIssue::Severity::Error, message, index};
}

OAuthAppIssue warning(const QString &field, const QString &message, int index = -1)
{
    return {field, OAuthAppIssue::Severity::Warning, message, index};
}

// "https://host:port" of a URL: what a browser sends as Origin.
QString originOf(const QUrl &url)
{
    QString origin = url.scheme() + QStringLiteral("://") + url.host(QUrl::FullyEncoded);
    if (url.host().contains(QLatin1Char(':')))
        origin = url.scheme() + QStringLiteral("://[") + url.host(QUrl::FullyEncoded) + QLatin1Char(']');
    if (url.port() != -1)
        origin += QLatin1Char(':') + QString::number(url.port());
    return origin;
}

// What two entries are compared by: scheme, host (browsers ignore its case), port, path.
QString comparisonKey(const QUrl &url)
{
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    return url.scheme() + QStringLiteral("://") + url.host().toLower() + QLatin1Char(':') +
           QString::number(url.port(defaultPort)) + url.path(QUrl::FullyEncoded);
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

bool hasWhitespace(const QString &text)
{
    for (const QChar c : text) {
        if (c.isSpace())
            return true;
    }
    return false;
}

} // namespace

OAuthAppValidator::OAuthAppValidator(ScopeModel scopes)
    : m_scopes(std::move(scopes))
{}

QList<OAuthAppIssue> OAuthAppValidator::validate(const OAuthApp &app) const
{
    QList<OAuthAppIssue> issues;
    checkName(app.name, issues);
    checkUrl(F::websiteUrl, app.websiteUrl, true, issues);
    checkLogo(app.logo, issues);
    checkDescription(app.description, issues);
    checkUrlList(F::redirectUris, app.redirectUris, issues);
    checkUrlList(F::allowedOrigins, app.allowedOrigins, issues);
    checkScopes(app.scopes, issues);
    checkUrl(F::policyUrl, app.policyUrl, true, issues);
    checkUrl(F::termsUrl, app.termsUrl, true, issues);
    // Empty means the website URL, which has been checked already.
    checkUrl(F::logoutRedirectUri, app.logoutRedirectUri, false, issues);
    return issues;
}

QList<OAuthAppIssue> OAuthAppValidator::validateField(const OAuthApp &app, const QString &field) const
{
    QList<OAuthAppIssue> issues;
    for (const OAuthAppIssue &issue : validate(app)) {
        if (issue.field == field)
            issues.append(issue);
    }
    return issues;
}

QList<OAuthAppIssue> OAuthAppValidator::validateJson(const QJsonObject &body) const
{
    static const QStringList textFields{
        F::name, F::description, F::logo, F::websiteUrl, F::termsUrl, F::policyUrl, F::logoutRedirectUri};
    static const QStringList listFields{F::redirectUris, F::allowedOrigins, F::scopes, F::logoutRedirectUris};
    static const QStringList flagFields{F::allowPkce, F::isPublic};
    // What the portal adds to a client object: a file saved from "show" is read as a draft too.
    // What the portal adds to a client object: a file saved from "show" is read as a draft too.
    static const QStringList serverFields = AppField::assignedFields();

    QList<OAuthAppIssue> issues;
    QSet<QString> badTypes;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        // The plural logout list of a client object stands for the create body's single URL.
        const QString field = key == F::logoutRedirectUris ? QString(F::logoutRedirectUri) : key;
        if (textFields.contains(key)) {
            if (!value.isString() && !value.isNull()) {
                issues.append(error(field, tr("“%1” must be text (a JSON string).").arg(key)));
                badTypes.insert(field);
            }
        } else if (listFields.contains(key)) {
            if (!value.isArray() && !value.isNull()) {
                issues.append(
                    error(field, tr("“%1” must be a list of text values (a JSON array).").arg(key)));
                badTypes.insert(field);
                continue;
            }
            const QJsonArray array = value.toArray();
            for (int i = 0; i < array.size(); ++i) {
                if (!array.at(i).isString()) {
                    issues.append(
                        error(field, tr("Every entry of “%1” must be text (a JSON string).").arg(key), i));
                    badTypes.insert(field);
                    break;
                }
            }
        } else if (flagFields.contains(key)) {
            if (!value.isBool()) {
                issues.append(error(field, tr("“%1” must be true or false.").arg(key)));
                badTypes.insert(field);
            } else if (key == F::isPublic && !value.toBool()) {
                // Drafts written for older portals say false; loading them must still work.
                issues.append(
                    warning(field, tr("“is_public” is false here, but the portal sets it to true for "
                                      "every app, so it is sent as true.")));
            }
        } else if (key == F::clientSecret) {
            issues.append(warning(key, tr("This file holds a client secret. Keep secrets out of draft files: "
                                          "the portal ignores it here, and anyone who can read the file "
                                          "can sign in as the app.")));
        } else if (!serverFields.contains(key)) {
            issues.append(
                warning(key, tr("“%1” is not a field of an OAuth app; the portal ignores it.").arg(key)));
        }
    }
    // A field with the wrong type already has its one message.
    for (const OAuthAppIssue &issue : validate(OAuthApp::fromJson(body))) {
        if (!badTypes.contains(issue.field))
            issues.append(issue);
    }
    return issues;
}

QList<OAuthAppIssue> OAuthAppValidator::fileOnlyIssues(const QJsonObject &body) const
{
    // The app as a draft of it holds it: through the create body, without what the portal assigned.
    const QList<OAuthAppIssue> formIssues =
        validate(OAuthApp::fromJson(OAuthApp::fromJson(body).toCreateJson()));
    QList<OAuthAppIssue> fileOnly;
    for (const OAuthAppIssue &issue : validateJson(body)) {
        const bool shownInForm =
            std::any_of(formIssues.cbegin(), formIssues.cend(), [&issue](const OAuthAppIssue &shown) {
                return shown.field == issue.field && shown.index == issue.index &&
                       shown.message == issue.message;
            });
        if (!shownInForm)
            fileOnly.append(issue);
    }
    return fileOnly;
}

void OAuthAppValidator::checkName(const QString &name, QList<OAuthAppIssue> &issues) const
{
    if (name.trimmed().isEmpty())
        issues.append(error(F::name, tr("The app name is required.")));
    else if (name.size() < minNameLength)
        issues.append(error(F::name, tr("The app name needs at least %1 characters.").arg(minNameLength)));
    else if (name.size() > maxInputLength)
        issues.append(error(F::name, tr("The app name can have at most %1 characters; this one has %2.")
                                         .arg(maxInputLength)
                                         .arg(name.size())));
}

void OAuthAppValidator::checkDescription(const QString &description, QList<OAuthAppIssue> &issues) const
{
    if (description.size() > maxInputLength)
        issues.append(
            error(F::description, tr("The description can have at most %1 characters; this one has %2.")
                                      .arg(maxInputLength)
                                      .arg(description.size())));
}

void OAuthAppValidator::checkLogo(const QString &logo, QList<OAuthAppIssue> &issues) const
{
    if (logo.isEmpty()) {
        issues.append(
            error(F::logo, tr("An app icon is required: a PNG, JPEG or SVG image of 32×32 pixels.")));
        return;
    }
    const AppIcon icon = AppIcon::fromDataUri(logo);
    if (!icon.isValid())
        issues.append(error(F::logo, icon.error()));
    else if (icon.needsScaling())
        issues.append(
            warning(F::logo, tr("The icon is %1×%2 pixels; the portal shows it at %3×%3, so scale it "
                                "to that size first.")
                                 .arg(icon.size().width())
                                 .arg(icon.size().height())
                                 .arg(AppIcon::side)));
}

void OAuthAppValidator::checkUrl(const QString &field, const QString &value, bool required,
                                 QList<OAuthAppIssue> &issues) const
{
    if (value.isEmpty()) {
        if (required)
            issues.append(error(field, tr("The %1 is required.").arg(AppField::label(field))));
        return;
    }
    const QString problem = serverUrlProblem(value);
    if (!problem.isEmpty())
        issues.append(error(field, capitalized(AppField::label(field)) + QStringLiteral(": ") + problem));
}

QString OAuthAppValidator::serverUrlProblem(const QString &url)
{
    if (url.size() > maxInputLength)
        return tr("at most %1 characters are allowed; this one has %2.").arg(maxInputLength).arg(url.size());
    if (hasWhitespace(url))
        return tr("a URL cannot contain spaces or line breaks.");
    const qsizetype schemeEnd = url.indexOf(QLatin1String("://"));
    if (schemeEnd < 0)
        return tr("start it with https:// (https://%1).").arg(url);
    const QString scheme = url.left(schemeEnd);
    if (scheme.compare(QLatin1String("http"), Qt::CaseInsensitive) != 0 &&
        scheme.compare(QLatin1String("https"), Qt::CaseInsensitive) != 0)
        return tr("only https:// and http:// addresses are allowed, not %1://.").arg(scheme);
    if (scheme != scheme.toLower())
        return tr("the portal takes the scheme only in lower case: %1.")
            .arg(scheme.toLower() + url.mid(schemeEnd));
    // The pattern is checked on the text as typed, not on QUrl's normalized form (which lower-cases and
    // decodes), because that is what the portal sees.
    const qsizetype authorityStart = schemeEnd + 3;
    qsizetype authorityEnd = url.size();
    for (const QChar stop : {QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#')}) {
        const qsizetype at = url.indexOf(stop, authorityStart);
        if (at >= 0 && at < authorityEnd)
            authorityEnd = at;
    }
    const QString authority = url.mid(authorityStart, authorityEnd - authorityStart);
    const QString rest = url.mid(authorityEnd);
    if (authority.contains(QLatin1Char('@')))
        return tr("a user name or password in the URL is not allowed.");
    if (authority.startsWith(QLatin1Char('[')))
        return tr("the portal takes a domain name or an IPv4 address here, not an IPv6 address.");
    static const QRegularExpression withPort(QStringLiteral("^(.*?)(:\\d+)?$"));
    const QString host = withPort.match(authority).captured(1);
    if (host.isEmpty())
        return tr("the URL has no host name.");
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
        host.endsWith(QLatin1String(".localhost"), Qt::CaseInsensitive)) {
        QUrl suggestion(url);
        suggestion.setHost(QStringLiteral("127.0.0.1"));
        return tr("the portal refuses “localhost” here (its URL pattern wants a domain name with a dot or an "
                  "IPv4 address); use %1 instead.")
            .arg(suggestion.toString());
    }
    static const QRegularExpression ipv4(QStringLiteral("^(\\d{1,3}\\.){3}\\d{1,3}$"));
    static const QRegularExpression domain(QStringLiteral("^([a-zA-Z0-9-]+\\.)+[a-zA-Z]{2,}$"));
    if (!ipv4.match(host).hasMatch() && !domain.match(host).hasMatch()) {
        bool ascii = true;
        for (const QChar c : host)
            ascii = ascii && c.unicode() < 0x80;
        if (!ascii)
            return tr("write the host name in its ASCII form: %1.")
                .arg(QString::fromLatin1(QUrl::toAce(host)));
        return tr("“%1” is not a host name the portal takes: it needs a domain with a dot and a top-level "
                  "domain of two or more letters (such as example.com), or an IPv4 address.")
            .arg(host);
    }
    if (!rest.isEmpty() && !rest.startsWith(QLatin1Char('/')))
        return tr("put a “/” between the host name and “%1”.").arg(rest.at(0));
    for (const QChar c : rest) {
        if (!serverPathCharacters.contains(c)) {
            if (c == QLatin1Char('%'))
                return tr("the portal's URL pattern does not allow percent-encoded characters (“%”).");
            return tr("the portal's URL pattern does not allow the character “%1”.").arg(c);
        }
    }
    if (!QUrl(url, QUrl::StrictMode).isValid())
        return tr("“%1” is not a valid URL.").arg(url);
    // A last safety net: the checks above explain the usual mistakes, the pattern decides.
    if (!matchesServerUrlPattern(url))
        return tr("the URL does not match the portal's URL pattern.");
    return {};
}

bool OAuthAppValidator::matchesServerUrlPattern(const QString &url)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(https?://)?([a-zA-Z0-9-]+\\.)+[a-zA-Z]{2,}(:\\d+)?(/[a-zA-Z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=]*)?$"
        "|^https?://(\\d{1,3}\\.){3}\\d{1,3}(:\\d+)?(/[a-zA-Z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=]*)?$"));
    return pattern.match(url).hasMatch();
}

OAuthAppIssue OAuthAppValidator::listEntryIssue(const QString &field, const QString &entry, int index)
{
    const bool origin = field == F::allowedOrigins;
    // What the identity service refuses (an empty or unparsable entry, another scheme) or the portal's form
    // does (more than 255 characters, a query or fragment) is an error.
    if (entry.trimmed().isEmpty())
        return error(field, tr("This entry is empty."), index);
    if (entry.size() > maxInputLength)
        return error(field, tr("“%1…” is longer than %2 characters.").arg(entry.left(40)).arg(maxInputLength),
                     index);
    if (hasWhitespace(entry))
        return error(field, tr("“%1” contains spaces or line breaks.").arg(entry), index);
    const QUrl url(entry, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || scheme.isEmpty())
        return error(field,
                     tr("“%1” is not a URL; it needs https://, http:// or claude:// in front.").arg(entry),
                     index);
    const bool web = scheme == QLatin1String("http") || scheme == QLatin1String("https");
    if (!web && scheme != QLatin1String("claude"))
        return error(
            field, tr("“%1”: only https://, http:// and claude:// addresses are allowed.").arg(entry), index);
    if (url.hasQuery() || url.hasFragment()) {
        if (origin)
            return error(field,
                         tr("An allowed origin cannot have a query (?…) or a fragment (#…); use %1.")
                             .arg(originOf(url)),
                         index);
        return error(field,
                     tr("A redirect URL cannot have a query (?…) or a fragment (#…); use %1.")
                         .arg(url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toString()),
                     index);
    }
    // The portal takes the rest; these only make an entry that is unlikely to work as meant.
    if (!url.userInfo().isEmpty())
        return warning(field,
                       tr("“%1” has a user name or password in it, which browsers do not send; leave it out.")
                           .arg(entry),
                       index);
    if (web && url.host().isEmpty())
        return warning(field, tr("“%1” has no host name, so no browser can go there.").arg(entry), index);
    // Browsers compare the Origin header, which has no path, character by character.
    if (origin && web && !url.path().isEmpty())
        return warning(field,
                       tr("“%1”: an origin is only a scheme, a host and a port, as browsers send it, so this "
                          "one never matches; use %2.")
                           .arg(entry, originOf(url)),
                       index);
    if (!origin && scheme == QLatin1String("http") && !Portal::PortalUrl::isLoopbackHost(url.host()))
        return warning(field,
                       tr("“%1” uses plain http, so the authorization code would travel unencrypted; use "
                          "https, or http only to this computer (127.0.0.1).")
                           .arg(entry),
                       index);
    return {field, OAuthAppIssue::Severity::Warning, QString(), index};
}

void OAuthAppValidator::checkUrlList(const QString &field, const QStringList &values,
                                     QList<OAuthAppIssue> &issues) const
{
    const bool origins = field == F::allowedOrigins;
    if (values.isEmpty()) {
        issues.append(error(field, origins ? tr("At least one allowed origin is required.")
                                           : tr("At least one redirect URL is required.")));
        return;
    }
    // The portal keeps the list as a set: exact duplicates are merged before its limit is counted.
    QStringList distinct = values;
    distinct.removeDuplicates();
    if (distinct.size() > maxListEntries)
        issues.append(error(field, origins ? tr("At most %1 allowed origins are possible; this list has %2.")
                                                 .arg(maxListEntries)
                                                 .arg(distinct.size())
                                           : tr("At most %1 redirect URLs are possible; this list has %2.")
                                                 .arg(maxListEntries)
                                                 .arg(distinct.size())));
    QList<QString> seen; // comparison keys of the entries before
    for (int i = 0; i < values.size(); ++i) {
        const QString &entry = values.at(i);
        const OAuthAppIssue issue = listEntryIssue(field, entry, i);
        if (issue.isError()) {
            issues.append(issue);
            seen.append(QString());
            continue;
        }
        const QString key = comparisonKey(QUrl(entry, QUrl::StrictMode));
        const qsizetype earlier = seen.indexOf(key);
        seen.append(key);
        if (values.indexOf(entry) < i) {
            issues.append(
                warning(field, tr("“%1” is listed twice; the portal keeps it once.").arg(entry), i));
        } else if (earlier >= 0) {
            issues.append(warning(field,
                                  tr("“%1” is the same address as “%2” before it (host names do not depend "
                                     "on case); the portal keeps both.")
                                      .arg(entry, values.at(earlier)),
                                  i));
        } else if (!issue.message.isEmpty()) {
            issues.append(issue);
        }
    }
}

void OAuthAppValidator::checkScopes(const QStringList &scopes, QList<OAuthAppIssue> &issues) const
{
    if (scopes.isEmpty()) {
        issues.append(error(F::scopes, tr("At least one scope is required.")));
        return;
    }
    for (int i = 0; i < scopes.size(); ++i) {
        const QString &scope = scopes.at(i);
        if (!m_scopes.isKnown(scope))
            issues.append(error(F::scopes,
                                tr("“%1” is not a scope the portal knows; it knows %2.")
                                    .arg(BoundedList::shortened(scope),
                                         BoundedList::join(m_scopes.knownScopes(), QStringLiteral(", "),
                                                           BoundedList::choicesShown)),
                                i));
        else if (scopes.indexOf(scope) < i)
            issues.append(
                warning(F::scopes, tr("“%1” is listed twice; the portal keeps it once.").arg(scope), i));
    }
    // The form never sends a write scope without its read scope; a hand-written draft might.
    for (const ScopeModel::Group &group : m_scopes.groups()) {
        if (!group.write.isEmpty() && !group.read.isEmpty() && scopes.contains(group.write) &&
            !scopes.contains(group.read))
            issues.append(warning(F::scopes,
                                  tr("“%1” without “%2”: write access implies read access, so add "
                                     "“%2” as the portal's form does.")
                                      .arg(group.write, group.read),
                                  int(scopes.indexOf(group.write))));
    }
}

} // namespace PortalKeys::OAuth
