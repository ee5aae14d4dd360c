#pragma once

#include "catalog/Issue.h"
#include "catalog/KeyDefinition.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace PortalKeys::Ui {

class MultiLineKeyEdit;
class SecretEdit;

// One key of a service: its label, the editor its type calls for (a masked SecretEdit for secrets, a
// plain-text edit for PEM and JSON keys, a list, a switch, a number), and under it what core's validation
// says about the value and the catalog's advice for the key.
class KeyField : public QWidget {
    Q_OBJECT

public:
    explicit KeyField(const Catalog::KeyDefinition &key, QWidget *parent = nullptr);

    const Catalog::KeyDefinition &key() const { return m_key; }
    QString value() const;
    void setValue(const QString &value);
    void setEditable(bool editable);
    // The stored value is lost (the keychain no longer holds it): the empty field asks for it again.
    void setMissing(bool missing);
    // Shows the issues of this key (errors, warnings, information), or hides the line when there are none.
    void setIssues(const QList<Catalog::Issue> &issues);
    QString issuesText() const;
    // The widget that takes the typing (tests find it by the object name "key-<name>").
    QWidget *editor() const { return m_editor; }

signals:
    void valueChanged();

private:
    Catalog::KeyDefinition m_key;
    QWidget *m_editor = nullptr;
    QLineEdit *m_line = nullptr; // text, number and secrets
    MultiLineKeyEdit *m_multiLine = nullptr;
    QComboBox *m_select = nullptr;
    QCheckBox *m_toggle = nullptr;
    QString m_toggleOff; // "false" or "": what an unticked switch sends, as it was stored
    QLabel *m_issues = nullptr;
    QString m_issuesText;
    QString m_placeholder; // the line edit's own, shown again once the value is no longer missing
};

} // namespace PortalKeys::Ui
