// Bundles: encryption, every way opening one can fail, the stock openssl command as an independent peer, and
// the way from drafts to a bundle and back.
#include "drafts/Bundle.h"
#include "drafts/BundleContent.h"
#include "drafts/BundleExporter.h"
#include "drafts/BundleImporter.h"
#include "drafts/DraftStore.h"
#include "drafts/PassphrasePolicy.h"
#include "secrets/MemorySecretStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Before cms.h, whose PEM_read/write_bio_CMS declarations need pem.h's macros.
#include <openssl/pem.h>

#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>

#include <cstring>

using namespace PortalKeys;
using namespace PortalKeys::Drafts;
using Failure = Bundle::Failure;

Q_DECLARE_METATYPE(Bundle::Failure)

namespace {

// A throwaway passphrase made for these tests, not a real secret. It has to be one: the stock openssl
// command of OpenSSL 3.0 takes the PWRI password only as a command-line argument (-pwri_password has no
// env: or stdin form), so the tests that run it show this value in the process list.
const QByteArray testPassphrase("throwaway test passphrase 7c1d");
const QByteArray secretValue("GOCSPX-test-only-value-3e9b77");

QByteArray pemToDer(const QByteArray &pem)
{
    QByteArray body;
    for (const QByteArray &line : pem.split('\n')) {
        if (!line.startsWith("-----"))
            body += line.trimmed();
    }
    return QByteArray::fromBase64(body);
}

QByteArray derToPem(const QByteArray &der)
{
    QByteArray pem("-----BEGIN CMS-----\n");
    const QByteArray base64 = der.toBase64();
    for (qsizetype i = 0; i < base64.size(); i += 64)
        pem += base64.mid(i, 64) + '\n';
    return pem + "-----END CMS-----\n";
}

// The same CMS structure Bundle writes, but with any content, iteration count and cipher. Bundle::encrypt
// rightly refuses to write such files (weak, or not bundles); the tests need them to show how they are read.
QByteArray cmsEncrypt(const QByteArray &plain, const QByteArray &passphrase, int iterations,
                      const EVP_CIPHER *cipher = EVP_aes_256_gcm())
{
    BIO *in = BIO_new_mem_buf(plain.constData(), int(plain.size()));
    CMS_ContentInfo *cms = CMS_encrypt(nullptr, in, cipher, CMS_BINARY | CMS_PARTIAL);
    auto *pass = static_cast<unsigned char *>(OPENSSL_malloc(size_t(passphrase.size())));
    std::memcpy(pass, passphrase.constData(), size_t(passphrase.size()));
    QByteArray pem;
    if (cms &&
        CMS_add0_recipient_password(cms, iterations, NID_undef, NID_undef, pass, passphrase.size(),
                                    EVP_aes_256_cbc()) &&
        CMS_final(cms, in, nullptr, CMS_BINARY)) {
        BIO *out = BIO_new(BIO_s_mem());
        PEM_write_bio_CMS(out, cms);
        char *data = nullptr;
        const long length = BIO_get_mem_data(out, &data);
        pem = QByteArray(data, qsizetype(length));
        BIO_free(out);
    }
    CMS_ContentInfo_free(cms);
    BIO_free(in);
    ERR_clear_error();
    return pem;
}

struct ToolRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestBundle : public QObject {
    Q_OBJECT

    QString m_openssl;
    QByteArray m_json;
    QByteArray m_file; // m_json encrypted by Bundle with testPassphrase, made once (PBKDF2 takes a while)
    QTemporaryDir m_dir;

    static QList<BundleContent::Entry> sampleEntries()
    {
        Draft google =
            Draft::create(Catalog::Product::DocSpace, QStringLiteral("google"),
                          {QStringLiteral("googleClientId"), QStringLiteral("googleClientSecret")});
        google.title = QStringLiteral("Google — Vertrieb");
        google.note = QStringLiteral("line one\nline two");
        Draft s3 = Draft::create(Catalog::Product::Workspace, QStringLiteral("S3"),
                                 {QStringLiteral("acesskey"), QStringLiteral("secretaccesskey")});
        return {{google,
                 {{QStringLiteral("googleClientId"), "123-abc.apps.googleusercontent.com"},
                  {QStringLiteral("googleClientSecret"), secretValue}}},
                {s3, {{QStringLiteral("acesskey"), "AKIAIOSFODNN7EXAMPLE"}}}};
    }

    ToolRun runOpenssl(const QStringList &arguments, const QByteArray &input = {}) const
    {
        ToolRun run;
        QProcess process;
        process.start(m_openssl, arguments);
        if (!process.waitForStarted(10000))
            return run;
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    QString writeTemp(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return path;
    }

    // No message may carry the passphrase or a value.
    static bool clean(const QString &message)
    {
        return !message.contains(QString::fromUtf8(testPassphrase)) &&
               !message.contains(QString::fromUtf8(secretValue));
    }

    static void verifyFailure(const Bundle::DecryptResult &result, Failure expected, const char *expectedText)
    {
        QVERIFY2(!result.ok(), "the file opened");
        QVERIFY2(result.failure == expected, qPrintable(result.error));
        QVERIFY2(result.error.contains(QLatin1String(expectedText)), qPrintable(result.error));
        QVERIFY(result.json.isEmpty());
        QVERIFY(clean(result.error));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        BundleContent::BuildResult built =
            BundleContent::toJson(sampleEntries(), QDateTime(QDate(2026, 4, 1), QTime(12, 0), Qt::UTC));
        QVERIFY2(built.ok(), qPrintable(built.error));
        m_json = built.json;
        const Bundle::EncryptResult encrypted = Bundle::encrypt(m_json, testPassphrase);
        QVERIFY2(encrypted.ok(), qPrintable(encrypted.error));
        m_file = encrypted.file;
    }

    void roundTrip()
    {
        QVERIFY(m_file.startsWith("-----BEGIN CMS-----\n"));
        QVERIFY(!m_file.contains(secretValue));
        Bundle::DecryptResult result = Bundle::decrypt(m_file, testPassphrase);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.json, m_json);
        QCOMPARE(result.warnings, QStringList());
        Bundle::wipe(result.json);
        QVERIFY(result.json.isEmpty());

        // The same content encrypts differently each time (random salt, key and nonce).
        QVERIFY(Bundle::encrypt(m_json, testPassphrase).file != m_file);
    }

    void parametersAreReadFromTheCmsStructure()
    {
        const Bundle::InspectResult inspected = Bundle::inspect(m_file);
        QVERIFY2(inspected.ok(), qPrintable(inspected.error));
        const Bundle::Parameters &p = inspected.parameters;
        QVERIFY(p.iterations >= 600000);
        QCOMPARE(p.iterations, qint64(Bundle::iterations));
        QCOMPARE(p.keyDerivation, QStringLiteral("PBKDF2"));
        QCOMPARE(p.prf, QStringLiteral("hmacWithSHA1"));
        QVERIFY(p.saltBytes >= 8);
        QVERIFY(p.authenticated);
        QCOMPARE(p.contentCipher, QStringLiteral("aes-256-gcm"));
        QCOMPARE(p.keyWrapCipher, QStringLiteral("aes-256-cbc"));
    }

    void wrongPassphraseIsSaidSo()
    {
        const Bundle::DecryptResult result = Bundle::decrypt(m_file, "throwaway test passphrase 7c1e");
        verifyFailure(result, Failure::WrongPassphrase, "passphrase is wrong");
    }

    void emptyPassphraseIsRefused()
    {
        const Bundle::EncryptResult encrypted = Bundle::encrypt(m_json, {});
        QVERIFY(!encrypted.ok());
        QCOMPARE(encrypted.failure, Failure::EmptyPassphrase);
        QVERIFY(encrypted.file.isEmpty());
        verifyFailure(Bundle::decrypt(m_file, {}), Failure::EmptyPassphrase, "passphrase");
    }

    void truncatedFilesAreDamaged()
    {
        const QByteArray der = pemToDer(m_file);
        QVERIFY(der.size() > 300);
        const QList<QByteArray> cuts{
            m_file.left(m_file.size() - 1 - int(qstrlen("-----END CMS-----"))), // no end line
            m_file.left(m_file.size() / 2),
            m_file.left(int(qstrlen("-----BEGIN CMS-----\n"))),
            derToPem(der.left(der.size() - 1)), // a whole PEM around a cut structure
            der.left(der.size() - 10),
            der.left(40),
            der.left(20), // just the start: the outer header and the content type
        };
        for (const QByteArray &cut : cuts)
            verifyFailure(Bundle::decrypt(cut, testPassphrase), Failure::Damaged, "damaged or incomplete");
    }

    void changedBytesAreDetected()
    {
        QByteArray der = pemToDer(m_file);
        // The file ends with the encrypted content and the 16-byte GCM tag (OCTET STRING, 18 bytes in all).
        QByteArray content = der;
        content[content.size() - 18 - 5] ^= 0x01;
        verifyFailure(Bundle::decrypt(derToPem(content), testPassphrase), Failure::Damaged, "damaged");
        QByteArray tag = der;
        tag[tag.size() - 1] ^= 0x80;
        verifyFailure(Bundle::decrypt(derToPem(tag), testPassphrase), Failure::Damaged, "damaged");
        // A changed salt gives another key: that looks exactly like a wrong passphrase, and says so.
        const qsizetype pbkdf2 = der.indexOf(QByteArray::fromHex("06092a864886f70d01050c"));
        QVERIFY(pbkdf2 > 0);
        QByteArray salt = der;
        salt[pbkdf2 + 11 + 2 + 2] ^= 0x04;
        verifyFailure(Bundle::decrypt(derToPem(salt), testPassphrase), Failure::WrongPassphrase, "changed");
        // A changed character of the PEM text.
        QByteArray text = m_file;
        const qsizetype at = text.indexOf('\n') + 30;
        text[at] = text.at(at) == 'A' ? 'B' : 'A';
        QVERIFY(!Bundle::decrypt(text, testPassphrase).ok());
    }

    void noSingleBitFlipGoesUnnoticed()
    {
        // Few iterations, so that every bit position can be tried in a moment.
        const QByteArray pem = cmsEncrypt(m_json, testPassphrase, 1000);
        const QByteArray der = pemToDer(pem);
        QVERIFY(!der.isEmpty());
        QVERIFY(Bundle::decrypt(pem, testPassphrase).ok());
        int refused = 0;
        for (qsizetype i = 0; i < der.size(); ++i) {
            QByteArray flipped = der;
            flipped[i] = char(flipped.at(i) ^ (1 << (i % 8)));
            for (const QByteArray &file : {flipped, derToPem(flipped)}) {
                const Bundle::DecryptResult result = Bundle::decrypt(file, testPassphrase);
                // Either refused with a sentence, or (a flip in a field nobody reads) the very same content.
                if (result.ok()) {
                    QCOMPARE(result.json, m_json);
                } else {
                    QVERIFY(!result.error.isEmpty());
                    QVERIFY(result.json.isEmpty());
                    ++refused;
                }
            }
        }
        QVERIFY2(refused > der.size(), qPrintable(QString::number(refused)));
    }

    void otherFilesAreNotBundles_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<Failure>("failure");
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QByteArray() << Failure::NotABundle << QStringLiteral("empty");
        QTest::newRow("text") << QByteArray("Dear admin,\nhere are the keys.\n") << Failure::NotABundle
                              << QStringLiteral("not a PortalKeys bundle");
        QTest::newRow("json") << m_json << Failure::NotABundle << QStringLiteral("not a PortalKeys bundle");
        QTest::newRow("png") << QByteArray::fromHex("89504e470d0a1a0a0000000d49484452") << Failure::NotABundle
                             << QStringLiteral("not a PortalKeys bundle");
        QTest::newRow("certificate")
            << QByteArray("-----BEGIN CERTIFICATE-----\naGVsbG8=\n-----END CERTIFICATE-----\n")
            << Failure::NotABundle << QStringLiteral("“CERTIFICATE”");
        QTest::newRow("other DER") << QByteArray::fromHex("300d06092a864886f70d0107010500")
                                   << Failure::NotABundle << QStringLiteral("not a PortalKeys bundle");
        QTest::newRow("encrypted, not drafts")
            << cmsEncrypt("{\"hello\": \"world\"}", testPassphrase, 1000) << Failure::NotABundle
            << QStringLiteral("does not hold PortalKeys drafts");
        QTest::newRow("encrypted text")
            << cmsEncrypt("just some text", testPassphrase, 1000) << Failure::NotABundle
            << QStringLiteral("does not hold PortalKeys drafts");
        QTest::newRow("newer format")
            << cmsEncrypt("{\"format\": 2, \"kind\": \"portalkeys-bundle\", \"drafts\": []}", testPassphrase,
                          1000)
            << Failure::NewerFormat << QStringLiteral("newer PortalKeys");
        QTest::newRow("too large") << QByteArray(Bundle::maxFileSize + 1, 'A') << Failure::TooLarge
                                   << QStringLiteral("16 MiB");
    }

    void otherFilesAreNotBundles()
    {
        QFETCH(QByteArray, file);
        QFETCH(Failure, failure);
        QFETCH(QString, text);
        const Bundle::DecryptResult result = Bundle::decrypt(file, testPassphrase);
        QVERIFY2(!result.ok(), "the file opened");
        QVERIFY2(result.failure == failure, qPrintable(result.error));
        QVERIFY2(result.error.contains(text), qPrintable(result.error));
        QVERIFY(result.json.isEmpty());
    }

    void aBundleAskingForTooManyIterationsIsRefusedAtOnce()
    {
        // 65,536 iterations (INTEGER 01 00 00) and an 8-byte salt become 2^31 - 1 iterations and a 7-byte
        // salt: the same length, so the structure around stays valid.
        QByteArray der = pemToDer(cmsEncrypt(m_json, testPassphrase, 65536));
        const qsizetype pbkdf2 = der.indexOf(QByteArray::fromHex("06092a864886f70d01050c"));
        const qsizetype params = pbkdf2 + 11;
        QCOMPARE(der.mid(params + 2, 2), QByteArray::fromHex("0408"));
        QCOMPARE(der.mid(params + 12, 5), QByteArray::fromHex("0203010000"));
        const QByteArray salt = der.mid(params + 4, 7);
        const QByteArray patched = QByteArray::fromHex("0407") + salt + QByteArray::fromHex("02047fffffff");
        der.replace(params + 2, 15, patched);
        const QByteArray file = derToPem(der);

        QCOMPARE(Bundle::inspect(file).parameters.iterations, qint64(2147483647));
        QElapsedTimer timer;
        timer.start();
        const Bundle::DecryptResult result = Bundle::decrypt(file, testPassphrase);
        QVERIFY(timer.elapsed() < 2000);
        verifyFailure(result, Failure::Unsupported, "iterations");
    }

    void weakBundlesOpenWithWarnings()
    {
        const QByteArray file = cmsEncrypt(m_json, testPassphrase, 2048, EVP_aes_256_cbc());
        const Bundle::DecryptResult result = Bundle::decrypt(file, testPassphrase);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.json, m_json);
        QCOMPARE(result.warnings.size(), 2);
        QVERIFY(result.warnings.at(0).contains(QLatin1String("2,048")));
        QVERIFY(result.warnings.at(1).contains(QLatin1String("integrity")));
        QVERIFY(!result.parameters.authenticated);
    }

    void onlyBundleDocumentsAreEncrypted()
    {
        const Bundle::EncryptResult result = Bundle::encrypt("{\"a\": 1}", testPassphrase);
        QCOMPARE(result.failure, Failure::NotABundle);
        QVERIFY(result.file.isEmpty());
    }

    void theStockToolOpensOurBundle()
    {
        if (m_openssl.isEmpty())
            QSKIP("The openssl command is not installed; the check against the stock tool needs it.");
        const QString path = writeTemp(QStringLiteral("ours.pem"), m_file);
        const ToolRun run =
            runOpenssl({QStringLiteral("cms"), QStringLiteral("-decrypt"), QStringLiteral("-inform"),
                        QStringLiteral("PEM"), QStringLiteral("-in"), path, QStringLiteral("-pwri_password"),
                        QString::fromUtf8(testPassphrase)});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out, m_json);
    }

    void theStockToolSeesAtLeast600000Iterations()
    {
        if (m_openssl.isEmpty())
            QSKIP("The openssl command is not installed; the check against the stock tool needs it.");
        const QString path = writeTemp(QStringLiteral("ours-print.pem"), m_file);
        const ToolRun run =
            runOpenssl({QStringLiteral("cms"), QStringLiteral("-cmsout"), QStringLiteral("-print"),
                        QStringLiteral("-inform"), QStringLiteral("PEM"), QStringLiteral("-in"), path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString printed = QString::fromUtf8(run.out);
        QVERIFY(printed.contains(QLatin1String("id-smime-ct-authEnvelopedData")));
        QVERIFY(printed.contains(QLatin1String("aes-256-gcm")));
        // keyDerivationAlgorithm: PBKDF2, then its parameters: the salt (OCTET STRING) and the count
        // (INTEGER, hex).
        const QRegularExpression iterations(
            QStringLiteral("algorithm: PBKDF2[^\\n]*\\n(?:[^\\n]*\\n){0,3}?[^\\n]*INTEGER\\s*:([0-9A-F]+)"));
        const QRegularExpressionMatch match = iterations.match(printed);
        QVERIFY2(match.hasMatch(), qPrintable(printed));
        bool ok = false;
        const qint64 count = match.captured(1).toLongLong(&ok, 16);
        QVERIFY(ok);
        QVERIFY2(count >= 600000, qPrintable(QString::number(count)));
        QCOMPARE(count, qint64(Bundle::iterations));
    }

    void aBundleMadeByTheStockToolOpens()
    {
        if (m_openssl.isEmpty())
            QSKIP("The openssl command is not installed; the check against the stock tool needs it.");
        // OpenSSL 3.0's command cannot use GCM with a password recipient, nor set the iteration count: what
        // it makes opens, with both weaknesses named.
        const ToolRun run =
            runOpenssl({QStringLiteral("cms"), QStringLiteral("-encrypt"), QStringLiteral("-binary"),
                        QStringLiteral("-aes-256-cbc"), QStringLiteral("-outform"), QStringLiteral("PEM"),
                        QStringLiteral("-pwri_password"), QString::fromUtf8(testPassphrase)},
                       m_json);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const Bundle::DecryptResult result = Bundle::decrypt(run.out, testPassphrase);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.json, m_json);
        QCOMPARE(result.parameters.iterations, qint64(2048));
        QCOMPARE(result.warnings.size(), 2);
        verifyFailure(Bundle::decrypt(run.out, "not the passphrase"), Failure::WrongPassphrase, "wrong");
    }

    void passphrasePolicy()
    {
        QVERIFY(!PassphrasePolicy::check({}).ok());
        const PassphrasePolicy::Check shortOne = PassphrasePolicy::check("Tr0ub4dor&3");
        QVERIFY(shortOne.ok());
        QCOMPARE(shortOne.warnings.size(), 1);
        QVERIFY(
            shortOne.warnings.first().startsWith(QLatin1String("The passphrase has only 11 characters.")));
        QVERIFY(clean(shortOne.warnings.first()));
        QCOMPARE(PassphrasePolicy::check(testPassphrase).warnings, QStringList());
        // Characters, not bytes: nine Cyrillic letters are 17 bytes of UTF-8.
        QCOMPARE(PassphrasePolicy::characterCount(QStringLiteral("ключ-ключ").toUtf8()), qsizetype(9));
        QCOMPARE(PassphrasePolicy::check(QStringLiteral("ключ-ключ").toUtf8()).warnings.size(), 1);
        QVERIFY(PassphrasePolicy::check("password")
                    .warnings.join(QLatin1Char(' '))
                    .contains(QLatin1String("commonly")));
        QVERIFY(PassphrasePolicy::check(" a long passphrase here")
                    .warnings.join(QLatin1Char(' '))
                    .contains(QLatin1String("space")));
    }

    void wipeLeavesSharedCopiesAlone()
    {
        QByteArray own("value");
        own.detach();
        Bundle::wipe(own);
        QVERIFY(own.isEmpty());
        const QByteArray original("shared value");
        QByteArray copy = original;
        Bundle::wipe(copy);
        QVERIFY(copy.isEmpty());
        QCOMPARE(original, QByteArray("shared value"));
    }

    void draftsTravelThroughABundle()
    {
        QObject context;
        MemorySecretStore from;
        MemorySecretStore to;
        const DraftStore source(m_dir.filePath(QStringLiteral("from/drafts.json")));
        const DraftStore target(m_dir.filePath(QStringLiteral("to/drafts.json")));
        QStringList ids;
        for (const BundleContent::Entry &entry : sampleEntries()) {
            bool saved = false;
            source.saveDraft(entry.draft, entry.values, from, &context, [&saved](const QString &error) {
                QVERIFY2(error.isEmpty(), qPrintable(error));
                saved = true;
            });
            QTRY_VERIFY(saved);
            ids.append(entry.draft.id);
        }

        QString error = QStringLiteral("<no answer>");
        QByteArray json;
        BundleExporter::collect(source, from, ids, &context, [&](const QString &e, const QByteArray &j) {
            error = e;
            json = j;
        });
        QTRY_VERIFY(error != QLatin1String("<no answer>"));
        QCOMPARE(error, QString());
        Bundle::EncryptResult encrypted = Bundle::encrypt(json, testPassphrase);
        Bundle::wipe(json);
        QVERIFY2(encrypted.ok(), qPrintable(encrypted.error));
        Bundle::DecryptResult decrypted = Bundle::decrypt(encrypted.file, testPassphrase);
        QVERIFY2(decrypted.ok(), qPrintable(decrypted.error));

        error = QStringLiteral("<no answer>");
        QList<Draft> imported;
        BundleImporter::import(target, to, decrypted.json, &context,
                               [&](const QString &e, const QList<Draft> &d) {
                                   error = e;
                                   imported = d;
                               });
        Bundle::wipe(decrypted.json);
        QTRY_VERIFY(error != QLatin1String("<no answer>"));
        QCOMPARE(error, QString());
        QCOMPARE(imported.size(), 2);

        const QList<Draft> stored = target.load().drafts;
        QCOMPARE(stored.size(), 2);
        const QList<BundleContent::Entry> expected = sampleEntries();
        for (int i = 0; i < 2; ++i) {
            const Draft &draft = stored.at(i);
            QVERIFY(!ids.contains(draft.id)); // a new draft, not a copy of the old id
            QCOMPARE(draft.product, expected.at(i).draft.product);
            QCOMPARE(draft.service, expected.at(i).draft.service);
            QCOMPARE(draft.title, expected.at(i).draft.title);
            QCOMPARE(draft.note, expected.at(i).draft.note);
            QCOMPARE(draft.keyNames, expected.at(i).draft.keyNames);
            DraftValues values;
            bool read = false;
            target.loadValues(draft, to, &context, [&](const QString &e, const DraftValues &v) {
                QVERIFY2(e.isEmpty(), qPrintable(e));
                values = v;
                read = true;
            });
            QTRY_VERIFY(read);
            QCOMPARE(values, expected.at(i).values); // the S3 secret had no value, and still has none
        }
        QCOMPARE(to.size(), 3);
    }

    void aFailedImportSaysWhy()
    {
        QObject context;
        MemorySecretStore secrets;
        secrets.failWith(SecretError::unavailable({}));
        const DraftStore target(m_dir.filePath(QStringLiteral("failed/drafts.json")));
        QString error;
        bool done = false;
        BundleImporter::import(target, secrets, m_json, &context,
                               [&](const QString &e, const QList<Draft> &d) {
                                   error = e;
                                   done = d.isEmpty();
                               });
        QTRY_VERIFY(done);
        QVERIFY2(error.contains(QLatin1String("No keychain")), qPrintable(error));
        QVERIFY(clean(error));
        QVERIFY(target.load().drafts.isEmpty());

        bool refused = false;
        BundleImporter::import(target, secrets,
                               "{\"format\": 1, \"kind\": \"portalkeys-bundle\", \"drafts\": []}", &context,
                               [&](const QString &e, const QList<Draft> &) {
                                   refused = e.contains(QLatin1String("no drafts"));
                               });
        QTRY_VERIFY(refused);
    }

    void exportNamesAMissingDraft()
    {
        QObject context;
        MemorySecretStore secrets;
        const DraftStore store(m_dir.filePath(QStringLiteral("missing/drafts.json")));
        QString error;
        BundleExporter::collect(store, secrets, {QStringLiteral("0e0c3c9e-1111-4e6c-9f6e-2f1f6a1f0d00")},
                                &context, [&](const QString &e, const QByteArray &) { error = e; });
        QTRY_VERIFY(!error.isEmpty());
        QVERIFY(error.contains(QLatin1String("0e0c3c9e")));
    }
};

QTEST_GUILESS_MAIN(TestBundle)
#include "tst_bundle.moc"
