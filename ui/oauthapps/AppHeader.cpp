#include "oauthapps/AppHeader.h"

#include "oauthapps/AppList.h"
#include "widgets/FlowRow.h"
#include "widgets/PageControls.h"
#include "widgets/SecureClipboard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

using PageControls::button;

AppHeader::AppHeader(SecureClipboard *clipboard, QWidget *parent)
    : QWidget(parent)
    , m_clipboard(clipboard)
    , m_icon(new QLabel)
    , m_title(new QLabel)
    , m_state(PageControls::note(QString(), QStringLiteral("appState")))
{
    m_icon->setObjectName(QStringLiteral("appIcon"));
    m_icon->setFixedSize(32, 32);
    m_title->setObjectName(QStringLiteral("appTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    // The client ID breaks at its hyphens on a narrow window rather than widening it.
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(m_state);
    auto *row = new QHBoxLayout;
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addLayout(titles, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(createActions());
}

QWidget *AppHeader::createActions()
{
    m_tryIt = button(tr("&Try it…"), QStringLiteral("tryIt"));
    m_toggle = button(QString(), QStringLiteral("toggleEnabled"));
    m_showSecret = button(tr("Sh&ow secret…"), QStringLiteral("showSecret"));
    m_showSecret->setToolTip(tr("Read the app's client secret from the portal, to copy it or keep it in the "
                                "keychain"));
    m_regenerate = button(tr("Re&generate secret…"), QStringLiteral("regenerateSecret"));
    m_regenerate->setToolTip(tr("Make a new client secret; the current one stops working"));
    m_copyId = button(tr("Copy client &ID"), QStringLiteral("copyClientId"));
    connect(m_tryIt, &QPushButton::clicked, this, &AppHeader::tryItRequested);
    connect(m_toggle, &QPushButton::clicked, this, &AppHeader::toggleRequested);
    connect(m_showSecret, &QPushButton::clicked, this, &AppHeader::showSecretRequested);
    connect(m_regenerate, &QPushButton::clicked, this, &AppHeader::regenerateRequested);
    connect(m_copyId, &QPushButton::clicked, this, [this] { m_clipboard->copyPlain(m_clientId); });

    // What can be done with a registered app as a whole, apart from the form's fields.
    m_actions = new QWidget;
    m_actions->setObjectName(QStringLiteral("appActions"));
    // On two lines when the window is too narrow for one (a small screen).
    auto *actions = new FlowRow(m_actions);
    for (QPushButton *action : {m_tryIt, m_toggle, m_showSecret, m_regenerate, m_copyId})
        actions->addWidget(action);
    return m_actions;
}

void AppHeader::showTitle(const QString &logo, const QString &title, const QString &state)
{
    m_icon->setPixmap(AppList::iconFor(logo).pixmap(32, 32));
    m_title->setText(title);
    m_state->setText(state);
}

void AppHeader::showActions(const OAuth::OAuthApp *registered, bool busy)
{
    m_actions->setVisible(registered != nullptr);
    m_clientId = registered ? registered->clientId : QString();
    if (!registered)
        return;
    m_toggle->setText(registered->enabled ? tr("Disa&ble") : tr("Ena&ble"));
    m_toggle->setToolTip(registered->enabled ? tr("Stop the app's sign-ins; it can be enabled again")
                                             : tr("Let the app sign in again"));
    m_tryIt->setEnabled(!busy && registered->enabled);
    m_tryIt->setToolTip(registered->enabled
                            ? tr("Sign in as this app in the browser and see the tokens the portal issues")
                            : tr("Enable the app to try it"));
    m_toggle->setEnabled(!busy);
    m_showSecret->setEnabled(!busy);
    m_regenerate->setEnabled(!busy);
    m_copyId->setToolTip(registered->clientId);
}

QList<QWidget *> AppHeader::focusOrder() const
{
    return {m_tryIt, m_toggle, m_showSecret, m_regenerate, m_copyId};
}

} // namespace PortalKeys::Ui
