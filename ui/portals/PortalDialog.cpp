#include "portals/PortalDialog.h"

#include "portals/AccountSection.h"
#include "portals/AdvancedSection.h"
#include "portals/ApiKeySection.h"
#include "portals/CertificateDialog.h"
#include "portals/OAuthSection.h"
#include "portals/PasswordSignIn.h"
#include "portals/PortalCalls.h"
#include "portals/PortalDialogRows.h"
#include "widgets/Announcer.h"
#include "widgets/BusyBar.h"
#include "widgets/SecretEdit.h"
#include "widgets/StatusColors.h"
#include "widgets/VerdictBanner.h"

#include "portal/PortalClient.h"
#include "portal/PortalSession.h"
#include "portal/PortalUrl.h"
#include "portal/ProfileStore.h"
#include "secrets/SecretStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace PortalKeys::Ui {

using Portal::CredentialKind;
using Portal::PortalError;
using Portal::PortalProfile;
using Portal::SecretSlot;

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

void PortalDialog::createFields()
{
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
    m_apiKey = new ApiKeySection(this);
    m_account = new AccountSection(this);
    m_oauth = new OAuthSection(this);
    m_advanced = new AdvancedSection(this);

    m_fields = new QWidget;
    m_form = new QFormLayout(m_fields);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("&Name:"), m_name);
    // Notes are rows of their own: QFormLayout gives a wrapped label field its height for the actual width,
    // but not a composite field holding one. Every section adds its rows to this one form, so that all labels
    // share one column.
    m_form->addRow(tr("Portal &address:"), m_url);
    m_form->addRow(QString(), m_urlFeedback);
    m_form->addRow(tr("&Sign in with:"), m_kind);
    m_apiKey->addRows(m_form);
    m_account->addRows(m_form);
    m_oauth->addRows(m_form);
    m_advanced->addRows(m_form);
}

void PortalDialog::createWidgets()
{
    setObjectName(QStringLiteral("portalDialog"));
    createFields();
    m_hint = PortalDialogRows::helpLabel();
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
    connectFields();
}

void PortalDialog::connectFields()
{
    const auto revalidate = [this] {
        validate();
    };
    const auto rearrange = [this] {
        updateRows();
        validate();
    };
    for (QLineEdit *edit : {m_name, m_url})
        connect(edit, &QLineEdit::textChanged, this, revalidate);
    connect(m_apiKey, &ApiKeySection::changed, this, revalidate);
    connect(m_account, &AccountSection::changed, this, revalidate);
    connect(m_oauth, &OAuthSection::changed, this, revalidate);
    connect(m_advanced, &AdvancedSection::changed, this, revalidate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, rearrange);
    connect(m_account, &AccountSection::sourceChanged, this, rearrange);
    connect(m_advanced, &AdvancedSection::rowsChanged, this, &PortalDialog::updateRows);
}

void PortalDialog::loadProfile(const PortalProfile &profile)
{
    m_name->setText(profile.name);
    m_url->setText(profile.baseUrl.toString());
    m_kind->setCurrentIndex(m_kind->findData(int(profile.kind)));
    m_account->load(profile);
    m_oauth->load(profile);
    m_advanced->load(profile);
}

CredentialKind PortalDialog::currentKind() const
{
    return static_cast<CredentialKind>(m_kind->currentData().toInt());
}

void PortalDialog::updateRows()
{
    const CredentialKind kind = currentKind();
    // In edit mode the stored secrets stay unless the user types new ones; a new kind needs its own secrets.
    const bool unchanged = m_editing && kind == m_original.kind;
    m_apiKey->setRowsVisible(m_form, kind == CredentialKind::ApiKey);
    m_apiKey->setKeepsStoredKey(unchanged);
    m_account->updateRows(m_form, kind, unchanged);
    m_oauth->updateRows(m_form, kind == CredentialKind::OAuth2, unchanged);
    m_advanced->updateRows(m_form, kind == CredentialKind::OAuth2);
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
    profile.user = m_account->user(profile.kind);
    profile.clientId.clear();
    profile.scopes.clear();
    if (profile.kind == CredentialKind::OAuth2)
        m_oauth->apply(profile);
    m_advanced->apply(profile);
    return profile;
}

QString PortalDialog::missingSecret(const PortalProfile &profile) const
{
    const bool newKind = !m_editing || profile.kind != m_original.kind;
    if (profile.kind == CredentialKind::ApiKey)
        return m_apiKey->problem(newKind);
    return m_account->problem(profile, m_original, newKind);
}

void PortalDialog::showUrlFeedback(const QString &typedUrl, const Portal::PortalUrl::Result &url)
{
    if (!typedUrl.isEmpty() && !url.ok()) {
        m_urlFeedback->setText(url.error);
        m_urlFeedback->setStyleSheet(StatusColors::styleSheet(StatusColors::Tone::Error, palette()));
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
    // Read with the address field, where the focus is while it is typed.
    Announcer::describe(m_url, m_urlFeedback->text());
}

QString PortalDialog::validate()
{
    const Portal::PortalUrl::Result url = Portal::PortalUrl::normalize(m_url->text());
    const QString typedUrl = m_url->text().trimmed();
    const bool urlWrong = !typedUrl.isEmpty() && !url.ok();
    showUrlFeedback(typedUrl, url);
    const PortalProfile candidate = profile();
    QString problem = urlWrong ? url.error : candidate.problem();
    if (problem.isEmpty())
        problem = Portal::ProfileStore::nameTaken(m_existing, candidate);
    if (problem.isEmpty())
        problem = missingSecret(candidate);
    m_hint->setText(urlWrong ? QString() : problem); // the address problem is shown under the address
    m_hint->setVisible(!m_hint->text().isEmpty());

    const bool signsIn = m_account->signsIn(candidate.kind);
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
    if (m_account->signsIn(m_result.kind))
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
    switch (m_result.kind) {
    case CredentialKind::ApiKey:
        if (m_apiKey->keyEdit()->text().isEmpty())
            return {};
        return {{SecretSlot::ApiKey, m_apiKey->keyEdit()->secret()}};
    case CredentialKind::Basic:
    case CredentialKind::Token:
        return m_account->typedSecrets(m_result.kind);
    case CredentialKind::OAuth2:
        return m_oauth->typedSecrets();
    }
    return {};
}

void PortalDialog::signIn()
{
    setBusy(tr("Signing in to %1…").arg(m_result.baseUrl.host()), true);
    auto *operation = new QObject(this);
    m_operation = operation;
    auto *client = new Portal::PortalClient(Portal::PortalSession::clientSettings(m_result), operation);
    auto *signIn =
        new PasswordSignIn(client, m_result.user, m_account->password(), m_result.name, this, operation);
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
    for (SecretEdit *edit : {m_apiKey->keyEdit(), m_account->passwordEdit(), m_account->tokenEdit(),
                             m_oauth->clientSecretEdit()})
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
            m_advanced->trustCertificate(sha256);
            accept(); // sign in again, now trusting the certificate
        });
        dialog->open();
        return;
    }
    if (error.kind() == PortalError::Kind::Unauthorized || error.kind() == PortalError::Kind::Forbidden)
        m_account->focusPassword();
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

} // namespace PortalKeys::Ui
