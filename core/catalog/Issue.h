#pragma once

#include <QList>
#include <QString>

namespace PortalKeys::Catalog {

// Something wrong, doubtful or worth knowing about a key value. Errors block saving; warnings can be
// overridden by the admin; information never gets in the way.
struct Issue {
    enum class Severity { Info, Warning, Error };

    QString key; // the key's name, or empty for the service as a whole
    Severity severity = Severity::Error;
    QString code;    // stable, for scripts and tests: "format", "surrounding-space", "missing", …
    QString message; // one sentence: what is wrong and how to fix it; never quotes a secret

    bool blocksSaving() const { return severity == Severity::Error; }
    static QString severityName(Severity severity); // "info", "warning", "error"
};

bool hasErrors(const QList<Issue> &issues);
bool hasWarnings(const QList<Issue> &issues);

} // namespace PortalKeys::Catalog
