// Raster icons decoded and scaled with QImage, in a plain QCoreApplication (as portalkeys-cli runs):
// PNG/JPEG/SVG accepted, other sizes scaled to 32×32 with the aspect kept on a transparent square whatever
// the file's size, damaged files and huge pictures (decompression bombs) refused, SVG kept within the byte
// limit.
#include "IconScaler.h"

#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QTest>
#include <QtEndian>

using PortalKeys::Imaging::IconScaler;
using PortalKeys::OAuth::AppIcon;
using Format = AppIcon::Format;

namespace {

QImage solid(int width, int height, const QColor &colour)
{
    QImage image(width, height, QImage::Format_ARGB32);
    image.fill(colour);
    return image;
}

QByteArray encoded(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, format))
        qWarning("could not write a %s test image", format);
    return bytes;
}

QImage decoded(const AppIcon &icon)
{
    return QImage::fromData(icon.bytes(), "PNG");
}

const QByteArray svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 48 48\"><rect width=\"48\" "
                       "height=\"48\" fill=\"#36c\"/></svg>";

} // namespace

class TestIconScaler : public QObject {
    Q_OBJECT

private slots:
    void runsWithoutAGuiApplication()
    {
        QVERIFY(QCoreApplication::instance());
        QVERIFY(!QCoreApplication::instance()->inherits("QGuiApplication"));
    }

    void rightSizeIsKeptAsItIs_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Format>("format");
        QTest::newRow("PNG") << encoded(solid(32, 32, Qt::red), "PNG") << Format::Png;
        QTest::newRow("JPEG") << encoded(solid(32, 32, Qt::blue), "JPEG") << Format::Jpeg;
        QTest::newRow("SVG") << svg << Format::Svg;
    }
    void rightSizeIsKeptAsItIs()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(Format, format);
        QVERIFY(!bytes.isEmpty());
        for (const bool scale : {false, true}) {
            const IconScaler::Result result = IconScaler::prepare(bytes, scale);
            QVERIFY2(result.ok(), qPrintable(result.error));
            QVERIFY(!result.scaled);
            QCOMPARE(result.icon.format(), format);
            QCOMPARE(result.icon.bytes(), bytes); // the portal gets the file unchanged
        }
    }

    void otherSizesNeedScaling()
    {
        const IconScaler::Result result = IconScaler::prepare(encoded(solid(64, 48, Qt::red), "PNG"), false);
        QVERIFY(!result.ok());
        QVERIFY(result.needsScaling);
        QVERIFY2(result.error.contains(QStringLiteral("64×48")), qPrintable(result.error));
        QCOMPARE(result.originalSize, QSize(64, 48));
    }

    void wideImageIsCentredVertically()
    {
        const IconScaler::Result result = IconScaler::prepare(encoded(solid(64, 48, Qt::red), "PNG"), true);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.scaled);
        QCOMPARE(result.originalSize, QSize(64, 48));
        QCOMPARE(result.icon.format(), Format::Png);
        QCOMPARE(result.icon.size(), QSize(32, 32));
        QVERIFY(result.icon.dataUri().startsWith(QLatin1String("data:image/png;base64,")));

        // 64×48 becomes 32×24: four transparent rows above and below, full width in between.
        const QImage image = decoded(result.icon);
        QCOMPARE(image.size(), QSize(32, 32));
        QVERIFY(image.hasAlphaChannel());
        for (int x : {0, 16, 31}) {
            for (int y : {0, 3, 28, 31})
                QCOMPARE(qAlpha(image.pixel(x, y)), 0);
            for (int y : {4, 16, 27}) {
                const QRgb pixel = image.pixel(x, y);
                QCOMPARE(qAlpha(pixel), 255);
                QCOMPARE(qRed(pixel), 255);
                QCOMPARE(qGreen(pixel), 0);
            }
        }
    }

    void tallJpegIsCentredHorizontally()
    {
        const IconScaler::Result result =
            IconScaler::prepare(encoded(solid(10, 40, Qt::white), "JPEG"), true);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.icon.format(), Format::Png); // scaled icons are stored as PNG
        const QImage image = decoded(result.icon);
        // 10×40 becomes 8×32, from column 12 to 19.
        QCOMPARE(qAlpha(image.pixel(11, 16)), 0);
        QCOMPARE(qAlpha(image.pixel(12, 16)), 255);
        QCOMPARE(qAlpha(image.pixel(19, 16)), 255);
        QCOMPARE(qAlpha(image.pixel(20, 16)), 0);
    }

    void smallImageIsScaledUp()
    {
        const IconScaler::Result result = IconScaler::prepare(encoded(solid(16, 16, Qt::green), "PNG"), true);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const QImage image = decoded(result.icon);
        QCOMPARE(image.size(), QSize(32, 32));
        QCOMPARE(qAlpha(image.pixel(0, 0)), 255);
        QCOMPARE(qAlpha(image.pixel(31, 31)), 255);
    }

    void thinImageKeepsOnePixel()
    {
        const QImage canvas = IconScaler::fitted(solid(1000, 2, Qt::black));
        QCOMPARE(canvas.size(), QSize(32, 32));
        // 1000×2 becomes 32×1 (not 32×0) in row 15, the middle of the square.
        QCOMPARE(qAlpha(canvas.pixel(16, 15)), 255);
        QCOMPARE(qAlpha(canvas.pixel(16, 14)), 0);
        QCOMPARE(qAlpha(canvas.pixel(16, 16)), 0);
    }

    void damagedFilesAreRefused_data()
    {
        const QByteArray png = encoded(solid(64, 48, Qt::red), "PNG");
        const QByteArray jpeg = encoded(solid(64, 48, Qt::red), "JPEG");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        // The headers are right, so only decoding shows the damage.
        QTest::newRow("PNG with a garbage body")
            << png.left(33) + QByteArray(200, '\x5a') << QStringLiteral("damaged");
        QTest::newRow("JPEG with a garbage body")
            << jpeg.left(jpeg.indexOf("\xff\xc0") + 19) + QByteArray(200, '\x5a')
            << QStringLiteral("damaged");
        QTest::newRow("not an image") << QByteArray("plain text") << QStringLiteral("not a PNG, JPEG or SVG");
    }
    void damagedFilesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        for (const bool scale : {false, true}) {
            const IconScaler::Result result = IconScaler::prepare(bytes, scale);
            QVERIFY(!result.ok());
            QVERIFY(!result.needsScaling);
            QVERIFY2(result.error.contains(expected), qPrintable(result.error));
        }
    }

    void anyFileSizeIsScaled()
    {
        // A photo-like PNG far over the portal's 256,000 bytes: scaled, and only the result must fit.
        QImage noise(700, 500, QImage::Format_RGB32);
        quint32 state = 12345;
        for (int y = 0; y < noise.height(); ++y) {
            for (int x = 0; x < noise.width(); ++x) {
                state = state * 1664525u + 1013904223u;
                noise.setPixel(x, y, state | 0xff000000u);
            }
        }
        const QByteArray big = encoded(noise, "PNG");
        QVERIFY2(big.size() > AppIcon::maxBytes, qPrintable(QString::number(big.size())));
        IconScaler::Result result = IconScaler::prepare(big, false);
        QVERIFY(result.needsScaling); // asked like any other size, not refused for its bytes
        QVERIFY2(!result.error.contains(QString::number(AppIcon::maxBytes)), qPrintable(result.error));
        result = IconScaler::prepare(big, true);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.scaled);
        QCOMPARE(result.originalSize, QSize(700, 500));
        QCOMPARE(result.icon.size(), QSize(32, 32));
        QVERIFY(result.icon.bytes().size() <= AppIcon::maxBytes);

        // 32×32 already, but with a quarter megabyte of trailing bytes: the same pixels, stored again.
        const QByteArray padded = encoded(solid(32, 32, Qt::red), "PNG") + QByteArray(256000, '\0');
        result = IconScaler::prepare(padded, false);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.reencoded);
        QVERIFY(!result.scaled);
        QVERIFY(result.icon.bytes().size() < 4096);
        QCOMPARE(qRed(decoded(result.icon).pixel(16, 16)), 255);
    }

    void svgKeepsTheByteLimit()
    {
        QByteArray large = svg;
        large.insert(large.indexOf("<rect"), "<!--" + QByteArray(AppIcon::maxBytes, 'x') + "-->");
        const IconScaler::Result result = IconScaler::prepare(large, true);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QString::number(AppIcon::maxBytes)), qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("SVG")), qPrintable(result.error));
    }

    void hugePicturesAreNotDecoded_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::newRow("20000×20000") << 20000 << 20000;
        QTest::newRow("8000×6000 (48 megapixels)") << 8000 << 6000;
        QTest::newRow("30000×10 (too wide)") << 30000 << 10;
    }
    void hugePicturesAreNotDecoded()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        // A small file whose header claims a huge picture (a decompression bomb) is refused unread.
        QByteArray bomb = encoded(solid(64, 48, Qt::red), "PNG");
        qToBigEndian<quint32>(quint32(width), bomb.data() + 16);
        qToBigEndian<quint32>(quint32(height), bomb.data() + 20);
        const IconScaler::Result result = IconScaler::prepare(bomb, true);
        QVERIFY(!result.ok());
        QVERIFY(!result.needsScaling);
        QVERIFY2(result.error.contains(QStringLiteral("%1×%2").arg(width).arg(height)),
                 qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestIconScaler)
#include "tst_iconscaler.moc"
