#pragma once

#include "portal/PortalError.h"
#include "portal/PortalProfile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

#include <functional>

class QObject;

namespace PortalKeys::Cli {

// Trades a portal's e-mail and password for a login token, as `portal add` and `portal login` do for the
// "token" kind, with the two-factor step: the code comes from the command line or is asked for on stderr.
class PasswordSignIn {
    Q_DECLARE_TR_FUNCTIONS(PasswordSignIn)

public:
    using Done = std::function<void(const Portal::PortalError &error, const QByteArray &token,
                                    const QDateTime &expires)>;

    // Signs in as profile.user. `twoFactorCode` empty: when the portal wants a code, asks for it on stderr
    // and reads one line of standard input. `done` runs once, unless `context` is destroyed first.
    static void start(const Portal::PortalProfile &profile, const QByteArray &password,
                      const QString &twoFactorCode, QObject *context, Done done);

private:
    static QString askForCode(const QString &email);
};

} // namespace PortalKeys::Cli
