#include "jwt/SignTab.h"

#include "jwt/KeyPanel.h"
#include "jwt/TokenEdit.h"
#include "widgets/Announcer.h"
#include "widgets/JsonEdit.h"
#include "widgets/PageControls.h"
#include "widgets/SecureClipboard.h"
#include "widgets/StatusColors.h"
#include "widgets/VerdictBanner.h"

#include "jwt/Algorithm.h"
#include "jwt/DocumentServer.h"
#include "jwt/Signer.h"
#include "jwt/Token.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

SignTab::SignTab(SecretStore *store, SecureClipboard *clipboard, QWidget *parent)
    : QWidget(parent)
    , m_clipboard(clipboard)
{
    m_template = new QComboBox;
    m_template->setObjectName(QStringLiteral("template"));
    m_template->addItem(tr("Empty payload"));
    for (Jwt::DocumentServer::Template t : Jwt::DocumentServer::templates())
        m_template->addItem(Jwt::DocumentServer::templateTitle(t), int(t));
    PageControls::narrowCombo(m_template, 12);
    connect(m_template, &QComboBox::activated, this, &SignTab::applyTemplate);

    m_payload = new JsonEdit;
    m_payload->setObjectName(QStringLiteral("payloadEditor"));
    m_payload->setAccessibleName(tr("Payload to sign"));
    connect(m_payload, &QPlainTextEdit::textChanged, this, &SignTab::validate);
    m_payloadStatus = new QLabel;
    m_payloadStatus->setObjectName(QStringLiteral("payloadStatus"));
    m_payloadStatus->setWordWrap(true);

    auto *payloadGroup = new QGroupBox(tr("Payload"));
    auto *payloadLayout = new QVBoxLayout(payloadGroup);
    auto *templateRow = new QFormLayout;
    templateRow->addRow(tr("&Template:"), m_template);
    payloadLayout->addLayout(templateRow);
    payloadLayout->addWidget(m_payload, 1);
    payloadLayout->addWidget(m_payloadStatus);

    m_algorithm = new QComboBox;
    m_algorithm->setObjectName(QStringLiteral("algorithm"));
    for (Jwt::Algorithm algorithm : Jwt::allAlgorithms())
        m_algorithm->addItem(Jwt::algorithmName(algorithm), int(algorithm));
    m_kid = new QLineEdit;
    m_kid->setObjectName(QStringLiteral("keyId"));
    m_kid->setPlaceholderText(tr("optional"));
    m_key = new KeyPanel(store, KeyPanel::Kinds::SecretsAndKeys);
    connect(m_key, &KeyPanel::changed, this, &SignTab::validate);
    auto *keyGroup = new QGroupBox(tr("Sign with"));
    keyGroup->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *keyForm = new QFormLayout(keyGroup);
    keyForm->addRow(tr("&Algorithm:"), m_algorithm);
    keyForm->addRow(tr("&Key id (kid):"), m_kid);
    keyForm->addRow(m_key);

    m_signButton = new QPushButton(tr("&Sign"));
    m_signButton->setObjectName(QStringLiteral("signButton"));
    m_signButton->setDefault(true);
    connect(m_signButton, &QPushButton::clicked, this, &SignTab::sign);
    m_result = new VerdictBanner;
    m_token = new TokenEdit;
    m_token->setObjectName(QStringLiteral("signedToken"));
    m_token->setAccessibleName(tr("Signed token"));
    m_token->setReadOnly(true);
    m_token->setPlaceholderText(tr("The signed token appears here"));
    m_copyButton = new QPushButton(tr("&Copy token"));
    connect(m_copyButton, &QPushButton::clicked, this,
            [this] { m_clipboard->copySensitive(m_token->toPlainText()); });
    m_inspectButton = new QPushButton(tr("&Open in inspector"));
    connect(m_inspectButton, &QPushButton::clicked, this,
            [this] { emit inspectRequested(m_token->toPlainText()); });

    auto *right = new QVBoxLayout;
    right->addWidget(keyGroup);
    right->addWidget(m_signButton, 0, Qt::AlignRight);
    right->addWidget(m_result);
    right->addWidget(m_token, 1);
    auto *resultButtons = new QHBoxLayout;
    resultButtons->addStretch();
    resultButtons->addWidget(m_copyButton);
    resultButtons->addWidget(m_inspectButton);
    right->addLayout(resultButtons);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(payloadGroup, 1);
    layout->addLayout(right, 1);

    applyTemplate(0);
}

void SignTab::applyTemplate(int index)
{
    QJsonObject payload;
    if (index > 0)
        payload = Jwt::DocumentServer::templatePayload(
            static_cast<Jwt::DocumentServer::Template>(m_template->itemData(index).toInt()));
    m_payload->setPlainText(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Indented)));
}

void SignTab::validate()
{
    const Jwt::StrictJsonResult json = Jwt::parseJsonStrict(m_payload->toPlainText().toUtf8());
    const bool payloadOk = json.value.has_value();
    m_payloadStatus->setText(payloadOk ? tr("Valid JSON.") : json.error);
    m_payloadStatus->setStyleSheet(
        payloadOk ? QString()
                  : StatusColors::styleSheet(StatusColors::Tone::Error, m_payloadStatus->palette()));
    // Read with the editor, where the focus is while typing.
    Announcer::describe(m_payload, payloadOk ? QString() : json.error);
    m_signButton->setEnabled(payloadOk && m_key->hasInput());
    m_token->clear();
    m_result->showVerdict(VerdictBanner::State::Neutral, QString());
    m_copyButton->setEnabled(false);
    m_inspectButton->setEnabled(false);
}

void SignTab::sign()
{
    const auto algorithm = static_cast<Jwt::Algorithm>(m_algorithm->currentData().toInt());
    const Jwt::Key::LoadResult key = m_key->key();
    if (!key.ok())
        return m_result->showVerdict(VerdictBanner::State::Invalid,
                                     tr("The key cannot be read. %1").arg(key.error));
    const Jwt::SignResult result =
        Jwt::Signer::sign(m_payload->toPlainText().toUtf8(), algorithm, *key.key, m_kid->text().trimmed());
    if (!result.ok())
        return m_result->showVerdict(VerdictBanner::State::Invalid, result.error);
    m_token->setPlainText(result.token);
    QStringList notes;
    for (const Jwt::Warning &warning : key.key->warningsFor(algorithm))
        notes << warning.message;
    m_result->showVerdict(
        notes.isEmpty() ? VerdictBanner::State::Valid : VerdictBanner::State::Warning,
        notes.isEmpty()
            ? tr("Signed with %1.").arg(Jwt::algorithmName(algorithm))
            : tr("Signed with %1, but: %2").arg(Jwt::algorithmName(algorithm), notes.join(QLatin1Char(' '))));
    m_copyButton->setEnabled(true);
    m_inspectButton->setEnabled(true);
}

} // namespace PortalKeys::Ui
