#include "commands/portal/PortalSubcommand.h"

#include "ExitCodeMapping.h"

#include "Console.h"

#include "portal/ConnectionTest.h"
#include "portal/PortalClient.h"
#include "portal/ProfileStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace PortalKeys::Cli {

using Portal::PortalProfile;
using Portal::ProfileStore;

bool PortalSubcommand::parseArguments(QCommandLineParser &parser, const QList<QCommandLineOption> &options,
                                      const QStringList &arguments, int minPositionals, int maxPositionals,
                                      const QString &what) const
{
    parser.addOptions(options);
    if (!parse(parser, arguments))
        return false;
    const QStringList positionals = parser.positionalArguments();
    if (positionals.size() > maxPositionals) {
        // The extra words are not repeated: one may be a secret typed where it does not belong.
        Console::error(
            maxPositionals == 0
                ? tr("%1: takes no arguments. Run “portalkeys-cli %1 --help”.").arg(invocation())
                : tr("%1: too many arguments (%2 given, at most %3); they are not repeated here in "
                     "case one is a secret. Run “portalkeys-cli %1 --help”.")
                      .arg(invocation())
                      .arg(positionals.size())
                      .arg(maxPositionals));
        return false;
    }
    if (positionals.size() < minPositionals) {
        Console::error(tr("%1: give the %2. Run “portalkeys-cli %1 --help”.").arg(invocation(), what));
        return false;
    }
    return true;
}

std::optional<QList<PortalProfile>> PortalSubcommand::loadProfiles()
{
    const ProfileStore::LoadResult loaded = ProfileStore().load();
    if (!loaded.ok()) {
        Console::error(loaded.error);
        return std::nullopt;
    }
    return loaded.profiles;
}

bool PortalSubcommand::updateProfiles(const ProfileStore::Change &change)
{
    const QString error = ProfileStore().update(change).error;
    if (!error.isEmpty())
        Console::error(error);
    return error.isEmpty();
}

std::optional<PortalProfile> PortalSubcommand::findProfile(const QString &name, ExitCode *failure)
{
    *failure = ExitCode::Usage;
    const std::optional<QList<PortalProfile>> profiles = loadProfiles();
    if (!profiles)
        return std::nullopt;
    if (const PortalProfile *found = ProfileStore::findByName(*profiles, name))
        return *found;
    Console::error(
        tr("There is no portal named “%1”. Run “portalkeys-cli portal list” to see them.").arg(name));
    *failure = ExitCode::Negative;
    return std::nullopt;
}

void PortalSubcommand::testConnection(Portal::PortalClient *client, const QString &portalName, bool json,
                                      const PortalErrorReport::TrustAdvice &trustAdvice, QObject *context,
                                      Finish finish, const QString &unauthorizedHint, const Tested &tested)
{
    auto *test = new Portal::ConnectionTest(client, context);
    test->start([test, portalName, json, trustAdvice, finish, unauthorizedHint,
                 tested](const Portal::PortalError &error, const Portal::ConnectionReport &report) {
        test->deleteLater();
        if (tested)
            tested(error, report);
        if (error.isError())
            return finish(reportFailure(error, portalName, json, trustAdvice, unauthorizedHint));
        if (json) {
            QJsonObject answer = report.toJson();
            answer.insert(QStringLiteral("ok"), true);
            answer.insert(QStringLiteral("portal"), portalName);
            printJson(answer);
        } else {
            Console::out() << report.summary() << Qt::endl;
            Console::out() << tr("Portal: %1").arg(report.portalSummary()) << Qt::endl;
            if (!report.versionNotice().isEmpty())
                Console::warning(report.versionNotice());
        }
        finish(ExitCode::Success);
    });
}

QString PortalSubcommand::signInAgainHint(const PortalProfile &profile)
{
    const QString name = PortalErrorReport::shellQuoted(profile.name);
    if (profile.kind == Portal::CredentialKind::OAuth2)
        return tr("Sign in with the browser: portalkeys-cli portal login %1").arg(name);
    if (profile.kind == Portal::CredentialKind::Token && !profile.user.isEmpty())
        return tr("Sign in again: portalkeys-cli portal login %1 --secret-env NAME (or --secret-file PATH)")
            .arg(name);
    return {};
}

ExitCode PortalSubcommand::reportFailure(const Portal::PortalError &error, const QString &portalName,
                                         bool json, const PortalErrorReport::TrustAdvice &trustAdvice,
                                         const QString &unauthorizedHint)
{
    if (json) {
        QJsonObject answer = PortalErrorReport::toJson(error);
        answer.insert(QStringLiteral("portal"), portalName);
        printJson(answer);
    }
    PortalErrorReport::print(error, trustAdvice);
    if (error.kind() == Portal::PortalError::Kind::Unauthorized && !unauthorizedHint.isEmpty())
        Console::err() << unauthorizedHint << Qt::endl;
    return exitCodeFor(error);
}

void PortalSubcommand::printJson(const QJsonValue &json)
{
    const QJsonDocument document =
        json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
    Console::out() << QString::fromUtf8(document.toJson(QJsonDocument::Indented)) << Qt::flush;
}

} // namespace PortalKeys::Cli
