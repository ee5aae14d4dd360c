// The app registry's one paging rule and one page limit, with a stand-in for the portal's list: pages in
// order and each app once, the last page recognised (short, or a cursor that does not move), a portal whose
// cursor never ends stopped after AppRegistry::maxPages, failures, and answers for a portal no longer shown.
#include "oauth/AppRegistry.h"

#include <QEventLoop>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace PortalKeys::OAuth;
using PortalKeys::Portal::PortalError;

namespace {

RegisteredApp appNamed(const QString &clientId)
{
    RegisteredApp registered;
    registered.app.clientId = clientId;
    registered.app.name = QStringLiteral("App ") + clientId;
    registered.description = {{QStringLiteral("client_id"), clientId}};
    return registered;
}

// A portal's list as the identity service hands it out: newest first, `limit` at a time after the cursor
// (the last client ID of the page before), answered later as a network reply would be.
class FakeList {
public:
    QList<RegisteredApp> apps;
    int requests = 0;
    bool endless = false;     // every page is full and names a new cursor
    bool stuckCursor = false; // every page names the same cursor
    bool repeatLast = false;  // each page starts with the last app of the page before
    PortalError failWith;

    AppRegistry::PageSource source()
    {
        return [this](int limit, const QString &afterId, const QString &afterCreated,
                      OAuthAppsApi::PageDone done) {
            ++requests;
            OAuthAppsApi::Page page;
            if (endless) {
                for (int i = 0; i < limit; ++i)
                    page.apps.append(appNamed(QStringLiteral("e%1-%2").arg(requests).arg(i)));
                page.lastClientId = page.apps.constLast().app.clientId;
            } else if (stuckCursor) {
                page.apps = apps.mid(0, limit);
                page.lastClientId = QStringLiteral("same");
            } else {
                qsizetype start = 0;
                while (!afterId.isEmpty() && start < apps.size() && apps.at(start).app.clientId != afterId)
                    ++start;
                if (!afterId.isEmpty())
                    start = repeatLast ? start : start + 1;
                page.apps = apps.mid(start, limit);
                page.lastClientId = page.apps.isEmpty() ? QString() : page.apps.constLast().app.clientId;
            }
            page.lastCreatedOn = QStringLiteral("2025-01-01T00:00:00");
            page.decideHasMore(limit, afterId, afterCreated);
            const PortalError error = failWith;
            QTimer::singleShot(
                0, [done, error, page] { done(error, error.isError() ? OAuthAppsApi::Page() : page); });
        };
    }
};

QStringList idsOf(const AppRegistry &registry)
{
    QStringList ids;
    for (const RegisteredApp &registered : registry.apps())
        ids.append(registered.app.clientId);
    return ids;
}

} // namespace

class TestAppRegistry : public QObject {
    Q_OBJECT

private:
    // Runs one registry call to its end; its error.
    template <typename Call> PortalError run(Call call)
    {
        // An event loop rather than qWaitFor, which sleeps between rounds: a thousand pages would take long.
        QEventLoop loop;
        bool done = false;
        PortalError result;
        call([&](const PortalError &error) {
            result = error;
            done = true;
            loop.quit();
        });
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        if (!done)
            loop.exec();
        if (!done)
            qFatal("the registry did not finish");
        return result;
    }

private slots:
    void pagingRule()
    {
        OAuthAppsApi::Page page;
        page.apps = {appNamed(QStringLiteral("a")), appNamed(QStringLiteral("b"))};
        page.lastClientId = QStringLiteral("b");
        page.decideHasMore(2, {}, {});
        QVERIFY(page.hasMore); // full, and the cursor moved on
        page.decideHasMore(3, {}, {});
        QVERIFY(!page.hasMore); // shorter than asked for: the last page
        page.lastCreatedOn = QStringLiteral("t");
        page.decideHasMore(2, QStringLiteral("b"), {});
        QVERIFY(page.hasMore); // the time part of the cursor moved
        page.decideHasMore(2, QStringLiteral("b"), QStringLiteral("t"));
        QVERIFY(!page.hasMore); // the same cursor again would give the same page for ever
        page.lastClientId.clear();
        page.decideHasMore(2, {}, {});
        QVERIFY(!page.hasMore); // no cursor: nothing to continue from
    }

    void pagesComeInOrderEachAppOnce()
    {
        FakeList portal;
        for (int i = 0; i < 5; ++i)
            portal.apps.append(appNamed(QString::number(i)));
        portal.repeatLast = true; // a portal whose pages overlap by one
        AppRegistry registry;
        registry.setPageSize(2);
        QCOMPARE(registry.state(), AppRegistry::State::NotLoaded);
        QVERIFY(!run([&](auto done) { registry.fetchMore(portal.source(), done); }).isError());
        QCOMPARE(idsOf(registry), (QStringList{QStringLiteral("0"), QStringLiteral("1")}));
        QVERIFY(registry.hasMore());
        QCOMPARE(registry.state(), AppRegistry::State::Loaded);
        QVERIFY(!run([&](auto done) { registry.fetchMore(portal.source(), done); }).isError());
        QCOMPARE(idsOf(registry),
                 (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2")}));
        QSignalSpy progress(&registry, &AppRegistry::progress);
        QVERIFY(!run([&](auto done) { registry.fetchAll(portal.source(), done); }).isError());
        QCOMPARE(idsOf(registry), (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"),
                                               QStringLiteral("3"), QStringLiteral("4")}));
        QVERIFY(!registry.hasMore());
        QVERIFY(progress.size() >= 1); // "so far" after every page but the last
        QCOMPARE(registry.find(QStringLiteral("3"))->app.name, QStringLiteral("App 3"));
        QVERIFY(!registry.find(QStringLiteral("9")));
    }

    void endlessCursorStopsAtThePageLimit()
    {
        FakeList portal;
        portal.endless = true;
        AppRegistry registry;
        registry.setPageSize(1);
        QVERIFY(!run([&](auto done) { registry.fetchAll(portal.source(), done); }).isError());
        QCOMPARE(portal.requests, AppRegistry::maxPages);
        QCOMPARE(registry.apps().size(), qsizetype(AppRegistry::maxPages));
        QVERIFY(registry.hasMore()); // what was not read is still offered
    }

    void cursorThatDoesNotMoveEndsTheList()
    {
        FakeList portal;
        for (int i = 0; i < 4; ++i)
            portal.apps.append(appNamed(QString::number(i)));
        portal.stuckCursor = true;
        AppRegistry registry;
        registry.setPageSize(2);
        QVERIFY(!run([&](auto done) { registry.fetchAll(portal.source(), done); }).isError());
        QCOMPARE(portal.requests, 2); // the second page came with the first page's cursor
        QVERIFY(!registry.hasMore());
        QCOMPARE(idsOf(registry), (QStringList{QStringLiteral("0"), QStringLiteral("1")}));
    }

    void appsWithoutClientIdAreLeftOut()
    {
        FakeList portal;
        portal.apps = {appNamed(QStringLiteral("a")), appNamed(QString()), appNamed(QStringLiteral("b"))};
        AppRegistry registry;
        QVERIFY(!run([&](auto done) { registry.reload(portal.source(), done); }).isError());
        QCOMPARE(idsOf(registry), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void reloadKeepsTheListUntilTheFirstPageArrives()
    {
        FakeList portal;
        portal.apps = {appNamed(QStringLiteral("a")), appNamed(QStringLiteral("b"))};
        AppRegistry registry;
        QVERIFY(!run([&](auto done) { registry.reload(portal.source(), done); }).isError());
        portal.apps = {appNamed(QStringLiteral("c"))};
        bool done = false;
        registry.reload(portal.source(), [&done](const PortalError &) { done = true; });
        QCOMPARE(idsOf(registry), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QTRY_VERIFY(done);
        QCOMPARE(idsOf(registry), QStringList{QStringLiteral("c")});
    }

    void failureWithNothingLoadedIsSaid()
    {
        FakeList portal;
        portal.apps = {appNamed(QStringLiteral("a"))};
        portal.failWith = PortalError(PortalError::Kind::Network, QStringLiteral("down"));
        AppRegistry registry;
        QCOMPARE(run([&](auto done) { registry.reload(portal.source(), done); }).kind(),
                 PortalError::Kind::Network);
        QCOMPARE(registry.state(), AppRegistry::State::Failed);

        portal.failWith = {};
        QVERIFY(!run([&](auto done) { registry.reload(portal.source(), done); }).isError());
        portal.failWith = PortalError(PortalError::Kind::Network, QStringLiteral("down"));
        QVERIFY(run([&](auto done) { registry.reload(portal.source(), done); }).isError());
        // What was loaded stays, and counts as loaded.
        QCOMPARE(idsOf(registry), QStringList{QStringLiteral("a")});
        QCOMPARE(registry.state(), AppRegistry::State::Loaded);
    }

    void answerForAClearedListIsNotTaken()
    {
        FakeList portal;
        portal.apps = {appNamed(QStringLiteral("old"))};
        AppRegistry registry;
        bool done = false;
        PortalError error;
        registry.reload(portal.source(), [&](const PortalError &e) {
            error = e;
            done = true;
        });
        registry.clear(); // another portal was chosen meanwhile
        QTRY_VERIFY(done);
        QCOMPARE(error.kind(), PortalError::Kind::Cancelled);
        QVERIFY(registry.apps().isEmpty());
        QCOMPARE(registry.state(), AppRegistry::State::NotLoaded);
    }

    void changesAfterAnOperation()
    {
        AppRegistry registry;
        QSignalSpy changed(&registry, &AppRegistry::changed);
        RegisteredApp created = appNamed(QStringLiteral("new"));
        created.clientSecret = "secret-that-must-not-stay";
        registry.put(created);
        registry.put(appNamed(QStringLiteral("newer")));
        QCOMPARE(idsOf(registry), (QStringList{QStringLiteral("newer"), QStringLiteral("new")}));
        QVERIFY(!registry.find(QStringLiteral("new"))->hasSecret()); // the keychain's, not the list's
        RegisteredApp renamed = appNamed(QStringLiteral("new"));
        renamed.app.name = QStringLiteral("Renamed");
        registry.put(renamed);
        QCOMPARE(idsOf(registry), (QStringList{QStringLiteral("newer"), QStringLiteral("new")}));
        QCOMPARE(registry.find(QStringLiteral("new"))->app.name, QStringLiteral("Renamed"));
        registry.remove(QStringLiteral("newer"));
        QCOMPARE(idsOf(registry), QStringList{QStringLiteral("new")});
        QCOMPARE(changed.size(), 4);
        registry.remove(QStringLiteral("unknown"));
        QCOMPARE(changed.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestAppRegistry)
#include "tst_appregistry.moc"
