#pragma once

#include "PortalOptions.h"
#include "commands/bundle/BundleSubcommand.h"

#include "authservice/KeyApplier.h"
#include "drafts/BundleContent.h"

#include <QObject>

#include <optional>

namespace PortalKeys::Cli {

// portalkeys-cli bundle apply FILE --passphrase-env NAME --portal NAME [--portal NAME]... [--dry-run]
// [--json]
class BundleApplyCommand final : public BundleSubcommand {
    Q_DECLARE_TR_FUNCTIONS(BundleApplyCommand)

public:
    BundleApplyCommand();

    QString name() const override { return QStringLiteral("apply"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;

private:
    QList<QCommandLineOption> allOptions() const;
    // The DocSpace drafts as keys to apply, checked with the catalog's rules; nullopt (after printing the
    // findings) when a draft holds a key the portal would refuse.
    static std::optional<QList<AuthService::PreparedKeys>>
    prepare(const QList<Drafts::BundleContent::Entry> &entries);
    static void print(const QList<AuthService::KeyApplier::Row> &rows, bool dryRun, bool json);
    static QString outcomeKey(AuthService::KeyApplier::Outcome outcome);

    PortalOptions m_portalOptions;
    QCommandLineOption m_passphraseOption;
    QCommandLineOption m_portalOption;
    QCommandLineOption m_dryRunOption;
    QCommandLineOption m_jsonOption;
    QObject m_context;
};

} // namespace PortalKeys::Cli
