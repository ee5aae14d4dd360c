// Token parsing and everything a pasted token reaches before a key is involved: the strict JSON reader, the
// JWT form rules, the warnings, the display text, and verification with an HMAC secret. The batch's fast
// path is compared with the full verifier on the input signed here, and FlatJson with StrictJson: any
// difference aborts.
#include "FuzzSupport.h"

#include "jwt/Base64Url.h"
#include "jwt/BatchVerifier.h"
#include "jwt/FlatJson.h"
#include "jwt/JwsCrypto.h"
#include "jwt/JwtForm.h"
#include "jwt/Key.h"
#include "jwt/StrictJson.h"
#include "jwt/Token.h"
#include "jwt/Verifier.h"

#include <QDateTime>

#include <cstdlib>
#include <utility>

using namespace PortalKeys;

namespace {

bool sameVerdict(const Jwt::BatchVerdict &a, const Jwt::BatchVerdict &b)
{
    if (a.result.warnings.size() != b.result.warnings.size())
        return false;
    for (qsizetype i = 0; i < a.result.warnings.size(); ++i) {
        if (a.result.warnings.at(i).code != b.result.warnings.at(i).code)
            return false;
    }
    return a.algorithm == b.algorithm && a.valid() == b.valid() && a.result.errors == b.result.errors &&
           a.result.signatureValid == b.result.signatureValid && a.result.timeValid == b.result.timeValid &&
           a.result.formValid == b.result.formValid && a.exp == b.exp;
}

// The input's "header.payload" (or the input's two halves encoded as such), signed with the secret, so that
// the fast path reaches the claims.
void compareBatchPaths(const QByteArray &input, const Jwt::Key &secret)
{
    static const auto verifiers = [&secret] {
        Jwt::BatchVerifier::Options options;
        options.verify.now = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
        Jwt::BatchVerifier::Options full = options;
        full.fastPath = false;
        return std::make_pair(Jwt::BatchVerifier(secret, options), Jwt::BatchVerifier(secret, full));
    }();
    // A seed token keeps its header and payload and gets a new signature.
    const qsizetype firstDot = input.indexOf('.');
    const qsizetype secondDot = firstDot < 0 ? -1 : input.indexOf('.', firstDot + 1);
    QByteArray signingInput = secondDot >= 0 ? input.left(secondDot) : input;
    if (firstDot < 0)
        signingInput = Jwt::Base64Url::encode(input.left(input.size() / 2)) + '.' +
                       Jwt::Base64Url::encode(input.mid(input.size() / 2));
    const QByteArray line =
        signingInput + '.' +
        Jwt::Base64Url::encode(Jwt::JwsCrypto::hmac(Jwt::Algorithm::HS256, secret.secretBytes(), signingInput)
                                   .value_or(QByteArray()));
    if (!sameVerdict(verifiers.first.verifyLine(1, line), verifiers.second.verifyLine(1, line)))
        abort();
}

void compareJsonReaders(const QByteArray &input)
{
    Jwt::FlatJson::Member members[Jwt::FlatJson::maxMembers];
    const int count = Jwt::FlatJson::read(input, members);
    if (count < 0)
        return;
    const Jwt::StrictJson::Result strict = Jwt::StrictJson::parse(input);
    const bool duplicate = Jwt::FlatJson::hasDuplicateName(members, count);
    if (duplicate != (strict.problem == Jwt::StrictJson::Problem::DuplicateMember))
        abort();
    if (!duplicate &&
        (!strict.value || !strict.value->isObject() || strict.value->toObject().size() != count))
        abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    Jwt::StrictJson::parse(input);
    compareJsonReaders(input);

    static const Jwt::Key secret = *Jwt::Key::fromSecret("a fuzzing secret of thirty-two by").key;
    if (size <= 4096)
        compareBatchPaths(input, secret);

    const auto parsed = Jwt::Token::parse(QString::fromUtf8(input));
    if (!parsed.ok())
        return 0;
    const Jwt::Token &token = *parsed.token;
    token.payloadDisplayText();
    token.keyId();
    Jwt::JwtForm::problems(token);
    Jwt::JwtForm::problems(token, Jwt::JwtForm::Kind::PlainJws);

    Jwt::VerifyOptions options;
    options.leewaySeconds = 60;
    Jwt::Verifier::verify(token, secret, options);
    options.plainJws = true;
    options.checkTime = false;
    Jwt::Verifier::verify(token, secret, options);
    return 0;
}
