#include "portal/SignInRefusal.h"

namespace PortalKeys::Portal {

SignInRefusal::Reason SignInRefusal::classify(const PortalError &error)
{
    if (!error.isError())
        return Reason::None;
    if (error.httpStatus() == 401)
        return Reason::WrongCredentials;
    if (error.httpStatus() != 403)
        return Reason::Other;
    // The type is a .NET name, never translated; the message may be in the portal's language.
    if (error.serverErrorType().contains(QLatin1String("InvalidOperationException")))
        return Reason::UserDisabled;
    if (error.serverMessage().contains(QLatin1String("captcha"), Qt::CaseInsensitive))
        return Reason::Recaptcha;
    return Reason::TooManyAttempts;
}

PortalError SignInRefusal::explain(const PortalError &error, const QString &email)
{
    QString message;
    switch (classify(error)) {
    case Reason::None:
    case Reason::Other:
        return error;
    case Reason::WrongCredentials:
        message =
            tr("The e-mail or the password is wrong (the portal does not say which). Check both for %1.")
                .arg(email);
        break;
    case Reason::TooManyAttempts:
        message =
            tr("The portal has locked sign-in for %1 after too many failed attempts. Wait a few minutes "
               "before you try again: every attempt now counts as another failure. If it stays locked, "
               "sign in once in the browser, where the portal can ask for a reCAPTCHA.")
                .arg(email);
        break;
    case Reason::Recaptcha:
        message = tr("The portal asks for a reCAPTCHA before it lets %1 sign in, which only its web page can "
                     "show. Sign in once in the browser, then try again here.")
                      .arg(email);
        break;
    case Reason::UserDisabled:
        message = tr("The user %1 is disabled on this portal. Ask a portal admin to enable the account.")
                      .arg(email);
        break;
    }
    PortalError explained(
        error.httpStatus() == 401 ? PortalError::Kind::Unauthorized : PortalError::Kind::Forbidden, message);
    explained.setHttpStatus(error.httpStatus());
    explained.setServerMessage(error.serverMessage());
    explained.setServerErrorType(error.serverErrorType());
    return explained;
}

} // namespace PortalKeys::Portal
