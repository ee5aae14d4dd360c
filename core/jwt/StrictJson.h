#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace PortalKeys::Jwt {

// RFC 8259 JSON with duplicate member names refused. QJsonDocument keeps the last of two equal names, while
// other parsers keep the first: a token whose header says "alg" twice means different things to each.
class StrictJson {
    Q_DECLARE_TR_FUNCTIONS(StrictJson)

public:
    enum class Problem { None, Syntax, DuplicateMember };
    struct Result {
        std::optional<QJsonValue> value;
        QString error; // a clause, e.g. "the member “alg” appears twice"
        Problem problem = Problem::None;
    };
    static Result parse(const QByteArray &utf8);
};

} // namespace PortalKeys::Jwt
