// Drives "portalkeys-cli jwt ..." as a script would: exit codes, stdout/stderr, --json.
#include "ExitCode.h"
#include "core/jwt/HostileTokens.h"
#include "support/CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using PortalKeys::ExitCode;

namespace {

using Run = PortalKeys::Testing::CliRun;

const QString secretValue = QStringLiteral("cli-test-secret-long-enough-for-hs256!!");

Run runCli(const QStringList &arguments, const QByteArray &stdinData = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DS_SECRET"), secretValue);
    environment.insert(QStringLiteral("WRONG_SECRET"),
                       QStringLiteral("wrong-secret-also-long-enough-for-hs256"));
    environment.insert(QStringLiteral("WEAK_SECRET"), QStringLiteral("secret"));
    environment.insert(QStringLiteral("HOSTILE_SECRET"), QString::fromLatin1(HostileTokens::secret()));
    return PortalKeys::Testing::runCli(arguments, environment, stdinData);
}

int code(ExitCode exitCode)
{
    return PortalKeys::toInt(exitCode);
}

QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

class TestCliJwt : public QObject {
    Q_OBJECT

private:
    QString sign(const QByteArray &payload, const QString &secretVariable = QStringLiteral("DS_SECRET"));
    QTemporaryDir m_dir;

private slots:
    void signThenVerify();
    void wrongSecretExitsOneWithTheReason();
    void unreadableTokenOrKeyExitsTwo();
    void decodeShowsClaimsAsJson();
    void verifyJsonHasTheVerdict();
    void expiryAndLeeway();
    void verdictsAsTheJwtLibrariesGiveThem_data();
    void verdictsAsTheJwtLibrariesGiveThem();
    void plainJwsHintAndJson();
    void hugeJwkSetGivesAShortMessage();
    void strictRefusesWeakKeys();
    void templateAndDocumentServerConfig();
    void weakSecretSearch();
    void secretNeverAppearsInOutput();
};

QString TestCliJwt::sign(const QByteArray &payload, const QString &secretVariable)
{
    const Run run = runCli({QStringLiteral("jwt"), QStringLiteral("sign"), QStringLiteral("--alg"),
                            QStringLiteral("HS256"), QStringLiteral("--secret-env"), secretVariable},
                           payload);
    if (run.exitCode != 0)
        qWarning("sign failed: %s", qPrintable(run.err));
    return run.out.trimmed();
}

void TestCliJwt::signThenVerify()
{
    const QString token = sign(R"({"fileType":"png","url":"https://example.com/a.png"})");
    QCOMPARE(token.count(QLatin1Char('.')), 2);
    const Run run = runCli({QStringLiteral("jwt"), QStringLiteral("verify"), token,
                            QStringLiteral("--secret-env"), QStringLiteral("DS_SECRET")});
    QCOMPARE(run.exitCode, code(ExitCode::Success));
    QVERIFY(run.out.startsWith(QStringLiteral("Valid")));

    // The token also comes from standard input, with a Bearer prefix and a line break.
    const Run viaStdin = runCli({QStringLiteral("jwt"), QStringLiteral("verify"), QStringLiteral("-"),
                                 QStringLiteral("--secret-env"), QStringLiteral("DS_SECRET")},
                                "Bearer " + token.left(20).toUtf8() + "\n" + token.mid(20).toUtf8() + "\n");
    QCOMPARE(viaStdin.exitCode, code(ExitCode::Success));
}

void TestCliJwt::wrongSecretExitsOneWithTheReason()
{
    const QString token = sign(R"({"a":1})");
    const Run run = runCli({QStringLiteral("jwt"), QStringLiteral("verify"), token,
                            QStringLiteral("--secret-env"), QStringLiteral("WRONG_SECRET")});
    QCOMPARE(run.exitCode, code(ExitCode::Negative));
    QVERIFY(run.err.contains(QStringLiteral("portalkeys-cli: Invalid:")));

    // An HMAC token checked with --alg RS256 only: refused, never "valid".
    const Run confused =
        runCli({QStringLiteral("jwt"), QStringLiteral("verify"), token, QStringLiteral("--secret-env"),
                QStringLiteral("DS_SECRET"), QStringLiteral("--alg"), QStringLiteral("RS256")});
    QCOMPARE(confused.exitCode, code(ExitCode::Negative));
}

void TestCliJwt::unreadableTokenOrKeyExitsTwo()
{
    Run run = runCli({QStringLiteral("jwt"), QStringLiteral("decode"), QStringLiteral("abc.def")});
    QCOMPARE(run.exitCode, code(ExitCode::Usage));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    run = runCli({QStringLiteral("jwt"), QStringLiteral("verify"), sign(R"({"a":1})"),
                  QStringLiteral("--key-file"), QStringLiteral("/nonexistent/key.pem")});
    QCOMPARE(run.exitCode, code(ExitCode::Usage));
    QVERIFY(run.err.contains(QStringLiteral("/nonexistent/key.pem")));
    run = runCli({QStringLiteral("jwt"), QStringLiteral("verify"), sign(R"({"a":1})")});
    QCOMPARE(run.exitCode, code(ExitCode::Usage));
    QVERIFY(run.err.contains(QStringLiteral("--secret-env")));
    run = runCli({QStringLiteral("jwt"), QStringLiteral("sign"), QStringLiteral("--alg"),
                  QStringLiteral("none"), QStringLiteral("--secret-env"), QStringLiteral("DS_SECRET")},
                 "{}");
    QCOMPARE(run.exitCode, code(ExitCode::Usage));
}

void TestCliJwt::decodeShowsClaimsAsJson()
{
    const QString token = sign(R"({"iss":"https://portal.example.com/oauth2","exp":4102444800,"cid":"c1"})");
    const Run run =
        runCli({QStringLiteral("jwt"), QStringLiteral("decode"), token, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, code(ExitCode::Success));
    const QJsonObject result = json(run.out);
    QCOMPARE(result.value(QStringLiteral("alg")).toString(), QStringLiteral("HS256"));
    QCOMPARE(result.value(QStringLiteral("header")).toObject().value(QStringLiteral("typ")).toString(),
             QStringLiteral("JWT"));
    QCOMPARE(result.value(QStringLiteral("payload")).toObject().value(QStringLiteral("cid")).toString(),
             QStringLiteral("c1"));
    QCOMPARE(result.value(QStringLiteral("signature")).toString(), token.section(QLatin1Char('.'), 2));
    bool sawExp = false;
    for (const QJsonValue &claim : result.value(QStringLiteral("claims")).toArray()) {
        if (claim.toObject().value(QStringLiteral("name")) == QStringLiteral("exp")) {
            sawExp = true;
            QCOMPARE(claim.toObject().value(QStringLiteral("time")).toString(),
                     QStringLiteral("2100-01-01T00:00:00Z"));
        }
    }
    QVERIFY(sawExp);
}

void TestCliJwt::verifyJsonHasTheVerdict()
{
    const QString token = sign(R"({"a":1})");
    const Run run =
        runCli({QStringLiteral("jwt"), QStringLiteral("verify"), token, QStringLiteral("--secret-env"),
                QStringLiteral("DS_SECRET"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, code(ExitCode::Success));
    const QJsonObject result = json(run.out);
    QCOMPARE(result.value(QStringLiteral("valid")).toBool(), true);
    QVERIFY(result.value(QStringLiteral("errors")).toArray().isEmpty());
    bool noExpWarning = false;
    for (const QJsonValue &warning : result.value(QStringLiteral("warnings")).toArray())
        noExpWarning |= warning.toObject().value(QStringLiteral("code")) == QStringLiteral("no-exp");
    QVERIFY(noExpWarning);
}

void TestCliJwt::expiryAndLeeway()
{
    const QString token = sign(R"({"exp":1700000000})");
    const QStringList base = {
        QStringLiteral("jwt"),          QStringLiteral("verify"),    token,
        QStringLiteral("--secret-env"), QStringLiteral("DS_SECRET"), QStringLiteral("--now"),
        QStringLiteral("1700000030")};
    QCOMPARE(runCli(base).exitCode, code(ExitCode::Negative));
    QCOMPARE(runCli(base + QStringList{QStringLiteral("--leeway"), QStringLiteral("60")}).exitCode,
             code(ExitCode::Success));
    QCOMPARE(runCli(base + QStringList{QStringLiteral("--ignore-time")}).exitCode, code(ExitCode::Success));
    QCOMPARE(runCli(base + QStringList{QStringLiteral("--leeway"), QStringLiteral("soon")}).exitCode,
             code(ExitCode::Usage));
}

void TestCliJwt::verdictsAsTheJwtLibrariesGiveThem_data()
{
    QTest::addColumn<int>("index");
    const QList<HostileTokens::Case> cases = HostileTokens::cases();
    for (int i = 0; i < cases.size(); ++i)
        QTest::newRow(cases.at(i).name) << i;
}

void TestCliJwt::verdictsAsTheJwtLibrariesGiveThem()
{
    QFETCH(int, index);
    const HostileTokens::Case c = HostileTokens::cases().at(index);
    const QStringList verify{QStringLiteral("jwt"), QStringLiteral("verify"), HostileTokens::token(c),
                             QStringLiteral("--secret-env"), QStringLiteral("HOSTILE_SECRET")};
    const Run asJwt = runCli(verify);
    QVERIFY2(asJwt.exitCode == code(c.validJwt ? ExitCode::Success : ExitCode::Negative),
             qPrintable(PortalKeys::Testing::describe(asJwt)));
    if (!c.validJwt) {
        QVERIFY2(asJwt.err.contains(QStringLiteral("portalkeys-cli: Invalid: ")) &&
                     asJwt.err.contains(QStringLiteral("RFC 75")),
                 qPrintable(asJwt.err));
        QVERIFY(asJwt.out.isEmpty());
    }
    const Run asJws = runCli(verify + QStringList{QStringLiteral("--jws")});
    QVERIFY2(asJws.exitCode == code(c.validJws ? ExitCode::Success : ExitCode::Negative),
             qPrintable(PortalKeys::Testing::describe(asJws)));
    if (c.validJws)
        QVERIFY2(asJws.out.contains(QStringLiteral("plain JWS")), qPrintable(asJws.out));
}

void TestCliJwt::plainJwsHintAndJson()
{
    const QString text = HostileTokens::signHs256(R"({"alg":"HS256"})", "just some signed text");
    const QStringList verify{QStringLiteral("jwt"), QStringLiteral("verify"), text,
                             QStringLiteral("--secret-env"), QStringLiteral("HOSTILE_SECRET")};
    const Run run = runCli(verify + QStringList{QStringLiteral("--json")});
    QCOMPARE(run.exitCode, code(ExitCode::Negative));
    const QJsonObject result = json(run.out);
    QCOMPARE(result.value(QStringLiteral("valid")).toBool(true), false);
    QVERIFY(result.value(QStringLiteral("errors"))
                .toArray()
                .at(0)
                .toString()
                .contains(QStringLiteral("not a JSON object")));
    // The signature is right, so the one way out is named.
    QVERIFY2(run.err.contains(QStringLiteral("--jws")), qPrintable(run.err));
    // Not for a wrong signature: there --jws would not help.
    const Run wrongKey = runCli({QStringLiteral("jwt"), QStringLiteral("verify"), text,
                                 QStringLiteral("--secret-env"), QStringLiteral("DS_SECRET")});
    QCOMPARE(wrongKey.exitCode, code(ExitCode::Negative));
    QVERIFY2(!wrongKey.err.contains(QStringLiteral("--jws")), qPrintable(wrongKey.err));
    const Run asJws = runCli(verify + QStringList{QStringLiteral("--jws"), QStringLiteral("--json")});
    QCOMPARE(asJws.exitCode, code(ExitCode::Success));
    QCOMPARE(json(asJws.out).value(QStringLiteral("valid")).toBool(), true);
    // A time that is no number stays invalid with --ignore-time: it is the form, not the clock.
    const QString stringExp = HostileTokens::signHs256(R"({"alg":"HS256"})", R"({"exp":"4102444800"})");
    QCOMPARE(
        runCli({QStringLiteral("jwt"), QStringLiteral("verify"), stringExp, QStringLiteral("--secret-env"),
                QStringLiteral("HOSTILE_SECRET"), QStringLiteral("--ignore-time")})
            .exitCode,
        code(ExitCode::Negative));
}

void TestCliJwt::hugeJwkSetGivesAShortMessage()
{
    QByteArray set = R"({"keys":[)";
    for (int i = 0; i < 100000; ++i)
        set += (i ? "," : "") + QByteArray(R"({"kty":"oct","k":"AAAA","kid":"key-)") + QByteArray::number(i) +
               "\"}";
    set += "]}";
    QFile file(m_dir.filePath(QStringLiteral("huge-set.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(set);
    file.close();
    // The token names no kid, so the set is asked which key is meant.
    const QString token = HostileTokens::signHs256(R"({"alg":"HS256"})", R"({"sub":"a"})");
    const Run run = runCli({QStringLiteral("jwt"), QStringLiteral("verify"), token,
                            QStringLiteral("--key-file"), file.fileName()});
    QVERIFY2(run.exitCode == code(ExitCode::Usage), qPrintable(PortalKeys::Testing::describe(run)));
    QVERIFY2(run.err.size() < 1000, qPrintable(QString::number(run.err.size())));
    QVERIFY2(run.err.contains(QStringLiteral("100000 keys")) && run.err.contains(QStringLiteral("“key-4”")),
             qPrintable(run.err));
    QVERIFY2(QRegularExpression(QStringLiteral("and 99\\D?995 more")).match(run.err).hasMatch(),
             qPrintable(run.err));
}

void TestCliJwt::strictRefusesWeakKeys()
{
    const QString token = sign(R"({"a":1})", QStringLiteral("WEAK_SECRET"));
    const QStringList base = {QStringLiteral("jwt"), QStringLiteral("verify"), token,
                              QStringLiteral("--secret-env"), QStringLiteral("WEAK_SECRET")};
    const Run lenient = runCli(base);
    QCOMPARE(lenient.exitCode, code(ExitCode::Success));
    QVERIFY(lenient.err.contains(QStringLiteral("warning:")));
    QCOMPARE(runCli(base + QStringList{QStringLiteral("--strict")}).exitCode, code(ExitCode::Negative));
    const QJsonObject verdict = json(runCli(base + QStringList{QStringLiteral("--json")}).out);
    QStringList codes;
    for (const QJsonValue &warning : verdict.value(QStringLiteral("warnings")).toArray())
        codes << warning.toObject().value(QStringLiteral("code")).toString();
    QVERIFY2(codes.contains(QStringLiteral("hmac-key-in-wordlist")),
             qPrintable(codes.join(QLatin1Char(','))));
    QVERIFY(codes.contains(QStringLiteral("hmac-key-short")));

    // A long secret that only a user-chosen list knows.
    const QString strong = sign(R"({"a":1})");
    QFile list(m_dir.filePath(QStringLiteral("leaked.txt")));
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write(secretValue.toUtf8() + "\n");
    list.close();
    const QStringList strongBase = {QStringLiteral("jwt"), QStringLiteral("verify"), strong,
                                    QStringLiteral("--secret-env"), QStringLiteral("DS_SECRET")};
    QCOMPARE(runCli(strongBase + QStringList{QStringLiteral("--strict")}).exitCode, code(ExitCode::Success));
    const Run listed = runCli(
        strongBase + QStringList{QStringLiteral("--strict"), QStringLiteral("--wordlist"), list.fileName()});
    QCOMPARE(listed.exitCode, code(ExitCode::Negative));
    QVERIFY(!listed.err.contains(secretValue));
}

void TestCliJwt::templateAndDocumentServerConfig()
{
    const Run templateRun =
        runCli({QStringLiteral("jwt"), QStringLiteral("template"), QStringLiteral("config")});
    QCOMPARE(templateRun.exitCode, code(ExitCode::Success));
    QVERIFY(json(templateRun.out).contains(QStringLiteral("document")));
    QCOMPARE(runCli({QStringLiteral("jwt"), QStringLiteral("template"), QStringLiteral("bogus")}).exitCode,
             code(ExitCode::Usage));

    const Run signedRun = runCli({QStringLiteral("jwt"), QStringLiteral("sign-config"),
                                  QStringLiteral("--secret-env"), QStringLiteral("DS_SECRET")},
                                 templateRun.out.toUtf8());
    QCOMPARE(signedRun.exitCode, code(ExitCode::Success));
    QVERIFY(json(signedRun.out).contains(QStringLiteral("token")));

    const QStringList check = {QStringLiteral("jwt"), QStringLiteral("check-config"),
                               QStringLiteral("--secret-env"), QStringLiteral("DS_SECRET")};
    QCOMPARE(runCli(check, signedRun.out.toUtf8()).exitCode, code(ExitCode::Success));

    QJsonObject tampered = json(signedRun.out);
    QJsonObject document = tampered.value(QStringLiteral("document")).toObject();
    document.insert(QStringLiteral("title"), QStringLiteral("tampered.docx"));
    tampered.insert(QStringLiteral("document"), document);
    const Run tamperedRun =
        runCli(check + QStringList{QStringLiteral("--json")}, QJsonDocument(tampered).toJson());
    QCOMPARE(tamperedRun.exitCode, code(ExitCode::Negative));
    const QJsonArray differences = json(tamperedRun.out).value(QStringLiteral("differences")).toArray();
    QCOMPARE(differences.size(), 1);
    QCOMPARE(differences.at(0).toObject().value(QStringLiteral("path")).toString(),
             QStringLiteral("document.title"));
}

void TestCliJwt::weakSecretSearch()
{
    const QString weak = sign(R"({"a":1})", QStringLiteral("WEAK_SECRET"));
    Run run = runCli({QStringLiteral("jwt"), QStringLiteral("weak-secret"), weak});
    QCOMPARE(run.exitCode, code(ExitCode::Success));
    QVERIFY(run.out.trimmed().endsWith(QStringLiteral(": secret")));

    const QString strong = sign(R"({"a":1})");
    run = runCli({QStringLiteral("jwt"), QStringLiteral("weak-secret"), strong});
    QCOMPARE(run.exitCode, code(ExitCode::Negative));

    QVERIFY(m_dir.isValid());
    QFile list(m_dir.filePath(QStringLiteral("list.txt")));
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write("nope\r\n\r\n" + secretValue.toUtf8() + "\r\n");
    list.close();
    run = runCli({QStringLiteral("jwt"), QStringLiteral("weak-secret"), strong, QStringLiteral("--wordlist"),
                  list.fileName()});
    QCOMPARE(run.exitCode, code(ExitCode::Success));
}

void TestCliJwt::secretNeverAppearsInOutput()
{
    const QString token = sign(R"({"a":1})");
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("jwt"), QStringLiteral("verify"), token, QStringLiteral("--secret-env"),
                      QStringLiteral("DS_SECRET"), QStringLiteral("--json")},
          QStringList{QStringLiteral("jwt"), QStringLiteral("verify"), token, QStringLiteral("--secret-env"),
                      QStringLiteral("WRONG_SECRET")}}) {
        const Run run = runCli(arguments);
        QVERIFY(!run.out.contains(secretValue) && !run.err.contains(secretValue));
    }
}

QTEST_GUILESS_MAIN(TestCliJwt)
#include "tst_clijwt.moc"
