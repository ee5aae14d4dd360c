#include "widgets/PortalPicker.h"

#include "widgets/PageControls.h"
#include "widgets/PageUpdates.h"

#include "portal/PortalListModel.h"
#include "portal/PortalUrl.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>

namespace PortalKeys::Ui {

PortalPicker::PortalPicker(const QString &settingsKey, const Portal::PortalListModel *portals,
                           const QString &reloadName, const QString &reloadTip, QWidget *parent)
    : QWidget(parent)
    , m_settingsKey(settingsKey)
    , m_model(portals)
    , m_label(new QLabel(tr("&Portal:")))
    , m_combo(new QComboBox)
    , m_reload(PageControls::button(tr("Re&load"), reloadName))
{
    m_combo->setObjectName(QStringLiteral("portalPicker"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(18);
    m_label->setBuddy(m_combo);
    m_reload->setToolTip(PageControls::withShortcut(reloadTip, QKeySequence::Refresh));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_combo);
    layout->addWidget(m_reload);
    layout->addStretch();
    setFocusProxy(m_combo);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &PortalPicker::onIndexChanged);
    connect(m_reload, &QPushButton::clicked, this, &PortalPicker::reloadRequested);
}

void PortalPicker::reload()
{
    m_portals = m_model->profiles();
    // The first time, the portal chosen when the page was last used.
    const QString previous = m_chosenId.isEmpty() ? QSettings().value(m_settingsKey).toString() : m_chosenId;
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->clear();
        for (const Portal::PortalProfile &profile : std::as_const(m_portals))
            m_combo->addItem(
                QStringLiteral("%1 — %2").arg(profile.name, Portal::PortalUrl::hostAndPort(profile.baseUrl)),
                profile.id);
        if (m_portals.isEmpty())
            m_combo->addItem(tr("No portals — add one on the Portals page"));
        m_combo->setCurrentIndex(qMax(0, m_combo->findData(previous)));
    }
    setBusy(m_busy);
    if (currentId() != m_chosenId)
        onIndexChanged();
    emit reloaded(m_model->loadError());
}

void PortalPicker::follow(QWidget *page, std::function<bool()> isBusy, std::function<bool()> isLoaded)
{
    auto *updates = new PageUpdates(
        page, isBusy,
        [this, isBusy, isLoaded] {
            reload();
            if (current() && !isLoaded() && !isBusy())
                emit reloadRequested();
        },
        [this] { reload(); });
    connect(m_model, &Portal::PortalListModel::profilesChanged, updates, &PageUpdates::changed);
}

QString PortalPicker::profilesPath() const
{
    return m_model->path();
}

const Portal::PortalProfile *PortalPicker::current() const
{
    const QString id = currentId();
    for (const Portal::PortalProfile &profile : m_portals) {
        if (profile.id == id)
            return &profile;
    }
    return nullptr;
}

QString PortalPicker::currentId() const
{
    return m_combo->currentData().toString();
}

QString PortalPicker::currentName() const
{
    const Portal::PortalProfile *portal = current();
    return portal ? portal->name : QString();
}

void PortalPicker::setBusy(bool busy)
{
    m_busy = busy;
    m_label->setEnabled(!m_portals.isEmpty() && !busy);
    m_combo->setEnabled(!m_portals.isEmpty() && !busy);
    m_reload->setEnabled(current() && !busy);
}

void PortalPicker::select(const QString &profileId)
{
    const int index = m_combo->findData(profileId);
    if (index >= 0)
        m_combo->setCurrentIndex(index);
}

void PortalPicker::onIndexChanged()
{
    const QString id = currentId();
    if (id == m_chosenId)
        return;
    // A portal that is gone cannot be kept: there is nothing left to go back to.
    const int chosenIndex = m_combo->findData(m_chosenId);
    if (m_leaveGuard && !m_chosenId.isEmpty() && chosenIndex >= 0 &&
        !m_leaveGuard([this, id] { select(id); })) {
        const QSignalBlocker blocker(m_combo);
        m_combo->setCurrentIndex(chosenIndex);
        return;
    }
    m_chosenId = id;
    if (!id.isEmpty())
        QSettings().setValue(m_settingsKey, id);
    emit portalChosen(id);
}

} // namespace PortalKeys::Ui
