#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

class QObject;

namespace PortalKeys {
class SecretStore;
}

namespace PortalKeys::Drafts {

class DraftStore;

// Gathers drafts and their values into the plaintext of a bundle, ready for Bundle::encrypt().
class BundleExporter {
    Q_DECLARE_TR_FUNCTIONS(BundleExporter)

public:
    // `json` holds values: encrypt it, then wipe it (Bundle::wipe). Empty when `error` is set.
    using Handler = std::function<void(const QString &error, const QByteArray &json)>;

    // Reads the drafts with `draftIds` (in that order) from `store` and their values from `secrets`, one
    // after the other. Asynchronous like DraftStore: `handler` runs later on the thread of `context`, and
    // not at all when `context` is destroyed first; `secrets` must outlive the operation.
    static void collect(const DraftStore &store, SecretStore &secrets, const QStringList &draftIds,
                        QObject *context, Handler handler);
};

} // namespace PortalKeys::Drafts
