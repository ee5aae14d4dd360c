#pragma once

#include "portal/PortalError.h"
#include <QCoreApplication>

#include <QJsonArray>
#include <QList>
#include <QString>

namespace PortalKeys::OAuth {

// One finding about an OAuth app. `field` is the snake_case key of the create body ("redirect_uris"), the
// same name the portal's identity service uses in its field errors, so both land on the same form field.
struct OAuthAppIssue {
    Q_DECLARE_TR_FUNCTIONS(OAuthAppIssue)

public:
    enum class Severity { Warning, Error };

    QString field;
    Severity severity = Severity::Error;
    QString message; // one sentence: what is wrong and how to fix it
    int index = -1;  // the entry of a list field ("redirect_uris"), or -1 for the field as a whole

    bool isError() const { return severity == Severity::Error; }
    // "redirect_uris[2]" for a list entry, else the field name.
    QString location() const;

    static QString severityName(Severity severity); // "warning", "error" (not translated: for scripts)
    // The "errors" member of the portal's problem details: [{field, code, message}].
    static QList<OAuthAppIssue> fromServerErrors(const QList<Portal::FieldError> &errors);
};

bool hasErrors(const QList<OAuthAppIssue> &issues);

} // namespace PortalKeys::OAuth
