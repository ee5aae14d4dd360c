#include "portal/PortalListModel.h"

#include "common/AtomicFile.h"
#include "common/ListFileWatcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace PortalKeys;
using namespace PortalKeys::Portal;

class TestPortalListModel : public QObject {
    Q_OBJECT

private:
    static PortalProfile portal(const QString &name, CredentialKind kind = CredentialKind::ApiKey)
    {
        const QString host = QString(name).replace(QLatin1Char(' '), QLatin1Char('-'));
        PortalProfile profile =
            PortalProfile::create(name, QUrl(QStringLiteral("https://%1.example.com").arg(host)), kind);
        if (kind == CredentialKind::Basic)
            profile.user = QStringLiteral("ada@example.com");
        if (kind == CredentialKind::OAuth2)
            profile.clientId = QStringLiteral("11111111-2222-3333-4444-555555555555");
        return profile;
    }

    static ProfileStore::Change append(const PortalProfile &profile)
    {
        return [profile](QList<PortalProfile> &profiles) {
            profiles.append(profile);
            return QString();
        };
    }

    // What another process (portalkeys-cli) leaves: bytes this process did not write through ListFile.
    static QString writeAsAnotherProcess(const QString &path, const QList<PortalProfile> &profiles)
    {
        QJsonArray entries;
        for (const PortalProfile &profile : profiles)
            entries.append(profile.toJson());
        const QJsonObject file{{QStringLiteral("format"), ProfileStore::formatVersion},
                               {QStringLiteral("portals"), entries}};
        return AtomicFile::write(path, QJsonDocument(file).toJson(), true, path);
    }

private slots:
    void listsTheProfilesWithTheirRoles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("portals.json"));
        const PortalProfile production = portal(QStringLiteral("production"), CredentialKind::Basic);
        const PortalProfile staging = portal(QStringLiteral("staging"), CredentialKind::OAuth2);
        QVERIFY(ProfileStore(path).update(append(production)).ok());
        QVERIFY(ProfileStore(path).update(append(staging)).ok());

        const PortalListModel model(path);
        QCOMPARE(model.loadError(), QString());
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(Qt::DisplayRole).toString(), QStringLiteral("production"));
        QCOMPARE(first.data(PortalListModel::IdRole).toString(), production.id);
        QCOMPARE(first.data(PortalListModel::UrlRole).toUrl(), production.baseUrl);
        QCOMPARE(first.data(PortalListModel::HostRole).toString(), QStringLiteral("production.example.com"));
        QCOMPARE(first.data(PortalListModel::KindRole).toInt(), int(CredentialKind::Basic));
        QCOMPARE(first.data(PortalListModel::KindTitleRole).toString(),
                 credentialKindTitle(CredentialKind::Basic));
        QCOMPARE(first.data(PortalListModel::UserRole).toString(), QStringLiteral("ada@example.com"));
        QCOMPARE(model.indexOf(staging.id).row(), 1);
        QCOMPARE(model.idAt(model.index(1)), staging.id);
        QVERIFY(!model.indexOf(QStringLiteral("gone")).isValid());
        // Names are found as the user types them: any case, spaces around.
        QCOMPARE(model.findByName(QStringLiteral(" STAGING ")), model.profile(staging.id));
        QVERIFY(!model.findByName(QStringLiteral("test")));
    }

    void followsAWriteOfAnotherProcessAndSignalsIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config/portals.json"));
        PortalListModel model(path);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy changed(&model, &PortalListModel::profilesChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        const PortalProfile added = portal(QStringLiteral("from the command line"));
        QCOMPARE(writeAsAnotherProcess(path, {added}), QString());
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 5000);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.profiles().constFirst().name, added.name);

        // A list another process damaged is reported, shown as empty, and taken up again once repaired.
        QCOMPARE(AtomicFile::write(path, "{\"format\": 1, \"portals\": [", true, path), QString());
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 5000);
        QVERIFY(!model.loadError().isEmpty());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(writeAsAnotherProcess(path, {added}), QString());
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 3, 5000);
        QCOMPARE(model.loadError(), QString());
        QCOMPARE(model.rowCount(), 1);
    }

    void takesUpAWriteOfAnotherStoreInThisProcessOnReload()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("portals.json"));
        PortalListModel model(path);
        QSignalSpy changed(&model, &PortalListModel::profilesChanged);

        // Another ProfileStore of this process, e.g. a dialog adding a portal: the watcher leaves this
        // process's own writes alone, so whoever wrote asks the model to look again.
        const PortalProfile added = portal(QStringLiteral("added"));
        QVERIFY(ProfileStore(path).update(append(added)).ok());
        QTest::qWait(ListFileWatcher::settleMs * 4);
        QCOMPARE(changed.size(), 0);
        model.reload();
        QCOMPARE(changed.size(), 1);
        QVERIFY(model.profile(added.id));
        // Reading the same list again is no change.
        model.reload();
        QCOMPARE(changed.size(), 1);
    }

    void updateWritesUnderTheLockAndSignals()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("portals.json"));
        PortalListModel model(path);
        QSignalSpy changed(&model, &PortalListModel::profilesChanged);
        const PortalProfile first = portal(QStringLiteral("first"));
        QVERIFY(model.update(append(first)).ok());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(ProfileStore(path).load().profiles.size(), 1);

        // Written behind the model's back: update() works on the file as it is now, not on the rows shown.
        const PortalProfile second = portal(QStringLiteral("second"));
        QVERIFY(ProfileStore(path).update(append(second)).ok());
        const PortalProfile third = portal(QStringLiteral("third"));
        QVERIFY(model.update(append(third)).ok());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(changed.size(), 2);

        // A refused change writes nothing and signals nothing.
        const ProfileStore::LoadResult refused =
            model.update([](QList<PortalProfile> &) { return QStringLiteral("no"); });
        QCOMPARE(refused.error, QStringLiteral("no"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(changed.size(), 2);
        // Nor does the watcher report the model's own writes a second time.
        QTest::qWait(ListFileWatcher::settleMs * 4);
        QCOMPARE(changed.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPortalListModel)
#include "tst_portallistmodel.moc"
