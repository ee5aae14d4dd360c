#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace PortalKeys {

// The keychain journal: the names (never the values) of keychain entries PortalKeys is about to write, or is
// about to leave without an owner, kept in a small JSON file in the app's data folder.
//
// A portal or a draft is saved in two places, its secrets in the keychain and its entry in a list file, and
// a process can be killed between the two. A secret whose entry never got written would stay in the
// keychain for good, since QtKeychain cannot list what a keychain holds. So the name of every entry is
// written here *before* the keychain is touched (write-ahead), together with the process that writes it;
// the next start of the app or of portalkeys-cli (KeychainRepair) looks at the names left by processes that
// have ended and removes those secrets that no list entry owns.
class SecretJournal {
    Q_DECLARE_TR_FUNCTIONS(SecretJournal)

public:
    static constexpr int formatVersion = 1;
    // No save takes this long: a record this old is looked at even if its process id is in use again.
    static constexpr qint64 maxAgeSeconds = 24 * 60 * 60;

    struct Record {
        QString key;
        qint64 pid = 0;
        QString host;    // QSysInfo::machineHostName() of the writer
        QByteArray boot; // QSysInfo::bootUniqueId() of the writer; another boot means it has ended
        QDateTime time;  // UTC

        // True when the process that wrote the record has certainly ended (or the record is too old to
        // belong to a save still running). A process on another computer sharing the folder counts as
        // running until the record is too old.
        bool writerEnded() const;
        QJsonObject toJson() const;
        static std::optional<Record> fromJson(const QJsonObject &json);
        bool operator==(const Record &other) const;
    };
    struct Read {
        QList<Record> records;
        QString error;
        bool ok() const { return error.isEmpty(); }
    };

    // `path` empty: <AppDataLocation>/keychain-journal.json.
    explicit SecretJournal(QString path = {});
    static QString defaultPath();
    QString path() const { return m_path; }

    // Keys whose owners PortalKeys lists (portal/<id>/… and draft/<id>/…). Other keys are not journaled.
    static bool covers(const QString &key);

    // Notes that this process is about to write (or orphan) `keys`; those not covered are skipped.
    // Returns an error sentence, or empty.
    QString record(const QStringList &keys) const;
    Read read() const;
    // Drops these records (matched exactly); records added meanwhile stay.
    QString forget(const QList<Record> &records) const;

private:
    QString m_path;
};

} // namespace PortalKeys
