#include "oauthapps/ClientSecretDialog.h"

#include "oauthapps/AppSecretNames.h"
#include "widgets/SecureClipboard.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace PortalKeys::Ui {

ClientSecretDialog::ClientSecretDialog(Occasion occasion, const QString &appName, const QString &clientId,
                                       const QByteArray &secret, SecretStore *secrets,
                                       SecureClipboard *clipboard, QWidget *parent)
    : SecretDialog(secret, secrets, clipboard, QStringLiteral("closeSecretDialog"), parent)
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
    showNote(QStringLiteral("secretNote"), VerdictBanner::State::Neutral,
             occasion == Occasion::Shown
                 ? tr("Anyone who has this secret can sign in as the app: copy it only into the "
                      "integration that needs it, or keep it in the keychain.")
                 : tr("Give this secret to the integration that signs in as the app, or keep it in the "
                      "keychain. If it goes missing, Show secret on the OAuth apps page reads it again from "
                      "the portal: there is no need to regenerate it."));
    addClientIdRow(clientId, clipboard);
    addSecretRow(tr("Client &secret:"), QStringLiteral("clientSecretValue"),
                 QStringLiteral("copyClientSecret"), tr("Copy the client secret"));
    addKeychainBox({tr("Keep it in the keychain"), tr("Store as:"),
                    tr("A named secret in the keychain: “Try it” on the OAuth apps page finds it under this "
                       "name."),
                    tr("Stored in the keychain as “%1”. “Try it” on the OAuth apps page finds it under this "
                       "name.")},
                   AppSecretNames::nameFor(clientId));
    connect(this, &SecretDialog::stored, this,
            [clientId](const QString &name) { AppSecretNames::remember(clientId, name); });
    setMinimumWidth(560);
    updateButtons();
}

void ClientSecretDialog::addClientIdRow(const QString &clientId, SecureClipboard *clipboard)
{
    auto *clientIdEdit = new QLineEdit(clientId);
    clientIdEdit->setObjectName(QStringLiteral("clientIdValue"));
    clientIdEdit->setReadOnly(true);
    clientIdEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *copyId = new QPushButton(tr("Copy"));
    copyId->setObjectName(QStringLiteral("copyClientId"));
    copyId->setAutoDefault(false);
    copyId->setAccessibleName(tr("Copy the client ID"));
    connect(copyId, &QPushButton::clicked, this, [clipboard, clientId] { clipboard->copyPlain(clientId); });
    auto *row = new QHBoxLayout;
    row->addWidget(clientIdEdit, 1);
    row->addWidget(copyId);
    auto *label = new QLabel(tr("Client ID:"));
    label->setBuddy(clientIdEdit);
    values()->addRow(label, row);
}

} // namespace PortalKeys::Ui
