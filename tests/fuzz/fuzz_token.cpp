// Token parsing and everything a pasted token reaches before a key is involved: the strict JSON reader, the
// JWT form rules, the warnings, the display text, and verification with an HMAC secret.
#include "FuzzSupport.h"

#include "jwt/JwtForm.h"
#include "jwt/Key.h"
#include "jwt/StrictJson.h"
#include "jwt/Token.h"
#include "jwt/Verifier.h"

using namespace PortalKeys;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    Jwt::StrictJson::parse(input);

    const auto parsed = Jwt::Token::parse(QString::fromUtf8(input));
    if (!parsed.ok())
        return 0;
    const Jwt::Token &token = *parsed.token;
    token.payloadDisplayText();
    token.keyId();
    Jwt::JwtForm::problems(token);
    Jwt::JwtForm::problems(token, Jwt::JwtForm::Kind::PlainJws);

    static const Jwt::Key secret = *Jwt::Key::fromSecret("a fuzzing secret of thirty-two by").key;
    Jwt::VerifyOptions options;
    options.leewaySeconds = 60;
    Jwt::Verifier::verify(token, secret, options);
    options.plainJws = true;
    options.checkTime = false;
    Jwt::Verifier::verify(token, secret, options);
    return 0;
}
