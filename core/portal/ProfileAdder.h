#pragma once

#include "portal/PortalProfile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

class QObject;

namespace PortalKeys {
class SecretStore;
}

namespace PortalKeys::Portal {

class ProfileStore;

// Adds a portal profile together with its secrets: the secrets go to the keychain first, then the profile to
// the portal list (read again under its lock, so a name taken meanwhile is refused). Any failure removes the
// stored secrets again: a portal in the list always has its secrets, and nothing is left half-added.
class ProfileAdder {
    Q_DECLARE_TR_FUNCTIONS(ProfileAdder)

public:
    enum class Failure { None, Invalid, NameTaken, Keychain, ProfileList };
    struct Result {
        Failure failure = Failure::None;
        QString message; // why not, for the user
        bool ok() const { return failure == Failure::None; }
    };
    using Done = std::function<void(const Result &result)>;

    // Why `profile` cannot be added to the list as it is now (its own problem, or its name taken), or a
    // result that is ok(). Nothing is written.
    static Result check(const ProfileStore &store, const PortalProfile &profile);
    static void add(SecretStore *secrets, const ProfileStore &store, const PortalProfile &profile,
                    const QList<QPair<SecretSlot, QByteArray>> &values, QObject *context, Done done);
    // A new API key profile named `name` for the portal of `from`, with its certificate pin and timeout.
    static PortalProfile apiKeyProfile(const QString &name, const PortalProfile &from);
};

} // namespace PortalKeys::Portal
