#include "commands/oauthapp/OAuthAppText.h"

#include "oauth/AppField.h"
#include "oauth/AppIcon.h"

#include <algorithm>

namespace PortalKeys::Cli {

using OAuth::OAuthApp;

QString OAuthAppText::stateName(bool enabled)
{
    return enabled ? tr("enabled") : tr("disabled");
}

QString OAuthAppText::time(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                          : QStringLiteral("-");
}

QString OAuthAppText::table(const QList<OAuthApp> &apps)
{
    QList<QStringList> rows{{tr("CLIENT ID"), tr("STATE"), tr("CREATED"), tr("NAME")}};
    for (const OAuthApp &app : apps)
        rows.append({app.clientId, stateName(app.enabled), time(app.createdOn), app.name});
    QList<qsizetype> widths(rows.constFirst().size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths[column], row.at(column).size());
    }
    QString text;
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            line += row.at(column);
            if (column + 1 < row.size())
                line += QString(widths[column] - row.at(column).size() + 2, QLatin1Char(' '));
        }
        text += line + QLatin1Char('\n');
    }
    return text;
}

QString OAuthAppText::details(const OAuthApp &app, const QString &clientSecretRow)
{
    QList<QPair<QString, QStringList>> rows;
    const auto add = [&rows](const QString &label, const QStringList &values) {
        rows.append({label, values.isEmpty() ? QStringList{QStringLiteral("-")} : values});
    };
    const auto one = [](const QString &value) {
        return value.isEmpty() ? QStringList() : QStringList{value};
    };
    using F = OAuth::AppField;
    add(F::heading(F::name), one(app.name));
    add(F::heading(F::clientId), one(app.clientId));
    if (!clientSecretRow.isEmpty())
        add(F::heading(F::clientSecret), {clientSecretRow});
    add(F::heading(F::enabled), {stateName(app.enabled)});
    add(F::heading(F::description), one(app.description));
    add(F::heading(F::websiteUrl), one(app.websiteUrl));
    add(F::heading(F::termsUrl), one(app.termsUrl));
    add(F::heading(F::policyUrl), one(app.policyUrl));
    add(F::heading(F::logoutRedirectUri), one(app.logoutRedirectUri));
    add(F::heading(F::redirectUris), app.redirectUris);
    add(F::heading(F::allowedOrigins), app.allowedOrigins);
    add(F::heading(F::scopes), one(app.scopes.join(QLatin1Char(' '))));
    add(F::heading(F::allowPkce), {app.allowPkce ? tr("allowed: the app may sign in without its secret")
                                                 : tr("not allowed: the app signs in with its secret")});
    add(F::heading(F::authenticationMethods), one(app.authenticationMethods.join(QStringLiteral(", "))));
    QString icon;
    if (!app.logo.isEmpty()) {
        const OAuth::AppIcon decoded = OAuth::AppIcon::fromDataUri(app.logo);
        icon = decoded.isValid() ? tr("%1, %2×%3, %4 bytes")
                                       .arg(decoded.mediaType())
                                       .arg(decoded.size().width())
                                       .arg(decoded.size().height())
                                       .arg(decoded.bytes().size())
                                 : decoded.error();
    }
    add(F::heading(F::logo), one(icon));
    add(F::heading(F::createdOn),
        {app.createdBy.isEmpty() ? time(app.createdOn)
                                 : tr("%1 by %2").arg(time(app.createdOn), app.createdBy)});
    add(F::heading(F::modifiedOn),
        {app.modifiedBy.isEmpty() ? time(app.modifiedOn)
                                  : tr("%1 by %2").arg(time(app.modifiedOn), app.modifiedBy)});

    qsizetype width = 0;
    for (const auto &row : std::as_const(rows))
        width = std::max(width, row.first.size() + 1);
    QString text;
    for (const auto &row : std::as_const(rows)) {
        const QString label = row.first + QLatin1Char(':');
        for (qsizetype i = 0; i < row.second.size(); ++i) {
            text +=
                (i == 0 ? label : QString()).leftJustified(width + 2) + row.second.at(i) + QLatin1Char('\n');
        }
    }
    return text;
}

} // namespace PortalKeys::Cli
