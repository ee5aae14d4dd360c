#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

class QCoreApplication;

namespace PortalKeys {

// The languages PortalKeys has translations for, as codes ("en", "de", "ru"), English first: those whose
// core translation is compiled in (":/i18n/portalkeys_core_<code>.qm").
QStringList availableLanguages();

// A language's name in that language, for a language menu: "English", "Deutsch", "Русский".
QString languageNativeName(const QString &code);

// The language gettext would choose from LANGUAGE, LC_ALL, LC_MESSAGES and LANG among `available`: English
// for the C or POSIX locale; else the first language of LANGUAGE's list that PortalKeys has (English when
// none), or without LANGUAGE the locale's own language when available. nullopt when none of LC_ALL,
// LC_MESSAGES and LANG is set: the platform's own setting applies then.
std::optional<QString> languageFromEnvironment(const QProcessEnvironment &environment,
                                               const QStringList &available);

// The language to show when the user chose none: the environment's (as above), else the first of the
// system's UI languages that PortalKeys has, else English.
QString systemLanguage();

// Installs Qt's own translation for `language` (empty: systemLanguage()) and every PortalKeys translation
// compiled into this program (core, and the GUI's or the CLI's): each over its English one, which holds the
// plural forms ("1 key", "2 keys") and so fills in for any message a translation lacks. Tests set
// PORTALKEYS_TEST_TRANSLATION to a .qm file installed over all of them (the pseudo-translation).
void installTranslations(QCoreApplication &app, const QString &language = {});

} // namespace PortalKeys
