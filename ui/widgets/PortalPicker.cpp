#include "widgets/PortalPicker.h"

#include "portal/PortalListModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QSignalBlocker>

namespace PortalKeys::Ui {

PortalPicker::PortalPicker(const QString &settingsKey, const Portal::PortalListModel *portals,
                           QWidget *parent)
    : QWidget(parent)
    , m_settingsKey(settingsKey)
    , m_model(portals)
    , m_combo(new QComboBox)
{
    m_combo->setObjectName(QStringLiteral("portalPicker"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(18);
    auto *label = new QLabel(tr("&Portal:"));
    label->setBuddy(m_combo);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_combo);
    setFocusProxy(m_combo);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &PortalPicker::onIndexChanged);
}

QString PortalPicker::reload()
{
    m_portals = m_model->profiles();
    // The first time, the portal chosen when the page was last used.
    const QString previous = m_chosenId.isEmpty() ? QSettings().value(m_settingsKey).toString() : m_chosenId;
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->clear();
        for (const Portal::PortalProfile &profile : std::as_const(m_portals))
            m_combo->addItem(QStringLiteral("%1 — %2").arg(profile.name, profile.baseUrl.host()), profile.id);
        if (m_portals.isEmpty())
            m_combo->addItem(tr("No portals — add one on the Portals page"));
        m_combo->setCurrentIndex(qMax(0, m_combo->findData(previous)));
    }
    m_combo->setEnabled(!m_portals.isEmpty());
    if (currentId() != m_chosenId)
        onIndexChanged();
    return m_model->loadError();
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
    m_chosenId = id;
    if (!id.isEmpty())
        QSettings().setValue(m_settingsKey, id);
    emit portalChosen(id);
}

} // namespace PortalKeys::Ui
