#pragma once

#include "oauth/ScopeModel.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QGridLayout;
class QLabel;

namespace PortalKeys::Ui {

// The access scopes of an OAuth app as the portal's form shows them: a row per group (Profile, Accounts,
// Files & Folders, Rooms, OpenID) with Read and Write check boxes. ScopeModel decides what a click means:
// checking Write checks Read, and Read cannot be unchecked while Write is on (its box is then disabled).
class ScopeMatrix : public QWidget {
    Q_OBJECT

public:
    explicit ScopeMatrix(QWidget *parent = nullptr);

    // Shows the groups of `model` (the built-in scopes offline, the portal's online), keeping the chosen
    // scopes that `model` knows too.
    void setModel(const OAuth::ScopeModel &model);
    const OAuth::ScopeModel &model() const { return m_model; }

    QStringList scopes() const { return m_model.scopes(); }
    // Returns the scopes the model does not know (they are left out).
    QStringList setScopes(const QStringList &scopes);
    void setReadOnly(bool readOnly);

    // The box of one scope ("files:write"), or null.
    QCheckBox *checkBox(const QString &scope) const { return m_boxes.value(scope); }
    // The check boxes in reading order, row by row.
    QList<QWidget *> focusOrder() const;

signals:
    void changed();
    // The boxes were made anew for another scope list.
    void rebuilt();

private:
    void rebuild();
    void sync();
    void onToggled(const QString &scope, bool checked);

    OAuth::ScopeModel m_model;
    QGridLayout *m_grid;
    QHash<QString, QCheckBox *> m_boxes;
    QHash<QString, QLabel *> m_descriptions; // by group id
    bool m_readOnly = false;
    bool m_syncing = false;
};

} // namespace PortalKeys::Ui
