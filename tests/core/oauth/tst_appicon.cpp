// App icons without an image library: format and size from the bytes (PNG IHDR, JPEG frame header), SVG
// markup checks, data URIs and the portal's size limit.
#include "OAuthTestImages.h"

#include "oauth/AppIcon.h"

#include <QTest>

using namespace PortalKeys::OAuth;
using namespace PortalKeys::Testing;
using Format = AppIcon::Format;

namespace {

const QByteArray plainSvg = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"32\" "
                            "height=\"32\"><circle cx=\"16\" cy=\"16\" r=\"8\" fill=\"#f60\"/></svg>";

} // namespace

class TestAppIcon : public QObject {
    Q_OBJECT

private slots:
    void png()
    {
        const AppIcon icon = AppIcon::fromBytes(pngHeader(32, 32));
        QVERIFY2(icon.isValid(), qPrintable(icon.error()));
        QCOMPARE(icon.format(), Format::Png);
        QCOMPARE(icon.size(), QSize(32, 32));
        QVERIFY(icon.isRaster());
        QVERIFY(!icon.needsScaling());
        const AppIcon wide = AppIcon::fromBytes(pngHeader(640, 480));
        QCOMPARE(wide.size(), QSize(640, 480));
        QVERIFY(wide.needsScaling());
    }

    void jpeg_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QSize>("size");
        QTest::newRow("baseline") << jpegHeader(32, 32) << QSize(32, 32);
        QTest::newRow("progressive") << jpegHeader(120, 80, 0xc2) << QSize(120, 80);
        QTest::newRow("Huffman table before the frame") << jpegHeader(48, 16, 0xc0, true) << QSize(48, 16);
        QTest::newRow("fill bytes") << jpegHeader(32, 32).insert(2, "\xff\xff") << QSize(32, 32);
    }
    void jpeg()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QSize, size);
        const AppIcon icon = AppIcon::fromBytes(bytes);
        QVERIFY2(icon.isValid(), qPrintable(icon.error()));
        QCOMPARE(icon.format(), Format::Jpeg);
        QCOMPARE(icon.size(), size);
        QCOMPARE(icon.needsScaling(), size != QSize(32, 32));
    }

    void damagedOrOtherImages_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("PNG cut short") << pngHeader(32, 32).left(20) << QStringLiteral("IHDR");
        QTest::newRow("PNG without IHDR")
            << pngHeader(32, 32).replace("IHDR", "IDAT") << QStringLiteral("IHDR");
        QTest::newRow("PNG of no pixels") << pngHeader(0, 32) << QStringLiteral("0×32");
        QTest::newRow("JPEG without frame")
            << QByteArray("\xff\xd8\xff\xd9") << QStringLiteral("frame header");
        QTest::newRow("JPEG garbage") << QByteArray("\xff\xd8\xff\xe0\x00") << QStringLiteral("frame header");
        QTest::newRow("JPEG scan before frame")
            << QByteArray("\xff\xd8\xff\xda\x00\x02\xff\xd9", 8) << QStringLiteral("frame header");
        QTest::newRow("GIF") << QByteArray("GIF89a\x20\x00\x20\x00") << QStringLiteral("GIF");
        QTest::newRow("WebP") << QByteArray("RIFF\x10\x00\x00\x00WEBPVP8 ", 16) << QStringLiteral("WebP");
        QTest::newRow("text") << QByteArray("hello") << QStringLiteral("not a PNG, JPEG or SVG");
        QTest::newRow("over 256000 bytes")
            << pngHeader(32, 32) + QByteArray(256000 - 32, '\0') << QStringLiteral("256001 bytes");
    }
    void damagedOrOtherImages()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const AppIcon icon = AppIcon::fromBytes(bytes);
        QVERIFY(!icon.isValid());
        QVERIFY(icon.dataUri().isEmpty());
        QVERIFY2(icon.error().contains(expected), qPrintable(icon.error()));
    }

    void sizeLimitIsInclusive()
    {
        const QByteArray exactly = pngHeader(32, 32) + QByteArray(256000 - 33, '\0');
        QCOMPARE(exactly.size(), 256000);
        QVERIFY(AppIcon::fromBytes(exactly).isValid());
    }

    void sourceImagesMayBeLarger()
    {
        // An image still to be scaled is read whatever its bytes; only the icon made of it must fit.
        const QByteArray large = pngHeader(1200, 900) + QByteArray(300000, '\0');
        const AppIcon source = AppIcon::fromSourceBytes(large);
        QVERIFY2(source.isValid(), qPrintable(source.error()));
        QCOMPARE(source.size(), QSize(1200, 900));
        QVERIFY(!AppIcon::fromBytes(large).isValid());
        // SVG is sent as it is, so the limit holds for it from the start.
        QByteArray svgSource = plainSvg;
        svgSource.insert(svgSource.indexOf("</svg>"), QByteArray(AppIcon::maxBytes, ' '));
        const AppIcon bigSvg = AppIcon::fromSourceBytes(svgSource);
        QVERIFY(!bigSvg.isValid());
        QCOMPARE(bigSvg.format(), Format::Svg);
        QVERIFY2(bigSvg.error().contains(QString::number(AppIcon::maxBytes)), qPrintable(bigSvg.error()));
    }

    void svg()
    {
        AppIcon icon = AppIcon::fromBytes(plainSvg);
        QVERIFY2(icon.isValid(), qPrintable(icon.error()));
        QCOMPARE(icon.format(), Format::Svg);
        QCOMPARE(icon.size(), QSize(32, 32));
        QVERIFY(!icon.isRaster());
        QVERIFY(!icon.needsScaling());

        icon =
            AppIcon::fromBytes("\xef\xbb\xbf  <svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 64 48'/>");
        QVERIFY2(icon.isValid(), qPrintable(icon.error()));
        QCOMPARE(icon.size(), QSize(64, 48));
        icon = AppIcon::fromBytes("<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
                                  "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">"
                                  "<svg xmlns='http://www.w3.org/2000/svg' width='100%'/>");
        QVERIFY2(icon.isValid(), qPrintable(icon.error()));
        QVERIFY(icon.size().isEmpty());
    }

    void unsafeOrWrongSvg_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("script") << QByteArray(
                                       "<svg xmlns='http://www.w3.org/2000/svg'><g><script>alert(1)</script>"
                                       "</g></svg>")
                                << QStringLiteral("<script>");
        QTest::newRow("script in another namespace")
            << QByteArray("<svg xmlns='http://www.w3.org/2000/svg'><foreignObject><h:script "
                          "xmlns:h='http://www.w3.org/1999/xhtml'/></foreignObject></svg>")
            << QStringLiteral("<script>");
        QTest::newRow("onload on the root")
            << QByteArray("<svg xmlns='http://www.w3.org/2000/svg' onload='x()'/>")
            << QStringLiteral("onload on <svg>");
        QTest::newRow("onclick inside") << QByteArray("<svg xmlns='http://www.w3.org/2000/svg'><rect "
                                                      "ONCLICK='x()'/></svg>")
                                        << QStringLiteral("ONCLICK on <rect>");
        QTest::newRow("javascript link")
            << QByteArray(
                   "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'>"
                   "<a xlink:href=' JavaScript:x()'><rect/></a></svg>")
            << QStringLiteral("javascript:");
        QTest::newRow("entities") << QByteArray("<!DOCTYPE svg [<!ENTITY a \"aaaa\">]><svg "
                                                "xmlns='http://www.w3.org/2000/svg'><text>&a;</text></svg>")
                                  << QStringLiteral("entities");
        QTest::newRow("no namespace")
            << QByteArray("<svg width='32' height='32'/>") << QStringLiteral("namespace");
        QTest::newRow("HTML") << QByteArray("<html><body/></html>") << QStringLiteral("<html>");
        QTest::newRow("not well-formed") << QByteArray("<svg xmlns='http://www.w3.org/2000/svg'><g></svg>")
                                         << QStringLiteral("well-formed");
        QTest::newRow("no element") << QByteArray("<?xml version='1.0'?>") << QStringLiteral("no elements");
    }
    void unsafeOrWrongSvg()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const AppIcon icon = AppIcon::fromBytes(bytes);
        QVERIFY(!icon.isValid());
        QCOMPARE(icon.format(), Format::Svg);
        QVERIFY2(icon.error().contains(expected), qPrintable(icon.error()));
    }

    void dataUris()
    {
        const AppIcon png = AppIcon::fromBytes(pngHeader(32, 32));
        QVERIFY(png.dataUri().startsWith(QLatin1String("data:image/png;base64,iVBORw0KGgo")));
        AppIcon back = AppIcon::fromDataUri(png.dataUri());
        QVERIFY2(back.isValid(), qPrintable(back.error()));
        QCOMPARE(back.bytes(), png.bytes());

        const AppIcon svg = AppIcon::fromBytes(plainSvg);
        QVERIFY(svg.dataUri().startsWith(QLatin1String("data:image/svg+xml;base64,")));
        QCOMPARE(AppIcon::fromDataUri(svg.dataUri()).bytes(), plainSvg);

        // image/jpg is accepted as the portal does; the URI PortalKeys writes says image/jpeg.
        back = AppIcon::fromDataUri(dataUri(QStringLiteral("image/jpg"), jpegHeader(32, 32)));
        QVERIFY2(back.isValid(), qPrintable(back.error()));
        QVERIFY(back.dataUri().startsWith(QLatin1String("data:image/jpeg;base64,")));
    }

    void badDataUris_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("expected");
        QTest::newRow("URL") << QStringLiteral("https://example.com/logo.png") << QStringLiteral("data URI");
        QTest::newRow("no comma") << QStringLiteral("data:image/png;base64") << QStringLiteral("data URI");
        QTest::newRow("upper case") << dataUri(QStringLiteral("IMAGE/PNG"), pngHeader(32, 32))
                                    << QStringLiteral("IMAGE/PNG");
        QTest::newRow("webp") << dataUri(QStringLiteral("image/webp"), "RIFF")
                              << QStringLiteral("image/webp");
        QTest::newRow("not base64") << QStringLiteral("data:image/svg+xml;utf8,<svg/>")
                                    << QStringLiteral("base64");
        QTest::newRow("bad base64") << QStringLiteral("data:image/png;base64,***")
                                    << QStringLiteral("damaged");
        QTest::newRow("empty data") << QStringLiteral("data:image/png;base64,") << QStringLiteral("empty");
        QTest::newRow("type differs") << dataUri(QStringLiteral("image/svg+xml"), pngHeader(32, 32))
                                      << QStringLiteral("image/svg+xml, but the data is a PNG");
        QTest::newRow("too large") << dataUri(QStringLiteral("image/png"),
                                              pngHeader(32, 32) + QByteArray(300000, 'x'))
                                   << QStringLiteral("300033 bytes");
    }
    void badDataUris()
    {
        QFETCH(QString, uri);
        QFETCH(QString, expected);
        const AppIcon icon = AppIcon::fromDataUri(uri);
        QVERIFY(!icon.isValid());
        QVERIFY2(icon.error().contains(expected), qPrintable(icon.error()));
    }
};

QTEST_GUILESS_MAIN(TestAppIcon)
#include "tst_appicon.moc"
