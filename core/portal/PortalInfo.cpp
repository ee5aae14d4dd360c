#include "portal/PortalInfo.h"

#include "common/JsonMember.h"

#include "portal/PortalCall.h"
#include "portal/PortalClient.h"

namespace PortalKeys::Portal {

QString PortalInfo::summary() const
{
    const QString product = docSpace ? tr("DocSpace") : tr("an ONLYOFFICE portal");
    const QString where = standalone ? tr("self-hosted") : tr("cloud");
    if (version.isEmpty())
        return tr("%1 (version not given), %2").arg(product, where);
    return tr("%1 %2, %3").arg(product, version, where);
}

QJsonObject PortalInfo::toJson() const
{
    return {{QStringLiteral("version"), version},
            {QStringLiteral("docSpace"), docSpace},
            {QStringLiteral("standalone"), standalone},
            {QStringLiteral("limitedAccessDevToolsForUsers"), limitedAccessDevToolsForUsers},
            {QStringLiteral("externalDbEnabled"), externalDbEnabled}};
}

PortalInfo PortalInfo::fromJson(const QJsonValue &response)
{
    const QJsonObject object = response.toObject();
    PortalInfo info;
    const QJsonValue version = jsonMember(object, QStringLiteral("version"));
    // A hostile or broken answer must not give us a megabyte of "version".
    if (version.isString()) {
        for (const QChar c : version.toString().trimmed().left(64)) {
            if (c.isPrint())
                info.version.append(c);
        }
    }
    info.docSpace = jsonMember(object, QStringLiteral("docSpace")).toBool();
    info.standalone = jsonMember(object, QStringLiteral("standalone")).toBool();
    info.limitedAccessDevToolsForUsers =
        jsonMember(object, QStringLiteral("limitedAccessDevToolsForUsers")).toBool();
    info.externalDbEnabled = jsonMember(object, QStringLiteral("externalDbEnabled")).toBool();
    return info;
}

PortalCall *PortalInfo::fetch(PortalClient *client, Done done)
{
    return client->send(
        PortalRequest::get(QStringLiteral("/api/2.0/settings")),
        [done = std::move(done)](const PortalError &error, const PortalResponse &response) {
            if (error.isError()) {
                done(error, {});
                return;
            }
            if (!response.value.isObject()) {
                done({PortalError::Kind::Malformed,
                      tr("The portal's settings are not an object. Is this a DocSpace portal?")},
                     {});
                return;
            }
            done({}, fromJson(response.value));
        });
}

} // namespace PortalKeys::Portal
