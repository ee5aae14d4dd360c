#pragma once

#include "portal/PortalProfile.h"

#include <QList>
#include <QString>
#include <QWidget>

class QComboBox;

namespace PortalKeys::Portal {
class PortalListModel;
}

namespace PortalKeys::Ui {

// "Portal: [name — host]" for the pages that work on one portal at a time (OAuth apps, API keys): the portals
// of the app's PortalListModel, the one chosen last time on that page (remembered under the page's own
// settings key), and a line that says to add one on the Portals page when there is none. It shows the model
// as it was at the last reload(): the page decides when a change is taken up (not during a call to the
// portal it shows).
class PortalPicker : public QWidget {
    Q_OBJECT

public:
    // `settingsKey` remembers the choice; `portals` must outlive the picker.
    PortalPicker(const QString &settingsKey, const Portal::PortalListModel *portals,
                 QWidget *parent = nullptr);

    // Shows the model's portals now, keeping the current choice while it is listed. Returns why the list
    // cannot be read, or an empty string.
    QString reload();
    const QList<Portal::PortalProfile> &portals() const { return m_portals; }
    // The chosen portal, or nullptr when there is none.
    const Portal::PortalProfile *current() const;
    QString currentId() const;
    // The chosen portal's name; empty when there is none.
    QString currentName() const;
    // Chooses `profileId` (reported through portalChosen when it is another portal).
    void select(const QString &profileId);
    QString profilesPath() const;

signals:
    // Another portal was chosen, also by reload() when the chosen one is gone.
    void portalChosen(const QString &profileId);

private:
    void onIndexChanged();

    QString m_settingsKey;
    const Portal::PortalListModel *m_model;
    QList<Portal::PortalProfile> m_portals;
    QString m_chosenId;
    QComboBox *m_combo;
};

} // namespace PortalKeys::Ui
