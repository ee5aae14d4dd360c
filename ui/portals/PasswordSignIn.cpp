#include "portals/PasswordSignIn.h"

#include "portals/TwoFactorDialog.h"

#include "portal/PasswordLogin.h"

namespace PortalKeys::Ui {

PasswordSignIn::PasswordSignIn(Portal::PortalClient *client, const QString &email, const QByteArray &password,
                               const QString &portalName, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_login(new Portal::PasswordLogin(client, email, password, this))
    , m_email(email)
    , m_portalName(portalName)
    , m_dialogParent(dialogParent)
{
    connect(m_login, &Portal::PasswordLogin::twoFactorRequired, this, &PasswordSignIn::askForCode);
    connect(m_login, &Portal::PasswordLogin::succeeded, this, [this](const QByteArray &token) {
        if (m_done)
            return;
        m_done = true;
        emit succeeded(token);
    });
    connect(m_login, &Portal::PasswordLogin::failed, this, [this](const Portal::PortalError &error) {
        if (m_done)
            return;
        m_done = true;
        if (m_codeDialog)
            m_codeDialog->close();
        emit failed(error);
    });
}

PasswordSignIn::~PasswordSignIn()
{
    if (m_codeDialog)
        m_codeDialog->deleteLater();
}

void PasswordSignIn::start()
{
    m_login->start();
}

void PasswordSignIn::cancel()
{
    if (m_done)
        return;
    m_done = true;
    m_login->cancel();
    if (m_codeDialog)
        m_codeDialog->close();
}

void PasswordSignIn::askForCode()
{
    if (m_done)
        return;
    auto *dialog = new TwoFactorDialog(m_email, m_portalName, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_codeDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (m_done)
            return;
        emit checkingCode();
        m_login->submitCode(dialog->code());
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        if (m_done)
            return;
        m_done = true;
        m_login->cancel();
        emit failed(Portal::PortalError::cancelled());
    });
    emit waitingForCode();
    // Window-modal and not exec(): the event loop keeps running (other calls, timers, the busy bar).
    dialog->open();
}

} // namespace PortalKeys::Ui
