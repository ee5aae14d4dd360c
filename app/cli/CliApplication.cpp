#include "CliApplication.h"

#include "Console.h"
#include "HelpFormatter.h"
#include "KeychainAccess.h"

#include "common/BuildInfo.h"
#include "common/Translations.h"

#include <QTimer>

#include <functional>

namespace PortalKeys::Cli {

namespace {

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        QList<int> current(b.size() + 1);
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        previous = current;
    }
    return previous[b.size()];
}

// Before a command, in the binary with a keychain: see KeychainAccess::repair.
void repairKeychain(const std::function<void()> &then)
{
    if (const KeychainAccess *keychain = KeychainAccess::instance())
        return keychain->repair(then);
    then();
}

} // namespace

CliApplication::CliApplication(Commands commands)
    : m_commands(std::move(commands))
{}

CliApplication::~CliApplication() = default;

void CliApplication::setUp(QCoreApplication &app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("PortalKeys"));
    QCoreApplication::setApplicationName(QStringLiteral("PortalKeys"));
    installTranslations(app);
}

int CliApplication::exec(const QStringList &arguments)
{
    if (arguments.isEmpty()) {
        Console::err() << generalHelp() << Qt::flush;
        return toInt(ExitCode::Usage);
    }
    const QString first = arguments.constFirst();
    if (first == QStringLiteral("--help") || first == QStringLiteral("-h")) {
        Console::out() << generalHelp() << Qt::flush;
        return toInt(ExitCode::Success);
    }
    if (first == QStringLiteral("--version") || first == QStringLiteral("-V")) {
        Console::out() << "portalkeys-cli " << BuildInfo::applicationVersion() << Qt::endl;
        return toInt(ExitCode::Success);
    }
    if (first == QStringLiteral("help")) {
        if (arguments.size() == 1) {
            Console::out() << generalHelp() << Qt::flush;
            return toInt(ExitCode::Success);
        }
        if (Command *command = find(arguments.at(1))) {
            Console::out() << command->help() << Qt::flush;
            return toInt(ExitCode::Success);
        }
        reportUnknownCommand(arguments.at(1));
        return toInt(ExitCode::Usage);
    }
    if (first.startsWith(QLatin1Char('-'))) {
        Console::error(tr("unknown option “%1”. Run “portalkeys-cli --help” to see the options.").arg(first));
        return toInt(ExitCode::Usage);
    }

    Command *command = find(first);
    if (!command) {
        reportUnknownCommand(first);
        return toInt(ExitCode::Usage);
    }

    // Commands may finish from inside the event loop (keychain and network answers arrive there),
    // so the command starts once the loop runs.
    const QStringList commandArguments = arguments.mid(1);
    bool finished = false;
    QTimer::singleShot(0, [&] {
        repairKeychain([&] {
            command->run(commandArguments, [&finished](ExitCode code) {
                if (finished)
                    return;
                finished = true;
                Console::out().flush();
                if (const KeychainAccess *keychain = KeychainAccess::instance())
                    keychain->settle();
                QCoreApplication::exit(toInt(code));
            });
        });
    });
    return QCoreApplication::exec();
}

QString CliApplication::generalHelp() const
{
    QList<QPair<QString, QString>> commands;
    for (const auto &command : m_commands)
        commands.append({command->name(), command->summary()});
    commands.append({QStringLiteral("help COMMAND"), tr("Show the help of a command.")});
    return HelpFormatter()
        .usage(QStringLiteral("portalkeys-cli COMMAND [ARGUMENTS...]"))
        .usage(QStringLiteral("portalkeys-cli --help | --version"))
        .paragraph(tr("Keys, tokens and OAuth apps for ONLYOFFICE portals, from the terminal."))
        .section(tr("Commands:"), commands)
        .section(tr("Exit codes:"),
                 {{QStringLiteral("0"), tr("success")},
                  {QStringLiteral("1"),
                   tr("a negative answer (invalid token, not found, refused for the data given)")},
                  {QStringLiteral("2"), tr("bad usage or unreadable input")},
                  {QStringLiteral("3"), tr("network or TLS failure")},
                  {QStringLiteral("4"), tr("the portal refused the credentials or the permission")},
                  {QStringLiteral("5"), tr("the OS keychain is not available")}})
        .paragraph(tr("Secrets are never taken as plain arguments: pass them with --secret-env NAME, "
                      "--secret-file PATH (\"-\" for standard input), or keep them in the keychain."))
        .text();
}

Command *CliApplication::find(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QString CliApplication::closestCommandName(const QString &name) const
{
    QString best;
    int bestDistance = 3; // farther than two edits is no longer a typo
    for (const auto &command : m_commands) {
        const int distance = editDistance(name, command->name());
        if (distance < bestDistance) {
            bestDistance = distance;
            best = command->name();
        }
    }
    return best;
}

void CliApplication::reportUnknownCommand(const QString &name) const
{
    QString message = tr("unknown command “%1”.").arg(name);
    const QString suggestion = closestCommandName(name);
    if (!suggestion.isEmpty())
        message += QLatin1Char(' ') + tr("Did you mean “%1”?").arg(suggestion);
    message += QLatin1Char(' ') + tr("Run “portalkeys-cli --help” to see the commands.");
    Console::error(message);
}

} // namespace PortalKeys::Cli
