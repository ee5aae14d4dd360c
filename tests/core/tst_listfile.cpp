// The list files shared by the app and every portalkeys-cli: locked read-modify-write, atomic writes, and
// the watcher that tells a running app about changes made by another process.
#include "common/AtomicFile.h"
#include "common/ListFile.h"
#include "common/ListFileWatcher.h"
#include "portal/ProfileStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace PortalKeys;

namespace {

ListFile list(const QString &path)
{
    return ListFile(path, QStringLiteral("items"), 1, QStringLiteral("The test list"));
}

ListFile::Change append(const QString &value)
{
    return [value](QJsonArray &entries) {
        entries.append(value);
        return QString();
    };
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestListFile : public QObject {
    Q_OBJECT

private slots:
    void updateReadsTheFileAgainUnderTheLock();
    void refusedChangeWritesNothing();
    void damagedFileIsNeverOverwritten();
    void manyThreadsAtOnceLoseNothing();
    void updateWaitsForTheLockHolder();
    void lockHeldTooLongGivesAClearError();
    void lockOfAnEndedProcessIsTakenOver();
    void emptyLockOfAKilledProcessIsTakenOver();
    void atomicWriteKeepsTheOldFileWhenItCannotWrite();
    void watcherReportsChangesOfOthersOnly();
};

void TestListFile::updateReadsTheFileAgainUnderTheLock()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/list.json"));
    // Two holders of the same list, as the app and the CLI are: neither overwrites the other's entry.
    const ListFile app = list(path);
    const ListFile cli = list(path);
    QVERIFY(app.update(append(QStringLiteral("from the app"))).ok());
    const ListFile::Read written = cli.update(append(QStringLiteral("from the CLI")));
    QVERIFY2(written.ok(), qPrintable(written.error));
    QCOMPARE(written.entries, (QJsonArray{QStringLiteral("from the app"), QStringLiteral("from the CLI")}));
    QCOMPARE(app.read().entries, written.entries);
    QVERIFY(!QFile::exists(app.lockPath())); // let go after the change
    QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
}

void TestListFile::refusedChangeWritesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.json"));
    QVERIFY(list(path).update(append(QStringLiteral("one"))).ok());
    const QByteArray before = bytesOf(path);
    const ListFile::Read refused = list(path).update([](QJsonArray &entries) {
        entries.append(QStringLiteral("two"));
        return QStringLiteral("A portal named “two” exists already.");
    });
    QCOMPARE(refused.error, QStringLiteral("A portal named “two” exists already."));
    QCOMPARE(bytesOf(path), before);
}

void TestListFile::damagedFileIsNeverOverwritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": 1, \"items\": [\"half");
    file.close();
    bool called = false;
    const ListFile::Read result = list(path).update([&called](QJsonArray &) {
        called = true;
        return QString();
    });
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("damaged")), qPrintable(result.error));
    QVERIFY(!called);
    QCOMPARE(bytesOf(path), QByteArray("{\"format\": 1, \"items\": [\"half"));
}

void TestListFile::manyThreadsAtOnceLoseNothing()
{
    // QLockFile excludes threads as it excludes processes; the CLI test does the same with processes.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.json"));
    QList<QThread *> threads;
    for (int i = 0; i < 20; ++i) {
        threads.append(QThread::create([path, i] {
            for (int j = 0; j < 5; ++j)
                list(path).update(append(QStringLiteral("%1-%2").arg(i).arg(j)));
        }));
    }
    for (QThread *thread : std::as_const(threads))
        thread->start();
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(60000));
        delete thread;
    }
    QCOMPARE(list(path).read().entries.size(), 100);
}

void TestListFile::updateWaitsForTheLockHolder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.json"));
    const ListFile file = list(path);
    QLockFile other(file.lockPath());
    QVERIFY(other.tryLock(0));
    QThread *release = QThread::create([&other] {
        QThread::msleep(300);
        other.unlock();
    });
    release->start();
    QElapsedTimer timer;
    timer.start();
    const ListFile::Read result = file.update(append(QStringLiteral("after the other")));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(timer.elapsed() >= 250);
    QVERIFY(release->wait());
    delete release;
}

void TestListFile::lockHeldTooLongGivesAClearError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.json"));
    QVERIFY(list(path).update(append(QStringLiteral("kept"))).ok());
    const QByteArray before = bytesOf(path);
    QLockFile other(list(path).lockPath());
    QVERIFY(other.tryLock(0));
    QElapsedTimer timer;
    timer.start();
    const ListFile::Read result = list(path).update(append(QStringLiteral("never")));
    QVERIFY(!result.ok());
    QVERIFY(timer.elapsed() >= ListFile::lockTimeoutMs - 100);
    QVERIFY2(result.error.contains(QStringLiteral("The test list was not changed")),
             qPrintable(result.error));
    QVERIFY2(result.error.contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(result.error));
    QCOMPARE(bytesOf(path), before);
}

void TestListFile::lockOfAnEndedProcessIsTakenOver()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.json"));
    // The lock a killed process leaves: its id, name and host, as QLockFile writes them.
    QProcess ended;
    ended.start(QStringLiteral("true"), QStringList());
    QVERIFY(ended.waitForStarted());
    const qint64 pid = ended.processId();
    QVERIFY(ended.waitForFinished());
    QFile lock(list(path).lockPath());
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(pid) + "\nportalkeys-cli\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    lock.close();
    QElapsedTimer timer;
    timer.start();
    const ListFile::Read result = list(path).update(append(QStringLiteral("after a kill")));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(timer.elapsed() < 2000);
}

void TestListFile::emptyLockOfAKilledProcessIsTakenOver()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.json"));
    // Killed after QLockFile created the file and before it wrote its owner into it, and another one killed
    // while it was removing that stale lock (QLockFile's ".rmlock").
    const QString lockPath = list(path).lockPath();
    for (const QString &leftover : QStringList{lockPath, lockPath + QStringLiteral(".rmlock")}) {
        QFile lock(leftover);
        QVERIFY(lock.open(QIODevice::WriteOnly));
        QVERIFY(
            lock.setFileTime(QDateTime::currentDateTime().addSecs(-5), QFileDevice::FileModificationTime));
    }
    QElapsedTimer timer;
    timer.start();
    const ListFile::Read result = list(path).update(append(QStringLiteral("after a kill")));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(timer.elapsed() < 2000);
}

void TestListFile::atomicWriteKeepsTheOldFileWhenItCannotWrite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bundle.pkbundle"));
    QCOMPARE(AtomicFile::write(path, "old content", true, QStringLiteral("The bundle")), QString());
    // No room for the temporary file beside it: the write fails and the old file stays whole.
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    if (QFileInfo(dir.path()).isWritable())
        QSKIP("Running as root: a read-only folder is still writable.");
    const QString error = AtomicFile::write(path, "new content", true, QStringLiteral("The bundle"));
    QFile::setPermissions(dir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY2(error.startsWith(QStringLiteral("The bundle cannot be written")), qPrintable(error));
    QCOMPARE(bytesOf(path), QByteArray("old content"));
}

void TestListFile::watcherReportsChangesOfOthersOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config/portals.json"));
    ListFileWatcher watcher(path);
    QSignalSpy changed(&watcher, &ListFileWatcher::changed);

    // Another process writes the file (here: bytes this process did not write through ListFile).
    QCOMPARE(AtomicFile::write(path, "{\"format\": 1, \"items\": [\"cli\"]}", true, path), QString());
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 5000);
    // And again: the watch survives the rename that replaced the file.
    QCOMPARE(AtomicFile::write(path, "{\"format\": 1, \"items\": [\"cli\", \"cli 2\"]}", true, path),
             QString());
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 5000);

    // This process's own change is shown already by whoever made it.
    QVERIFY(list(path).update(append(QStringLiteral("app"))).ok());
    QTest::qWait(ListFileWatcher::settleMs * 4);
    QCOMPARE(changed.size(), 2);
    // Another file in the same folder is no change of the list.
    QCOMPARE(AtomicFile::write(dir.filePath(QStringLiteral("config/PortalKeys.conf")), "[General]", true,
                               QStringLiteral("settings")),
             QString());
    QTest::qWait(ListFileWatcher::settleMs * 4);
    QCOMPARE(changed.size(), 2);
}

QTEST_GUILESS_MAIN(TestListFile)
#include "tst_listfile.moc"
