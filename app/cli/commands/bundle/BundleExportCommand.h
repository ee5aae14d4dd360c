#pragma once

#include "commands/bundle/BundleSubcommand.h"

#include "drafts/Draft.h"

#include <QObject>

#include <memory>
#include <optional>

namespace PortalKeys {
class SecretStore;
}

namespace PortalKeys::Cli {

// portalkeys-cli bundle export FILE [--services a,b,…] --passphrase-env NAME [--force]
class BundleExportCommand final : public BundleSubcommand {
    Q_DECLARE_TR_FUNCTIONS(BundleExportCommand)

public:
    BundleExportCommand();
    ~BundleExportCommand() override;

    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    QString help() const override;
    void run(const QStringList &arguments, Finish finish) override;

private:
    QList<QCommandLineOption> allOptions() const;
    // The drafts to export: all, or those of the services named; prints why none and returns nullopt.
    std::optional<QList<Drafts::Draft>> choose(const QList<Drafts::Draft> &drafts,
                                               const QCommandLineParser &parser) const;
    static bool matches(const Drafts::Draft &draft, const QString &serviceName);
    static QString write(const QString &path, const QByteArray &content);

    QCommandLineOption m_passphraseOption;
    QCommandLineOption m_servicesOption;
    QCommandLineOption m_forceOption;
    std::unique_ptr<SecretStore> m_keychain;
    QObject m_context;
};

} // namespace PortalKeys::Cli
