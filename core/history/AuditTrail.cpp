#include "history/AuditTrail.h"

#include "portal/PortalCall.h"
#include "portal/PortalClient.h"

#include <QHash>
#include <QJsonArray>
#include <QPointer>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace PortalKeys::History {

using Portal::PortalError;
using Portal::PortalRequest;
using Portal::PortalResponse;

namespace {

struct ActionInfo {
    HistoryEntry::Area area;
    const char *action;
};

const QHash<int, ActionInfo> &actions()
{
    static const QHash<int, ActionInfo> table{
        {5038, {HistoryEntry::Area::Keys, "saved"}},                   // AuthorizationKeysSetting
        {6058, {HistoryEntry::Area::ApiKey, "created"}},               // ApiKeyCreated
        {6059, {HistoryEntry::Area::ApiKey, "updated"}},               // ApiKeyUpdated
        {6060, {HistoryEntry::Area::ApiKey, "deleted"}},               // ApiKeyDeleted
        {9901, {HistoryEntry::Area::OAuthApp, "created"}},             // CreateClient
        {9902, {HistoryEntry::Area::OAuthApp, "updated"}},             // UpdateClient
        {9903, {HistoryEntry::Area::OAuthApp, "secret regenerated"}},  // RegenerateSecret
        {9904, {HistoryEntry::Area::OAuthApp, "deleted"}},             // DeleteClient
        {9905, {HistoryEntry::Area::OAuthApp, "enabled or disabled"}}, // ChangeClientActivation
    };
    return table;
}

// The first page is small on purpose: a portal that answers with more events than asked for ignores the
// filter, which is what a plan without the audit trail does (it sends its latest 20 events).
constexpr int probeCount = 10;
constexpr int pageCount = 100;

struct Reading {
    QPointer<Portal::PortalClient> client;
    QString portalName;
    QDate since;
    int startIndex = 0;
    QSet<int> seenIds;
    AuditTrail::Result result;
    AuditTrail::Done done;
};

QString pagePath(const Reading &reading, int count)
{
    QUrlQuery query;
    if (reading.since.isValid())
        query.addQueryItem(QStringLiteral("from"),
                           reading.since.toString(Qt::ISODate) + QStringLiteral("T00:00:00Z"));
    query.addQueryItem(QStringLiteral("count"), QString::number(count));
    query.addQueryItem(QStringLiteral("startIndex"), QString::number(reading.startIndex));
    return QStringLiteral("/api/2.0/security/audit/events/filter?") + query.toString(QUrl::FullyEncoded);
}

void finish(const std::shared_ptr<Reading> &reading)
{
    std::sort(reading->result.entries.begin(), reading->result.entries.end(),
              [](const HistoryEntry &a, const HistoryEntry &b) { return a.time < b.time; });
    reading->done({}, reading->result);
}

void readPage(const std::shared_ptr<Reading> &reading);

// Keeps the page's events of the kinds PortalKeys makes; returns whether the portal ignored the filter.
bool takePage(Reading &reading, const QJsonArray &events, int asked)
{
    bool ignoredFilter = events.size() > asked;
    const QString host = reading.client ? reading.client->baseUrl().host() : QString();
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        const int id = event.value(QLatin1String("id")).toInt();
        if (reading.seenIds.contains(id)) {
            ignoredFilter = true; // the same events again: the portal ignored startIndex
            continue;
        }
        reading.seenIds.insert(id);
        const auto entry = AuditTrail::entryFromEvent(event, reading.portalName, host);
        if (!entry)
            continue;
        if (reading.since.isValid() && entry->time.date() < reading.since) {
            ignoredFilter = true;
            continue;
        }
        reading.result.entries.append(*entry);
    }
    return ignoredFilter;
}

void readPage(const std::shared_ptr<Reading> &reading)
{
    if (!reading->client)
        return reading->done(
            {PortalError::Kind::Cancelled, AuditTrail::tr("The portal connection was closed.")}, {});
    const int asked = reading->startIndex == 0 ? probeCount : pageCount;
    reading->client->send(
        PortalRequest::get(pagePath(*reading, asked)),
        [reading, asked](const PortalError &error, const PortalResponse &response) {
            if (error.isError())
                return reading->done(AuditTrail::explained(error), {});
            if (!response.value.isArray())
                return reading->done(
                    {PortalError::Kind::Malformed, AuditTrail::tr("The portal's audit trail is not a list.")},
                    {});
            const QJsonArray events = response.value.toArray();
            if (takePage(*reading, events, asked)) {
                reading->result.notice = AuditTrail::tr("The portal shows only its latest audit events: its "
                                                        "plan does not include the full audit trail.");
                return finish(reading);
            }
            reading->startIndex += int(events.size());
            if (events.size() < asked)
                return finish(reading);
            if (reading->startIndex >= AuditTrail::maxEvents) {
                reading->result.notice =
                    AuditTrail::tr("Only the latest %1 audit events were read.").arg(AuditTrail::maxEvents);
                return finish(reading);
            }
            readPage(reading);
        });
}

} // namespace

QList<int> AuditTrail::actionIds()
{
    QList<int> ids = actions().keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

void AuditTrail::read(Portal::PortalClient *client, const QString &portalName, const QDate &since, Done done)
{
    auto reading = std::make_shared<Reading>();
    reading->client = client;
    reading->portalName = portalName;
    reading->since = since;
    reading->done = std::move(done);
    readPage(reading);
}

std::optional<HistoryEntry> AuditTrail::entryFromEvent(const QJsonObject &event, const QString &portalName,
                                                       const QString &host)
{
    const int actionId = event.value(QLatin1String("actionId")).toInt();
    const auto info = actions().constFind(actionId);
    if (info == actions().constEnd())
        return std::nullopt;
    HistoryEntry entry;
    entry.origin = HistoryEntry::Origin::Portal;
    entry.portalActionId = actionId;
    entry.time =
        QDateTime::fromString(event.value(QLatin1String("date")).toString(), Qt::ISODateWithMs).toUTC();
    if (!entry.time.isValid())
        return std::nullopt;
    entry.portal = portalName;
    entry.host = host;
    entry.user = event.value(QLatin1String("user")).toString();
    entry.area = info->area;
    entry.action = QString::fromLatin1(info->action);
    // The portal's own words ("Client … deleted"); its targets are IDs.
    entry.subject = event.value(QLatin1String("action")).toString();
    return entry;
}

PortalError AuditTrail::explained(const PortalError &error)
{
    PortalError shown = error;
    if (error.httpStatus() == 402)
        shown.setMessage(
            tr("The portal's plan does not include the audit trail (402), so only the local history "
               "is shown."));
    else if (error.httpStatus() == 403)
        shown.setMessage(
            tr("The portal lets only its owner and admins read the audit trail (403): this portal's "
               "credentials belong to another user or an API key without read permission, so only "
               "the local history is shown."));
    return shown;
}

} // namespace PortalKeys::History
