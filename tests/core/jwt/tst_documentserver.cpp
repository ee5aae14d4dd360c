// DocumentServer: templates, signing a config and checking the token embedded in one, with the
// documentation's public sample tokens as the reference.
#include "jwt/DocumentServer.h"
#include "jwt/Token.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrl>

#include <openssl/evp.h>
#include <openssl/pem.h>

using namespace PortalKeys::Jwt;
using Kind = DocumentServer::Difference::Kind;

namespace {

Key secretKey(const QByteArray &secret)
{
    Key::LoadResult loaded = Key::fromSecret(secret);
    if (!loaded.ok())
        qFatal("test secret not accepted: %s", qPrintable(loaded.error));
    return *loaded.key;
}

const QByteArray testSecret = "a-test-secret-that-is-32-bytes-long!";

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

// The sample tokens and the parameters they are documented with in the ONLYOFFICE API documentation.
struct Sample {
    const char *name;
    const char *documented;
    const char *token;
};

const Sample samples[] = {
    {"config",
     "{\"document\":{\"fileType\":\"docx\",\"key\":\"Khirz6zTPdfd7\",\"permissions\":{\"download\":true,"
     "\"edit\":true,"
     "\"print\":true,\"review\":true},\"title\":\"Example Document "
     "Title.docx\",\"url\":\"https://example.com/"
     "url-to-example-document.docx\"},\"editorConfig\":{\"callbackUrl\":\"https://example.com/"
     "url-to-callback.ashx\",\"mode\":\"edit\",\"user\":{\"id\":\"78e1e841\",\"name\":\"Smith\"}}}",
     "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
     "eyJkb2N1bWVudCI6eyJmaWxlVHlwZSI6ImRvY3giLCJrZXkiOiJLaGlyejZ6VFBkZmQ3Ii"
     "wicGVybWlzc2lvbnMiOnsiZG93bmxvYWQiOnRydWUsImVkaXQiOnRydWUsInByaW50Ijp0cnVlLCJyZXZpZXciOnRydWV9LCJ0aXRsZ"
     "SI6Ik"
     "V4YW1wbGUgRG9jdW1lbnQgVGl0bGUuZG9jeCIsInVybCI6Imh0dHBzOi8vZXhhbXBsZS5jb20vdXJsLXRvLWV4YW1wbGUtZG9jdW1lb"
     "nQu"
     "ZG9jeCJ9LCJlZGl0b3JDb25maWciOnsiY2FsbGJhY2tVcmwiOiJodHRwczovL2V4YW1wbGUuY29tL3VybC10by1jYWxsYmFjay5hc2h"
     "4Iiwi"
     "bW9kZSI6ImVkaXQiLCJ1c2VyIjp7Imdyb3VwIjoiR3JvdXAxIiwiaWQiOiI3OGUxZTg0MSIsIm5hbWUiOiJTbWl0aCJ9fX0.SHQ6p-"
     "yHw2y"
     "MoWsB7xB5sq12NSGxPrPHQ3bTgzy3OPE"},
    {"insertImage", "{\"fileType\":\"png\",\"url\":\"https://example.com/url-to-example-image.png\"}",
     "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
     "eyJmaWxlVHlwZSI6InBuZyIsInVybCI6Imh0dHBzOi8vZXhhbXBsZS5jb20vdXJsLXRvLWV"
     "4YW1wbGUtaW1hZ2UucG5nIn0.FXuC3GUvPq3japwyzo4i-utUe3g1rfSDt1ytuK_VyCc"},
    {"setHistoryData",
     "{\"changesUrl\":\"https://example.com/"
     "url-to-changes.zip\",\"key\":\"Khirz6zTPdfd7\",\"previous\":{\"key\":"
     "\"af86C7e71Ca8\",\"url\":\"https://example.com/"
     "url-to-the-previous-version-of-the-document.docx\"},\"url\":"
     "\"https://example.com/url-to-example-document.docx\",\"version\":2}",
     "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
     "eyJjaGFuZ2VzVXJsIjoiaHR0cHM6Ly9leGFtcGxlLmNvbS91cmwtdG8tY2hhbmdlcy56aXA"
     "iLCJrZXkiOiJLaGlyejZ6VFBkZmQ3IiwicHJldmlvdXMiOnsia2V5IjoiYWY4NkM3ZTcxQ2E4IiwidXJsIjoiaHR0cHM6Ly9leGFtcG"
     "xlLmN"
     "vbS91cmwtdG8tdGhlLXByZXZpb3VzLXZlcnNpb24tb2YtdGhlLWRvY3VtZW50LmRvY3gifSwidXJsIjoiaHR0cHM6Ly9leGFtcGxlLm"
     "NvbS9"
     "1cmwtdG8tZXhhbXBsZS1kb2N1bWVudC5kb2N4IiwidmVyc2lvbiI6Mn0.7gaOe1_4OvgRLYD0oGk_bMrVdPaLmgZVNIgQCUQdgoE"},
    {"setMailMergeRecipients",
     "{\"fileType\":\"xlsx\",\"url\":\"https://example.com/url-to-example-recipients.xlsx\"}",
     "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
     "eyJmaWxlVHlwZSI6Inhsc3giLCJ1cmwiOiJodHRwczovL2V4YW1wbGUuY29tL3VybC10by1"
     "leGFtcGxlLXJlY2lwaWVudHMueGxzeCJ9.P3TjOyX1Tv3xAVRAc8qtNb-uFLD6FH_WErag_rbI6nQ"},
    {"setRevisedFile", "{\"fileType\":\"docx\",\"url\":\"https://example.com/url-to-example-document.docx\"}",
     "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
     "eyJmaWxlVHlwZSI6ImRvY3giLCJ1cmwiOiJodHRwczovL2V4YW1wbGUuY29tL3VybC10by1"
     "leGFtcGxlLWRvY3VtZW50LmRvY3gifQ.t8660n_GmxJIppxcwkr_mUxmXYtE8cg-jF2cTLMtuk8"},
};

QJsonObject withToken(QJsonObject config, const char *token)
{
    config.insert(QStringLiteral("token"), QString::fromLatin1(token));
    return config;
}

// Every URL anywhere in a JSON value.
void collectUrls(const QJsonValue &value, QStringList &urls)
{
    if (value.isString() && value.toString().startsWith(QStringLiteral("http")))
        urls << value.toString();
    else if (value.isObject())
        for (const QJsonValue &member : value.toObject())
            collectUrls(member, urls);
    else if (value.isArray())
        for (const QJsonValue &element : value.toArray())
            collectUrls(element, urls);
}

QByteArray ecPublicKeyPem()
{
    EVP_PKEY *pkey = EVP_EC_gen("P-256");
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PUBKEY(bio, pkey);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    const QByteArray pem(data, int(size));
    BIO_free(bio);
    EVP_PKEY_free(pkey);
    return pem;
}

QString describe(const QList<DocumentServer::Difference> &differences)
{
    QStringList lines;
    for (const DocumentServer::Difference &d : differences)
        lines << QStringLiteral("%1 %2 [%3] [%4]").arg(int(d.kind)).arg(d.path, d.configValue, d.tokenValue);
    return lines.join(QStringLiteral("; "));
}

} // namespace

class TestDocumentServer : public QObject {
    Q_OBJECT

private slots:
    void templatesHaveNamesTitlesAndPayloads()
    {
        const QList<DocumentServer::Template> all = DocumentServer::templates();
        QCOMPARE(all.size(), 5);
        QStringList names;
        for (DocumentServer::Template t : all) {
            names << DocumentServer::templateName(t);
            QCOMPARE(DocumentServer::templateFromName(DocumentServer::templateName(t)), t);
            QVERIFY(!DocumentServer::templateTitle(t).isEmpty());
            const QJsonObject payload = DocumentServer::templatePayload(t);
            QVERIFY(!payload.isEmpty());
            QVERIFY(!payload.contains(QStringLiteral("token")));
            QStringList urls;
            collectUrls(payload, urls);
            QVERIFY(!urls.isEmpty());
            for (const QString &url : std::as_const(urls))
                QCOMPARE(QUrl(url).host(), QStringLiteral("example.com"));
        }
        QCOMPARE(names,
                 (QStringList{QStringLiteral("config"), QStringLiteral("insertImage"),
                              QStringLiteral("setHistoryData"), QStringLiteral("setMailMergeRecipients"),
                              QStringLiteral("setRevisedFile")}));
        QVERIFY(!DocumentServer::templateFromName(QStringLiteral("nope")));
    }

    void templatePayloadsHaveTheDocumentedShape()
    {
        const QJsonObject config = DocumentServer::templatePayload(DocumentServer::Template::OpenFile);
        const QJsonObject document = config.value(QStringLiteral("document")).toObject();
        for (const char *member : {"fileType", "key", "permissions", "title", "url"})
            QVERIFY2(document.contains(QLatin1String(member)), member);
        QVERIFY(
            document.value(QStringLiteral("permissions")).toObject().value(QStringLiteral("edit")).isBool());
        const QJsonObject editorConfig = config.value(QStringLiteral("editorConfig")).toObject();
        for (const char *member : {"callbackUrl", "mode", "user"})
            QVERIFY2(editorConfig.contains(QLatin1String(member)), member);
        const QJsonObject user = editorConfig.value(QStringLiteral("user")).toObject();
        QVERIFY(user.contains(QStringLiteral("id")) && user.contains(QStringLiteral("name")));
        QVERIFY(config.value(QStringLiteral("documentType")).isString());

        const QJsonObject history = DocumentServer::templatePayload(DocumentServer::Template::SetHistoryData);
        QCOMPARE(QStringList(history.keys()),
                 (QStringList{QStringLiteral("changesUrl"), QStringLiteral("key"), QStringLiteral("previous"),
                              QStringLiteral("url"), QStringLiteral("version")}));
        QCOMPARE(QStringList(history.value(QStringLiteral("previous")).toObject().keys()),
                 (QStringList{QStringLiteral("key"), QStringLiteral("url")}));
        for (DocumentServer::Template t :
             {DocumentServer::Template::InsertImage, DocumentServer::Template::SetMailMergeRecipients,
              DocumentServer::Template::SetRevisedFile})
            QCOMPARE(QStringList(DocumentServer::templatePayload(t).keys()),
                     (QStringList{QStringLiteral("fileType"), QStringLiteral("url")}));
    }

    void sampleTokensDecodeToTheDocumentedParameters()
    {
        for (const Sample &sample : samples) {
            const Token::ParseResult parsed = Token::parse(QString::fromLatin1(sample.token));
            QVERIFY2(parsed.ok(), sample.name);
            QCOMPARE(parsed.token->algorithmName(), QStringLiteral("HS256"));
            QJsonObject payload = parsed.token->payloadObject();
            if (qstrcmp(sample.name, "config") == 0) {
                // The config sample's token also signs a user group that the documented parameters leave out.
                QJsonObject editorConfig = payload.value(QStringLiteral("editorConfig")).toObject();
                QJsonObject user = editorConfig.value(QStringLiteral("user")).toObject();
                QCOMPARE(user.take(QStringLiteral("group")).toString(), QStringLiteral("Group1"));
                editorConfig.insert(QStringLiteral("user"), user);
                payload.insert(QStringLiteral("editorConfig"), editorConfig);
            }
            QVERIFY2(payload == json(sample.documented), sample.name);
        }
    }

    void sampleTokensCheckAgainstTheirConfigs()
    {
        // The documentation signs its samples with an empty secret (see tst_weaksecrets).
        const Key empty = secretKey({});
        for (const Sample &sample : samples) {
            const DocumentServer::ConfigCheck check =
                DocumentServer::checkConfig(withToken(json(sample.documented), sample.token), empty);
            QVERIFY2(check.tokenPresent, sample.name);
            QVERIFY2(check.signatureValid, qPrintable(check.error));
            QVERIFY2(check.error.isEmpty(), qPrintable(check.error));
            if (qstrcmp(sample.name, "config") == 0) {
                QCOMPARE(check.differences.size(), 1);
                const DocumentServer::Difference &d = check.differences.first();
                QCOMPARE(d.kind, Kind::ExtraInToken);
                QCOMPARE(d.path, QStringLiteral("editorConfig.user.group"));
                QVERIFY(d.configValue.isEmpty());
                QCOMPARE(d.tokenValue, QStringLiteral("\"Group1\""));
            } else {
                QVERIFY2(check.differences.isEmpty(), qPrintable(describe(check.differences)));
            }
        }
    }

    void signThenCheckRoundTrip()
    {
        const Key key = secretKey(testSecret);
        for (DocumentServer::Template t : DocumentServer::templates()) {
            const QJsonObject payload = DocumentServer::templatePayload(t);
            const DocumentServer::SignedConfig signedConfig = DocumentServer::signConfig(payload, key);
            QVERIFY2(signedConfig.error.isEmpty(), qPrintable(signedConfig.error));
            QCOMPARE(signedConfig.config.value(QStringLiteral("token")).toString(), signedConfig.token);
            QJsonObject withoutToken = signedConfig.config;
            withoutToken.remove(QStringLiteral("token"));
            QCOMPARE(withoutToken, payload);

            const Token::ParseResult parsed = Token::parse(signedConfig.token);
            QVERIFY(parsed.ok());
            QCOMPARE(parsed.token->algorithmName(), QStringLiteral("HS256"));
            QCOMPARE(parsed.token->payloadObject(), payload);

            const DocumentServer::ConfigCheck check = DocumentServer::checkConfig(signedConfig.config, key);
            QVERIFY(check.tokenPresent);
            QVERIFY2(check.signatureValid, qPrintable(check.error));
            QVERIFY2(check.error.isEmpty(), qPrintable(check.error));
            QVERIFY2(check.differences.isEmpty(), qPrintable(describe(check.differences)));
        }
    }

    void signConfigReplacesAnOldToken()
    {
        const Key key = secretKey(testSecret);
        QJsonObject config = DocumentServer::templatePayload(DocumentServer::Template::InsertImage);
        config.insert(QStringLiteral("token"), QStringLiteral("old.token.value"));
        const DocumentServer::SignedConfig signedConfig = DocumentServer::signConfig(config, key);
        QVERIFY(signedConfig.error.isEmpty());
        const Token::ParseResult parsed = Token::parse(signedConfig.token);
        QVERIFY(parsed.ok());
        QVERIFY(!parsed.token->payloadObject().contains(QStringLiteral("token")));
        QVERIFY(DocumentServer::checkConfig(signedConfig.config, key).differences.isEmpty());
    }

    void changedValueIsReportedAtItsPath()
    {
        const Key key = secretKey(testSecret);
        QJsonObject config = DocumentServer::signConfig(
                                 DocumentServer::templatePayload(DocumentServer::Template::OpenFile), key)
                                 .config;
        QJsonObject document = config.value(QStringLiteral("document")).toObject();
        QJsonObject permissions = document.value(QStringLiteral("permissions")).toObject();
        permissions.insert(QStringLiteral("edit"), false);
        document.insert(QStringLiteral("permissions"), permissions);
        config.insert(QStringLiteral("document"), document);

        const DocumentServer::ConfigCheck check = DocumentServer::checkConfig(config, key);
        QVERIFY(check.signatureValid); // the token itself is intact; it just signs something else
        QCOMPARE(check.differences.size(), 1);
        const DocumentServer::Difference &d = check.differences.first();
        QCOMPARE(d.kind, Kind::Changed);
        QCOMPARE(d.path, QStringLiteral("document.permissions.edit"));
        QCOMPARE(d.configValue, QStringLiteral("false"));
        QCOMPARE(d.tokenValue, QStringLiteral("true"));
    }

    void memberOnlyInConfigIsMissingFromToken()
    {
        const Key key = secretKey(testSecret);
        QJsonObject config = DocumentServer::signConfig(
                                 DocumentServer::templatePayload(DocumentServer::Template::OpenFile), key)
                                 .config;
        // Added after signing: Document Server would use it, but the token does not vouch for it.
        QJsonObject editorConfig = config.value(QStringLiteral("editorConfig")).toObject();
        editorConfig.insert(QStringLiteral("callbackUrl"), QStringLiteral("https://example.com/other"));
        QJsonObject user = editorConfig.value(QStringLiteral("user")).toObject();
        user.insert(QStringLiteral("group"), QStringLiteral("Finance"));
        editorConfig.insert(QStringLiteral("user"), user);
        config.insert(QStringLiteral("editorConfig"), editorConfig);
        config.insert(QStringLiteral("type"), QStringLiteral("desktop"));

        const DocumentServer::ConfigCheck check = DocumentServer::checkConfig(config, key);
        QVERIFY(check.signatureValid);
        QCOMPARE(check.differences.size(), 3);
        QCOMPARE(check.differences[0].kind, Kind::Changed);
        QCOMPARE(check.differences[0].path, QStringLiteral("editorConfig.callbackUrl"));
        QCOMPARE(check.differences[0].configValue, QStringLiteral("\"https://example.com/other\""));
        QCOMPARE(check.differences[1].kind, Kind::MissingFromToken);
        QCOMPARE(check.differences[1].path, QStringLiteral("editorConfig.user.group"));
        QCOMPARE(check.differences[1].configValue, QStringLiteral("\"Finance\""));
        QVERIFY(check.differences[1].tokenValue.isEmpty());
        QCOMPARE(check.differences[2].kind, Kind::MissingFromToken);
        QCOMPARE(check.differences[2].path, QStringLiteral("type"));
    }

    void memberOnlyInTokenIsExtraInToken()
    {
        const Key key = secretKey(testSecret);
        QJsonObject config =
            DocumentServer::signConfig(
                DocumentServer::templatePayload(DocumentServer::Template::SetHistoryData), key)
                .config;
        const QJsonValue previous = config.take(QStringLiteral("previous"));
        const DocumentServer::ConfigCheck check = DocumentServer::checkConfig(config, key);
        QVERIFY(check.signatureValid);
        QCOMPARE(check.differences.size(), 1);
        QCOMPARE(check.differences[0].kind, Kind::ExtraInToken);
        QCOMPARE(check.differences[0].path, QStringLiteral("previous"));
        QVERIFY(check.differences[0].configValue.isEmpty());
        QCOMPARE(check.differences[0].tokenValue,
                 QString::fromUtf8(QJsonDocument(previous.toObject()).toJson(QJsonDocument::Compact)));
    }

    void arraysAndOddNamesAreComparedConsistently()
    {
        const Key key = secretKey(testSecret);
        const QJsonObject original =
            json("{\"a.b\":1,\"list\":[1,{\"x\":true}],\"n\":{\"with space\":\"v\"}}");
        QJsonObject config = DocumentServer::signConfig(original, key).config;
        config.insert(QStringLiteral("list"), QJsonArray{1, QJsonObject{{QStringLiteral("x"), false}}});
        config.insert(QStringLiteral("a.b"), 2);
        config.insert(QStringLiteral("n"), QJsonObject{{QStringLiteral("with space"), QStringLiteral("w")}});
        const DocumentServer::ConfigCheck check = DocumentServer::checkConfig(config, key);
        QCOMPARE(check.differences.size(), 3);
        QCOMPARE(check.differences[0].path, QStringLiteral("[\"a.b\"]"));
        QCOMPARE(check.differences[0].configValue, QStringLiteral("2"));
        // Arrays are compared as whole values.
        QCOMPARE(check.differences[1].path, QStringLiteral("list"));
        QCOMPARE(check.differences[1].configValue, QStringLiteral("[1,{\"x\":false}]"));
        QCOMPARE(check.differences[1].tokenValue, QStringLiteral("[1,{\"x\":true}]"));
        QCOMPARE(check.differences[2].path, QStringLiteral("n[\"with space\"]"));
        // Numbers written differently but equal are equal.
        QJsonObject same = DocumentServer::signConfig(json("{\"v\":2}"), key).config;
        same.insert(QStringLiteral("v"), 2.0);
        QVERIFY(DocumentServer::checkConfig(same, key).differences.isEmpty());
    }

    void wrongSecretFailsTheSignature()
    {
        const QJsonObject config =
            DocumentServer::signConfig(DocumentServer::templatePayload(DocumentServer::Template::OpenFile),
                                       secretKey(testSecret))
                .config;
        const DocumentServer::ConfigCheck check =
            DocumentServer::checkConfig(config, secretKey("another-secret-of-at-least-32-bytes"));
        QVERIFY(check.tokenPresent);
        QVERIFY(!check.signatureValid);
        QVERIFY(!check.error.isEmpty());
        QVERIFY(check.differences.isEmpty());
    }

    void expiredTokenIsReported()
    {
        const Key key = secretKey(testSecret);
        QJsonObject payload = DocumentServer::templatePayload(DocumentServer::Template::InsertImage);
        payload.insert(QStringLiteral("exp"), 1000000000); // 2001
        const DocumentServer::ConfigCheck check =
            DocumentServer::checkConfig(DocumentServer::signConfig(payload, key).config, key);
        QVERIFY(check.signatureValid);
        QVERIFY2(check.error.contains(QStringLiteral("expired")), qPrintable(check.error));
    }

    void configWithoutUsableToken()
    {
        const Key key = secretKey(testSecret);
        const QJsonObject payload = DocumentServer::templatePayload(DocumentServer::Template::InsertImage);
        const DocumentServer::ConfigCheck none = DocumentServer::checkConfig(payload, key);
        QVERIFY(!none.tokenPresent);
        QVERIFY(!none.signatureValid);
        QVERIFY(!none.error.isEmpty());

        QJsonObject notString = payload;
        notString.insert(QStringLiteral("token"), 42);
        const DocumentServer::ConfigCheck number = DocumentServer::checkConfig(notString, key);
        QVERIFY(number.tokenPresent);
        QVERIFY(!number.signatureValid);
        QVERIFY(!number.error.isEmpty());

        const DocumentServer::ConfigCheck garbage =
            DocumentServer::checkConfig(withToken(payload, "not a token"), key);
        QVERIFY(garbage.tokenPresent);
        QVERIFY(!garbage.signatureValid);
        QVERIFY(!garbage.error.isEmpty());
    }

    void nonHmacKeysAreRefused()
    {
        const Key::LoadResult ec = Key::fromPem(ecPublicKeyPem());
        QVERIFY2(ec.ok(), qPrintable(ec.error));
        const QJsonObject payload = DocumentServer::templatePayload(DocumentServer::Template::SetRevisedFile);
        const DocumentServer::SignedConfig signedConfig = DocumentServer::signConfig(payload, *ec.key);
        QVERIFY(!signedConfig.error.isEmpty());
        QVERIFY(signedConfig.token.isEmpty());
        QVERIFY(DocumentServer::signConfig(payload, Key()).error.size() > 0);

        const QJsonObject config = DocumentServer::signConfig(payload, secretKey(testSecret)).config;
        const DocumentServer::ConfigCheck check = DocumentServer::checkConfig(config, *ec.key);
        QVERIFY(!check.signatureValid);
        QVERIFY(!check.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDocumentServer)
#include "tst_documentserver.moc"
