#pragma once

#include <QJsonValue>
#include <QString>

// Internal helpers shared by Claims and DocumentServer: JSON values as short text.
namespace PortalKeys::Jwt::JsonText {

// Any JSON value as compact JSON text: "\"abc\"", "42", "true", "null", "[1,2]", "{\"a\":1}".
QString compact(const QJsonValue &value);
// Like compact(), but a string is shown as its plain text, without quotes (for display next to a label).
QString display(const QJsonValue &value);

} // namespace PortalKeys::Jwt::JsonText
