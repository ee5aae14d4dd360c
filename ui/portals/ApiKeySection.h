#pragma once

#include <QObject>

class QFormLayout;
class QLabel;

namespace PortalKeys::Ui {

class SecretEdit;

// The portal dialog's rows for an API key: the key and where to get it. Adds them to the dialog's form, so
// that its labels share the form's label column.
class ApiKeySection : public QObject {
    Q_OBJECT

public:
    explicit ApiKeySection(QObject *parent = nullptr);

    void addRows(QFormLayout *form);
    void setRowsVisible(QFormLayout *form, bool visible);
    // `keep`: editing a portal that signs in with a key; an empty field keeps the stored one.
    void setKeepsStoredKey(bool keep);
    // What is wrong with the typed key; `needed`: an empty field is wrong too.
    QString problem(bool needed) const;
    SecretEdit *keyEdit() const { return m_key; }

signals:
    void changed();

private:
    SecretEdit *m_key;
    QLabel *m_help;
};

} // namespace PortalKeys::Ui
