#include "thirdparty/ServiceEditor.h"

#include "thirdparty/KeyField.h"
#include "thirdparty/ServiceActionBar.h"
#include "thirdparty/ServiceCardDelegate.h"
#include "thirdparty/ServiceEditorHeader.h"
#include "thirdparty/ServiceEditorParts.h"
#include "thirdparty/ServiceInstructions.h"
#include "thirdparty/ServiceKeyForm.h"
#include "widgets/ScrollColumn.h"

#include "authservice/KeyChange.h"

#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

using AuthService::ServiceView;
using Catalog::KeyDefinition;
using ServiceEditorParts::wrappedLabel;

ServiceEditor::ServiceEditor(QWidget *parent)
    : QWidget(parent)
{
    createWidgets();
    clearEntry();
}

void ServiceEditor::createWidgets()
{
    setObjectName(QStringLiteral("serviceEditor"));
    m_emptyText = new QLabel;
    m_emptyText->setObjectName(QStringLiteral("editorEmpty"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setForegroundRole(QPalette::PlaceholderText);

    m_header = new ServiceEditorHeader;
    // Tab goes through the fields inside, and the column follows the focus.
    m_scroll = new ScrollColumn(createContent());
    m_scroll->setObjectName(QStringLiteral("editorScroll"));

    m_actions = new ServiceActionBar;
    connect(m_actions, &ServiceActionBar::saveRequested, this, &ServiceEditor::saveRequested);
    connect(m_actions, &ServiceActionBar::toggleRequested, this, &ServiceEditor::toggleRequested);
    connect(m_actions, &ServiceActionBar::deleteDraftRequested, this, &ServiceEditor::deleteDraftRequested);

    auto *editorPage = new QWidget;
    auto *editorLayout = new QVBoxLayout(editorPage);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(10);
    editorLayout->addWidget(m_header);
    editorLayout->addWidget(m_scroll, 1);
    editorLayout->addWidget(m_actions);

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_emptyText);
    m_stack->addWidget(editorPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

QWidget *ServiceEditor::createContent()
{
    m_readOnly = new VerdictBanner;
    m_readOnly->setObjectName(QStringLiteral("readOnlyReason"));
    m_planNote = wrappedLabel(QStringLiteral("planNote"));
    m_planNote->setStyleSheet(
        ServiceEditorParts::pillStyle(StatusColors::swatch(ServiceCardDelegate::planTone, palette()))
            .replace(QStringLiteral("border-radius:9px; padding:1px 9px;"),
                     QStringLiteral("border-radius:6px; padding:6px 10px;")));
    m_availability = wrappedLabel(QStringLiteral("availability"), true);
    m_unknown = wrappedLabel(QStringLiteral("unknownService"), true);
    m_instructions = new ServiceInstructions;
    m_form = new ServiceKeyForm;
    connect(m_form, &ServiceKeyForm::valuesEdited, this, [this] {
        revalidate();
        emit valuesEdited();
    });
    connect(m_form, &ServiceKeyForm::warningsAcceptedChanged, this, &ServiceEditor::updateButtons);
    connect(m_form, &ServiceKeyForm::focusChainChanged, this, &ServiceEditor::updateTabOrder);

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("editorContent"));
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 4, 12, 8);
    contentLayout->setSpacing(10);
    contentLayout->addWidget(m_readOnly);
    contentLayout->addWidget(m_planNote);
    contentLayout->addWidget(m_availability);
    contentLayout->addWidget(m_unknown);
    contentLayout->addWidget(m_instructions);
    contentLayout->addSpacing(4);
    contentLayout->addWidget(m_form);
    contentLayout->addStretch();
    return content;
}

void ServiceEditor::clearEntry(const QString &message)
{
    m_hasEntry = false;
    m_entry = ServiceEntry();
    m_missing.clear();
    m_form->clear();
    m_emptyText->setText(
        message.isEmpty() ? tr("Choose a service to see how to get its keys and to edit them.") : message);
    m_stack->setCurrentIndex(0);
}

void ServiceEditor::setEntry(const ServiceEntry &entry, const QMap<QString, QString> &typed,
                             const QMap<QString, QString> &initial)
{
    const bool sameService = m_hasEntry && m_entry.id() == entry.id();
    m_entry = entry;
    m_hasEntry = true;
    if (!sameService) {
        clearResult();
        m_missing.clear();
        m_form->resetWarningsAccepted();
    }
    m_form->rebuild(entry.view.definition);
    m_form->markMissing(m_missing);
    // What is stored, read back through the fields, so that a list or a switch that shows its default for an
    // empty value does not count as an edit.
    bool stored = false;
    for (const QString &value : initial)
        stored = stored || !value.isEmpty();
    const auto shown = [this, stored](const QMap<QString, QString> &source) {
        QMap<QString, QString> result = source;
        for (const KeyDefinition &key : m_entry.view.definition.keys) {
            // A service that holds nothing starts as the portal's own form does: with the defaults.
            if (!stored && result.value(key.name).isEmpty() && !key.defaultValue.isEmpty())
                result.insert(key.name, key.defaultValue);
        }
        return result;
    };
    m_form->setValues(shown(initial));
    m_initial = values();
    m_form->setValues(shown(typed));
    const ServiceView::State state = entry.view.state();
    if (!sameService)
        setInstructionsShown(state == ServiceView::State::Off && !entry.isDraft());
    showService();
    revalidate();
    if (!sameService)
        m_scroll->verticalScrollBar()->setValue(0);
    m_stack->setCurrentIndex(1);
}

void ServiceEditor::updateStored(const ServiceEntry &entry, const QMap<QString, QString> &initial)
{
    const QMap<QString, QString> typed = values();
    setEntry(entry, typed, initial);
}

void ServiceEditor::updateTabOrder()
{
    // Fields made for each service come last in the focus chain by default, after the buttons under them;
    // put the chain back in reading order.
    const QList<QWidget *> chain =
        m_instructions->focusChain() + m_form->focusChain() + m_actions->focusChain();
    for (qsizetype i = 0; i + 1 < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i), chain.at(i + 1));
}

void ServiceEditor::showService()
{
    const ServiceView &view = m_entry.view;
    const Catalog::ServiceDefinition &definition = view.definition;
    m_header->showEntry(m_entry);
    showNotices();
    m_instructions->showDefinition(definition);
    const bool editable = view.state() != ServiceView::State::ReadOnly;
    m_form->setEditable(editable, !definition.keys.isEmpty());
    m_form->showWorkspace(definition, values());
}

void ServiceEditor::showNotices()
{
    const ServiceView &view = m_entry.view;
    m_readOnly->showVerdict(VerdictBanner::State::Warning, view.readOnlyReason());
    m_planNote->setText(view.planNote());
    m_planNote->setVisible(!view.planNote().isEmpty());
    const QString availability = view.definition.availabilityText();
    m_availability->setText(availability.isEmpty() ? QString() : tr("Available in %1.").arg(availability));
    m_availability->setVisible(!availability.isEmpty());
    m_unknown->setText(
        tr("PortalKeys' catalog does not describe this service, so there is no guidance for it "
           "and its values are checked only for completeness. The fields are the ones %1 "
           "lists.")
            .arg(view.portal ? tr("the portal") : tr("the draft")));
    m_unknown->setVisible(!view.knownToCatalog);
}

void ServiceEditor::setInstructionsShown(bool shown)
{
    m_instructions->setShown(shown);
}

void ServiceEditor::showMissingValues(const QStringList &keyNames)
{
    // Once per service shown: the page calls again after every reload, and a newer result must stay.
    const bool news = keyNames != m_missing;
    m_missing = keyNames;
    m_form->markMissing(keyNames);
    if (keyNames.isEmpty() || !news)
        return;
    QStringList labels;
    for (const QString &name : keyNames) {
        const KeyDefinition *key = m_entry.view.definition.key(name);
        labels.append(key && !key->label.isEmpty() ? key->label : name);
    }
    showResult(VerdictBanner::State::Warning,
               tr("Secret missing: the keychain no longer holds the value of %1. Enter it again and save.")
                   .arg(labels.join(tr(", "))));
}

QMap<QString, QString> ServiceEditor::values() const
{
    return m_form->values();
}

bool ServiceEditor::isEdited() const
{
    return m_hasEntry && values() != m_initial;
}

bool ServiceEditor::warningsAccepted() const
{
    return m_form->warningsAccepted();
}

void ServiceEditor::focusFirstKey()
{
    for (const Catalog::KeyDefinition &key : m_entry.view.definition.keys) {
        KeyField *keyField = field(key.name);
        if (keyField && keyField->isVisibleTo(this) && keyField->editor()->isEnabled()) {
            keyField->editor()->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

KeyField *ServiceEditor::field(const QString &keyName) const
{
    return m_form->field(keyName);
}

void ServiceEditor::revalidate()
{
    if (!m_hasEntry)
        return;
    const QMap<QString, QString> current = values();
    m_validation = m_entry.view.validate(current);
    // An untouched service that is off has nothing to complain about yet; what is stored, or typed, has.
    const bool showIssues = isEdited() || m_entry.view.state() == ServiceView::State::On || m_entry.isDraft();
    m_form->showValidation(m_validation, current, showIssues);
    if (m_entry.view.definition.product == Catalog::Product::Workspace)
        m_form->showWorkspace(m_entry.view.definition, current);
    updateButtons();
}

bool ServiceEditor::canSave() const
{
    if (!m_hasEntry || m_busy || m_entry.view.state() == ServiceView::State::ReadOnly)
        return false;
    if (!m_validation.canSave(warningsAccepted()))
        return false;
    if (m_entry.view.portal)
        return AuthService::KeyChange::anyChange(m_entry.view.preview(values()));
    // Offline: something to keep, and a new draft with no value at all would keep nothing.
    return isEdited() && (m_entry.isDraft() || !m_validation.disables);
}

void ServiceEditor::updateButtons()
{
    ServiceActionBar::State state;
    state.service = m_entry.view.state();
    state.online = m_entry.view.portal.has_value();
    state.draft = m_entry.isDraft();
    state.busy = m_busy;
    state.canSave = canSave();
    state.hasEntry = m_hasEntry;
    m_actions->update(state);
}

void ServiceEditor::setBusy(bool busy)
{
    m_busy = busy;
    m_form->setBusy(busy);
    updateButtons();
}

void ServiceEditor::showResult(VerdictBanner::State state, const QString &text, const QString &details)
{
    m_actions->showResult(state, text, details);
}

void ServiceEditor::clearResult()
{
    m_actions->clearResult();
}

} // namespace PortalKeys::Ui
