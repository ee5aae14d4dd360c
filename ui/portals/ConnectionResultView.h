#pragma once

#include "portals/PortalState.h"
#include "widgets/VerdictBanner.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace PortalKeys::Ui {

// The outcome of the last connection test or sign-in of the selected portal, under the portal list: who
// PortalKeys is signed in as, whether that account is a portal admin, the round-trip time; or the error.
class ConnectionResultView : public QWidget {
    Q_OBJECT

public:
    explicit ConnectionResultView(QWidget *parent = nullptr);

    void showState(const QString &portalName, const PortalState &state);
    // A passing message (e.g. "Cancelled."), until the next state is shown.
    void showMessage(VerdictBanner::State state, const QString &text, const QString &details = {});
    void clear();

    VerdictBanner::State verdictState() const;
    QString verdictText() const;
    QString detailsText() const;

signals:
    void reviewCertificateRequested();

private:
    VerdictBanner *m_banner;
    QLabel *m_details;
    QPushButton *m_reviewCertificate;
};

} // namespace PortalKeys::Ui
