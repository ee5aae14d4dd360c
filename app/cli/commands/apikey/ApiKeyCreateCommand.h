#pragma once

#include "commands/apikey/ApiKeySubcommand.h"

#include "apikeys/NewApiKey.h"
#include "portal/PortalProfile.h"

#include <QByteArray>

#include <memory>

namespace PortalKeys {
class SecretStore;
}

namespace PortalKeys::Cli {

// portalkeys-cli apikey create NAME PORTAL [--permission P]... [--expires-in-days N | --no-expiry]
//                              [--add-portal PROFILE | --store-secret NAME] [--json]
// The portal shows a new key once, in its answer to the creation: it is printed on standard output exactly
// once, or kept in the keychain (as a named secret, or as the API key of a new portal profile) and then not
// printed at all. Where it is to be kept is checked before the key is made; if keeping it fails all the
// same, the key is deleted again on the portal, so that no key is left that nobody has.
class ApiKeyCreateCommand final : public ApiKeySubcommand {
    Q_DECLARE_TR_FUNCTIONS(ApiKeyCreateCommand)

public:
    ApiKeyCreateCommand();
    ~ApiKeyCreateCommand() override;

    QString name() const override { return QStringLiteral("create"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;

private:
    enum class Keep { Print, Secret, Portal };

    // The key the command line describes; prints why not and returns false.
    bool readKey(const QCommandLineParser &parser);
    // Checks that the key can be kept where the command line says, then calls `ready`.
    void prepareKeeping(const Finish &finish, std::function<void()> ready);
    void create(const Finish &finish);
    void keep(Portal::PortalClient *client, const ApiKeys::ApiKey &key, const QByteArray &secret,
              const Finish &finish);
    void report(const ApiKeys::ApiKey &key, const QByteArray &secret, const Finish &finish);
    // Keeping failed: deletes the new key on the portal and finishes with `code`.
    void undo(Portal::PortalClient *client, const ApiKeys::ApiKey &key, ExitCode code, const Finish &finish);

    QCommandLineOption m_expiresOption;
    QCommandLineOption m_noExpiryOption;
    QCommandLineOption m_addPortalOption;
    QCommandLineOption m_storeSecretOption;
    QCommandLineOption m_jsonOption;
    std::unique_ptr<SecretStore> m_keychain;

    ApiKeys::NewApiKey m_key;
    Keep m_keep = Keep::Print;
    QString m_keepName; // the named secret or the new portal's name
    Portal::PortalProfile m_newPortal;
    bool m_json = false;
    bool m_expiryUnsaid = false; // neither --expires-in-days nor --no-expiry
};

} // namespace PortalKeys::Cli
