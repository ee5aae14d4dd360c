#pragma once

#include "PortalErrorReport.h"

#include "ExitCode.h"
#include "portal/PortalError.h"
#include "portal/PortalProfile.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>

#include <functional>
#include <memory>

class QCommandLineParser;
class QObject;

namespace PortalKeys {
class SecretStore;
}

namespace PortalKeys::Portal {
class PortalClient;
}

namespace PortalKeys::Cli {

// How every online command names the portal it talks to: a saved portal (--portal NAME, credentials from the
// keychain), or an address with credentials for this one run (--url URL with --api-key-env, --token-env, or
// --user and --password-env), plus --pin-sha256 and --timeout. Ad hoc credentials stay in memory.
class PortalOptions {
    Q_DECLARE_TR_FUNCTIONS(PortalOptions)

public:
    // The portal a command line names, before anything is sent.
    struct Target {
        Portal::PortalProfile profile;
        bool saved = false; // from the portal list; false for --url
        Portal::SecretSlot slot = Portal::SecretSlot::ApiKey;
        QByteArray secret; // --url only
        QString error;     // why the command line names no usable portal
        ExitCode failureCode = ExitCode::Usage;
        bool ok() const { return error.isEmpty(); }
    };
    using Ready = std::function<void(const Portal::PortalError &error, Portal::PortalClient *client)>;

    PortalOptions();
    ~PortalOptions();
    PortalOptions(const PortalOptions &) = delete;
    PortalOptions &operator=(const PortalOptions &) = delete;

    QList<QCommandLineOption> options() const;

    // Reads the options (and the saved portals). `positionalName` is a portal NAME given as an argument, as
    // in `portal test NAME`, instead of --portal NAME.
    Target resolve(const QCommandLineParser &parser, const QString &positionalName = {}) const;
    // For commands that talk to several portals: every saved portal --portal names (repeated, in order,
    // each once), or the one portal of resolve(). The first that cannot be used comes alone, with its error.
    QList<Target> resolveEach(const QCommandLineParser &parser) const;

    // Calls `ready` once with a client that carries the credentials, or with the reason there is none; the
    // error's exitCodeFor() fits the CLI (a usage mistake comes as InvalidUrl: 2, an unknown portal name as
    // NotFound: 1). The client lives as long as `context`.
    void open(const QCommandLineParser &parser, QObject *context, Ready ready);
    void open(const Target &target, QObject *context, Ready ready);

    // What to do to trust a certificate the portal showed: `portal pin` for a saved portal, --pin-sha256
    // else.
    static PortalErrorReport::TrustAdvice trustAdvice(const Target &target);
    // "… trust it with: portalkeys-cli portal pin NAME --sha256 HEX"
    static PortalErrorReport::TrustAdvice pinAdvice(const QString &portalName);
    // "… run the command again with --pin-sha256 HEX"
    static PortalErrorReport::TrustAdvice pinOptionAdvice();

private:
    Target resolveSaved(const QCommandLineParser &parser, const QString &name) const;
    Target resolveAdHoc(const QCommandLineParser &parser) const;
    QString applyOverrides(const QCommandLineParser &parser, Portal::PortalProfile &profile) const;

    QCommandLineOption m_portalOption;
    QCommandLineOption m_urlOption;
    QCommandLineOption m_apiKeyEnvOption;
    QCommandLineOption m_tokenEnvOption;
    QCommandLineOption m_userOption;
    QCommandLineOption m_passwordEnvOption;
    QCommandLineOption m_pinOption;
    QCommandLineOption m_timeoutOption;
    // Sessions keep using their store after open() (an OAuth refresh stores the rotated token), so the
    // stores live as long as the command.
    std::unique_ptr<SecretStore> m_keychain;
    std::unique_ptr<SecretStore> m_memory;
};

} // namespace PortalKeys::Cli
