#pragma once

#include "apikeys/ApiKey.h"
#include "portal/PortalError.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace PortalKeys::Portal {
class PortalCall;
class PortalClient;
} // namespace PortalKeys::Portal

namespace PortalKeys::ApiKeys {

// The API keys of several portals at once: every portal is opened and listed at the same time (the first one
// alone, so that a locked keychain asks once; RequestSlots bounds the calls per host and in all). A portal
// that fails or is slow never holds back the others' results (portalFinished); the report keeps the order of
// the portals it was given.
class ApiKeyListing : public QObject {
    Q_OBJECT

public:
    // Calls back once with a client that carries the credentials, or with why there is none.
    using Opened = std::function<void(const Portal::PortalError &error, Portal::PortalClient *client)>;
    using Opener = std::function<void(Opened opened)>;
    struct Target {
        QString portalName;
        Opener open;
    };
    struct PortalResult {
        QString portal;
        QList<ApiKey> keys;
        Portal::PortalError error; // the portal could not be opened or listed: no keys
    };
    using Done = std::function<void(const QList<PortalResult> &portals)>;

    explicit ApiKeyListing(QObject *parent = nullptr);

    // `done` runs once, from the event loop, with one entry per target in their order.
    void list(const QList<Target> &targets, Done done);
    // Stops the portals that have not answered; they are reported as cancelled, and `done` runs before this
    // returns.
    void cancel();
    bool isRunning() const { return m_unfinished > 0; }

signals:
    // The portal at `index` (its place among the targets) has answered.
    void portalFinished(int index, const PortalKeys::ApiKeys::ApiKeyListing::PortalResult &result);

private:
    void open(int index, std::function<void()> then);
    void finishPortal(int index, const Portal::PortalError &error, const QList<ApiKey> &keys = {});
    bool wanted(int index, quint64 generation) const;

    QList<Target> m_targets;
    QList<PortalResult> m_results;
    QList<QPointer<Portal::PortalCall>> m_calls;
    QList<bool> m_finished;
    int m_unfinished = 0;
    quint64 m_generation = 0;
    Done m_done;
};

} // namespace PortalKeys::ApiKeys
