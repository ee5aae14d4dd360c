#include "jwt/BatchFastPath.h"

#include "jwt/Base64Url.h"
#include "jwt/BatchVerifier.h"
#include "jwt/Claims.h"
#include "jwt/FlatJson.h"
#include "jwt/JwsCrypto.h"

#include <QJsonObject>

#include <openssl/crypto.h>

#include <atomic>

namespace PortalKeys::Jwt {

namespace {

// Buffers reused by each thread for every line: decoding costs no allocation.
struct Scratch {
    QByteArray header;
    QByteArray payload;
    QByteArray signature;
    // The header segment seen last and what it meant: a batch mostly repeats one header.
    QByteArray lastHeaderSegment;
    quint64 lastOwner = 0;
    size_t lastEntry = 0; // an index: copies of a BatchFastPath share its id and its entries
};

Scratch &scratch()
{
    thread_local Scratch buffers;
    return buffers;
}

std::atomic<quint64> nextId{1};

qint64 integerValue(QByteArrayView digits)
{
    qint64 value = 0;
    for (const char c : digits)
        value = value * 10 + (c - '0');
    return value;
}

} // namespace

BatchFastPath::BatchFastPath(const Key &key, const VerifyOptions &options, const QList<Warning> &keyWarnings,
                             bool strict)
    : m_now(options.now)
    , m_leewaySeconds(options.leewaySeconds)
    , m_nowMs(double(options.now.toMSecsSinceEpoch()))
    , m_leewayMs(double(qMax<qint64>(options.leewaySeconds, 0)) * 1000.0)
    , m_checkTime(options.checkTime)
    , m_collectWarnings(options.collectWarnings)
    , m_id(nextId++)
{
    const bool hmacKey = !key.isNull() && key.family() == KeyFamily::Hmac;
    if (hmacKey)
        m_secret = key.secretBytes();
    const Algorithm algorithms[] = {Algorithm::HS256, Algorithm::HS384, Algorithm::HS512};
    // Verdicts name their algorithm with a QString over static text: copying it on two threads at once
    // then touches no shared reference count.
    static const char16_t names[3][6] = {u"HS256", u"HS384", u"HS512"};
    for (size_t i = 0; i < m_entries.size(); ++i) {
        Entry &entry = m_entries[i];
        entry.algorithm = algorithms[i];
        entry.displayName = QString::fromRawData(reinterpret_cast<const QChar *>(names[i]), 5);
        Q_ASSERT(entry.displayName == algorithmName(entry.algorithm));
        entry.name = entry.displayName.toLatin1();
        if (options.collectWarnings && hmacKey)
            entry.warnings = key.warningsFor(entry.algorithm);
        entry.warnings += keyWarnings;
        const bool weakAndStrict =
            strict && std::any_of(entry.warnings.cbegin(), entry.warnings.cend(),
                                  [](const Warning &warning) { return warning.concernsKey(); });
        entry.usable =
            hmacKey && !options.plainJws && key.allows(entry.algorithm) &&
            (options.allowedAlgorithms.isEmpty() || options.allowedAlgorithms.contains(entry.algorithm)) &&
            !weakAndStrict;
    }
}

// The header's entry when it is {"alg": "HS…"} with at most a "typ" string beside it (no kid, crit, jku and
// the like, which have rules of their own), usable with this key; null otherwise.
const BatchFastPath::Entry *BatchFastPath::headerEntry(QByteArrayView segment) const
{
    Scratch &buffers = scratch();
    if (buffers.lastOwner == m_id && segment == QByteArrayView(buffers.lastHeaderSegment))
        return &m_entries[buffers.lastEntry];
    if (!Base64Url::decodeInto(segment, buffers.header))
        return nullptr;
    FlatJson::Member members[FlatJson::maxMembers];
    const int count = FlatJson::read(buffers.header, members);
    if (count < 1 || count > 2 || FlatJson::hasDuplicateName(members, count))
        return nullptr;
    const Entry *found = nullptr;
    for (int i = 0; i < count; ++i) {
        if (members[i].kind != FlatJson::Kind::String)
            return nullptr;
        if (members[i].name == QByteArrayView("alg")) {
            for (const Entry &entry : m_entries) {
                if (members[i].value == QByteArrayView(entry.name))
                    found = &entry;
            }
        } else if (members[i].name != QByteArrayView("typ")) {
            return nullptr;
        }
    }
    if (!found || !found->usable)
        return nullptr;
    buffers.lastHeaderSegment = segment.toByteArray();
    buffers.lastOwner = m_id;
    buffers.lastEntry = size_t(found - m_entries.data());
    return found;
}

// Claims JwtForm has nothing to say about (times that are whole numbers, no duplicate names); their times.
bool BatchFastPath::readClaims(QByteArrayView payload, Times &times) const
{
    Scratch &buffers = scratch();
    if (!Base64Url::decodeInto(payload, buffers.payload))
        return false;
    FlatJson::Member members[FlatJson::maxMembers];
    const int count = FlatJson::read(buffers.payload, members);
    if (count < 0 || FlatJson::hasDuplicateName(members, count))
        return false;
    for (int i = 0; i < count; ++i) {
        const FlatJson::Member &member = members[i];
        const bool isExp = member.name == QByteArrayView("exp");
        const bool isNbf = member.name == QByteArrayView("nbf");
        if (!isExp && !isNbf && member.name != QByteArrayView("iat"))
            continue;
        if (member.kind != FlatJson::Kind::Integer)
            return false; // JwtForm's time-not-number, or a fraction the full path compares exactly
        if (isExp) {
            times.hasExp = true;
            times.exp = integerValue(member.value);
        } else if (isNbf) {
            times.hasNbf = true;
            times.nbf = integerValue(member.value);
        }
    }
    return true;
}

// The verdict's time part. A current token with "exp" needs no sentence; any other is worded by the same
// functions as in the full path, given the two claims they read.
void BatchFastPath::judgeTimes(const Times &times, BatchVerdict &verdict) const
{
    verdict.exp = times.hasExp ? QJsonValue(times.exp) : QJsonValue(QJsonValue::Undefined);
    const bool expired = times.hasExp && Claims::isExpired(double(times.exp), m_nowMs, m_leewayMs);
    const bool early = times.hasNbf && Claims::isNotYetValid(double(times.nbf), m_nowMs, m_leewayMs);
    if (times.hasExp && !expired && !early)
        return;
    QJsonObject claims;
    if (times.hasExp)
        claims.insert(QLatin1String("exp"), times.exp);
    if (times.hasNbf)
        claims.insert(QLatin1String("nbf"), times.nbf);
    if (m_collectWarnings)
        verdict.result.warnings = Verifier::timeWarnings(claims, m_now, m_leewaySeconds);
    if (m_checkTime && (expired || early)) {
        const TimeCheck check = Claims::checkTimes(claims, m_now, m_leewaySeconds);
        verdict.result.timeValid = check.ok;
        if (!check.ok)
            verdict.result.errors.append(check.error);
    }
}

bool BatchFastPath::verify(QByteArrayView line, BatchVerdict &verdict) const
{
    const qsizetype firstDot = line.indexOf('.');
    const qsizetype secondDot = firstDot < 0 ? -1 : line.indexOf('.', firstDot + 1);
    if (firstDot <= 0 || secondDot <= firstDot + 1 || line.indexOf('.', secondDot + 1) >= 0)
        return false;
    const Entry *entry = headerEntry(line.first(firstDot));
    if (!entry)
        return false;
    Times times;
    if (!readClaims(line.sliced(firstDot + 1, secondDot - firstDot - 1), times))
        return false;
    Scratch &buffers = scratch();
    if (!Base64Url::decodeInto(line.sliced(secondDot + 1), buffers.signature))
        return false;
    // The signing input is the line up to the second dot, read where it lies.
    const QByteArray signingInput = QByteArray::fromRawData(line.data(), secondDot);
    const std::optional<QByteArray> expected = JwsCrypto::hmac(entry->algorithm, m_secret, signingInput);
    if (!expected || expected->size() != buffers.signature.size() ||
        CRYPTO_memcmp(expected->constData(), buffers.signature.constData(), size_t(expected->size())) != 0)
        return false; // the full path says why
    BatchVerdict decided;
    decided.algorithm = entry->displayName;
    decided.result.signatureValid = true;
    judgeTimes(times, decided);
    decided.result.warnings += entry->warnings;
    verdict = std::move(decided);
    return true;
}

} // namespace PortalKeys::Jwt
