#include "oauthapps/ClientSecretDialog.h"

#include "oauthapps/AppSecretNames.h"
#include "oauthapps/FieldMessage.h"
#include "widgets/SecretEdit.h"
#include "widgets/SecureClipboard.h"
#include "widgets/VerdictBanner.h"

#include "secrets/NamedSecret.h"
#include "secrets/SecretStore.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

ClientSecretDialog::ClientSecretDialog(Occasion occasion, const QString &appName, const QString &clientId,
                                       const QByteArray &secret, SecretStore *secrets,
                                       SecureClipboard *clipboard, QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_clipboard(clipboard)
    , m_clientId(clientId)
    , m_secret(secret)
    , m_secretEdit(new SecretEdit)
    , m_name(new QLineEdit(AppSecretNames::nameFor(clientId)))
    , m_store(new QPushButton(tr("&Store")))
    , m_storeMessage(new FieldMessage)
{
    setObjectName(QStringLiteral("clientSecretDialog"));
    if (occasion == Occasion::Registered)
        setWindowTitle(tr("“%1” is registered").arg(appName));
    else if (occasion == Occasion::Regenerated)
        setWindowTitle(tr("New client secret of “%1”").arg(appName));
    else
        setWindowTitle(tr("Client secret of “%1”").arg(appName));

    // The portal gives the secret again at any time: nobody should regenerate it, and break the apps that
    // use it, only because it seemed lost.
    auto *banner = new VerdictBanner;
    banner->setObjectName(QStringLiteral("secretNote"));
    banner->showVerdict(
        VerdictBanner::State::Neutral,
        occasion == Occasion::Shown
            ? tr("Anyone who has this secret can sign in as the app: copy it only into the "
                 "integration that needs it, or keep it in the keychain.")
            : tr("Give this secret to the integration that signs in as the app, or keep it in the "
                 "keychain. If it goes missing, Show secret on the OAuth apps page reads it again from "
                 "the portal: there is no need to regenerate it."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeSecretDialog"));
    connect(buttons, &QDialogButtonBox::rejected, this, &ClientSecretDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(banner);
    layout->addLayout(createValues());
    layout->addWidget(createKeychainBox());
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(560);
    updateStoreButton();
    m_copySecret->setFocus();
}

QLayout *ClientSecretDialog::createValues()
{
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto *clientIdEdit = new QLineEdit(m_clientId);
    clientIdEdit->setObjectName(QStringLiteral("clientIdValue"));
    clientIdEdit->setReadOnly(true);
    clientIdEdit->setFont(fixed);
    auto *copyId = new QPushButton(tr("Copy"));
    copyId->setObjectName(QStringLiteral("copyClientId"));
    copyId->setAutoDefault(false);
    copyId->setAccessibleName(tr("Copy the client ID"));
    connect(copyId, &QPushButton::clicked, this, [this] { m_clipboard->copyPlain(m_clientId); });

    m_secretEdit->setObjectName(QStringLiteral("clientSecretValue"));
    m_secretEdit->setText(QString::fromUtf8(m_secret));
    m_secretEdit->setReadOnly(true);
    m_secretEdit->setFont(fixed);
    m_copySecret = new QPushButton(tr("&Copy"));
    m_copySecret->setObjectName(QStringLiteral("copyClientSecret"));
    m_copySecret->setAutoDefault(false);
    m_copySecret->setAccessibleName(tr("Copy the client secret"));
    connect(m_copySecret, &QPushButton::clicked, this, [this] {
        m_clipboard->copySensitive(QString::fromUtf8(m_secret));
        m_copied = true;
    });

    auto *values = new QFormLayout;
    auto *idRow = new QHBoxLayout;
    idRow->addWidget(clientIdEdit, 1);
    idRow->addWidget(copyId);
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secretEdit, 1);
    secretRow->addWidget(m_copySecret);
    // Labels of their own: a row of a field and a button gives the mnemonic no buddy otherwise.
    auto *idLabel = new QLabel(tr("Client ID:"));
    idLabel->setBuddy(clientIdEdit);
    auto *secretLabel = new QLabel(tr("Client &secret:"));
    secretLabel->setBuddy(m_secretEdit);
    values->addRow(idLabel, idRow);
    values->addRow(secretLabel, secretRow);
    return values;
}

QWidget *ClientSecretDialog::createKeychainBox()
{
    auto *keychain = new QGroupBox(tr("Keep it in the keychain"));
    m_name->setObjectName(QStringLiteral("keychainName"));
    m_name->setMaxLength(NamedSecret::maxNameLength + 1);
    m_store->setObjectName(QStringLiteral("storeInKeychain"));
    m_store->setAutoDefault(false);
    connect(m_store, &QPushButton::clicked, this, &ClientSecretDialog::storeInKeychain);
    connect(m_name, &QLineEdit::textChanged, this, &ClientSecretDialog::updateStoreButton);
    connect(m_name, &QLineEdit::returnPressed, this, &ClientSecretDialog::storeInKeychain);
    m_storeMessage->setObjectName(QStringLiteral("storeMessage"));
    // Two lines always: a longer message must not push the dialog's buttons out of reach.
    m_storeMessage->setMinimumHeight(2 * m_storeMessage->fontMetrics().lineSpacing());
    showStoreHelp();
    auto *nameRow = new QHBoxLayout;
    auto *nameLabel = new QLabel(tr("Store as:"));
    nameLabel->setBuddy(m_name);
    nameRow->addWidget(nameLabel);
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_store);
    auto *keychainLayout = new QVBoxLayout(keychain);
    keychainLayout->addLayout(nameRow);
    keychainLayout->addWidget(m_storeMessage);
    return keychain;
}

ClientSecretDialog::~ClientSecretDialog()
{
    // Drop the secret from this dialog's memory (the field's text is gone with the field).
    m_secret.fill('\0');
}

void ClientSecretDialog::updateStoreButton()
{
    const QString problem = NamedSecret::nameProblem(m_name->text());
    m_store->setEnabled(problem.isEmpty() && !m_storing);
    if (!problem.isEmpty() && !m_name->text().isEmpty())
        m_storeMessage->showMessage(FieldMessage::Kind::Error, problem);
    else if (m_storeMessage->kind() == FieldMessage::Kind::Error)
        showStoreHelp();
}

void ClientSecretDialog::showStoreHelp()
{
    m_storeMessage->showMessage(FieldMessage::Kind::Note,
                                tr("A named secret in the keychain: “Try it” on the OAuth apps page finds it "
                                   "under this name."));
}

void ClientSecretDialog::storeInKeychain()
{
    const QString name = m_name->text();
    if (!NamedSecret::nameProblem(name).isEmpty() || m_storing)
        return;
    m_storing = true;
    updateStoreButton();
    m_storeMessage->showMessage(FieldMessage::Kind::Note, tr("Storing…"));
    m_secrets->write(NamedSecret::keychainKey(name), m_secret, this, [this, name](const SecretError &error) {
        m_storing = false;
        updateStoreButton();
        if (error.isError()) {
            m_storeMessage->showMessage(FieldMessage::Kind::Error, tr("Not stored: %1").arg(error.message()));
            return;
        }
        m_storedName = name;
        AppSecretNames::remember(m_clientId, name);
        m_storeMessage->showMessage(
            FieldMessage::Kind::Note,
            tr("Stored in the keychain as “%1”. “Try it” on the OAuth apps page finds "
               "it under this name.")
                .arg(name));
        emit stored(name);
    });
}

void ClientSecretDialog::reject()
{
    if (m_storing)
        return; // the keychain is being written; closing now would leave the user unsure what was kept
    // Closing loses nothing: the portal gives the secret again (Show secret).
    m_secretEdit->clear();
    QDialog::reject();
}

} // namespace PortalKeys::Ui
