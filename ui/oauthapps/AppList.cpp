#include "oauthapps/AppList.h"

#include "oauthapps/AppListDelegate.h"
#include "widgets/ThemedIcon.h"

#include "oauth/AppIcon.h"

#include <QApplication>
#include <QImage>
#include <QPixmap>

namespace PortalKeys::Ui {

AppList::AppList(OAuth::AppListModel *model, QWidget *parent)
    : QListView(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("appList"));
    setAccessibleName(tr("OAuth apps"));
    setModel(m_model);
    setItemDelegate(new AppListDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setUniformItemSizes(false);
    setIconSize(QSize(32, 32));
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (!m_quiet)
            emit currentRefChanged(m_model->refAt(current));
    });
    // A reset clears the choice without a word; the same entry is chosen again, as quietly.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_beforeReset = currentRef(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showChosen(m_beforeReset); });
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
    return ThemedIcon::load(QStringLiteral(":/icons/page-oauth-apps.svg"), QApplication::palette());
}

AppList::Ref AppList::currentRef() const
{
    return m_model->refAt(currentIndex());
}

bool AppList::select(const Ref &ref)
{
    const QModelIndex index = m_model->indexOf(ref);
    if (!index.isValid())
        return false;
    setCurrentIndex(index);
    scrollTo(index);
    return true;
}

void AppList::showChosen(const Ref &ref)
{
    m_quiet = true;
    const QModelIndex index = m_model->indexOf(ref);
    if (index.isValid())
        setCurrentIndex(index);
    else
        selectionModel()->clear();
    m_quiet = false;
}

} // namespace PortalKeys::Ui
