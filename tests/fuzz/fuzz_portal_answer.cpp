// What a portal answers, or something pretending to be one: every response format through ResponseReader
// with any status and content type, then the readers of the answers' JSON (portal settings, authorization
// services, API keys, OAuth apps), and Retry-After.
#include "FuzzSupport.h"

#include "apikeys/ApiKey.h"
#include "apikeys/ApiKeyRefusal.h"
#include "authservice/AuthService.h"
#include "oauth/OAuthApp.h"
#include "oauth/OAuthAppsApi.h"
#include "portal/PortalInfo.h"
#include "portal/ResponseReader.h"
#include "portal/SignInRefusal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace PortalKeys;

namespace {

const int statuses[] = {200, 201, 204, 301, 400, 401, 403, 404, 429, 500, 502, 503};
const QByteArray contentTypes[] = {"application/json; charset=utf-8", "application/problem+json", "text/html",
                                   "", "application/json"};

void readObjects(const QJsonValue &value)
{
    const QJsonArray list = value.isArray() ? value.toArray() : QJsonArray{value};
    for (const QJsonValue &item : list) {
        const QJsonObject object = item.toObject();
        AuthService::Service::fromJson(object);
        ApiKeys::ApiKey::fromJson(object);
        OAuth::OAuthApp::fromJson(object);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Fuzz::Selected input = Fuzz::select(data, size);
    const int status = statuses[input.selector % std::size(statuses)];
    const QByteArray &contentType = contentTypes[input.selector / 16 % std::size(contentTypes)];
    Portal::ResponseReader::Context context;
    context.portalName = QStringLiteral("portal.example");
    context.usedApiKey = input.selector & 0x80;
    context.wasWrite = input.selector & 0x40;

    for (const auto format :
         {Portal::ResponseFormat::Envelope, Portal::ResponseFormat::Json, Portal::ResponseFormat::OAuth}) {
        const auto result = Portal::ResponseReader::read(format, status, contentType, input.rest, context);
        if (!result.error.isError()) {
            Portal::PortalInfo::fromJson(result.response.value);
            readObjects(result.response.value);
        } else {
            // The explanations read the server's words out of the error.
            Portal::SignInRefusal::explain(result.error, QStringLiteral("admin@portal.example"));
            OAuth::OAuthAppsApi::explainRefusal(result.error);
            ApiKeys::ApiKeyRefusal::explained(result.error, context.usedApiKey, QStringLiteral("7"));
        }
    }
    Portal::ResponseReader::parseRetryAfter(input.rest.left(64));
    return 0;
}
