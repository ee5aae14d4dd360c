#include "Command.h"

#include "Console.h"

#include <QCommandLineParser>

namespace PortalKeys::Cli {

Command::~Command() = default;

bool Command::handleHelpRequest(const QStringList &arguments) const
{
    const bool wantsHelp = arguments.contains(QStringLiteral("--help")) ||
                           arguments.contains(QStringLiteral("-h")) ||
                           (!arguments.isEmpty() && arguments.constFirst() == QStringLiteral("help"));
    if (wantsHelp)
        Console::out() << help() << Qt::flush;
    return wantsHelp;
}

bool Command::parse(QCommandLineParser &parser, const QStringList &arguments) const
{
    if (parser.parse(QStringList{QStringLiteral("portalkeys-cli")} + arguments))
        return true;
    const QStringList unknown = parser.unknownOptionNames();
    const QString problem =
        unknown.isEmpty()
            ? parser.errorText()
            : tr("unknown option “%1”.")
                  .arg((unknown.constFirst().size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) +
                       unknown.constFirst());
    Console::error(
        tr("%1: %2 Run “portalkeys-cli %1 --help” to see its options.").arg(invocation(), problem));
    return false;
}

} // namespace PortalKeys::Cli
