#pragma once

#include "jwt/Token.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace PortalKeys::Jwt {

// Classic weak HMAC secrets, and the search for the secret of an HMAC token in a word list.
class WeakSecrets {
    Q_DECLARE_TR_FUNCTIONS(WeakSecrets)

public:
    // A short list we keep ourselves: "secret", "password", "changeme", the values of well-known tutorials...
    // It starts with the empty secret: the ONLYOFFICE API documentation signs its sample tokens with it.
    static QList<QByteArray> builtinList();
    // One secret per line (LF or CRLF; empty lines skipped). Refuses files over 200 MiB.
    struct LoadResult {
        QList<QByteArray> secrets;
        QString error;
    };
    static LoadResult loadList(const QString &path);

    // Is `secret` one of `list`? (for the "found in a word list" key warning)
    static bool contains(const QList<QByteArray> &list, const QByteArray &secret);
    // A warning (code "hmac-key-in-wordlist") when the secret is in the list.
    static std::optional<Warning> warningFor(const QByteArray &secret, const QList<QByteArray> &list,
                                             const QString &listName);

    struct SearchResult {
        std::optional<QByteArray> secret; // the first candidate that verifies
        qsizetype tried = 0;
        QString error; // e.g. "Only HMAC tokens (HS256/384/512) can be searched."
    };
    // Tries every candidate against an HMAC token; stops at the first hit. `cancelled` is polled.
    static SearchResult search(const Token &token, const QList<QByteArray> &candidates,
                               const std::function<bool()> &cancelled = {});
};

} // namespace PortalKeys::Jwt
