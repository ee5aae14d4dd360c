#include "oauthapps/AppForm.h"

#include "oauthapps/FieldMessage.h"
#include "oauthapps/IconPicker.h"
#include "oauthapps/ScopeMatrix.h"
#include "oauthapps/UrlListEditor.h"

#include "oauth/AppField.h"
#include "oauth/OAuthAppValidator.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

using OAuth::OAuthApp;
using OAuth::OAuthAppIssue;

namespace {

using F = OAuth::AppField;

// The form's fields in the order they are shown: the first field with an error gets the focus.
const QStringList formFields = F::formFields();

QLineEdit *urlEdit(const QString &objectName, const QString &placeholder)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    edit->setMaxLength(OAuth::OAuthAppValidator::maxInputLength + 1); // one more, so that core can say why
    return edit;
}

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

QFormLayout *AppForm::addGroup(const QString &title, const QString &objectName)
{
    auto *group = new QGroupBox(title);
    group->setObjectName(objectName);
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    layout()->addWidget(group);
    return form;
}

void AppForm::createWidgets()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);

    const auto message = [this](const QString &field, const QString &objectName) {
        auto *label = new FieldMessage;
        label->setObjectName(objectName);
        m_messages.insert(field, label);
        return label;
    };

    // Basic info
    QFormLayout *basic = addGroup(tr("Basic info"), QStringLiteral("basicInfo"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("appName"));
    m_name->setPlaceholderText(tr("e.g. Sales reports"));
    m_name->setMaxLength(OAuth::OAuthAppValidator::maxInputLength + 1);
    m_website = urlEdit(QStringLiteral("websiteUrl"), QStringLiteral("https://app.example.com"));
    m_icon = new IconPicker;
    m_description = new QPlainTextEdit;
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setPlaceholderText(tr("What the app does, for the people asked to allow it access"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 +
                                  2 * m_description->frameWidth() + 8);
    basic->addRow(tr("App &name:"), m_name);
    basic->addRow(static_cast<QWidget *>(nullptr), message(F::name, QStringLiteral("appName-message")));
    basic->addRow(tr("W&ebsite URL:"), m_website);
    basic->addRow(static_cast<QWidget *>(nullptr),
                  message(F::websiteUrl, QStringLiteral("websiteUrl-message")));
    basic->addRow(tr("Icon:"), m_icon);
    basic->addRow(static_cast<QWidget *>(nullptr), message(F::logo, QStringLiteral("logo-message")));
    basic->addRow(tr("Des&cription:"), m_description);
    basic->addRow(static_cast<QWidget *>(nullptr),
                  message(F::description, QStringLiteral("description-message")));

    // Authentication method
    QFormLayout *authentication =
        addGroup(tr("Authentication method"), QStringLiteral("authenticationMethod"));
    m_allowPkce = new QCheckBox(tr("Allow public client (P&KCE)"));
    m_allowPkce->setObjectName(QStringLiteral("allowPkce"));
    auto *pkceHelp = new FieldMessage;
    pkceHelp->setObjectName(QStringLiteral("allowPkceHelp"));
    pkceHelp->showMessage(
        FieldMessage::Kind::Note,
        tr("Apps that cannot keep a secret — in a browser or on a phone — sign in with PKCE "
           "instead of the client secret."));
    // Older drafts and documentation offer an "is_public" choice; the server sets it to true whatever is
    // sent.
    auto *publicNote = new FieldMessage;
    publicNote->setObjectName(QStringLiteral("isPublicNote"));
    publicNote->showMessage(FieldMessage::Kind::Note,
                            tr("There is no “is_public” choice to make: the portal sets it to true for every "
                               "app."));
    authentication->addRow(m_allowPkce);
    authentication->addRow(pkceHelp);
    authentication->addRow(publicNote);
    authentication->addRow(message(F::allowPkce, QStringLiteral("allowPkce-message")));

    // Redirects and origins
    QFormLayout *redirects = addGroup(tr("Redirects and origins"), QStringLiteral("redirectsAndOrigins"));
    m_redirectUris = new UrlListEditor(QStringLiteral("redirectUris"), tr("Add redirect URL"),
                                       QStringLiteral("https://app.example.com/callback"),
                                       OAuth::OAuthAppValidator::maxListEntries);
    m_allowedOrigins = new UrlListEditor(QStringLiteral("allowedOrigins"), tr("Add allowed origin"),
                                         QStringLiteral("https://app.example.com"),
                                         OAuth::OAuthAppValidator::maxListEntries);
    redirects->addRow(tr("Redirect URLs:"), m_redirectUris);
    redirects->addRow(tr("Allowed origins:"), m_allowedOrigins);

    // Access scopes
    QFormLayout *access = addGroup(tr("Access scopes"), QStringLiteral("accessScopes"));
    m_scopes = new ScopeMatrix;
    access->addRow(m_scopes);
    access->addRow(message(F::scopes, QStringLiteral("scopes-message")));

    // Support and legal info
    QFormLayout *legal = addGroup(tr("Support and legal info"), QStringLiteral("supportAndLegal"));
    m_policy = urlEdit(QStringLiteral("policyUrl"), QStringLiteral("https://app.example.com/privacy"));
    m_terms = urlEdit(QStringLiteral("termsUrl"), QStringLiteral("https://app.example.com/terms"));
    legal->addRow(tr("Privac&y policy URL:"), m_policy);
    legal->addRow(static_cast<QWidget *>(nullptr),
                  message(F::policyUrl, QStringLiteral("policyUrl-message")));
    legal->addRow(tr("Terms o&f service URL:"), m_terms);
    legal->addRow(static_cast<QWidget *>(nullptr), message(F::termsUrl, QStringLiteral("termsUrl-message")));

    // Labels of tall fields sit at their first line, not at their middle.
    for (QFormLayout *form : {basic, redirects}) {
        for (QWidget *field :
             {static_cast<QWidget *>(m_icon), static_cast<QWidget *>(m_description),
              static_cast<QWidget *>(m_redirectUris), static_cast<QWidget *>(m_allowedOrigins)}) {
            if (auto *label = qobject_cast<QLabel *>(form->labelForField(field))) {
                label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
                // Down to the text of the field's first line (a line edit or button's frame and padding).
                label->setContentsMargins(0, field == m_icon ? 8 : 4, 0, 0);
            }
        }
    }

    // One label column for all groups, so that the fields line up from group to group.
    int labelWidth = 0;
    QList<QWidget *> labels;
    for (QFormLayout *form : {basic, authentication, redirects, access, legal}) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
            if (item && item->widget()) {
                labels.append(item->widget());
                labelWidth = qMax(labelWidth, item->widget()->sizeHint().width());
            }
        }
    }
    for (QWidget *label : std::as_const(labels))
        label->setMinimumWidth(labelWidth);

    // Findings about fields the form has no place for (the logout URL of an imported draft, a field the
    // portal named that PortalKeys does not know).
    m_formMessage = new FieldMessage;
    m_formMessage->setObjectName(QStringLiteral("formMessage"));
    layout->addWidget(m_formMessage);
    layout->addStretch();

    connect(m_name, &QLineEdit::textChanged, this, [this] { onEdited(F::name); });
    connect(m_website, &QLineEdit::textChanged, this, [this] { onEdited(F::websiteUrl); });
    connect(m_icon, &IconPicker::changed, this, [this] {
        m_iconRefusal.clear();
        onEdited(F::logo);
    });
    connect(m_icon, &IconPicker::refused, this, [this](const QString &reason) {
        m_iconRefusal = reason;
        m_touched.insert(F::logo);
        revalidate();
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] { onEdited(F::description); });
    connect(m_allowPkce, &QCheckBox::toggled, this, [this] { onEdited(F::allowPkce); });
    connect(m_redirectUris, &UrlListEditor::changed, this, [this] { onEdited(F::redirectUris); });
    connect(m_allowedOrigins, &UrlListEditor::changed, this, [this] { onEdited(F::allowedOrigins); });
    connect(m_scopes, &ScopeMatrix::changed, this, [this] {
        m_droppedScopes.clear();
        onEdited(F::scopes);
    });
    connect(m_policy, &QLineEdit::textChanged, this, [this] { onEdited(F::policyUrl); });
    // Lines and boxes made after the form would otherwise be reached last with Tab.
    connect(m_redirectUris, &UrlListEditor::rowsChanged, this, &AppForm::fixTabOrder);
    connect(m_allowedOrigins, &UrlListEditor::rowsChanged, this, &AppForm::fixTabOrder);
    connect(m_scopes, &ScopeMatrix::rebuilt, this, &AppForm::fixTabOrder);
    connect(m_terms, &QLineEdit::textChanged, this, [this] { onEdited(F::termsUrl); });
}

void AppForm::setFileChooser(FileChooser chooser)
{
    m_icon->setFileChooser(std::move(chooser));
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

    m_name->setText(app.name);
    m_website->setText(app.websiteUrl);
    m_icon->setLogo(app.logo);
    m_description->setPlainText(app.description);
    m_allowPkce->setChecked(app.allowPkce);
    m_redirectUris->setEntries(app.redirectUris);
    m_allowedOrigins->setEntries(app.allowedOrigins);
    m_droppedScopes = m_scopes->setScopes(app.scopes);
    m_policy->setText(app.policyUrl);
    m_terms->setText(app.termsUrl);

    const bool registered = mode == Mode::Registered;
    m_website->setEnabled(!registered);
    m_redirectUris->setReadOnly(registered);
    m_scopes->setReadOnly(registered);
    m_policy->setEnabled(!registered);
    m_terms->setEnabled(!registered);
    const QString redirectNote = registered ? m_readOnlyReasons.value(F::redirectUris) : QString();
    m_redirectUris->setNote(redirectNote);
    m_redirectUris->setToolTip(redirectNote);
    for (QWidget *field : {static_cast<QWidget *>(m_website), static_cast<QWidget *>(m_policy),
                           static_cast<QWidget *>(m_terms), static_cast<QWidget *>(m_scopes)}) {
        const QString fieldName = field == m_website  ? F::websiteUrl
                                  : field == m_policy ? F::policyUrl
                                  : field == m_terms  ? F::termsUrl
                                                      : F::scopes;
        field->setToolTip(registered ? m_readOnlyReasons.value(fieldName) : QString());
    }

    m_loading = false;
    m_clean = comparable(this->app());
    revalidate();
}

OAuthApp AppForm::app() const
{
    OAuthApp app = m_loaded;
    app.name = m_name->text().trimmed();
    app.websiteUrl = m_website->text().trimmed();
    app.logo = m_icon->logo();
    app.description = m_description->toPlainText().trimmed();
    app.allowPkce = m_allowPkce->isChecked();
    app.redirectUris = m_redirectUris->entries();
    app.allowedOrigins = m_allowedOrigins->entries();
    // Scopes the list does not know were left out of the matrix; keep them for a registered app, whose
    // scopes cannot change anyway.
    app.scopes = m_mode == Mode::Registered ? m_loaded.scopes : m_scopes->scopes();
    app.policyUrl = m_policy->text().trimmed();
    app.termsUrl = m_terms->text().trimmed();
    return app;
}

void AppForm::fixTabOrder()
{
    QList<QWidget *> order{m_name, m_website};
    order += m_icon->focusOrder();
    order << m_description << m_allowPkce;
    order += m_redirectUris->focusOrder();
    order += m_allowedOrigins->focusOrder();
    order += m_scopes->focusOrder();
    order << m_policy << m_terms;
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
    if (field == F::name)
        return m_name;
    if (field == F::websiteUrl)
        return m_website;
    if (field == F::logo)
        return m_icon->findChild<QWidget *>(QStringLiteral("chooseIcon"));
    if (field == F::description)
        return m_description;
    if (field == F::allowPkce)
        return m_allowPkce;
    if (field == F::redirectUris)
        return m_redirectUris->rowEdit(0);
    if (field == F::allowedOrigins)
        return m_allowedOrigins->rowEdit(0);
    if (field == F::scopes)
        return m_scopes->findChild<QWidget *>();
    if (field == F::policyUrl)
        return m_policy;
    if (field == F::termsUrl)
        return m_terms;
    return nullptr;
}

void AppForm::onEdited(const QString &field)
{
    if (m_loading)
        return;
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
    if (m_droppedScopes.isEmpty() == false &&
        m_messages.value(F::scopes)->kind() != FieldMessage::Kind::Error)
        m_messages.value(F::scopes)->showMessage(FieldMessage::Kind::Warning,
                                                 tr("Left out, as this portal does not know them: %1.")
                                                     .arg(m_droppedScopes.join(QStringLiteral(", "))));

    // Lists: a typed entry's findings show at once; "at least one" waits until the list was edited.
    for (UrlListEditor *list : {m_redirectUris, m_allowedOrigins}) {
        const QString field = list == m_redirectUris ? F::redirectUris : F::allowedOrigins;
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
        list->setIssues(shown);
    }

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
