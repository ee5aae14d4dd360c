#pragma once

#include "SecretInput.h"
#include "commands/portal/PortalSubcommand.h"

#include "secrets/SecretStore.h"

#include <QObject>

#include <memory>

namespace PortalKeys::Cli {

// portalkeys-cli portal add NAME --url URL --auth apikey|basic|token|oauth2 [credentials and settings]
class PortalAddCommand final : public PortalSubcommand {
    Q_DECLARE_TR_FUNCTIONS(PortalAddCommand)

public:
    PortalAddCommand();
    ~PortalAddCommand() override;

    QString name() const override { return QStringLiteral("add"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;

private:
    QList<QCommandLineOption> allOptions() const;
    // Why an option does not fit the credential kind, or empty.
    QString misplacedOption(const QCommandLineParser &parser, Portal::CredentialKind kind) const;
    void signInAndSave(const Portal::PortalProfile &profile, const QByteArray &password,
                       const QString &twoFactorCode, Finish finish);
    // Secrets first, then the profile: a portal in the list always has its secrets, and a failure leaves
    // neither behind.
    void save(const Portal::PortalProfile &profile,
              const QList<QPair<Portal::SecretSlot, QByteArray>> &secrets, const QString &signedInNote,
              Finish finish);
    // "Added the portal …" and what to do next.
    void reportAdded(const Portal::PortalProfile &profile, const QString &signedInNote, Finish finish);

    QCommandLineOption m_urlOption;
    QCommandLineOption m_authOption;
    QCommandLineOption m_userOption;
    SecretInput m_secretInput;
    QCommandLineOption m_clientIdOption;
    QCommandLineOption m_scopesOption;
    QCommandLineOption m_oauthServerOption;
    QCommandLineOption m_pinOption;
    QCommandLineOption m_timeoutOption;
    QCommandLineOption m_tfaCodeEnvOption;
    std::unique_ptr<SecretStore> m_store;
    QObject m_context;
};

} // namespace PortalKeys::Cli
