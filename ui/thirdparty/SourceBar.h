#pragma once

#include "catalog/Product.h"
#include "portal/PortalProfile.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace PortalKeys::Portal {
class PortalListModel;
}

namespace PortalKeys::Ui {

// "Source: [portal — host | Offline drafts]  Product: [DocSpace]  Reload" at the top of the Third-party page:
// the portals of the app's PortalListModel, whose services are read from the portal, or the offline drafts of
// one product. It lists the portals as they were at the last reload(): the page decides when a change is
// taken up (not while it works with a portal). The portal and the product shown are remembered for the next
// start.
class SourceBar : public QWidget {
    Q_OBJECT

public:
    // Where the page's services come from: a portal, or (no profile id) the drafts of a product.
    struct Source {
        QString profileId;
        Catalog::Product product = Catalog::Product::DocSpace;

        static Source portal(const QString &id) { return {id, Catalog::Product::DocSpace}; }
        static Source offline(Catalog::Product product) { return {QString(), product}; }
        bool isOffline() const { return profileId.isEmpty(); }
        // How the choice is remembered in the settings: "portal:<id>" or "offline:<product>".
        QString settingValue() const;
        static std::optional<Source> fromSettingValue(const QString &value);
    };

    // `portals` must outlive the bar.
    explicit SourceBar(const Portal::PortalListModel *portals, QWidget *parent = nullptr);

    // Lists the model's portals now; returns why the list cannot be read, or an empty string.
    QString reload();
    const QList<Portal::PortalProfile> &profiles() const { return m_profiles; }
    const Portal::PortalProfile *profile(const QString &id) const;
    // Shows `source` as chosen, without reporting it, and remembers it for the next start; DocSpace's offline
    // drafts instead when its portal is no longer listed. Returns what is shown.
    const Source &choose(const Source &source);
    // What is shown.
    const Source &current() const { return m_shown; }
    // The portal shown; nullptr while offline drafts are.
    const Portal::PortalProfile *currentPortal() const { return profile(m_shown.profileId); }
    // Whether the portal shown is gone from the list since (the page then goes offline).
    bool portalGone() const { return !m_shown.isOffline() && !currentPortal(); }
    // Where the page starts: the portal used last while it is still listed, else the first portal; offline
    // drafts (of the product used last) only when no portal is listed, as they are prepared for portals.
    Source startSource() const;
    // The product chosen for offline drafts (also while a portal is shown: the one Offline drafts takes).
    Catalog::Product offlineProduct() const;
    void setBusy(bool busy);
    QPushButton *reloadButton() const { return m_reload; }
    QList<QWidget *> focusOrder() const;

signals:
    void sourceChosen(const SourceBar::Source &source);
    void reloadRequested();

private:
    void fillSourceCombo();

    const Portal::PortalListModel *m_model;
    QList<Portal::PortalProfile> m_profiles;
    Source m_shown;
    int m_offlineIndex = -1;
    QComboBox *m_sourceCombo;
    QLabel *m_productLabel;
    QComboBox *m_productCombo;
    QPushButton *m_reload;
};

} // namespace PortalKeys::Ui
