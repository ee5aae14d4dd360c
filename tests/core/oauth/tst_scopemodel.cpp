// Access scopes as the portal's form groups them, and the rule the form follows: write implies read.
#include "oauth/ScopeModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace PortalKeys::OAuth;
using Access = ScopeModel::Access;

namespace {

// The answer of GET /api/2.0/scopes on DocSpace 3.x (group names as the identity service seeds them).
QJsonArray serverScopes()
{
    return QJsonDocument::fromJson(R"([
        {"name": "accounts.self:read", "group": "profiles", "type": "read"},
        {"name": "accounts.self:write", "group": "profiles", "type": "write"},
        {"name": "accounts:read", "group": "accounts", "type": "read"},
        {"name": "accounts:write", "group": "accounts", "type": "write"},
        {"name": "files:read", "group": "files", "type": "read"},
        {"name": "files:write", "group": "files", "type": "write"},
        {"name": "rooms:read", "group": "rooms", "type": "read"},
        {"name": "rooms:write", "group": "rooms", "type": "write"},
        {"name": "openid", "group": "openid", "type": "openid"}])")
        .array();
}

} // namespace

class TestScopeModel : public QObject {
    Q_OBJECT

private slots:
    void builtInGroups()
    {
        const ScopeModel model = ScopeModel::builtIn();
        QCOMPARE(model.groups().size(), 5);
        QStringList titles;
        for (const ScopeModel::Group &group : model.groups())
            titles.append(group.title);
        QCOMPARE(titles, (QStringList{QStringLiteral("Profile"), QStringLiteral("Accounts"),
                                      QStringLiteral("Files & Folders"), QStringLiteral("Rooms"),
                                      QStringLiteral("OpenID")}));
        const ScopeModel::Group profile = model.groups().at(0);
        QCOMPARE(profile.read, QStringLiteral("accounts.self:read"));
        QCOMPARE(profile.write, QStringLiteral("accounts.self:write"));
        QVERIFY(!profile.isSingle());
        const ScopeModel::Group openid = model.groups().at(4);
        QVERIFY(openid.isSingle());
        QCOMPARE(openid.single, QStringLiteral("openid"));
        QCOMPARE(model.knownScopes().size(), 9);
        QCOMPARE(model.groupOf(QStringLiteral("files:write")), QStringLiteral("files"));
        QVERIFY(!model.isKnown(QStringLiteral("files")));
        for (const QString &scope : model.knownScopes())
            QVERIFY2(!ScopeModel::description(scope).isEmpty(), qPrintable(scope));
    }

    void writeImpliesRead()
    {
        ScopeModel model = ScopeModel::builtIn();
        QVERIFY(model.setSelected(QStringLiteral("files:write"), true));
        QVERIFY(model.isSelected(QStringLiteral("files:read")));
        QCOMPARE(model.access(QStringLiteral("files")), Access::Write);
        QCOMPARE(model.scopes(), (QStringList{QStringLiteral("files:read"), QStringLiteral("files:write")}));
    }

    void readStaysWhileWriteIsChosen()
    {
        ScopeModel model = ScopeModel::builtIn();
        model.setSelected(QStringLiteral("rooms:write"), true);
        QVERIFY(!model.setSelected(QStringLiteral("rooms:read"), false)); // refused
        QVERIFY(model.isSelected(QStringLiteral("rooms:read")));
        QVERIFY(model.setSelected(QStringLiteral("rooms:write"), false));
        QVERIFY(model.isSelected(QStringLiteral("rooms:read"))); // unchecking write keeps read
        QCOMPARE(model.access(QStringLiteral("rooms")), Access::Read);
        QVERIFY(model.setSelected(QStringLiteral("rooms:read"), false));
        QCOMPARE(model.access(QStringLiteral("rooms")), Access::None);
        QVERIFY(model.scopes().isEmpty());
    }

    void accessLevels()
    {
        ScopeModel model = ScopeModel::builtIn();
        model.setAccess(QStringLiteral("accounts"), Access::Write);
        QCOMPARE(model.scopes(),
                 (QStringList{QStringLiteral("accounts:read"), QStringLiteral("accounts:write")}));
        model.setAccess(QStringLiteral("accounts"), Access::Read);
        QCOMPARE(model.scopes(), QStringList{QStringLiteral("accounts:read")});
        model.setAccess(QStringLiteral("openid"), Access::Read);
        QCOMPARE(model.access(QStringLiteral("openid")), Access::Read);
        model.setAccess(QStringLiteral("accounts"), Access::None);
        QCOMPARE(model.scopes(), QStringList{QStringLiteral("openid")});
        QVERIFY(model.setSelected(QStringLiteral("openid"), false));
        QVERIFY(model.scopes().isEmpty());
    }

    void scopeListConversion()
    {
        ScopeModel model = ScopeModel::builtIn();
        const QStringList unknown =
            model.setScopes({QStringLiteral("openid"), QStringLiteral("files:write"),
                             QStringLiteral("calendar:read"), QStringLiteral("profile")});
        QCOMPARE(unknown, (QStringList{QStringLiteral("calendar:read"), QStringLiteral("profile")}));
        // In the model's order, read added for write, unknown left out.
        QCOMPARE(model.scopes(), (QStringList{QStringLiteral("files:read"), QStringLiteral("files:write"),
                                              QStringLiteral("openid")}));
        model.setScopes({QStringLiteral("accounts.self:read")});
        QCOMPARE(model.scopes(), QStringList{QStringLiteral("accounts.self:read")});
        QVERIFY(!model.setSelected(QStringLiteral("nonsense"), true));
    }

    void typedScopesAreSplitOnCommasAndSpaces()
    {
        // As people type them in Try it and in --scopes: commas, spaces, tabs or line breaks, once each.
        QCOMPARE(ScopeModel::split(QStringLiteral(" files:read, rooms:read\topenid\nfiles:read ,,")),
                 (QStringList{QStringLiteral("files:read"), QStringLiteral("rooms:read"),
                              QStringLiteral("openid")}));
        QVERIFY(ScopeModel::split(QStringLiteral(" , \n")).isEmpty());
        QCOMPARE(ScopeModel::split(QStringLiteral("accounts.self:read")),
                 QStringList{QStringLiteral("accounts.self:read")});
    }

    void fromTheServersList()
    {
        QString error;
        const ScopeModel fromServer = ScopeModel::fromServerJson(serverScopes(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const ScopeModel builtIn = ScopeModel::builtIn();
        QCOMPARE(fromServer.knownScopes(), builtIn.knownScopes());
        QCOMPARE(fromServer.groups().size(), builtIn.groups().size());
        for (int i = 0; i < builtIn.groups().size(); ++i) {
            QCOMPARE(fromServer.groups().at(i).id, builtIn.groups().at(i).id);
            QCOMPARE(fromServer.groups().at(i).title, builtIn.groups().at(i).title);
            QCOMPARE(fromServer.groups().at(i).isSingle(), builtIn.groups().at(i).isSingle());
        }

        // In the portal's own order (by scope name) every scope still lands in the group of the same name.
        const QJsonArray byName = QJsonDocument::fromJson(R"([
            {"name": "accounts:read", "group": "accounts", "type": "read"},
            {"name": "accounts:write", "group": "accounts", "type": "write"},
            {"name": "accounts.self:read", "group": "profiles", "type": "read"},
            {"name": "accounts.self:write", "group": "profiles", "type": "write"},
            {"name": "files:read", "group": "files", "type": "read"},
            {"name": "files:write", "group": "files", "type": "write"},
            {"name": "openid", "group": "openid", "type": "openid"},
            {"name": "rooms:read", "group": "rooms", "type": "read"},
            {"name": "rooms:write", "group": "rooms", "type": "write"}])")
                                      .array();
        const ScopeModel portalOrder = ScopeModel::fromServerJson(byName, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QString &scope : builtIn.knownScopes())
            QCOMPARE(portalOrder.groupOf(scope), builtIn.groupOf(scope));
        QCOMPARE(builtIn.groupOf(QStringLiteral("accounts.self:write")), QStringLiteral("profiles"));
        for (const ScopeModel::Group &group : portalOrder.groups())
            QVERIFY2(group.title != group.id, qPrintable(group.id)); // a title for people, not the raw name
        QCOMPARE(portalOrder.groups().at(1).title, QStringLiteral("Profile"));

        // A newer portal's scope: its group gets its own name as the title, and write still implies read.
        QJsonArray newer = serverScopes();
        newer.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("calendar:write")},
                                 {QStringLiteral("group"), QStringLiteral("calendar")},
                                 {QStringLiteral("type"), QStringLiteral("write")}});
        newer.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("calendar:read")},
                                 {QStringLiteral("group"), QStringLiteral("calendar")},
                                 {QStringLiteral("type"), QStringLiteral("read")}});
        ScopeModel model = ScopeModel::fromServerJson(newer, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(model.groups().constLast().title, QStringLiteral("calendar"));
        model.setSelected(QStringLiteral("calendar:write"), true);
        QCOMPARE(model.scopes(),
                 (QStringList{QStringLiteral("calendar:read"), QStringLiteral("calendar:write")}));
    }

    void nonsenseFromTheServerIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray("[]");
        QTest::newRow("no name") << QByteArray(R"([{"group": "files", "type": "read"}])");
        QTest::newRow("twice") << QByteArray(R"([{"name": "openid", "group": "openid", "type": "openid"},
                                                 {"name": "openid", "group": "openid", "type": "openid"}])");
        QTest::newRow("two reads") << QByteArray(R"([{"name": "a:read", "group": "a", "type": "read"},
                                                     {"name": "b:read", "group": "a", "type": "read"}])");
        QTest::newRow("single and pair") << QByteArray(R"([{"name": "a", "group": "a", "type": "other"},
                                                           {"name": "a:read", "group": "a", "type": "read"}])");
    }
    void nonsenseFromTheServerIsRefused()
    {
        QFETCH(QByteArray, json);
        QString error;
        const ScopeModel model = ScopeModel::fromServerJson(QJsonDocument::fromJson(json).array(), &error);
        QVERIFY(model.isEmpty());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestScopeModel)
#include "tst_scopemodel.moc"
