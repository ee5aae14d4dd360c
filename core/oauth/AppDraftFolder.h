#pragma once

#include "oauth/AppDraft.h"
#include "oauth/OAuthApp.h"
#include "oauth/OAuthAppIssue.h"
#include "oauth/ScopeModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace PortalKeys::OAuth {

// The OAuth app drafts kept on this computer: one JSON file per draft in a folder, each exactly the create
// body of the portal (OAuthApp::toCreateJson), so that a draft file can be posted or shared as it is. A draft
// holds no secret by construction: the create body has no field for one.
class AppDraftFolder {
    Q_DECLARE_TR_FUNCTIONS(AppDraftFolder)

public:
    using Draft = AppDraft;
    struct LoadResult {
        QList<Draft> drafts; // by name
        QStringList errors;  // one sentence per file that cannot be read; such files are left alone
    };
    struct Imported {
        QString id;   // the new draft; empty when nothing was imported
        OAuthApp app; // as the draft holds it
        QString error;
        // What the file holds that a form showing the draft cannot show: wrong JSON types, fields the portal
        // ignores, a client secret (which the draft does not keep).
        QList<OAuthAppIssue> fileOnly;
    };

    // `path` empty: <AppDataLocation>/oauth-app-drafts.
    explicit AppDraftFolder(QString path = {});

    QString path() const { return m_path; }
    static QString defaultPath();

    LoadResult load() const;
    // Writes `app` as the draft `id`, or as a new draft when `id` is empty (then set to the new id). Returns
    // an error sentence, or empty on success.
    QString save(QString &id, const OAuthApp &app) const;
    QString remove(const QString &id) const;
    // Reads a JSON file (a draft, or an app saved from the portal) and keeps it as a new draft: only the
    // fields of the create body, nothing the portal assigned. `scopes` are the scopes its findings check
    // against.
    Imported import(const QString &path, const ScopeModel &scopes) const;

    // A file name for exporting the draft of `appName`: the name without characters file systems refuse.
    static QString exportFileName(const QString &appName);

    // A JSON object written atomically, indented for people who read or diff it.
    static QString writeJson(const QString &path, const QJsonObject &object);
    // The JSON object in a file; `error` says why there is none.
    static QJsonObject readJson(const QString &path, QString *error);

private:
    QString filePath(const QString &id) const;

    QString m_path;
};

} // namespace PortalKeys::OAuth
