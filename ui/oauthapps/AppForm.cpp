#include "oauthapps/AppForm.h"

#include "oauthapps/AuthenticationSection.h"
#include "oauthapps/BasicInfoSection.h"
#include "oauthapps/LegalSection.h"
#include "oauthapps/RedirectsSection.h"
#include "oauthapps/ScopesSection.h"
#include "oauthapps/UrlListEditor.h"
#include "widgets/FieldMessage.h"

#include "oauth/AppField.h"
#include "oauth/OAuthAppValidator.h"

#include <QFormLayout>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

using OAuth::OAuthApp;
using OAuth::OAuthAppIssue;
using F = OAuth::AppField;

namespace {

// The form's fields in the order they are shown: the first field with an error gets the focus.
const QStringList formFields = F::formFields();

} // namespace

AppForm::AppForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("appForm"));
    for (const OAuthApp::ReadOnlyField &field : OAuthApp::readOnlyAfterRegistration())
        m_readOnlyReasons.insert(field.field, field.reason);
    createWidgets();
    setApp(OAuthApp(), Mode::Draft, false);
    fixTabOrder();
}

void AppForm::createWidgets()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);

    m_basic = new BasicInfoSection;
    m_redirects = new RedirectsSection;
    m_scopes = new ScopesSection;
    m_sections = {m_basic, new AuthenticationSection, m_redirects, m_scopes, new LegalSection};
    for (AppFormSection *section : std::as_const(m_sections)) {
        layout->addWidget(section);
        for (auto it = section->messages().constBegin(); it != section->messages().constEnd(); ++it) {
            m_messages.insert(it.key(), it.value());
            // Tied to the field that takes the focus (the scope matrix's boxes come and go: no field).
            QWidget *field = section->widgetFor(it.key());
            if (field && (field->focusPolicy() & Qt::TabFocus))
                it.value()->setField(field);
        }
        connect(section, &AppFormSection::edited, this, &AppForm::onEdited);
        // Lines and boxes made after the form would otherwise be reached last with Tab.
        connect(section, &AppFormSection::focusOrderChanged, this, &AppForm::fixTabOrder);
    }
    connect(m_basic, &BasicInfoSection::iconRefused, this, [this](const QString &reason) {
        m_iconRefusal = reason;
        m_touched.insert(F::logo);
        revalidate();
    });
    alignLabels();

    // Findings about fields the form has no place for (the logout URL of an imported draft, a field the
    // portal named that PortalKeys does not know).
    m_formMessage = new FieldMessage;
    m_formMessage->setObjectName(QStringLiteral("formMessage"));
    layout->addWidget(m_formMessage);
    layout->addStretch();
}

void AppForm::alignLabels()
{
    // One label column for all groups, so that the fields line up from group to group.
    int labelWidth = 0;
    QList<QWidget *> labels;
    QList<QWidget *> fields;
    for (const AppFormSection *section : std::as_const(m_sections)) {
        QFormLayout *form = section->form();
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
            QLayoutItem *field = form->itemAt(row, QFormLayout::FieldRole);
            if (item && item->widget()) {
                labels.append(item->widget());
                labelWidth = qMax(labelWidth, item->widget()->sizeHint().width());
                if (field && field->widget())
                    fields.append(field->widget());
            }
        }
    }
    for (QWidget *label : std::as_const(labels))
        label->setMinimumWidth(labelWidth);
    // A field narrower than this goes under its label instead (a narrow window, a small screen), where it
    // has the whole width.
    const int fieldWidth = 30 * fontMetrics().averageCharWidth();
    for (QWidget *field : std::as_const(fields))
        field->setMinimumWidth(qMax(field->minimumSizeHint().width(), fieldWidth));
}

void AppForm::setFileChooser(FileChooser chooser)
{
    m_basic->setFileChooser(std::move(chooser));
}

void AppForm::setScopeModel(const OAuth::ScopeModel &model)
{
    m_loading = true;
    m_scopes->setModel(model);
    m_loading = false;
    revalidate();
}

void AppForm::setApp(const OAuthApp &app, Mode mode, bool showAllFindings)
{
    m_loading = true;
    m_mode = mode;
    m_loaded = app;
    m_serverIssues.clear();
    m_touched.clear();
    m_iconRefusal.clear();
    m_showAll = showAllFindings;
    for (AppFormSection *section : std::as_const(m_sections)) {
        section->load(app);
        section->setRegistered(mode == Mode::Registered, m_readOnlyReasons);
    }
    m_loading = false;
    m_clean = comparable(this->app());
    revalidate();
}

OAuthApp AppForm::app() const
{
    OAuthApp app = m_loaded;
    for (const AppFormSection *section : m_sections)
        section->apply(app);
    return app;
}

void AppForm::fixTabOrder()
{
    QList<QWidget *> order;
    for (const AppFormSection *section : std::as_const(m_sections))
        order += section->focusOrder();
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

QJsonObject AppForm::comparable(const OAuthApp &app) const
{
    return m_mode == Mode::Registered ? app.toUpdateJson() : app.toCreateJson();
}

bool AppForm::isDirty() const
{
    return comparable(app()) != m_clean;
}

void AppForm::markClean()
{
    m_loaded = app();
    m_clean = comparable(m_loaded);
}

bool AppForm::isReadOnly(const QString &field) const
{
    return m_mode == Mode::Registered && !OAuthApp::updatableFields().contains(field);
}

bool AppForm::canRegister() const
{
    return m_mode == Mode::Draft && !OAuth::hasErrors(m_issues);
}

bool AppForm::canUpdate() const
{
    if (m_mode != Mode::Registered)
        return false;
    // What an update does not send cannot stand in its way.
    const QStringList sent = OAuthApp::updatableFields();
    for (const OAuthAppIssue &issue : m_issues) {
        if (issue.isError() && sent.contains(issue.field))
            return false;
    }
    return true;
}

QStringList AppForm::pendingFields() const
{
    QStringList fields;
    for (const QString &field : formFields) {
        if (isShown(field) || isReadOnly(field))
            continue;
        for (const OAuthAppIssue &issue : m_issues) {
            if (issue.field == field && issue.isError()) {
                fields.append(F::label(field));
                break;
            }
        }
    }
    return fields;
}

void AppForm::setServerIssues(const QList<OAuthAppIssue> &issues)
{
    m_serverIssues = issues;
    showAllFindings();
}

void AppForm::showAllFindings()
{
    m_showAll = true;
    revalidate();
    for (const QString &field : formFields) {
        bool hasError = false;
        for (const QList<OAuthAppIssue> *list : {&m_serverIssues, &m_issues}) {
            for (const OAuthAppIssue &issue : *list)
                hasError = hasError || (issue.field == field && issue.isError() && !isReadOnly(field));
        }
        if (hasError) {
            if (QWidget *widget = widgetFor(field))
                widget->setFocus();
            return;
        }
    }
}

QWidget *AppForm::widgetFor(const QString &field) const
{
    for (const AppFormSection *section : m_sections) {
        if (QWidget *widget = section->widgetFor(field))
            return widget;
    }
    return nullptr;
}

void AppForm::onEdited(const QString &field)
{
    if (m_loading)
        return;
    if (field == F::logo)
        m_iconRefusal.clear(); // an image was taken after all
    m_touched.insert(field);
    // The portal's word on a field holds until the field changes.
    m_serverIssues.removeIf([&field](const OAuthAppIssue &issue) { return issue.field == field; });
    revalidate();
    emit changed();
}

bool AppForm::isShown(const QString &field) const
{
    return m_showAll || m_touched.contains(field);
}

void AppForm::showFieldIssues(const QString &field, FieldMessage *message)
{
    message->clearMessage();
    if (isReadOnly(field)) {
        message->showMessage(FieldMessage::Kind::Note, m_readOnlyReasons.value(field));
        return;
    }
    if (field == F::logo && !m_iconRefusal.isEmpty()) {
        message->showMessage(FieldMessage::Kind::Error, m_iconRefusal);
        return;
    }
    for (const OAuthAppIssue &issue : std::as_const(m_serverIssues)) {
        if (issue.field == field) {
            message->showIssue(issue);
            return;
        }
    }
    if (!isShown(field))
        return;
    // The first error, else the first warning: one sentence per field.
    const OAuthAppIssue *shown = nullptr;
    for (const OAuthAppIssue &issue : std::as_const(m_issues)) {
        if (issue.field != field)
            continue;
        if (!shown || (issue.isError() && !shown->isError()))
            shown = &issue;
        if (shown->isError())
            break;
    }
    if (shown)
        message->showIssue(*shown);
}

void AppForm::revalidate()
{
    if (m_loading)
        return;
    m_issues = OAuth::OAuthAppValidator(m_scopes->model()).validate(app());

    for (auto it = m_messages.constBegin(); it != m_messages.constEnd(); ++it)
        showFieldIssues(it.key(), it.value());
    const QStringList dropped = m_scopes->droppedScopes();
    FieldMessage *scopesMessage = m_messages.value(F::scopes);
    if (!dropped.isEmpty() && scopesMessage->kind() != FieldMessage::Kind::Error)
        scopesMessage->showMessage(
            FieldMessage::Kind::Warning,
            tr("Left out, as this portal does not know them: %1.").arg(dropped.join(QStringLiteral(", "))));
    showListIssues();
    showOtherIssues();
}

void AppForm::showListIssues()
{
    // A typed entry's findings show at once; "at least one" waits until the list was edited.
    for (const QString &field : {QString(F::redirectUris), QString(F::allowedOrigins)}) {
        QList<OAuthAppIssue> shown;
        for (const OAuthAppIssue &issue : std::as_const(m_serverIssues)) {
            if (issue.field == field)
                shown.append(issue);
        }
        if (!isReadOnly(field)) {
            for (const OAuthAppIssue &issue : std::as_const(m_issues)) {
                if (issue.field == field && (issue.index >= 0 || isShown(field)))
                    shown.append(issue);
            }
        }
        m_redirects->listFor(field)->setIssues(shown);
    }
}

void AppForm::showOtherIssues()
{
    // Findings with no field of their own in the form.
    QStringList other;
    bool otherError = false;
    for (const QList<OAuthAppIssue> *list : {&m_serverIssues, &m_issues}) {
        for (const OAuthAppIssue &issue : *list) {
            if (!formFields.contains(issue.field) && (m_showAll || list == &m_serverIssues) &&
                !isReadOnly(issue.field)) {
                other.append(issue.message);
                otherError = otherError || issue.isError();
            }
        }
    }
    other.removeDuplicates();
    m_formMessage->showMessage(otherError ? FieldMessage::Kind::Error : FieldMessage::Kind::Warning,
                               other.join(QLatin1Char('\n')));
}

} // namespace PortalKeys::Ui
