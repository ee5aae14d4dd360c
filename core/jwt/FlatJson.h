#pragma once

#include <QByteArrayView>

namespace PortalKeys::Jwt {

// Reads the plainest JSON objects — one level of members whose names and strings are printable ASCII
// without escapes, whose values are strings, numbers of at most 15 digits, true, false or null — without
// building anything. Any other text, valid JSON or not, is declined, so that a strict parser decides it.
// Everything it reads is read the same way by StrictJson and QJsonDocument.
class FlatJson {
public:
    enum class Kind { String, Integer, Other };
    struct Member {
        QByteArrayView name;
        Kind kind = Kind::Other;
        QByteArrayView value; // a string's characters, or a number's text; empty for the literals
    };
    static constexpr int maxMembers = 32;

    // The members in order, or -1 when the text is not such an object or has more than maxMembers.
    static int read(QByteArrayView text, Member (&members)[maxMembers]);
    // A member name that appears twice (on the text as written: no escapes are read).
    static bool hasDuplicateName(const Member *members, int count);
};

} // namespace PortalKeys::Jwt
