#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace PortalKeys::Jwt {

// Strict base64url (RFC 7515 §2: no padding, canonical) with a reason when the input is refused, so that a
// parse error can say exactly what is wrong with a segment.
class Base64Url {
    Q_DECLARE_TR_FUNCTIONS(Base64Url)

public:
    struct Decoded {
        std::optional<QByteArray> bytes;
        QString error; // a clause, e.g. "it ends with “=” padding, which JWS does not use"
    };
    static Decoded decode(QStringView text);
    // The same rules without a reason, on ASCII bytes, into a buffer the caller reuses: for verifying many
    // tokens, where a refused segment is handed to decode() to be explained.
    static bool decodeInto(QByteArrayView ascii, QByteArray &out);
    static QByteArray encode(const QByteArray &bytes);
};

} // namespace PortalKeys::Jwt
