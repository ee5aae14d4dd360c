#include "portal/PortalInfo.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace PortalKeys::Portal;

namespace {

QJsonValue response(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestPortalInfo : public QObject {
    Q_OBJECT

private slots:
    void readsWhatDocSpaceSends()
    {
        const PortalInfo info = PortalInfo::fromJson(response(
            R"({"version":"3.7.2","docSpace":true,"standalone":true,"limitedAccessDevToolsForUsers":true,)"
            R"("externalDbEnabled":false,"culture":"en-US"})"));
        QCOMPARE(info.version, QStringLiteral("3.7.2"));
        QVERIFY(info.docSpace);
        QVERIFY(info.standalone);
        QVERIFY(info.limitedAccessDevToolsForUsers);
        QVERIFY(!info.externalDbEnabled);
        QCOMPARE(info.summary(), QStringLiteral("DocSpace 3.7.2, self-hosted"));
    }

    void acceptsPascalCase()
    {
        const PortalInfo info = PortalInfo::fromJson(response(R"({"Version":"3.6.0.1234","DocSpace":true})"));
        QCOMPARE(info.version, QStringLiteral("3.6.0.1234"));
        QVERIFY(info.summary().endsWith(QLatin1String("cloud")));
    }

    void missingVersionsAreSaidToBeMissing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray(R"({"version":""})");
        QTest::newRow("blank") << QByteArray(R"({"version":"  "})");
        QTest::newRow("missing") << QByteArray(R"({})");
        QTest::newRow("number") << QByteArray(R"({"version":3.7})");
        QTest::newRow("control characters") << QByteArray(R"({"version":"\u0007\u001b"})");
    }

    void missingVersionsAreSaidToBeMissing()
    {
        QFETCH(QByteArray, json);
        const PortalInfo info = PortalInfo::fromJson(response(json));
        QVERIFY(info.version.isEmpty());
        QVERIFY(info.summary().contains(QLatin1String("version not given")));
    }

    void hugeVersionIsCut()
    {
        const QByteArray json = QByteArray("{\"version\":\"") + QByteArray(1000000, '9') + QByteArray("\"}");
        QVERIFY(PortalInfo::fromJson(response(json)).version.size() <= 64);
    }

    void notAnObjectGivesDefaults()
    {
        const PortalInfo info = PortalInfo::fromJson(QJsonValue(true));
        QVERIFY(!info.docSpace);
        QVERIFY(info.version.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPortalInfo)
#include "tst_portalinfo.moc"
