#include "oauth/AppDraftFolder.h"

#include "common/AtomicFile.h"
#include "oauth/OAuthAppValidator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace PortalKeys::OAuth {

namespace {

// Larger files are no drafts; reading them whole would only waste memory.
constexpr qint64 maxDraftBytes = 1024 * 1024;

bool isDraftId(const QString &id)
{
    // Ids come from this folder's own file names; anything else could point outside the folder.
    static const QRegularExpression uuid(QStringLiteral("^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$"));
    return uuid.match(id).hasMatch();
}

} // namespace

AppDraftFolder::AppDraftFolder(QString path)
    : m_path(path.isEmpty() ? defaultPath() : std::move(path))
{}

QString AppDraftFolder::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/oauth-app-drafts");
}

QString AppDraftFolder::filePath(const QString &id) const
{
    return QDir(m_path).filePath(id + QStringLiteral(".json"));
}

AppDraftFolder::LoadResult AppDraftFolder::load() const
{
    LoadResult result;
    const QDir dir(m_path);
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        const QString id = file.completeBaseName();
        if (!isDraftId(id))
            continue; // not one of ours
        QString error;
        const QJsonObject body = readJson(file.filePath(), &error);
        if (!error.isEmpty()) {
            result.errors.append(error);
            continue;
        }
        result.drafts.append({id, OAuthApp::fromJson(body), file.lastModified().toUTC()});
    }
    std::sort(result.drafts.begin(), result.drafts.end(), [](const Draft &a, const Draft &b) {
        const int byName = QString::localeAwareCompare(a.app.name, b.app.name);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return result;
}

QString AppDraftFolder::save(QString &id, const OAuthApp &app) const
{
    if (!QDir().mkpath(m_path))
        return tr("The drafts folder %1 cannot be created.").arg(QDir::toNativeSeparators(m_path));
    const QString newId = id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : id;
    if (!isDraftId(newId))
        return tr("“%1” is not the name of a draft.").arg(newId);
    const QString error = writeJson(filePath(newId), app.toCreateJson());
    if (error.isEmpty())
        id = newId;
    return error;
}

QString AppDraftFolder::remove(const QString &id) const
{
    if (!isDraftId(id))
        return tr("“%1” is not the name of a draft.").arg(id);
    QFile file(filePath(id));
    if (file.exists() && !file.remove())
        return tr("The draft file %1 cannot be deleted: %2")
            .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
    return {};
}

AppDraftFolder::Imported AppDraftFolder::import(const QString &path, const ScopeModel &scopes) const
{
    Imported imported;
    const QJsonObject body = readJson(path, &imported.error);
    if (!imported.error.isEmpty())
        return imported;
    // Through the create body: what the portal assigned (a client ID, dates) is no part of a draft.
    imported.app = OAuthApp::fromJson(OAuthApp::fromJson(body).toCreateJson());
    imported.error = save(imported.id, imported.app);
    if (!imported.error.isEmpty()) {
        imported.id.clear();
        return imported;
    }
    imported.fileOnly = OAuthAppValidator(scopes).fileOnlyIssues(body);
    return imported;
}

QString AppDraftFolder::exportFileName(const QString &appName)
{
    QString name = appName.trimmed();
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")), QStringLiteral("-"));
    return (name.isEmpty() ? QStringLiteral("oauth-app") : name) + QStringLiteral(".json");
}

QString AppDraftFolder::writeJson(const QString &path, const QJsonObject &object)
{
    // A kill while saving leaves the draft as it was before, never a truncated file.
    return AtomicFile::write(path, QJsonDocument(object).toJson(QJsonDocument::Indented), false,
                             QDir::toNativeSeparators(path));
}

QJsonObject AppDraftFolder::readJson(const QString &path, QString *error)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(shownPath, file.errorString());
        return {};
    }
    if (file.size() > maxDraftBytes) {
        *error = tr("%1 is too large for an OAuth app draft.").arg(shownPath);
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("%1 is not valid JSON: %2 (at character %3).")
                     .arg(shownPath, parseError.errorString())
                     .arg(parseError.offset);
        return {};
    }
    if (!document.isObject()) {
        *error = tr("%1 does not hold an OAuth app: a draft is a JSON object.").arg(shownPath);
        return {};
    }
    error->clear();
    return document.object();
}

} // namespace PortalKeys::OAuth
