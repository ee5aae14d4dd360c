#pragma once

#include "catalog/ServiceDefinition.h"
#include "catalog/ServiceValidator.h"

#include <QMap>
#include <QWidget>

class QCheckBox;
class QLabel;
class QVBoxLayout;

namespace PortalKeys::Ui {

class KeyField;
class WorkspaceEntryPanel;

// The keys of the service in the editor: a field per key of the catalog (hidden while it does not apply),
// what core's check says about each and about the service as a whole, "accept the warnings", and for a
// Workspace service what to enter in Workspace's own page.
class ServiceKeyForm : public QWidget {
    Q_OBJECT

public:
    explicit ServiceKeyForm(QWidget *parent = nullptr);

    // New fields for the keys of `definition`, empty.
    void rebuild(const Catalog::ServiceDefinition &definition);
    void clear();
    QMap<QString, QString> values() const;
    void setValues(const QMap<QString, QString> &values);
    KeyField *field(const QString &keyName) const;
    void setEditable(bool editable, bool keysShown);
    // The check of `values` shown at each field and under them; `showIssues` false keeps it silent.
    void showValidation(const Catalog::ServiceValidator::Result &validation,
                        const QMap<QString, QString> &values, bool showIssues);
    // Shows the Workspace panel for `definition` when it is a Workspace service.
    void showWorkspace(const Catalog::ServiceDefinition &definition, const QMap<QString, QString> &values);
    // Keys whose stored value is lost (the keychain no longer has it): their fields say so while empty.
    void markMissing(const QStringList &keyNames);
    bool warningsAccepted() const;
    void resetWarningsAccepted();
    void setBusy(bool busy);
    // Its stops for Tab, in reading order.
    QList<QWidget *> focusChain() const;

signals:
    void valuesEdited();
    void warningsAcceptedChanged();
    // Fields came or went: the editor's tab order needs renewing.
    void focusChainChanged();

private:
    QList<Catalog::KeyDefinition> applyingKeys(const QMap<QString, QString> &values) const;

    QList<Catalog::KeyDefinition> m_keys;
    QList<KeyField *> m_fields;
    QLabel *m_heading = nullptr;
    QWidget *m_fieldsBox = nullptr;
    QVBoxLayout *m_fieldsLayout = nullptr;
    QLabel *m_serviceIssues = nullptr;
    QCheckBox *m_acceptWarnings = nullptr;
    WorkspaceEntryPanel *m_workspace = nullptr;
};

} // namespace PortalKeys::Ui
