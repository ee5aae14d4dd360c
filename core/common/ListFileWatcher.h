#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QFileSystemWatcher;
class QTimer;

namespace PortalKeys {

// Tells a running app that another process (portalkeys-cli, a second app) gave a list file (ListFile) new
// content. Pages connect changed() to reload what they show, so that a portal added on the command line
// appears without a restart. Changes this process made itself are not reported: they are shown already.
//
// The folder is watched as well as the file, because a list is replaced by a rename (a new file under the
// old name), which a watch on the file alone does not survive. Bursts of events are gathered for a moment,
// and changed() is emitted only when the bytes differ from what was seen before.
class ListFileWatcher : public QObject {
    Q_OBJECT

public:
    explicit ListFileWatcher(const QString &path, QObject *parent = nullptr);

    QString path() const { return m_path; }
    // How long events are gathered before the file is compared.
    static constexpr int settleMs = 150;

signals:
    void changed();

private:
    void watch();
    void compare();
    QByteArray fingerprint() const;

    QString m_path;
    QFileSystemWatcher *m_watcher;
    QTimer *m_settle;
    QByteArray m_seen;
};

} // namespace PortalKeys
