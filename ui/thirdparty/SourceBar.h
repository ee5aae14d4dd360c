#pragma once

#include "catalog/Product.h"
#include "portal/PortalProfile.h"
#include "portal/ProfileStore.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace PortalKeys::Ui {

// "Source: [portal — host | Offline drafts]  Product: [DocSpace]  Reload" at the top of the Third-party page:
// the saved portals, whose services are read from the portal, or the offline drafts of one product.
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

    // `profilesPath` empty: the default portal list.
    explicit SourceBar(const QString &profilesPath, QWidget *parent = nullptr);

    // Reads the portal list again; returns why it cannot be read, or an empty string.
    QString reloadProfiles();
    QString profilesPath() const { return m_store.path(); }
    const QList<Portal::PortalProfile> &profiles() const { return m_profiles; }
    const Portal::PortalProfile *profile(const QString &id) const;
    // Shows `source` as chosen, without reporting it, and remembers it for the next start.
    void show(const Source &source);
    // `source`, or DocSpace's offline drafts when its portal is no longer in the list.
    Source validSource(const Source &source) const;
    // Where the page starts: the source chosen last time while it is still there, else the first portal,
    // else DocSpace's offline drafts.
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

    Portal::ProfileStore m_store;
    QList<Portal::PortalProfile> m_profiles;
    Source m_shown;
    int m_offlineIndex = -1;
    QComboBox *m_sourceCombo;
    QLabel *m_productLabel;
    QComboBox *m_productCombo;
    QPushButton *m_reload;
};

} // namespace PortalKeys::Ui
