#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace PortalKeys {

// Writes a whole file so that a process killed at any moment, or a power cut after the call returned,
// leaves either the old content or the new one under the name, never a mix, a truncated or an empty file:
// the content goes to a temporary file beside the target, which is flushed to disk (QSaveFile does that in
// commit()) and renamed over the target; the folder is then flushed too, so that the rename itself lasts.
// Portal and draft lists, OAuth app drafts and bundles are written this way.
class AtomicFile {
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)

public:
    // `shownName` names the file in the error sentence (e.g. the path). `ownerOnly` makes the file readable
    // by the user only. Returns an error sentence, or empty on success; on failure the old file is intact.
    static QString write(const QString &path, const QByteArray &content, bool ownerOnly,
                         const QString &shownName);
};

} // namespace PortalKeys
