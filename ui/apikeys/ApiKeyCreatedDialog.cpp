#include "apikeys/ApiKeyCreatedDialog.h"

#include "oauthapps/FieldMessage.h"
#include "widgets/SecretEdit.h"
#include "widgets/SecureClipboard.h"
#include "widgets/VerdictBanner.h"

#include "portal/ProfileAdder.h"
#include "portal/ProfileStore.h"
#include "secrets/NamedSecret.h"
#include "secrets/SecretStore.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

using Portal::ProfileAdder;

ApiKeyCreatedDialog::ApiKeyCreatedDialog(const ApiKeys::ApiKey &key, const QByteArray &secret,
                                         const Portal::PortalProfile &portal, SecretStore *secrets,
                                         SecureClipboard *clipboard, const QString &profilesPath,
                                         QWidget *parent)
    : QDialog(parent)
    , m_key(key)
    , m_secret(secret)
    , m_portal(portal)
    , m_secrets(secrets)
    , m_clipboard(clipboard)
    , m_profilesPath(profilesPath)
{
    setObjectName(QStringLiteral("apiKeyCreatedDialog"));
    setWindowTitle(tr("The API key “%1” is made").arg(key.name));

    auto *banner = new VerdictBanner;
    banner->setObjectName(QStringLiteral("shownOnceNote"));
    banner->setWordWrap(true);
    banner->showVerdict(VerdictBanner::State::Warning,
                        tr("This is the only time the key is shown: %1 keeps only a hash of it. Copy it "
                           "into what needs it, store it in the keychain, or add it as a portal before you "
                           "close this window.")
                            .arg(portal.name));

    m_keyEdit = new SecretEdit;
    m_keyEdit->setObjectName(QStringLiteral("apiKeyValue"));
    m_keyEdit->setText(QString::fromLatin1(secret));
    m_keyEdit->setReadOnly(true);
    m_keyEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_keyEdit->setAccessibleName(tr("The new API key"));
    m_keyEdit->setCursorPosition(0);
    auto *copy = new QPushButton(tr("&Copy"));
    copy->setObjectName(QStringLiteral("copyApiKey"));
    copy->setAutoDefault(false);
    copy->setAccessibleName(tr("Copy the API key"));
    connect(copy, &QPushButton::clicked, this, [this] {
        m_clipboard->copySensitive(QString::fromLatin1(m_secret));
        m_copied = true;
    });
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyEdit, 1);
    keyRow->addWidget(copy);
    auto *keyLabel = new QLabel(tr("&Key:"));
    keyLabel->setBuddy(m_keyEdit);
    auto *details = new QLabel(
        tr("%1 · permissions: %2 · expires: %3")
            .arg(key.maskedKey(), key.permissionsText(), key.expiryText(QDateTime::currentDateTimeUtc())));
    details->setObjectName(QStringLiteral("apiKeyDetails"));
    details->setForegroundRole(QPalette::PlaceholderText);
    auto *values = new QFormLayout;
    values->addRow(keyLabel, keyRow);
    values->addRow(QString(), details);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeApiKeyDialog"));
    connect(buttons, &QDialogButtonBox::rejected, this, &ApiKeyCreatedDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(banner);
    layout->addLayout(values);
    layout->addWidget(createKeychainBox());
    layout->addWidget(createPortalBox());
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(620);
    updateButtons();
    copy->setFocus();
}

void ApiKeyCreatedDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // The notes know their height only once they have their width: fit the dialog to them then.
    QTimer::singleShot(0, this, [this] { resize(width(), sizeHint().height()); });
}

ApiKeyCreatedDialog::~ApiKeyCreatedDialog()
{
    // Drop the key from this dialog's memory (the field's text is gone with the field).
    m_secret.fill('\0');
}

QWidget *ApiKeyCreatedDialog::createKeychainBox()
{
    auto *box = new QGroupBox(tr("Store in the keychain"));
    m_secretName = new QLineEdit(QStringLiteral("%1/%2").arg(m_portal.name, m_key.name));
    m_secretName->setObjectName(QStringLiteral("keychainName"));
    m_secretName->setMaxLength(NamedSecret::maxNameLength + 1);
    m_store = new QPushButton(tr("&Store"));
    m_store->setObjectName(QStringLiteral("storeInKeychain"));
    m_store->setAutoDefault(false);
    m_storeMessage = new FieldMessage;
    m_storeMessage->setObjectName(QStringLiteral("storeMessage"));
    m_storeMessage->showMessage(FieldMessage::Kind::Note,
                                tr("A named secret of PortalKeys in the keychain: your system's password "
                                   "manager shows it as “named-secret/” and this name."));
    connect(m_store, &QPushButton::clicked, this, &ApiKeyCreatedDialog::storeInKeychain);
    connect(m_secretName, &QLineEdit::textChanged, this, &ApiKeyCreatedDialog::updateButtons);
    connect(m_secretName, &QLineEdit::returnPressed, this, &ApiKeyCreatedDialog::storeInKeychain);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("Store &as:"));
    label->setBuddy(m_secretName);
    row->addWidget(label);
    row->addWidget(m_secretName, 1);
    row->addWidget(m_store);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(row);
    layout->addWidget(m_storeMessage);
    return box;
}

QWidget *ApiKeyCreatedDialog::createPortalBox()
{
    auto *box = new QGroupBox(tr("Add as a portal"));
    m_portalName = new QLineEdit(QStringLiteral("%1 (%2)").arg(m_portal.name, m_key.name));
    m_portalName->setObjectName(QStringLiteral("newPortalName"));
    m_add = new QPushButton(tr("A&dd"));
    m_add->setObjectName(QStringLiteral("addAsPortal"));
    m_add->setAutoDefault(false);
    m_portalMessage = new FieldMessage;
    m_portalMessage->setObjectName(QStringLiteral("portalMessage"));
    m_portalMessage->showMessage(FieldMessage::Kind::Note,
                                 tr("A new portal profile for %1 that signs in with this key (kept in the "
                                    "keychain), with the same certificate settings.")
                                     .arg(m_portal.baseUrl.host()));
    connect(m_add, &QPushButton::clicked, this, &ApiKeyCreatedDialog::addAsPortal);
    connect(m_portalName, &QLineEdit::textChanged, this, &ApiKeyCreatedDialog::updateButtons);
    connect(m_portalName, &QLineEdit::returnPressed, this, &ApiKeyCreatedDialog::addAsPortal);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("Portal &name:"));
    label->setBuddy(m_portalName);
    row->addWidget(label);
    row->addWidget(m_portalName, 1);
    row->addWidget(m_add);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(row);
    layout->addWidget(m_portalMessage);
    return box;
}

void ApiKeyCreatedDialog::updateButtons()
{
    const QString secretProblem = NamedSecret::nameProblem(m_secretName->text());
    m_store->setEnabled(secretProblem.isEmpty() && !m_busy && m_storedName.isEmpty());
    if (!secretProblem.isEmpty() && !m_secretName->text().isEmpty())
        m_storeMessage->showMessage(FieldMessage::Kind::Error, secretProblem);
    else if (m_storeMessage->kind() == FieldMessage::Kind::Error)
        m_storeMessage->clearMessage();
    const Portal::PortalProfile candidate = ProfileAdder::apiKeyProfile(m_portalName->text(), m_portal);
    const ProfileAdder::Result checked = ProfileAdder::check(Portal::ProfileStore(m_profilesPath), candidate);
    m_add->setEnabled(checked.ok() && !m_busy && m_addedPortal.isEmpty());
    if (!checked.ok() && m_addedPortal.isEmpty())
        m_portalMessage->showMessage(FieldMessage::Kind::Error, checked.message);
    else if (m_portalMessage->kind() == FieldMessage::Kind::Error)
        m_portalMessage->clearMessage();
}

void ApiKeyCreatedDialog::storeInKeychain()
{
    const QString name = m_secretName->text();
    if (!m_store->isEnabled())
        return;
    m_busy = true;
    updateButtons();
    m_storeMessage->showMessage(FieldMessage::Kind::Note, tr("Storing…"));
    m_secrets->write(NamedSecret::keychainKey(name), m_secret, this, [this, name](const SecretError &error) {
        m_busy = false;
        if (error.isError()) {
            m_storeMessage->showMessage(FieldMessage::Kind::Error, tr("Not stored: %1").arg(error.message()));
            return updateButtons();
        }
        m_storedName = name;
        m_storeMessage->showMessage(FieldMessage::Kind::Note,
                                    tr("Stored in the keychain as “%1”.").arg(name));
        updateButtons();
    });
}

void ApiKeyCreatedDialog::addAsPortal()
{
    if (!m_add->isEnabled())
        return;
    const Portal::PortalProfile profile = ProfileAdder::apiKeyProfile(m_portalName->text(), m_portal);
    m_busy = true;
    updateButtons();
    m_portalMessage->showMessage(FieldMessage::Kind::Note, tr("Adding…"));
    ProfileAdder::add(m_secrets, Portal::ProfileStore(m_profilesPath), profile,
                      {{Portal::SecretSlot::ApiKey, m_secret}}, this,
                      [this, profile](const ProfileAdder::Result &result) {
                          m_busy = false;
                          if (!result.ok()) {
                              m_portalMessage->showMessage(FieldMessage::Kind::Error,
                                                           tr("Not added: %1").arg(result.message));
                              return updateButtons();
                          }
                          m_addedPortal = profile.id;
                          m_portalMessage->showMessage(
                              FieldMessage::Kind::Note,
                              tr("Added the portal “%1”; it is on the Portals page.").arg(profile.name));
                          updateButtons();
                          emit portalAdded(profile.id);
                      });
}

void ApiKeyCreatedDialog::reject()
{
    if (m_busy)
        return; // the keychain is being written; closing now would leave the user unsure what was kept
    if (isKept())
        return closeAnyway();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Close without keeping the key?"),
                                tr("The key has not been copied, stored or added as a portal."),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("discardKeyConfirmation"));
    box->setInformativeText(tr("The portal never shows it again: to use this key you would have to make a "
                               "new one (and delete this one)."));
    QPushButton *discard = box->addButton(tr("Close &anyway"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("closeAnyway"));
    QPushButton *back = box->addButton(tr("&Keep it first"), QMessageBox::RejectRole);
    box->setDefaultButton(back);
    box->setEscapeButton(back);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, discard](QAbstractButton *clicked) {
        if (clicked == discard)
            closeAnyway();
    });
    box->open();
}

void ApiKeyCreatedDialog::closeAnyway()
{
    m_keyEdit->clear();
    QDialog::reject();
}

} // namespace PortalKeys::Ui
