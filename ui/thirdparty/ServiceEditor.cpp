#include "thirdparty/ServiceEditor.h"

#include "thirdparty/KeyField.h"
#include "thirdparty/ServiceCardDelegate.h"
#include "thirdparty/WorkspaceEntryPanel.h"
#include "widgets/SecureClipboard.h"

#include "authservice/KeyChange.h"
#include "catalog/ServiceCatalog.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

using AuthService::ServiceView;
using Catalog::Issue;
using Catalog::KeyDefinition;
using Catalog::ServiceValidator;

namespace {

QLabel *wrappedLabel(const QString &objectName, bool muted = false)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    if (muted)
        label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QString pillStyle(const ServiceCardDelegate::Colours &colours)
{
    return QStringLiteral("QLabel { background:%1; color:%2; border-radius:9px; padding:1px 9px; }")
        .arg(colours.background.name(), colours.text.name());
}

QLabel *sectionHeading(const QString &text)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

ServiceEditor::ServiceEditor(QWidget *parent)
    : QWidget(parent)
{
    createWidgets();
    clearEntry();
}

void ServiceEditor::createWidgets()
{
    setObjectName(QStringLiteral("serviceEditor"));
    m_clipboard = new SecureClipboard(this);

    m_emptyText = new QLabel;
    m_emptyText->setObjectName(QStringLiteral("editorEmpty"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setForegroundRole(QPalette::PlaceholderText);

    m_icon = new QLabel;
    m_icon->setFixedSize(40, 40);
    m_icon->setAlignment(Qt::AlignCenter);
    m_icon->setBackgroundRole(QPalette::AlternateBase);
    m_icon->setAutoFillBackground(true);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("serviceTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_badge = new QLabel;
    m_badge->setObjectName(QStringLiteral("serviceBadge"));
    m_purpose = wrappedLabel(QStringLiteral("servicePurpose"));
    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(10);
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_badge, 0, Qt::AlignVCenter);
    titleRow->addStretch();
    auto *titleBox = new QVBoxLayout;
    titleBox->setSpacing(2);
    titleBox->addLayout(titleRow);
    titleBox->addWidget(m_purpose);
    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(m_icon, 0, Qt::AlignTop);
    header->addLayout(titleBox, 1);

    m_readOnly = new VerdictBanner;
    m_readOnly->setObjectName(QStringLiteral("readOnlyReason"));
    m_planNote = wrappedLabel(QStringLiteral("planNote"));
    m_planNote->setStyleSheet(pillStyle(ServiceCardDelegate::planColours())
                                  .replace(QStringLiteral("border-radius:9px; padding:1px 9px;"),
                                           QStringLiteral("border-radius:6px; padding:6px 10px;")));
    m_availability = wrappedLabel(QStringLiteral("availability"), true);
    m_unknown = wrappedLabel(QStringLiteral("unknownService"), true);

    // How to get the keys: open while a service is off (the admin is about to fetch keys), folded once it is
    // on, where the fields matter more.
    m_instructionsToggle = new QToolButton;
    m_instructionsToggle->setObjectName(QStringLiteral("instructionsToggle"));
    m_instructionsToggle->setText(tr("How to get the keys"));
    m_instructionsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_instructionsToggle->setAutoRaise(true);
    QFont toggleFont = m_instructionsToggle->font();
    toggleFont.setBold(true);
    m_instructionsToggle->setFont(toggleFont);
    m_instructionsToggle->setAccessibleDescription(tr("Shows or hides the steps to get the keys"));
    connect(m_instructionsToggle, &QToolButton::clicked, this,
            [this] { setInstructionsShown(!m_instructionsShown); });

    m_steps = new QLabel;
    m_steps->setObjectName(QStringLiteral("steps"));
    m_steps->setWordWrap(true);
    m_steps->setTextFormat(Qt::RichText); // built from escaped steps
    m_steps->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_redirectUri = new QLineEdit;
    m_redirectUri->setObjectName(QStringLiteral("redirectUri"));
    m_redirectUri->setReadOnly(true);
    auto *copyRedirect = new QPushButton(tr("&Copy"));
    m_copyRedirect = copyRedirect;
    copyRedirect->setObjectName(QStringLiteral("copyRedirectUri"));
    copyRedirect->setAutoDefault(false);
    copyRedirect->setToolTip(tr("Copy the redirect URI to register with the provider"));
    m_copyStatus = wrappedLabel(QStringLiteral("copyStatus"), true);
    connect(copyRedirect, &QPushButton::clicked, this,
            [this] { m_clipboard->copyPlain(m_redirectUri->text()); });
    m_copyStatus->setVisible(false); // an empty line would leave a gap under the redirect URI
    connect(m_clipboard, &SecureClipboard::copied, m_copyStatus, [this](const QString &status) {
        m_copyStatus->setText(status);
        m_copyStatus->setVisible(true);
        QTimer::singleShot(5000, m_copyStatus, [this] { m_copyStatus->setVisible(false); });
    });
    m_redirectRow = new QWidget;
    auto *redirectLayout = new QHBoxLayout(m_redirectRow);
    redirectLayout->setContentsMargins(0, 0, 0, 0);
    auto *redirectLabel = new QLabel(tr("&Redirect URI:"));
    redirectLabel->setBuddy(m_redirectUri);
    redirectLayout->addWidget(redirectLabel);
    redirectLayout->addWidget(m_redirectUri, 1);
    redirectLayout->addWidget(copyRedirect);
    m_redirectNote = wrappedLabel(QStringLiteral("redirectNote"), true);
    m_helpLink = new QLabel;
    m_helpLink->setObjectName(QStringLiteral("helpLink"));
    m_helpLink->setTextFormat(Qt::RichText);
    m_helpLink->setOpenExternalLinks(true);
    m_helpLink->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_helpLink->setWordWrap(true);
    m_serviceNote = wrappedLabel(QStringLiteral("serviceNote"));
    m_olderKeys = wrappedLabel(QStringLiteral("olderKeys"), true);

    m_instructions = new QWidget;
    m_instructions->setObjectName(QStringLiteral("instructions"));
    auto *instructionsLayout = new QVBoxLayout(m_instructions);
    instructionsLayout->setContentsMargins(0, 0, 0, 0);
    instructionsLayout->setSpacing(8);
    instructionsLayout->addWidget(m_steps);
    instructionsLayout->addWidget(m_redirectRow);
    instructionsLayout->addWidget(m_redirectNote);
    instructionsLayout->addWidget(m_copyStatus);
    instructionsLayout->addWidget(m_helpLink);
    instructionsLayout->addWidget(m_serviceNote);
    instructionsLayout->addWidget(m_olderKeys);

    m_keysHeading = sectionHeading(tr("Keys"));
    m_fieldsBox = new QWidget;
    m_fieldsBox->setObjectName(QStringLiteral("keyFields"));
    m_fieldsLayout = new QVBoxLayout(m_fieldsBox);
    m_fieldsLayout->setContentsMargins(0, 0, 0, 0);
    m_fieldsLayout->setSpacing(12);
    m_serviceIssues = new QLabel;
    m_serviceIssues->setObjectName(QStringLiteral("serviceIssues"));
    m_serviceIssues->setWordWrap(true);
    m_serviceIssues->setStyleSheet(QStringLiteral("color:#b3261e;"));
    m_acceptWarnings = new QCheckBox(tr("Accept the &warnings and save anyway"));
    m_acceptWarnings->setObjectName(QStringLiteral("acceptWarnings"));
    connect(m_acceptWarnings, &QCheckBox::toggled, this, &ServiceEditor::updateButtons);
    m_workspace = new WorkspaceEntryPanel;

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("editorContent"));
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 4, 12, 8);
    contentLayout->setSpacing(10);
    contentLayout->addWidget(m_readOnly);
    contentLayout->addWidget(m_planNote);
    contentLayout->addWidget(m_availability);
    contentLayout->addWidget(m_unknown);
    contentLayout->addWidget(m_instructionsToggle, 0, Qt::AlignLeft);
    contentLayout->addWidget(m_instructions);
    contentLayout->addSpacing(4);
    contentLayout->addWidget(m_keysHeading);
    contentLayout->addWidget(m_fieldsBox);
    contentLayout->addWidget(m_serviceIssues);
    contentLayout->addWidget(m_acceptWarnings);
    contentLayout->addWidget(m_workspace);
    contentLayout->addStretch();

    m_scroll = new QScrollArea;
    m_scroll->setObjectName(QStringLiteral("editorScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(content);
    // Tab goes through the fields inside, and the scroll area follows the focus; it needs no stop of its own.
    m_scroll->setFocusPolicy(Qt::NoFocus);

    m_result = new VerdictBanner;
    m_result->setObjectName(QStringLiteral("saveResult"));
    m_result->setTextFormat(Qt::RichText); // showResult() escapes every part
    m_save = new QPushButton(tr("&Save"));
    m_save->setObjectName(QStringLiteral("saveService"));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &ServiceEditor::saveRequested);
    m_toggle = new QPushButton;
    m_toggle->setObjectName(QStringLiteral("toggleService"));
    connect(m_toggle, &QPushButton::clicked, this, &ServiceEditor::toggleRequested);
    m_deleteDraft = new QPushButton(tr("&Delete draft…"));
    m_deleteDraft->setObjectName(QStringLiteral("deleteDraft"));
    m_deleteDraft->setToolTip(tr("Delete this draft and its values from the keychain"));
    connect(m_deleteDraft, &QPushButton::clicked, this, &ServiceEditor::deleteDraftRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_toggle);
    buttons->addWidget(m_deleteDraft);
    buttons->addStretch();

    auto *editorPage = new QWidget;
    auto *editorLayout = new QVBoxLayout(editorPage);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(10);
    editorLayout->addLayout(header);
    editorLayout->addWidget(m_scroll, 1);
    editorLayout->addWidget(m_result);
    editorLayout->addLayout(buttons);

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_emptyText);
    m_stack->addWidget(editorPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void ServiceEditor::clearEntry(const QString &message)
{
    m_hasEntry = false;
    m_entry = ServiceEntry();
    qDeleteAll(m_fields);
    m_fields.clear();
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
        m_acceptWarnings->setChecked(false);
    }
    rebuildFields();
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
    for (KeyField *field : std::as_const(m_fields))
        field->setValue(shown(initial).value(field->key().name));
    m_initial = values();
    for (KeyField *field : std::as_const(m_fields))
        field->setValue(shown(typed).value(field->key().name));
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

void ServiceEditor::rebuildFields()
{
    qDeleteAll(m_fields);
    m_fields.clear();
    for (const KeyDefinition &key : m_entry.view.definition.keys) {
        auto *field = new KeyField(key);
        connect(field, &KeyField::valueChanged, this, [this] {
            revalidate();
            emit valuesEdited();
        });
        m_fieldsLayout->addWidget(field);
        m_fields.append(field);
    }
    updateTabOrder();
}

void ServiceEditor::updateTabOrder()
{
    // Fields made for each service come last in the focus chain by default, after the buttons under them;
    // put the chain back in reading order.
    QList<QWidget *> chain{m_instructionsToggle, m_redirectUri, m_copyRedirect, m_helpLink};
    const auto addFocusable = [&chain](QWidget *parent) {
        for (QWidget *widget : parent->findChildren<QWidget *>()) {
            if (widget->focusPolicy() & Qt::TabFocus)
                chain.append(widget);
        }
    };
    for (KeyField *field : std::as_const(m_fields))
        addFocusable(field);
    chain.append(m_acceptWarnings);
    addFocusable(m_workspace);
    chain << m_save << m_toggle << m_deleteDraft;
    for (qsizetype i = 0; i + 1 < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i), chain.at(i + 1));
}

void ServiceEditor::showService()
{
    const ServiceView &view = m_entry.view;
    const Catalog::ServiceDefinition &definition = view.definition;
    m_icon->setPixmap(QIcon(ServiceCardDelegate::iconPath(m_entry)).pixmap(26, 26));
    m_title->setText(m_entry.title());
    m_badge->setText(m_entry.badgeText());
    m_badge->setStyleSheet(pillStyle(ServiceCardDelegate::badgeColours(m_entry.badge())));
    QString purpose = definition.purpose;
    if (m_entry.isDraft() && m_entry.title() != view.title())
        purpose = tr("Draft for %1. %2").arg(view.title(), purpose);
    m_purpose->setText(purpose);
    m_purpose->setVisible(!purpose.isEmpty());

    const QString readOnly = view.readOnlyReason();
    m_readOnly->showVerdict(VerdictBanner::State::Warning, readOnly);
    m_planNote->setText(view.planNote());
    m_planNote->setVisible(!view.planNote().isEmpty());
    const QString availability = definition.availabilityText();
    m_availability->setText(availability.isEmpty() ? QString() : tr("Available in %1.").arg(availability));
    m_availability->setVisible(!availability.isEmpty());
    m_unknown->setText(
        tr("PortalKeys' catalog does not describe this service, so there is no guidance for it "
           "and its values are checked only for completeness. The fields are the ones %1 "
           "lists.")
            .arg(view.portal ? tr("the portal") : tr("the draft")));
    m_unknown->setVisible(!view.knownToCatalog);

    const QStringList steps = definition.steps();
    QString html;
    if (!steps.isEmpty()) {
        html = QStringLiteral("<ol style=\"margin-left:0px; -qt-list-indent:1;\">");
        for (const QString &step : steps)
            html += QStringLiteral("<li style=\"margin-bottom:4px;\">%1</li>").arg(step.toHtmlEscaped());
        html += QStringLiteral("</ol>");
    }
    m_steps->setText(html);
    m_steps->setVisible(!html.isEmpty());
    m_redirectUri->setText(definition.redirectUri);
    m_redirectUri->setCursorPosition(0);
    m_redirectRow->setVisible(definition.usesOAuth());
    const QString redirectNote = definition.redirectNote.isEmpty()
                                     ? Catalog::ServiceCatalog::builtIn().redirectNote(definition.product)
                                     : definition.redirectNote;
    m_redirectNote->setText(redirectNote);
    m_redirectNote->setVisible(definition.usesOAuth() && !redirectNote.isEmpty());
    if (definition.helpUrl.isValid() && !definition.helpUrl.isEmpty()) {
        // The host says where the link goes; a long path would only widen the panel (the tooltip has it all).
        QString shown = definition.helpUrl.host() +
                        (definition.helpUrl.path().length() > 1 ? definition.helpUrl.path() : QString());
        constexpr int maxShown = 34;
        if (shown.size() > maxShown)
            shown = shown.left(maxShown - 1) + QStringLiteral("…");
        m_helpLink->setText(tr("Where to get the keys: %1")
                                .arg(QStringLiteral("<a href=\"%1\">%2</a>")
                                         .arg(definition.helpUrl.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                              shown.toHtmlEscaped())));
        m_helpLink->setToolTip(definition.helpUrl.toString());
    } else {
        m_helpLink->clear();
    }
    m_helpLink->setVisible(!m_helpLink->text().isEmpty());
    m_serviceNote->setText(definition.note);
    m_serviceNote->setVisible(!definition.note.isEmpty());
    QStringList older;
    for (const Catalog::KeyGeneration &generation : definition.olderKeySets)
        older.append(tr("%1 (%2): %3").arg(generation.title, generation.versions, generation.note));
    m_olderKeys->setText(older.join(QLatin1Char('\n')));
    m_olderKeys->setVisible(!older.isEmpty());
    const bool hasInstructions = !html.isEmpty() || definition.usesOAuth() || !m_helpLink->text().isEmpty() ||
                                 !definition.note.isEmpty() || !older.isEmpty();
    m_instructionsToggle->setVisible(hasInstructions);
    m_instructions->setVisible(hasInstructions && m_instructionsShown);

    const bool editable = view.state() != ServiceView::State::ReadOnly;
    m_keysHeading->setText(definition.keys.isEmpty() ? tr("Keys: the portal does not show them")
                           : editable                ? tr("Keys")
                                                     : tr("Keys: set in the server's configuration"));
    for (KeyField *field : std::as_const(m_fields))
        field->setEditable(editable);

    const bool workspace = definition.product == Catalog::Product::Workspace;
    m_workspace->setVisible(workspace);
    if (workspace && m_workspace->setService(definition, applyingKeys(values())))
        updateTabOrder();
}

void ServiceEditor::setInstructionsShown(bool shown)
{
    m_instructionsShown = shown;
    m_instructionsToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_instructions->setVisible(shown && m_instructionsToggle->isVisible());
}

QList<KeyDefinition> ServiceEditor::applyingKeys(const QMap<QString, QString> &values) const
{
    QList<KeyDefinition> keys;
    const QList<KeyDefinition> &all = m_entry.view.definition.keys;
    for (const KeyDefinition &key : all) {
        if (ServiceValidator::applies(key, all, values))
            keys.append(key);
    }
    return keys;
}

QMap<QString, QString> ServiceEditor::values() const
{
    QMap<QString, QString> result;
    for (const KeyField *field : m_fields)
        result.insert(field->key().name, field->value());
    return result;
}

bool ServiceEditor::isEdited() const
{
    return m_hasEntry && values() != m_initial;
}

bool ServiceEditor::warningsAccepted() const
{
    return m_acceptWarnings->isChecked();
}

KeyField *ServiceEditor::field(const QString &keyName) const
{
    for (KeyField *field : m_fields) {
        if (field->key().name == keyName)
            return field;
    }
    return nullptr;
}

void ServiceEditor::revalidate()
{
    if (!m_hasEntry)
        return;
    const QMap<QString, QString> current = values();
    m_validation = m_entry.view.validate(current);
    // An untouched service that is off has nothing to complain about yet; what is stored, or typed, has.
    const bool showIssues = isEdited() || m_entry.view.state() == ServiceView::State::On || m_entry.isDraft();
    const QList<KeyDefinition> &keys = m_entry.view.definition.keys;
    for (KeyField *field : std::as_const(m_fields)) {
        const bool applies = ServiceValidator::applies(field->key(), keys, current);
        field->setVisible(applies);
        field->setIssues(showIssues && applies ? m_validation.issuesFor(field->key().name) : QList<Issue>());
    }
    QStringList serviceIssues;
    for (const Issue &issue : m_validation.issuesFor(QString()))
        serviceIssues.append(issue.message);
    m_serviceIssues->setText(serviceIssues.join(QLatin1Char('\n')));
    m_serviceIssues->setVisible(showIssues && !serviceIssues.isEmpty());
    m_acceptWarnings->setVisible(showIssues && m_validation.hasWarnings() && !m_validation.hasErrors());
    if (m_entry.view.definition.product == Catalog::Product::Workspace) {
        if (m_workspace->setService(m_entry.view.definition, applyingKeys(current)))
            updateTabOrder();
        m_workspace->setValues(current);
    }
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
    const bool online = m_entry.view.portal.has_value();
    const ServiceView::State state = m_entry.view.state();
    const bool editable = m_hasEntry && !m_busy && state != ServiceView::State::ReadOnly;
    m_save->setEnabled(canSave());
    m_save->setText(online ? tr("&Save") : tr("&Save draft"));
    m_save->setVisible(state != ServiceView::State::ReadOnly); // nothing to do here for a fixed service
    m_toggle->setVisible(online && state != ServiceView::State::ReadOnly);
    if (state == ServiceView::State::On) {
        m_toggle->setText(tr("&Disable…"));
        m_toggle->setToolTip(tr("Clear every key of this service on the portal, which switches it off"));
        m_toggle->setEnabled(editable);
    } else {
        m_toggle->setText(tr("&Enable"));
        m_toggle->setToolTip(tr("Save the keys typed above, which switches the service on"));
        m_toggle->setEnabled(editable && canSave() && !m_validation.disables);
    }
    m_deleteDraft->setVisible(m_entry.isDraft());
    m_deleteDraft->setEnabled(!m_busy);
}

void ServiceEditor::setBusy(bool busy)
{
    m_busy = busy;
    m_fieldsBox->setEnabled(!busy);
    m_acceptWarnings->setEnabled(!busy);
    updateButtons();
}

void ServiceEditor::showResult(VerdictBanner::State state, const QString &text, const QString &details)
{
    QString html = QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped());
    if (!details.isEmpty())
        html += QStringLiteral("<br><span style=\"font-weight:400\">%1</span>").arg(details.toHtmlEscaped());
    m_result->showVerdict(state, html);
}

void ServiceEditor::clearResult()
{
    m_result->showVerdict(VerdictBanner::State::Neutral, QString());
}

} // namespace PortalKeys::Ui
