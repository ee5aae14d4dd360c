#pragma once

#include "portal/PortalProfile.h"
#include "portal/ProfileStore.h"

#include <QList>
#include <QString>
#include <QWidget>

class QComboBox;

namespace PortalKeys::Ui {

// "Portal: [name — host]" for the pages that work on one portal at a time (OAuth apps, API keys): the saved
// portals, the one chosen last time on that page (remembered under the page's own settings key), and a line
// that says to add one on the Portals page when there is none.
class PortalPicker : public QWidget {
    Q_OBJECT

public:
    // `settingsKey` remembers the choice; `profilesPath` empty: the default portal list.
    explicit PortalPicker(const QString &settingsKey, const QString &profilesPath = {},
                          QWidget *parent = nullptr);

    // Reads the portal list again, keeping the current choice while it is listed. Returns why the list
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
    QString profilesPath() const { return m_store.path(); }

signals:
    // Another portal was chosen, also by reload() when the chosen one is gone.
    void portalChosen(const QString &profileId);

private:
    void onIndexChanged();

    QString m_settingsKey;
    Portal::ProfileStore m_store;
    QList<Portal::PortalProfile> m_portals;
    QString m_chosenId;
    QComboBox *m_combo;
};

} // namespace PortalKeys::Ui
