#include "portal/ResponseReader.h"

#include "common/JsonMember.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace PortalKeys::Portal {

namespace {

bool looksLikeHtml(const QByteArray &contentType, const QByteArray &body)
{
    const QByteArray start = body.left(200).trimmed().toLower();
    return contentType.toLower().contains("text/html") || start.startsWith("<!doctype") ||
           start.startsWith("<html") || start.startsWith('<');
}

QString serverMessageOf(ResponseFormat format, const QJsonObject &object, QList<FieldError> *fieldErrors)
{
    switch (format) {
    case ResponseFormat::Envelope: {
        const QJsonValue error = jsonMember(object, QStringLiteral("error"));
        if (error.isObject())
            return jsonMember(error.toObject(), QStringLiteral("message")).toString();
        if (error.isString())
            return error.toString();
        return jsonMember(object, QStringLiteral("message")).toString();
    }
    case ResponseFormat::Json: {
        for (const QJsonValue &entry : object.value(QLatin1String("errors")).toArray()) {
            const QJsonObject field = entry.toObject();
            fieldErrors->append({field.value(QLatin1String("field")).toString(),
                                 field.value(QLatin1String("code")).toString(),
                                 field.value(QLatin1String("message")).toString()});
        }
        const QString detail = object.value(QLatin1String("detail")).toString();
        if (!detail.isEmpty())
            return detail;
        const QString title = object.value(QLatin1String("title")).toString();
        if (!title.isEmpty())
            return title;
        return serverMessageOf(ResponseFormat::Envelope, object, fieldErrors);
    }
    case ResponseFormat::OAuth: {
        const QString description = object.value(QLatin1String("error_description")).toString();
        const QString code = object.value(QLatin1String("error")).toString();
        if (!description.isEmpty())
            return code.isEmpty() ? description : code + QStringLiteral(": ") + description;
        if (!code.isEmpty())
            return code;
        return serverMessageOf(ResponseFormat::Envelope, object, fieldErrors);
    }
    }
    return {};
}

// The envelope's error.type, which DocSpace fills with the exception's .NET type name.
QString serverErrorTypeOf(const QJsonObject &object)
{
    const QJsonValue error = jsonMember(object, QStringLiteral("error"));
    return error.isObject() ? jsonMember(error.toObject(), QStringLiteral("type")).toString() : QString();
}

QString withServerWords(const QString &sentence, const QString &serverMessage)
{
    if (serverMessage.trimmed().isEmpty())
        return sentence;
    return sentence + QLatin1Char(' ') +
           ResponseReader::tr("The portal said: “%1”").arg(serverMessage.trimmed().left(500));
}

} // namespace

ResponseReader::Result ResponseReader::read(ResponseFormat format, int httpStatus,
                                            const QByteArray &contentType, const QByteArray &body,
                                            const Context &context)
{
    Result result;
    result.response.httpStatus = httpStatus;
    const bool success = httpStatus >= 200 && httpStatus < 300;

    if (body.trimmed().isEmpty()) {
        if (success && format == ResponseFormat::Json)
            return result; // PUT / PATCH / DELETE of the identity service answer with an empty body
        if (success) {
            result.error = {PortalError::Kind::Malformed,
                            tr("The portal %1 answered with an empty body where data was expected.")
                                .arg(context.portalName)};
            return result;
        }
        result.error = errorForStatus(httpStatus, {}, context);
        return result;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (!success) {
            // An error page from a proxy: the status says enough.
            result.error = errorForStatus(httpStatus, {}, context);
            return result;
        }
        if (looksLikeHtml(contentType, body))
            result.error = {
                PortalError::Kind::Malformed,
                tr("%1 answered with a web page instead of data. Check that the address is the "
                   "root of a DocSpace portal (not a page inside it, nor a proxy's sign-in page).")
                    .arg(context.portalName)};
        else
            result.error = {PortalError::Kind::Malformed,
                            tr("The portal %1 answered with broken or incomplete JSON (%2 at byte %3 of %4).")
                                .arg(context.portalName, parseError.errorString())
                                .arg(parseError.offset)
                                .arg(body.size())};
        return result;
    }

    const QJsonObject object = document.object();
    if (!success) {
        QList<FieldError> fieldErrors;
        result.error = errorForStatus(httpStatus, serverMessageOf(format, object, &fieldErrors), context);
        result.error.setFieldErrors(fieldErrors);
        result.error.setServerErrorType(serverErrorTypeOf(object));
        return result;
    }

    if (format != ResponseFormat::Envelope) {
        result.response.value = document.isArray() ? QJsonValue(document.array()) : QJsonValue(object);
        return result;
    }
    // The envelope: {"response": …, "status": 0} or, with HTTP 200 from some proxies, {"error": …, "status":
    // 1}.
    if (!document.isObject()) {
        result.error = {PortalError::Kind::Malformed,
                        tr("The portal %1 answered with JSON of an unexpected shape (no “response”).")
                            .arg(context.portalName)};
        return result;
    }
    if (jsonMember(object, QStringLiteral("status")).toInt(0) == 1 ||
        jsonMember(object, QStringLiteral("error")).isObject()) {
        QList<FieldError> fieldErrors;
        const int status = jsonMember(object, QStringLiteral("statusCode")).toInt(500);
        result.error = errorForStatus(status >= 400 ? status : 500,
                                      serverMessageOf(format, object, &fieldErrors), context);
        result.error.setServerErrorType(serverErrorTypeOf(object));
        return result;
    }
    const auto response = object.constFind(QLatin1String("response"));
    const QJsonValue value =
        response != object.constEnd() ? *response : object.value(QLatin1String("Response"));
    if (response == object.constEnd() && !object.contains(QLatin1String("Response"))) {
        result.error = {PortalError::Kind::Malformed,
                        tr("The portal %1 answered with JSON of an unexpected shape (no “response”). Is it a "
                           "DocSpace portal?")
                            .arg(context.portalName)};
        return result;
    }
    result.response.value = value;
    if (object.contains(QLatin1String("total")))
        result.response.total = object.value(QLatin1String("total")).toInteger(-1);
    return result;
}

PortalError ResponseReader::errorForStatus(int httpStatus, const QString &serverMessage,
                                           const Context &context)
{
    using Kind = PortalError::Kind;
    PortalError error;
    if (httpStatus == 401) {
        error = {Kind::Unauthorized,
                 withServerWords(tr("The portal did not accept the credentials: they are wrong, expired or "
                                    "revoked."),
                                 serverMessage)};
    } else if (httpStatus == 403) {
        const QString why =
            context.usedApiKey
                ? (context.wasWrite
                       ? tr("The portal refused: the API key lacks the permission for this change "
                            "(settings need “*:write” or “*”), or its owner is not a portal admin.")
                       : tr("The portal refused: the API key lacks the permission to read this "
                            "(settings need “*:read” or “*”), or its owner is not a portal admin."))
                : tr("The portal refused: this account is not allowed to do this. Authorization keys and "
                     "OAuth "
                     "apps need a portal admin (the owner or a DocSpace admin).");
        error = {Kind::Forbidden, withServerWords(why, serverMessage)};
    } else if (httpStatus == 402) {
        error = {Kind::PaymentRequired,
                 withServerWords(tr("The portal's plan does not include this; a plan with third-party "
                                    "storage is needed (self-hosted portals are not limited)."),
                                 serverMessage)};
    } else if (httpStatus == 404) {
        error = {Kind::NotFound,
                 withServerWords(tr("Not found on %1. Check the portal address; DocSpace 3.x is expected.")
                                     .arg(context.portalName),
                                 serverMessage)};
    } else if (httpStatus == 429) {
        error = {Kind::RateLimited,
                 withServerWords(tr("The portal has received too many requests and asks to wait."),
                                 serverMessage)};
    } else if (httpStatus >= 500) {
        error = {Kind::ServerError,
                 withServerWords(tr("The portal %1 had an internal error (HTTP %2); try again later.")
                                     .arg(context.portalName)
                                     .arg(httpStatus),
                                 serverMessage)};
    } else {
        error = {
            Kind::BadRequest,
            withServerWords(tr("The portal refused the request (HTTP %1).").arg(httpStatus), serverMessage)};
    }
    error.setHttpStatus(httpStatus);
    error.setServerMessage(serverMessage);
    return error;
}

int ResponseReader::parseRetryAfter(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = trimmed.toInt(&ok);
    if (ok)
        return seconds < 0 ? -1 : seconds;
    // An HTTP date (RFC 9110 §5.6.7) ends in "GMT", which Qt's RFC 2822 parser wants as an offset.
    QString text = QString::fromLatin1(trimmed);
    if (text.endsWith(QLatin1String(" GMT")))
        text = text.left(text.size() - 4) + QStringLiteral(" +0000");
    const QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
}

} // namespace PortalKeys::Portal
