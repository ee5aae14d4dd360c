#include "jwt/FlatJson.h"

namespace PortalKeys::Jwt {

namespace {

class Reader {
public:
    explicit Reader(QByteArrayView text)
        : m_text(text)
    {}

    int members(FlatJson::Member (&out)[FlatJson::maxMembers])
    {
        skipSpace();
        if (!take('{'))
            return -1;
        skipSpace();
        int count = 0;
        if (!take('}')) {
            do {
                if (count == FlatJson::maxMembers)
                    return -1;
                FlatJson::Member &member = out[count++];
                skipSpace();
                if (!string(member.name))
                    return -1;
                skipSpace();
                if (!take(':'))
                    return -1;
                skipSpace();
                if (!value(member))
                    return -1;
                skipSpace();
            } while (take(','));
            if (!take('}'))
                return -1;
        }
        skipSpace();
        return m_pos == m_text.size() ? count : -1;
    }

private:
    char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }
    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    void skipSpace()
    {
        while (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r')
            ++m_pos;
    }
    bool literal(const char *word)
    {
        for (; *word; ++word) {
            if (!take(*word))
                return false;
        }
        return true;
    }

    bool string(QByteArrayView &out)
    {
        if (!take('"'))
            return false;
        const qsizetype start = m_pos;
        while (m_pos < m_text.size()) {
            const auto c = static_cast<unsigned char>(m_text[m_pos]);
            if (c == '"') {
                out = m_text.sliced(start, m_pos - start);
                ++m_pos;
                return true;
            }
            if (c < 0x20 || c > 0x7E || c == '\\')
                return false; // control characters, escapes and non-ASCII text are for the strict parser
            ++m_pos;
        }
        return false;
    }

    int digits()
    {
        const qsizetype start = m_pos;
        while (peek() >= '0' && peek() <= '9')
            ++m_pos;
        return int(m_pos - start);
    }

    bool number(FlatJson::Member &member)
    {
        const qsizetype start = m_pos;
        const bool negative = take('-');
        int count = 0;
        if (take('0'))
            count = 1;
        else if (peek() >= '1' && peek() <= '9')
            count = digits();
        else
            return false;
        bool fraction = false;
        if (take('.')) {
            const int decimals = digits();
            if (decimals == 0)
                return false;
            count += decimals;
            fraction = true;
        }
        // No exponents and no long numbers: their rounding is the strict parser's business.
        if (count > 15 || peek() == 'e' || peek() == 'E' || (peek() >= '0' && peek() <= '9'))
            return false;
        member.kind = negative || fraction ? FlatJson::Kind::Other : FlatJson::Kind::Integer;
        member.value = m_text.sliced(start, m_pos - start);
        return true;
    }

    bool value(FlatJson::Member &member)
    {
        member.value = {};
        switch (peek()) {
        case '"':
            member.kind = FlatJson::Kind::String;
            return string(member.value);
        case 't':
            member.kind = FlatJson::Kind::Other;
            return literal("true");
        case 'f':
            member.kind = FlatJson::Kind::Other;
            return literal("false");
        case 'n':
            member.kind = FlatJson::Kind::Other;
            return literal("null");
        default:
            return number(member);
        }
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

} // namespace

int FlatJson::read(QByteArrayView text, Member (&members)[maxMembers])
{
    return Reader(text).members(members);
}

bool FlatJson::hasDuplicateName(const Member *members, int count)
{
    for (int i = 1; i < count; ++i) {
        for (int j = 0; j < i; ++j) {
            if (members[i].name == members[j].name)
                return true;
        }
    }
    return false;
}

} // namespace PortalKeys::Jwt
