#include "portal/RequestSlots.h"

#include <QMetaObject>
#include <QObject>
#include <QUrl>

namespace PortalKeys::Portal {

RequestSlots::RequestSlots(int perHost, int total)
    : m_perHost(perHost)
    , m_total(total)
{}

RequestSlots &RequestSlots::forThisThread()
{
    thread_local RequestSlots perThread;
    return perThread;
}

QString RequestSlots::hostKey(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const int port = url.port(scheme == QLatin1String("https") ? 443 : 80);
    return QStringLiteral("%1://%2:%3").arg(scheme, url.host().toLower()).arg(port);
}

bool RequestSlots::hasRoom(const QString &host) const
{
    return m_inFlight < m_total && m_perHostInFlight.value(host) < m_perHost;
}

void RequestSlots::take(Ticket ticket, const QString &host)
{
    ++m_inFlight;
    ++m_perHostInFlight[host];
    m_granted.insert(ticket, host);
}

RequestSlots::Ticket RequestSlots::acquire(const QString &host, QObject *context, Granted granted,
                                           bool *grantedNow)
{
    const Ticket ticket = ++m_lastTicket;
    // No one in line could take a free slot (release() hands them out at once), so room here never jumps the
    // line: those waiting for this host or for any slot at all find none either.
    *grantedNow = hasRoom(host);
    if (*grantedNow)
        take(ticket, host);
    else
        m_waiting.push_back({ticket, host, context, std::move(granted)});
    return ticket;
}

void RequestSlots::release(Ticket ticket)
{
    if (ticket == 0)
        return;
    const auto granted = m_granted.constFind(ticket);
    if (granted == m_granted.cend()) {
        for (auto it = m_waiting.begin(); it != m_waiting.end(); ++it) {
            if (it->ticket == ticket) {
                m_waiting.erase(it);
                return;
            }
        }
        return;
    }
    const QString host = granted.value();
    m_granted.erase(granted);
    --m_inFlight;
    if (--m_perHostInFlight[host] == 0)
        m_perHostInFlight.remove(host);
    grantWaiting();
}

void RequestSlots::grantWaiting()
{
    for (auto it = m_waiting.begin(); it != m_waiting.end() && m_inFlight < m_total;) {
        if (!hasRoom(it->host)) {
            ++it;
            continue;
        }
        Waiter waiter = std::move(*it);
        it = m_waiting.erase(it);
        take(waiter.ticket, waiter.host);
        // From the event loop: the slot was freed inside another call's answer, which is still running.
        QMetaObject::invokeMethod(
            waiter.context,
            [granted = std::move(waiter.granted), ticket = waiter.ticket] { granted(ticket); },
            Qt::QueuedConnection);
    }
}

} // namespace PortalKeys::Portal
