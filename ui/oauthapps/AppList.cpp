#include "oauthapps/AppList.h"

#include "oauthapps/AppListDelegate.h"

#include "oauth/AppIcon.h"

#include <QImage>
#include <QPixmap>

namespace PortalKeys::Ui {

namespace {

constexpr int keyRole = Qt::UserRole;

} // namespace

AppList::AppList(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("appList"));
    setAccessibleName(tr("OAuth apps"));
    setItemDelegate(new AppListDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setUniformItemSizes(false);
    setIconSize(QSize(32, 32));
}

QIcon AppList::iconFor(const QString &logo)
{
    if (!logo.isEmpty()) {
        const OAuth::AppIcon icon = OAuth::AppIcon::fromDataUri(logo);
        QImage image;
        if (image.loadFromData(icon.bytes()))
            return QIcon(QPixmap::fromImage(
                image.scaled(QSize(64, 64), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
    return QIcon(QStringLiteral(":/icons/page-oauth-apps.svg"));
}

void AppList::setSections(const QList<Section> &sections)
{
    const QString current = currentKey();
    const QSignalBlocker blocker(this); // the selection is restored below; no change to report meanwhile
    clear();
    for (const Section &section : sections) {
        auto *heading = new QListWidgetItem(section.heading, this);
        heading->setData(AppListDelegate::KindRole, int(AppListDelegate::ItemKind::Heading));
        heading->setFlags(Qt::NoItemFlags);
        heading->setData(Qt::AccessibleTextRole, section.heading);
        if (section.entries.isEmpty() && !section.emptyNote.isEmpty()) {
            auto *note = new QListWidgetItem(section.emptyNote, this);
            note->setData(AppListDelegate::KindRole, int(AppListDelegate::ItemKind::Note));
            note->setFlags(Qt::NoItemFlags);
        }
        for (const Entry &entry : section.entries) {
            auto *item = new QListWidgetItem(iconFor(entry.logo), entry.name, this);
            item->setData(keyRole, entry.key);
            item->setData(AppListDelegate::KindRole, int(AppListDelegate::ItemKind::App));
            item->setData(AppListDelegate::SubtitleRole, entry.subtitle);
            item->setData(AppListDelegate::StateRole, entry.state);
            item->setData(Qt::AccessibleTextRole,
                          QStringList{entry.name, entry.subtitle, entry.state}.join(QStringLiteral(", ")));
            item->setToolTip(entry.toolTip);
        }
    }
    if (QListWidgetItem *item = itemFor(current))
        setCurrentItem(item);
}

QString AppList::currentKey() const
{
    const QListWidgetItem *item = currentItem();
    return item ? item->data(keyRole).toString() : QString();
}

bool AppList::selectKey(const QString &key)
{
    QListWidgetItem *item = itemFor(key);
    if (!item)
        return false;
    setCurrentItem(item);
    scrollToItem(item);
    return true;
}

QListWidgetItem *AppList::itemFor(const QString &key) const
{
    if (key.isEmpty())
        return nullptr;
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(keyRole).toString() == key)
            return item(row);
    }
    return nullptr;
}

QStringList AppList::keys() const
{
    QStringList list;
    for (int row = 0; row < count(); ++row) {
        const QString key = item(row)->data(keyRole).toString();
        if (!key.isEmpty())
            list.append(key);
    }
    return list;
}

} // namespace PortalKeys::Ui
