#pragma once

#include "oauth/OAuthApp.h"
#include "portal/PortalProfile.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace PortalKeys {
class SecretStore;
}
namespace PortalKeys::OAuth {
class AuthorizationCodeFlow;
struct OAuthTokens;
} // namespace PortalKeys::OAuth
namespace PortalKeys::Portal {
class PortalError;
}

namespace PortalKeys::Ui {

class BusyBar;
class FieldMessage;
class SecretEdit;
class SecureClipboard;
class VerdictBanner;

// "Try it": signs in to the portal as a registered OAuth app, in the system browser, the way an integration
// would (authorization code with PKCE, the client secret from a named keychain secret or none for a public
// client), and shows the tokens the portal issued. The access token can be opened in the JWT inspector.
class TryItDialog : public QDialog {
    Q_OBJECT

public:
    // Opens a URL in the system browser; false when no browser could be started.
    using UrlOpener = std::function<bool(const QUrl &url)>;

    TryItDialog(const Portal::PortalProfile &portal, const OAuth::OAuthApp &app, SecretStore *secrets,
                SecureClipboard *clipboard, UrlOpener openUrl, QWidget *parent = nullptr);
    ~TryItDialog() override;

    bool isBusy() const;
    // The access token of the last sign-in, or empty.
    QString accessToken() const;

public slots:
    void start();
    void cancel();
    void reject() override;

signals:
    void inspectRequested(const QString &token);

private:
    // How to sign in (the keychain secret or PKCE alone) and with which scopes.
    QFormLayout *createSetup();
    // The authorization URL to open by hand when no browser could be started.
    QWidget *createManualUrlRow();
    // The tokens the portal issued, to copy or open in the JWT inspector.
    QWidget *createTokens();
    void runFlow(const QByteArray &clientSecret);
    void showTokens(const OAuth::OAuthTokens &tokens);
    void fail(const Portal::PortalError &error);
    void finish();
    void updateControls();
    QStringList scopes() const;

    Portal::PortalProfile m_portal;
    OAuth::OAuthApp m_app;
    SecretStore *m_secrets;
    SecureClipboard *m_clipboard;
    UrlOpener m_openUrl;
    QPointer<QObject> m_operation;
    QPointer<OAuth::AuthorizationCodeFlow> m_flow;

    QRadioButton *m_useSecret;
    QRadioButton *m_usePkce;
    QLineEdit *m_secretName;
    QLineEdit *m_scopes;
    FieldMessage *m_setupMessage;
    QPushButton *m_start;
    BusyBar *m_busy;
    VerdictBanner *m_result;
    QWidget *m_manualUrlRow = nullptr;
    QLineEdit *m_manualUrl = nullptr;
    QGroupBox *m_tokens;
    SecretEdit *m_accessToken;
    SecretEdit *m_refreshToken;
    QLabel *m_noRefreshToken;
    QPushButton *m_copyRefresh;
    QLabel *m_expires;
    QLabel *m_grantedScopes;
};

} // namespace PortalKeys::Ui
