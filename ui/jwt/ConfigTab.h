#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace PortalKeys {
class SecretStore;
}

namespace PortalKeys::Ui {

class KeyPanel;
class SecureClipboard;
class VerdictBanner;

// A Document Server editor config (or a method's parameters): sign it, or check its embedded token and
// see every difference between what the token signs and what the config says.
class ConfigTab : public QWidget {
    Q_OBJECT

public:
    ConfigTab(SecretStore *store, SecureClipboard *clipboard, QWidget *parent = nullptr);

private:
    bool readConfig(QJsonObject &config);
    void validate();
    void signConfig();
    void checkConfig();

    SecureClipboard *m_clipboard;
    QPlainTextEdit *m_config = nullptr;
    QLabel *m_configStatus = nullptr;
    KeyPanel *m_key = nullptr;
    QPushButton *m_signButton = nullptr;
    QPushButton *m_checkButton = nullptr;
    VerdictBanner *m_verdict = nullptr;
    QTableWidget *m_differences = nullptr;
    QPlainTextEdit *m_output = nullptr;
    QPushButton *m_copyButton = nullptr;
};

} // namespace PortalKeys::Ui
