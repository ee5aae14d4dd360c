#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QPair>
#include <QString>

namespace PortalKeys::Cli {

// Formats help texts the same way for every command: usage lines, a description, then aligned
// two-column lists of options or subcommands.
class HelpFormatter {
public:
    HelpFormatter &usage(const QString &line);
    HelpFormatter &paragraph(const QString &text);
    HelpFormatter &section(const QString &title, const QList<QPair<QString, QString>> &rows);
    HelpFormatter &options(const QList<QCommandLineOption> &options);
    QString text() const { return m_text; }

private:
    bool m_hasUsage = false;
    QString m_text;
};

} // namespace PortalKeys::Cli
