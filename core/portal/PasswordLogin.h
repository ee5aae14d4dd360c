#pragma once

#include "portal/PortalError.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace PortalKeys::Portal {

class PortalClient;
class PortalCall;

// Obtains a login token with e-mail and password (POST /api/2.0/authentication), including the two-factor
// step: when the portal asks for a code, twoFactorRequired is emitted and submitCode() finishes the login.
class PasswordLogin : public QObject {
    Q_OBJECT

public:
    PasswordLogin(PortalClient *client, const QString &email, const QByteArray &password,
                  QObject *parent = nullptr);
    ~PasswordLogin() override;

    void start();
    void submitCode(const QString &code);
    void cancel();

signals:
    void twoFactorRequired();
    void succeeded(const QByteArray &token, const QDateTime &expires);
    void failed(const PortalKeys::Portal::PortalError &error);

private:
    void post(const QString &path);
    PortalError explain(const PortalError &error) const;

    QPointer<PortalClient> m_client;
    QString m_email;
    QByteArray m_password;
    QPointer<PortalCall> m_call;
    bool m_checkingCode = false;
};

} // namespace PortalKeys::Portal
