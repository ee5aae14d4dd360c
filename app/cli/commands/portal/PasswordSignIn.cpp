#include "commands/portal/PasswordSignIn.h"

#include "Console.h"

#include "portal/PasswordLogin.h"
#include "portal/PortalClient.h"
#include "portal/PortalSession.h"

#include <QFile>
#include <QObject>

#include <memory>
#include <utility>

namespace PortalKeys::Cli {

using Portal::PortalError;

void PasswordSignIn::start(const Portal::PortalProfile &profile, const QByteArray &password,
                           const QString &twoFactorCode, QObject *context, Done done)
{
    auto *client = new Portal::PortalClient(Portal::PortalSession::clientSettings(profile), context);
    auto *login = new Portal::PasswordLogin(client, profile.user, password, client);
    // PasswordLogin may report more than once (a failure after a cancel); the caller hears of it once.
    auto finish = std::make_shared<Done>(std::move(done));
    auto report = [client, finish](const PortalError &error, const QByteArray &token,
                                   const QDateTime &expires) {
        if (!*finish)
            return;
        const Done once = std::exchange(*finish, Done());
        client->deleteLater();
        once(error, token, expires);
    };
    const QString email = profile.user;
    QObject::connect(login, &Portal::PasswordLogin::twoFactorRequired, client,
                     [login, email, twoFactorCode, report] {
                         const QString code = twoFactorCode.isEmpty() ? askForCode(email) : twoFactorCode;
                         if (code.isEmpty()) {
                             login->cancel();
                             return report(PortalError(PortalError::Kind::TwoFactorRequired,
                                                       tr("The portal asks for a two-factor code; give it "
                                                          "with --tfa-code-env NAME or type it when asked.")),
                                           {}, {});
                         }
                         login->submitCode(code);
                     });
    QObject::connect(
        login, &Portal::PasswordLogin::succeeded, client,
        [report](const QByteArray &token, const QDateTime &expires) { report({}, token, expires); });
    QObject::connect(login, &Portal::PasswordLogin::failed, client,
                     [report](const PortalError &error) { report(error, {}, {}); });
    login->start();
}

QString PasswordSignIn::askForCode(const QString &email)
{
    Console::out().flush();
    Console::err() << tr("Two-factor code for %1 (from your authenticator app): ").arg(email) << Qt::flush;
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return {};
    // The code is six digits; people paste it with spaces ("123 456").
    QString code = QString::fromUtf8(input.readLine(256)).simplified();
    code.remove(QLatin1Char(' '));
    if (code.isEmpty())
        Console::err() << Qt::endl;
    return code;
}

} // namespace PortalKeys::Cli
