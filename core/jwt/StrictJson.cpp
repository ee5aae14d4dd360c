#include "jwt/StrictJson.h"

#include "jwt/Token.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <cstring>

namespace PortalKeys::Jwt {

namespace {

// Deep enough for any real token, shallow enough that recursion cannot exhaust the stack (QJsonDocument
// itself stops at 1024).
constexpr int maxDepth = 512;

// Checks the grammar and collects member names; values are built afterwards by QJsonDocument.
class Scanner {
public:
    explicit Scanner(const QByteArray &text)
        : m_text(text)
    {}

    StrictJson::Result run()
    {
        skipSpace();
        if (!value(0))
            return m_result;
        skipSpace();
        if (m_pos != m_text.size())
            return fail(
                StrictJson::tr("there is more text after the JSON value (at byte %1)").arg(m_pos + 1));
        return m_result;
    }

private:
    const QByteArray &m_text;
    qsizetype m_pos = 0;
    StrictJson::Result m_result;

    StrictJson::Result fail(const QString &error, StrictJson::Problem problem = StrictJson::Problem::Syntax)
    {
        if (m_result.problem == StrictJson::Problem::None) {
            m_result.error = error;
            m_result.problem = problem;
        }
        return m_result;
    }
    bool failed(const QString &error)
    {
        fail(error);
        return false;
    }
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_pos); }

    void skipSpace()
    {
        while (!atEnd()) {
            const char c = m_text.at(m_pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++m_pos;
        }
    }

    bool unexpected()
    {
        if (atEnd())
            return failed(StrictJson::tr("the JSON text ends too early"));
        return failed(StrictJson::tr("unexpected character at byte %1").arg(m_pos + 1));
    }

    bool value(int depth)
    {
        if (depth > maxDepth)
            return failed(StrictJson::tr("it is nested more than %1 levels deep").arg(maxDepth));
        switch (peek()) {
        case '{':
            return object(depth + 1);
        case '[':
            return array(depth + 1);
        case '"':
            return string(nullptr);
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number();
        }
    }

    bool literal(const char *word)
    {
        const QByteArray expected(word);
        if (m_text.mid(m_pos, expected.size()) != expected)
            return unexpected();
        m_pos += expected.size();
        return true;
    }

    bool digits()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && peek() >= '0' && peek() <= '9')
            ++m_pos;
        return m_pos > start;
    }

    bool number()
    {
        const qsizetype start = m_pos;
        if (peek() == '-')
            ++m_pos;
        if (peek() == '0') {
            ++m_pos;
        } else if (!digits()) {
            m_pos = start;
            return unexpected();
        }
        if (peek() == '.') {
            ++m_pos;
            if (!digits())
                return unexpected();
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_pos;
            if (peek() == '+' || peek() == '-')
                ++m_pos;
            if (!digits())
                return unexpected();
        }
        return true;
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    // Decodes into `out` when given, so that "a" and "\u0061" are recognised as the same member name.
    bool string(QString *out)
    {
        ++m_pos; // opening quote
        qsizetype runStart = m_pos;
        auto flushRun = [&] {
            if (out)
                *out += QString::fromUtf8(m_text.constData() + runStart, m_pos - runStart);
        };
        while (true) {
            if (atEnd())
                return failed(StrictJson::tr("a string is not closed"));
            const auto c = static_cast<unsigned char>(m_text.at(m_pos));
            if (c == '"') {
                flushRun();
                ++m_pos;
                return true;
            }
            if (c < 0x20)
                return failed(
                    StrictJson::tr("a string contains a raw control character (at byte %1)").arg(m_pos + 1));
            if (c != '\\') {
                ++m_pos;
                continue;
            }
            flushRun();
            ++m_pos;
            const char e = peek();
            static const char simple[] = "\"\\/bfnrt";
            static const char16_t decoded[] = u"\"\\/\b\f\n\r\t";
            if (const char *hit = (e != '\0') ? std::strchr(simple, e) : nullptr) {
                if (out)
                    *out += QChar(decoded[hit - simple]);
                ++m_pos;
            } else if (e == 'u') {
                ++m_pos;
                int unit = 0;
                for (int i = 0; i < 4; ++i) {
                    const int h = hexValue(peek());
                    if (h < 0)
                        return failed(
                            StrictJson::tr("a “\\u” escape is not followed by four hex digits (at byte %1)")
                                .arg(m_pos + 1));
                    unit = unit * 16 + h;
                    ++m_pos;
                }
                if (out)
                    *out += QChar(char16_t(unit));
            } else {
                return failed(
                    StrictJson::tr("invalid escape sequence in a string (at byte %1)").arg(m_pos + 1));
            }
            runStart = m_pos;
        }
    }

    bool object(int depth)
    {
        ++m_pos; // {
        QSet<QString> names;
        skipSpace();
        if (peek() == '}') {
            ++m_pos;
            return true;
        }
        while (true) {
            skipSpace();
            if (peek() != '"')
                return unexpected();
            QString name;
            if (!string(&name))
                return false;
            if (names.contains(name)) {
                QString shown = name.left(60);
                if (shown.size() < name.size())
                    shown += QChar(0x2026);
                fail(StrictJson::tr("the member “%1” appears twice in one object").arg(shown),
                     StrictJson::Problem::DuplicateMember);
                return false;
            }
            names.insert(name);
            skipSpace();
            if (peek() != ':')
                return unexpected();
            ++m_pos;
            skipSpace();
            if (!value(depth))
                return false;
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == '}') {
                ++m_pos;
                return true;
            }
            return unexpected();
        }
    }

    bool array(int depth)
    {
        ++m_pos; // [
        skipSpace();
        if (peek() == ']') {
            ++m_pos;
            return true;
        }
        while (true) {
            skipSpace();
            if (!value(depth))
                return false;
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == ']') {
                ++m_pos;
                return true;
            }
            return unexpected();
        }
    }
};

} // namespace

StrictJson::Result StrictJson::parse(const QByteArray &utf8)
{
    Result result = Scanner(utf8).run();
    if (result.problem != Problem::None)
        return result;
    // Wrapped in an array because QJsonDocument only takes objects and arrays at the top level.
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray("[").append(utf8).append(']'), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray() || document.array().size() != 1) {
        result.error = tr("it is not valid JSON (%1)").arg(error.errorString());
        result.problem = Problem::Syntax;
        return result;
    }
    result.value = document.array().at(0);
    return result;
}

StrictJsonResult parseJsonStrict(const QByteArray &utf8)
{
    StrictJson::Result parsed = StrictJson::parse(utf8);
    return StrictJsonResult{std::move(parsed.value), std::move(parsed.error)};
}

} // namespace PortalKeys::Jwt
