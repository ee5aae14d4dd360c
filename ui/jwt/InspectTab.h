#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace PortalKeys {
class SecretStore;
}
namespace PortalKeys::Jwt {
class Token;
struct Warning;
} // namespace PortalKeys::Jwt

namespace PortalKeys::Ui {

class KeyPanel;
class SecureClipboard;
class TokenEdit;
class WeakSecretSearch;
class VerdictBanner;

// Paste a token: see its header, payload and claims, and, with a key, whether it is valid and why not.
// Everything updates as the user types.
class InspectTab : public QWidget {
    Q_OBJECT

public:
    InspectTab(SecretStore *store, SecureClipboard *clipboard, QWidget *parent = nullptr);

    void setToken(const QString &token);

private:
    QWidget *createTokenColumn();
    QWidget *createCheckColumn();
    void refresh();
    void showClaims(const Jwt::Token &token);
    void showWarnings(const QList<Jwt::Warning> &warnings);
    void clearDecoded();
    void startWeakSecretSearch(const QString &wordListPath);
    void showWeakSecretResult(bool found, const QString &secret, qsizetype tried, const QString &error);

    SecureClipboard *m_clipboard;
    SecretStore *m_store;
    TokenEdit *m_token = nullptr;
    VerdictBanner *m_verdict = nullptr;
    QPlainTextEdit *m_header = nullptr;
    QPlainTextEdit *m_payload = nullptr;
    KeyPanel *m_key = nullptr;
    QCheckBox *m_checkTime = nullptr;
    QCheckBox *m_plainJws = nullptr;
    QSpinBox *m_leeway = nullptr;
    QTableWidget *m_claims = nullptr;
    QLabel *m_warnings = nullptr;
    QPushButton *m_tryCommon = nullptr;
    QPushButton *m_tryWordList = nullptr;
    QLabel *m_weakSecretResult = nullptr;
    WeakSecretSearch *m_weakSecretSearch = nullptr;
};

} // namespace PortalKeys::Ui
