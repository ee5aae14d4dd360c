#pragma once

#include "PortalOptions.h"
#include "commands/services/ServicesSubcommand.h"

#include "authservice/KeyDrift.h"

#include <QObject>

#include <memory>

namespace PortalKeys {
class SecretStore;
}

namespace PortalKeys::Cli {

// portalkeys-cli services diff (--portal A | --url URL …) (--portal B | --bundle FILE --passphrase-env NAME |
// --drafts) [--services NAME,…] [--show-values] [--json]
class ServicesDiffCommand final : public ServicesSubcommand {
    Q_DECLARE_TR_FUNCTIONS(ServicesDiffCommand)

public:
    ServicesDiffCommand();
    ~ServicesDiffCommand() override;

    QString name() const override { return QStringLiteral("diff"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;

private:
    using SourceReady = std::function<void(const AuthService::KeySource &source)>;
    using PairReady =
        std::function<void(const AuthService::KeySource &here, const AuthService::KeySource &there)>;

    QList<QCommandLineOption> allOptions() const;
    // The offline side of the comparison: a bundle or the offline drafts. Finishes with the failure's exit
    // code (after saying why) instead of calling `ready`.
    void loadThere(const QCommandLineParser &parser, const Finish &finish, SourceReady ready);
    // Two portals at the same time (`targets`: A and B); the first failure finishes the command.
    void loadPortals(const QList<PortalOptions::Target> &targets, bool json, const Finish &finish,
                     PairReady ready);
    PortalOptions::Target resolveSaved(const QString &portalName) const;
    void loadPortal(const PortalOptions::Target &target, bool json, const Finish &finish, SourceReady ready);
    void loadBundle(const QCommandLineParser &parser, const Finish &finish, SourceReady ready);
    void loadDrafts(const Finish &finish, SourceReady ready);
    static void print(const AuthService::KeySource &here, const AuthService::KeySource &there,
                      const AuthService::KeyDrift::Result &result, bool withValues, bool json);

    PortalOptions m_portalOptions;
    QCommandLineOption m_bundleOption;
    QCommandLineOption m_passphraseOption;
    QCommandLineOption m_draftsOption;
    QCommandLineOption m_servicesOption;
    QCommandLineOption m_valuesOption;
    QCommandLineOption m_jsonOption;
    std::unique_ptr<SecretStore> m_keychain;
    QObject m_context;
};

} // namespace PortalKeys::Cli
