#pragma once

#include "jwt/Key.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace PortalKeys {
class SecretStore;
}

namespace PortalKeys::Ui {

class SecretEdit;

// Where the user gives the key: an HMAC secret (typed, or kept in the keychain under a name), or a
// PEM / JWK / JWK Set pasted or loaded from a file. Reading the keychain never blocks the window.
class KeyPanel : public QWidget {
    Q_OBJECT

public:
    enum class Kinds { SecretsAndKeys, SecretsOnly };

    KeyPanel(SecretStore *store, Kinds kinds, QWidget *parent = nullptr);

    bool hasInput() const;
    // The key as entered now; `kid` picks a key from a JWK Set.
    Jwt::Key::LoadResult key(const QString &kid = {}) const;

    void setSecret(const QString &secret);
    void setKeyText(const QString &pemOrJwk);

signals:
    void changed();

private:
    QWidget *createSecretPage();
    QWidget *createKeyFilePage();
    void showPage(int index);
    void loadFromKeychain();
    void saveToKeychain();
    void loadKeyFile();
    void showStatus(const QString &text, bool isError);

    SecretStore *m_store;
    QComboBox *m_kind = nullptr;
    QStackedWidget *m_pages = nullptr;
    SecretEdit *m_secret = nullptr;
    QComboBox *m_encoding = nullptr;
    QLineEdit *m_keychainName = nullptr;
    QPushButton *m_loadButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPlainTextEdit *m_keyText = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace PortalKeys::Ui
