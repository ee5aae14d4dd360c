// The OAuth app model: the create body is exactly what the portal takes, a draft survives a round trip, an
// update carries only what the portal lets change, and a client object from the portal reads back.
#include "oauth/AppField.h"
#include "oauth/OAuthApp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace PortalKeys::OAuth;

namespace {

QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return {keys.cbegin(), keys.cend()};
}

OAuthApp sampleDraft()
{
    OAuthApp app;
    app.name = QStringLiteral("CRM sync");
    app.websiteUrl = QStringLiteral("https://crm.example.com");
    app.logo = QStringLiteral("data:image/png;base64,iVBORw0KGgo=");
    app.description = QStringLiteral("Copies rooms to the CRM");
    app.allowPkce = true;
    app.redirectUris = {QStringLiteral("https://crm.example.com/oauth"),
                        QStringLiteral("http://127.0.0.1/cb")};
    app.allowedOrigins = {QStringLiteral("https://crm.example.com")};
    app.scopes = {QStringLiteral("rooms:read"), QStringLiteral("files:read"), QStringLiteral("files:write")};
    app.policyUrl = QStringLiteral("https://crm.example.com/privacy");
    app.termsUrl = QStringLiteral("https://crm.example.com/terms");
    app.logoutRedirectUri = QStringLiteral("https://crm.example.com/bye");
    return app;
}

// Defined after the test class: moc (Qt 6.4) loses a class when a raw string before it holds "//".
QJsonObject exactCreateBody();
QJsonObject serverClientObject();

} // namespace

class TestOAuthApp : public QObject {
    Q_OBJECT

private slots:
    void createBodyHasExactlyThePortalsKeys()
    {
        const QJsonObject body = sampleDraft().toCreateJson();
        const QSet<QString> expected{QStringLiteral("name"),
                                     QStringLiteral("description"),
                                     QStringLiteral("logo"),
                                     QStringLiteral("website_url"),
                                     QStringLiteral("terms_url"),
                                     QStringLiteral("policy_url"),
                                     QStringLiteral("logout_redirect_uri"),
                                     QStringLiteral("redirect_uris"),
                                     QStringLiteral("allowed_origins"),
                                     QStringLiteral("scopes"),
                                     QStringLiteral("allow_pkce"),
                                     QStringLiteral("is_public")};
        QCOMPARE(keysOf(body), expected);
        const QStringList createFields = OAuthApp::createFields();
        QCOMPARE(QSet<QString>(createFields.cbegin(), createFields.cend()), expected);

        const QJsonObject exact = exactCreateBody();
        QCOMPARE(body, exact);
    }

    void fieldTableNamesEveryFieldOnce()
    {

        // The table's create fields are the create body's keys, in the form's order.
        QCOMPARE(AppField::createFields(), OAuthApp::createFields());
        QCOMPARE(AppField::createFields().constFirst(), QStringLiteral("name"));
        // The form shows the create fields but the logout URL (it follows the website) and is_public.
        QStringList shown = AppField::createFields();
        shown.removeOne(QStringLiteral("logout_redirect_uri"));
        shown.removeOne(QStringLiteral("is_public"));
        QCOMPARE(AppField::formFields(), shown);
        // Every field people fill in has a label for sentences and a heading for listings, and no two
        // fields share one.
        QStringList labels;
        QStringList headings;
        for (const QString &field : AppField::createFields()) {
            if (field == QLatin1String("allow_pkce") || field == QLatin1String("is_public"))
                continue; // a check box, and no choice at all: no sentence names them
            QVERIFY2(!AppField::label(field).contains(QLatin1Char('_')), qPrintable(field));
            QVERIFY2(!labels.contains(AppField::label(field)), qPrintable(field));
            labels.append(AppField::label(field));
        }
        for (const QString &field : AppField::formFields() + AppField::assignedFields()) {
            if (field == QLatin1String("tenant") || field.endsWith(QLatin1String("_by")))
                continue; // shown inside another row, or not at all
            QVERIFY2(AppField::heading(field).at(0).isUpper(), qPrintable(field));
            QVERIFY2(!headings.contains(AppField::heading(field)), qPrintable(field));
            headings.append(AppField::heading(field));
        }
        QCOMPARE(AppField::label(QStringLiteral("website_url")), QStringLiteral("website URL"));
        QCOMPARE(AppField::label(QStringLiteral("something_else")), QStringLiteral("something_else"));
        // What the portal adds is no create field.
        for (const QString &field : AppField::assignedFields())
            QVERIFY2(!AppField::createFields().contains(field), qPrintable(field));
    }

    void logoutUrlDefaultsToTheWebsite()
    {
        OAuthApp app = sampleDraft();
        app.logoutRedirectUri.clear();
        QCOMPARE(app.effectiveLogoutRedirectUri(), app.websiteUrl);
        QCOMPARE(app.toCreateJson().value(QLatin1String("logout_redirect_uri")).toString(), app.websiteUrl);
    }

    void draftRoundTrip()
    {
        const OAuthApp draft = sampleDraft();
        const QByteArray file = QJsonDocument(draft.toCreateJson()).toJson();
        const OAuthApp read = OAuthApp::fromJson(QJsonDocument::fromJson(file).object());
        QCOMPARE(read.name, draft.name);
        QCOMPARE(read.websiteUrl, draft.websiteUrl);
        QCOMPARE(read.logo, draft.logo);
        QCOMPARE(read.description, draft.description);
        QCOMPARE(read.allowPkce, draft.allowPkce);
        QCOMPARE(read.redirectUris, draft.redirectUris);
        QCOMPARE(read.allowedOrigins, draft.allowedOrigins);
        QCOMPARE(read.scopes, draft.scopes);
        QCOMPARE(read.policyUrl, draft.policyUrl);
        QCOMPARE(read.termsUrl, draft.termsUrl);
        QCOMPARE(read.logoutRedirectUri, draft.logoutRedirectUri);
        QCOMPARE(read.isPublic, true);
        QVERIFY(!read.isRegistered());
        QCOMPARE(read.toCreateJson(), draft.toCreateJson());

        OAuthApp noPkce = draft;
        noPkce.allowPkce = false;
        noPkce.isPublic = false; // an older draft's choice: the portal makes every app public anyway
        const QJsonObject body = noPkce.toCreateJson();
        QCOMPARE(body.value(QLatin1String("is_public")), QJsonValue(true));
        const OAuthApp back = OAuthApp::fromJson(body);
        QCOMPARE(back.allowPkce, false); // allow_pkce present: authentication_methods is not consulted
        QCOMPARE(back.isPublic, true);
    }

    void exactDuplicatesAreSentOnce()
    {
        OAuthApp app = sampleDraft();
        app.redirectUris = {QStringLiteral("https://crm.example.com/oauth"),
                            QStringLiteral("https://crm.example.com/oauth"),
                            QStringLiteral("https://CRM.example.com/oauth")};
        app.allowedOrigins = {QStringLiteral("https://crm.example.com"),
                              QStringLiteral("https://crm.example.com")};
        const QJsonObject body = app.toCreateJson();
        // Only the exact duplicate goes, as the portal merges it; a different spelling stays as typed.
        QCOMPARE(body.value(QLatin1String("redirect_uris")).toArray(),
                 (QJsonArray{QStringLiteral("https://crm.example.com/oauth"),
                             QStringLiteral("https://CRM.example.com/oauth")}));
        QCOMPARE(body.value(QLatin1String("allowed_origins")).toArray(),
                 QJsonArray{QStringLiteral("https://crm.example.com")});
        QCOMPARE(app.toUpdateJson().value(QLatin1String("allowed_origins")).toArray(),
                 QJsonArray{QStringLiteral("https://crm.example.com")});
    }

    void updateBodyHasOnlyChangeableFields()
    {
        const QJsonObject body = sampleDraft().toUpdateJson();
        const QSet<QString> expected{QStringLiteral("name"),      QStringLiteral("description"),
                                     QStringLiteral("logo"),      QStringLiteral("allow_pkce"),
                                     QStringLiteral("is_public"), QStringLiteral("allowed_origins")};
        QCOMPARE(keysOf(body), expected);
        QCOMPARE(body.value(QLatin1String("allowed_origins")).toArray(),
                 QJsonArray{QStringLiteral("https://crm.example.com")});
        QCOMPARE(body.value(QLatin1String("allow_pkce")).toBool(), true);
        for (const QString &field : {QStringLiteral("redirect_uris"), QStringLiteral("scopes"),
                                     QStringLiteral("website_url"), QStringLiteral("logout_redirect_uri")})
            QVERIFY2(!body.contains(field), qPrintable(field));

        // Complete every time: the portal refuses a body without name, logo or allowed_origins, and turns
        // PKCE off when allow_pkce is missing.
        OAuthApp renamed = sampleDraft();
        renamed.allowPkce = false;
        renamed.name = QStringLiteral("Renamed");
        const QJsonObject complete = renamed.toUpdateJson();
        QCOMPARE(keysOf(complete), expected);
        QCOMPARE(complete.value(QLatin1String("allow_pkce")), QJsonValue(false));
        QCOMPARE(complete.value(QLatin1String("logo")).toString(), sampleDraft().logo);
        QCOMPARE(complete.value(QLatin1String("is_public")), QJsonValue(true));
    }

    void readOnlyFieldsHaveReasons()
    {
        const QList<OAuthApp::ReadOnlyField> readOnly = OAuthApp::readOnlyAfterRegistration();
        QStringList fields;
        for (const OAuthApp::ReadOnlyField &entry : readOnly) {
            QVERIFY2(!entry.reason.isEmpty(), qPrintable(entry.field));
            QVERIFY2(!OAuthApp::updatableFields().contains(entry.field), qPrintable(entry.field));
            fields.append(entry.field);
        }
        for (const QString &field :
             {QStringLiteral("redirect_uris"), QStringLiteral("scopes"), QStringLiteral("website_url"),
              QStringLiteral("terms_url"), QStringLiteral("policy_url"),
              QStringLiteral("logout_redirect_uri"), QStringLiteral("client_id")})
            QVERIFY2(fields.contains(field), qPrintable(field));
        // Every create field is either updatable or read-only, never both, never neither.
        for (const QString &field : OAuthApp::createFields())
            QVERIFY2(fields.contains(field) != OAuthApp::updatableFields().contains(field),
                     qPrintable(field));

        const OAuthApp registered = sampleDraft();
        OAuthApp edited = registered;
        edited.name = QStringLiteral("Renamed");
        edited.allowedOrigins.append(QStringLiteral("https://other.example.com"));
        edited.scopes = {QStringLiteral("files:write"), QStringLiteral("files:read"),
                         QStringLiteral("rooms:read")};
        QCOMPARE(registered.readOnlyChanges(edited), QStringList());
        edited.redirectUris.removeLast();
        edited.scopes.append(QStringLiteral("openid"));
        QCOMPARE(registered.readOnlyChanges(edited),
                 (QStringList{QStringLiteral("redirect_uris"), QStringLiteral("scopes")}));
    }

    void fromServerClientObject()
    {
        const QJsonObject client = serverClientObject();
        const OAuthApp app = OAuthApp::fromJson(client);
        QVERIFY(app.isRegistered());
        QCOMPARE(app.clientId, QStringLiteral("8b1e3a4c-5d6f-4a7b-9c8d-0e1f2a3b4c5d"));
        QCOMPARE(app.logoutRedirectUri, QStringLiteral("https://crm.example.com/bye"));
        QCOMPARE(app.allowPkce, true); // from the "none" authentication method
        QCOMPARE(app.isPublic, true);
        QCOMPARE(app.enabled, false);
        QCOMPARE(app.tenant, qint64(1));
        QCOMPARE(app.createdOn, QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5, 678), QTimeZone::utc()));
        QCOMPARE(app.modifiedOn, QDateTime(QDate(2025, 2, 3), QTime(4, 5, 6), QTimeZone::utc()));
        QCOMPARE(app.createdBy, QStringLiteral("66faa6e4-f133-11ea-b126-00ffeec8b4ef"));
        QCOMPARE(app.modifiedBy, QStringLiteral("someone"));
        QCOMPARE(app.authenticationMethods,
                 (QStringList{QStringLiteral("client_secret_post"), QStringLiteral("none")}));
        QCOMPARE(app.scopes, (QStringList{QStringLiteral("files:read"), QStringLiteral("openid")}));

        // The secret never travels on: not in a draft made from a registered app.
        const QByteArray draft = QJsonDocument(app.toCreateJson()).toJson();
        QVERIFY(!draft.contains("AbCdEfGhIjKlMnOpQrStUvWxYz0123456789"));
        QVERIFY(!draft.contains("client_secret"));
        QCOMPARE(app.toCreateJson().value(QLatin1String("logout_redirect_uri")).toString(),
                 QStringLiteral("https://crm.example.com/bye"));

        QJsonObject secretOnly = client;
        secretOnly.insert(QStringLiteral("authentication_methods"),
                          QJsonArray{QStringLiteral("client_secret_post")});
        QCOMPARE(OAuthApp::fromJson(secretOnly).allowPkce, false);
    }

    void wrongTypesReadAsEmpty()
    {
        const OAuthApp app =
            OAuthApp::fromJson({{QStringLiteral("name"), 5},
                                {QStringLiteral("redirect_uris"), QStringLiteral("https://a.example.com")},
                                {QStringLiteral("scopes"), QJsonArray{QStringLiteral("files:read"), 3}},
                                {QStringLiteral("allow_pkce"), QStringLiteral("yes")}});
        QVERIFY(app.name.isEmpty());
        QVERIFY(app.redirectUris.isEmpty());
        QCOMPARE(app.scopes, QStringList{QStringLiteral("files:read")});
        QCOMPARE(app.allowPkce, false);
    }
};

namespace {

// The create body of sampleDraft(), written out by hand.
QJsonObject exactCreateBody()
{
    return QJsonDocument::fromJson(R"({
            "name": "CRM sync", "description": "Copies rooms to the CRM", "logo": "data:image/png;base64,iVBORw0KGgo=",
            "website_url": "https://crm.example.com", "terms_url": "https://crm.example.com/terms",
            "policy_url": "https://crm.example.com/privacy", "logout_redirect_uri": "https://crm.example.com/bye",
            "redirect_uris": ["https://crm.example.com/oauth", "http://127.0.0.1/cb"],
            "allowed_origins": ["https://crm.example.com"], "scopes": ["rooms:read", "files:read", "files:write"],
            "allow_pkce": true, "is_public": true})")
        .object();
}

// As GET /api/2.0/clients/{id} answers: plural logout list, no allow_pkce, read-only fields, the secret.
QJsonObject serverClientObject()
{
    return QJsonDocument::fromJson(R"({
            "client_id": "8b1e3a4c-5d6f-4a7b-9c8d-0e1f2a3b4c5d",
            "client_secret": "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789",
            "name": "CRM sync", "description": "Copies rooms", "logo": "data:image/png;base64,iVBORw0KGgo=",
            "website_url": "https://crm.example.com", "terms_url": "https://crm.example.com/terms",
            "policy_url": "https://crm.example.com/privacy",
            "redirect_uris": ["https://crm.example.com/oauth"], "allowed_origins": ["https://crm.example.com"],
            "logout_redirect_uris": ["https://crm.example.com/bye"], "scopes": ["files:read", "openid"],
            "authentication_methods": ["client_secret_post", "none"], "is_public": true, "enabled": false,
            "tenant": 1, "created_on": "2025-01-02T03:04:05.678Z", "modified_on": "2025-02-03T04:05:06.000Z",
            "created_by": "66faa6e4-f133-11ea-b126-00ffeec8b4ef", "modified_by": "someone"})")
        .object();
}

} // namespace

QTEST_GUILESS_MAIN(TestOAuthApp)
#include "tst_oauthapp.moc"
