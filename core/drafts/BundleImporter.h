#pragma once

#include "drafts/Draft.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class QObject;

namespace PortalKeys {
class SecretStore;
}

namespace PortalKeys::Drafts {

class DraftStore;

// Turns the plaintext of a bundle (from Bundle::decrypt()) into new drafts.
class BundleImporter {
    Q_DECLARE_TR_FUNCTIONS(BundleImporter)

public:
    // `imported`: the drafts created, also when `error` says why the rest were not.
    using Handler = std::function<void(const QString &error, const QList<Draft> &imported)>;

    // Creates a new draft (a fresh id, created now) for every draft of the bundle and stores its values,
    // one draft after the other through DraftStore::saveDraft(). The whole bundle is checked before anything
    // is stored; the first failure while storing stops the import, and the drafts imported before it stay.
    // Asynchronous like DraftStore; `secrets` must outlive the operation. The caller wipes `json` afterwards.
    static void import(const DraftStore &store, SecretStore &secrets, const QByteArray &json,
                       QObject *context, Handler handler);
};

} // namespace PortalKeys::Drafts
