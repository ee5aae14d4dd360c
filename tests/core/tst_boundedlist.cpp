#include "common/BoundedList.h"

#include <QLocale>
#include <QTest>

using namespace PortalKeys;

namespace {

QStringList numbered(int count)
{
    QStringList items;
    for (int i = 1; i <= count; ++i)
        items.append(QStringLiteral("k%1").arg(i));
    return items;
}

} // namespace

class TestBoundedList : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void shortListsAreNamedInFull()
    {
        QCOMPARE(BoundedList::join({}), QString());
        QCOMPARE(BoundedList::join({QStringLiteral("a")}), QStringLiteral("a"));
        QCOMPARE(BoundedList::join(numbered(5)), QStringLiteral("k1, k2, k3, k4, k5"));
        QCOMPARE(BoundedList::quoted({QStringLiteral("a"), QStringLiteral("b")}), QStringLiteral("“a”, “b”"));
    }

    void longListsNameAFewAndCountTheRest()
    {
        QCOMPARE(BoundedList::join(numbered(6)), QStringLiteral("k1, k2, k3, k4, k5 and 1 more"));
        QCOMPARE(BoundedList::join(numbered(100000)), QStringLiteral("k1, k2, k3, k4, k5 and 99,995 more"));
        QCOMPARE(BoundedList::quoted(numbered(7)), QStringLiteral("“k1”, “k2”, “k3”, “k4”, “k5” and 2 more"));
        QCOMPARE(BoundedList::join(numbered(4), QStringLiteral("; "), 2),
                 QStringLiteral("k1; k2 and 2 more"));
        // Asking for none still names one: "and 3 more" alone would say nothing about what is meant.
        QCOMPARE(BoundedList::join(numbered(3), QStringLiteral(", "), 0), QStringLiteral("k1 and 2 more"));
    }

    void longItemsAreCut()
    {
        const QString huge(1000000, QLatin1Char('x'));
        const QString joined = BoundedList::join(QStringList(10, huge));
        QVERIFY2(joined.size() < 6 * BoundedList::maxItemChars, qPrintable(QString::number(joined.size())));
        QVERIFY(joined.endsWith(QStringLiteral("… and 5 more")));
        QCOMPARE(BoundedList::quoted({huge}).size(), BoundedList::maxItemChars);
        QCOMPARE(BoundedList::shortened(QStringLiteral("abcdef"), 4), QStringLiteral("abc…"));
        QCOMPARE(BoundedList::shortened(QStringLiteral("abcd"), 4), QStringLiteral("abcd"));
        // A cut never splits a surrogate pair (an emoji stays whole or goes).
        const QString emoji = QStringLiteral("ab\U0001F600cd");
        QCOMPARE(BoundedList::shortened(emoji, 4), QStringLiteral("ab…"));
    }
};

QTEST_GUILESS_MAIN(TestBoundedList)
#include "tst_boundedlist.moc"
