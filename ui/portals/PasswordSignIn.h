#pragma once

#include "portal/PortalError.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

class QWidget;

namespace PortalKeys::Portal {
class PasswordLogin;
class PortalClient;
} // namespace PortalKeys::Portal

namespace PortalKeys::Ui {

class TwoFactorDialog;

// Gets a login token with e-mail and password (core's PasswordLogin) and, when the portal asks for a second
// factor, asks the user for the code in a small dialog. Used by the portal dialog and by "Sign in…".
class PasswordSignIn : public QObject {
    Q_OBJECT

public:
    // `dialogParent` is the window the two-factor dialog belongs to.
    PasswordSignIn(Portal::PortalClient *client, const QString &email, const QByteArray &password,
                   const QString &portalName, QWidget *dialogParent, QObject *parent = nullptr);
    ~PasswordSignIn() override;

    void start();
    // Stops the sign-in; neither succeeded nor failed is emitted afterwards.
    void cancel();

signals:
    // The portal asked for a code and the dialog is open.
    void waitingForCode();
    // The code was sent; the portal is checking it.
    void checkingCode();
    void succeeded(const QByteArray &token);
    void failed(const PortalKeys::Portal::PortalError &error);

private:
    void askForCode();

    Portal::PasswordLogin *m_login;
    QString m_email;
    QString m_portalName;
    QPointer<QWidget> m_dialogParent;
    QPointer<TwoFactorDialog> m_codeDialog;
    bool m_done = false;
};

} // namespace PortalKeys::Ui
