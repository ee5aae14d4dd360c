#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace PortalKeys::Portal {

class PortalError;
struct ConnectionReport;
struct PortalProfile;

// How the last connection test of a portal went, kept with its profile in the portal list (portals.json), so
// that the list says "Tested 2 hours ago: OK" after a restart instead of "Not tested". It holds when, whether
// the portal answered and who signed in (or the first line of the error), never a secret.
struct TestRecord {
    Q_DECLARE_TR_FUNCTIONS(TestRecord)

public:
    QDateTime at;       // UTC; invalid: never tested
    bool ok = false;    // signed in
    bool admin = false; // as a portal admin or owner (what the Third-party page needs)
    QString detail;     // "Ada Admin (portal owner)", or the error's first line

    bool isValid() const { return at.isValid(); }
    // The record of a test that ended at `at` with `error` (none: `report` says who signed in).
    static TestRecord of(const PortalError &error, const ConnectionReport &report,
                         const QDateTime &at = QDateTime::currentDateTimeUtc());

    // "Tested 2 hours ago: OK", "Tested just now: OK, not a portal admin", "Tested 3 days ago: failed".
    QString summary(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // "Tested 2 hours ago", "Tested just now": the first part of summary().
    QString age(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    QJsonObject toJson() const;
    // Nothing for a missing or unreadable record: a damaged record only loses what it said.
    static std::optional<TestRecord> fromJson(const QJsonObject &json);

    // The change (for ProfileStore::update, under the list's lock) that keeps `record` with the profile
    // `profileId`; refused, writing nothing, when that portal is gone or its address changed since the test.
    static std::function<QString(QList<PortalProfile> &)>
    keep(const QString &profileId, const QUrl &testedUrl, const TestRecord &record);
};

} // namespace PortalKeys::Portal
