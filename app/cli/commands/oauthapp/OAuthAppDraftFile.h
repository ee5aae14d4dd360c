#pragma once

#include "oauth/OAuthAppIssue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace PortalKeys::Cli {

// A JSON file describing an OAuth app, as `oauth-app create` and `update` read it: a draft (the create
// body), or an app saved with `oauth-app show --json`.
class OAuthAppDraftFile {
    Q_DECLARE_TR_FUNCTIONS(OAuthAppDraftFile)

public:
    struct Result {
        QJsonObject object;
        QString error; // why the file cannot be used; the command exits 2
        bool ok() const { return error.isEmpty(); }
    };

    // Reads `path` ("-": standard input) and parses it strictly: duplicate member names are refused, since
    // the portal and PortalKeys might each read a different one.
    static Result read(const QString &path);
    // "standard input" for "-", else the path.
    static QString shownName(const QString &path);
    // One line per finding on standard error, "field: message" or "field: warning: message" (as
    // `oauth-app validate` prints them). Returns the number of errors.
    static int printIssues(const QList<OAuth::OAuthAppIssue> &issues);
};

} // namespace PortalKeys::Cli
