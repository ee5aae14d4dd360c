#include "jwt/KeyPanel.h"

#include "secrets/NamedSecret.h"
#include "secrets/SecretStore.h"
#include "widgets/Announcer.h"
#include "widgets/PageControls.h"
#include "widgets/SecretEdit.h"
#include "widgets/StatusColors.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

KeyPanel::KeyPanel(SecretStore *store, Kinds kinds, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("keyKind"));
    m_kind->setAccessibleName(tr("Kind of key"));
    // On Linux a combo box is read by its value: the description says what it chooses.
    m_kind->setAccessibleDescription(tr("What kind of key to give"));
    m_kind->addItem(tr("HMAC secret"));
    PageControls::narrowCombo(m_kind, 12);
    m_pages = new QStackedWidget;
    m_pages->addWidget(createSecretPage());
    if (kinds == Kinds::SecretsAndKeys) {
        m_kind->addItem(tr("Public or private key (PEM, JWK, JWK Set)"));
        m_pages->addWidget(createKeyFilePage());
    }
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int index) {
        showPage(index);
        emit changed();
    });
    showPage(0);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("keyStatus"));
    m_status->setWordWrap(true);
    m_status->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kind);
    layout->addWidget(m_pages);
    layout->addWidget(m_status);
    // Once in the layout: a widget shown before it has a parent is a window of its own for a moment.
    m_kind->setVisible(kinds == Kinds::SecretsAndKeys);
}

QWidget *KeyPanel::createSecretPage()
{
    m_secret = new SecretEdit;
    m_secret->setObjectName(QStringLiteral("secret"));
    m_secret->setPlaceholderText(tr("The secret the token was signed with"));
    m_secret->setAccessibleName(tr("HMAC secret"));
    connect(m_secret, &QLineEdit::textChanged, this, &KeyPanel::changed);

    m_encoding = new QComboBox;
    m_encoding->setObjectName(QStringLiteral("secretEncoding"));
    m_encoding->addItem(tr("Text (UTF-8)"), int(Jwt::Key::SecretEncoding::Utf8));
    m_encoding->addItem(tr("Base64"), int(Jwt::Key::SecretEncoding::Base64));
    m_encoding->addItem(tr("Base64url"), int(Jwt::Key::SecretEncoding::Base64Url));
    m_encoding->addItem(tr("Hex"), int(Jwt::Key::SecretEncoding::Hex));
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &KeyPanel::changed);

    m_keychainName = new QLineEdit;
    m_keychainName->setObjectName(QStringLiteral("keychainName"));
    m_keychainName->setPlaceholderText(tr("e.g. Document Server production"));
    // Its label names the row with the Load and Save buttons.
    m_keychainName->setAccessibleName(tr("Keychain name"));
    m_loadButton = new QPushButton(tr("&Load"));
    m_loadButton->setToolTip(tr("Fill in the secret kept in the keychain under this name"));
    m_saveButton = new QPushButton(tr("&Save"));
    m_saveButton->setToolTip(tr("Keep the secret in the keychain under this name"));
    connect(m_loadButton, &QPushButton::clicked, this, &KeyPanel::loadFromKeychain);
    connect(m_saveButton, &QPushButton::clicked, this, &KeyPanel::saveToKeychain);
    auto *keychainRow = new QHBoxLayout;
    keychainRow->addWidget(m_keychainName, 1);
    keychainRow->addWidget(m_loadButton);
    keychainRow->addWidget(m_saveButton);

    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Secret:"), m_secret);
    form->addRow(tr("Encoding:"), m_encoding);
    form->addRow(tr("Keychain:"), keychainRow);
    return page;
}

QWidget *KeyPanel::createKeyFilePage()
{
    m_keyText = new QPlainTextEdit;
    m_keyText->setObjectName(QStringLiteral("keyText"));
    m_keyText->setAccessibleName(tr("Key"));
    m_keyText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_keyText->setPlaceholderText(tr("-----BEGIN PUBLIC KEY-----\n…\nor a JWK / JWK Set in JSON"));
    m_keyText->setTabChangesFocus(true);
    connect(m_keyText, &QPlainTextEdit::textChanged, this, &KeyPanel::changed);
    auto *browse = new QPushButton(tr("Load from &file…"));
    connect(browse, &QPushButton::clicked, this, &KeyPanel::loadKeyFile);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_keyText);
    layout->addWidget(browse, 0, Qt::AlignLeft);
    return page;
}

void KeyPanel::showPage(int index)
{
    // A stacked widget is as tall as its tallest page; only the shown page should count.
    for (int i = 0; i < m_pages->count(); ++i)
        m_pages->widget(i)->setSizePolicy(QSizePolicy::Preferred,
                                          i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_pages->setCurrentIndex(index);
    m_pages->adjustSize();
}

bool KeyPanel::hasInput() const
{
    if (m_pages->currentIndex() == 0)
        return !m_secret->text().isEmpty();
    return !m_keyText->toPlainText().trimmed().isEmpty();
}

Jwt::Key::LoadResult KeyPanel::key(const QString &kid) const
{
    if (m_pages->currentIndex() == 0) {
        const auto encoding = static_cast<Jwt::Key::SecretEncoding>(m_encoding->currentData().toInt());
        return Jwt::Key::fromSecret(m_secret->text().toUtf8(), encoding);
    }
    return Jwt::Key::fromKeyFile(m_keyText->toPlainText().toUtf8(), kid);
}

void KeyPanel::setSecret(const QString &secret)
{
    m_kind->setCurrentIndex(0);
    m_secret->setText(secret);
}

void KeyPanel::setKeyText(const QString &pemOrJwk)
{
    if (!m_keyText)
        return;
    m_kind->setCurrentIndex(1);
    m_keyText->setPlainText(pemOrJwk);
}

void KeyPanel::loadFromKeychain()
{
    const QString name = m_keychainName->text().trimmed();
    if (const QString problem = NamedSecret::nameProblem(name); !problem.isEmpty())
        return showStatus(problem, true);
    m_loadButton->setEnabled(false);
    showStatus(tr("Reading the keychain…"), false);
    m_store->read(NamedSecret::keychainKey(name), this,
                  [this, name](const SecretError &error, const QByteArray &secret) {
                      m_loadButton->setEnabled(true);
                      if (error.isError())
                          return showStatus(error.message(), true);
                      m_secret->setText(QString::fromUtf8(secret));
                      showStatus(tr("Loaded the secret “%1” from the keychain.").arg(name), false);
                  });
}

void KeyPanel::saveToKeychain()
{
    const QString name = m_keychainName->text().trimmed();
    if (const QString problem = NamedSecret::nameProblem(name); !problem.isEmpty())
        return showStatus(problem, true);
    if (m_secret->text().isEmpty())
        return showStatus(tr("Type the secret first."), true);
    m_saveButton->setEnabled(false);
    m_store->write(NamedSecret::keychainKey(name), m_secret->text().toUtf8(), this,
                   [this, name](const SecretError &error) {
                       m_saveButton->setEnabled(true);
                       if (error.isError())
                           return showStatus(error.message(), true);
                       showStatus(tr("Saved the secret in the keychain as “%1”.").arg(name), false);
                   });
}

void KeyPanel::loadKeyFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a key"), QString(),
                                     tr("Keys (*.pem *.crt *.cer *.key *.pub *.json *.jwk);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return showStatus(tr("Cannot read “%1”: %2.").arg(path, file.errorString()), true);
    const QByteArray content = file.read(1024 * 1024 + 1);
    if (content.size() > 1024 * 1024)
        return showStatus(tr("“%1” is larger than 1 MiB; that is no key.").arg(path), true);
    m_keyText->setPlainText(QString::fromUtf8(content));
    showStatus(tr("Loaded “%1”.").arg(QFileInfo(path).fileName()), false);
}

void KeyPanel::showStatus(const QString &text, bool isError)
{
    m_status->setText(text);
    m_status->setForegroundRole(isError ? QPalette::BrightText : QPalette::WindowText);
    m_status->setStyleSheet(isError ? StatusColors::styleSheet(StatusColors::Tone::Error, m_status->palette())
                                    : QString());
    m_status->setVisible(!text.isEmpty());
    // Loading and saving happen out of sight of the focused button: say how it went.
    if (!text.isEmpty())
        Announcer::alert(m_status);
}

} // namespace PortalKeys::Ui
