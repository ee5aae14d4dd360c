#include "commands/bundle/BundleCommand.h"

#include "commands/bundle/BundleApplyCommand.h"
#include "commands/bundle/BundleExportCommand.h"
#include "commands/bundle/BundleImportCommand.h"

namespace PortalKeys::Cli {

BundleCommand::BundleCommand()
{
    add(std::make_unique<BundleExportCommand>());
    add(std::make_unique<BundleImportCommand>());
    add(std::make_unique<BundleApplyCommand>());
}

BundleCommand::~BundleCommand() = default;

QString BundleCommand::summary() const
{
    return tr("Carry offline drafts in an encrypted file, and apply them to one or several portals.");
}

QString BundleCommand::note() const
{
    return tr("A bundle holds drafts and their values (secrets included) encrypted with a passphrase "
              "given with --passphrase-env NAME, never as a plain argument. A wrong passphrase "
              "exits 1; a file that is not a bundle, or was damaged or changed, exits 2.");
}

} // namespace PortalKeys::Cli
