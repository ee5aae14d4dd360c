#pragma once

#include <QCheckBox>
#include <QList>
#include <QStringList>
#include <QWidget>

class QButtonGroup;
class QGridLayout;
class QRadioButton;

namespace PortalKeys::Ui {

// What an API key may do, as the portal's own page offers it: All, Read only, or chosen scopes as check
// boxes (a row per area, Read and Write), from the portal's permission list.
class PermissionChooser : public QWidget {
    Q_OBJECT

public:
    explicit PermissionChooser(QWidget *parent = nullptr);

    // The portal's permission names (GET /keys/permissions); the scopes among them become check boxes.
    void setOffered(const QStringList &names);
    // Shows these stored permissions (empty: all).
    void setPermissions(const QStringList &permissions);
    // What to send: ["*"], ["*:read"] or the chosen scopes (empty when none is chosen).
    QStringList permissions() const;

signals:
    void changed();

private:
    void rebuildScopes();
    void updateEnabled();

    QStringList m_scopes;
    QButtonGroup *m_choice;
    QRadioButton *m_all;
    QRadioButton *m_readOnly;
    QRadioButton *m_chosen;
    QWidget *m_scopePanel;
    QGridLayout *m_grid;
    QList<QCheckBox *> m_boxes;
};

} // namespace PortalKeys::Ui
