// Cross-checks with an independent implementation, Debian's PyJWT (tests/support/jwt_peer.py): tokens
// PortalKeys signs verify in PyJWT and the other way round, for every algorithm both support, and both
// give the same verdict on the hostile tokens of HostileTokens.h.
#include "HostileTokens.h"

#include "jwt/Key.h"
#include "jwt/Signer.h"
#include "jwt/Token.h"
#include "jwt/Verifier.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using namespace PortalKeys::Jwt;

namespace {

struct PeerAnswer {
    bool ran = false;
    int exitCode = -1;
    QJsonObject json;
    QString problem; // why it did not run or answer; never contains the request
};

} // namespace

class TestJwtPeer : public QObject {
    Q_OBJECT

    QString m_python;

    PeerAnswer runPeer(const QStringList &arguments, const QJsonObject &request = {}) const
    {
        PeerAnswer answer;
        QProcess process;
        // Key material goes through stdin only, so it never appears in a process list.
        process.start(m_python, QStringList{QStringLiteral(PORTALKEYS_PEER_SCRIPT)} + arguments);
        if (!process.waitForStarted(10000)) {
            answer.problem = QStringLiteral("cannot start %1").arg(m_python);
            return answer;
        }
        if (!request.isEmpty())
            process.write(QJsonDocument(request).toJson(QJsonDocument::Compact));
        process.closeWriteChannel();
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            answer.problem = QStringLiteral("the peer did not finish in time");
            return answer;
        }
        answer.ran = process.exitStatus() == QProcess::NormalExit;
        answer.exitCode = process.exitCode();
        const QJsonDocument output = QJsonDocument::fromJson(process.readAllStandardOutput());
        answer.json = output.object();
        if (!output.isObject())
            answer.problem = QStringLiteral("the peer gave no JSON answer (exit %1): %2")
                                 .arg(answer.exitCode)
                                 .arg(QString::fromUtf8(process.readAllStandardError()).right(400));
        return answer;
    }

    struct Material {
        Key signingKey;
        Key verifyingKey;
        QJsonObject request; // alg plus the key for the peer
    };

    // Asymmetric pairs come from the peer (cryptography), HMAC secrets from a CSPRNG here.
    bool makeMaterial(Algorithm algorithm, Material &material) const
    {
        const QString alg = algorithmName(algorithm);
        material.request.insert(QStringLiteral("alg"), alg);
        if (keyFamilyFor(algorithm) == KeyFamily::Hmac) {
            QByteArray secret(hashSizeBytes(algorithm), '\0');
            QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(secret.data()),
                                                  secret.size() / qsizetype(sizeof(quint32)));
            material.signingKey = *Key::fromSecret(secret).key;
            material.verifyingKey = material.signingKey;
            material.request.insert(QStringLiteral("secret_b64url"), encodeBase64Url(secret));
            return true;
        }
        const PeerAnswer pair = runPeer({QStringLiteral("genkey"), alg});
        if (!pair.ran || pair.exitCode != 0)
            return false;
        const QByteArray privatePem = pair.json.value(QLatin1String("private_pem")).toString().toLatin1();
        const QByteArray publicPem = pair.json.value(QLatin1String("public_pem")).toString().toLatin1();
        const Key::LoadResult signing = Key::fromPem(privatePem);
        const Key::LoadResult verifying = Key::fromPem(publicPem);
        if (!signing.ok() || !verifying.ok())
            return false;
        material.signingKey = *signing.key;
        material.verifyingKey = *verifying.key;
        material.request.insert(QStringLiteral("private_pem"), QString::fromLatin1(privatePem));
        material.request.insert(QStringLiteral("public_pem"), QString::fromLatin1(publicPem));
        return true;
    }

    static void addAlgorithms()
    {
        QTest::addColumn<Algorithm>("algorithm");
        for (const Algorithm algorithm : allAlgorithms())
            QTest::newRow(qPrintable(algorithmName(algorithm))) << algorithm;
    }

    static QString tampered(const QString &token)
    {
        QStringList parts = token.split(QLatin1Char('.'));
        QByteArray payload = *decodeBase64UrlStrict(parts.at(1));
        payload.replace("alice", "mallo");
        parts[1] = encodeBase64Url(payload);
        return parts.join(QLatin1Char('.'));
    }

private slots:
    void initTestCase()
    {
        QStringList candidates;
        const QString configured = qEnvironmentVariable("PORTALKEYS_PYTHON");
        if (!configured.isEmpty())
            candidates << configured;
        const QString onPath = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (!onPath.isEmpty())
            candidates << onPath;
        // A pyenv or venv python3 first on PATH may lack Debian's python3-jwt.
        if (QFileInfo::exists(QStringLiteral("/usr/bin/python3")))
            candidates << QStringLiteral("/usr/bin/python3");
        QStringList tried;
        for (const QString &candidate : std::as_const(candidates)) {
            m_python = candidate;
            const PeerAnswer check = runPeer({QStringLiteral("check")});
            if (check.ran && check.exitCode == 0 && check.json.value(QLatin1String("ok")).toBool()) {
                qInfo("peer: %s with PyJWT %s", qPrintable(candidate),
                      qPrintable(check.json.value(QLatin1String("pyjwt")).toString()));
                return;
            }
            tried << candidate;
        }
        m_python.clear();
        if (candidates.isEmpty())
            QSKIP("python3 is not installed; install python3, python3-jwt and python3-cryptography for the "
                  "cross-check with PyJWT");
        QSKIP(qPrintable(QStringLiteral("PyJWT or cryptography is missing for %1; install python3-jwt and "
                                        "python3-cryptography (or set PORTALKEYS_PYTHON)")
                             .arg(tried.join(QLatin1String(", ")))));
    }

    void portalKeysSignsPyJwtVerifies()
    {
        QFETCH(Algorithm, algorithm);
        Material material;
        QVERIFY2(makeMaterial(algorithm, material), "the peer could not make a key pair");
        const QJsonObject payload{{QStringLiteral("sub"), QStringLiteral("alice")},
                                  {QStringLiteral("exp"), 4102444800LL},
                                  {QStringLiteral("scope"), QJsonArray{QStringLiteral("files:read")}}};
        const SignResult signedToken =
            Signer::sign(payload, algorithm, material.signingKey, QStringLiteral("pk-1"));
        QVERIFY2(signedToken.ok(), qPrintable(signedToken.error));

        QJsonObject request = material.request;
        request.insert(QStringLiteral("token"), signedToken.token);
        const PeerAnswer verified = runPeer({QStringLiteral("verify")}, request);
        QVERIFY2(verified.problem.isEmpty(), qPrintable(verified.problem));
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.json.value(QLatin1String("error")).toString()));
        QCOMPARE(verified.json.value(QLatin1String("payload")).toObject(), payload);
        QCOMPARE(
            verified.json.value(QLatin1String("header")).toObject().value(QLatin1String("kid")).toString(),
            QStringLiteral("pk-1"));

        // The peer must also be able to say no.
        request.insert(QStringLiteral("token"), tampered(signedToken.token));
        const PeerAnswer refused = runPeer({QStringLiteral("verify")}, request);
        QVERIFY2(refused.problem.isEmpty(), qPrintable(refused.problem));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(!refused.json.value(QLatin1String("ok")).toBool());
    }

    void portalKeysSignsPyJwtVerifies_data() { addAlgorithms(); }

    void pyJwtSignsPortalKeysVerifies()
    {
        QFETCH(Algorithm, algorithm);
        Material material;
        QVERIFY2(makeMaterial(algorithm, material), "the peer could not make a key pair");
        const QJsonObject payload{{QStringLiteral("sub"), QStringLiteral("alice")},
                                  {QStringLiteral("exp"), 4102444800LL},
                                  {QStringLiteral("n"), 42}};
        QJsonObject request = material.request;
        request.insert(QStringLiteral("payload"), payload);
        request.insert(QStringLiteral("headers"),
                       QJsonObject{{QStringLiteral("kid"), QStringLiteral("peer-1")}});
        const PeerAnswer signedToken = runPeer({QStringLiteral("sign")}, request);
        QVERIFY2(signedToken.problem.isEmpty(), qPrintable(signedToken.problem));
        QCOMPARE(signedToken.exitCode, 0);

        const Token::ParseResult parsed =
            Token::parse(signedToken.json.value(QLatin1String("token")).toString());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.token->algorithmName(), algorithmName(algorithm));
        QCOMPARE(parsed.token->keyId(), QStringLiteral("peer-1"));
        QCOMPARE(parsed.token->payloadObject(), payload);
        const VerifyResult result = Verifier::verify(*parsed.token, material.verifyingKey);
        QVERIFY2(result.valid(), qPrintable(result.errors.join(QLatin1Char(' '))));

        const Token::ParseResult changed = Token::parse(tampered(parsed.token->compact()));
        QVERIFY(changed.ok());
        QVERIFY(!Verifier::verify(*changed.token, material.verifyingKey).signatureValid);
    }

    void pyJwtSignsPortalKeysVerifies_data() { addAlgorithms(); }

    void hostileTokensGetPyJwtsVerdict_data()
    {
        QTest::addColumn<bool>("plainJws");
        QTest::newRow("as JWTs (jwt.decode)") << false;
        QTest::newRow("as plain JWS (PyJWS.decode)") << true;
    }

    void hostileTokensGetPyJwtsVerdict()
    {
        QFETCH(bool, plainJws);
        const QList<HostileTokens::Case> cases = HostileTokens::cases();
        QJsonArray tokens;
        for (const HostileTokens::Case &c : cases)
            tokens.append(HostileTokens::token(c));
        const QJsonObject request{{QStringLiteral("alg"), QStringLiteral("HS256")},
                                  {QStringLiteral("secret_b64url"), encodeBase64Url(HostileTokens::secret())},
                                  {QStringLiteral("tokens"), tokens},
                                  {QStringLiteral("jws"), plainJws}};
        const PeerAnswer answer = runPeer({QStringLiteral("verdicts")}, request);
        QVERIFY2(answer.problem.isEmpty(), qPrintable(answer.problem));
        QCOMPARE(answer.exitCode, 0);
        const QJsonArray verdicts = answer.json.value(QLatin1String("verdicts")).toArray();
        QCOMPARE(verdicts.size(), cases.size());

        const Key key = *Key::fromSecret(HostileTokens::secret()).key;
        VerifyOptions options;
        options.plainJws = plainJws;
        int same = 0;
        for (int i = 0; i < cases.size(); ++i) {
            const HostileTokens::Case &c = cases.at(i);
            const bool ours =
                Verifier::verify(*Token::parse(tokens.at(i).toString()).token, key, options).valid();
            QCOMPARE(ours, plainJws ? c.validJws : c.validJwt);
            const QJsonObject peer = verdicts.at(i).toObject();
            const bool theirs = peer.value(QLatin1String("ok")).toBool();
            const QString error = peer.value(QLatin1String("error")).toString();
            if (ours == theirs) {
                ++same;
                if (peer.value(QLatin1String("crash")).toBool())
                    qInfo("%s: PyJWT refuses it too, but by raising %s", c.name, qPrintable(error));
                continue;
            }
            // Only a documented leniency of PyJWT may differ, and only towards "valid": PortalKeys must
            // never accept what PyJWT refuses.
            QVERIFY2(
                c.pyjwtLeniency && theirs && !ours,
                qPrintable(QStringLiteral("%1: PortalKeys says %2, PyJWT says %3 (%4)")
                               .arg(QLatin1String(c.name),
                                    ours ? QStringLiteral("valid") : QStringLiteral("invalid"),
                                    theirs ? QStringLiteral("valid") : QStringLiteral("invalid"), error)));
            qInfo("%s: this PyJWT accepts it (%s)", c.name, c.pyjwtLeniency);
        }
        // The excuses stay the exception: most of the list is a real comparison.
        QVERIFY2(same * 3 >= cases.size() * 2,
                 qPrintable(QStringLiteral("%1 of %2 the same").arg(same).arg(cases.size())));
    }
};

QTEST_GUILESS_MAIN(TestJwtPeer)
#include "tst_jwtpeer.moc"
