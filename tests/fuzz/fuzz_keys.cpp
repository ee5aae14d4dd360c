// Key files as a user drops them on the JWT page or passes them to `jwt verify --key-file`: PEM (public,
// private, certificate) and JWK / JWK Set. A key that loads is then used: it verifies a token of every
// algorithm it may meet and signs one, so that hostile key parameters reach OpenSSL's verify and sign code.
#include "FuzzSupport.h"

#include "jwt/Algorithm.h"
#include "jwt/Key.h"
#include "jwt/Signer.h"
#include "jwt/Token.h"
#include "jwt/Verifier.h"

#include <QList>

using namespace PortalKeys;

namespace {

// One token for each algorithm, with a signature of the right length that no key made.
QList<Jwt::Token> tokensOfEveryAlgorithm()
{
    QList<Jwt::Token> tokens;
    const QString payload = Jwt::encodeBase64Url(QByteArrayLiteral("{\"sub\":\"fuzz\"}"));
    for (const Jwt::Algorithm algorithm : Jwt::allAlgorithms()) {
        const QString name = Jwt::algorithmName(algorithm);
        const QByteArray header = "{\"alg\":\"" + name.toUtf8() + "\",\"kid\":\"k1\"}";
        int signatureBytes = 256;
        if (name.startsWith(QLatin1String("HS")))
            signatureBytes = name.mid(2).toInt() / 8;
        else if (name == QLatin1String("ES256") || name == QLatin1String("EdDSA"))
            signatureBytes = 64;
        else if (name == QLatin1String("ES384"))
            signatureBytes = 96;
        else if (name == QLatin1String("ES512"))
            signatureBytes = 132;
        const QString compact = Jwt::encodeBase64Url(header) + QLatin1Char('.') + payload + QLatin1Char('.') +
                                Jwt::encodeBase64Url(QByteArray(signatureBytes, '\x5a'));
        const auto parsed = Jwt::Token::parse(compact);
        if (parsed.ok())
            tokens.append(*parsed.token);
    }
    return tokens;
}

void useKey(const Jwt::Key &key)
{
    static const QList<Jwt::Token> tokens = tokensOfEveryAlgorithm();
    Jwt::VerifyOptions options;
    options.checkTime = false;
    for (const Jwt::Token &token : tokens)
        Jwt::Verifier::verify(token, key, options);
    for (const Jwt::Algorithm algorithm : Jwt::allAlgorithms())
        Jwt::Signer::sign(QByteArrayLiteral("{\"sub\":\"fuzz\"}"), algorithm, key);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Fuzz::Selected input = Fuzz::select(data, size);
    Jwt::Key::LoadResult loaded;
    switch (input.selector % 4) {
    case 0:
        loaded = Jwt::Key::fromKeyFile(input.rest);
        break;
    case 1:
        loaded = Jwt::Key::fromKeyFile(input.rest, QStringLiteral("k1"));
        break;
    case 2:
        loaded = Jwt::Key::fromPem(input.rest);
        break;
    default:
        loaded =
            Jwt::Key::fromSecret(input.rest, static_cast<Jwt::Key::SecretEncoding>(input.selector / 4 % 4));
        break;
    }
    if (loaded.ok())
        useKey(*loaded.key);
    return 0;
}
