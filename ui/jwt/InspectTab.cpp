#include "jwt/InspectTab.h"

#include "jwt/KeyPanel.h"
#include "jwt/TokenEdit.h"
#include "jwt/WeakSecretSearch.h"
#include "widgets/Announcer.h"
#include "widgets/JsonEdit.h"
#include "widgets/ScrollColumn.h"
#include "widgets/SecureClipboard.h"
#include "widgets/VerdictBanner.h"

#include "jwt/Claims.h"
#include "jwt/JwtForm.h"
#include "jwt/Token.h"
#include "jwt/Verifier.h"
#include "jwt/WeakSecrets.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

namespace {

QString severityLabel(Jwt::Warning::Severity severity)
{
    switch (severity) {
    case Jwt::Warning::Severity::Critical:
        return InspectTab::tr("Critical");
    case Jwt::Warning::Severity::Warning:
        return InspectTab::tr("Warning");
    case Jwt::Warning::Severity::Info:
        break;
    }
    return InspectTab::tr("Note");
}

} // namespace

InspectTab::InspectTab(SecretStore *store, SecureClipboard *clipboard, QWidget *parent)
    : QWidget(parent)
    , m_clipboard(clipboard)
    , m_store(store)
{
    m_token = new TokenEdit;
    m_token->setObjectName(QStringLiteral("tokenInput"));
    m_token->setAccessibleName(tr("Token"));
    m_token->setMaximumHeight(110);
    connect(m_token, &QPlainTextEdit::textChanged, this, &InspectTab::refresh);

    auto *copyToken = new QPushButton(tr("Copy &token"));
    connect(copyToken, &QPushButton::clicked, this,
            [this] { m_clipboard->copySensitive(m_token->toPlainText().trimmed()); });
    auto *clear = new QPushButton(tr("C&lear"));
    connect(clear, &QPushButton::clicked, m_token, &QPlainTextEdit::clear);
    auto *tokenButtons = new QVBoxLayout;
    tokenButtons->addWidget(copyToken);
    tokenButtons->addWidget(clear);
    tokenButtons->addStretch();
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addLayout(tokenButtons);

    m_verdict = new VerdictBanner;
    m_verdict->setObjectName(QStringLiteral("verdict"));
    connect(m_token, &TokenEdit::fileRefused, this,
            [this](const QString &reason) { m_verdict->showVerdict(VerdictBanner::State::Invalid, reason); });

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(createTokenColumn());
    // On a low screen the checks scroll, rather than the window growing past it.
    splitter->addWidget(new ScrollColumn(createCheckColumn()));
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(tokenRow);
    layout->addWidget(m_verdict);
    layout->addWidget(splitter, 1);
    refresh();
}

QWidget *InspectTab::createTokenColumn()
{
    m_header = new JsonEdit(JsonEdit::Mode::ReadOnly);
    m_header->setObjectName(QStringLiteral("headerView"));
    m_header->setMaximumHeight(120);
    m_payload = new JsonEdit(JsonEdit::Mode::ReadOnly);
    m_payload->setObjectName(QStringLiteral("payloadView"));
    auto *column = new QWidget;
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *headerLabel = new QLabel(tr("&Header"));
    headerLabel->setBuddy(m_header);
    auto *payloadLabel = new QLabel(tr("&Payload"));
    payloadLabel->setBuddy(m_payload);
    layout->addWidget(headerLabel);
    layout->addWidget(m_header);
    layout->addWidget(payloadLabel);
    layout->addWidget(m_payload, 1);
    return column;
}

QWidget *InspectTab::createCheckColumn()
{
    m_key = new KeyPanel(m_store, KeyPanel::Kinds::SecretsAndKeys);
    connect(m_key, &KeyPanel::changed, this, &InspectTab::refresh);
    m_checkTime = new QCheckBox(tr("Check e&xpiry and not-before"));
    m_checkTime->setChecked(true);
    m_leeway = new QSpinBox;
    m_leeway->setObjectName(QStringLiteral("leeway"));
    m_leeway->setRange(0, 24 * 3600);
    m_leeway->setSuffix(tr(" s"));
    m_leeway->setToolTip(tr("Clock difference allowed between the token's issuer and this computer"));
    connect(m_checkTime, &QCheckBox::toggled, this, &InspectTab::refresh);
    connect(m_checkTime, &QCheckBox::toggled, m_leeway, &QWidget::setEnabled);
    connect(m_leeway, &QSpinBox::valueChanged, this, &InspectTab::refresh);
    m_plainJws = new QCheckBox(tr("Plain &JWS"));
    m_plainJws->setObjectName(QStringLiteral("plainJws"));
    m_plainJws->setToolTip(tr("The payload may be any data: check only the signature and the header, "
                              "no claims or times"));
    connect(m_plainJws, &QCheckBox::toggled, this, &InspectTab::refresh);
    // Two short rows rather than one long one, so that the column fits beside the token on a small screen.
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_checkTime);
    checkRow->addWidget(m_plainJws);
    checkRow->addStretch();
    auto *leewayLabel = new QLabel(tr("L&eeway:"));
    leewayLabel->setBuddy(m_leeway);
    auto *leewayRow = new QHBoxLayout;
    leewayRow->addWidget(leewayLabel);
    leewayRow->addWidget(m_leeway);
    leewayRow->addStretch();

    auto *keyGroup = new QGroupBox(tr("Verify with"));
    keyGroup->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *keyLayout = new QVBoxLayout(keyGroup);
    keyLayout->addWidget(m_key);
    keyLayout->addLayout(checkRow);
    keyLayout->addLayout(leewayRow);

    m_claims = new QTableWidget(0, 3);
    m_claims->setObjectName(QStringLiteral("claimsTable"));
    m_claims->setAccessibleName(tr("Claims"));
    m_claims->setHorizontalHeaderLabels({tr("Claim"), tr("Meaning"), tr("Value")});
    m_claims->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_claims->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_claims->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_claims->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_claims->setTextElideMode(Qt::ElideMiddle);
    m_claims->verticalHeader()->hide();
    m_claims->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_claims->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_claims->setWordWrap(true);
    auto *claimsGroup = new QGroupBox(tr("Claims"));
    auto *claimsLayout = new QVBoxLayout(claimsGroup);
    claimsLayout->addWidget(m_claims);

    m_warnings = new QLabel;
    m_warnings->setObjectName(QStringLiteral("warnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::RichText);
    m_warnings->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_weakSecretSearch = new WeakSecretSearch(this);
    connect(m_weakSecretSearch, &WeakSecretSearch::finished, this, &InspectTab::showWeakSecretResult);
    m_tryCommon = new QPushButton(tr("Try &common secrets"));
    m_tryCommon->setObjectName(QStringLiteral("tryCommonSecrets"));
    m_tryCommon->setToolTip(tr("Check whether an HMAC token was signed with a well-known weak secret"));
    connect(m_tryCommon, &QPushButton::clicked, this, [this] { startWeakSecretSearch({}); });
    m_tryWordList = new QPushButton(tr("Try a &word list…"));
    connect(m_tryWordList, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Word list (one secret per line)"));
        if (!path.isEmpty())
            startWeakSecretSearch(path);
    });
    m_weakSecretResult = new QLabel;
    m_weakSecretResult->setObjectName(QStringLiteral("weakSecretResult"));
    m_weakSecretResult->setWordWrap(true);
    m_weakSecretResult->setTextFormat(Qt::PlainText);
    m_weakSecretResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_tryCommon);
    searchRow->addWidget(m_tryWordList);
    searchRow->addStretch();

    auto *warningsGroup = new QGroupBox(tr("Warnings"));
    auto *warningsLayout = new QVBoxLayout(warningsGroup);
    warningsLayout->addWidget(m_warnings);
    warningsLayout->addLayout(searchRow);
    warningsLayout->addWidget(m_weakSecretResult);

    auto *column = new QWidget;
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(keyGroup);
    layout->addWidget(claimsGroup, 2);
    layout->addWidget(warningsGroup, 1);
    return column;
}

void InspectTab::setToken(const QString &token)
{
    m_token->setPlainText(token);
}

void InspectTab::clearDecoded()
{
    m_header->clear();
    m_payload->clear();
    m_claims->setRowCount(0);
    showWarnings({});
    m_tryCommon->setEnabled(false);
    m_tryWordList->setEnabled(false);
    m_weakSecretResult->clear();
}

void InspectTab::refresh()
{
    const QString text = m_token->toPlainText();
    if (text.trimmed().isEmpty()) {
        clearDecoded();
        m_verdict->showVerdict(VerdictBanner::State::Neutral, tr("Paste a token to decode it."));
        return;
    }
    const Jwt::Token::ParseResult parsed = Jwt::Token::parse(text);
    if (!parsed.ok()) {
        clearDecoded();
        if (parsed.isJwe)
            m_header->setPlainText(QString::fromUtf8(QJsonDocument(parsed.jweHeader).toJson()));
        m_verdict->showVerdict(VerdictBanner::State::Invalid,
                               tr("Cannot read the token: %1").arg(parsed.error));
        return;
    }
    const Jwt::Token &token = *parsed.token;
    const bool isHmac = token.algorithmName().startsWith(QStringLiteral("HS"));
    m_tryCommon->setEnabled(isHmac && !m_weakSecretSearch->isRunning());
    m_tryWordList->setEnabled(isHmac && !m_weakSecretSearch->isRunning());
    m_weakSecretResult->clear();
    m_header->setPlainText(QString::fromUtf8(QJsonDocument(token.header()).toJson(QJsonDocument::Indented)));
    m_payload->setPlainText(token.payloadDisplayText());
    showClaims(token);

    Jwt::VerifyOptions options;
    options.leewaySeconds = m_leeway->value();
    options.checkTime = m_checkTime->isChecked();
    options.plainJws = m_plainJws->isChecked();
    const QList<Jwt::Warning> tokenWarnings =
        Jwt::Verifier::tokenWarnings(token, options.now, options.leewaySeconds, options.plainJws);
    // A token that breaks the JWT rules is invalid with any key: no need to wait for a readable one.
    const QList<Jwt::Warning> form = Jwt::JwtForm::problems(
        token, options.plainJws ? Jwt::JwtForm::Kind::PlainJws : Jwt::JwtForm::Kind::Jwt);
    const Jwt::Key::LoadResult key = m_key->hasInput() ? m_key->key(token.keyId()) : Jwt::Key::LoadResult{};
    if (!key.ok()) {
        showWarnings(tokenWarnings);
        if (!form.isEmpty())
            m_verdict->showVerdict(VerdictBanner::State::Invalid,
                                   tr("Invalid: %1").arg(form.first().message));
        else if (!m_key->hasInput())
            m_verdict->showVerdict(VerdictBanner::State::Neutral,
                                   tr("Signature not checked: give the key to verify this %1 token.")
                                       .arg(token.algorithmName()));
        else
            m_verdict->showVerdict(VerdictBanner::State::Warning,
                                   tr("Not checked: the key cannot be read. %1").arg(key.error));
        return;
    }
    Jwt::VerifyResult result = Jwt::Verifier::verify(token, *key.key, options);
    if (key.key->isHmacSecret()) {
        if (auto warning =
                Jwt::WeakSecrets::warningFor(key.key->secretBytes(), Jwt::WeakSecrets::builtinList(),
                                             tr("the built-in list of weak secrets")))
            result.warnings.append(*warning);
    }
    showWarnings(result.warnings);
    if (result.valid() && options.plainJws) {
        m_verdict->showVerdict(VerdictBanner::State::Valid,
                               tr("Valid plain JWS: the %1 signature checks out (no claims checked).")
                                   .arg(token.algorithmName()));
    } else if (result.valid()) {
        m_verdict->showVerdict(
            VerdictBanner::State::Valid,
            options.checkTime
                ? tr("Valid: the %1 signature and the times check out.").arg(token.algorithmName())
                : tr("Valid signature (%1); times not checked.").arg(token.algorithmName()));
    } else {
        m_verdict->showVerdict(VerdictBanner::State::Invalid,
                               tr("Invalid: %1").arg(result.errors.join(QLatin1Char(' '))));
    }
}

void InspectTab::startWeakSecretSearch(const QString &wordListPath)
{
    const Jwt::Token::ParseResult parsed = Jwt::Token::parse(m_token->toPlainText());
    if (!parsed.ok())
        return;
    m_tryCommon->setEnabled(false);
    m_tryWordList->setEnabled(false);
    m_weakSecretResult->setText(tr("Searching…"));
    m_weakSecretSearch->start(*parsed.token, wordListPath);
}

void InspectTab::showWeakSecretResult(bool found, const QString &secret, qsizetype tried,
                                      const QString &error)
{
    m_tryCommon->setEnabled(true);
    m_tryWordList->setEnabled(true);
    if (!error.isEmpty())
        m_weakSecretResult->setText(error);
    else if (!found)
        m_weakSecretResult->setText(tr("None of the %n candidates is the secret.", nullptr, int(tried)));
    else
        m_weakSecretResult->setText(
            tr("Found the secret: %1. Anyone can forge tokens with it: replace it with "
               "a long random secret.")
                .arg(secret.isEmpty() ? tr("the empty secret") : QStringLiteral("“%1”").arg(secret)));
    // The search ran in the background; its end is news wherever the focus is.
    Announcer::alert(m_weakSecretResult);
}

void InspectTab::showClaims(const Jwt::Token &token)
{
    const QList<Jwt::ClaimInfo> claims =
        Jwt::Claims::describe(token.payloadObject(), QDateTime::currentDateTimeUtc());
    m_claims->setRowCount(int(claims.size()));
    for (int row = 0; row < claims.size(); ++row) {
        const Jwt::ClaimInfo &claim = claims.at(row);
        QString value = claim.valueText;
        QString tooltip;
        if (claim.isTime && claim.time.isValid()) {
            value =
                QStringLiteral("%1 UTC (%2)")
                    .arg(claim.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), claim.relative);
            tooltip =
                tr("Local time: %1\nRaw value: %2")
                    .arg(QLocale().toString(claim.time.toLocalTime(), QLocale::LongFormat), claim.valueText);
        }
        auto *name = new QTableWidgetItem(claim.name);
        name->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        auto *valueItem = new QTableWidgetItem(value);
        valueItem->setToolTip(tooltip.isEmpty() ? claim.valueText : tooltip);
        m_claims->setItem(row, 0, name);
        m_claims->setItem(row, 1, new QTableWidgetItem(claim.meaning));
        m_claims->setItem(row, 2, valueItem);
    }
    m_claims->resizeColumnToContents(1);
    m_claims->setColumnWidth(1, std::min(m_claims->columnWidth(1), 170));
    m_claims->resizeRowsToContents();
}

void InspectTab::showWarnings(const QList<Jwt::Warning> &warnings)
{
    if (warnings.isEmpty()) {
        m_warnings->setText(tr("None."));
        return;
    }
    QString html;
    for (const Jwt::Warning &warning : warnings) {
        html +=
            QStringLiteral("<p><b>%1:</b> %2<br><span style='color:palette(placeholder-text)'>%3</span></p>")
                .arg(severityLabel(warning.severity), warning.message.toHtmlEscaped(),
                     warning.explanation.toHtmlEscaped());
    }
    m_warnings->setText(html);
}

} // namespace PortalKeys::Ui
