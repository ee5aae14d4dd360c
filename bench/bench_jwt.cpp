// Timing of the JWT hot paths:
//  1. HS256 verification of a typical Document Server config token through Verifier::verify, as a ratio to a
//     bare OpenSSL HMAC loop over the same signing input (goal: at least 0.8, i.e. the engine costs little
//     beyond the HMAC itself);
//  2. WeakSecrets::search over 100,000 candidates that all miss (goal: under 0.5 s on one core).
// Prints the figures; exits 0 whatever they are.
#include "jwt/DocumentServer.h"
#include "jwt/Key.h"
#include "jwt/Token.h"
#include "jwt/Verifier.h"
#include "jwt/WeakSecrets.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <algorithm>
#include <functional>

using namespace PortalKeys::Jwt;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Best of a few runs: the least disturbed one is closest to what the code costs.
double bestSeconds(int runs, const std::function<void()> &body)
{
    double best = 1e30;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        body();
        best = std::min(best, double(timer.nsecsElapsed()) / 1e9);
    }
    return best;
}

int benchVerify()
{
    const QByteArray secret = "bench-secret-of-thirty-two-bytes!";
    const Key key = *Key::fromSecret(secret).key;
    const DocumentServer::SignedConfig signedConfig =
        DocumentServer::signConfig(DocumentServer::templatePayload(DocumentServer::Template::OpenFile), key);
    if (!signedConfig.error.isEmpty()) {
        out() << "cannot sign the config: " << signedConfig.error << Qt::endl;
        return 1;
    }
    const Token token = *Token::parse(signedConfig.token).token;
    VerifyOptions options;
    options.allowedAlgorithms = {Algorithm::HS256};
    options.checkTime = true; // as the inspector does it
    const int iterations = 200000;

    int valid = 0;
    const double withWarnings = bestSeconds(3, [&] {
        for (int i = 0; i < iterations; ++i)
            valid += Verifier::verify(token, key, options).valid() ? 1 : 0;
    });
    VerifyOptions quiet = options;
    quiet.collectWarnings = false;
    int quietValid = 0;
    const double engine = bestSeconds(3, [&] {
        for (int i = 0; i < iterations; ++i)
            quietValid += Verifier::verify(token, key, quiet).valid() ? 1 : 0;
    });

    // The baseline: the least a verifier must do, one HMAC with a fresh key and a constant-time compare.
    const QByteArray input = token.signingInput();
    const QByteArray signature = token.signature();
    EVP_MAC *mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    EVP_MAC_CTX *ctx = EVP_MAC_CTX_new(mac);
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                                 OSSL_PARAM_construct_end()};
    EVP_MAC_CTX_set_params(ctx, params);
    int bareValid = 0;
    const double bare = bestSeconds(3, [&] {
        unsigned char result[EVP_MAX_MD_SIZE];
        for (int i = 0; i < iterations; ++i) {
            size_t size = 0;
            EVP_MAC_init(ctx, reinterpret_cast<const unsigned char *>(secret.constData()),
                         size_t(secret.size()), nullptr);
            EVP_MAC_update(ctx, reinterpret_cast<const unsigned char *>(input.constData()),
                           size_t(input.size()));
            EVP_MAC_final(ctx, result, &size, sizeof result);
            bareValid +=
                size == size_t(signature.size()) && CRYPTO_memcmp(result, signature.constData(), size) == 0
                    ? 1
                    : 0;
        }
    });
    EVP_MAC_CTX_free(ctx);
    EVP_MAC_free(mac);

    out() << "1. HS256 verify of a Document Server config token (" << input.size() << " bytes signed), "
          << iterations << " times" << Qt::endl;
    out() << "   Verifier::verify with warnings:    "
          << QString::number(withWarnings * 1e9 / iterations, 'f', 0) << " ns each"
          << (valid == 3 * iterations ? "" : "  (SOME FAILED!)") << Qt::endl;
    out() << "   Verifier::verify without warnings: " << QString::number(engine * 1e9 / iterations, 'f', 0)
          << " ns each" << (quietValid == 3 * iterations ? "" : "  (SOME FAILED!)") << Qt::endl;
    out() << "   bare OpenSSL HMAC:   " << QString::number(bare * 1e9 / iterations, 'f', 0) << " ns each"
          << (bareValid == 3 * iterations ? "" : "  (SOME FAILED!)") << Qt::endl;
    out() << "   ratio bare/engine:   " << QString::number(bare / engine, 'f', 2) << " without warnings, "
          << QString::number(bare / withWarnings, 'f', 2) << " with (goal >= 0.80)" << Qt::endl;
    return 0;
}

int benchSearch()
{
    const int count = 100000;
    QList<QByteArray> candidates;
    candidates.reserve(count);
    for (int i = 0; i < count; ++i)
        candidates << "candidate-" + QByteArray::number(i);
    const Key key = *Key::fromSecret("not-one-of-the-candidates").key;
    const DocumentServer::SignedConfig signedConfig =
        DocumentServer::signConfig(DocumentServer::templatePayload(DocumentServer::Template::OpenFile), key);
    const Token token = *Token::parse(signedConfig.token).token;

    WeakSecrets::SearchResult result;
    const double seconds = bestSeconds(3, [&] { result = WeakSecrets::search(token, candidates); });
    out() << "2. WeakSecrets::search, HS256, " << count << " candidates, none matching" << Qt::endl;
    out() << "   tried " << result.tried << (result.secret ? " (unexpected hit!)" : "") << " in "
          << QString::number(seconds, 'f', 3) << " s  (goal < 0.500 s), "
          << QString::number(seconds * 1e9 / count, 'f', 0) << " ns per candidate" << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return benchVerify() + benchSearch();
}
