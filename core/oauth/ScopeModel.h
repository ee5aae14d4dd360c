#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace PortalKeys::OAuth {

// The access scopes an OAuth app asks for, grouped as the portal's form shows them (Profile, Accounts, Files
// & Folders, Rooms with read and write; OpenID alone), and which of them are chosen. Write implies read:
// choosing a write scope chooses its read scope, and a read scope cannot be dropped while its write scope is
// chosen.
class ScopeModel {
    Q_DECLARE_TR_FUNCTIONS(ScopeModel)

public:
    enum class Access { None, Read, Write };

    struct Group {
        QString id;     // the group name of GET /scopes: "profiles", "accounts", "files", "rooms", "openid"
        QString title;  // for people: "Files & Folders"
        QString read;   // "files:read"; empty in a single-scope group
        QString write;  // "files:write"; empty in a single-scope group
        QString single; // "openid"; empty in a read/write group
        bool isSingle() const { return !single.isEmpty(); }
        QStringList scopes() const;
    };

    // The scopes of DocSpace 3.x, for offline use.
    static ScopeModel builtIn();
    // The answer of GET /api/2.0/scopes: [{name, group, type}] with type "read", "write" or anything else for
    // a scope of its own ("openid"). Returns an empty model and sets `error` when the answer makes no sense.
    static ScopeModel fromServerJson(const QJsonArray &scopes, QString *error = nullptr);

    const QList<Group> &groups() const { return m_groups; }
    bool isEmpty() const { return m_groups.isEmpty(); }
    bool isKnown(const QString &scope) const;
    QStringList knownScopes() const;
    // The id of the group holding `scope`, or empty.
    QString groupOf(const QString &scope) const;
    // What a scope lets an app do, for people; empty for a scope PortalKeys does not know.
    static QString description(const QString &scope);
    // Scopes as people type them ("files:read, rooms:read" or "files:read rooms:read"): separated by commas
    // or white space, each once, in the order typed.
    static QStringList split(const QString &text);

    // The chosen scopes in the model's order: what goes into an app's "scopes".
    QStringList scopes() const;
    // Chooses exactly these scopes (adding the read scope of every write scope); returns the unknown ones,
    // which are left out.
    QStringList setScopes(const QStringList &scopes);
    bool isSelected(const QString &scope) const { return m_selected.contains(scope); }
    // Checks or unchecks one scope as a check box would. Returns false, changing nothing, for an unknown
    // scope and for unchecking a read scope whose write scope is chosen.
    bool setSelected(const QString &scope, bool selected);
    Access access(const QString &groupId) const;
    // Read or Write chooses a single-scope group's scope; None drops it.
    void setAccess(const QString &groupId, Access access);

private:
    const Group *findGroup(const QString &groupId) const;
    const Group *groupContaining(const QString &scope) const;
    static QString titleFor(const QString &groupId);

    QList<Group> m_groups;
    QSet<QString> m_selected;
};

} // namespace PortalKeys::OAuth
