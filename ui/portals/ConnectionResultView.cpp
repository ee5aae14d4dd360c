#include "portals/ConnectionResultView.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

using Portal::PortalError;

ConnectionResultView::ConnectionResultView(QWidget *parent)
    : QWidget(parent)
    , m_banner(new VerdictBanner)
    , m_details(new QLabel)
    , m_reviewCertificate(new QPushButton(tr("Review the &certificate…")))
{
    m_banner->setObjectName(QStringLiteral("connectionVerdict"));
    m_details->setObjectName(QStringLiteral("connectionDetails"));
    m_details->setTextFormat(Qt::PlainText); // holds the portal's own words
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setContentsMargins(11, 0, 11, 0); // in line with the banner's text
    m_reviewCertificate->setObjectName(QStringLiteral("reviewCertificate"));
    connect(m_reviewCertificate, &QPushButton::clicked, this,
            &ConnectionResultView::reviewCertificateRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_banner);
    layout->addWidget(m_details);
    layout->addWidget(m_reviewCertificate, 0, Qt::AlignLeft);
    // The wrapped texts need their height for the width actually given, not for their preferred width.
    QSizePolicy policy = sizePolicy();
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    clear();
}

void ConnectionResultView::showState(const QString &portalName, const PortalState &state)
{
    m_reviewCertificate->setVisible(false);
    switch (state.status) {
    case PortalState::Status::NotTested:
        clear();
        return;
    case PortalState::Status::SecretMissing:
        showMessage(VerdictBanner::State::Warning, state.summary(), state.error.message());
        return;
    case PortalState::Status::Remembered:
        // An earlier session's word: said plainly, not as a verdict on the portal as it is now.
        showMessage(
            VerdictBanner::State::Neutral, state.summary(),
            (state.record.ok ? tr("Signed in as %1.").arg(state.record.detail) : state.record.detail) +
                QLatin1Char('\n') + tr("Test the connection to see how the portal answers now."));
        return;
    case PortalState::Status::Connected: {
        const Portal::ConnectionReport &report = state.report;
        const QString who =
            report.email.isEmpty() ? report.displayName : tr("%1 (%2)").arg(report.displayName, report.email);
        QString roundTrip = tr("Portal: %1.").arg(report.portalSummary());
        if (!report.versionNotice().isEmpty())
            roundTrip += QLatin1Char('\n') + report.versionNotice();
        roundTrip += QLatin1Char('\n') + tr("Round trip: %1 ms.").arg(report.roundTripMs);
        if (state.isAdmin()) {
            showMessage(VerdictBanner::State::Valid,
                        tr("Connected to %1 as %2, %3.").arg(portalName, who, state.report.role()),
                        tr("Portal admin rights: yes — PortalKeys can manage this portal's third-party "
                           "authorization keys.\n%1")
                            .arg(roundTrip));
        } else {
            showMessage(
                VerdictBanner::State::Warning,
                tr("Connected to %1 as %2, who is not a portal admin.").arg(portalName, who),
                tr("Third-party authorization keys can only be managed by a portal admin (the owner or "
                   "a DocSpace admin). Sign in as an admin to change them.\n%1")
                    .arg(roundTrip));
        }
        return;
    }
    case PortalState::Status::Failed:
        break;
    }
    const PortalError &error = state.error;
    QStringList details;
    if (!error.serverMessage().isEmpty() && !error.message().contains(error.serverMessage()))
        details << tr("The portal said: “%1”").arg(error.serverMessage());
    if (error.httpStatus() > 0)
        details << tr("HTTP status %1.").arg(error.httpStatus());
    showMessage(VerdictBanner::State::Invalid, error.message(), details.join(QLatin1Char('\n')));
    m_reviewCertificate->setVisible(error.kind() == PortalError::Kind::Tls && !error.certificate().isNull());
}

void ConnectionResultView::showMessage(VerdictBanner::State state, const QString &text,
                                       const QString &details)
{
    m_banner->showVerdict(state, text);
    m_details->setText(details);
    m_details->setVisible(!details.isEmpty());
    m_reviewCertificate->setVisible(false);
    setVisible(!text.isEmpty());
}

void ConnectionResultView::clear()
{
    showMessage(VerdictBanner::State::Neutral, QString());
}

VerdictBanner::State ConnectionResultView::verdictState() const
{
    return m_banner->state();
}

QString ConnectionResultView::verdictText() const
{
    return m_banner->text();
}

QString ConnectionResultView::detailsText() const
{
    return m_details->text();
}

} // namespace PortalKeys::Ui
