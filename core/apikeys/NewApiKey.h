#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace PortalKeys::ApiKeys {

// What a new API key is to be: the body of POST /api/2.0/keys (CreateApiKeyRequestDto), with the portal's
// rules checked before anything is sent.
struct NewApiKey {
    Q_DECLARE_TR_FUNCTIONS(NewApiKey)

public:
    static constexpr int maxNameLength = 30;
    static constexpr int minDays = 1;
    static constexpr int maxDays = 365;

    QString name;
    QStringList permissions{QStringLiteral("*")}; // see ApiKeyPermissions::forChoice
    std::optional<int> expiresInDays;             // none: the key never expires

    // Why the name cannot be a key's name (empty, or longer than the portal takes), or empty.
    static QString nameProblem(const QString &name);
    // Why `days` is no expiry the portal takes (1 to 365), or empty.
    static QString daysProblem(int days);
    // Every reason the portal would refuse this key, checked against the permissions it offers.
    QStringList problems(const QStringList &offeredPermissions) const;
    QJsonObject toJson() const;
};

} // namespace PortalKeys::ApiKeys
