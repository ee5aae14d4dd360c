#include "common/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace PortalKeys {

namespace {

const QString resourceDir = QStringLiteral(":/i18n");
const QString english = QStringLiteral("en");

// "de_DE.UTF-8@euro", "de-DE" → "de" when only "de" is available; "pt_BR" stays when that is.
std::optional<QString> match(const QString &requested, const QStringList &available)
{
    QString name = requested.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0);
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (available.contains(name))
        return name;
    const QString language = name.section(QLatin1Char('_'), 0, 0).toLower();
    if (available.contains(language))
        return language;
    return std::nullopt;
}

bool isCLocale(const QString &locale)
{
    return locale == QLatin1String("C") || locale == QLatin1String("POSIX") ||
           locale.startsWith(QLatin1String("C."));
}

// Owned by the application, so that it outlives every translated string.
bool install(QCoreApplication &app, const QString &fileName, const QString &directory)
{
    auto *translator = new QTranslator(&app);
    if (!translator->load(fileName, directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

QString resourceFile(const QString &layer, const QString &language)
{
    return QStringLiteral(":/i18n/portalkeys_%1_%2.qm").arg(layer, language);
}

// "core", "ui", "cli": the layers whose translations this program has, found by their English files. Looked
// up one by one: listing the resource folder with a name filter costs a noticeable part of the CLI's start.
QStringList compiledLayers()
{
    QStringList layers;
    for (const char *layer : {"core", "ui", "cli"}) {
        if (QFile::exists(resourceFile(QLatin1String(layer), english)))
            layers.append(QLatin1String(layer));
    }
    return layers;
}

} // namespace

QStringList availableLanguages()
{
    // cmake/Translations.cmake's PORTALKEYS_LANGUAGES; those with a core translation in this program.
    QStringList languages;
    const QStringList known = QStringLiteral(PORTALKEYS_TRANSLATION_LANGUAGES).split(QLatin1Char(','));
    for (const QString &language : known) {
        if (language == english || QFile::exists(resourceFile(QStringLiteral("core"), language)))
            languages.append(language);
    }
    if (!languages.contains(english))
        languages.prepend(english);
    return languages;
}

QString languageNativeName(const QString &code)
{
    // Qt calls English "American English"; a language menu says just "English".
    if (code == english)
        return QStringLiteral("English");
    const QLocale locale(code);
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? code : locale.toUpper(name.left(1)) + name.mid(1);
}

std::optional<QString> languageFromEnvironment(const QProcessEnvironment &environment,
                                               const QStringList &available)
{
    QString locale;
    for (const char *variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        locale = environment.value(QLatin1String(variable));
        if (!locale.isEmpty())
            break;
    }
    if (locale.isEmpty())
        return std::nullopt;
    if (isCLocale(locale))
        return english;
    const QString languages = environment.value(QStringLiteral("LANGUAGE"));
    if (!languages.isEmpty()) {
        for (const QString &language : languages.split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
            if (const auto found = match(language, available))
                return found;
        }
        return english;
    }
    return match(locale, available).value_or(english);
}

QString systemLanguage()
{
    const QStringList available = availableLanguages();
    if (const auto fromEnvironment =
            languageFromEnvironment(QProcessEnvironment::systemEnvironment(), available))
        return *fromEnvironment;
    const QStringList uiLanguages = QLocale::system().uiLanguages();
    for (const QString &language : uiLanguages) {
        if (const auto found = match(language, available))
            return *found;
    }
    return english;
}

void installTranslations(QCoreApplication &app, const QString &language)
{
    const QString chosen = language.isEmpty() ? systemLanguage() : language;
    if (chosen != english) {
        auto *qtTranslator = new QTranslator(&app);
        if (qtTranslator->load(QLocale(chosen), QStringLiteral("qtbase"), QStringLiteral("_"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qtTranslator);
        else
            delete qtTranslator;
    }
    // Translators installed later are asked first, so each layer's language sits over its English.
    for (const QString &layer : compiledLayers()) {
        const QString base = QStringLiteral("portalkeys_%1_").arg(layer);
        install(app, base + english, resourceDir);
        if (chosen != english)
            install(app, base + chosen, resourceDir);
    }
    const QString testTranslation = qEnvironmentVariable("PORTALKEYS_TEST_TRANSLATION");
    if (!testTranslation.isEmpty())
        install(app, testTranslation, {});
}

} // namespace PortalKeys
