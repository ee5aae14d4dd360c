#include "apikeys/ApiKeyCreatedDialog.h"

#include "widgets/FieldMessage.h"
#include "widgets/SecretEdit.h"

#include "portal/ProfileAdder.h"
#include "portal/ProfileStore.h"

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
    : SecretDialog(secret, secrets, clipboard, QStringLiteral("closeApiKeyDialog"), parent)
    , m_key(key)
    , m_portal(portal)
    , m_secrets(secrets)
    , m_profilesPath(profilesPath)
{
    setObjectName(QStringLiteral("apiKeyCreatedDialog"));
    setWindowTitle(tr("The API key “%1” is made").arg(key.name));
    showNote(QStringLiteral("shownOnceNote"), VerdictBanner::State::Warning,
             tr("This is the only time the key is shown: %1 keeps only a hash of it. Copy it into what needs "
                "it, store it in the keychain, or add it as a portal before you close this window.")
                 .arg(portal.name));
    SecretEdit *keyEdit = addSecretRow(tr("&Key:"), QStringLiteral("apiKeyValue"),
                                       QStringLiteral("copyApiKey"), tr("Copy the API key"));
    keyEdit->setAccessibleName(tr("The new API key"));
    keyEdit->setCursorPosition(0);
    auto *details = new QLabel(
        tr("%1 · permissions: %2 · expires: %3")
            .arg(key.maskedKey(), key.permissionsText(), key.expiryText(QDateTime::currentDateTimeUtc())));
    details->setObjectName(QStringLiteral("apiKeyDetails"));
    details->setForegroundRole(QPalette::PlaceholderText);
    values()->addRow(QString(), details);
    addKeychainBox(
        {tr("Store in the keychain"), tr("Store &as:"),
         tr("A named secret of PortalKeys in the keychain: your system's password manager shows it "
            "as “named-secret/” and this name."),
         tr("Stored in the keychain as “%1”.")},
        QStringLiteral("%1/%2").arg(m_portal.name, m_key.name));
    setStoreOnce(true);
    addBox(createPortalBox());
    setMinimumWidth(620);
    updateButtons();
}

void ApiKeyCreatedDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // The notes know their height only once they have their width: fit the dialog to them then.
    QTimer::singleShot(0, this, [this] { resize(width(), sizeHint().height()); });
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
    SecretDialog::updateButtons();
    if (!m_add)
        return;
    const Portal::PortalProfile candidate = ProfileAdder::apiKeyProfile(m_portalName->text(), m_portal);
    const ProfileAdder::Result checked = ProfileAdder::check(Portal::ProfileStore(m_profilesPath), candidate);
    m_add->setEnabled(checked.ok() && !isBusy() && m_addedPortal.isEmpty());
    if (!checked.ok() && m_addedPortal.isEmpty())
        m_portalMessage->showMessage(FieldMessage::Kind::Error, checked.message);
    else if (m_portalMessage->kind() == FieldMessage::Kind::Error)
        m_portalMessage->clearMessage();
}

void ApiKeyCreatedDialog::addAsPortal()
{
    if (!m_add->isEnabled())
        return;
    const Portal::PortalProfile profile = ProfileAdder::apiKeyProfile(m_portalName->text(), m_portal);
    setBusy(true);
    m_portalMessage->showMessage(FieldMessage::Kind::Note, tr("Adding…"));
    ProfileAdder::add(m_secrets, Portal::ProfileStore(m_profilesPath), profile,
                      {{Portal::SecretSlot::ApiKey, secret()}}, this,
                      [this, profile](const ProfileAdder::Result &result) {
                          if (!result.ok()) {
                              setBusy(false);
                              m_portalMessage->showMessage(FieldMessage::Kind::Error,
                                                           tr("Not added: %1").arg(result.message));
                              return;
                          }
                          m_addedPortal = profile.id;
                          m_portalMessage->showMessage(
                              FieldMessage::Kind::Note,
                              tr("Added the portal “%1”; it is on the Portals page.").arg(profile.name));
                          setBusy(false);
                          emit portalAdded(profile.id);
                      });
}

void ApiKeyCreatedDialog::reject()
{
    if (isBusy())
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

} // namespace PortalKeys::Ui
