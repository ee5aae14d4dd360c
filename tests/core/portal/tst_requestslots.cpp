// The bounds on requests in flight: per host, in total, in the order asked, and a full host never holding up
// another host's requests.
#include "portal/RequestSlots.h"

#include <QTest>
#include <QUrl>

using PortalKeys::Portal::RequestSlots;
using Ticket = RequestSlots::Ticket;

class TestRequestSlots : public QObject {
    Q_OBJECT

private:
    struct Asked {
        Ticket ticket = 0;
        bool now = false;
    };

    Asked ask(RequestSlots &bounds, const QString &host)
    {
        Asked asked;
        asked.ticket = bounds.acquire(
            host, this, [this](Ticket ticket) { m_granted.append(ticket); }, &asked.now);
        return asked;
    }

    QList<Ticket> m_granted;

private slots:
    void init() { m_granted.clear(); }

    void boundsPerHostAndInTotal()
    {
        RequestSlots bounds(2, 3);
        const Asked a1 = ask(bounds, QStringLiteral("a"));
        const Asked a2 = ask(bounds, QStringLiteral("a"));
        const Asked a3 = ask(bounds, QStringLiteral("a")); // host a is full
        const Asked b1 = ask(bounds, QStringLiteral("b"));
        const Asked c1 = ask(bounds, QStringLiteral("c")); // three in flight: the total is reached
        QVERIFY(a1.now && a2.now && !a3.now && b1.now && !c1.now);
        QCOMPARE(bounds.inFlight(), 3);
        QCOMPARE(bounds.inFlight(QStringLiteral("a")), 2);
        QCOMPARE(bounds.waiting(), 2);

        // b's slot goes to c (a is still full), granted from the event loop.
        bounds.release(b1.ticket);
        QCOMPARE(bounds.inFlight(), 3);
        QVERIFY(m_granted.isEmpty());
        QTRY_COMPARE(m_granted, QList<Ticket>{c1.ticket});
        bounds.release(a1.ticket);
        QTRY_COMPARE(m_granted, (QList<Ticket>{c1.ticket, a3.ticket}));
        QCOMPARE(bounds.waiting(), 0);
        for (const Ticket ticket : {a2.ticket, a3.ticket, c1.ticket})
            bounds.release(ticket);
        QCOMPARE(bounds.inFlight(), 0);
        QCOMPARE(bounds.inFlight(QStringLiteral("a")), 0);
    }

    void firstComeFirstServedAndLeavingTheLine()
    {
        RequestSlots bounds(1, 10);
        const Asked first = ask(bounds, QStringLiteral("a"));
        const Asked second = ask(bounds, QStringLiteral("a"));
        const Asked third = ask(bounds, QStringLiteral("a"));
        const Asked fourth = ask(bounds, QStringLiteral("a"));
        bounds.release(second.ticket); // gave up while waiting: leaves the line, takes nothing
        QCOMPARE(bounds.waiting(), 2);
        bounds.release(first.ticket);
        QTRY_COMPARE(m_granted, QList<Ticket>{third.ticket});
        bounds.release(third.ticket);
        QTRY_COMPARE(m_granted, (QList<Ticket>{third.ticket, fourth.ticket}));
        bounds.release(fourth.ticket);
        bounds.release(fourth.ticket); // a second release changes nothing
        bounds.release(0);
        QCOMPARE(bounds.inFlight(), 0);
    }

    void aGrantedSlotWhoseOwnerIsGoneIsFreedByItsRelease()
    {
        RequestSlots bounds(1, 1);
        const Asked first = ask(bounds, QStringLiteral("a"));
        Ticket orphan = 0;
        {
            QObject owner;
            bool now = true;
            orphan = bounds.acquire(
                QStringLiteral("a"), &owner, [](Ticket) { QFAIL("owner is gone"); }, &now);
            QVERIFY(!now);
            bounds.release(first.ticket); // granted to the owner, whose call never runs
        }
        QTest::qWait(10);
        QCOMPARE(bounds.inFlight(), 1);
        bounds.release(orphan);
        QCOMPARE(bounds.inFlight(), 0);
    }

    void hostKeyCountsSchemeHostAndPort()
    {
        QCOMPARE(RequestSlots::hostKey(QUrl(QStringLiteral("https://Portal.Example.com/api/2.0"))),
                 QStringLiteral("https://portal.example.com:443"));
        QCOMPARE(RequestSlots::hostKey(QUrl(QStringLiteral("http://127.0.0.1:8092/x"))),
                 QStringLiteral("http://127.0.0.1:8092"));
        QVERIFY(RequestSlots::hostKey(QUrl(QStringLiteral("http://127.0.0.1:1"))) !=
                RequestSlots::hostKey(QUrl(QStringLiteral("http://127.0.0.1:2"))));
    }

    void theDefaultsAreTheDocumentedOnes()
    {
        QCOMPARE(RequestSlots::defaultPerHost, 4);
        QCOMPARE(RequestSlots::defaultTotal, 32);
        QCOMPARE(&RequestSlots::forThisThread(), &RequestSlots::forThisThread());
    }
};

QTEST_GUILESS_MAIN(TestRequestSlots)
#include "tst_requestslots.moc"
