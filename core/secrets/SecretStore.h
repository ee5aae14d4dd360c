#pragma once

#include "secrets/SecretError.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

class QObject;

namespace PortalKeys {

// Where secrets live: the OS keychain in the application, memory in unit tests.
// Every operation is asynchronous: the handler runs later on the thread of `context`, never before
// the call returns, and not at all when `context` is destroyed first.
class SecretStore {
public:
    using ReadHandler = std::function<void(const SecretError &error, const QByteArray &secret)>;
    using DoneHandler = std::function<void(const SecretError &error)>;

    virtual ~SecretStore();

    virtual void write(const QString &key, const QByteArray &secret, QObject *context,
                       DoneHandler handler) = 0;
    virtual void read(const QString &key, QObject *context, ReadHandler handler) = 0;
    // Removing a key that holds nothing succeeds: the caller wanted it gone and it is.
    virtual void remove(const QString &key, QObject *context, DoneHandler handler) = 0;

    // A short human-readable name of the backend, e.g. for an About dialog or a status line.
    virtual QString backendName() const = 0;

    // Notes, before a step that may be cut short, that the entries under `keys` could be left without an
    // owner in a list (e.g. keys a draft no longer has, removed only after the drafts file is written).
    // A store whose entries outlive the process keeps such names in the keychain journal (SecretJournal),
    // and write() does so for its own key; this store has nothing to keep. Returns an error sentence.
    virtual QString journal(const QStringList &keys);
};

} // namespace PortalKeys
