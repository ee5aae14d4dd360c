#include "widgets/SecretDialog.h"

#include "widgets/FieldMessage.h"
#include "widgets/SecretEdit.h"
#include "widgets/SecureClipboard.h"

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

SecretDialog::SecretDialog(const QByteArray &secret, SecretStore *secrets, SecureClipboard *clipboard,
                           const QString &closeName, QWidget *parent)
    : QDialog(parent)
    , m_secret(secret)
    , m_secrets(secrets)
    , m_clipboard(clipboard)
    , m_layout(new QVBoxLayout(this))
    , m_note(new VerdictBanner)
    , m_values(new QFormLayout)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setObjectName(closeName);
    connect(buttons, &QDialogButtonBox::rejected, this, &SecretDialog::reject);
    m_layout->addWidget(m_note);
    m_layout->addLayout(m_values);
    m_layout->addStretch();
    m_layout->addWidget(buttons);
}

SecretDialog::~SecretDialog()
{
    // Drop the secret from this dialog's memory (the field's text is gone with the field).
    m_secret.fill('\0');
}

void SecretDialog::showNote(const QString &objectName, VerdictBanner::State state, const QString &text)
{
    m_note->setObjectName(objectName);
    m_note->showVerdict(state, text);
}

SecretEdit *SecretDialog::addSecretRow(const QString &label, const QString &fieldName,
                                       const QString &copyName, const QString &copyAccessibleName)
{
    m_secretEdit = new SecretEdit;
    m_secretEdit->setObjectName(fieldName);
    m_secretEdit->setText(QString::fromUtf8(m_secret));
    m_secretEdit->setReadOnly(true);
    m_secretEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *copy = new QPushButton(tr("&Copy"));
    copy->setObjectName(copyName);
    copy->setAutoDefault(false);
    copy->setAccessibleName(copyAccessibleName);
    connect(copy, &QPushButton::clicked, this, [this] {
        m_clipboard->copySensitive(QString::fromUtf8(m_secret));
        m_copied = true;
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_secretEdit, 1);
    row->addWidget(copy);
    // A label of its own: a row of a field and a button gives the mnemonic no buddy otherwise.
    auto *rowLabel = new QLabel(label);
    rowLabel->setBuddy(m_secretEdit);
    m_values->addRow(rowLabel, row);
    copy->setFocus();
    return m_secretEdit;
}

void SecretDialog::addKeychainBox(const KeychainTexts &texts, const QString &suggestedName)
{
    m_keychainTexts = texts;
    auto *box = new QGroupBox(texts.title);
    m_name = new QLineEdit(suggestedName);
    m_name->setObjectName(QStringLiteral("keychainName"));
    m_name->setMaxLength(NamedSecret::maxNameLength + 1);
    m_store = new QPushButton(tr("&Store"));
    m_store->setObjectName(QStringLiteral("storeInKeychain"));
    m_store->setAutoDefault(false);
    m_storeMessage = new FieldMessage;
    m_storeMessage->setObjectName(QStringLiteral("storeMessage"));
    // Two lines always: a longer message must not push the dialog's buttons out of reach.
    m_storeMessage->setMinimumHeight(2 * m_storeMessage->fontMetrics().lineSpacing());
    showStoreHelp();
    connect(m_store, &QPushButton::clicked, this, &SecretDialog::storeInKeychain);
    connect(m_name, &QLineEdit::textChanged, this, &SecretDialog::updateButtons);
    connect(m_name, &QLineEdit::returnPressed, this, &SecretDialog::storeInKeychain);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(texts.label);
    label->setBuddy(m_name);
    row->addWidget(label);
    row->addWidget(m_name, 1);
    row->addWidget(m_store);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(row);
    layout->addWidget(m_storeMessage);
    addBox(box);
}

void SecretDialog::addBox(QWidget *box)
{
    // Before the stretch and the buttons.
    m_layout->insertWidget(m_layout->count() - 2, box);
}

void SecretDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void SecretDialog::updateButtons()
{
    if (!m_store)
        return;
    const QString problem = NamedSecret::nameProblem(m_name->text());
    m_store->setEnabled(problem.isEmpty() && !m_busy && !(m_storeOnce && !m_storedName.isEmpty()));
    if (!problem.isEmpty() && !m_name->text().isEmpty())
        m_storeMessage->showMessage(FieldMessage::Kind::Error, problem);
    else if (m_storeMessage->kind() == FieldMessage::Kind::Error)
        showStoreHelp();
}

void SecretDialog::showStoreHelp()
{
    m_storeMessage->showMessage(FieldMessage::Kind::Note, m_keychainTexts.help);
}

void SecretDialog::storeInKeychain()
{
    const QString name = m_name->text();
    if (!m_store->isEnabled())
        return;
    setBusy(true);
    m_storeMessage->showMessage(FieldMessage::Kind::Note, tr("Storing…"));
    m_secrets->write(NamedSecret::keychainKey(name), m_secret, this, [this, name](const SecretError &error) {
        if (error.isError()) {
            setBusy(false);
            m_storeMessage->showMessage(FieldMessage::Kind::Error, tr("Not stored: %1").arg(error.message()));
            return;
        }
        m_storedName = name;
        m_storeMessage->showMessage(FieldMessage::Kind::Note, m_keychainTexts.stored.arg(name));
        setBusy(false);
        emit stored(name);
    });
}

void SecretDialog::reject()
{
    if (m_busy)
        return; // the keychain is being written; closing now would leave the user unsure what was kept
    closeAnyway();
}

void SecretDialog::closeAnyway()
{
    if (m_secretEdit)
        m_secretEdit->clear();
    QDialog::reject();
}

} // namespace PortalKeys::Ui
