#include "thirdparty/ServiceKeyForm.h"

#include "thirdparty/KeyField.h"
#include "thirdparty/ServiceEditorParts.h"
#include "thirdparty/WorkspaceEntryPanel.h"
#include "widgets/StatusColors.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

using Catalog::Issue;
using Catalog::KeyDefinition;
using Catalog::ServiceValidator;

ServiceKeyForm::ServiceKeyForm(QWidget *parent)
    : QWidget(parent)
{
    m_heading = ServiceEditorParts::sectionHeading(tr("Keys"));
    m_fieldsBox = new QWidget;
    m_fieldsBox->setObjectName(QStringLiteral("keyFields"));
    m_fieldsLayout = new QVBoxLayout(m_fieldsBox);
    m_fieldsLayout->setContentsMargins(0, 0, 0, 0);
    m_fieldsLayout->setSpacing(12);
    m_serviceIssues = new QLabel;
    m_serviceIssues->setObjectName(QStringLiteral("serviceIssues"));
    m_serviceIssues->setWordWrap(true);
    m_serviceIssues->setStyleSheet(
        StatusColors::styleSheet(StatusColors::Tone::Error, m_serviceIssues->palette()));
    m_acceptWarnings = new QCheckBox(tr("Accept the &warnings and save anyway"));
    m_acceptWarnings->setObjectName(QStringLiteral("acceptWarnings"));
    connect(m_acceptWarnings, &QCheckBox::toggled, this, &ServiceKeyForm::warningsAcceptedChanged);
    m_workspace = new WorkspaceEntryPanel;

    // The same spacing as the editor's other sections, as if these were a few more of them.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_heading);
    layout->addWidget(m_fieldsBox);
    layout->addWidget(m_serviceIssues);
    layout->addWidget(m_acceptWarnings);
    layout->addWidget(m_workspace);
}

void ServiceKeyForm::clear()
{
    qDeleteAll(m_fields);
    m_fields.clear();
    m_keys.clear();
}

void ServiceKeyForm::rebuild(const Catalog::ServiceDefinition &definition)
{
    clear();
    m_keys = definition.keys;
    for (const KeyDefinition &key : std::as_const(m_keys)) {
        auto *field = new KeyField(key);
        connect(field, &KeyField::valueChanged, this, &ServiceKeyForm::valuesEdited);
        m_fieldsLayout->addWidget(field);
        m_fields.append(field);
    }
    emit focusChainChanged();
}

QMap<QString, QString> ServiceKeyForm::values() const
{
    QMap<QString, QString> result;
    for (const KeyField *field : m_fields)
        result.insert(field->key().name, field->value());
    return result;
}

void ServiceKeyForm::setValues(const QMap<QString, QString> &values)
{
    for (KeyField *field : std::as_const(m_fields))
        field->setValue(values.value(field->key().name));
}

KeyField *ServiceKeyForm::field(const QString &keyName) const
{
    for (KeyField *field : m_fields) {
        if (field->key().name == keyName)
            return field;
    }
    return nullptr;
}

void ServiceKeyForm::setEditable(bool editable, bool keysShown)
{
    m_heading->setText(!keysShown ? tr("Keys: the portal does not show them")
                       : editable ? tr("Keys")
                                  : tr("Keys: set in the server's configuration"));
    for (KeyField *field : std::as_const(m_fields))
        field->setEditable(editable);
}

void ServiceKeyForm::showValidation(const ServiceValidator::Result &validation,
                                    const QMap<QString, QString> &values, bool showIssues)
{
    for (KeyField *field : std::as_const(m_fields)) {
        const bool applies = ServiceValidator::applies(field->key(), m_keys, values);
        field->setVisible(applies);
        field->setIssues(showIssues && applies ? validation.issuesFor(field->key().name) : QList<Issue>());
    }
    QStringList serviceIssues;
    for (const Issue &issue : validation.issuesFor(QString()))
        serviceIssues.append(issue.message);
    m_serviceIssues->setText(serviceIssues.join(QLatin1Char('\n')));
    m_serviceIssues->setVisible(showIssues && !serviceIssues.isEmpty());
    m_acceptWarnings->setVisible(showIssues && validation.hasWarnings() && !validation.hasErrors());
}

void ServiceKeyForm::showWorkspace(const Catalog::ServiceDefinition &definition,
                                   const QMap<QString, QString> &values)
{
    const bool workspace = definition.product == Catalog::Product::Workspace;
    m_workspace->setVisible(workspace);
    if (!workspace)
        return;
    if (m_workspace->setService(definition, applyingKeys(values)))
        emit focusChainChanged();
    m_workspace->setValues(values);
}

void ServiceKeyForm::markMissing(const QStringList &keyNames)
{
    for (KeyField *field : std::as_const(m_fields))
        field->setMissing(keyNames.contains(field->key().name));
}

QList<KeyDefinition> ServiceKeyForm::applyingKeys(const QMap<QString, QString> &values) const
{
    QList<KeyDefinition> keys;
    for (const KeyDefinition &key : m_keys) {
        if (ServiceValidator::applies(key, m_keys, values))
            keys.append(key);
    }
    return keys;
}

bool ServiceKeyForm::warningsAccepted() const
{
    return m_acceptWarnings->isChecked();
}

void ServiceKeyForm::resetWarningsAccepted()
{
    m_acceptWarnings->setChecked(false);
}

void ServiceKeyForm::setBusy(bool busy)
{
    m_fieldsBox->setEnabled(!busy);
    m_acceptWarnings->setEnabled(!busy);
}

QList<QWidget *> ServiceKeyForm::focusChain() const
{
    QList<QWidget *> chain;
    const auto addFocusable = [&chain](QWidget *parent) {
        for (QWidget *widget : parent->findChildren<QWidget *>()) {
            if (widget->focusPolicy() & Qt::TabFocus)
                chain.append(widget);
        }
    };
    for (KeyField *field : m_fields)
        addFocusable(field);
    chain.append(m_acceptWarnings);
    addFocusable(m_workspace);
    return chain;
}

} // namespace PortalKeys::Ui
