// OAuth app drafts as files (`oauth-app` import, the page's Import…), a portal's scope list, and pasted
// scope text: the JSON reader, every validation rule, and the scope splitting.
#include "FuzzSupport.h"

#include "jwt/StrictJson.h"
#include "oauth/OAuthApp.h"
#include "oauth/OAuthAppValidator.h"
#include "oauth/ScopeModel.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace PortalKeys;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Fuzz::Selected input = Fuzz::select(data, size);
    if (input.selector % 3 == 2) {
        OAuth::ScopeModel::split(QString::fromUtf8(input.rest));
        return 0;
    }
    const auto parsed = Jwt::StrictJson::parse(input.rest);
    if (!parsed.value)
        return 0;
    if (input.selector % 3 == 1) {
        // The portal's GET /scopes answer, and a validator built on it.
        const OAuth::ScopeModel scopes = OAuth::ScopeModel::fromServerJson(parsed.value->toArray());
        const OAuth::OAuthAppValidator validator(scopes);
        validator.validate(
            OAuth::OAuthApp::fromJson(QJsonObject{{QStringLiteral("scopes"), parsed.value->toArray()}}));
        return 0;
    }
    const QJsonObject body = parsed.value->toObject();
    const OAuth::OAuthApp app = OAuth::OAuthApp::fromJson(body);
    const OAuth::OAuthAppValidator validator;
    validator.validate(app);
    validator.validateJson(body);
    validator.fileOnlyIssues(body);
    app.readOnlyChanges(OAuth::OAuthApp::fromJson(QJsonObject{}));
    return 0;
}
