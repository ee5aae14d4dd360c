#pragma once

#include "oauth/OAuthApp.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace PortalKeys::Ui {

// The OAuth app drafts kept on this computer: one JSON file per draft in a folder, each exactly the create
// body of the portal (OAuthApp::toCreateJson), so that a draft file can be posted or shared as it is. A draft
// holds no secret by construction: the create body has no field for one.
class AppDraftFolder {
    Q_DECLARE_TR_FUNCTIONS(AppDraftFolder)

public:
    struct Draft {
        QString id; // the file's base name, a UUID without braces
        OAuth::OAuthApp app;
        QDateTime modified;
    };
    struct LoadResult {
        QList<Draft> drafts; // by name
        QStringList errors;  // one sentence per file that cannot be read; such files are left alone
    };

    // `path` empty: <AppDataLocation>/oauth-app-drafts.
    explicit AppDraftFolder(QString path = {});

    QString path() const { return m_path; }
    static QString defaultPath();

    LoadResult load() const;
    // Writes `app` as the draft `id`, or as a new draft when `id` is empty (then set to the new id). Returns
    // an error sentence, or empty on success.
    QString save(QString &id, const OAuth::OAuthApp &app) const;
    QString remove(const QString &id) const;

    // A JSON object written atomically, indented for people who read or diff it.
    static QString writeJson(const QString &path, const QJsonObject &object);
    // The JSON object in a file; `error` says why there is none.
    static QJsonObject readJson(const QString &path, QString *error);

private:
    QString filePath(const QString &id) const;

    QString m_path;
};

} // namespace PortalKeys::Ui
