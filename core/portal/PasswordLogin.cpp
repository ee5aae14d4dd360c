#include "portal/PasswordLogin.h"

#include "portal/PortalCall.h"
#include "portal/PortalClient.h"
#include "portal/SignInRefusal.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace PortalKeys::Portal {

PasswordLogin::PasswordLogin(PortalClient *client, const QString &email, const QByteArray &password,
                             QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_email(email.trimmed())
    , m_password(password)
{}

PasswordLogin::~PasswordLogin()
{
    cancel();
}

void PasswordLogin::start()
{
    m_checkingCode = false;
    post(QStringLiteral("/api/2.0/authentication"));
}

void PasswordLogin::submitCode(const QString &code)
{
    const QString digits = code.trimmed().remove(QLatin1Char(' '));
    m_checkingCode = true;
    post(QStringLiteral("/api/2.0/authentication/") + QString::fromLatin1(QUrl::toPercentEncoding(digits)));
}

void PasswordLogin::cancel()
{
    if (m_call)
        m_call->cancel();
}

void PasswordLogin::post(const QString &path)
{
    if (!m_client)
        return;
    const QJsonObject body{{QStringLiteral("userName"), m_email},
                           {QStringLiteral("password"), QString::fromUtf8(m_password)}};
    PortalRequest request = PortalRequest::postJson(path, QJsonDocument(body));
    request.authenticate = false;
    m_call = m_client->send(request, [this](const PortalError &error, const PortalResponse &response) {
        if (error.kind() == PortalError::Kind::Cancelled)
            return;
        if (error.isError()) {
            emit failed(explain(error));
            return;
        }
        const QJsonObject answer = response.value.toObject();
        const QString token = answer.value(QLatin1String("token")).toString();
        if (token.isEmpty() && answer.value(QLatin1String("tfa")).toBool()) {
            emit twoFactorRequired();
            return;
        }
        if (token.isEmpty()) {
            if (answer.value(QLatin1String("sms")).toBool())
                emit failed(
                    {PortalError::Kind::TwoFactorRequired,
                     tr("The portal asks for an SMS code; PortalKeys supports authenticator-app codes "
                        "only. Use an API key instead.")});
            else
                emit failed(
                    {PortalError::Kind::Malformed, tr("The portal's answer to the login holds no token.")});
            return;
        }
        const QDateTime expires =
            QDateTime::fromString(answer.value(QLatin1String("expires")).toString(), Qt::ISODateWithMs);
        emit succeeded(token.toUtf8(), expires);
    });
}

PortalError PasswordLogin::explain(const PortalError &error) const
{
    // The code step answers 401 when the code is wrong or too old, not when the password is.
    if (m_checkingCode && error.httpStatus() == 401) {
        PortalError wrongCode(PortalError::Kind::Unauthorized,
                              tr("The portal did not accept the two-factor code: it is wrong or has "
                                 "expired. Sign in again with a fresh code."));
        wrongCode.setHttpStatus(401);
        wrongCode.setServerMessage(error.serverMessage());
        return wrongCode;
    }
    return SignInRefusal::explain(error, m_email);
}

} // namespace PortalKeys::Portal
