#include "jwt/Verifier.h"

#include "jwt/Claims.h"
#include "jwt/JwsCrypto.h"
#include "jwt/JwtForm.h"

#include <QJsonArray>

#include <algorithm>

namespace PortalKeys::Jwt {

namespace {

QString joinedNames(const QList<Algorithm> &algorithms)
{
    QStringList names;
    for (const Algorithm algorithm : algorithms)
        names.append(algorithmName(algorithm));
    // --alg may repeat a name any number of times; there are only a dozen distinct ones.
    names.removeDuplicates();
    return names.join(QLatin1String(", "));
}

bool isNone(const QString &name)
{
    return name.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0;
}

// RFC 7515 §4.1.11: "crit" lists extensions the recipient must understand. PortalKeys understands none, so
// any well-formed "crit" still refuses the token; a malformed one is refused with its own reason.
QString critProblem(const QJsonObject &header)
{
    const auto crit = header.constFind(QLatin1String("crit"));
    if (crit == header.constEnd())
        return QString();
    const QJsonArray names = crit->toArray();
    if (!crit->isArray() || names.isEmpty())
        return Verifier::tr("The header's “crit” member must be a non-empty list of header member names.");
    static const char *const registered[] = {"alg", "jku", "jwk",  "kid", "x5u", "x5c", "x5t", "x5t#S256",
                                             "typ", "cty", "crit", "enc", "zip", "epk", "apu", "apv"};
    for (const QJsonValue &value : names) {
        if (!value.isString())
            return Verifier::tr("The header's “crit” member must list header member names (strings).");
        const QString name = value.toString();
        for (const char *standard : registered) {
            if (name == QLatin1String(standard))
                return Verifier::tr(
                           "The header's “crit” lists “%1”, a standard member that must not be listed "
                           "there (RFC 7515 §4.1.11).")
                    .arg(name);
        }
        if (!header.contains(name))
            return Verifier::tr("The header's “crit” lists “%1”, which the header does not have.")
                .arg(name.left(40));
    }
    return Verifier::tr(
               "The header marks “%1” as critical; PortalKeys does not understand that extension, so the "
               "token must be refused (RFC 7515 §4.1.11).")
        .arg(names.at(0).toString().left(40));
}

QString utcText(double secondsSinceEpoch, const QDateTime &now)
{
    // Beyond year 9999 QDateTime cannot help, and such a date is "never" for people anyway.
    if (secondsSinceEpoch > 253402300799.0 || secondsSinceEpoch < -62135596800.0)
        return QString::number(secondsSinceEpoch, 'g', 15);
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(qint64(secondsSinceEpoch * 1000.0), Qt::UTC);
    return Verifier::tr("%1 UTC (%2)")
        .arg(when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), Claims::relativeTime(when, now));
}

Warning warning(const char *code, Warning::Severity severity, const QString &message,
                const QString &explanation)
{
    return Warning{QString::fromLatin1(code), severity, message, explanation};
}

} // namespace

VerifyResult Verifier::verify(const Token &token, const Key &key, const VerifyOptions &options)
{
    VerifyResult result;
    const QList<Warning> form =
        JwtForm::problems(token, options.plainJws ? JwtForm::Kind::PlainJws : JwtForm::Kind::Jwt);
    result.formValid = form.isEmpty();
    for (const Warning &problem : form)
        result.errors.append(problem.message);
    if (options.collectWarnings) {
        result.warnings = tokenWarnings(token, options.now, options.leewaySeconds, options.plainJws);
        // Here they are errors: said once is enough.
        result.warnings.removeIf([&form](const Warning &warning) {
            return std::any_of(form.cbegin(), form.cend(),
                               [&warning](const Warning &problem) { return problem.code == warning.code; });
        });
    }

    const QString name = token.algorithmName();
    const std::optional<Algorithm> algorithm = algorithmFromName(name);
    if (isNone(name)) {
        result.errors.append(
            tr("The token is unsecured (alg “%1”): it has no signature, and PortalKeys never "
               "accepts such a token.")
                .arg(name));
    } else if (!algorithm) {
        QString suggestion;
        for (const Algorithm known : allAlgorithms()) {
            if (algorithmName(known).compare(name, Qt::CaseInsensitive) == 0)
                suggestion = algorithmName(known);
        }
        if (!suggestion.isEmpty())
            result.errors.append(tr("The token's algorithm “%1” is not a valid name: algorithm names are "
                                    "case-sensitive (did you mean %2?).")
                                     .arg(name, suggestion));
        else
            result.errors.append(tr("The token's algorithm “%1” is not supported (supported: %2).")
                                     .arg(name.left(40), joinedNames(allAlgorithms())));
    } else {
        if (options.collectWarnings)
            result.warnings += key.warningsFor(*algorithm);
        const QString crit = critProblem(token.header());
        if (key.isNull()) {
            result.errors.append(tr("There is no key to verify the signature with."));
        } else if (!key.allows(*algorithm)) {
            result.errors.append(
                tr("The token says %1, but this algorithm is not allowed for this key (%2, "
                   "usable with %3 only). The algorithm comes from the key, never from the token, "
                   "so the token is refused.")
                    .arg(name, key.description(), joinedNames(key.allowedAlgorithms())));
        } else if (!options.allowedAlgorithms.isEmpty() && !options.allowedAlgorithms.contains(*algorithm)) {
            result.errors.append(tr("The token says %1, which is not among the algorithms allowed here (%2).")
                                     .arg(name, joinedNames(options.allowedAlgorithms)));
        } else if (!crit.isEmpty()) {
            result.errors.append(crit);
        } else {
            const JwsCrypto::Verified verified =
                JwsCrypto::verify(*algorithm, key, token.signingInput(), token.signature());
            result.signatureValid = verified.ok;
            if (!verified.ok)
                result.errors.append(verified.error);
        }
    }

    if (options.checkTime && !options.plainJws && token.payloadKind() == Token::PayloadKind::JsonObject) {
        const TimeCheck time = Claims::checkTimes(token.payloadObject(), options.now, options.leewaySeconds);
        result.timeValid = time.ok;
        if (!time.ok)
            result.errors.append(time.error);
    }
    return result;
}

void Verifier::refuseWeakKey(VerifyResult &result)
{
    for (const Warning &warning : std::as_const(result.warnings)) {
        if (warning.concernsKey()) {
            result.signatureValid = false;
            result.errors.append(tr("Refused as a weak key (strict check): %1").arg(warning.message));
        }
    }
}

QList<Warning> Verifier::tokenWarnings(const Token &token, const QDateTime &now, qint64 leewaySeconds,
                                       bool plainJws)
{
    QList<Warning> warnings;
    const QJsonObject header = token.header();
    if (isNone(token.algorithmName())) {
        warnings.append(
            warning("alg-none", Warning::Severity::Critical,
                    tr("The token is unsecured: its algorithm is “%1”.").arg(token.algorithmName()),
                    tr("An unsecured token has no signature, so anyone can write one with any content. "
                       "PortalKeys never accepts it; a server that does lets anyone act as anyone.")));
    }
    struct Injection {
        const char *member;
        const char *code;
    };
    static const Injection injections[] = {
        {"jku", "header-jku"}, {"x5u", "header-x5u"}, {"jwk", "header-jwk"}, {"x5c", "header-x5c"}};
    for (const Injection &injection : injections) {
        if (!header.contains(QLatin1String(injection.member)))
            continue;
        const QString member = QLatin1String(injection.member);
        const bool url = member == QLatin1String("jku") || member == QLatin1String("x5u");
        warnings.append(warning(injection.code, Warning::Severity::Warning,
                                url ? tr("The header names a URL to fetch the key from (“%1”).").arg(member)
                                    : tr("The header carries its own key (“%1”).").arg(member),
                                tr("A verifier that trusts a key named or embedded in the token lets an "
                                   "attacker sign tokens with their "
                                   "own key. PortalKeys ignores “%1” and verifies only with the key you "
                                   "give; make sure your server "
                                   "does the same, or checks the key against a fixed list.")
                                    .arg(member)));
    }

    warnings += JwtForm::problems(token, plainJws ? JwtForm::Kind::PlainJws : JwtForm::Kind::Jwt);
    // A plain JWS has no claims to speak of; a payload that is no object has none either.
    if (plainJws || token.payloadKind() != Token::PayloadKind::JsonObject)
        return warnings;
    warnings += timeWarnings(token.payloadObject(), now, leewaySeconds);
    return warnings;
}

QList<Warning> Verifier::timeWarnings(const QJsonObject &claims, const QDateTime &now, qint64 leewaySeconds)
{
    QList<Warning> warnings;
    const double nowMs = double(now.toMSecsSinceEpoch());
    const double leewayMs = double(qMax<qint64>(leewaySeconds, 0)) * 1000.0;
    const QJsonValue exp = claims.value(QLatin1String("exp"));
    const QJsonValue nbf = claims.value(QLatin1String("nbf"));
    if (exp.isUndefined()) {
        warnings.append(
            warning("no-exp", Warning::Severity::Info, tr("The token has no expiry time (“exp”)."),
                    tr("Without “exp” a leaked token stays usable for ever, unless the server keeps "
                       "track of it. Tokens should be short-lived.")));
    } else if (exp.isDouble() && Claims::isExpired(exp.toDouble(), nowMs, leewayMs)) {
        warnings.append(
            warning("expired", Warning::Severity::Warning,
                    tr("The token expired at %1.").arg(utcText(exp.toDouble(), now)),
                    tr("Servers refuse expired tokens: request a new one. If the clocks of the issuer "
                       "and the server differ a little, a leeway of a minute or so allows for it.")));
    }
    if (nbf.isDouble() && Claims::isNotYetValid(nbf.toDouble(), nowMs, leewayMs)) {
        warnings.append(
            warning("not-yet-valid", Warning::Severity::Warning,
                    tr("The token is not valid before %1.").arg(utcText(nbf.toDouble(), now)),
                    tr("Servers refuse a token before its “nbf” time. If it was just issued, the "
                       "issuer's clock is probably ahead: check the clocks, or allow a small leeway.")));
    }
    return warnings;
}

} // namespace PortalKeys::Jwt
