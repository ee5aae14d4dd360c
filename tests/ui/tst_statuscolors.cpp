// Status colours (errors, warnings, successes, notes) stay readable in light and dark themes: each has a
// contrast of at least 4.5:1 against the window and the base colour of Fusion's light palette, a dark palette
// like Fusion's dark mode, and a high-contrast one.
#include "widgets/StatusColors.h"

#include <QApplication>
#include <QStyle>
#include <QTest>

using PortalKeys::Ui::StatusColors;

namespace {

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x30));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::WindowText, QColor(0xf0, 0xf0, 0xf0));
    palette.setColor(QPalette::Text, QColor(0xf0, 0xf0, 0xf0));
    return palette;
}

QPalette highContrastPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x80, 0x80, 0x80)); // mid grey: no variant is readable on it
    palette.setColor(QPalette::Base, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::WindowText, Qt::black);
    return palette;
}

} // namespace

class TestStatusColors : public QObject {
    Q_OBJECT

private slots:
    void everyToneIsReadable_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << QApplication::style()->standardPalette();
        QTest::newRow("dark") << darkPalette();
        QTest::newRow("mid grey") << highContrastPalette();
    }

    void everyToneIsReadable()
    {
        QFETCH(QPalette, palette);
        for (const auto tone : {StatusColors::Tone::Error, StatusColors::Tone::Warning,
                                StatusColors::Tone::Success, StatusColors::Tone::Info}) {
            const QColor colour = StatusColors::text(tone, palette);
            for (const auto role : {QPalette::Window, QPalette::Base}) {
                const double ratio = StatusColors::contrast(colour, palette.color(role));
                QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("tone %1 on %2: %3:1")
                                                      .arg(int(tone))
                                                      .arg(palette.color(role).name())
                                                      .arg(ratio, 0, 'f', 2)));
            }
        }
    }

    void darkThemesGetLightColours()
    {
        QVERIFY(StatusColors::isDark(darkPalette()));
        QVERIFY(!StatusColors::isDark(QApplication::style()->standardPalette()));
        QVERIFY(StatusColors::text(StatusColors::Tone::Error, darkPalette()).lightnessF() > 0.5);
        QCOMPARE(
            StatusColors::styleSheet(StatusColors::Tone::Error, QApplication::style()->standardPalette()),
            QStringLiteral("color:#b3261e;"));
    }

    void contrastFollowsWcag()
    {
        QCOMPARE(StatusColors::contrast(Qt::black, Qt::white), 21.0);
        QCOMPARE(StatusColors::contrast(Qt::white, Qt::white), 1.0);
    }
};

QTEST_MAIN(TestStatusColors)
#include "tst_statuscolors.moc"
