#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace PortalKeys::Ui {

class SecretEdit;
class VerdictBanner;

// Asks for the passphrase of one bundle file; says why when the last one did not open it.
class PassphraseDialog : public QDialog {
    Q_OBJECT

public:
    PassphraseDialog(const QString &title, const QString &fileName, QWidget *parent = nullptr);
    ~PassphraseDialog() override;

    // UTF-8, as Bundle::decrypt() takes it.
    QByteArray passphrase() const;
    void setError(const QString &error);

private:
    SecretEdit *m_passphrase;
    VerdictBanner *m_error;
    QPushButton *m_open;
};

} // namespace PortalKeys::Ui
