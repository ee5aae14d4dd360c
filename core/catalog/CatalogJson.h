#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QVersionNumber>

#include <initializer_list>

namespace PortalKeys::Catalog {

// Reads members of the catalog file and collects every problem instead of stopping at the first one, so
// that whoever edits the file sees all mistakes in one go. `where` names the place in the file, e.g.
// "docspace › appleID › appleIdPrivateKey".
class CatalogJson {
    Q_DECLARE_TR_FUNCTIONS(CatalogJson)

public:
    explicit CatalogJson(QStringList *errors)
        : m_errors(errors)
    {}

    void error(const QString &where, const QString &message) const;

    // Members that are not in `allowed` are reported: a misspelt optional member would otherwise be
    // silently ignored.
    void onlyMembers(const QJsonObject &object, const QString &where,
                     std::initializer_list<const char *> allowed) const;

    QString string(const QJsonObject &object, const QString &where, const char *member, bool required) const;
    bool boolean(const QJsonObject &object, const QString &where, const char *member) const;
    int integer(const QJsonObject &object, const QString &where, const char *member) const;
    QStringList strings(const QJsonObject &object, const QString &where, const char *member,
                        bool required) const;
    // Empty when the member is absent; reported when present but not "major.minor[.patch]".
    QVersionNumber version(const QJsonObject &object, const QString &where, const char *member) const;

    static QString place(const QString &parent, const QString &child);

private:
    QStringList *m_errors;
};

} // namespace PortalKeys::Catalog
