#include "preferences/LanguageSetting.h"

#include "common/Translations.h"

#include <QSettings>

namespace PortalKeys::Ui {

namespace {

const QString languageKey = QStringLiteral("interface/language");

} // namespace

QString LanguageSetting::load()
{
    const QString language = QSettings().value(languageKey).toString();
    // A language this build no longer has falls back to the system's rather than to nothing.
    return availableLanguages().contains(language) ? language : QString();
}

void LanguageSetting::save(const QString &language)
{
    if (language.isEmpty())
        QSettings().remove(languageKey);
    else
        QSettings().setValue(languageKey, language);
}

} // namespace PortalKeys::Ui
