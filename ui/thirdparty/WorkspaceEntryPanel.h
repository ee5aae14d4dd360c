#pragma once

#include "catalog/ServiceDefinition.h"

#include <QFrame>
#include <QList>
#include <QMap>

class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace PortalKeys::Ui {

class SecureClipboard;

// For a Workspace / Community Server service: PortalKeys has no way to apply its keys, so this says where
// they go in Workspace's own settings page and shows exactly what to type there, label by label, with each
// value masked until "Show values" is ticked and a Copy button beside it.
class WorkspaceEntryPanel : public QFrame {
    Q_OBJECT

public:
    explicit WorkspaceEntryPanel(QWidget *parent = nullptr);

    // `keys`: the keys that apply to the values now typed, in the service's order. Returns whether the rows
    // were made anew (they stay as they are for the same service and keys).
    bool setService(const Catalog::ServiceDefinition &service, const QList<Catalog::KeyDefinition> &keys);
    void setValues(const QMap<QString, QString> &values);
    bool valuesShown() const;

private:
    struct Row {
        Catalog::KeyDefinition key;
        QLineEdit *line = nullptr;
        QPlainTextEdit *text = nullptr;
        QLabel *summary = nullptr;
    };

    void clearRows();
    void showValues();

    QLabel *m_where;
    QCheckBox *m_reveal;
    QLabel *m_status;
    QGridLayout *m_grid;
    QList<QWidget *> m_rowWidgets;
    QList<Row> m_rows;
    QMap<QString, QString> m_values;
    QString m_service;
    QStringList m_keyNames;
    SecureClipboard *m_clipboard;
};

} // namespace PortalKeys::Ui
