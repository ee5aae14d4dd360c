#include "authservice/AuthServiceApi.h"

#include "history/HistoryRecorder.h"
#include "portal/PortalCall.h"
#include "portal/PortalClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace PortalKeys::AuthService {

using Portal::PortalError;
using Portal::PortalRequest;
using Portal::PortalResponse;

namespace {

const QString path = QStringLiteral("/api/2.0/settings/authservice");

QJsonDocument saveBody(const QString &name, const KeyValues &values)
{
    QJsonArray props;
    for (const auto &[key, value] : values)
        props.append(QJsonObject{{QStringLiteral("name"), key}, {QStringLiteral("value"), value}});
    return QJsonDocument(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("props"), props}});
}

// DocSpace 3.7 answers an unknown consumer name with 403 "Access denied" (SettingsController.SaveAuthKeys
// looks the name up case-sensitively and treats a miss like a consumer it may not change); older portals said
// 400/404.
bool portalDoesNotKnowTheName(const PortalError &error)
{
    return error.kind() == PortalError::Kind::NotFound || error.kind() == PortalError::Kind::Forbidden ||
           (error.kind() == PortalError::Kind::BadRequest &&
            !error.serverMessage().contains(QLatin1String("Bad keys"), Qt::CaseInsensitive));
}

PortalError explained(const PortalError &error, const QString &name)
{
    PortalError result = error;
    if (error.kind() == PortalError::Kind::BadRequest &&
        error.serverMessage().contains(QLatin1String("Bad keys"), Qt::CaseInsensitive))
        result.setMessage(
            AuthServiceApi::tr("The portal tested the keys of “%1” with the provider and they were "
                               "refused (“Bad keys”). The portal has cleared this service's keys, so "
                               "it is off now. Check the keys and save again.")
                .arg(name));
    else if (error.kind() == PortalError::Kind::Forbidden &&
             error.serverMessage() == QLatin1String("Access denied"))
        result.setMessage(
            error.message() + QLatin1Char(' ') +
            AuthServiceApi::tr("If you are a portal admin, the installation may have fixed this "
                               "service's keys in its configuration (read-only)."));
    return result;
}

void readBack(Portal::PortalClient *client, const QString &name, const KeyValues &values,
              AuthServiceApi::SaveResult result, AuthServiceApi::SaveDone done)
{
    AuthServiceApi::list(client, [name, values, result, done](const PortalError &error,
                                                              const QList<Service> &services) mutable {
        if (error.isError()) {
            PortalError shown = error;
            shown.setMessage(AuthServiceApi::tr("The keys were saved, but reading them back failed: %1")
                                 .arg(error.message()));
            done(shown, result);
            return;
        }
        for (const Service &service : services) {
            if (service.name.compare(name, Qt::CaseInsensitive) != 0)
                continue;
            result.after = service;
            for (const auto &[key, value] : values) {
                const ServiceKey *stored = service.key(key);
                if (!stored || stored->value != value)
                    result.mismatches << key;
            }
        }
        done({}, result);
    });
}

// One history line per save: the service and the names of the keys sent, never their values.
void recordSave(const Portal::PortalClient *client, History::HistoryEntry::Area area, const QString &service,
                const KeyValues &values, const PortalError &error)
{
    QStringList names;
    bool anyValue = false;
    for (const auto &[key, value] : values) {
        names << key;
        anyValue = anyValue || !value.isEmpty();
    }
    const QString action = anyValue ? QStringLiteral("saved") : QStringLiteral("cleared");
    History::HistoryRecorder::record(client, {area, action, service, names}, error);
}

// One POST of a service's keys: under `name`, and once more under its lower-case form when allowed.
struct SaveRequest {
    QString name;
    QString displayName;
    KeyValues values;
    bool mayRetryLowerCase = false;
    History::HistoryEntry::Area area = History::HistoryEntry::Area::Keys;
};

void post(Portal::PortalClient *client, const SaveRequest &request, AuthServiceApi::SaveDone done)
{
    client->send(PortalRequest::postJson(path, saveBody(request.name, request.values)),
                 [client, request, done](const PortalError &error, const PortalResponse &response) {
                     if (error.isError() && request.mayRetryLowerCase && portalDoesNotKnowTheName(error)) {
                         SaveRequest retry = request;
                         retry.name = request.name.toLower();
                         retry.mayRetryLowerCase = false;
                         post(client, retry, done);
                         return;
                     }
                     const PortalError shown =
                         error.isError() ? explained(error, request.displayName) : PortalError();
                     recordSave(client, request.area, request.displayName, request.values, shown);
                     if (shown.isError()) {
                         done(shown, {});
                         return;
                     }
                     AuthServiceApi::SaveResult result;
                     result.changed = response.value.toBool();
                     result.savedName = request.name;
                     readBack(client, request.displayName, request.values, result, done);
                 });
}

} // namespace

void AuthServiceApi::list(Portal::PortalClient *client, ListDone done)
{
    client->send(PortalRequest::get(path), [done](const PortalError &error, const PortalResponse &response) {
        if (error.isError()) {
            done(error, {});
            return;
        }
        if (!response.value.isArray()) {
            done({PortalError::Kind::Malformed,
                  tr("The portal's list of authorization services is not a list.")},
                 {});
            return;
        }
        QList<Service> services;
        for (const QJsonValue &entry : response.value.toArray())
            services.append(Service::fromJson(entry.toObject()));
        done({}, services);
    });
}

void AuthServiceApi::save(Portal::PortalClient *client, const QString &name, const KeyValues &values,
                          SaveDone done, History::HistoryEntry::Area area)
{
    post(client, {name, name, values, name != name.toLower(), area}, std::move(done));
}

KeyValues AuthServiceApi::disabledValues(const Service &service)
{
    KeyValues values;
    for (const ServiceKey &key : service.keys)
        values.append({key.name, QString()});
    return values;
}

} // namespace PortalKeys::AuthService
