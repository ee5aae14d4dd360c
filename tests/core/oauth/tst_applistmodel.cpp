// The OAuth apps list as an item model: two sections under headings (apps on the chosen portal, drafts on
// this computer), a note in an empty section that says why it is empty, entries named by Ref rather than by
// row, and the model following the registry as pages arrive and apps change.
#include "oauth/AppListModel.h"
#include "oauth/AppRegistry.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace PortalKeys::OAuth;
using PortalKeys::Portal::PortalError;
using Ref = AppListModel::Ref;
using RowKind = AppListModel::RowKind;

namespace {

RegisteredApp registeredApp(const QString &clientId, const QString &name, bool enabled = true)
{
    RegisteredApp registered;
    registered.app.clientId = clientId;
    registered.app.name = name;
    registered.app.enabled = enabled;
    registered.app.logo = QStringLiteral("data:image/png;base64,AAAA");
    return registered;
}

AppDraft draft(const QString &id, const QString &name)
{
    AppDraft made;
    made.id = id;
    made.app.name = name;
    made.modified = QDateTime::currentDateTimeUtc();
    return made;
}

// A registry source that answers at once with `apps` as the only page.
AppRegistry::PageSource onePage(const QList<RegisteredApp> &apps)
{
    return [apps](int, const QString &, const QString &, OAuthAppsApi::PageDone done) {
        OAuthAppsApi::Page page;
        page.apps = apps;
        done({}, page);
    };
}

QStringList texts(const AppListModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.index(row).data().toString());
    return list;
}

} // namespace

class TestAppListModel : public QObject {
    Q_OBJECT

private slots:
    void emptySectionsSayWhy()
    {
        AppRegistry registry;
        AppListModel model(&registry);
        QCOMPARE(texts(model),
                 (QStringList{QStringLiteral("On a portal"), QStringLiteral("No portal yet."),
                              QStringLiteral("Drafts on this computer"), QStringLiteral("No drafts yet.")}));
        model.setPortalName(QStringLiteral("production"));
        QCOMPARE(texts(model).mid(0, 2),
                 (QStringList{QStringLiteral("On production"), QStringLiteral("Not loaded yet.")}));
        registry.noteFailure();
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("Not loaded: see the message above."));
        registry.reload(onePage({}), [](const PortalError &) {});
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("No apps registered yet."));
        // Headings and notes cannot be chosen, and name nothing.
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.flags(model.index(row)), Qt::NoItemFlags);
            QVERIFY(model.refAt(model.index(row)).isNone());
        }
        QVERIFY(model.refs().isEmpty());
    }

    void entriesAreNamedByRef()
    {
        AppRegistry registry;
        AppListModel model(&registry);
        model.setPortalName(QStringLiteral("production"));
        registry.reload(onePage({registeredApp(QStringLiteral("c1"), QStringLiteral("Sales")),
                                 registeredApp(QStringLiteral("c2"), QStringLiteral("Backup"), false)}),
                        [](const PortalError &) {});
        model.setDrafts({draft(QStringLiteral("d1"), QString())});
        QCOMPARE(model.refs(),
                 (QList<Ref>{Ref::registered(QStringLiteral("c1")), Ref::registered(QStringLiteral("c2")),
                             Ref::draft(QStringLiteral("d1"))}));

        const QModelIndex backup = model.indexOf(Ref::registered(QStringLiteral("c2")));
        QVERIFY(backup.isValid());
        QCOMPARE(backup.data().toString(), QStringLiteral("Backup"));
        QCOMPARE(backup.data(AppListModel::KindRole).toInt(), int(RowKind::Registered));
        QCOMPARE(backup.data(AppListModel::SubtitleRole).toString(), QStringLiteral("c2"));
        QCOMPARE(backup.data(AppListModel::StateRole).toString(), QStringLiteral("Disabled"));
        QVERIFY(backup.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Client ID: c2")));
        QCOMPARE(backup.data(AppListModel::LogoRole).toString(),
                 QStringLiteral("data:image/png;base64,AAAA"));
        QVERIFY(model.flags(backup) & Qt::ItemIsSelectable);
        QVERIFY(model.index(backup.row() - 1).data(AppListModel::StateRole).toString().isEmpty()); // enabled

        const QModelIndex unnamed = model.indexOf(Ref::draft(QStringLiteral("d1")));
        QCOMPARE(unnamed.data().toString(), QStringLiteral("(no name)"));
        QCOMPARE(unnamed.data(AppListModel::KindRole).toInt(), int(RowKind::Draft));
        QCOMPARE(unnamed.data(AppListModel::SubtitleRole).toString(),
                 QStringLiteral("Draft, not registered"));
        QVERIFY(model.draft(QStringLiteral("d1")));
        QVERIFY(!model.draft(QStringLiteral("nope")));
        // A client ID and a draft id that happen to be equal are still two entries.
        QVERIFY(!model.indexOf(Ref::draft(QStringLiteral("c1"))).isValid());
        QVERIFY(!model.indexOf(Ref()).isValid());
    }

    void oldRowsStayReadableWhileAResetBegins()
    {
        // A view asks which entry is chosen when a reset begins, after the drafts or the registry changed.
        AppRegistry registry;
        AppListModel model(&registry);
        model.setDrafts({draft(QStringLiteral("d1"), QStringLiteral("One")),
                         draft(QStringLiteral("d2"), QStringLiteral("Two"))});
        registry.reload(onePage({registeredApp(QStringLiteral("c1"), QStringLiteral("Sales"))}),
                        [](const PortalError &) {});
        QStringList seen;
        connect(&model, &QAbstractItemModel::modelAboutToBeReset, this, [&] {
            for (int row = 0; row < model.rowCount(); ++row)
                seen.append(model.refAt(model.index(row)).id + model.index(row).data().toString());
        });
        model.setDrafts({});
        QVERIFY2(seen.contains(QStringLiteral("d2Two")), qPrintable(seen.join(QLatin1Char(','))));
        seen.clear();
        registry.clear();
        QVERIFY2(seen.contains(QStringLiteral("c1Sales")), qPrintable(seen.join(QLatin1Char(','))));
        QVERIFY(model.refs().isEmpty());
    }

    void followsTheRegistry()
    {
        AppRegistry registry;
        AppListModel model(&registry);
        model.setPortalName(QStringLiteral("production"));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        registry.reload(onePage({registeredApp(QStringLiteral("c1"), QStringLiteral("Sales"))}),
                        [](const PortalError &) {});
        QCOMPARE(reset.size(), 1);
        QVERIFY(model.indexOf(Ref::registered(QStringLiteral("c1"))).isValid());

        RegisteredApp renamed = registeredApp(QStringLiteral("c1"), QStringLiteral("Sales reports"), false);
        registry.put(renamed);
        QCOMPARE(model.indexOf(Ref::registered(QStringLiteral("c1"))).data().toString(),
                 QStringLiteral("Sales reports"));
        registry.remove(QStringLiteral("c1"));
        QVERIFY(!model.indexOf(Ref::registered(QStringLiteral("c1"))).isValid());
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("No apps registered yet."));
        registry.clear(); // another portal
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("Not loaded yet."));
    }
};

QTEST_GUILESS_MAIN(TestAppListModel)
#include "tst_applistmodel.moc"
