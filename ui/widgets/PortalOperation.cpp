#include "widgets/PortalOperation.h"

#include "portals/PortalCalls.h"
#include "widgets/BusyBar.h"
#include "widgets/VerdictBanner.h"

#include "portal/CertificateInfo.h"
#include "portal/PortalError.h"
#include "portal/PortalSession.h"

#include <utility>

namespace PortalKeys::Ui {

using Portal::PortalError;

PortalOperation::PortalOperation(BusyBar *bar, QObject *parent)
    : QObject(parent)
    , m_bar(bar)
{
    connect(m_bar, &BusyBar::cancelRequested, this, &PortalOperation::cancel);
}

PortalOperation::~PortalOperation()
{
    abort();
}

QObject *PortalOperation::begin(const QString &text, bool cancellable)
{
    auto *token = new QObject(this);
    m_token = token;
    m_cancellable = cancellable;
    m_cancelHook = {};
    m_bar->start(text, cancellable);
    emit busyChanged(true);
    return token;
}

void PortalOperation::setText(const QString &text)
{
    if (isBusy())
        m_bar->setText(text);
}

void PortalOperation::holdToEnd(const QString &text)
{
    if (!isBusy())
        return;
    m_cancellable = false;
    m_cancelHook = {};
    m_bar->start(text, false);
    emit busyChanged(true);
}

void PortalOperation::open(QObject *token, const Portal::PortalProfile &profile, SecretStore *secrets,
                           ClientReady ready)
{
    auto *session = new Portal::PortalSession(profile, secrets, token);
    session->open([this, token, ready](const PortalError &error, Portal::PortalClient *client) {
        if (!isCurrent(token))
            return;
        if (error.isError())
            return fail(error);
        ready(client);
    });
}

void PortalOperation::end()
{
    if (m_token)
        m_token->deleteLater();
    m_token = nullptr;
    m_cancelHook = {};
    m_bar->stop();
    emit busyChanged(false);
}

void PortalOperation::fail(const PortalError &error, const QString &what)
{
    end();
    if (error.kind() == PortalError::Kind::Cancelled)
        emit cancelled();
    else
        emit failed(failureText(error, what));
}

bool PortalOperation::cancel()
{
    if (!isCancellable())
        return false;
    stop(true);
    emit cancelled();
    return true;
}

void PortalOperation::reportIn(VerdictBanner *notice)
{
    connect(this, &PortalOperation::failed, notice,
            [notice](const QString &text) { notice->showVerdict(VerdictBanner::State::Invalid, text); });
    connect(this, &PortalOperation::cancelled, notice,
            [notice] { notice->showVerdict(VerdictBanner::State::Neutral, tr("Cancelled.")); });
}

void PortalOperation::abort()
{
    stop(false);
}

void PortalOperation::stop(bool notify)
{
    QObject *token = m_token;
    if (!token)
        return;
    // Forget the call before stopping it: whatever it reports while stopping is then ignored.
    m_token = nullptr;
    if (const std::function<void()> hook = std::exchange(m_cancelHook, {}))
        hook();
    cancelPortalCalls(token); // also the requests the hook knows nothing of, e.g. renewing an OAuth token
    if (notify) {
        token->deleteLater();
        m_bar->stop();
        emit busyChanged(false);
    } else {
        delete token;
    }
}

QString PortalOperation::failureText(const PortalError &error, const QString &what)
{
    QString text = what.isEmpty() ? error.message() : tr("%1 %2").arg(what, error.message());
    if (error.kind() == PortalError::Kind::Tls)
        text += QLatin1Char(' ') + certificateAdvice();
    return text;
}

QString PortalOperation::certificateAdvice()
{
    return Portal::CertificateInfo::appTrustAdvice();
}

} // namespace PortalKeys::Ui
