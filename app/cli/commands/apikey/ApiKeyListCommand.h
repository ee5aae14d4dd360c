#pragma once

#include "commands/apikey/ApiKeySubcommand.h"

namespace PortalKeys::Cli {

// portalkeys-cli apikey list PORTAL [--expiring-within DAYS] [--json]: the keys of a portal (every key for an
// admin, one's own for others); with --expiring-within only those that expire within DAYS days or have
// expired, and exit 1 when there is any (for a daily cron job).
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

    QCommandLineOption m_expiringOption;
    QCommandLineOption m_jsonOption;
};

} // namespace PortalKeys::Cli
