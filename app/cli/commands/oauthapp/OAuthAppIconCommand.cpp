#include "commands/oauthapp/OAuthAppIconCommand.h"

#include "Console.h"
#include "HelpFormatter.h"
#include "TextInput.h"
#include "commands/oauthapp/OAuthAppIconModule.h"

namespace PortalKeys::Cli {

namespace {

QCommandLineOption scaleOption()
{
    return {
        QStringLiteral("scale"),
        OAuthAppIconCommand::tr("Scale a PNG or JPEG image that is not 32×32 to 32×32 (aspect kept, centred "
                                "on a transparent square, stored as PNG).")};
}

} // namespace

QString OAuthAppIconCommand::summary() const
{
    return tr("Turn a PNG, JPEG or SVG image into the icon (data URI) of an app.");
}

QString OAuthAppIconCommand::help() const
{
    return HelpFormatter()
        .usage(QStringLiteral("portalkeys-cli oauth-app icon IMAGE_FILE [--scale]"))
        .paragraph(
            tr("Prints the data URI the image would be sent as, for the “logo” of a draft app. The format "
               "comes from the bytes, not from the file name. The portal takes PNG, JPEG and SVG up to "
               "256000 bytes and shows icons at 32×32: a PNG or JPEG image of another size is refused "
               "unless --scale is given, whatever its file size, as only the scaled icon must fit (a "
               "32×32 image with too many bytes is stored again as PNG). SVG images are sent as they "
               "are, so they must fit themselves; those with scripts are refused. Reads standard input "
               "for \"-\". Exits 0 with the data URI, 2 with the reason on standard error (also when the "
               "image module this command loads is missing)."))
        .options({scaleOption()})
        .text();
}

void OAuthAppIconCommand::run(const QStringList &arguments, Finish finish)
{
    if (handleHelpRequest(arguments))
        return finish(ExitCode::Success);
    QCommandLineParser parser;
    if (!parseArguments(parser, {scaleOption()}, arguments, 1, QStringLiteral("IMAGE_FILE")))
        return finish(ExitCode::Usage);
    const TextInput::Result input = TextInput::readFileOrStdin(parser.positionalArguments().constFirst(),
                                                               Imaging::IconModule::maxFileBytes);
    if (!input.ok()) {
        Console::error(input.error);
        return finish(ExitCode::Usage);
    }
    // Only this command loads the image code, and with it Qt Gui: the others start faster without it.
    const OAuthAppIconModule::Loaded module = OAuthAppIconModule::load();
    if (!module.error.isEmpty()) {
        Console::error(module.error);
        return finish(ExitCode::Usage);
    }
    Imaging::IconModule::Prepared result;
    module.prepare(input.data, parser.isSet(scaleOption()), result);
    if (!result.error.isEmpty()) {
        QString message = result.error;
        if (result.needsScaling)
            message += QLatin1Char(' ') + tr("Run again with --scale to do that.");
        Console::error(message);
        return finish(ExitCode::Usage);
    }
    Console::out() << result.dataUri << Qt::endl;
    finish(ExitCode::Success);
}

} // namespace PortalKeys::Cli
