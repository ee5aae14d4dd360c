#include "oauth/AppListModel.h"

#include "oauth/AppRegistry.h"

#include <QLocale>

namespace PortalKeys::OAuth {

namespace {

constexpr int registeredSection = 0;
constexpr int draftSection = 1;

QString draftName(const AppDraft &draft)
{
    return draft.app.name.isEmpty() ? AppListModel::tr("(no name)") : draft.app.name;
}

QString accessibleText(const QStringList &parts)
{
    QStringList shown = parts;
    shown.removeAll(QString());
    return shown.join(QStringLiteral(", "));
}

} // namespace

AppListModel::AppListModel(const AppRegistry *registry, QObject *parent)
    : QAbstractListModel(parent)
    , m_registry(registry)
{
    connect(m_registry, &AppRegistry::changed, this, &AppListModel::rebuild);
    rebuild();
}

void AppListModel::setPortalName(const QString &name)
{
    m_nextPortalName = name;
    rebuild();
}

void AppListModel::setDrafts(const QList<AppDraft> &drafts)
{
    m_nextDrafts = drafts;
    rebuild();
}

const AppDraft *AppListModel::draft(const QString &id) const
{
    for (const AppDraft &draft : m_drafts) {
        if (draft.id == id)
            return &draft;
    }
    return nullptr;
}

void AppListModel::rebuild()
{
    // The lists are short and change as a whole (a page arrived, a draft saved): a reset is simplest, and
    // the view keeps its selection by Ref.
    beginResetModel();
    m_apps = m_registry->apps();
    m_drafts = m_nextDrafts;
    m_portalName = m_nextPortalName;
    m_rows.clear();
    const int apps = int(m_apps.size());
    m_rows.append({RowKind::Heading, registeredSection, -1});
    if (apps == 0)
        m_rows.append({RowKind::Note, registeredSection, -1});
    for (int i = 0; i < apps; ++i)
        m_rows.append({RowKind::Registered, registeredSection, i});
    m_rows.append({RowKind::Heading, draftSection, -1});
    if (m_drafts.isEmpty())
        m_rows.append({RowKind::Note, draftSection, -1});
    for (int i = 0; i < m_drafts.size(); ++i)
        m_rows.append({RowKind::Draft, draftSection, i});
    endResetModel();
}

AppListModel::Ref AppListModel::refAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (row.kind == RowKind::Registered)
        return Ref::registered(m_apps.at(row.entry).app.clientId);
    if (row.kind == RowKind::Draft)
        return Ref::draft(m_drafts.at(row.entry).id);
    return {};
}

QModelIndex AppListModel::indexOf(const Ref &ref) const
{
    if (ref.isNone())
        return {};
    for (int i = 0; i < m_rows.size(); ++i) {
        if (refAt(index(i)) == ref)
            return index(i);
    }
    return {};
}

QList<AppListModel::Ref> AppListModel::refs() const
{
    QList<Ref> list;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Ref ref = refAt(index(i));
        if (!ref.isNone())
            list.append(ref);
    }
    return list;
}

int AppListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

Qt::ItemFlags AppListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return Qt::NoItemFlags;
    const RowKind kind = m_rows.at(index.row()).kind;
    // Headings and notes are read, never chosen.
    return kind == RowKind::Registered || kind == RowKind::Draft ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                                                 : Qt::NoItemFlags;
}

QVariant AppListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == KindRole)
        return int(row.kind);
    switch (row.kind) {
    case RowKind::Registered:
        return registeredData(row.entry, role);
    case RowKind::Draft:
        return draftData(row.entry, role);
    case RowKind::Heading:
    case RowKind::Note:
        return headingData(row, role);
    }
    return {};
}

QVariant AppListModel::headingData(const Row &row, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    if (row.kind == RowKind::Note)
        return emptyNote(row.section);
    if (row.section == draftSection)
        return tr("Drafts on this computer");
    return m_portalName.isEmpty() ? tr("On a portal") : tr("On %1").arg(m_portalName);
}

QString AppListModel::emptyNote(int section) const
{
    if (section == draftSection)
        return tr("No drafts yet.");
    if (m_portalName.isEmpty())
        return tr("No portal yet.");
    switch (m_registry->state()) {
    case AppRegistry::State::Loaded:
        return tr("No apps registered yet.");
    case AppRegistry::State::Failed:
        return tr("Not loaded: see the message above.");
    case AppRegistry::State::NotLoaded:
        break;
    }
    return tr("Not loaded yet.");
}

QVariant AppListModel::registeredData(int entry, int role) const
{
    const OAuthApp &app = m_apps.at(entry).app;
    const QString state = app.enabled ? QString() : tr("Disabled");
    switch (role) {
    case Qt::DisplayRole:
        return app.name;
    case SubtitleRole:
        return app.clientId;
    case StateRole:
        return state;
    case LogoRole:
        return app.logo;
    case Qt::ToolTipRole:
        return tr("%1\nClient ID: %2\n%3")
            .arg(app.name, app.clientId, app.enabled ? tr("Enabled") : tr("Disabled"));
    case Qt::AccessibleTextRole:
        return accessibleText({app.name, app.clientId, state});
    default:
        return {};
    }
}

QVariant AppListModel::draftData(int entry, int role) const
{
    const AppDraft &draft = m_drafts.at(entry);
    const QString subtitle = tr("Draft, not registered");
    switch (role) {
    case Qt::DisplayRole:
        return draftName(draft);
    case SubtitleRole:
        return subtitle;
    case StateRole:
        return QString();
    case LogoRole:
        return draft.app.logo;
    case Qt::ToolTipRole:
        return tr("%1\nDraft, saved %2")
            .arg(draftName(draft), QLocale().toString(draft.modified.toLocalTime(), QLocale::ShortFormat));
    case Qt::AccessibleTextRole:
        return accessibleText({draftName(draft), subtitle});
    default:
        return {};
    }
}

} // namespace PortalKeys::OAuth
