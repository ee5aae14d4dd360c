#pragma once

#include "portal/PortalProfile.h"

#include <QObject>

class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace PortalKeys::Ui {

// The portal dialog's advanced rows behind a disclosure button: the OAuth server (OAuth 2.0 only), the
// timeout, and the certificate trusted for this portal with Forget. Adds them to the dialog's form, so that
// its labels share the form's label column.
class AdvancedSection : public QObject {
    Q_OBJECT

public:
    explicit AdvancedSection(QObject *parent = nullptr);

    void addRows(QFormLayout *form);
    void updateRows(QFormLayout *form, bool oauth);
    void setShown(bool shown);
    // Shows the rows when `profile` has settings other than the defaults.
    void load(const Portal::PortalProfile &profile);
    // Puts the OAuth server (when `profile` is OAuth 2.0), the trusted certificate and the timeout into it.
    void apply(Portal::PortalProfile &profile) const;
    void trustCertificate(const QString &sha256);

signals:
    void changed();
    // Shown or hidden, or the certificate forgotten: other rows apply.
    void rowsChanged();

private:
    void createPinnedRow();
    void updatePinnedRow();

    QToolButton *m_toggle;
    QLineEdit *m_oauthServer;
    QSpinBox *m_timeout;
    QWidget *m_pinnedBox = nullptr;
    QLabel *m_pinned = nullptr;
    QString m_pinnedSha256;
    bool m_shown = false;
};

} // namespace PortalKeys::Ui
