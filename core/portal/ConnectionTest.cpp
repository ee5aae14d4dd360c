#include "portal/ConnectionTest.h"

#include "catalog/ServiceCatalog.h"

#include "portal/PortalCall.h"
#include "portal/PortalClient.h"

namespace PortalKeys::Portal {

QString ConnectionReport::role() const
{
    if (isOwner)
        return tr("portal owner");
    if (isAdmin)
        return tr("portal admin");
    return tr("not a portal admin");
}

QString ConnectionReport::summary() const
{
    const QString who = email.isEmpty() ? displayName : tr("%1 (%2)").arg(displayName, email);
    const QString what = isOwner || isAdmin ? role() : tr("%1: authorization keys need an admin").arg(role());
    return tr("Signed in as %1, %2; the portal answered in %3 ms.").arg(who, what).arg(roundTripMs);
}

QString ConnectionReport::portalSummary() const
{
    if (!portalInfoProblem.isEmpty())
        return tr("Product and version unknown: %1").arg(portalInfoProblem);
    return portal.summary();
}

QString ConnectionReport::versionNotice() const
{
    if (!portalInfoProblem.isEmpty())
        return {};
    return Catalog::ServiceCatalog::builtIn().versionNotice(
        Catalog::Product::DocSpace, Catalog::ServiceCatalog::parsePortalVersion(portal.version));
}

QJsonObject ConnectionReport::toJson() const
{
    QJsonObject json{{QStringLiteral("displayName"), displayName},
                     {QStringLiteral("email"), email},
                     {QStringLiteral("isAdmin"), isAdmin},
                     {QStringLiteral("isOwner"), isOwner},
                     {QStringLiteral("roundTripMs"), roundTripMs}};
    if (portalInfoProblem.isEmpty())
        json.insert(QStringLiteral("server"), portal.toJson());
    else
        json.insert(QStringLiteral("serverProblem"), portalInfoProblem);
    return json;
}

ConnectionTest::ConnectionTest(PortalClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void ConnectionTest::start(Done done)
{
    m_done = std::move(done);
    if (!m_client) {
        finish(PortalError::cancelled(), {});
        return;
    }
    m_call = m_client->send(
        PortalRequest::get(QStringLiteral("/api/2.0/authentication")),
        [this](const PortalError &error, const PortalResponse &response) {
            // Anyone may ask this, so only an API key can be refused here: the portal's
            // ApiKeyScopesFilter answers a bare 403 for a wrong, expired or switched-off
            // key as for one without a read scope, never 401.
            if (error.httpStatus() == 403) {
                PortalError refused{
                    PortalError::Kind::Unauthorized,
                    tr("The portal did not accept the credentials: the API key is wrong, expired "
                       "or switched off, or lacks the permission to read (“*:read” or “*”).")};
                refused.setHttpStatus(403);
                finish(refused, {});
                return;
            }
            if (error.isError()) {
                finish(error, {});
                return;
            }
            if (!response.value.isBool()) {
                finish({PortalError::Kind::Malformed,
                        tr("The portal's answer to “am I signed in?” is not true or false. "
                           "Is this a DocSpace portal?")},
                       {});
                return;
            }
            if (!response.value.toBool()) {
                finish({PortalError::Kind::Unauthorized,
                        tr("The portal answered, but did not accept the credentials: "
                           "they are wrong, expired or revoked.")},
                       {});
                return;
            }
            ConnectionReport report;
            report.roundTripMs = response.elapsedMs;
            fetchSelf(report);
        });
}

void ConnectionTest::fetchSelf(ConnectionReport report)
{
    m_call = m_client->send(PortalRequest::get(QStringLiteral("/api/2.0/people/@self")),
                            [this, report](const PortalError &error, const PortalResponse &response) mutable {
                                if (error.isError()) {
                                    finish(error, {});
                                    return;
                                }
                                const QJsonObject self = response.value.toObject();
                                report.displayName = self.value(QLatin1String("displayName")).toString();
                                report.email = self.value(QLatin1String("email")).toString();
                                report.isAdmin = self.value(QLatin1String("isAdmin")).toBool();
                                report.isOwner = self.value(QLatin1String("isOwner")).toBool();
                                if (report.isOwner)
                                    report.isAdmin = true;
                                fetchPortalInfo(report);
                            });
}

void ConnectionTest::fetchPortalInfo(ConnectionReport report)
{
    m_call =
        PortalInfo::fetch(m_client, [this, report](const PortalError &error, const PortalInfo &info) mutable {
            if (error.kind() == PortalError::Kind::Cancelled) {
                finish(error, {});
                return;
            }
            // The credentials work; an old or unusual portal without readable settings is still usable.
            if (error.isError())
                report.portalInfoProblem = error.message();
            else
                report.portal = info;
            finish({}, report);
        });
}

void ConnectionTest::cancel()
{
    if (m_call)
        m_call->cancel();
}

void ConnectionTest::finish(const PortalError &error, const ConnectionReport &report)
{
    Done done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(error, report);
}

} // namespace PortalKeys::Portal
