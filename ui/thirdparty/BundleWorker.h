#pragma once

#include "drafts/Bundle.h"

#include <QByteArray>
#include <QObject>

#include <functional>

namespace PortalKeys::Ui {

// Runs Bundle::encrypt() and Bundle::decrypt() on a thread of their own: each takes about half a second on
// purpose (PBKDF2), which the window must not spend frozen. The answer comes back on the thread of
// `context`, and not at all when `context` is gone by then. The inputs are wiped on the worker once used.
class BundleWorker {
public:
    using Encrypted = std::function<void(const Drafts::Bundle::EncryptResult &result)>;
    // The caller wipes result.json (Bundle::wipe) once it has used it.
    using Decrypted = std::function<void(Drafts::Bundle::DecryptResult &result)>;

    static void encrypt(QByteArray json, QByteArray passphrase, QObject *context, Encrypted done);
    static void decrypt(QByteArray file, QByteArray passphrase, QObject *context, Decrypted done);
};

} // namespace PortalKeys::Ui
