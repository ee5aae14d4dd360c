#pragma once

#include "commands/apikey/ApiKeySubcommand.h"

#include "apikeys/ApiKeyListing.h"

namespace PortalKeys::Cli {

// portalkeys-cli apikey list (--portal NAME… | --url URL …) [--expiring-within DAYS] [--json]: the keys of a
// portal, or of several portals listed at once (every key for an admin, one's own for others); with
// --expiring-within only those that expire within DAYS days or have expired, and exit 1 when there is any
// (for a daily cron job).
class ApiKeyListCommand final : public ApiKeySubcommand {
    Q_DECLARE_TR_FUNCTIONS(ApiKeyListCommand)

public:
    ApiKeyListCommand();

    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;

private:
    void print(const QList<ApiKeys::ApiKey> &keys, bool json, const QDateTime &now) const;
    void listMany(const QList<PortalOptions::Target> &targets, bool json, int withinDays,
                  const Finish &finish);
    static ExitCode printMany(QList<ApiKeys::ApiKeyListing::PortalResult> portals, bool json, int withinDays);
    static QStringList keyCells(const ApiKeys::ApiKey &key, const QDateTime &now);
    static QStringList columns();

    QCommandLineOption m_expiringOption;
    QCommandLineOption m_jsonOption;
};

} // namespace PortalKeys::Cli
