#pragma once

#include <QHash>
#include <QString>

#include <deque>
#include <functional>

class QObject;
class QUrl;

namespace PortalKeys::Portal {

// How many requests PortalKeys has on the wire at once: at most `perHost` to one host and `total` in all.
// Every PortalCall takes a slot before each attempt and gives it back when the answer is in, so actions that
// talk to many portals at once (applying a bundle, comparing portals) stay polite without their own rules.
// A request that finds no free slot waits in line; a full host never holds up requests to other hosts. One
// instance per thread (calls live on their client's thread), so no locking.
class RequestSlots {
public:
    // The bounds, here and nowhere else.
    // 4 per host: below the 6 connections browsers and Qt open to one host, so that applying keys to many
    // portals of one server (tenants of one installation) does not crowd out its own users or trip its rate
    // limits.
    static constexpr int defaultPerHost = 4;
    // 32 in all: the goal is 50 portals in at most twice the time of one. Applying a service takes
    // three calls one after the other (read, save, read back), so 50 portals make 150 calls; 32 at a time
    // finish them in 5 round trips against 3 for one portal. More would buy little and cost sockets, one
    // network thread per portal's connection manager and TLS handshakes all at the same moment.
    static constexpr int defaultTotal = 32;

    using Ticket = quint64; // 0: none
    using Granted = std::function<void(Ticket ticket)>;

    RequestSlots(int perHost = defaultPerHost, int total = defaultTotal);
    RequestSlots(const RequestSlots &) = delete;
    RequestSlots &operator=(const RequestSlots &) = delete;

    // The slots of the calling thread, with the default bounds.
    static RequestSlots &forThisThread();
    // "https://portal.example.com:443": scheme, host and port, as browsers count connections per host.
    static QString hostKey(const QUrl &url);

    // Asks for a slot for a request to `host`. Returns the ticket; when a slot is free `*grantedNow` is set
    // and the caller may send at once, otherwise `granted` runs later from the event loop of `context`'s
    // thread, with the ticket (check it is still yours: you may have released it since).
    Ticket acquire(const QString &host, QObject *context, Granted granted, bool *grantedNow);
    // Gives back a slot, or leaves the line. Every ticket must be released exactly once; 0 is ignored.
    void release(Ticket ticket);

    int inFlight() const { return m_inFlight; }
    int inFlight(const QString &host) const { return m_perHostInFlight.value(host); }
    int waiting() const { return int(m_waiting.size()); }

private:
    struct Waiter {
        Ticket ticket = 0;
        QString host;
        QObject *context = nullptr;
        Granted granted;
    };

    bool hasRoom(const QString &host) const;
    void take(Ticket ticket, const QString &host);
    void grantWaiting();

    int m_perHost;
    int m_total;
    Ticket m_lastTicket = 0;
    int m_inFlight = 0;
    QHash<QString, int> m_perHostInFlight;
    QHash<Ticket, QString> m_granted; // ticket → host
    std::deque<Waiter> m_waiting;     // in the order they asked
};

} // namespace PortalKeys::Portal
