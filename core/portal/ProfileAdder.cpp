#include "portal/ProfileAdder.h"

#include "portal/PortalSession.h"
#include "portal/ProfileStore.h"

#include <QPointer>

namespace PortalKeys::Portal {

ProfileAdder::Result ProfileAdder::check(const ProfileStore &store, const PortalProfile &profile)
{
    if (const QString problem = profile.problem(); !problem.isEmpty())
        return {Failure::Invalid, problem};
    const ProfileStore::LoadResult loaded = store.load();
    if (!loaded.ok())
        return {Failure::ProfileList, loaded.error};
    if (const QString taken = ProfileStore::nameTaken(loaded.profiles, profile); !taken.isEmpty())
        return {Failure::NameTaken, taken};
    return {};
}

void ProfileAdder::add(SecretStore *secrets, const ProfileStore &store, const PortalProfile &profile,
                       const QList<QPair<SecretSlot, QByteArray>> &values, QObject *context, Done done)
{
    if (const Result checked = check(store, profile); !checked.ok())
        return done(checked);
    const QPointer<QObject> guard(context);
    PortalSession::storeSecrets(
        secrets, profile, values, context, [secrets, store, profile, guard, done](const PortalError &error) {
            if (error.isError()) {
                // Some of the secrets may have been written before the failure.
                if (guard)
                    PortalSession::removeSecrets(secrets, profile, guard, [](const PortalError &) {});
                return done({Failure::Keychain, error.message()});
            }
            QString refusal;
            const ProfileStore::LoadResult written =
                store.update([&profile, &refusal](QList<PortalProfile> &profiles) {
                    refusal = ProfileStore::nameTaken(profiles, profile);
                    if (refusal.isEmpty())
                        profiles.append(profile);
                    return refusal;
                });
            if (written.ok())
                return done({});
            const Result failed{refusal.isEmpty() ? Failure::ProfileList : Failure::NameTaken, written.error};
            // Without its entry in the list nothing would ever find these secrets.
            if (!guard)
                return done(failed);
            PortalSession::removeSecrets(secrets, profile, guard,
                                         [done, failed](const PortalError &) { done(failed); });
        });
}

PortalProfile ProfileAdder::apiKeyProfile(const QString &name, const PortalProfile &from)
{
    PortalProfile profile = PortalProfile::create(name.trimmed(), from.baseUrl, CredentialKind::ApiKey);
    profile.pinnedSha256 = from.pinnedSha256;
    profile.timeoutSeconds = from.timeoutSeconds;
    return profile;
}

} // namespace PortalKeys::Portal
