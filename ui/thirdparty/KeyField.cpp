#include "thirdparty/KeyField.h"

#include "thirdparty/MultiLineKeyEdit.h"
#include "widgets/Announcer.h"
#include "widgets/SecretEdit.h"
#include "widgets/StatusColors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

using Catalog::Issue;
using Catalog::KeyDefinition;

namespace {

QString issueColour(Issue::Severity severity, const QPalette &palette)
{
    switch (severity) {
    case Issue::Severity::Error:
        return StatusColors::text(StatusColors::Tone::Error, palette).name();
    case Issue::Severity::Warning:
        return StatusColors::text(StatusColors::Tone::Warning, palette).name();
    case Issue::Severity::Info:
        break;
    }
    return QString();
}

} // namespace

KeyField::KeyField(const KeyDefinition &key, QWidget *parent)
    : QWidget(parent)
    , m_key(key)
{
    setObjectName(QStringLiteral("field-") + key.name);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    QLabel *label = nullptr;
    if (key.type != KeyDefinition::Type::Toggle) {
        label = new QLabel(key.label);
        label->setObjectName(QStringLiteral("label-") + key.name);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        layout->addWidget(label);
    }

    if (key.type == KeyDefinition::Type::Select) {
        m_select = new QComboBox;
        m_select->addItems(key.options);
        connect(m_select, &QComboBox::currentTextChanged, this, &KeyField::valueChanged);
        m_editor = m_select;
    } else if (key.type == KeyDefinition::Type::Toggle) {
        m_toggle = new QCheckBox(key.label);
        m_toggleOff = key.defaultValue;
        connect(m_toggle, &QCheckBox::toggled, this, &KeyField::valueChanged);
        m_editor = m_toggle;
    } else if (key.multiLine) {
        m_multiLine = new MultiLineKeyEdit(key.masked);
        connect(m_multiLine, &MultiLineKeyEdit::textChanged, this, &KeyField::valueChanged);
        m_editor = m_multiLine;
    } else {
        m_line = key.masked ? new SecretEdit : new QLineEdit;
        if (key.type == KeyDefinition::Type::Number) {
            // Digits only as they are typed; whether the number fits is core's to say.
            m_line->setValidator(
                new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d*")), m_line));
            m_line->setInputMethodHints(Qt::ImhDigitsOnly);
            m_line->setMaximumWidth(m_line->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 10 + 24);
        }
        if (!key.defaultValue.isEmpty())
            m_placeholder = tr("e.g. %1").arg(key.defaultValue);
        m_line->setPlaceholderText(m_placeholder);
        connect(m_line, &QLineEdit::textChanged, this, &KeyField::valueChanged);
        m_editor = m_line;
    }
    m_editor->setObjectName(QStringLiteral("key-") + key.name);
    m_editor->setAccessibleName(key.label);
    if (label)
        label->setBuddy(m_editor);
    layout->addWidget(m_editor, 0, m_select ? Qt::AlignLeft : Qt::Alignment());

    m_issues = new QLabel;
    m_issues->setObjectName(QStringLiteral("issues-") + key.name);
    m_issues->setWordWrap(true);
    m_issues->setTextFormat(Qt::RichText); // setIssues() escapes every message
    m_issues->setVisible(false);
    layout->addWidget(m_issues);

    if (!key.note.isEmpty()) {
        auto *note = new QLabel(key.note);
        note->setObjectName(QStringLiteral("note-") + key.name);
        note->setWordWrap(true);
        note->setTextFormat(Qt::PlainText);
        note->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(note);
    }
}

void KeyField::setMissing(bool missing)
{
    const QString placeholder = missing ? tr("Secret missing – enter it again") : m_placeholder;
    if (m_line)
        m_line->setPlaceholderText(placeholder);
    else if (m_multiLine)
        m_multiLine->setPlaceholderText(placeholder);
}

QString KeyField::value() const
{
    if (m_select)
        return m_select->currentText();
    if (m_toggle)
        return m_toggle->isChecked() ? QStringLiteral("true") : m_toggleOff;
    if (m_multiLine)
        return m_multiLine->text();
    return m_line->text();
}

void KeyField::setValue(const QString &value)
{
    if (m_select) {
        // A value the portal stored but the options do not list is still shown as it is.
        if (!value.isEmpty() && m_select->findText(value) < 0)
            m_select->addItem(value);
        const QString shown = value.isEmpty() ? m_key.defaultValue : value;
        const int index = m_select->findText(shown);
        m_select->setCurrentIndex(index >= 0 ? index : 0);
    } else if (m_toggle) {
        const bool on = value.trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        if (!on)
            m_toggleOff = value.trimmed().isEmpty() ? m_key.defaultValue : value.trimmed();
        m_toggle->setChecked(on);
    } else if (m_multiLine) {
        m_multiLine->setText(value);
    } else {
        m_line->setText(value);
        if (auto *secret = qobject_cast<SecretEdit *>(m_line))
            secret->setRevealed(false);
    }
}

void KeyField::setEditable(bool editable)
{
    // Greyed out rather than read-only: a read-only field looks like one waiting for input.
    m_editor->setEnabled(editable);
}

void KeyField::setIssues(const QList<Issue> &issues)
{
    QStringList lines;
    QStringList plain;
    for (const Issue &issue : issues) {
        plain.append(issue.message);
        const QString colour = issueColour(issue.severity, m_issues->palette());
        const QString text = issue.message.toHtmlEscaped();
        lines.append(
            colour.isEmpty() ? text : QStringLiteral("<span style=\"color:%1\">%2</span>").arg(colour, text));
    }
    m_issuesText = plain.join(QLatin1Char('\n'));
    m_issues->setText(lines.join(QStringLiteral("<br>")));
    m_issues->setVisible(!lines.isEmpty());
    // The message says what is wrong; the colour alone must not, so the severity also goes to screen readers.
    m_issues->setAccessibleName(issues.isEmpty() ? QString() : tr("Problems with %1").arg(m_key.label));
    // Tied to what takes the focus (the text box inside a multi-line key).
    Announcer::fieldMessage(m_editor->focusProxy() ? m_editor->focusProxy() : m_editor, m_issuesText);
    if (issues.isEmpty())
        m_issues->setForegroundRole(QPalette::WindowText);
    else if (issues.constFirst().severity == Issue::Severity::Info)
        m_issues->setForegroundRole(QPalette::PlaceholderText);
}

QString KeyField::issuesText() const
{
    return m_issuesText;
}

} // namespace PortalKeys::Ui
