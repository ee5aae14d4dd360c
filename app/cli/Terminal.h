#pragma once

#include <QCoreApplication>
#include <QString>

namespace PortalKeys::Cli {

// Questions to the person at the terminal, for the few commands that ask before doing something that cannot
// be undone. A script (standard input not a terminal) is never asked: it must say so with an option.
class Terminal {
    Q_DECLARE_TR_FUNCTIONS(Terminal)

public:
    // True when standard input and standard error are both terminals, so a question can be asked and seen.
    static bool isInteractive();
    // Prints `question` on standard error and reads one line from standard input; true for "y" or "yes"
    // (any case). Anything else, or the end of the input, is a no.
    static bool confirm(const QString &question);
};

} // namespace PortalKeys::Cli
