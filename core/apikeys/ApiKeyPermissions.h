#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace PortalKeys::ApiKeys {

// What an API key may do, as DocSpace words it (GET /api/2.0/keys/permissions): everything ("*"), read only
// ("*:read"), or chosen scopes such as "files:read" and "rooms:write". The portal stores "*" as an empty list
// (and after a change as no list at all), so an empty list means everything.
class ApiKeyPermissions {
    Q_DECLARE_TR_FUNCTIONS(ApiKeyPermissions)

public:
    enum class Choice { All, ReadOnly, Scopes };

    static QString all() { return QStringLiteral("*"); }
    static QString readAll() { return QStringLiteral("*:read"); }
    static QString writeAll() { return QStringLiteral("*:write"); }

    // The permission names of DocSpace 3.7, until a portal has given its own.
    static QStringList builtIn();
    // The answer of GET /api/2.0/keys/permissions: its strings, each once, in the portal's order. Sets
    // `error` and returns an empty list when the answer is not a list of names.
    static QStringList fromServerJson(const QJsonArray &names, QString *error = nullptr);
    // The scopes of a permission list (everything but "*", "*:read" and "*:write"), in its order.
    static QStringList scopesOf(const QStringList &names);

    // What a key's stored permissions amount to.
    static Choice choiceOf(const QStringList &permissions);
    // What to send for a choice: ["*"], ["*:read"] or the scopes.
    static QStringList forChoice(Choice choice, const QStringList &scopes = {});
    // "All", "Read only", or the scopes as "files:read, rooms:write".
    static QString describe(const QStringList &permissions);
    // "Files and folders: read", for check boxes.
    static QString scopeTitle(const QString &scope);
    // What a scope lets a key do, for people; empty for one PortalKeys does not know.
    static QString scopeDescription(const QString &scope);
    // Why `permissions` cannot be sent to a portal that offers `offered`: none chosen, or names it does not
    // know (the portal refuses those with "Permissions are not valid"). Empty when they can.
    static QString problem(const QStringList &permissions, const QStringList &offered);
};

} // namespace PortalKeys::ApiKeys
