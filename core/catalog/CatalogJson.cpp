#include "catalog/CatalogJson.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace PortalKeys::Catalog {

void CatalogJson::error(const QString &where, const QString &message) const
{
    m_errors->append(where.isEmpty() ? message : where + QLatin1String(": ") + message);
}

void CatalogJson::onlyMembers(const QJsonObject &object, const QString &where,
                              std::initializer_list<const char *> allowed) const
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        bool known = false;
        for (const char *name : allowed)
            known = known || it.key() == QLatin1String(name);
        if (!known)
            error(where, tr("unknown member \"%1\"; check its spelling.").arg(it.key()));
    }
}

QString CatalogJson::string(const QJsonObject &object, const QString &where, const char *member,
                            bool required) const
{
    const QJsonValue value = object.value(QLatin1String(member));
    if (value.isUndefined() || value.isNull()) {
        if (required)
            error(where, tr("the member \"%1\" is missing.").arg(QLatin1String(member)));
        return {};
    }
    if (!value.isString()) {
        error(where, tr("\"%1\" must be a string.").arg(QLatin1String(member)));
        return {};
    }
    const QString text = value.toString();
    if (required && text.trimmed().isEmpty())
        error(where, tr("\"%1\" must not be empty.").arg(QLatin1String(member)));
    return text;
}

bool CatalogJson::boolean(const QJsonObject &object, const QString &where, const char *member) const
{
    const QJsonValue value = object.value(QLatin1String(member));
    if (value.isUndefined())
        return false;
    if (!value.isBool()) {
        error(where, tr("\"%1\" must be true or false.").arg(QLatin1String(member)));
        return false;
    }
    return value.toBool();
}

int CatalogJson::integer(const QJsonObject &object, const QString &where, const char *member) const
{
    const QJsonValue value = object.value(QLatin1String(member));
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number != static_cast<double>(static_cast<int>(number))) {
        error(where, tr("\"%1\" must be a whole number of 0 or more.").arg(QLatin1String(member)));
        return 0;
    }
    return static_cast<int>(number);
}

QStringList CatalogJson::strings(const QJsonObject &object, const QString &where, const char *member,
                                 bool required) const
{
    const QJsonValue value = object.value(QLatin1String(member));
    if (value.isUndefined()) {
        if (required)
            error(where, tr("the member \"%1\" is missing.").arg(QLatin1String(member)));
        return {};
    }
    if (!value.isArray()) {
        error(where, tr("\"%1\" must be a list of strings.").arg(QLatin1String(member)));
        return {};
    }
    QStringList result;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString() || item.toString().trimmed().isEmpty()) {
            error(where, tr("\"%1\" must hold only non-empty strings.").arg(QLatin1String(member)));
            continue;
        }
        result.append(item.toString());
    }
    if (required && result.isEmpty() && value.toArray().isEmpty())
        error(where, tr("\"%1\" must not be empty.").arg(QLatin1String(member)));
    return result;
}

QVersionNumber CatalogJson::version(const QJsonObject &object, const QString &where, const char *member) const
{
    const QString text = string(object, where, member, false);
    if (text.isEmpty())
        return {};
    static const QRegularExpression shape(QStringLiteral("^\\d+\\.\\d+(\\.\\d+)?$"));
    if (!shape.match(text).hasMatch()) {
        error(where, tr("\"%1\" must be a version such as 3.7 or 12.6.").arg(QLatin1String(member)));
        return {};
    }
    return QVersionNumber::fromString(text);
}

QString CatalogJson::place(const QString &parent, const QString &child)
{
    return parent.isEmpty() ? child : parent + QStringLiteral(" \u203a ") + child;
}

} // namespace PortalKeys::Catalog
