#pragma once

#include "oauth/AppListModel.h"

#include <QIcon>
#include <QListView>

namespace PortalKeys::Ui {

// The list of the OAuth apps page: a view of an AppListModel (registered apps and drafts under their
// headings), drawn by AppListDelegate. It keeps the chosen entry chosen when the model changes.
class AppList : public QListView {
    Q_OBJECT

public:
    using Ref = OAuth::AppListModel::Ref;

    // `model` must outlive the list.
    explicit AppList(OAuth::AppListModel *model, QWidget *parent = nullptr);

    OAuth::AppListModel *appModel() const { return m_model; }
    Ref currentRef() const;
    // Selects `ref` and reports it (currentRefChanged); false when it is not listed.
    bool select(const Ref &ref);
    // Shows `ref` as chosen, or nothing when it is not listed, without reporting it.
    void showChosen(const Ref &ref);

    // The icon of a data URI, or the page's icon when it has none or cannot be shown.
    static QIcon iconFor(const QString &logo);

signals:
    // Another entry was chosen (by the user, or by select()).
    void currentRefChanged(const Ref &ref);

private:
    OAuth::AppListModel *m_model;
    Ref m_beforeReset;
    bool m_quiet = false;
};

} // namespace PortalKeys::Ui
