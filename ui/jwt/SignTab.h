#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace PortalKeys {
class SecretStore;
}

namespace PortalKeys::Ui {

class KeyPanel;
class SecureClipboard;
class TokenEdit;
class VerdictBanner;

// Write a payload (from a Document Server template or from scratch), choose the algorithm and key,
// and get the signed token.
class SignTab : public QWidget {
    Q_OBJECT

public:
    SignTab(SecretStore *store, SecureClipboard *clipboard, QWidget *parent = nullptr);

signals:
    void inspectRequested(const QString &token);

private:
    void applyTemplate(int index);
    void validate();
    void sign();

    SecureClipboard *m_clipboard;
    QComboBox *m_template = nullptr;
    QPlainTextEdit *m_payload = nullptr;
    QLabel *m_payloadStatus = nullptr;
    QComboBox *m_algorithm = nullptr;
    QLineEdit *m_kid = nullptr;
    KeyPanel *m_key = nullptr;
    QPushButton *m_signButton = nullptr;
    VerdictBanner *m_result = nullptr;
    TokenEdit *m_token = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_inspectButton = nullptr;
};

} // namespace PortalKeys::Ui
