#pragma once

class QCoreApplication;

namespace PortalKeys {

// Loads Qt's and PortalKeys' translations for the user's language. English is the source language, but its
// plural forms ("1 key", "2 keys") come from portalkeys_en, so that one is the fallback for any language
// PortalKeys has no translation for.
void installTranslations(QCoreApplication &app);

} // namespace PortalKeys
