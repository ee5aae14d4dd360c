#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QString>

namespace PortalKeys {

// A JSON file of PortalKeys' own that holds one list, {"format": N, "<member>": [...]}: read with clear
// errors (a damaged or newer file is reported and never overwritten by the caller), written atomically and
// readable by the user only. Portal profiles and drafts are kept this way.
class ListFile {
    Q_DECLARE_TR_FUNCTIONS(ListFile)

public:
    struct Read {
        QJsonArray entries;
        QString error; // one sentence; empty when the entries can be used (a missing file has none)
        bool ok() const { return error.isEmpty(); }
    };

    // `described` names the file in messages, e.g. tr("The portal list %1").arg(path).
    ListFile(QString path, QString member, int formatVersion, QString described);

    Read read() const;
    // An error sentence, or empty on success.
    QString write(const QJsonArray &entries) const;

private:
    QString m_path;
    QString m_member;
    int m_formatVersion;
    QString m_described;
};

} // namespace PortalKeys
