#pragma once

#include "oauthapps/AppList.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;

namespace PortalKeys::Ui {

// The left side of the OAuth apps page: New app and Import draft, the list of registered apps and drafts,
// and under it Load more / Load all while the portal has more apps than were loaded.
class AppListPanel : public QWidget {
    Q_OBJECT

public:
    // `model` must outlive the panel.
    explicit AppListPanel(OAuth::AppListModel *model, QWidget *parent = nullptr);

    AppList *list() const { return m_list; }
    // Delete on the keyboard while the list has the focus.
    QAction *deleteAction() const { return m_deleteAction; }
    // Shows the "more" row while the portal has more apps than the `shown` ones.
    void showMore(bool more, int shown);
    void setBusy(bool busy);
    QList<QWidget *> focusOrder() const;

signals:
    void newRequested();
    void importRequested();
    void loadMoreRequested();
    void loadAllRequested();
    void deleteRequested();

private:
    AppList *m_list;
    QAction *m_deleteAction;
    QPushButton *m_new;
    QPushButton *m_import;
    QWidget *m_moreRow;
    QLabel *m_moreLabel;
    QPushButton *m_loadMore;
    QPushButton *m_loadAll;
};

} // namespace PortalKeys::Ui
