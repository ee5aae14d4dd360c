#include "portal/TestRecord.h"

#include "portal/ConnectionTest.h"
#include "portal/PortalError.h"
#include "portal/PortalProfile.h"

#include <limits>

namespace PortalKeys::Portal {

namespace {

int count(qint64 value)
{
    return int(qMin<qint64>(value, std::numeric_limits<int>::max()));
}

} // namespace

TestRecord TestRecord::of(const PortalError &error, const ConnectionReport &report, const QDateTime &at)
{
    TestRecord record;
    record.at = at.toUTC();
    record.ok = !error.isError();
    record.admin = record.ok && (report.isAdmin || report.isOwner);
    // A record is one line in a list; the full message is for the test that can be run again.
    record.detail = record.ok ? tr("%1 (%2)").arg(report.displayName, report.role())
                              : error.message().section(QLatin1Char('\n'), 0, 0).trimmed();
    return record;
}

QString TestRecord::age(const QDateTime &now) const
{
    const qint64 seconds = qMax<qint64>(0, at.secsTo(now));
    // One message per unit: portalkeys_core_en gives English its "1 minute"/"2 minutes", every other language
    // its own plural forms.
    if (seconds < 60)
        return tr("Tested just now");
    if (seconds < 60 * 60)
        return tr("Tested %n minute(s) ago", nullptr, count(seconds / 60));
    // Hours up to two days ("30 hours" says more than "1 day"), so there are always at least 2 days after.
    if (seconds < 48 * 60 * 60)
        return tr("Tested %n hour(s) ago", nullptr, count(seconds / 3600));
    return tr("Tested %n day(s) ago", nullptr, count(seconds / 86400));
}

QString TestRecord::summary(const QDateTime &now) const
{
    if (!isValid())
        return {};
    if (!ok)
        return tr("%1: failed").arg(age(now));
    return admin ? tr("%1: OK").arg(age(now)) : tr("%1: OK, not a portal admin").arg(age(now));
}

QJsonObject TestRecord::toJson() const
{
    return {{QStringLiteral("at"), at.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("ok"), ok},
            {QStringLiteral("admin"), admin},
            {QStringLiteral("detail"), detail}};
}

std::optional<TestRecord> TestRecord::fromJson(const QJsonObject &json)
{
    TestRecord record;
    record.at = QDateTime::fromString(json.value(QLatin1String("at")).toString(), Qt::ISODate).toUTC();
    if (!record.at.isValid() || !json.value(QLatin1String("ok")).isBool())
        return std::nullopt;
    record.ok = json.value(QLatin1String("ok")).toBool();
    record.admin = record.ok && json.value(QLatin1String("admin")).toBool();
    record.detail = json.value(QLatin1String("detail")).toString().left(500);
    return record;
}

std::function<QString(QList<PortalProfile> &)>
TestRecord::keep(const QString &profileId, const QUrl &testedUrl, const TestRecord &record)
{
    return [profileId, testedUrl, record](QList<PortalProfile> &profiles) {
        for (PortalProfile &profile : profiles) {
            if (profile.id != profileId)
                continue;
            // Edited meanwhile (on the command line, in another window): the test says nothing about the
            // new address.
            if (profile.baseUrl != testedUrl)
                return tr("The portal's address changed during the test.");
            profile.lastTest = record;
            return QString();
        }
        return tr("The portal was removed during the test.");
    };
}

} // namespace PortalKeys::Portal
