// The OAuth app drafts folder: a draft is exactly the create body, no secret reaches a draft file, an import
// keeps only the create fields and names what the file held besides, ids cannot leave the folder, and export
// file names are safe on every file system.
#include "oauth/AppDraftFolder.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace PortalKeys::OAuth;

namespace {

OAuthApp sampleApp(const QString &name)
{
    OAuthApp app;
    app.name = name;
    app.websiteUrl = QStringLiteral("https://app.example.com");
    app.redirectUris = {QStringLiteral("https://app.example.com/callback")};
    app.allowedOrigins = {QStringLiteral("https://app.example.com")};
    app.scopes = {QStringLiteral("files:read")};
    return app;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestAppDraftFolder : public QObject {
    Q_OBJECT

private slots:
    void saveLoadRemove()
    {
        QTemporaryDir dir;
        AppDraftFolder folder(dir.filePath(QStringLiteral("drafts")));
        QString first;
        QVERIFY(folder.save(first, sampleApp(QStringLiteral("Zeta"))).isEmpty());
        QString second;
        QVERIFY(folder.save(second, sampleApp(QStringLiteral("Alpha"))).isEmpty());
        QVERIFY(first != second && !first.isEmpty());
        const QByteArray file = readAll(QDir(folder.path()).filePath(first + QStringLiteral(".json")));
        QCOMPARE(QJsonDocument::fromJson(file).object(), sampleApp(QStringLiteral("Zeta")).toCreateJson());

        const AppDraftFolder::LoadResult loaded = folder.load();
        QVERIFY(loaded.errors.isEmpty());
        QCOMPARE(loaded.drafts.size(), 2);
        QCOMPARE(loaded.drafts.at(0).app.name, QStringLiteral("Alpha")); // by name
        QCOMPARE(loaded.drafts.at(1).id, first);

        QVERIFY(folder.remove(first).isEmpty());
        QCOMPARE(folder.load().drafts.size(), 1);
        // An id that is not one of the folder's own names is refused: it could point outside.
        QVERIFY(!folder.remove(QStringLiteral("../portals")).isEmpty());
        QString outside = QStringLiteral("../outside");
        QVERIFY(!folder.save(outside, sampleApp(QStringLiteral("x"))).isEmpty());
    }

    void importKeepsTheCreateFieldsAndNamesTheRest()
    {
        QTemporaryDir dir;
        AppDraftFolder folder(dir.filePath(QStringLiteral("drafts")));
        QJsonObject body = sampleApp(QStringLiteral("Imported")).toCreateJson();
        body.insert(QStringLiteral("client_secret"), QStringLiteral("do-not-keep-me"));
        body.insert(QStringLiteral("client_id"), QStringLiteral("assigned-by-the-portal"));
        body.insert(QStringLiteral("colour"), QStringLiteral("blue"));
        const QString path = dir.filePath(QStringLiteral("in.json"));
        QVERIFY(AppDraftFolder::writeJson(path, body).isEmpty());

        const AppDraftFolder::Imported imported = folder.import(path, ScopeModel::builtIn());
        QVERIFY2(imported.error.isEmpty(), qPrintable(imported.error));
        QVERIFY(!imported.id.isEmpty());
        QCOMPARE(imported.app.name, QStringLiteral("Imported"));
        QVERIFY(imported.app.clientId.isEmpty());
        const QByteArray stored =
            readAll(QDir(folder.path()).filePath(imported.id + QStringLiteral(".json")));
        QVERIFY(!stored.contains("do-not-keep-me"));
        QVERIFY(!stored.contains("assigned-by-the-portal"));
        QStringList fields;
        for (const OAuthAppIssue &issue : imported.fileOnly)
            fields.append(issue.field);
        QVERIFY2(fields.contains(QStringLiteral("client_secret")), qPrintable(fields.join(QLatin1Char(','))));
        QVERIFY(fields.contains(QStringLiteral("colour")));
        // What the form shows anyway (the missing icon) is not repeated.
        QVERIFY(!fields.contains(QStringLiteral("logo")));
        QVERIFY(!fields.contains(QStringLiteral("client_id"))); // the portal's own fields are expected

        QFile broken(dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("[1, 2");
        broken.close();
        const AppDraftFolder::Imported refused = folder.import(broken.fileName(), ScopeModel::builtIn());
        QVERIFY(!refused.error.isEmpty());
        QVERIFY(refused.id.isEmpty());
        QCOMPARE(folder.load().drafts.size(), 1);
    }

    void exportFileNamesAreSafe()
    {
        QCOMPARE(AppDraftFolder::exportFileName(QStringLiteral("Sales reports")),
                 QStringLiteral("Sales reports.json"));
        QCOMPARE(AppDraftFolder::exportFileName(QStringLiteral(" a/b\\c:d*e?f\"g<h>i|j ")),
                 QStringLiteral("a-b-c-d-e-f-g-h-i-j.json"));
        QCOMPARE(AppDraftFolder::exportFileName(QString()), QStringLiteral("oauth-app.json"));
    }
};

QTEST_GUILESS_MAIN(TestAppDraftFolder)
#include "tst_appdraftfolder.moc"
