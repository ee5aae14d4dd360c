#include "commands/jwt/BatchVerdictFormat.h"

#include <QCborValue>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <charconv>

namespace PortalKeys::Cli {

namespace {

void appendNumber(QByteArray &out, qint64 value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(digits, end - digits);
}

// An algorithm name that JSON writes as it is: letters and digits ("HS256").
bool isPlainName(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        if (c.unicode() > 0x7F || !c.isLetterOrNumber())
            return false;
    }
    return true;
}

} // namespace

BatchVerdictFormat::BatchVerdictFormat(bool json)
    : m_json(json)
{
    const QByteArray sentence = tr("%1: valid (%2)").toUtf8();
    const qsizetype first = sentence.indexOf("%1");
    const qsizetype second = sentence.indexOf("%2");
    // Another marker or a repeated one: QString::arg knows the rules, so it writes every line.
    m_quickText = first >= 0 && second >= 0 && sentence.count('%') == 2;
    if (!m_quickText)
        return;
    m_lineFirst = first < second;
    const qsizetype a = qMin(first, second);
    const qsizetype b = qMax(first, second);
    m_pieces[0] = sentence.left(a);
    m_pieces[1] = sentence.mid(a + 2, b - a - 2);
    m_pieces[2] = sentence.mid(b + 2);
}

QString BatchVerdictFormat::verdictText(const Jwt::BatchVerdict &verdict)
{
    if (verdict.valid())
        return tr("%1: valid (%2)").arg(verdict.line).arg(verdict.algorithm);
    return tr("%1: invalid: %2").arg(verdict.line).arg(verdict.result.errors.join(QLatin1Char(' ')));
}

QByteArray BatchVerdictFormat::verdictJson(const Jwt::BatchVerdict &verdict)
{
    // Code, severity and message only: the explanations would repeat on every line.
    QJsonArray warnings;
    for (const Jwt::Warning &warning : verdict.result.warnings)
        warnings.append(QJsonObject{{QStringLiteral("code"), warning.code},
                                    {QStringLiteral("severity"), Jwt::severityName(warning.severity)},
                                    {QStringLiteral("message"), warning.message}});
    const QJsonObject json{
        {QStringLiteral("line"), verdict.line},
        {QStringLiteral("valid"), verdict.valid()},
        {QStringLiteral("alg"), verdict.algorithm.isEmpty() ? QJsonValue() : QJsonValue(verdict.algorithm)},
        {QStringLiteral("errors"), QJsonArray::fromStringList(verdict.result.errors)},
        {QStringLiteral("warnings"), warnings},
        {QStringLiteral("exp"), verdict.exp.isUndefined() ? QJsonValue() : verdict.exp}};
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

void BatchVerdictFormat::appendName(const QString &name, QByteArray &out)
{
    for (const QChar c : name)
        out.append(char(c.unicode()));
}

// "%1" and "%2" filled in as QString::arg would, for the sentence of a valid token.
bool BatchVerdictFormat::appendQuickText(const Jwt::BatchVerdict &verdict, QByteArray &out) const
{
    if (!m_quickText || !verdict.valid() || !isPlainName(verdict.algorithm))
        return false;
    out.append(m_pieces[0]);
    if (m_lineFirst)
        appendNumber(out, verdict.line);
    else
        appendName(verdict.algorithm, out);
    out.append(m_pieces[1]);
    if (m_lineFirst)
        appendName(verdict.algorithm, out);
    else
        appendNumber(out, verdict.line);
    out.append(m_pieces[2]);
    return true;
}

// The object QJsonDocument writes (members sorted by name) for a valid verdict without warnings.
bool BatchVerdictFormat::appendQuickJson(const Jwt::BatchVerdict &verdict, QByteArray &out)
{
    if (!verdict.valid() || !verdict.result.errors.isEmpty() || !verdict.result.warnings.isEmpty() ||
        !isPlainName(verdict.algorithm))
        return false;
    const bool hasExp = !verdict.exp.isUndefined();
    if (hasExp && !QCborValue::fromJsonValue(verdict.exp).isInteger())
        return false; // a fraction or a huge number: QJsonDocument's own spelling
    out.append("{\"alg\":\"");
    appendName(verdict.algorithm, out);
    out.append("\",\"errors\":[],\"exp\":");
    if (hasExp)
        appendNumber(out, verdict.exp.toInteger());
    else
        out.append("null");
    out.append(",\"line\":");
    appendNumber(out, verdict.line);
    out.append(",\"valid\":true,\"warnings\":[]}");
    return true;
}

void BatchVerdictFormat::append(const Jwt::BatchVerdict &verdict, QByteArray &out) const
{
    if (m_json) {
        if (!appendQuickJson(verdict, out))
            out.append(verdictJson(verdict));
    } else if (!appendQuickText(verdict, out)) {
        out.append(verdictText(verdict).toUtf8());
    }
    out.append('\n');
}

} // namespace PortalKeys::Cli
