// The translation loader: which language the environment asks for, English plural forms under every
// language, Russian and German plural forms of a real message, and the catalog's texts in translation.
#include "apikeys/ApiKey.h"
#include "catalog/ServiceCatalog.h"
#include "common/Translations.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace PortalKeys;
using PortalKeys::ApiKeys::ApiKey;

namespace {

// A hand-made translation of one plural message and its frame, and of two catalog texts, in the .ts format
// translators write; compiled by lrelease like the shipped ones, so a broken plural rule shows here.
QByteArray handMadeTs(const QString &language)
{
    const bool russian = language == QLatin1String("ru");
    const QString forms = russian ? QStringLiteral("<numerusform>%n день</numerusform>"
                                                   "<numerusform>%n дня</numerusform>"
                                                   "<numerusform>%n дней</numerusform>")
                                  : QStringLiteral("<numerusform>%n Tag</numerusform>"
                                                   "<numerusform>%n Tagen</numerusform>");
    const QString in = russian ? QStringLiteral("через %1") : QStringLiteral("läuft in %1 ab");
    const QString step = russian ? QStringLiteral("На вкладке Settings добавьте {redirectUri} в OAuth 2 → "
                                                  "Redirect URIs.")
                                 : QStringLiteral("Tragen Sie auf der Registerkarte Settings {redirectUri} "
                                                  "unter OAuth 2 → Redirect URIs ein.");
    // Filled in by name: the messages themselves hold %1 and %n.
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n"
                          "<TS version=\"2.1\" language=\"@LANGUAGE@\">\n"
                          "<context><name>ApiKey</name>\n"
                          "<message numerus=\"yes\"><source>%n "
                          "day(s)</source><translation>@FORMS@</translation></message>\n"
                          "<message><source>in %1</source><translation>@IN@</translation></message>\n"
                          "</context>\n<context><name>Catalog</name>\n"
                          "<message><source>DropBox</source><comment>title</comment>"
                          "<translation>Dropbox (@LANGUAGE@)</translation></message>\n"
                          "<message><source>On the Settings tab, add {redirectUri} under OAuth 2 → Redirect "
                          "URIs.</source>"
                          "<comment>instructions</comment><translation>@STEP@</translation></message>\n"
                          "</context>\n</TS>\n")
        .replace(QLatin1String("@LANGUAGE@"), language)
        .replace(QLatin1String("@FORMS@"), forms)
        .replace(QLatin1String("@IN@"), in)
        .replace(QLatin1String("@STEP@"), step)
        .toUtf8();
}

QString inDays(int days)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ApiKey key;
    key.expiresAt = now.addSecs(qint64(days) * 86400);
    return key.expiryText(now);
}

QString inHours(int hours)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ApiKey key;
    key.expiresAt = now.addSecs(qint64(hours) * 3600);
    return key.expiryText(now);
}

// "LANG=de_DE.UTF-8 LANGUAGE=de:en"
QProcessEnvironment environment(const QString &assignments)
{
    QProcessEnvironment result;
    for (const QString &assignment : assignments.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        result.insert(assignment.section(QLatin1Char('='), 0, 0), assignment.section(QLatin1Char('='), 1));
    return result;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        removeTranslators();
        const QByteArray name = QTest::currentTestFunction();
        const bool handMade = name.contains("Plural") || name.startsWith("catalog");
        if (handMade && QByteArray(PORTALKEYS_LRELEASE_PATH).isEmpty())
            QSKIP("built without Qt Linguist tools (lrelease)");
    }
    void cleanup() { removeTranslators(); }

    void environmentChoosesTheLanguageAsGettextDoes_data()
    {
        QTest::addColumn<QString>("variables");
        QTest::addColumn<QString>("language"); // empty: the platform decides
        QTest::newRow("LANG") << QStringLiteral("LANG=de_DE.UTF-8") << QStringLiteral("de");
        QTest::newRow("LANGUAGE wins over LANG")
            << QStringLiteral("LANGUAGE=de:en LANG=en_US.UTF-8") << QStringLiteral("de");
        QTest::newRow("LANGUAGE's first available")
            << QStringLiteral("LANGUAGE=fr:ru_RU:de LANG=en_US.UTF-8") << QStringLiteral("ru");
        QTest::newRow("LANGUAGE with none available")
            << QStringLiteral("LANGUAGE=fr:it LANG=de_DE.UTF-8") << QStringLiteral("en");
        QTest::newRow("LC_ALL over LANG")
            << QStringLiteral("LC_ALL=ru_RU.UTF-8 LANG=de_DE.UTF-8") << QStringLiteral("ru");
        QTest::newRow("LC_MESSAGES over LANG")
            << QStringLiteral("LC_MESSAGES=de_AT LANG=ru_RU") << QStringLiteral("de");
        QTest::newRow("C ignores LANGUAGE") << QStringLiteral("LANGUAGE=de LANG=C") << QStringLiteral("en");
        QTest::newRow("POSIX") << QStringLiteral("LC_ALL=POSIX LANG=de_DE.UTF-8") << QStringLiteral("en");
        QTest::newRow("C.UTF-8") << QStringLiteral("LANG=C.UTF-8") << QStringLiteral("en");
        QTest::newRow("modifier") << QStringLiteral("LANG=de_DE@euro") << QStringLiteral("de");
        QTest::newRow("not translated") << QStringLiteral("LANG=fr_FR.UTF-8") << QStringLiteral("en");
        QTest::newRow("nothing set") << QStringLiteral("LANGUAGE=de") << QString();
    }
    void environmentChoosesTheLanguageAsGettextDoes()
    {
        QFETCH(QString, variables);
        QFETCH(QString, language);
        const auto chosen = languageFromEnvironment(
            environment(variables), {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ru")});
        QCOMPARE(chosen.value_or(QString()), language);
    }

    void languagesAreNamedInTheirOwnLanguage()
    {
        QCOMPARE(languageNativeName(QStringLiteral("en")), QStringLiteral("English"));
        QCOMPARE(languageNativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(languageNativeName(QStringLiteral("ru")), QStringLiteral("Русский"));
    }

    void everyLanguageWithTsFilesIsCompiledIn()
    {
        if (availableLanguages() == QStringList{QStringLiteral("en")})
            QSKIP("built without Qt Linguist tools: no translations compiled in");
        QCOMPARE(availableLanguages().first(), QStringLiteral("en"));
        QVERIFY(availableLanguages().contains(QStringLiteral("de")));
        QVERIFY(availableLanguages().contains(QStringLiteral("ru")));
    }

    void englishPluralFormsUnderEveryLanguage()
    {
        if (availableLanguages() == QStringList{QStringLiteral("en")})
            QSKIP("built without Qt Linguist tools: no plural forms compiled in");
        QCOMPARE(inHours(2), QStringLiteral("in 2 hour(s)")); // no translator: the source text
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        QCOMPARE(inHours(1), QStringLiteral("in 1 hour"));
        QCOMPARE(inDays(21), QStringLiteral("in 21 days"));
        removeTranslators();
        // A language PortalKeys does not have, and one whose translation lacks the message: English forms.
        installTranslations(*QCoreApplication::instance(), QStringLiteral("fr"));
        QCOMPARE(inHours(1), QStringLiteral("in 1 hour"));
        removeTranslators();
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        installHandMade(QStringLiteral("ru")); // has "in %1", not "%n hour(s)"
        QCOMPARE(inHours(1), QStringLiteral("через 1 hour"));
        QCOMPARE(inHours(5), QStringLiteral("через 5 hours"));
        removeTranslators();
    }

    void shippedTranslationsHaveEveryPluralForm()
    {
        if (!availableLanguages().contains(QStringLiteral("ru")))
            QSKIP("built without Qt Linguist tools: no translations compiled in");
        installTranslations(*QCoreApplication::instance(), QStringLiteral("ru"));
        QCOMPARE(inHours(1), QStringLiteral("через 1 час"));
        QCOMPARE(inHours(3), QStringLiteral("через 3 часа"));
        QCOMPARE(inHours(5), QStringLiteral("через 5 часов"));
        QCOMPARE(inHours(21), QStringLiteral("через 21 час"));
        removeTranslators();
        installTranslations(*QCoreApplication::instance(), QStringLiteral("de"));
        QCOMPARE(inHours(1), QStringLiteral("in 1 Stunde"));
        QCOMPARE(inHours(2), QStringLiteral("in 2 Stunden"));
        removeTranslators();
    }

    void russianPluralForms()
    {
        installHandMade(QStringLiteral("ru"));
        QCOMPARE(inDays(1), QStringLiteral("через 1 день"));
        QCOMPARE(inDays(2), QStringLiteral("через 2 дня"));
        QCOMPARE(inDays(5), QStringLiteral("через 5 дней"));
        QCOMPARE(inDays(21), QStringLiteral("через 21 день"));
    }

    void germanPluralForms()
    {
        installHandMade(QStringLiteral("de"));
        QCOMPARE(inDays(1), QStringLiteral("läuft in 1 Tag ab"));
        QCOMPARE(inDays(2), QStringLiteral("läuft in 2 Tagen ab"));
        QCOMPARE(inDays(5), QStringLiteral("läuft in 5 Tagen ab"));
        QCOMPARE(inDays(21), QStringLiteral("läuft in 21 Tagen ab"));
    }

    void catalogTextsAreTranslatedAfterTheirChecks()
    {
        installHandMade(QStringLiteral("de"));
        using namespace Catalog;
        const ServiceCatalog catalog = ServiceCatalog::fromFile(ServiceCatalog::builtInPath());
        QVERIFY2(catalog.isValid(), qPrintable(catalog.errors().join(QLatin1Char('\n'))));
        const ServiceDefinition *dropbox = catalog.find(Product::DocSpace, QStringLiteral("dropbox"));
        QVERIFY(dropbox != nullptr);
        QCOMPARE(dropbox->title, QStringLiteral("Dropbox (de)"));
        // The placeholder survives translation and is filled in afterwards.
        const QString uri = QStringLiteral("https://portal.example/oauth");
        QVERIFY(dropbox->steps(uri).contains(
            QStringLiteral("Tragen Sie auf der Registerkarte Settings %1 unter OAuth 2 → Redirect URIs ein.")
                .arg(uri)));
        // The disambiguation keeps a title's translation off a label or step with the same words.
        QCOMPARE(
            dropbox->purpose,
            QStringLiteral("Lets users connect their Dropbox folders to the portal's rooms and documents."));
    }

private:
    void installHandMade(const QString &language)
    {
        const QString lrelease = QStringLiteral(PORTALKEYS_LRELEASE_PATH);
        QVERIFY(m_dir.isValid());
        const QString ts = m_dir.filePath(QStringLiteral("hand-made_%1.ts").arg(language));
        const QString qm = m_dir.filePath(QStringLiteral("hand-made_%1.qm").arg(language));
        QFile file(ts);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(handMadeTs(language));
        file.close();
        QProcess process;
        process.start(lrelease, {QStringLiteral("-silent"), ts, QStringLiteral("-qm"), qm});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        auto *translator = new QTranslator(this);
        QVERIFY(translator->load(qm));
        QCOMPARE(translator->language(), language);
        QCoreApplication::installTranslator(translator);
    }

    void removeTranslators()
    {
        // installTranslations parents its translators to the application; the hand-made ones to this test.
        const auto translators =
            QCoreApplication::instance()->findChildren<QTranslator *>() + findChildren<QTranslator *>();
        for (QTranslator *translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
