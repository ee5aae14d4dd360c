#include "jwt/JwtInspectorPage.h"

#include "jwt/ConfigTab.h"
#include "jwt/InspectTab.h"
#include "jwt/SignTab.h"
#include "widgets/SecureClipboard.h"

#include <QLabel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

JwtInspectorPage::JwtInspectorPage(SecretStore *store, QWidget *parent)
    : QWidget(parent)
    , m_clipboard(new SecureClipboard(this))
    , m_tabs(new QTabWidget)
    , m_inspectTab(new InspectTab(store, m_clipboard))
{
    auto *signTab = new SignTab(store, m_clipboard);
    connect(signTab, &SignTab::inspectRequested, this, &JwtInspectorPage::inspect);
    m_tabs->setObjectName(QStringLiteral("jwtTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_inspectTab, tr("&Decode and verify"));
    m_tabs->addTab(signTab, tr("S&ign"));
    m_tabs->addTab(new ConfigTab(store, m_clipboard), tr("Document &Server config"));

    auto *heading = new QLabel(tr("JWT inspector"));
    heading->setObjectName(QStringLiteral("pageHeading"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto *clipboardStatus = new QLabel;
    clipboardStatus->setObjectName(QStringLiteral("clipboardStatus"));
    clipboardStatus->setForegroundRole(QPalette::PlaceholderText);
    connect(m_clipboard, &SecureClipboard::copied, clipboardStatus, [clipboardStatus](const QString &status) {
        clipboardStatus->setText(status);
        QTimer::singleShot(5000, clipboardStatus, &QLabel::clear);
    });
    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(heading);
    headingRow->addStretch();
    headingRow->addWidget(clipboardStatus);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->addLayout(headingRow);
    layout->addWidget(m_tabs, 1);
}

void JwtInspectorPage::inspect(const QString &token)
{
    m_inspectTab->setToken(token);
    m_tabs->setCurrentWidget(m_inspectTab);
}

} // namespace PortalKeys::Ui
