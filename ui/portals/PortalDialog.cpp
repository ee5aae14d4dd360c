#include "portals/PortalDialog.h"

#include "portals/CertificateDialog.h"
#include "portals/PasswordSignIn.h"
#include "portals/PortalCalls.h"
#include "widgets/BusyBar.h"
#include "widgets/SecretEdit.h"
#include "widgets/VerdictBanner.h"

#include "apikeys/ApiKeysApi.h"
#include "oauth/ScopeModel.h"
#include "portal/CertificateInfo.h"
#include "portal/PortalClient.h"
#include "portal/PortalSession.h"
#include "portal/PortalUrl.h"
#include "portal/ProfileStore.h"
#include "secrets/SecretStore.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

namespace PortalKeys::Ui {

using Portal::CredentialKind;
using Portal::PortalError;
using Portal::PortalProfile;
using Portal::SecretSlot;

namespace {

QLabel *helpLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    // Right under its field, whatever height the form gives the row.
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

const char *const errorStyle = "color:#b3261e;";

} // namespace

PortalDialog::PortalDialog(SecretStore *secrets, const QList<PortalProfile> &existing, QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_existing(existing)
    , m_original(PortalProfile::create(QString(), QUrl(), CredentialKind::ApiKey))
{
    setWindowTitle(tr("Add a portal"));
    createWidgets();
    updateRows();
    validate();
    m_name->setFocus();
}

PortalDialog::PortalDialog(SecretStore *secrets, const QList<PortalProfile> &existing,
                           const PortalProfile &profile, QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_existing(existing)
    , m_original(profile)
    , m_editing(true)
    , m_pinnedSha256(profile.pinnedSha256)
{
    setWindowTitle(tr("Edit %1").arg(profile.name));
    createWidgets();
    loadProfile(profile);
    updateRows();
    validate();
    m_name->setFocus();
}

PortalDialog::~PortalDialog()
{
    if (m_signIn)
        m_signIn->cancel();
    cancelPortalCalls(m_operation);
}

void PortalDialog::createWidgets()
{
    setObjectName(QStringLiteral("portalDialog"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("portalName"));
    m_name->setPlaceholderText(tr("e.g. production"));
    m_name->setMaxLength(100);
    m_url = new QLineEdit;
    m_url->setObjectName(QStringLiteral("portalUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://portal.example.com"));
    m_url->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_urlFeedback = new QLabel;
    m_urlFeedback->setObjectName(QStringLiteral("urlFeedback"));
    m_urlFeedback->setWordWrap(true);
    m_urlFeedback->setTextFormat(Qt::PlainText); // quotes what was typed
    m_urlFeedback->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("credentialKind"));
    for (CredentialKind kind : Portal::allCredentialKinds())
        m_kind->addItem(Portal::credentialKindTitle(kind), int(kind));

    m_apiKey = new SecretEdit;
    m_apiKey->setObjectName(QStringLiteral("apiKey"));
    m_apiKeyHelp = helpLabel();
    m_apiKeyHelp->setText(tr("Create a key in DocSpace under Developer Tools → API keys. The portal shows it "
                             "only once; PortalKeys keeps it in the keychain."));

    m_tokenSignIn = new QRadioButton(tr("Sign in &with e-mail and password"));
    m_tokenSignIn->setObjectName(QStringLiteral("tokenSignIn"));
    m_tokenPaste = new QRadioButton(tr("Paste a personal access t&oken"));
    m_tokenPaste->setObjectName(QStringLiteral("tokenPaste"));
    m_tokenSignIn->setChecked(true);
    m_tokenSource = new QButtonGroup(this);
    m_tokenSource->addButton(m_tokenSignIn, int(TokenSource::SignIn));
    m_tokenSource->addButton(m_tokenPaste, int(TokenSource::Paste));
    m_tokenHelp = helpLabel();
    m_tokenSourceBox = new QWidget;
    auto *sourceLayout = new QVBoxLayout(m_tokenSourceBox);
    sourceLayout->setContentsMargins(0, 0, 0, 0);
    sourceLayout->setSpacing(2);
    sourceLayout->addWidget(m_tokenSignIn);
    sourceLayout->addWidget(m_tokenPaste);

    m_email = new QLineEdit;
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setPlaceholderText(tr("you@example.com"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_password = new SecretEdit;
    m_password->setObjectName(QStringLiteral("password"));
    m_token = new SecretEdit;
    m_token->setObjectName(QStringLiteral("token"));

    m_clientId = new QLineEdit;
    m_clientId->setObjectName(QStringLiteral("clientId"));
    m_clientId->setPlaceholderText(tr("From Developer Tools → OAuth 2.0 on the portal"));
    m_clientSecret = new SecretEdit;
    m_clientSecret->setObjectName(QStringLiteral("clientSecret"));
    m_scopes = new QLineEdit;
    m_scopes->setObjectName(QStringLiteral("scopes"));
    m_scopes->setPlaceholderText(tr("e.g. files:read rooms:read — empty: the app's own scopes"));
    m_oauthHelp = helpLabel();
    m_oauthHelp->setText(tr("After saving, Sign in with browser lets you sign in on the portal's own page. "
                            "PortalKeys keeps only the tokens it gets, in the keychain."));

    m_advanced = new QToolButton;
    m_advanced->setObjectName(QStringLiteral("advanced"));
    m_advanced->setText(tr("Ad&vanced"));
    // Not checkable: a checked tool button draws sunken, which reads as a pressed button, not a disclosure.
    m_advanced->setAutoRaise(true);
    m_advanced->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advanced->setArrowType(Qt::RightArrow);
    m_advanced->setAccessibleDescription(tr("Shows or hides the advanced settings"));
    connect(m_advanced, &QToolButton::clicked, this, [this] { setAdvancedShown(!m_advancedShown); });
    m_oauthServer = new QLineEdit;
    m_oauthServer->setObjectName(QStringLiteral("oauthServer"));
    m_oauthServer->setPlaceholderText(tr("Empty: the portal itself; e.g. https://oauth.onlyoffice.com"));
    m_timeout = new QSpinBox;
    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_timeout->setRange(1, 600);
    m_timeout->setValue(PortalProfile::defaultTimeoutSeconds);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // a number, not a line of text
    m_timeout->setToolTip(tr("How long PortalKeys waits for the portal to answer one request"));
    m_pinned = new QLabel;
    m_pinned->setObjectName(QStringLiteral("pinnedCertificate"));
    m_pinned->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_pinned->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *forget = new QPushButton(tr("&Forget"));
    forget->setObjectName(QStringLiteral("forgetCertificate"));
    forget->setAutoDefault(false);
    forget->setToolTip(
        tr("Stop trusting this certificate; a certificate that browsers trust is still accepted"));
    connect(forget, &QPushButton::clicked, this, [this] {
        m_pinnedSha256.clear();
        updatePinnedRow();
        updateRows();
        m_timeout->setFocus();
    });
    m_pinnedBox = new QWidget;
    auto *pinnedLayout = new QHBoxLayout(m_pinnedBox);
    pinnedLayout->setContentsMargins(0, 0, 0, 0);
    pinnedLayout->addWidget(m_pinned, 1);
    pinnedLayout->addWidget(forget);
    updatePinnedRow();

    m_fields = new QWidget;
    m_form = new QFormLayout(m_fields);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("&Name:"), m_name);
    // Notes are rows of their own: QFormLayout gives a wrapped label field its height for the actual width,
    // but not a composite field holding one.
    m_form->addRow(tr("Portal &address:"), m_url);
    m_form->addRow(QString(), m_urlFeedback);
    m_form->addRow(tr("&Sign in with:"), m_kind);
    m_form->addRow(tr("API &key:"), m_apiKey);
    m_form->addRow(QString(), m_apiKeyHelp);
    m_form->addRow(tr("Get the token:"), m_tokenSourceBox);
    m_form->addRow(QString(), m_tokenHelp);
    m_form->addRow(tr("&E-mail:"), m_email);
    m_form->addRow(tr("&Password:"), m_password);
    m_form->addRow(tr("&Token:"), m_token);
    m_form->addRow(tr("Client &ID:"), m_clientId);
    m_form->addRow(tr("&Client secret:"), m_clientSecret);
    m_form->addRow(tr("Sco&pes:"), m_scopes);
    m_form->addRow(QString(), m_oauthHelp);
    m_form->addRow(m_advanced);
    m_form->addRow(tr("OAuth se&rver:"), m_oauthServer);
    m_form->addRow(tr("Ti&meout:"), m_timeout);
    m_form->addRow(tr("Trusted certificate:"), m_pinnedBox);

    m_hint = helpLabel();
    m_hint->setObjectName(QStringLiteral("formHint"));
    m_hint->setTextFormat(Qt::PlainText);
    m_error = new VerdictBanner;
    m_error->setObjectName(QStringLiteral("dialogError"));
    m_error->setTextFormat(Qt::RichText); // showError() escapes every part
    m_busy = new BusyBar;
    m_busy->setObjectName(QStringLiteral("dialogBusy"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = m_buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PortalDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PortalDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fields);
    layout->addSpacing(4);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(580);

    const auto revalidate = [this] {
        validate();
    };
    for (QLineEdit *edit : {m_name, m_url, m_email, static_cast<QLineEdit *>(m_password),
                            static_cast<QLineEdit *>(m_apiKey), static_cast<QLineEdit *>(m_token), m_clientId,
                            static_cast<QLineEdit *>(m_clientSecret), m_scopes, m_oauthServer})
        connect(edit, &QLineEdit::textChanged, this, revalidate);
    connect(m_timeout, &QSpinBox::valueChanged, this, revalidate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateRows();
        validate();
    });
    connect(m_tokenSource, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (!checked)
            return;
        updateRows();
        validate();
    });
}

void PortalDialog::loadProfile(const PortalProfile &profile)
{
    m_name->setText(profile.name);
    m_url->setText(profile.baseUrl.toString());
    m_kind->setCurrentIndex(m_kind->findData(int(profile.kind)));
    m_email->setText(profile.user);
    // A token profile without an e-mail had its token pasted; with one, it came from a sign-in.
    (profile.kind == CredentialKind::Token && profile.user.isEmpty() ? m_tokenPaste : m_tokenSignIn)
        ->setChecked(true);
    m_clientId->setText(profile.clientId);
    m_scopes->setText(profile.scopes.join(QLatin1Char(' ')));
    m_oauthServer->setText(profile.oauthServer.toString());
    m_timeout->setValue(profile.timeoutSeconds);
    setAdvancedShown(!profile.oauthServer.isEmpty() || !profile.pinnedSha256.isEmpty() ||
                     profile.timeoutSeconds != PortalProfile::defaultTimeoutSeconds);
}

CredentialKind PortalDialog::currentKind() const
{
    return static_cast<CredentialKind>(m_kind->currentData().toInt());
}

void PortalDialog::setAdvancedShown(bool shown)
{
    m_advancedShown = shown;
    m_advanced->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    updateRows();
}

PortalDialog::TokenSource PortalDialog::tokenSource() const
{
    return m_tokenPaste->isChecked() ? TokenSource::Paste : TokenSource::SignIn;
}

void PortalDialog::updateRows()
{
    const CredentialKind kind = currentKind();
    const bool token = kind == CredentialKind::Token;
    const bool signIn = token && tokenSource() == TokenSource::SignIn;
    const bool oauth = kind == CredentialKind::OAuth2;
    const bool advanced = m_advancedShown;
    m_form->setRowVisible(m_apiKey, kind == CredentialKind::ApiKey);
    m_form->setRowVisible(m_apiKeyHelp, kind == CredentialKind::ApiKey);
    m_form->setRowVisible(m_tokenSourceBox, token);
    m_form->setRowVisible(m_tokenHelp, token);
    m_form->setRowVisible(m_email, kind == CredentialKind::Basic || signIn);
    m_form->setRowVisible(m_password, kind == CredentialKind::Basic || signIn);
    m_form->setRowVisible(m_token, token && !signIn);
    m_form->setRowVisible(m_clientId, oauth);
    m_form->setRowVisible(m_clientSecret, oauth);
    m_form->setRowVisible(m_scopes, oauth);
    m_form->setRowVisible(m_oauthHelp, oauth);
    m_form->setRowVisible(m_oauthServer, advanced && oauth);
    m_form->setRowVisible(m_timeout, advanced);
    m_form->setRowVisible(m_pinnedBox, advanced && !m_pinnedSha256.isEmpty());

    m_tokenHelp->setText(signIn
                             ? tr("PortalKeys signs in once and keeps only the login token in the keychain, "
                                  "never your password. A two-factor code is asked for when the portal "
                                  "needs one.")
                             : tr("A token the portal issued for you, such as a personal access token. "
                                  "PortalKeys keeps it in the keychain."));

    // In edit mode the stored secrets stay unless the user types new ones; a new kind needs its own secrets.
    const bool unchanged = m_editing && kind == m_original.kind;
    const QString keep = tr("Unchanged — type to replace");
    m_apiKey->setPlaceholderText(unchanged ? keep : QStringLiteral("sk-…"));
    m_password->setPlaceholderText(unchanged && kind == CredentialKind::Basic ? keep : QString());
    m_token->setPlaceholderText(unchanged ? keep : tr("The token, as the portal gave it"));
    m_clientSecret->setPlaceholderText(unchanged ? keep : tr("Optional — public clients use PKCE only"));
    if (signIn && unchanged)
        m_password->setPlaceholderText(tr("Only to sign in again — empty keeps the current token"));

    fitHeight();
}

void PortalDialog::fitHeight()
{
    // A shown dialog's layout grows it only to its minimum size, which ignores how many lines wrapped notes
    // take at the current width; so follow the height for this width, also shrinking when rows disappear.
    if (m_fitPending)
        return;
    m_fitPending = true;
    QTimer::singleShot(0, this, [this] {
        m_fitPending = false;
        if (!isVisible())
            return;
        layout()->activate();
        const int height = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                         : layout()->totalSizeHint().height();
        if (height != this->height())
            resize(width(), height);
    });
}

PortalProfile PortalDialog::profile() const
{
    PortalProfile profile = m_original;
    profile.name = m_name->text().trimmed();
    const Portal::PortalUrl::Result url = Portal::PortalUrl::normalize(m_url->text());
    profile.baseUrl = url.ok() ? url.url : QUrl();
    profile.kind = currentKind();
    const bool withEmail = profile.kind == CredentialKind::Basic ||
                           (profile.kind == CredentialKind::Token && tokenSource() == TokenSource::SignIn);
    profile.user = withEmail ? m_email->text().trimmed() : QString();
    profile.clientId.clear();
    profile.scopes.clear();
    profile.oauthServer.clear();
    if (profile.kind == CredentialKind::OAuth2) {
        profile.clientId = m_clientId->text().trimmed();
        profile.scopes = OAuth::ScopeModel::split(m_scopes->text());
        const QString server = m_oauthServer->text().trimmed();
        if (!server.isEmpty()) {
            const Portal::PortalUrl::Result serverUrl = Portal::PortalUrl::normalize(server);
            // An unusable address is kept as typed so that PortalProfile::problem() names what is wrong.
            profile.oauthServer = serverUrl.ok() ? serverUrl.url : QUrl(server);
        }
    }
    profile.pinnedSha256 = m_pinnedSha256;
    profile.timeoutSeconds = m_timeout->value();
    return profile;
}

QString PortalDialog::missingSecret(const PortalProfile &profile) const
{
    const bool newKind = !m_editing || profile.kind != m_original.kind;
    switch (profile.kind) {
    case CredentialKind::ApiKey:
        if (newKind && m_apiKey->text().isEmpty())
            return tr("Paste the API key.");
        if (!m_apiKey->text().isEmpty())
            return ApiKeys::ApiKeysApi::keyFormatProblem(m_apiKey->secret());
        break;
    case CredentialKind::Basic:
        if (newKind && m_password->text().isEmpty())
            return tr("Enter the password.");
        break;
    case CredentialKind::Token:
        if (tokenSource() == TokenSource::SignIn) {
            if (!profile.user.contains(QLatin1Char('@')))
                return tr("Enter the e-mail address you sign in with.");
            // A token of another account cannot stay: a different e-mail needs a new sign-in.
            const bool newAccount =
                newKind || profile.user.compare(m_original.user, Qt::CaseInsensitive) != 0;
            if (newAccount && m_password->text().isEmpty())
                return tr("Enter the password to sign in.");
        } else if (newKind && m_token->text().isEmpty()) {
            return tr("Paste the token.");
        }
        break;
    case CredentialKind::OAuth2:
        break;
    }
    return {};
}

QString PortalDialog::validate()
{
    const Portal::PortalUrl::Result url = Portal::PortalUrl::normalize(m_url->text());
    const QString typedUrl = m_url->text().trimmed();
    const bool urlWrong = !typedUrl.isEmpty() && !url.ok();
    if (urlWrong) {
        m_urlFeedback->setText(url.error);
        m_urlFeedback->setStyleSheet(QString::fromLatin1(errorStyle));
        m_urlFeedback->setForegroundRole(QPalette::WindowText);
    } else if (!typedUrl.isEmpty() && url.url.toString() != typedUrl) {
        // Say what the typed text becomes ("portal.example.com" → https://portal.example.com).
        m_urlFeedback->setText(tr("PortalKeys connects to %1").arg(url.url.toString()));
        m_urlFeedback->setStyleSheet(QString());
        m_urlFeedback->setForegroundRole(QPalette::PlaceholderText);
    } else {
        m_urlFeedback->clear();
    }
    m_form->setRowVisible(m_urlFeedback, !m_urlFeedback->text().isEmpty());

    const PortalProfile candidate = profile();
    QString problem = urlWrong ? url.error : candidate.problem();
    if (problem.isEmpty())
        problem = Portal::ProfileStore::nameTaken(m_existing, candidate);
    if (problem.isEmpty())
        problem = missingSecret(candidate);
    m_hint->setText(urlWrong ? QString() : problem); // the address problem is shown under the address
    m_hint->setVisible(!m_hint->text().isEmpty());

    const bool signsIn = candidate.kind == CredentialKind::Token && tokenSource() == TokenSource::SignIn &&
                         !m_password->text().isEmpty();
    if (m_editing)
        m_ok->setText(signsIn ? tr("Sign in and save") : tr("Save"));
    else
        m_ok->setText(signsIn ? tr("Sign in and add") : tr("Add"));
    m_ok->setEnabled(problem.isEmpty() && !isBusy());
    fitHeight();
    return problem;
}

bool PortalDialog::isBusy() const
{
    return m_busy->isBusy();
}

void PortalDialog::accept()
{
    if (isBusy() || !validate().isEmpty())
        return;
    m_error->showVerdict(VerdictBanner::State::Neutral, QString());
    m_result = profile();
    if (m_result.kind == CredentialKind::Token && tokenSource() == TokenSource::SignIn &&
        !m_password->text().isEmpty())
        return signIn();
    storeSecrets(typedSecrets());
}

void PortalDialog::reject()
{
    if (m_storing)
        return; // the keychain is being written; closing now would leave the user unsure what was saved
    if (m_signIn && isBusy()) {
        m_signIn->cancel();
        m_operation->deleteLater();
        clearBusy();
        return;
    }
    QDialog::reject();
}

QList<QPair<SecretSlot, QByteArray>> PortalDialog::typedSecrets() const
{
    QList<QPair<SecretSlot, QByteArray>> secrets;
    const auto add = [&secrets](SecretSlot slot, const SecretEdit *edit) {
        if (!edit->text().isEmpty())
            secrets.append({slot, edit->secret()});
    };
    switch (m_result.kind) {
    case CredentialKind::ApiKey:
        add(SecretSlot::ApiKey, m_apiKey);
        break;
    case CredentialKind::Basic:
        add(SecretSlot::Password, m_password);
        break;
    case CredentialKind::Token:
        if (tokenSource() == TokenSource::Paste)
            add(SecretSlot::LoginToken, m_token);
        break;
    case CredentialKind::OAuth2:
        add(SecretSlot::ClientSecret, m_clientSecret);
        break;
    }
    return secrets;
}

void PortalDialog::signIn()
{
    setBusy(tr("Signing in to %1…").arg(m_result.baseUrl.host()), true);
    auto *operation = new QObject(this);
    m_operation = operation;
    auto *client = new Portal::PortalClient(Portal::PortalSession::clientSettings(m_result), operation);
    auto *signIn =
        new PasswordSignIn(client, m_result.user, m_password->secret(), m_result.name, this, operation);
    m_signIn = signIn;
    connect(signIn, &PasswordSignIn::waitingForCode, this,
            [this] { m_busy->setText(tr("Waiting for the two-factor code…")); });
    connect(signIn, &PasswordSignIn::checkingCode, this,
            [this] { m_busy->setText(tr("Checking the code…")); });
    connect(signIn, &PasswordSignIn::succeeded, this, [this, operation](const QByteArray &token) {
        operation->deleteLater(); // not now: the sign-in is still on the stack
        storeSecrets({{SecretSlot::LoginToken, token}});
    });
    connect(signIn, &PasswordSignIn::failed, this, [this, operation](const PortalError &error) {
        operation->deleteLater();
        fail(error);
    });
    signIn->start();
}

void PortalDialog::storeSecrets(const QList<QPair<SecretSlot, QByteArray>> &secrets)
{
    if (secrets.isEmpty())
        return removeUnusedSecrets();
    m_storing = true;
    setBusy(tr("Saving in the keychain…"), false);
    Portal::PortalSession::storeSecrets(m_secrets, m_result, secrets, this, [this](const PortalError &error) {
        m_storing = false;
        if (error.isError()) {
            clearBusy();
            showError(tr("Nothing was saved: the keychain did not take the secrets."), error.message());
            return;
        }
        removeUnusedSecrets();
    });
}

void PortalDialog::removeUnusedSecrets()
{
    // A profile that changed its kind leaves the old kind's secrets behind; they must not linger in the
    // keychain.
    QList<SecretSlot> unused;
    if (m_editing && m_result.kind != m_original.kind) {
        const QList<SecretSlot> used = m_result.secretSlots();
        for (SecretSlot slot : m_original.secretSlots()) {
            if (!used.contains(slot))
                unused.append(slot);
        }
    }
    if (unused.isEmpty())
        return finish();
    m_storing = true;
    setBusy(tr("Removing the old secrets from the keychain…"), false);
    auto pending = std::make_shared<qsizetype>(unused.size());
    for (SecretSlot slot : unused) {
        // A failure leaves an unused entry behind, which does no harm; the new profile is complete.
        m_secrets->remove(m_result.secretKey(slot), this, [this, pending](const SecretError &) {
            if (--*pending > 0)
                return;
            m_storing = false;
            finish();
        });
    }
}

void PortalDialog::finish()
{
    clearBusy();
    for (SecretEdit *edit : {m_apiKey, m_password, m_token, m_clientSecret})
        edit->clear();
    QDialog::accept();
}

void PortalDialog::fail(const PortalError &error)
{
    clearBusy();
    if (error.kind() == PortalError::Kind::Cancelled)
        return;
    showError(error.message());
    if (error.kind() == PortalError::Kind::Tls && !error.certificate().isNull()) {
        auto *dialog =
            new CertificateDialog(error.certificate(), m_result.name, m_result.baseUrl.host(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        const QString sha256 = error.certificate().sha256;
        connect(dialog, &QDialog::accepted, this, [this, sha256] {
            m_pinnedSha256 = sha256;
            updatePinnedRow();
            updateRows();
            accept(); // sign in again, now trusting the certificate
        });
        dialog->open();
        return;
    }
    if (error.kind() == PortalError::Kind::Unauthorized || error.kind() == PortalError::Kind::Forbidden) {
        m_password->setFocus();
        m_password->selectAll();
    }
}

void PortalDialog::setBusy(const QString &text, bool cancellable)
{
    m_fields->setEnabled(false);
    m_ok->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(cancellable);
    m_busy->start(text, false); // the dialog's own Cancel button stops the work
}

void PortalDialog::clearBusy()
{
    m_busy->stop();
    m_fields->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(true);
    validate();
}

void PortalDialog::showError(const QString &headline, const QString &details)
{
    // The headline in bold, the (often long) explanation in normal weight; both escaped, as they may quote
    // what the portal or the keychain said.
    QString html = QStringLiteral("<b>%1</b>").arg(headline.toHtmlEscaped());
    if (!details.isEmpty())
        html += QStringLiteral("<br><span style=\"font-weight:400\">%1</span>").arg(details.toHtmlEscaped());
    m_error->showVerdict(VerdictBanner::State::Invalid, html);
    fitHeight();
}

void PortalDialog::updatePinnedRow()
{
    const QString fingerprint = Portal::CertificateInfo::formatFingerprint(m_pinnedSha256);
    m_pinned->setText(fingerprint.left(23) + QStringLiteral("…"));
    m_pinned->setToolTip(tr("SHA-256 fingerprint: %1").arg(fingerprint));
}

} // namespace PortalKeys::Ui
