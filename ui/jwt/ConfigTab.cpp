#include "jwt/ConfigTab.h"

#include "jwt/KeyPanel.h"
#include "widgets/Announcer.h"
#include "widgets/JsonEdit.h"
#include "widgets/SecureClipboard.h"
#include "widgets/StatusColors.h"
#include "widgets/VerdictBanner.h"

#include "jwt/DocumentServer.h"
#include "jwt/Token.h"

#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

namespace {

QString kindText(Jwt::DocumentServer::Difference::Kind kind)
{
    switch (kind) {
    case Jwt::DocumentServer::Difference::Kind::MissingFromToken:
        return ConfigTab::tr("Not signed");
    case Jwt::DocumentServer::Difference::Kind::ExtraInToken:
        return ConfigTab::tr("Only in token");
    case Jwt::DocumentServer::Difference::Kind::Changed:
        return ConfigTab::tr("Different");
    }
    return {};
}

} // namespace

ConfigTab::ConfigTab(SecretStore *store, SecureClipboard *clipboard, QWidget *parent)
    : QWidget(parent)
    , m_clipboard(clipboard)
{
    m_config = new JsonEdit;
    m_config->setObjectName(QStringLiteral("configEditor"));
    m_config->setAccessibleName(tr("Editor config"));
    m_config->setPlaceholderText(tr("Paste the editor config (the object given to DocsAPI.DocEditor), or a "
                                    "method's parameter object"));
    connect(m_config, &QPlainTextEdit::textChanged, this, &ConfigTab::validate);
    m_configStatus = new QLabel;
    m_configStatus->setWordWrap(true);
    auto *example = new QPushButton(tr("Insert &example"));
    connect(example, &QPushButton::clicked, this, [this] {
        m_config->setPlainText(QString::fromUtf8(
            QJsonDocument(Jwt::DocumentServer::templatePayload(Jwt::DocumentServer::Template::OpenFile))
                .toJson()));
    });
    auto *configGroup = new QGroupBox(tr("Config"));
    auto *configLayout = new QVBoxLayout(configGroup);
    configLayout->addWidget(m_config, 1);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_configStatus, 1);
    statusRow->addWidget(example);
    configLayout->addLayout(statusRow);

    m_key = new KeyPanel(store, KeyPanel::Kinds::SecretsOnly);
    connect(m_key, &KeyPanel::changed, this, &ConfigTab::validate);
    auto *keyGroup = new QGroupBox(tr("Document Server secret"));
    keyGroup->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *keyLayout = new QVBoxLayout(keyGroup);
    keyLayout->addWidget(m_key);

    m_signButton = new QPushButton(tr("&Sign config"));
    m_signButton->setObjectName(QStringLiteral("signConfigButton"));
    m_checkButton = new QPushButton(tr("C&heck config"));
    m_checkButton->setObjectName(QStringLiteral("checkConfigButton"));
    connect(m_signButton, &QPushButton::clicked, this, &ConfigTab::signConfig);
    connect(m_checkButton, &QPushButton::clicked, this, &ConfigTab::checkConfig);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_checkButton);
    buttons->addWidget(m_signButton);

    m_verdict = new VerdictBanner;
    m_verdict->setObjectName(QStringLiteral("configVerdict"));
    m_differences = new QTableWidget(0, 4);
    m_differences->setObjectName(QStringLiteral("differences"));
    m_differences->setAccessibleName(tr("Differences between config and token"));
    m_differences->setHorizontalHeaderLabels({tr("Difference"), tr("Member"), tr("Config"), tr("Token")});
    m_differences->horizontalHeader()->setStretchLastSection(true);
    m_differences->verticalHeader()->hide();
    m_differences->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_output = new JsonEdit(JsonEdit::Mode::ReadOnly);
    m_output->setObjectName(QStringLiteral("signedConfig"));
    m_output->setAccessibleName(tr("Signed config"));
    m_output->setPlaceholderText(tr("The signed config appears here"));
    m_copyButton = new QPushButton(tr("&Copy config"));
    connect(m_copyButton, &QPushButton::clicked, this,
            [this] { m_clipboard->copySensitive(m_output->toPlainText()); });

    auto *right = new QVBoxLayout;
    right->addWidget(keyGroup);
    right->addLayout(buttons);
    right->addWidget(m_verdict);
    right->addWidget(m_differences, 1);
    right->addWidget(m_output, 1);
    right->addWidget(m_copyButton, 0, Qt::AlignRight);
    right->addStretch(); // keeps the key and buttons at the top while no result is shown

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(configGroup, 1);
    layout->addLayout(right, 1);
    validate();
}

bool ConfigTab::readConfig(QJsonObject &config)
{
    const Jwt::StrictJsonResult json = Jwt::parseJsonStrict(m_config->toPlainText().toUtf8());
    if (!json.value || !json.value->isObject())
        return false;
    config = json.value->toObject();
    return true;
}

void ConfigTab::validate()
{
    const QString text = m_config->toPlainText().trimmed();
    const Jwt::StrictJsonResult json = Jwt::parseJsonStrict(text.toUtf8());
    const bool ok = json.value && json.value->isObject();
    m_configStatus->setText(text.isEmpty() ? QString()
                            : ok           ? tr("Valid JSON object.")
                            : json.value   ? tr("The config must be a JSON object.")
                                           : json.error);
    m_configStatus->setStyleSheet(
        ok ? QString() : StatusColors::styleSheet(StatusColors::Tone::Error, m_configStatus->palette()));
    Announcer::describe(m_config, ok ? QString() : m_configStatus->text());
    m_signButton->setEnabled(ok && m_key->hasInput());
    m_checkButton->setEnabled(ok && m_key->hasInput());
    m_output->setVisible(false);
    m_copyButton->setVisible(false);
    m_differences->setVisible(false);
    m_verdict->showVerdict(VerdictBanner::State::Neutral, QString());
}

void ConfigTab::signConfig()
{
    QJsonObject config;
    const Jwt::Key::LoadResult key = m_key->key();
    if (!readConfig(config) || !key.ok())
        return m_verdict->showVerdict(VerdictBanner::State::Invalid,
                                      key.ok() ? tr("The config is not a JSON object.") : key.error);
    const Jwt::DocumentServer::SignedConfig result = Jwt::DocumentServer::signConfig(config, *key.key);
    if (!result.error.isEmpty())
        return m_verdict->showVerdict(VerdictBanner::State::Invalid, result.error);
    m_output->setPlainText(QString::fromUtf8(QJsonDocument(result.config).toJson(QJsonDocument::Indented)));
    m_output->setVisible(true);
    m_copyButton->setVisible(true);
    m_differences->setVisible(false);
    m_verdict->showVerdict(VerdictBanner::State::Valid, tr("Signed: the config now carries its token."));
}

void ConfigTab::checkConfig()
{
    QJsonObject config;
    const Jwt::Key::LoadResult key = m_key->key();
    if (!readConfig(config) || !key.ok())
        return m_verdict->showVerdict(VerdictBanner::State::Invalid,
                                      key.ok() ? tr("The config is not a JSON object.") : key.error);
    const Jwt::DocumentServer::ConfigCheck check = Jwt::DocumentServer::checkConfig(config, *key.key);
    m_output->setVisible(false);
    m_copyButton->setVisible(false);
    if (!check.tokenPresent)
        return m_verdict->showVerdict(VerdictBanner::State::Invalid,
                                      tr("The config has no “token” member to check."));
    m_differences->setRowCount(int(check.differences.size()));
    for (int row = 0; row < check.differences.size(); ++row) {
        const auto &difference = check.differences.at(row);
        m_differences->setItem(row, 0, new QTableWidgetItem(kindText(difference.kind)));
        m_differences->setItem(row, 1, new QTableWidgetItem(difference.path));
        m_differences->setItem(row, 2, new QTableWidgetItem(difference.configValue));
        m_differences->setItem(row, 3, new QTableWidgetItem(difference.tokenValue));
    }
    m_differences->resizeColumnsToContents();
    m_differences->setVisible(!check.differences.isEmpty());
    if (!check.signatureValid || !check.error.isEmpty())
        return m_verdict->showVerdict(VerdictBanner::State::Invalid, tr("Invalid: %1").arg(check.error));
    if (!check.differences.isEmpty()) {
        return m_verdict->showVerdict(
            VerdictBanner::State::Warning,
            tr("The signature is valid, but the token does not sign exactly this config: "
               "%n difference(s).",
               nullptr, int(check.differences.size())));
    }
    m_verdict->showVerdict(VerdictBanner::State::Valid, tr("Valid: the token signs exactly this config."));
}

} // namespace PortalKeys::Ui
