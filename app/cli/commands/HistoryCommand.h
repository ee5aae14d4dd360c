#pragma once

#include "Command.h"
#include "PortalOptions.h"

#include "history/AuditTrail.h"
#include "history/HistoryEntry.h"
#include "history/HistoryLog.h"

#include <QDate>
#include <QObject>

#include <optional>

class QCommandLineParser;

namespace PortalKeys::Cli {

// portalkeys-cli history [--portal NAME] [--since YYYY-MM-DD] [--with-portal-audit] [--json]: the changes
// PortalKeys made to portals (the local history), and with --with-portal-audit the portal's own audit trail
// beside them, merged by time.
class HistoryCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)

public:
    HistoryCommand();

    QString name() const override { return QStringLiteral("history"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;

private:
    // The filter the command line asks for; prints why not and returns false on a mistake.
    bool readFilter(const QCommandLineParser &parser, History::HistoryLog::Filter *filter) const;
    // The local history, damaged lines reported on stderr; nullopt (reported) when it cannot be read.
    static std::optional<History::HistoryLog::Read> readLocal(const History::HistoryLog::Filter &filter);
    static void print(const QList<History::HistoryEntry> &entries, bool json);
    // The local entries and the portal's events merged by time, or the local ones and why the portal's
    // are missing.
    static void printWithAudit(QList<History::HistoryEntry> entries, const Portal::PortalError &error,
                               const History::AuditTrail::Result &audit, bool json);

    PortalOptions m_portalOptions;
    QCommandLineOption m_sinceOption;
    QCommandLineOption m_auditOption;
    QCommandLineOption m_jsonOption;
    QObject m_context;
};

} // namespace PortalKeys::Cli
