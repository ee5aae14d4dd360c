#pragma once

#include "portal/PortalProfile.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;

namespace PortalKeys::Portal {
class PortalListModel;
}

namespace PortalKeys::Ui {

// "Portal: [name — host]  Reload" for the pages that work on one portal at a time (OAuth apps, API keys): the
// portals of the app's PortalListModel, the one chosen last time on that page (remembered under the page's
// own settings key), and a line that says to add one on the Portals page when there is none. It shows the
// model as it was at the last reload(): the page decides when a change is taken up (not during a call to the
// portal it shows).
class PortalPicker : public QWidget {
    Q_OBJECT

public:
    // Asked before another portal is chosen while the one chosen is still listed: true lets the choice
    // happen; false keeps the chosen portal, and the page calls `proceed` once the choice may happen after
    // all (e.g. when the user agreed to lose unsaved edits that belong to the portal being left).
    using LeaveGuard = std::function<bool(std::function<void()> proceed)>;

    // `settingsKey` remembers the choice; `portals` must outlive the picker. The Reload button is named
    // `reloadName` and says `reloadTip`.
    PortalPicker(const QString &settingsKey, const Portal::PortalListModel *portals,
                 const QString &reloadName, const QString &reloadTip, QWidget *parent = nullptr);

    // Shows the model's portals now, keeping the current choice while it is listed; reports reloaded().
    void reload();
    // Keeps the picker up to date for `page` (PageUpdates): the page's first look takes up the list and asks
    // to load the chosen portal (reloadRequested) unless `isLoaded`; a changed list is taken up once the page
    // is shown and idle. Both functions are the page's.
    void follow(QWidget *page, std::function<bool()> isBusy, std::function<bool()> isLoaded);
    const QList<Portal::PortalProfile> &portals() const { return m_portals; }
    // The chosen portal, or nullptr when there is none.
    const Portal::PortalProfile *current() const;
    QString currentId() const;
    // The chosen portal's name; empty when there is none.
    QString currentName() const;
    // Chooses `profileId` (reported through portalChosen when it is another portal).
    void select(const QString &profileId);
    void setLeaveGuard(LeaveGuard guard) { m_leaveGuard = std::move(guard); }
    QString profilesPath() const;
    // While a call runs, another portal cannot be chosen (a new key or secret must not be dropped) and
    // nothing reloaded.
    void setBusy(bool busy);
    QPushButton *reloadButton() const { return m_reload; }

signals:
    // Another portal was chosen, also by reload() when the chosen one is gone.
    void portalChosen(const QString &profileId);
    // The list was shown again: `error` says why the file cannot be read, or is empty.
    void reloaded(const QString &error);
    void reloadRequested();

private:
    void onIndexChanged();

    QString m_settingsKey;
    const Portal::PortalListModel *m_model;
    QList<Portal::PortalProfile> m_portals;
    QString m_chosenId;
    LeaveGuard m_leaveGuard;
    bool m_busy = false;
    QLabel *m_label;
    QComboBox *m_combo;
    QPushButton *m_reload;
};

} // namespace PortalKeys::Ui
