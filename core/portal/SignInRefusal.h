#pragma once

#include "portal/PortalError.h"

#include <QCoreApplication>

namespace PortalKeys::Portal {

// Why DocSpace refused an e-mail + password sign-in (POST /api/2.0/authentication), told the way the
// portal means it (web/ASC.Web.Api/Api/AuthenticationController.cs,
// web/ASC.Web.Core/BruteForceLoginManager.cs):
// - 401 for a wrong password and for an unknown e-mail alike, on purpose: we do not guess which;
// - 403 without an exception type and "Too many login attempts…": the brute-force lock, which also stands
//   when the portal wants a reCAPTCHA that only its web page can show;
// - 403 "Invalid Recaptcha": a reCAPTCHA answer was demanded and missing or wrong;
// - 403 with an InvalidOperationException: the user is disabled.
// Nothing here retries: every retry during a lock counts as another failed attempt.
class SignInRefusal {
    Q_DECLARE_TR_FUNCTIONS(SignInRefusal)

public:
    enum class Reason { None, WrongCredentials, TooManyAttempts, Recaptcha, UserDisabled, Other };

    static Reason classify(const PortalError &error);
    // The error to show for a failed sign-in: the portal's refusal explained, anything else unchanged.
    static PortalError explain(const PortalError &error, const QString &email);
};

} // namespace PortalKeys::Portal
