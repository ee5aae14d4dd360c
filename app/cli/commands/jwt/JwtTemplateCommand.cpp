#include "commands/jwt/JwtTemplateCommand.h"

#include "Console.h"
#include "HelpFormatter.h"
#include "commands/jwt/JwtReport.h"

#include "jwt/DocumentServer.h"

namespace PortalKeys::Cli {

namespace {

QString templateNames()
{
    QStringList names;
    for (Jwt::DocumentServer::Template t : Jwt::DocumentServer::templates())
        names << Jwt::DocumentServer::templateName(t);
    return names.join(QStringLiteral(", "));
}

} // namespace

QString JwtTemplateCommand::summary() const
{
    return tr("Print a Document Server payload template.");
}

QString JwtTemplateCommand::help() const
{
    QList<QPair<QString, QString>> rows;
    for (Jwt::DocumentServer::Template t : Jwt::DocumentServer::templates())
        rows.append({Jwt::DocumentServer::templateName(t), Jwt::DocumentServer::templateTitle(t)});
    return HelpFormatter()
        .usage(QStringLiteral("portalkeys-cli jwt template NAME"))
        .paragraph(tr("Prints an example payload to edit and sign with “portalkeys-cli jwt sign” or "
                      "“portalkeys-cli jwt sign-config”."))
        .section(tr("Templates:"), rows)
        .text();
}

void JwtTemplateCommand::run(const QStringList &arguments, Finish finish)
{
    if (handleHelpRequest(arguments))
        return finish(ExitCode::Success);
    QCommandLineParser parser;
    if (!parseArguments(parser, {}, arguments, 1))
        return finish(ExitCode::Usage);
    const QString name = parser.positionalArguments().value(0);
    const std::optional<Jwt::DocumentServer::Template> chosen = Jwt::DocumentServer::templateFromName(name);
    if (!chosen) {
        Console::error(
            name.isEmpty()
                ? tr("jwt template: name one of %1.").arg(templateNames())
                : tr("jwt template: unknown template “%1”; choose one of %2.").arg(name, templateNames()));
        return finish(ExitCode::Usage);
    }
    JwtReport::printJson(Jwt::DocumentServer::templatePayload(*chosen));
    finish(ExitCode::Success);
}

} // namespace PortalKeys::Cli
