#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace PortalKeys::Ui {

// Asks for the code of the authenticator app when a portal's login needs a second factor.
class TwoFactorDialog : public QDialog {
    Q_OBJECT

public:
    TwoFactorDialog(const QString &email, const QString &portalName, QWidget *parent = nullptr);

    // The code as typed, without spaces ("123 456" is read as "123456").
    QString code() const;

private:
    void updateOk();

    QLineEdit *m_code;
    QDialogButtonBox *m_buttons;
};

} // namespace PortalKeys::Ui
