#pragma once

#include "authservice/KeyChange.h"

#include <QDialog>

class QCheckBox;
class QTreeWidget;

namespace PortalKeys::Ui {

// What saving a service would do, key by key, before anything is sent: added, changed, cleared or unchanged,
// with the values masked unless "Reveal values" is ticked. Says so plainly when the save switches the
// service off; then Cancel is the default button.
class ChangePreviewDialog : public QDialog {
    Q_OBJECT

public:
    enum Column { KeyColumn, ChangeColumn, BeforeColumn, AfterColumn };

    // `where`: the portal's name, shown in the question.
    ChangePreviewDialog(const QString &serviceTitle, const QString &where,
                        const QList<AuthService::KeyChange> &changes, QWidget *parent = nullptr);

    bool valuesRevealed() const;
    void setValuesRevealed(bool revealed);
    static QString kindText(AuthService::KeyChange::Kind kind);

private:
    void fillTable();

    QList<AuthService::KeyChange> m_changes;
    QTreeWidget *m_table;
    QCheckBox *m_reveal;
};

} // namespace PortalKeys::Ui
