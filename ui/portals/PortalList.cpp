#include "portals/PortalList.h"

#include "widgets/StatusColors.h"

#include "portal/PortalListModel.h"

#include <QHeaderView>
#include <QStyle>

namespace PortalKeys::Ui {

namespace {

constexpr int idRole = Qt::UserRole;
constexpr int minimumRows = 3;
constexpr int maximumRows = 12;

void showState(QTreeWidgetItem *item, const PortalState &state)
{
    item->setText(PortalList::StateColumn, state.summary());
    QString tip = state.summary();
    if (state.status == PortalState::Status::Failed || state.status == PortalState::Status::SecretMissing)
        tip = state.error.message();
    else if (state.status == PortalState::Status::Remembered)
        tip = state.record.detail;
    item->setToolTip(PortalList::StateColumn, tip);
    // Colours from the list's palette, readable in light and dark themes; the words carry the meaning.
    const QPalette palette = item->treeWidget() ? item->treeWidget()->palette() : QPalette();
    const auto colour = [&palette](StatusColors::Tone tone) {
        return StatusColors::text(tone, palette);
    };
    switch (state.status) {
    case PortalState::Status::NotTested:
        item->setData(PortalList::StateColumn, Qt::ForegroundRole, QVariant());
        break;
    case PortalState::Status::SecretMissing:
        item->setForeground(PortalList::StateColumn, colour(StatusColors::Tone::Warning));
        break;
    case PortalState::Status::Remembered:
        if (!state.record.ok) {
            item->setForeground(PortalList::StateColumn, colour(StatusColors::Tone::Error));
            break;
        }
        [[fallthrough]];
    case PortalState::Status::Connected:
        item->setForeground(PortalList::StateColumn, colour(state.isAdmin() ? StatusColors::Tone::Success
                                                                            : StatusColors::Tone::Warning));
        break;
    case PortalState::Status::Failed:
        item->setForeground(PortalList::StateColumn, colour(StatusColors::Tone::Error));
        break;
    }
}

// Short enough for a column; the tooltip has core's full title.
QString shortKindTitle(Portal::CredentialKind kind, const QString &user)
{
    switch (kind) {
    case Portal::CredentialKind::ApiKey:
        return PortalList::tr("API key");
    case Portal::CredentialKind::Basic:
        return PortalList::tr("E-mail and password");
    case Portal::CredentialKind::Token:
        return user.isEmpty() ? PortalList::tr("Access token") : PortalList::tr("Login token");
    case Portal::CredentialKind::OAuth2:
        return PortalList::tr("OAuth 2.0");
    }
    return {};
}

} // namespace

PortalList::PortalList(const Portal::PortalListModel *portals, QWidget *parent)
    : QTreeWidget(parent)
    , m_portals(portals)
{
    setObjectName(QStringLiteral("portalList"));
    setAccessibleName(tr("Portals"));
    setColumnCount(4);
    setHeaderLabels({tr("Name"), tr("Address"), tr("Signs in with"), tr("State")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    header()->setStretchLastSection(true);
    header()->setSectionsMovable(false);
    header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(AddressColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
}

void PortalList::refresh(const QHash<QString, PortalState> &states)
{
    using Model = Portal::PortalListModel;
    const QString current = currentId();
    clear();
    for (int row = 0; row < m_portals->rowCount(); ++row) {
        const QModelIndex portal = m_portals->index(row);
        const QString id = portal.data(Model::IdRole).toString();
        const QString name = portal.data(Model::NameRole).toString();
        const QString user = portal.data(Model::UserRole).toString();
        const QString kindTitle = portal.data(Model::KindTitleRole).toString();
        auto *item = new QTreeWidgetItem(this);
        item->setData(NameColumn, idRole, id);
        item->setText(NameColumn, name);
        item->setText(AddressColumn, portal.data(Model::UrlRole).toUrl().toDisplayString());
        item->setText(KindColumn,
                      shortKindTitle(Portal::CredentialKind(portal.data(Model::KindRole).toInt()), user));
        // Roomier rows than the default, as in the file lists of desktop file managers.
        // (A size hint replaces the computed one, so it carries the name's width for the column too.)
        item->setSizeHint(
            NameColumn, QSize(fontMetrics().horizontalAdvance(name) +
                                  2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 12,
                              fontMetrics().height() + 12));
        item->setToolTip(KindColumn, user.isEmpty() ? kindTitle : tr("%1 — %2").arg(kindTitle, user));
        showState(item, states.value(id));
    }
    selectId(current);
    if (!currentItem() && topLevelItemCount() > 0)
        setCurrentItem(topLevelItem(0));
    updateGeometry();
}

void PortalList::setState(const QString &profileId, const PortalState &state)
{
    if (QTreeWidgetItem *item = itemFor(profileId))
        showState(item, state);
}

QString PortalList::currentId() const
{
    const QTreeWidgetItem *item = currentItem();
    return item ? item->data(NameColumn, idRole).toString() : QString();
}

void PortalList::selectId(const QString &profileId)
{
    if (QTreeWidgetItem *item = itemFor(profileId))
        setCurrentItem(item);
}

QTreeWidgetItem *PortalList::itemFor(const QString &profileId) const
{
    for (int row = 0; row < topLevelItemCount(); ++row) {
        if (topLevelItem(row)->data(NameColumn, idRole).toString() == profileId)
            return topLevelItem(row);
    }
    return nullptr;
}

int PortalList::heightForRows(int rows) const
{
    const int row = topLevelItemCount() > 0 ? rowHeight(model()->index(0, 0)) : fontMetrics().height() + 8;
    return header()->sizeHint().height() + rows * row + 2 * frameWidth();
}

QSize PortalList::sizeHint() const
{
    const int rows = qBound(minimumRows, topLevelItemCount(), maximumRows);
    return {QTreeWidget::sizeHint().width(), heightForRows(rows)};
}

QSize PortalList::minimumSizeHint() const
{
    return {QTreeWidget::minimumSizeHint().width(), heightForRows(minimumRows)};
}

} // namespace PortalKeys::Ui
