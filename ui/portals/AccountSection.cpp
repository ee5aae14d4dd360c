#include "portals/AccountSection.h"

#include "portals/PortalDialogRows.h"
#include "widgets/SecretEdit.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

using Portal::CredentialKind;
using Portal::PortalProfile;
using Portal::SecretSlot;

AccountSection::AccountSection(QObject *parent)
    : QObject(parent)
    , m_tokenHelp(PortalDialogRows::helpLabel())
    , m_email(new QLineEdit)
    , m_password(new SecretEdit)
    , m_token(new SecretEdit)
{
    createTokenSource();
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setPlaceholderText(tr("you@example.com"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_password->setObjectName(QStringLiteral("password"));
    m_token->setObjectName(QStringLiteral("token"));
    for (QLineEdit *edit : {m_email, static_cast<QLineEdit *>(m_password), static_cast<QLineEdit *>(m_token)})
        connect(edit, &QLineEdit::textChanged, this, &AccountSection::changed);
}

void AccountSection::createTokenSource()
{
    m_signIn = new QRadioButton(tr("Sign in &with e-mail and password"));
    m_signIn->setObjectName(QStringLiteral("tokenSignIn"));
    m_paste = new QRadioButton(tr("Paste a personal access t&oken"));
    m_paste->setObjectName(QStringLiteral("tokenPaste"));
    m_signIn->setChecked(true);
    m_source = new QButtonGroup(this);
    m_source->addButton(m_signIn, int(TokenSource::SignIn));
    m_source->addButton(m_paste, int(TokenSource::Paste));
    m_sourceBox = new QWidget;
    auto *layout = new QVBoxLayout(m_sourceBox);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_signIn);
    layout->addWidget(m_paste);
    connect(m_source, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            emit sourceChanged();
    });
}

void AccountSection::addRows(QFormLayout *form)
{
    form->addRow(tr("Get the token:"), m_sourceBox);
    form->addRow(QString(), m_tokenHelp);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Token:"), m_token);
}

void AccountSection::updateRows(QFormLayout *form, CredentialKind kind, bool keep)
{
    const bool token = kind == CredentialKind::Token;
    const bool signIn = token && tokenSource() == TokenSource::SignIn;
    form->setRowVisible(m_sourceBox, token);
    form->setRowVisible(m_tokenHelp, token);
    form->setRowVisible(m_email, kind == CredentialKind::Basic || signIn);
    form->setRowVisible(m_password, kind == CredentialKind::Basic || signIn);
    form->setRowVisible(m_token, token && !signIn);

    m_tokenHelp->setText(signIn
                             ? tr("PortalKeys signs in once and keeps only the login token in the keychain, "
                                  "never your password. A two-factor code is asked for when the portal "
                                  "needs one.")
                             : tr("A token the portal issued for you, such as a personal access token. "
                                  "PortalKeys keeps it in the keychain."));
    m_password->setPlaceholderText(keep && kind == CredentialKind::Basic ? PortalDialogRows::keepText()
                                                                         : QString());
    m_token->setPlaceholderText(keep ? PortalDialogRows::keepText() : tr("The token, as the portal gave it"));
    if (signIn && keep)
        m_password->setPlaceholderText(tr("Only to sign in again — empty keeps the current token"));
}

void AccountSection::load(const PortalProfile &profile)
{
    m_email->setText(profile.user);
    // A token profile without an e-mail had its token pasted; with one, it came from a sign-in.
    (profile.kind == CredentialKind::Token && profile.user.isEmpty() ? m_paste : m_signIn)->setChecked(true);
}

AccountSection::TokenSource AccountSection::tokenSource() const
{
    return m_paste->isChecked() ? TokenSource::Paste : TokenSource::SignIn;
}

QString AccountSection::user(CredentialKind kind) const
{
    const bool withEmail = kind == CredentialKind::Basic ||
                           (kind == CredentialKind::Token && tokenSource() == TokenSource::SignIn);
    return withEmail ? m_email->text().trimmed() : QString();
}

QString AccountSection::problem(const PortalProfile &profile, const PortalProfile &original,
                                bool newKind) const
{
    if (profile.kind == CredentialKind::Basic) {
        if (newKind && m_password->text().isEmpty())
            return tr("Enter the password.");
    } else if (profile.kind == CredentialKind::Token) {
        if (tokenSource() == TokenSource::SignIn) {
            if (!profile.user.contains(QLatin1Char('@')))
                return tr("Enter the e-mail address you sign in with.");
            // A token of another account cannot stay: a different e-mail needs a new sign-in.
            const bool newAccount = newKind || profile.user.compare(original.user, Qt::CaseInsensitive) != 0;
            if (newAccount && m_password->text().isEmpty())
                return tr("Enter the password to sign in.");
        } else if (newKind && m_token->text().isEmpty()) {
            return tr("Paste the token.");
        }
    }
    return {};
}

bool AccountSection::signsIn(CredentialKind kind) const
{
    return kind == CredentialKind::Token && tokenSource() == TokenSource::SignIn &&
           !m_password->text().isEmpty();
}

QList<QPair<SecretSlot, QByteArray>> AccountSection::typedSecrets(CredentialKind kind) const
{
    if (kind == CredentialKind::Basic && !m_password->text().isEmpty())
        return {{SecretSlot::Password, m_password->secret()}};
    if (kind == CredentialKind::Token && tokenSource() == TokenSource::Paste && !m_token->text().isEmpty())
        return {{SecretSlot::LoginToken, m_token->secret()}};
    return {};
}

QByteArray AccountSection::password() const
{
    return m_password->secret();
}

void AccountSection::focusPassword()
{
    m_password->setFocus();
    m_password->selectAll();
}

} // namespace PortalKeys::Ui
