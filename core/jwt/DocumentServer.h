#pragma once

#include "jwt/Key.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace PortalKeys::Jwt {

// ONLYOFFICE Docs (Document Server) tokens: HS256 over the editor config or a method's parameter object,
// placed into that object as "token".
class DocumentServer {
    Q_DECLARE_TR_FUNCTIONS(DocumentServer)

public:
    enum class Template { OpenFile, InsertImage, SetHistoryData, SetMailMergeRecipients, SetRevisedFile };

    static QList<Template> templates();
    static QString templateName(Template t); // "config", "insertImage", ...
    static std::optional<Template> templateFromName(const QString &name);
    static QString templateTitle(Template t);       // "Open a file (editor config)", ...
    static QJsonObject templatePayload(Template t); // example payload (example.com URLs)

    struct SignedConfig {
        QJsonObject config; // the input with "token" set
        QString token;
        QString error;
    };
    // Signs every member of `config` except an existing "token" (HS256 by default) and sets "token".
    static SignedConfig signConfig(const QJsonObject &config, const Key &key);

    struct Difference {
        enum class Kind { MissingFromToken, ExtraInToken, Changed };
        Kind kind;
        QString path;        // JSON path, e.g. "document.permissions.edit"
        QString configValue; // compact JSON, empty when missing
        QString tokenValue;
    };
    struct ConfigCheck {
        bool tokenPresent = false;
        bool signatureValid = false;
        QString error;                 // why the token is unreadable or invalid
        QList<Difference> differences; // between the token's payload and the config around it (minus "token")
    };
    // Verifies the embedded token (HS256/384/512 with `key`) and lists every difference.
    static ConfigCheck checkConfig(const QJsonObject &config, const Key &key);
};

} // namespace PortalKeys::Jwt
