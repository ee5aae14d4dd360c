#pragma once

#include "history/HistoryEntry.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace PortalKeys::History {

// The local change history: one JSON object per line (HistoryEntry::toJson) in
// <AppDataLocation>/history.jsonl. The app and every portalkeys-cli process append to it, each line under the
// lock file beside it (ListFile::takeLock), so lines of two processes never mix and none is lost. When the
// file reaches maxBytes it becomes history.1.jsonl (replacing the one before) and a new file starts. Reading
// takes no lock: a line that cannot be read (a damaged file, a half-written line) is skipped and reported,
// never fatal.
class HistoryLog {
    Q_DECLARE_TR_FUNCTIONS(HistoryLog)

public:
    static constexpr qint64 defaultMaxBytes = 1024 * 1024;

    struct Filter {
        QString portal; // empty: every portal; else the profile's name, ignoring case
        QDate since;    // invalid: from the start; else entries of that day (UTC) and later
        bool matches(const HistoryEntry &entry) const;
    };
    struct Read {
        QList<HistoryEntry> entries; // oldest first
        QStringList damaged;         // one sentence per line that was skipped
        QString error;               // the file exists but cannot be opened
    };

    // `path` empty: <AppDataLocation>/history.jsonl.
    explicit HistoryLog(QString path = {}, qint64 maxBytes = defaultMaxBytes);

    QString path() const { return m_path; }
    QString rotatedPath() const; // history.1.jsonl beside it

    // Appends `entry`; returns why it could not, or empty.
    QString append(const HistoryEntry &entry) const;
    Read read(const Filter &filter = {}) const;

    static QString defaultPath();

private:
    void readFile(const QString &path, const Filter &filter, Read &read) const;
    QString rotateIfFull() const;

    QString m_path;
    qint64 m_maxBytes;
};

} // namespace PortalKeys::History
