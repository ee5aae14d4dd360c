#include "commands/jwt/JwtCommand.h"

#include "commands/jwt/JwtConfigCommand.h"
#include "commands/jwt/JwtDecodeCommand.h"
#include "commands/jwt/JwtSignCommand.h"
#include "commands/jwt/JwtTemplateCommand.h"
#include "commands/jwt/JwtVerifyCommand.h"
#include "commands/jwt/JwtWeakSecretCommand.h"

namespace PortalKeys::Cli {

JwtCommand::JwtCommand()
{
    add(std::make_unique<JwtDecodeCommand>());
    add(std::make_unique<JwtVerifyCommand>());
    add(std::make_unique<JwtSignCommand>());
    add(std::make_unique<JwtTemplateCommand>());
    add(std::make_unique<JwtConfigCommand>(JwtConfigCommand::Mode::Sign));
    add(std::make_unique<JwtConfigCommand>(JwtConfigCommand::Mode::Check));
    add(std::make_unique<JwtWeakSecretCommand>());
}

JwtCommand::~JwtCommand() = default;

QString JwtCommand::summary() const
{
    return tr("Decode, verify and sign JSON Web Tokens (JWS).");
}

QString JwtCommand::note() const
{
    return tr("Algorithms: HS256/384/512, RS256/384/512, PS256/384/512, ES256/384/512 and EdDSA "
              "(Ed25519). A token with alg “none” is never valid.");
}

} // namespace PortalKeys::Cli
