#include "oauthapps/DraftActions.h"

#include "widgets/PageControls.h"

#include <QDir>
#include <QFileInfo>

namespace PortalKeys::Ui {

using OAuth::OAuthApp;
using OAuth::OAuthAppIssue;
using State = VerdictBanner::State;

DraftActions::DraftActions(OAuth::AppDraftFolder *folder, OAuth::AppListModel *list, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_folder(folder)
    , m_list(list)
    , m_dialogParent(dialogParent)
{}

void DraftActions::reload()
{
    const OAuth::AppDraftFolder::LoadResult loaded = m_folder->load();
    m_list->setDrafts(loaded.drafts);
    if (!loaded.errors.isEmpty())
        emit notice(State::Warning, tr("Some draft files cannot be read and were left alone:") +
                                        QLatin1Char('\n') + loaded.errors.join(QLatin1Char('\n')));
}

QString DraftActions::save(const QString &id, const OAuthApp &app)
{
    QString savedId = id;
    const QString error = m_folder->save(savedId, app);
    if (!error.isEmpty()) {
        emit notice(State::Invalid, tr("The draft was not saved. %1").arg(error));
        return {};
    }
    reload();
    emit notice(State::Neutral, QString());
    return savedId;
}

void DraftActions::exportApp(const OAuthApp &app)
{
    const QString path =
        m_chooseFile ? m_chooseFile(FilePurpose::ExportDraft, OAuth::AppDraftFolder::exportFileName(app.name))
                     : QString();
    if (path.isEmpty())
        return;
    const QString error = OAuth::AppDraftFolder::writeJson(path, app.toCreateJson());
    if (!error.isEmpty())
        emit notice(State::Invalid, tr("The draft was not exported. %1").arg(error));
    else
        emit notice(State::Valid, tr("“%1” exported to %2.").arg(app.name, QDir::toNativeSeparators(path)));
}

QString DraftActions::import(const OAuth::ScopeModel &scopes)
{
    const QString path = m_chooseFile ? m_chooseFile(FilePurpose::ImportDraft, QString()) : QString();
    if (path.isEmpty())
        return {};
    const OAuth::AppDraftFolder::Imported result = m_folder->import(path, scopes);
    if (!result.error.isEmpty()) {
        emit notice(State::Invalid, tr("Nothing was imported. %1").arg(result.error));
        return {};
    }
    reload();
    QStringList fileOnly;
    bool errors = false;
    for (const OAuthAppIssue &issue : result.fileOnly) {
        fileOnly.append(issue.message);
        errors = errors || issue.isError();
    }
    const QString imported =
        tr("“%1” imported from %2 as a draft.")
            .arg(result.app.name.isEmpty() ? tr("(no name)") : result.app.name, QFileInfo(path).fileName());
    if (fileOnly.isEmpty())
        emit notice(State::Valid, imported);
    else
        emit notice(errors ? State::Invalid : State::Warning,
                    imported + QLatin1Char('\n') + fileOnly.join(QLatin1Char('\n')));
    return result.id;
}

void DraftActions::remove(const OAuth::AppDraft &draft, std::function<void()> removed)
{
    const QString id = draft.id;
    const QString name = draft.app.name.isEmpty() ? tr("(no name)") : draft.app.name;
    PageControls::confirm(
        m_dialogParent, QStringLiteral("deleteConfirmation"), tr("Delete draft"),
        tr("Delete the draft “%1”?").arg(name),
        tr("Its file is deleted from this computer. Apps registered from it stay on their portals."),
        tr("&Delete"), [this, id, removed] {
            const QString error = m_folder->remove(id);
            if (!error.isEmpty())
                return emit notice(State::Invalid, error);
            reload();
            removed();
        });
}

} // namespace PortalKeys::Ui
