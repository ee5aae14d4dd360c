#pragma once

#include "Command.h"
#include "PortalOptions.h"

#include "apikeys/ApiKey.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonValue>
#include <QObject>

#include <functional>
#include <optional>

namespace PortalKeys::Portal {
class PortalClient;
class PortalError;
} // namespace PortalKeys::Portal

namespace PortalKeys::Cli {

// A subcommand of "portalkeys-cli apikey", with what they share: the portal options (--portal NAME or --url
// with credentials), finding a key by its ID, the --permission option, and how keys and failures are shown.
class ApiKeySubcommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ApiKeySubcommand)

public:
    ApiKeySubcommand();
    ~ApiKeySubcommand() override;

    QString invocation() const override { return QStringLiteral("apikey ") + name(); }

protected:
    using ClientReady = std::function<void(Portal::PortalClient *client)>;
    using KeyReady = std::function<void(Portal::PortalClient *client, const ApiKeys::ApiKey &key)>;

    // Parses the portal options and `own`, and checks that exactly the positional arguments `positionals`
    // names were given. Prints one clear line and returns false on a mistake.
    bool parseOnline(QCommandLineParser &parser, const QList<QCommandLineOption> &own,
                     const QStringList &arguments, const QStringList &positionals);
    QList<QCommandLineOption> portalOptions() const { return m_portalOptions.options(); }
    PortalOptions &portals() { return m_portalOptions; }
    // Reads which portal the command line names; prints why none and returns false (the exit code in
    // `failure`). Nothing is sent.
    bool resolvePortal(const QCommandLineParser &parser, ExitCode *failure);
    const PortalOptions::Target &target() const { return m_target; }
    QString portalName() const { return m_target.profile.name; }
    QObject *context() { return &m_context; }

    // Opens the portal of resolvePortal(); on failure reports it (as JSON too with `json`) and finishes.
    void open(bool json, const Finish &finish, ClientReady ready);
    // Opens the portal and looks the key with this ID up in its list, to name it. A key that is not there
    // is handed on with its ID alone: a user sees only their own keys, and the portal itself answers for
    // another user's key (false, reported as such) or an unknown ID (see reportKeyFailure).
    void openKey(const QString &id, bool json, const Finish &finish, KeyReady ready);
    // Prints why a call failed (and the JSON answer with `json`); returns the exit code.
    ExitCode reportFailure(const Portal::PortalError &error, bool json) const;
    // As reportFailure, for a call on the key of openKey(): DocSpace fails with an internal error on an
    // unknown key ID, so for a key that was not in the list that is a "not found" (exit 1).
    ExitCode reportKeyFailure(const Portal::PortalError &error, const QString &id) const;
    // Checks an ID before anything is sent: the portal's routes take only UUIDs.
    static bool checkKeyId(const QString &id);

    // --permission P (repeatable)
    static QCommandLineOption permissionOption();
    // The permissions the command line names: "all" or "*", "read" or "*:read", "*:write", or scopes, in
    // one option each or separated by commas. Prints why not and returns nullopt; an empty list when none.
    static std::optional<QStringList> readPermissions(const QCommandLineParser &parser);
    // Checks `wanted` against the permissions the portal offers (DocSpace 3.7's when it cannot say), then
    // calls `ok`; else prints why and finishes with 2 before anything is changed.
    void checkPermissions(Portal::PortalClient *client, const QStringList &wanted, const Finish &finish,
                          std::function<void()> ok);

    // “name” (id), or the ID alone for a key whose name is unknown
    static QString keyLabel(const ApiKeys::ApiKey &key);
    // "2025-06-01 12:00 UTC"
    static QString when(const QDateTime &time);
    // "2025-07-01 12:00 UTC (in 30 days)", "expired 2025-05-30 12:00 UTC (2 days ago)", "never"
    static QString expiryWords(const ApiKeys::ApiKey &key, const QDateTime &now);
    // The key's details, one "label: value" line each, for standard output.
    static void printDetails(const ApiKeys::ApiKey &key, const QDateTime &now);
    static QString portalParagraph();
    static void printJson(const QJsonValue &json);

private:
    PortalOptions m_portalOptions;
    PortalOptions::Target m_target;
    bool m_keyListed = true; // the key of openKey() was in the list
    QObject m_context;
};

} // namespace PortalKeys::Cli
