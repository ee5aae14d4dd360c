// ServiceListModel: the Third-party page's services and drafts as rows named by a Ref, with the search and
// filters deciding which rows are shown, and the draft rules (ServiceDrafts) the page and the CLI share.
#include "authservice/ServiceDrafts.h"
#include "authservice/ServiceListModel.h"

#include "catalog/ServiceCatalog.h"

#include <QSignalSpy>
#include <QTest>

using namespace PortalKeys;
using AuthService::ServiceDrafts;
using AuthService::ServiceEntry;
using AuthService::ServiceListModel;
using AuthService::ServiceView;
using Catalog::Product;
using Catalog::ServiceCatalog;
using Ref = ServiceEntry::Ref;

namespace {

QList<ServiceEntry> offlineEntries(Product product)
{
    QList<ServiceEntry> entries;
    for (const ServiceView &view : ServiceView::offline(ServiceCatalog::builtIn(), product))
        entries.append(ServiceEntry::forView(view));
    return entries;
}

} // namespace

class TestServiceListModel : public QObject {
    Q_OBJECT

private slots:
    void rowsAreNamedByRef();
    void filtersHideRowsButKeepThem();
    void aDraftIsItsOwnRow();
    void updateEntryChangesOneRow();
    void draftForAServiceTakesItsKeysAndTitle();
};

void TestServiceListModel::rowsAreNamedByRef()
{
    ServiceListModel model;
    model.setEntries(offlineEntries(Product::DocSpace));
    QCOMPARE(model.rowCount(), 19);
    const QModelIndex google = model.indexOf(Ref::service(QStringLiteral("google")));
    QVERIFY(google.isValid());
    QCOMPARE(model.refAt(google), Ref::service(QStringLiteral("google")));
    QCOMPARE(model.data(google, ServiceListModel::IdRole).toString(), QStringLiteral("service:google"));
    QCOMPARE(model.data(google, ServiceListModel::BadgeTextRole).toString(), QStringLiteral("off"));
    QVERIFY(!model.indexOf(Ref::draft(QStringLiteral("google"))).isValid()); // a draft is not the service
    QVERIFY(!model.indexOf({}).isValid());
    QVERIFY(model.service(QStringLiteral("Google")));
    QCOMPARE(ServiceEntry::idOf(Ref::draft(QStringLiteral("x"))), QStringLiteral("draft:x"));
}

void TestServiceListModel::filtersHideRowsButKeepThem()
{
    ServiceListModel model;
    model.setEntries(offlineEntries(Product::DocSpace));
    QSignalSpy changed(&model, &ServiceListModel::filterChanged);
    ServiceListModel::Filter filter;
    filter.text = QStringLiteral("  google ");
    model.setFilter(filter);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.rowCount(), 19); // hidden, not removed
    const QList<Ref> shown = model.shownRefs();
    QVERIFY(shown.contains(Ref::service(QStringLiteral("google"))));
    QVERIFY(!shown.contains(Ref::service(QStringLiteral("dropbox"))));
    QCOMPARE(model.shownCount(), int(shown.size()));

    filter = {};
    filter.kind = Catalog::ServiceKind::Sms;
    model.setFilter(filter);
    QCOMPARE(model.shownRefs(), QList<Ref>{Ref::service(QStringLiteral("twilio"))});
    filter = {};
    filter.state = ServiceListModel::StateFilter::Draft;
    model.setFilter(filter);
    QCOMPARE(model.shownCount(), 0);
}

void TestServiceListModel::aDraftIsItsOwnRow()
{
    const Drafts::Draft draft =
        Drafts::Draft::create(Product::DocSpace, QStringLiteral("box"), {QStringLiteral("boxClientId")});
    QList<ServiceEntry> entries{ServiceEntry::forDraft(draft, ServiceCatalog::builtIn())};
    entries += offlineEntries(Product::DocSpace);
    ServiceListModel model;
    model.setEntries(entries);
    QCOMPARE(model.refAt(model.index(0)), Ref::draft(draft.id));
    QCOMPARE(model.entryWithId(QStringLiteral("draft:") + draft.id)->draft->id, draft.id);
    QCOMPARE(model.service(QStringLiteral("box"))->ref(), Ref::service(QStringLiteral("box")));
    ServiceListModel::Filter filter;
    filter.state = ServiceListModel::StateFilter::Draft;
    model.setFilter(filter);
    QCOMPARE(model.shownRefs(), QList<Ref>{Ref::draft(draft.id)});
    QVERIFY(model.isShown(0));
    QVERIFY(!model.isShown(1));
}

void TestServiceListModel::updateEntryChangesOneRow()
{
    ServiceListModel model;
    model.setEntries(offlineEntries(Product::DocSpace));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ServiceEntry google = *model.service(QStringLiteral("google"));
    google.view.definition.purpose = QStringLiteral("changed");
    QVERIFY(model.updateEntry(google));
    QCOMPARE(changed.count(), 1);
    const QModelIndex index = model.indexOf(google.ref());
    QCOMPARE(changed.first().at(0).toModelIndex(), index);
    QCOMPARE(model.data(index, ServiceListModel::SubtitleRole).toString(), QStringLiteral("changed"));
    ServiceEntry unknown = google;
    unknown.view.definition.name = QStringLiteral("nothere");
    QVERIFY(!model.updateEntry(unknown));
}

void TestServiceListModel::draftForAServiceTakesItsKeysAndTitle()
{
    const Catalog::ServiceDefinition *google =
        ServiceCatalog::builtIn().find(Product::DocSpace, QStringLiteral("google"));
    QVERIFY(google);
    const Drafts::Draft made = ServiceDrafts::draftFor(*google, std::nullopt);
    QCOMPARE(made.service, google->name);
    QCOMPARE(made.title, google->title);
    QCOMPARE(made.keyNames.size(), google->keys.size());
    QVERIFY(made.problem().isEmpty());

    Drafts::Draft existing = made;
    existing.title = QStringLiteral("Mine");
    existing.keyNames = {QStringLiteral("gone")};
    const Drafts::Draft kept = ServiceDrafts::draftFor(*google, existing);
    QCOMPARE(kept.id, made.id);
    QCOMPARE(kept.title, QStringLiteral("Mine"));
    QCOMPARE(kept.keyNames, made.keyNames);

    const Drafts::DraftValues values = ServiceDrafts::fromText(
        AuthService::KeyValues{{QStringLiteral("a"), QStringLiteral("1")}, {QStringLiteral("b"), QString()}});
    QCOMPARE(values.keys(), QStringList{QStringLiteral("a")});
    QCOMPARE(ServiceDrafts::toText(values).value(QStringLiteral("a")), QStringLiteral("1"));
}

QTEST_GUILESS_MAIN(TestServiceListModel)
#include "tst_servicelistmodel.moc"
