#include "oauthapps/AppListPanel.h"

#include "widgets/FlowRow.h"
#include "widgets/PageControls.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

using PageControls::button;
using PageControls::withShortcut;

AppListPanel::AppListPanel(OAuth::AppListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_list(new AppList(model))
    , m_deleteAction(new QAction(tr("Delete"), m_list))
    , m_new(button(tr("Ne&w app"), QStringLiteral("newApp")))
    , m_import(button(tr("&Import draft…"), QStringLiteral("importDraft")))
    , m_moreRow(new QWidget)
    , m_moreLabel(PageControls::note(QString(), QStringLiteral("moreAppsLabel")))
    , m_loadMore(button(tr("Load &more"), QStringLiteral("loadMore")))
    , m_loadAll(button(tr("Load all"), QStringLiteral("loadAll")))
{
    m_new->setToolTip(withShortcut(tr("Start a new app on an empty form"), QKeySequence::New));
    m_import->setToolTip(
        withShortcut(tr("Read a draft from a JSON file and keep it with the drafts"), QKeySequence::Open));
    connect(m_new, &QPushButton::clicked, this, &AppListPanel::newRequested);
    connect(m_import, &QPushButton::clicked, this, &AppListPanel::importRequested);
    connect(m_loadMore, &QPushButton::clicked, this, &AppListPanel::loadMoreRequested);
    connect(m_loadAll, &QPushButton::clicked, this, &AppListPanel::loadAllRequested);

    // Delete works while the list has the focus, not while a field of the form has it.
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &AppListPanel::deleteRequested);
    m_list->addAction(m_deleteAction);

    // On two lines when a translation makes them wider than the list.
    auto *buttons = new QWidget;
    auto *buttonRow = new FlowRow(buttons);
    buttonRow->addWidget(m_new);
    buttonRow->addWidget(m_import);

    auto *moreLayout = new QVBoxLayout(m_moreRow);
    moreLayout->setContentsMargins(0, 0, 0, 0);
    moreLayout->setSpacing(4);
    auto *moreButtons = new QHBoxLayout;
    moreButtons->addWidget(m_loadMore);
    moreButtons->addWidget(m_loadAll);
    moreButtons->addStretch();
    moreLayout->addWidget(m_moreLabel);
    moreLayout->addLayout(moreButtons);

    setMinimumWidth(180);
    setMaximumWidth(360);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->addWidget(buttons);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_moreRow);
}

void AppListPanel::showMore(bool more, int shown)
{
    m_moreRow->setVisible(more);
    m_moreLabel->setText(tr("%n apps shown; the portal has more.", nullptr, shown));
}

void AppListPanel::setBusy(bool busy)
{
    m_loadMore->setEnabled(!busy);
    m_loadAll->setEnabled(!busy);
}

QList<QWidget *> AppListPanel::focusOrder() const
{
    return {m_new, m_import, m_list, m_loadMore, m_loadAll};
}

} // namespace PortalKeys::Ui
