#pragma once

#include <QString>

namespace PortalKeys::Ui {

// The app's language as chosen in Preferences (QSettings "interface/language"): a language code such as
// "de", or empty for the system's language. Read once at start (app/gui/main.cpp), so a change applies from
// the next start. The command line ignores it and follows LANGUAGE and LANG.
class LanguageSetting {
public:
    static QString load();
    static void save(const QString &language);
};

} // namespace PortalKeys::Ui
