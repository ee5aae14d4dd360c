#include "oauthapps/TryItDialog.h"

#include "oauthapps/AppSecretNames.h"
#include "portals/PortalCalls.h"
#include "widgets/BusyBar.h"
#include "widgets/FieldMessage.h"
#include "widgets/SecretEdit.h"
#include "widgets/SecureClipboard.h"
#include "widgets/VerdictBanner.h"

#include "oauth/AuthorizationCodeFlow.h"
#include "oauth/LoopbackRedirectListener.h"
#include "oauth/ScopeModel.h"
#include "portal/PortalSession.h"
#include "portal/PortalUrl.h"
#include "secrets/NamedSecret.h"
#include "secrets/SecretStore.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

using Portal::PortalError;

TryItDialog::TryItDialog(const Portal::PortalProfile &portal, const OAuth::OAuthApp &app,
                         SecretStore *secrets, SecureClipboard *clipboard, UrlOpener openUrl, QWidget *parent)
    : QDialog(parent)
    , m_portal(portal)
    , m_app(app)
    , m_secrets(secrets)
    , m_clipboard(clipboard)
    , m_openUrl(std::move(openUrl))
    , m_useSecret(new QRadioButton(tr("The client secret from the &keychain, stored as:")))
    , m_usePkce(new QRadioButton(tr("&No secret: as a public client, with PKCE alone")))
    , m_secretName(new QLineEdit(AppSecretNames::nameFor(app.clientId)))
    , m_scopes(new QLineEdit(app.scopes.join(QLatin1Char(' '))))
    , m_setupMessage(new FieldMessage)
    , m_start(new QPushButton(tr("Sign in with &browser")))
    , m_busy(new BusyBar)
    , m_result(new VerdictBanner)
    , m_tokens(new QGroupBox(tr("Tokens")))
    , m_accessToken(new SecretEdit)
    , m_refreshToken(new SecretEdit)
    , m_noRefreshToken(new QLabel(tr("None: the portal gives public clients no refresh token.")))
    , m_copyRefresh(new QPushButton(tr("Copy")))
    , m_expires(new QLabel)
    , m_grantedScopes(new QLabel)
{
    setObjectName(QStringLiteral("tryItDialog"));
    setWindowTitle(tr("Try “%1”").arg(app.name));

    auto *intro = new QLabel(tr("Sign in to %1 as this app in your browser, as an integration would, and see "
                                "the tokens the portal issues. The browser comes back to PortalKeys on "
                                "127.0.0.1.")
                                 .arg(portal.name));
    intro->setWordWrap(true);

    m_start->setObjectName(QStringLiteral("startTryIt"));
    m_start->setDefault(true);
    connect(m_start, &QPushButton::clicked, this, &TryItDialog::start);
    auto *startRow = new QHBoxLayout;
    startRow->addStretch();
    startRow->addWidget(m_start);
    m_busy->setObjectName(QStringLiteral("tryItBusy"));
    connect(m_busy, &BusyBar::cancelRequested, this, &TryItDialog::cancel);
    m_result->setObjectName(QStringLiteral("tryItResult"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &TryItDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(createSetup());
    layout->addLayout(startRow);
    layout->addWidget(m_busy);
    layout->addWidget(m_result);
    layout->addWidget(createManualUrlRow());
    layout->addWidget(createTokens());
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(620);
    updateControls();
}

QFormLayout *TryItDialog::createSetup()
{
    m_useSecret->setObjectName(QStringLiteral("useKeychainSecret"));
    m_usePkce->setObjectName(QStringLiteral("usePkceOnly"));
    m_usePkce->setEnabled(m_app.allowPkce);
    if (!m_app.allowPkce)
        m_usePkce->setToolTip(tr("The app does not allow public clients (PKCE)."));
    m_secretName->setObjectName(QStringLiteral("secretName"));
    m_secretName->setMaxLength(NamedSecret::maxNameLength + 1);
    // A public client has nothing to look up; a confidential one needs its secret.
    (m_app.allowPkce ? m_usePkce : m_useSecret)->setChecked(true);
    connect(m_useSecret, &QRadioButton::toggled, this, &TryItDialog::updateControls);
    connect(m_secretName, &QLineEdit::textChanged, this, &TryItDialog::updateControls);
    m_scopes->setObjectName(QStringLiteral("tryItScopes"));
    m_scopes->setPlaceholderText(tr("Empty: the app's registered scopes"));
    m_setupMessage->setObjectName(QStringLiteral("tryItSetupMessage"));

    // The name belongs to the first choice: indented under its text.
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) +
                       style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing);
    auto *nameRow = new QHBoxLayout;
    nameRow->setContentsMargins(indent, 0, 0, 0);
    nameRow->addWidget(m_secretName);
    auto *setup = new QFormLayout;
    setup->addRow(tr("Sign in with:"), m_useSecret);
    setup->addRow(static_cast<QWidget *>(nullptr), nameRow);
    setup->addRow(static_cast<QWidget *>(nullptr), m_usePkce);
    setup->addRow(tr("&Scopes:"), m_scopes);
    setup->addRow(static_cast<QWidget *>(nullptr), m_setupMessage);
    return setup;
}

QWidget *TryItDialog::createManualUrlRow()
{
    m_manualUrl = new QLineEdit;
    m_manualUrl->setObjectName(QStringLiteral("authorizationUrl"));
    m_manualUrl->setReadOnly(true);
    auto *copyUrl = new QPushButton(tr("Copy &address"));
    copyUrl->setAutoDefault(false);
    connect(copyUrl, &QPushButton::clicked, this, [this] { m_clipboard->copyPlain(m_manualUrl->text()); });
    m_manualUrlRow = new QWidget;
    auto *manualLayout = new QHBoxLayout(m_manualUrlRow);
    manualLayout->setContentsMargins(0, 0, 0, 0);
    manualLayout->addWidget(m_manualUrl, 1);
    manualLayout->addWidget(copyUrl);
    m_manualUrlRow->setVisible(false);
    return m_manualUrlRow;
}

QWidget *TryItDialog::createTokens()
{
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_accessToken->setObjectName(QStringLiteral("accessToken"));
    m_accessToken->setReadOnly(true);
    m_accessToken->setFont(fixed);
    m_refreshToken->setObjectName(QStringLiteral("refreshToken"));
    m_refreshToken->setReadOnly(true);
    m_refreshToken->setFont(fixed);
    m_noRefreshToken->setForegroundRole(QPalette::PlaceholderText);
    auto *copyAccess = new QPushButton(tr("&Copy"));
    copyAccess->setObjectName(QStringLiteral("copyAccessToken"));
    copyAccess->setAccessibleName(tr("Copy the access token"));
    copyAccess->setAutoDefault(false);
    connect(copyAccess, &QPushButton::clicked, this,
            [this] { m_clipboard->copySensitive(m_accessToken->text()); });
    m_copyRefresh->setObjectName(QStringLiteral("copyRefreshToken"));
    m_copyRefresh->setAccessibleName(tr("Copy the refresh token"));
    m_copyRefresh->setAutoDefault(false);
    connect(m_copyRefresh, &QPushButton::clicked, this,
            [this] { m_clipboard->copySensitive(m_refreshToken->text()); });
    auto *inspect = new QPushButton(tr("Open in &JWT inspector"));
    inspect->setObjectName(QStringLiteral("openInInspector"));
    inspect->setAutoDefault(false);
    connect(inspect, &QPushButton::clicked, this, [this] {
        const QString token = m_accessToken->text();
        if (token.isEmpty())
            return;
        emit inspectRequested(token);
        m_accessToken->clear();
        m_refreshToken->clear();
        QDialog::accept();
    });
    m_expires->setObjectName(QStringLiteral("tokenExpires"));
    m_grantedScopes->setObjectName(QStringLiteral("grantedScopes"));
    m_grantedScopes->setWordWrap(true);
    for (QLabel *label : {m_expires, m_grantedScopes})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *accessRow = new QHBoxLayout;
    accessRow->addWidget(m_accessToken, 1);
    accessRow->addWidget(copyAccess);
    auto *refreshRow = new QHBoxLayout;
    refreshRow->addWidget(m_refreshToken, 1);
    refreshRow->addWidget(m_noRefreshToken, 1);
    refreshRow->addWidget(m_copyRefresh);
    auto *tokens = new QFormLayout(m_tokens);
    tokens->addRow(tr("Access token:"), accessRow);
    tokens->addRow(tr("Refresh token:"), refreshRow);
    tokens->addRow(tr("Expires:"), m_expires);
    tokens->addRow(tr("Granted scopes:"), m_grantedScopes);
    auto *inspectRow = new QHBoxLayout;
    inspectRow->addStretch();
    inspectRow->addWidget(inspect);
    tokens->addRow(inspectRow);
    m_tokens->setObjectName(QStringLiteral("tokens"));
    m_tokens->setVisible(false);
    return m_tokens;
}

TryItDialog::~TryItDialog()
{
    if (m_flow)
        m_flow->cancel();
    cancelPortalCalls(m_operation);
}

bool TryItDialog::isBusy() const
{
    return m_busy->isBusy();
}

QString TryItDialog::accessToken() const
{
    return m_accessToken->text();
}

QStringList TryItDialog::scopes() const
{
    return OAuth::ScopeModel::split(m_scopes->text());
}

void TryItDialog::updateControls()
{
    const bool busy = isBusy();
    m_secretName->setEnabled(m_useSecret->isChecked() && !busy);
    QString problem;
    if (m_useSecret->isChecked())
        problem = NamedSecret::nameProblem(m_secretName->text());
    const bool loopback = !OAuth::LoopbackRedirectListener::matchingPorts(m_app.redirectUris).isEmpty();
    if (!problem.isEmpty())
        m_setupMessage->showMessage(FieldMessage::Kind::Error, problem);
    else if (!loopback)
        m_setupMessage->showMessage(
            FieldMessage::Kind::Warning,
            tr("The app has no redirect URL %1 (any port), where PortalKeys receives the browser's "
               "answer; the portal will refuse the sign-in. Register an app with %1 among its redirect "
               "URLs to try it here.")
                .arg(OAuth::LoopbackRedirectListener::registrationExample()));
    else
        m_setupMessage->clearMessage();
    m_start->setEnabled(problem.isEmpty() && !busy);
    m_useSecret->setEnabled(!busy);
    m_usePkce->setEnabled(m_app.allowPkce && !busy);
    m_scopes->setEnabled(!busy);
}

void TryItDialog::start()
{
    if (isBusy() || !m_start->isEnabled())
        return;
    m_result->showVerdict(VerdictBanner::State::Neutral, QString());
    m_manualUrlRow->setVisible(false);
    m_tokens->setVisible(false);
    m_accessToken->clear();
    m_refreshToken->clear();
    auto *operation = new QObject(this);
    m_operation = operation;
    m_busy->start(tr("Preparing the sign-in…"));
    updateControls();
    if (!m_useSecret->isChecked()) {
        runFlow({});
        return;
    }
    const QString name = m_secretName->text();
    m_busy->setText(tr("Reading the client secret from the keychain…"));
    m_secrets->read(NamedSecret::keychainKey(name), operation,
                    [this, operation, name](const SecretError &error, const QByteArray &secret) {
                        if (operation != m_operation)
                            return;
                        if (error.kind() == SecretError::Kind::NotFound) {
                            fail({PortalError::Kind::Keychain,
                                  tr("The keychain holds no secret named “%1”. Store the client secret "
                                     "under that name with Show secret on the OAuth apps page, or sign in "
                                     "as a public client.")
                                      .arg(name)});
                            return;
                        }
                        if (error.isError()) {
                            fail(PortalError::keychain(error.message()));
                            return;
                        }
                        runFlow(secret);
                    });
}

void TryItDialog::runFlow(const QByteArray &clientSecret)
{
    QObject *operation = m_operation;
    auto *session = new Portal::PortalSession(m_portal, m_secrets, operation);
    OAuth::AuthorizationCodeFlow::Settings settings;
    settings.serverRoot = m_portal.oauthServer.isEmpty() ? m_portal.baseUrl : m_portal.oauthServer;
    settings.clientId = m_app.clientId;
    settings.clientSecret = clientSecret;
    settings.scopes = scopes();
    // The session's client carries the portal's TLS settings; the flow sends no login with it.
    auto *flow = new OAuth::AuthorizationCodeFlow(session->client(), settings, operation);
    m_flow = flow;
    connect(flow, &OAuth::AuthorizationCodeFlow::authorizationUrlReady, this,
            [this, operation](const QUrl &url) {
                if (operation != m_operation)
                    return;
                m_busy->setText(
                    tr("Waiting for the browser… Sign in to %1 there and allow access.").arg(m_portal.name));
                if (!m_openUrl || !m_openUrl(url)) {
                    m_result->showVerdict(VerdictBanner::State::Warning,
                                          tr("PortalKeys could not open a browser. Open this address in a "
                                             "browser yourself:"));
                    // A field, not the banner's text: the address has no place to wrap.
                    m_manualUrl->setText(url.toString(QUrl::FullyEncoded));
                    m_manualUrl->setCursorPosition(0);
                    m_manualUrlRow->setVisible(true);
                    adjustSize();
                }
            });
    connect(flow, &OAuth::AuthorizationCodeFlow::exchangingCode, this, [this, operation] {
        if (operation == m_operation)
            m_busy->setText(tr("Exchanging the code for tokens…"));
    });
    connect(flow, &OAuth::AuthorizationCodeFlow::succeeded, this,
            [this, operation](const OAuth::OAuthTokens &tokens, const OAuth::OAuthServer &) {
                if (operation != m_operation)
                    return;
                finish();
                showTokens(tokens);
            });
    connect(flow, &OAuth::AuthorizationCodeFlow::failed, this, [this, operation](const PortalError &error) {
        if (operation == m_operation)
            fail(error);
    });
    flow->start();
}

void TryItDialog::showTokens(const OAuth::OAuthTokens &tokens)
{
    m_accessToken->setText(QString::fromUtf8(tokens.accessToken));
    m_accessToken->setRevealed(false);
    const bool refresh = !tokens.refreshToken.isEmpty();
    m_refreshToken->setText(QString::fromUtf8(tokens.refreshToken));
    m_refreshToken->setRevealed(false);
    m_refreshToken->setVisible(refresh);
    m_copyRefresh->setVisible(refresh);
    m_noRefreshToken->setVisible(!refresh);
    m_expires->setText(tokens.expiresAt.isValid()
                           ? QLocale().toString(tokens.expiresAt.toLocalTime(), QLocale::LongFormat)
                           : tr("The portal did not say."));
    m_grantedScopes->setText(tokens.scope.isEmpty() ? tr("The portal did not say.") : tokens.scope);
    m_result->showVerdict(
        VerdictBanner::State::Valid,
        tr("Signed in: the portal “%1” issued tokens to “%2”.").arg(m_portal.name, m_app.name));
    m_tokens->setVisible(true);
    adjustSize();
}

void TryItDialog::fail(const PortalError &error)
{
    finish();
    if (error.kind() == PortalError::Kind::Cancelled) {
        m_result->showVerdict(VerdictBanner::State::Neutral, tr("Cancelled."));
        return;
    }
    m_result->showVerdict(VerdictBanner::State::Invalid, error.message());
}

void TryItDialog::finish()
{
    // Not deleted now: the flow that reported is still on the stack.
    if (m_operation)
        m_operation->deleteLater();
    m_operation = nullptr;
    m_flow = nullptr;
    m_busy->stop();
    m_manualUrlRow->setVisible(false);
    updateControls();
}

void TryItDialog::cancel()
{
    if (!m_operation)
        return;
    QObject *operation = m_operation;
    QPointer<OAuth::AuthorizationCodeFlow> flow = m_flow;
    m_operation = nullptr;
    m_flow = nullptr;
    if (flow)
        flow->cancel();
    cancelPortalCalls(operation);
    operation->deleteLater();
    m_busy->stop();
    m_manualUrlRow->setVisible(false);
    updateControls();
    m_result->showVerdict(VerdictBanner::State::Neutral, tr("Cancelled."));
}

void TryItDialog::reject()
{
    cancel();
    // The tokens stay in memory no longer than the dialog is open.
    m_accessToken->clear();
    m_refreshToken->clear();
    QDialog::reject();
}

} // namespace PortalKeys::Ui
