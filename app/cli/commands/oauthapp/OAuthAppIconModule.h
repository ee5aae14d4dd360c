#pragma once

#include "IconModule.h"

#include <QCoreApplication>

namespace PortalKeys::Cli {

// Loads the icon module that `oauth-app icon` needs (imaging/IconModule.h), found as a PrivateFile. Loaded on
// first use only, so that no other command loads Qt Gui.
class OAuthAppIconModule {
    Q_DECLARE_TR_FUNCTIONS(OAuthAppIconModule)

public:
    struct Loaded {
        Imaging::IconModule::PrepareFunction prepare = nullptr; // set when error is empty
        QString error;                                          // one sentence naming the file
    };

    static Loaded load();
};

} // namespace PortalKeys::Cli
