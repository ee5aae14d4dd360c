#pragma once

#include "oauthapps/FileChooser.h"
#include "widgets/VerdictBanner.h"

#include "oauth/AppDraftFolder.h"
#include "oauth/AppListModel.h"
#include "oauth/OAuthApp.h"
#include "oauth/ScopeModel.h"

#include <QObject>

#include <functional>

namespace PortalKeys::Ui {

// What the OAuth apps page does with the drafts on this computer: list them, keep the form as a draft,
// export it to a JSON file of the admin's choice, import such a file as a new draft, delete one. The folder
// does the work; this asks for files and confirmation, keeps the list's drafts current and words the
// outcome for the page's notice.
class DraftActions : public QObject {
    Q_OBJECT

public:
    // `folder` and `list` must outlive the actions; the question before deleting opens over `dialogParent`.
    DraftActions(OAuth::AppDraftFolder *folder, OAuth::AppListModel *list, QWidget *dialogParent);

    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

    // Reads the folder into the list, and says which files cannot be read.
    void reload();
    // Keeps `app` as the draft `id`, or as a new draft when `id` is empty. The draft's id; empty when it
    // could not be saved.
    QString save(const QString &id, const OAuth::OAuthApp &app);
    // Asks where to, then writes `app` as a draft file there.
    void exportApp(const OAuth::OAuthApp &app);
    // Asks for a file and keeps it as a new draft, saying what the file holds that the form cannot show
    // (checked against `scopes`). The new draft's id; empty when there is none.
    QString import(const OAuth::ScopeModel &scopes);
    // Asks first, then deletes the draft's file; `removed` once it is gone.
    void remove(const OAuth::AppDraft &draft, std::function<void()> removed);

signals:
    void notice(VerdictBanner::State state, const QString &text);

private:
    OAuth::AppDraftFolder *m_folder;
    OAuth::AppListModel *m_list;
    QWidget *m_dialogParent;
    FileChooser m_chooseFile;
};

} // namespace PortalKeys::Ui
