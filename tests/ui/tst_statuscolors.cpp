// Status colours (errors, warnings, successes, notes) stay readable in light and dark themes: each has a
// contrast of at least 4.5:1 against the window and the base colour of Fusion's light palette, a dark palette
// like Fusion's dark mode, and a high-contrast one; so does the text of banners and badges on their tint.
// No other colour is written into ui/.
#include "widgets/StatusColors.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
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

    void swatchesAreReadable_data() { everyToneIsReadable_data(); }

    void swatchesAreReadable()
    {
        // Verdict banners and state badges: text on a tint of its own colour, light and dark.
        QFETCH(QPalette, palette);
        for (const auto tone :
             {StatusColors::Tone::Error, StatusColors::Tone::Warning, StatusColors::Tone::Success,
              StatusColors::Tone::Info, StatusColors::Tone::Neutral, StatusColors::Tone::Accent}) {
            const StatusColors::Swatch swatch = StatusColors::swatch(tone, palette);
            const double ratio = StatusColors::contrast(swatch.text, swatch.background);
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("tone %1: %2 on %3: %4:1")
                                                  .arg(int(tone))
                                                  .arg(swatch.text.name(), swatch.background.name())
                                                  .arg(ratio, 0, 'f', 2)));
        }
        // Syntax colours picked for the palette, or its text colour.
        const QColor member =
            StatusColors::readable(QColor(0x1a, 0x56, 0xdb), QColor(0x8a, 0xb4, 0xf8), palette);
        QVERIFY(StatusColors::contrast(member, palette.color(QPalette::Base)) >= 4.5 ||
                member == palette.color(QPalette::Text));
    }

    void darkBannersAreDark()
    {
        // A light tint on a dark window would glare and wash out the light text.
        const StatusColors::Swatch error = StatusColors::swatch(StatusColors::Tone::Error, darkPalette());
        QVERIFY(error.background.lightnessF() < 0.3);
        QVERIFY(error.text.lightnessF() > 0.5);
        const StatusColors::Swatch light =
            StatusColors::swatch(StatusColors::Tone::Error, QApplication::style()->standardPalette());
        QVERIFY(light.background.lightnessF() > 0.8);
    }

    void noColourIsWrittenIntoTheUi()
    {
        // Colours come from the palette through StatusColors (and ThemedIcon for icons); only the files that
        // pick a variant for the palette name colours of their own.
        const QStringList choosers = {
            QStringLiteral("widgets/StatusColors.cpp"), QStringLiteral("widgets/ThemedIcon.cpp"),
            QStringLiteral("widgets/JsonHighlighter.cpp"), QStringLiteral("jwt/TokenHighlighter.cpp")};
        static const QRegularExpression literal(QStringLiteral(
            "QColor\\(\\s*(0x|\\d|\")|#[0-9a-fA-F]{6}\\b|Qt::(red|green|blue|yellow|dark\\w+)\\b"));
        const QDir ui(QStringLiteral(PORTALKEYS_UI_SOURCE_DIR));
        QStringList found;
        int scanned = 0;
        QDirIterator files(ui.path(), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = ui.relativeFilePath(files.next());
            ++scanned;
            if (choosers.contains(path))
                continue;
            QFile file(ui.filePath(path));
            QVERIFY(file.open(QIODevice::ReadOnly));
            int line = 0;
            while (!file.atEnd()) {
                ++line;
                const QString text = QString::fromUtf8(file.readLine());
                if (literal.match(text).hasMatch())
                    found << QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(text.trimmed());
            }
        }
        QVERIFY2(scanned > 100, qPrintable(ui.path()));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void contrastFollowsWcag()
    {
        QCOMPARE(StatusColors::contrast(Qt::black, Qt::white), 21.0);
        QCOMPARE(StatusColors::contrast(Qt::white, Qt::white), 1.0);
    }
};

QTEST_MAIN(TestStatusColors)
#include "tst_statuscolors.moc"
