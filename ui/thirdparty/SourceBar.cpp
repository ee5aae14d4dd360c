#include "thirdparty/SourceBar.h"

#include "widgets/PageControls.h"

#include "portal/PortalListModel.h"
#include "portal/PortalUrl.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSettings>

namespace PortalKeys::Ui {

using Catalog::Product;
using Portal::PortalProfile;

namespace {

const QString portalPrefix = QStringLiteral("portal:");
const QString offlinePrefix = QStringLiteral("offline:");
const QString sourceSettingKey = QStringLiteral("thirdParty/source");
const QString portalSettingKey = QStringLiteral("thirdParty/portal");

} // namespace

QString SourceBar::Source::settingValue() const
{
    return isOffline() ? offlinePrefix + Catalog::productName(product) : portalPrefix + profileId;
}

std::optional<SourceBar::Source> SourceBar::Source::fromSettingValue(const QString &value)
{
    if (value.startsWith(portalPrefix) && value.size() > portalPrefix.size())
        return portal(value.mid(portalPrefix.size()));
    if (value.startsWith(offlinePrefix)) {
        if (const std::optional<Product> product = Catalog::productFromName(value.mid(offlinePrefix.size())))
            return offline(*product);
    }
    return std::nullopt;
}

SourceBar::SourceBar(const Portal::PortalListModel *portals, QWidget *parent)
    : QWidget(parent)
    , m_model(portals)
    , m_sourceCombo(new QComboBox)
    , m_productLabel(new QLabel(tr("&Product:")))
    , m_productCombo(new QComboBox)
    , m_reload(PageControls::button(tr("Re&load"), QStringLiteral("reload")))
{
    m_sourceCombo->setObjectName(QStringLiteral("source"));
    // "production — portal.example.com" whole where there is room; on a small screen half as wide, elided.
    m_sourceCombo->setMinimumContentsLength(24);
    m_sourceCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sourceCombo->setMinimumWidth(m_sourceCombo->minimumSizeHint().width() / 2);
    m_sourceCombo->setToolTip(tr("A portal, to see and change its keys; or offline drafts"));
    auto *sourceLabel = new QLabel(tr("S&ource:"));
    sourceLabel->setBuddy(m_sourceCombo);
    connect(m_sourceCombo, &QComboBox::activated, this, [this](int index) {
        emit sourceChosen(index == m_offlineIndex
                              ? Source::offline(offlineProduct())
                              : Source::portal(m_sourceCombo->itemData(index).toString()));
    });
    m_productCombo->setObjectName(QStringLiteral("product"));
    PageControls::narrowCombo(m_productCombo, 8);
    for (Product product : Catalog::allProducts())
        m_productCombo->addItem(Catalog::productDisplayName(product), Catalog::productName(product));
    m_productCombo->setToolTip(tr("Which product the drafts are for: their services and keys differ"));
    m_productLabel->setBuddy(m_productCombo);
    connect(m_productCombo, &QComboBox::activated, this,
            [this] { emit sourceChosen(Source::offline(offlineProduct())); });
    m_reload->setToolTip(PageControls::withShortcut(tr("Read the services again"), QKeySequence::Refresh));
    connect(m_reload, &QPushButton::clicked, this, &SourceBar::reloadRequested);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(sourceLabel);
    row->addWidget(m_sourceCombo);
    row->addSpacing(8);
    row->addWidget(m_productLabel);
    row->addWidget(m_productCombo);
    row->addWidget(m_reload);
    row->addStretch();
    fillSourceCombo();
}

QString SourceBar::reload()
{
    m_profiles = m_model->profiles();
    fillSourceCombo();
    return m_model->loadError();
}

const PortalProfile *SourceBar::profile(const QString &id) const
{
    for (const PortalProfile &candidate : m_profiles) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

const SourceBar::Source &SourceBar::choose(const Source &source)
{
    m_shown = source.isOffline() || profile(source.profileId) ? source : Source::offline(Product::DocSpace);
    QSettings settings;
    settings.setValue(sourceSettingKey, m_shown.settingValue());
    if (!m_shown.isOffline())
        settings.setValue(portalSettingKey, m_shown.profileId);
    fillSourceCombo();
    return m_shown;
}

SourceBar::Source SourceBar::startSource() const
{
    const QSettings settings;
    const std::optional<Source> last = Source::fromSettingValue(settings.value(sourceSettingKey).toString());
    if (m_profiles.isEmpty())
        return Source::offline(last && last->isOffline() ? last->product : Product::DocSpace);
    // With a portal listed its keys come first: drafts are prepared for portals, not instead of them.
    const QString lastPortal =
        settings.value(portalSettingKey, last ? last->profileId : QString()).toString();
    return Source::portal(profile(lastPortal) ? lastPortal : m_profiles.first().id);
}

void SourceBar::fillSourceCombo()
{
    const QSignalBlocker blocker(m_sourceCombo);
    m_sourceCombo->clear();
    for (const PortalProfile &profile : std::as_const(m_profiles))
        m_sourceCombo->addItem(
            QIcon(QStringLiteral(":/icons/page-portals.svg")),
            tr("%1 — %2").arg(profile.name, Portal::PortalUrl::hostAndPort(profile.baseUrl)), profile.id);
    if (!m_profiles.isEmpty())
        m_sourceCombo->insertSeparator(m_sourceCombo->count());
    m_offlineIndex = m_sourceCombo->count();
    m_sourceCombo->addItem(QIcon(QStringLiteral(":/icons/page-third-party.svg")), tr("Offline drafts"));
    const bool offline = m_shown.isOffline();
    m_sourceCombo->setCurrentIndex(offline ? m_offlineIndex : m_sourceCombo->findData(m_shown.profileId));
    m_productLabel->setVisible(offline);
    m_productCombo->setVisible(offline);
    if (offline)
        m_productCombo->setCurrentIndex(m_productCombo->findData(Catalog::productName(m_shown.product)));
}

Product SourceBar::offlineProduct() const
{
    return Catalog::productFromName(m_productCombo->currentData().toString()).value_or(Product::DocSpace);
}

void SourceBar::setBusy(bool busy)
{
    for (QWidget *widget : std::initializer_list<QWidget *>{m_sourceCombo, m_productCombo, m_reload})
        widget->setEnabled(!busy);
}

QList<QWidget *> SourceBar::focusOrder() const
{
    return {m_sourceCombo, m_productCombo, m_reload};
}

} // namespace PortalKeys::Ui
