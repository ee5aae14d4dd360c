#include "authservice/KeyDrift.h"
#include "authservice/KeyDriftModel.h"
#include "catalog/ServiceCatalog.h"

#include <QTest>

using namespace PortalKeys;
using AuthService::KeyDrift;
using AuthService::KeySource;
using AuthService::ServiceView;

// The drift check as a user reads its report: which keys are the same, differ or exist on one side only, and
// that no secret value ever reaches the report.
class TestKeyDrift : public QObject {
    Q_OBJECT

    static ServiceView portalService(const QString &name, const QMap<QString, QString> &values)
    {
        const Catalog::ServiceDefinition *known =
            Catalog::ServiceCatalog::builtIn().find(Catalog::Product::DocSpace, name);
        Q_ASSERT(known);
        ServiceView view = ServiceView::fromDefinition(*known);
        view.values = values;
        return view;
    }

    static KeySource::Prepared draft(const QString &service, const Drafts::DraftValues &values)
    {
        KeySource::Prepared prepared;
        prepared.draft = Drafts::Draft::create(Catalog::Product::DocSpace, service, values.keys());
        prepared.values = values;
        return prepared;
    }

    static const KeyDrift::Row *row(const KeyDrift::Result &result, const QString &service,
                                    const QString &key)
    {
        for (const KeyDrift::Row &row : result.rows) {
            if (row.service == service && row.key == key)
                return &row;
        }
        return nullptr;
    }

private slots:
    void eachKeyGetsOneOfFourStates()
    {
        const KeySource portal = KeySource::fromPortal(
            QStringLiteral("portal prod"),
            {portalService(QStringLiteral("google"),
                           {{QStringLiteral("googleClientId"), QStringLiteral("id-1")},
                            {QStringLiteral("googleClientSecret"), QStringLiteral("s-1")}}),
             portalService(QStringLiteral("box"), {{QStringLiteral("boxClientId"), QStringLiteral("box-id")},
                                                   {QStringLiteral("boxClientSecret"), QString()}})});
        const KeySource drafts = KeySource::fromDrafts(
            QStringLiteral("offline drafts"),
            {draft(QStringLiteral("google"), {{QStringLiteral("googleClientId"), "id-1"},
                                              {QStringLiteral("googleClientSecret"), "s-2"}}),
             draft(QStringLiteral("dropbox"), {{QStringLiteral("dropboxClientId"), "dbx"}})});

        const KeyDrift::Result result = KeyDrift::compare(portal, drafts);
        QVERIFY(result.differs());
        QCOMPARE(row(result, QStringLiteral("google"), QStringLiteral("googleClientId"))->state,
                 KeyDrift::State::Same);
        QCOMPARE(row(result, QStringLiteral("google"), QStringLiteral("googleClientSecret"))->state,
                 KeyDrift::State::Differs);
        QCOMPARE(row(result, QStringLiteral("box"), QStringLiteral("boxClientId"))->state,
                 KeyDrift::State::OnlyHere);
        QCOMPARE(row(result, QStringLiteral("dropbox"), QStringLiteral("dropboxClientId"))->state,
                 KeyDrift::State::OnlyThere);
        // An empty value is no value: Box's secret is on neither side.
        QVERIFY(!row(result, QStringLiteral("box"), QStringLiteral("boxClientSecret")));
    }

    void secretValuesNeverReachTheReport()
    {
        const QString secret = QStringLiteral("GOCSPX-drifted-secret");
        const KeySource portal = KeySource::fromPortal(
            QStringLiteral("a"), {portalService(QStringLiteral("google"),
                                                {{QStringLiteral("googleClientId"), QStringLiteral("id-a")},
                                                 {QStringLiteral("googleClientSecret"), secret}})});
        const KeySource other = KeySource::fromPortal(
            QStringLiteral("b"),
            {portalService(QStringLiteral("google"),
                           {{QStringLiteral("googleClientId"), QStringLiteral("id-b")},
                            {QStringLiteral("googleClientSecret"), QStringLiteral("x")}})});
        KeyDrift::Options options;
        options.withValues = true;
        const KeyDrift::Result result = KeyDrift::compare(portal, other, options);
        const KeyDrift::Row *secretRow =
            row(result, QStringLiteral("google"), QStringLiteral("googleClientSecret"));
        QVERIFY(secretRow->secret);
        QCOMPARE(secretRow->state, KeyDrift::State::Differs);
        QVERIFY(secretRow->hereValue.isEmpty() && secretRow->thereValue.isEmpty());
        // A non-secret is shown, but only when asked for.
        const KeyDrift::Row *idRow = row(result, QStringLiteral("google"), QStringLiteral("googleClientId"));
        QVERIFY(!idRow->secret);
        QCOMPARE(idRow->hereValue, QStringLiteral("id-a"));
        QCOMPARE(idRow->thereValue, QStringLiteral("id-b"));
        QVERIFY(
            row(KeyDrift::compare(portal, other), QStringLiteral("google"), QStringLiteral("googleClientId"))
                ->hereValue.isEmpty());
    }

    void aKeyTheCatalogDoesNotKnowCountsAsASecret()
    {
        const KeySource drafts =
            KeySource::fromDrafts(QStringLiteral("bundle"),
                                  {draft(QStringLiteral("newservice"), {{QStringLiteral("newKey"), "v1"}})});
        const KeySource empty = KeySource::fromDrafts(QStringLiteral("none"), {});
        KeyDrift::Options options;
        options.withValues = true;
        const KeyDrift::Result result = KeyDrift::compare(drafts, empty, options);
        QCOMPARE(result.rows.size(), 1);
        QVERIFY(result.rows.first().secret);
        QVERIFY(result.rows.first().hereValue.isEmpty());
    }

    void servicesMatchWhateverTheSpellingAndCanBeChosen()
    {
        // The portal spells Apple "appleID"; a draft may say "appleid".
        const Catalog::ServiceDefinition *apple =
            Catalog::ServiceCatalog::builtIn().find(Catalog::Product::DocSpace, QStringLiteral("appleid"));
        QVERIFY(apple);
        QMap<QString, QString> values;
        Drafts::DraftValues draftValues;
        for (const Catalog::KeyDefinition &key : apple->keys) {
            values.insert(key.name, QStringLiteral("v"));
            draftValues.insert(key.name, "v");
        }
        ServiceView view = ServiceView::fromDefinition(*apple);
        view.values = values;
        const KeySource portal = KeySource::fromPortal(QStringLiteral("p"), {view});
        const KeySource drafts =
            KeySource::fromDrafts(QStringLiteral("d"), {draft(QStringLiteral("appleID"), draftValues)});
        QVERIFY(!KeyDrift::compare(portal, drafts).differs());
        QCOMPARE(KeyDrift::compare(portal, drafts).rows.size(), apple->keys.size());

        KeyDrift::Options only;
        only.services = {QStringLiteral("APPLEID"), QStringLiteral("nosuch")};
        const KeyDrift::Result chosen = KeyDrift::compare(portal, drafts, only);
        QCOMPARE(chosen.rows.size(), apple->keys.size());
        QCOMPARE(chosen.servicesWithoutKeys, QStringList{QStringLiteral("nosuch")});
    }

    // The table the app shows: states as text and as a role, secrets never as values, the differing services.
    void theModelShowsWhatTheReportSays()
    {
        const KeySource portal = KeySource::fromPortal(
            QStringLiteral("portal prod"),
            {portalService(QStringLiteral("google"),
                           {{QStringLiteral("googleClientId"), QStringLiteral("id-1")},
                            {QStringLiteral("googleClientSecret"), QStringLiteral("s-1")}})});
        const KeySource drafts = KeySource::fromDrafts(
            QStringLiteral("offline drafts"),
            {draft(QStringLiteral("google"), {{QStringLiteral("googleClientId"), "id-1"},
                                              {QStringLiteral("googleClientSecret"), "s-2"}})});
        KeyDrift::Options options;
        options.withValues = true;
        AuthService::KeyDriftModel model;
        model.setResult(KeyDrift::compare(portal, drafts, options), portal.label, drafts.label);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.headerData(AuthService::KeyDriftModel::Here, Qt::Horizontal).toString(), portal.label);
        QCOMPARE(model.index(0, AuthService::KeyDriftModel::Here).data().toString(), QStringLiteral("id-1"));
        QCOMPARE(model.index(1, AuthService::KeyDriftModel::State).data().toString(),
                 QStringLiteral("differs"));
        QCOMPARE(model.index(1, 0).data(AuthService::KeyDriftModel::StateRole).toInt(),
                 int(KeyDrift::State::Differs));
        for (int column = 0; column < model.columnCount(); ++column) {
            const QString text = model.index(1, column).data().toString();
            QVERIFY2(!text.contains(QStringLiteral("s-1")) && !text.contains(QStringLiteral("s-2")),
                     qPrintable(text));
        }
        QCOMPARE(model.differingServices(), QStringList{QStringLiteral("google")});
    }

    void theNewestDraftOfAServiceCounts()
    {
        KeySource::Prepared older =
            draft(QStringLiteral("google"), {{QStringLiteral("googleClientId"), "old"}});
        KeySource::Prepared newer =
            draft(QStringLiteral("google"), {{QStringLiteral("googleClientId"), "new"}});
        older.draft.modified = QDateTime::currentDateTimeUtc().addDays(-1);
        const KeySource drafts = KeySource::fromDrafts(QStringLiteral("d"), {newer, older});
        QCOMPARE(
            drafts.services.value(QStringLiteral("google")).values.value(QStringLiteral("googleClientId")),
            QStringLiteral("new"));
    }
};

QTEST_GUILESS_MAIN(TestKeyDrift)
#include "tst_keydrift.moc"
