#pragma once

#include "PortalOptions.h"
#include "commands/oauthapp/OAuthAppSubcommand.h"

#include "portal/PortalClient.h"

#include <QByteArray>
#include <QJsonValue>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace PortalKeys {
class SecretStore;
}

namespace PortalKeys::OAuth {
class OAuthAppsApi;
}

namespace PortalKeys::Cli {

// A subcommand of "portalkeys-cli oauth-app" that talks to a portal's app registry: the portal options
// (--portal NAME or --url with credentials), the registry API, how failures are reported (field errors one
// per line), and where a client secret goes when the portal gives one.
class OAuthAppOnlineSubcommand : public OAuthAppSubcommand {
    Q_DECLARE_TR_FUNCTIONS(OAuthAppOnlineSubcommand)

public:
    OAuthAppOnlineSubcommand();
    ~OAuthAppOnlineSubcommand() override;

protected:
    using ApiReady = std::function<void(OAuth::OAuthAppsApi *api)>;
    using SecretNameReady = std::function<void(bool replacing)>;

    // Parses the portal options and `own`, and checks that exactly the positional arguments `positionals`
    // names (e.g. {"ID", "FILE.json"}) were given. Prints one clear line and returns false on a mistake.
    bool parseOnline(QCommandLineParser &parser, const QList<QCommandLineOption> &own,
                     const QStringList &arguments, const QStringList &positionals);
    QList<QCommandLineOption> portalOptions() const { return m_portalOptions.options(); }
    // Reads which portal the command line names; prints why none and returns false (the exit code in
    // `failure`). Nothing is sent.
    bool resolvePortal(const QCommandLineParser &parser, ExitCode *failure);
    // Opens the portal of resolvePortal() and calls `ready` with its app registry. On failure reports it
    // (as JSON too with `json`) and finishes.
    void openApi(bool json, Finish finish, ApiReady ready);
    const PortalOptions::Target &target() const { return m_target; }
    QString portalName() const { return m_target.profile.name; }
    QObject *context() { return &m_context; }
    // The client openApi() opened, with the portal's TLS settings; null before.
    Portal::PortalClient *portalClient() const { return m_client; }

    // Prints why a call failed: the portal's field errors as "field: message" lines, then the error (and the
    // JSON answer with `json`). With `clientId`, a 404 says that there is no such app. Returns the exit code.
    ExitCode reportFailure(const Portal::PortalError &error, bool json, const QString &clientId = {}) const;

    // --store-secret NAME, for the commands that get a client secret from the portal.
    static QCommandLineOption storeSecretOption();
    // Checks the secret name and that the keychain answers, before the portal makes or sends a secret that
    // could then not be kept; `replacing` tells whether a secret is stored under that name already. On
    // failure prints why and finishes (2 for a bad name, 5 without a keychain).
    void prepareSecretName(const QString &name, Finish finish, SecretNameReady ready);
    // Stores `secret` as the named secret `name`. On failure prints why and how to store the secret of
    // `clientId` later, and finishes with 5; else calls `stored`.
    void storeSecret(const QString &clientId, const QString &name, const QByteArray &secret, Finish finish,
                     std::function<void()> stored);
    // A secret the portal just made: "client_secret: …" on standard output, on standard error the advice to
    // keep it and how to read it again.
    static void printSecret(const QString &clientId, const QByteArray &secret);
    // Where a stored secret went, for standard output.
    static QString storedSecretText(const QString &name, bool replaced);

    // "Give the portal with --portal NAME, or --url URL and …", for the help of every online subcommand.
    static QString portalParagraph();
    static void printJson(const QJsonValue &json);

private:
    PortalOptions m_portalOptions;
    PortalOptions::Target m_target;
    std::unique_ptr<SecretStore> m_keychain;
    QPointer<Portal::PortalClient> m_client;
    QObject m_context;
};

} // namespace PortalKeys::Cli
