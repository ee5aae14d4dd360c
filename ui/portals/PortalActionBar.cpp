#include "portals/PortalActionBar.h"

#include "widgets/PageControls.h"

#include "portal/PortalProfile.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace PortalKeys::Ui {

using PageControls::withShortcut;
using Portal::CredentialKind;

PortalActionBar::PortalActionBar(const QKeySequence &addShortcut, const QKeySequence &testShortcut,
                                 QWidget *parent)
    : QWidget(parent)
    , m_add(PageControls::button(tr("&Add…"), QStringLiteral("addPortal")))
    , m_edit(PageControls::button(tr("&Edit…"), QStringLiteral("editPortal")))
    , m_remove(PageControls::button(tr("&Remove…"), QStringLiteral("removePortal")))
    , m_signIn(PageControls::button(QString(), QStringLiteral("signIn")))
    , m_test(PageControls::button(tr("&Test connection"), QStringLiteral("testConnection")))
{
    m_add->setToolTip(withShortcut(tr("Add a portal"), addShortcut));
    m_edit->setToolTip(tr("Change the name, address or credentials of the selected portal"));
    m_remove->setToolTip(
        withShortcut(tr("Remove the selected portal and its secrets"), QKeySequence(QKeySequence::Delete)));
    m_test->setToolTip(withShortcut(tr("Check the address and the credentials: who PortalKeys is "
                                       "signed in as, and whether that account is a portal admin"),
                                    testShortcut));
    connect(m_add, &QPushButton::clicked, this, &PortalActionBar::addRequested);
    connect(m_edit, &QPushButton::clicked, this, &PortalActionBar::editRequested);
    connect(m_remove, &QPushButton::clicked, this, &PortalActionBar::removeRequested);
    connect(m_signIn, &QPushButton::clicked, this, &PortalActionBar::signInRequested);
    connect(m_test, &QPushButton::clicked, this, &PortalActionBar::testRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_add);
    layout->addWidget(m_edit);
    layout->addWidget(m_remove);
    layout->addStretch();
    layout->addWidget(m_signIn);
    layout->addWidget(m_test);
}

void PortalActionBar::update(bool usable, bool busy, const Portal::PortalProfile *current)
{
    m_add->setEnabled(usable && !busy);
    for (QPushButton *button : {m_edit, m_remove, m_test})
        button->setEnabled(current && !busy);
    updateSignIn(busy, current);
}

void PortalActionBar::updateSignIn(bool busy, const Portal::PortalProfile *current)
{
    const bool oauth = current && current->kind == CredentialKind::OAuth2;
    const bool passwordLogin = current && current->kind == CredentialKind::Token && !current->user.isEmpty();
    m_signIn->setVisible(oauth || passwordLogin);
    m_signIn->setEnabled(!busy);
    if (oauth) {
        m_signIn->setText(tr("Sign in with &browser"));
        m_signIn->setToolTip(tr("Sign in on the portal's page in your browser and allow PortalKeys access"));
    } else if (passwordLogin) {
        m_signIn->setText(tr("Sign &in…"));
        m_signIn->setToolTip(tr("Get a new login token with your e-mail and password"));
    }
}

QList<QWidget *> PortalActionBar::tabOrder() const
{
    return {m_add, m_edit, m_remove, m_signIn, m_test};
}

} // namespace PortalKeys::Ui
