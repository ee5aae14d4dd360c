#pragma once

#include "ExitCode.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QCommandLineParser;

#include <functional>

namespace PortalKeys::Cli {

// One subcommand of portalkeys-cli ("secret", "jwt", ...). A command may finish later, once its
// asynchronous work (keychain, network) is done, by calling the finish handler exactly once.
class Command {
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    using Finish = std::function<void(ExitCode)>;

    virtual ~Command();

    virtual QString name() const = 0;
    // How the command is typed after "portalkeys-cli": "secret", or "jwt verify" for a subcommand.
    virtual QString invocation() const { return name(); }
    virtual QString summary() const = 0;
    // The full help: usage lines, description and options.
    virtual QString help() const = 0;
    // `arguments` are the words after the command name.
    virtual void run(const QStringList &arguments, Finish finish) = 0;

protected:
    // True when the arguments ask for help; prints it.
    bool handleHelpRequest(const QStringList &arguments) const;
    // Parses `arguments` with `parser`; on a mistake prints one helpful line and returns false.
    bool parse(QCommandLineParser &parser, const QStringList &arguments) const;
};

} // namespace PortalKeys::Cli
