#include "commands/services/ServicesDiffCommand.h"

#include "BundleInput.h"
#include "Console.h"
#include "HelpFormatter.h"
#include "commands/services/TextTable.h"

#include "authservice/KeySourceLoader.h"
#include "authservice/PortalServices.h"
#include "drafts/BundleContent.h"
#include "drafts/DraftStore.h"
#include "secrets/KeychainSecretStore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace PortalKeys::Cli {

using AuthService::KeyDrift;
using AuthService::KeySource;
using AuthService::ServiceView;

ServicesDiffCommand::ServicesDiffCommand()
    : m_bundleOption(QStringLiteral("bundle"), tr("Compare with the keys of the bundle FILE."),
                     QStringLiteral("FILE"))
    , m_passphraseOption(BundleInput::passphraseOption())
    , m_draftsOption(QStringLiteral("drafts"), tr("Compare with the offline drafts (DocSpace)."))
    , m_servicesOption(QStringLiteral("services"), tr("Compare only these services (comma-separated)."),
                       QStringLiteral("NAME,…"))
    , m_valuesOption(QStringLiteral("show-values"),
                     tr("Show the values of keys that are not secrets (secrets are never shown)."))
    , m_jsonOption(QStringLiteral("json"), tr("Print JSON for scripts."))
    , m_keychain(std::make_unique<KeychainSecretStore>())
{}

ServicesDiffCommand::~ServicesDiffCommand() = default;

QList<QCommandLineOption> ServicesDiffCommand::allOptions() const
{
    return m_portalOptions.options() << m_bundleOption << m_passphraseOption << m_draftsOption
                                     << m_servicesOption << m_valuesOption << m_jsonOption;
}

QString ServicesDiffCommand::summary() const
{
    return tr("Compare a portal's keys with another portal, a bundle or the offline drafts.");
}

QString ServicesDiffCommand::help() const
{
    return HelpFormatter()
        .usage(QStringLiteral("portalkeys-cli services diff --portal A --portal B [--services NAME,…] "
                              "[--show-values] [--json]"))
        .usage(QStringLiteral("portalkeys-cli services diff --portal A --bundle FILE --passphrase-env NAME "
                              "[--services NAME,…] [--show-values] [--json]"))
        .usage(QStringLiteral("portalkeys-cli services diff --portal A --drafts [--services NAME,…] "
                              "[--show-values] [--json]"))
        .paragraph(tr("Reads the authorization keys of portal A and compares them, service by service and "
                      "key by key, with portal B, with the DocSpace drafts of a bundle, or with the offline "
                      "drafts: same, differs, only here (on A) or only there. Keys without a value count as "
                      "absent. Secret values are compared without being shown; the values of other keys "
                      "only with --show-values. Portal A may also be given with --url and credentials from "
                      "environment variables."))
        .paragraph(tr("Exits 0 when nothing differs and 1 when something does (for monitoring); 2 for a "
                      "usage mistake or an unreadable bundle, 3 network, 4 credentials or permission, "
                      "5 keychain."))
        .options(allOptions())
        .text();
}

void ServicesDiffCommand::run(const QStringList &arguments, Finish finish)
{
    if (handleHelpRequest(arguments))
        return finish(ExitCode::Success);
    QCommandLineParser parser;
    if (!parseArguments(parser, allOptions(), arguments, 0, 0, {}))
        return finish(ExitCode::Usage);
    const QStringList portals = parser.values(QStringLiteral("portal"));
    const int others =
        int(portals.size() > 1) + int(parser.isSet(m_bundleOption)) + int(parser.isSet(m_draftsOption));
    if (others != 1 || portals.size() > 2) {
        Console::error(
            tr("%1: compare with exactly one of a second --portal NAME, --bundle FILE or --drafts.")
                .arg(invocation()));
        return finish(ExitCode::Usage);
    }
    // With two saved portals each is resolved alone; otherwise A is --portal or --url as everywhere.
    const PortalOptions::Target here =
        portals.size() == 2 ? resolveSaved(portals.first()) : m_portalOptions.resolve(parser);
    if (!here.ok()) {
        Console::error(here.error);
        return finish(here.failureCode);
    }
    KeyDrift::Options options;
    for (const QString &service : parser.value(m_servicesOption).split(QLatin1Char(','), Qt::SkipEmptyParts))
        options.services.append(service.trimmed());
    options.withValues = parser.isSet(m_valuesOption);
    const bool json = parser.isSet(m_jsonOption);

    const auto compare = [options, json, finish](const KeySource &ours, const KeySource &there) {
        const KeyDrift::Result result = KeyDrift::compare(ours, there, options);
        for (const QString &unknown : result.servicesWithoutKeys)
            Console::warning(tr("Neither side has keys for a service “%1”.").arg(unknown));
        print(ours, there, result, options.withValues, json);
        finish(result.differs() ? ExitCode::Negative : ExitCode::Success);
    };
    if (portals.size() == 2) {
        const PortalOptions::Target there = resolveSaved(portals.at(1));
        if (!there.ok()) {
            Console::error(there.error);
            return finish(there.failureCode);
        }
        return loadPortals({here, there}, json, finish, compare);
    }
    // The offline side first: a wrong passphrase or a locked keychain stops before the network is used.
    loadThere(parser, finish, [this, here, json, finish, compare](const KeySource &there) {
        loadPortal(here, json, finish, [there, compare](const KeySource &ours) { compare(ours, there); });
    });
}

void ServicesDiffCommand::loadThere(const QCommandLineParser &parser, const Finish &finish, SourceReady ready)
{
    if (parser.isSet(m_bundleOption))
        return loadBundle(parser, finish, std::move(ready));
    loadDrafts(finish, std::move(ready));
}

void ServicesDiffCommand::loadPortals(const QList<PortalOptions::Target> &targets, bool json,
                                      const Finish &finish, PairReady ready)
{
    struct Pair {
        std::optional<KeySource> sides[2];
        bool over = false; // compared, or a failure was reported: later answers are not wanted
    };
    auto pair = std::make_shared<Pair>();
    // Each side reports itself; the first failure ends the command at once, whatever the other says later.
    const auto loadSide = [pair, targets, json, finish, ready](int side, Portal::PortalClient *client) {
        const PortalOptions::Target &target = targets.at(side);
        const PortalErrorReport::TrustAdvice advice = PortalOptions::trustAdvice(target);
        const QString name = target.profile.name;
        AuthService::PortalServices::load(
            client, [pair, side, name, advice, json, finish,
                     ready](const Portal::PortalError &error, const AuthService::PortalServices &loaded) {
                if (pair->over)
                    return;
                if (error.isError()) {
                    pair->over = true;
                    return finish(reportFailure(error, name, json, advice));
                }
                if (!loaded.versionNotice.isEmpty())
                    Console::warning(loaded.versionNotice);
                pair->sides[side] =
                    KeySource::fromPortal(AuthService::KeySourceLoader::portalLabel(name), loaded.views);
                if (pair->sides[0] && pair->sides[1]) {
                    pair->over = true;
                    ready(*pair->sides[0], *pair->sides[1]);
                }
            });
    };
    // A opens first (a locked keychain asks once); B opens while A's services load.
    const auto open = [this, pair, targets, json,
                       finish](int side, std::function<void(Portal::PortalClient *)> opened) {
        const PortalOptions::Target &target = targets.at(side);
        m_portalOptions.open(target, &m_context,
                             [pair, target, json, finish, opened](const Portal::PortalError &error,
                                                                  Portal::PortalClient *client) {
                                 if (pair->over)
                                     return;
                                 if (error.isError()) {
                                     pair->over = true;
                                     return finish(reportFailure(error, target.profile.name, json,
                                                                 PortalOptions::trustAdvice(target)));
                                 }
                                 opened(client);
                             });
    };
    open(0, [open, loadSide](Portal::PortalClient *here) {
        loadSide(0, here);
        open(1, [loadSide](Portal::PortalClient *there) { loadSide(1, there); });
    });
}

PortalOptions::Target ServicesDiffCommand::resolveSaved(const QString &portalName) const
{
    QCommandLineParser noOptions;
    noOptions.addOptions(m_portalOptions.options());
    noOptions.parse({QStringLiteral("portalkeys-cli")});
    return m_portalOptions.resolve(noOptions, portalName);
}

void ServicesDiffCommand::loadPortal(const PortalOptions::Target &target, bool json, const Finish &finish,
                                     SourceReady ready)
{
    const QString label = AuthService::KeySourceLoader::portalLabel(target.profile.name);
    loadServices(m_portalOptions, target, &m_context, json, finish,
                 [label, ready](Portal::PortalClient *, const QList<ServiceView> &services) {
                     ready(KeySource::fromPortal(label, services));
                 });
}

void ServicesDiffCommand::loadBundle(const QCommandLineParser &parser, const Finish &finish,
                                     SourceReady ready)
{
    std::optional<QByteArray> passphrase =
        BundleInput::readPassphrase(parser, m_passphraseOption, invocation());
    if (!passphrase)
        return finish(ExitCode::Usage);
    const QString path = parser.value(m_bundleOption);
    ExitCode failure = ExitCode::Success;
    std::optional<QByteArray> decrypted = BundleInput::decryptFile(path, *passphrase, &failure);
    Drafts::Bundle::wipe(*passphrase);
    if (!decrypted)
        return finish(failure);
    Drafts::BundleContent::ParseResult parsed = Drafts::BundleContent::fromJson(*decrypted);
    Drafts::Bundle::wipe(*decrypted);
    if (!parsed.ok()) {
        Console::error(parsed.error);
        return finish(ExitCode::Usage);
    }
    QList<KeySource::Prepared> drafts;
    for (const Drafts::BundleContent::Entry &entry : std::as_const(parsed.entries))
        drafts.append({entry.draft, entry.values});
    parsed.entries.clear();
    ready(KeySource::fromDrafts(tr("bundle %1").arg(QFileInfo(path).fileName()), drafts));
}

void ServicesDiffCommand::loadDrafts(const Finish &finish, SourceReady ready)
{
    AuthService::KeySourceLoader::fromDrafts(
        Drafts::DraftStore(), *m_keychain, &m_context,
        [finish, ready](const AuthService::KeySourceLoader::DraftsResult &result) {
            if (!result.ok()) {
                Console::error(result.error);
                return finish(result.keychainFailed ? ExitCode::Keychain : ExitCode::Usage);
            }
            for (const QString &warning : result.warnings)
                Console::warning(warning);
            ready(result.source);
        });
}

void ServicesDiffCommand::print(const KeySource &here, const KeySource &there, const KeyDrift::Result &result,
                                bool withValues, bool json)
{
    int differing = 0;
    for (const KeyDrift::Row &row : result.rows)
        differing += row.state != KeyDrift::State::Same;
    if (json) {
        QJsonArray rows;
        for (const KeyDrift::Row &row : result.rows) {
            QJsonObject entry{{QStringLiteral("service"), row.service},
                              {QStringLiteral("key"), row.key},
                              {QStringLiteral("state"), KeyDrift::stateKey(row.state)},
                              {QStringLiteral("secret"), row.secret}};
            if (withValues && !row.secret) {
                entry.insert(QStringLiteral("here"), row.hereValue);
                entry.insert(QStringLiteral("there"), row.thereValue);
            }
            rows.append(entry);
        }
        printJson(QJsonObject{{QStringLiteral("here"), here.label},
                              {QStringLiteral("there"), there.label},
                              {QStringLiteral("differs"), result.differs()},
                              {QStringLiteral("rows"), rows}});
        return;
    }
    QTextStream &out = Console::out();
    out << tr("Here: %1. There: %2.").arg(here.label, there.label) << Qt::endl;
    QStringList headings{tr("SERVICE"), tr("KEY"), tr("STATE")};
    if (withValues)
        headings << tr("HERE") << tr("THERE");
    TextTable table(headings);
    for (const KeyDrift::Row &row : result.rows) {
        QStringList cells{row.service, row.key, KeyDrift::stateText(row.state)};
        if (withValues)
            cells << (row.secret ? tr("(secret)") : row.hereValue)
                  << (row.secret ? tr("(secret)") : row.thereValue);
        table.addRow(cells);
    }
    if (!result.rows.isEmpty())
        out << table.text();
    if (differing == 0)
        out << tr("No differences (keys compared: %1).").arg(result.rows.size()) << Qt::endl;
    else
        out << tr("Keys that differ: %1 of %2.").arg(differing).arg(result.rows.size()) << Qt::endl;
    out.flush();
}

} // namespace PortalKeys::Cli
