#include "oauthapps/UrlListEditor.h"

#include "widgets/FieldMessage.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

UrlListEditor::UrlListEditor(const QString &name, const QString &entryName, const QString &addText,
                             const QString &placeholder, int maxEntries, QWidget *parent)
    : QWidget(parent)
    , m_name(name)
    , m_entryName(entryName)
    , m_placeholder(placeholder)
    , m_maxEntries(maxEntries)
    , m_rowsLayout(new QVBoxLayout)
    , m_add(new QPushButton(addText))
    , m_listMessage(new FieldMessage)
{
    setObjectName(name);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(4);
    m_add->setObjectName(name + QStringLiteral("-add"));
    m_add->setAutoDefault(false);
    connect(m_add, &QPushButton::clicked, this, &UrlListEditor::addRow);
    m_listMessage->setObjectName(name + QStringLiteral("-message"));

    auto *addRowLayout = new QHBoxLayout;
    addRowLayout->setContentsMargins(0, 0, 0, 0);
    addRowLayout->addWidget(m_add);
    addRowLayout->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(m_rowsLayout);
    layout->addWidget(m_listMessage);
    layout->addLayout(addRowLayout);
    appendRow(QString());
    updateButtons();
}

QStringList UrlListEditor::entries() const
{
    QStringList list;
    for (const Row &row : m_rows) {
        const QString text = row.edit->text().trimmed();
        if (!text.isEmpty())
            list.append(text);
    }
    return list;
}

void UrlListEditor::setEntries(const QStringList &entries)
{
    while (!m_rows.isEmpty()) {
        Row row = m_rows.takeLast();
        delete row.box;
    }
    for (const QString &entry : entries)
        appendRow(entry);
    // An empty list still offers a line to type in.
    if (m_rows.isEmpty())
        appendRow(QString());
    renameRows();
    updateButtons();
}

void UrlListEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

QLineEdit *UrlListEditor::rowEdit(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).edit : nullptr;
}

FieldMessage *UrlListEditor::rowMessage(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).message : nullptr;
}

UrlListEditor::Row &UrlListEditor::appendRow(const QString &text)
{
    auto *box = new QWidget;
    auto *edit = new QLineEdit(text);
    edit->setPlaceholderText(m_placeholder);
    edit->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    auto *remove = new QToolButton;
    remove->setIcon(style()->standardIcon(QStyle::SP_DialogDiscardButton));
    remove->setText(tr("Remove"));
    remove->setToolTip(tr("Remove this entry"));
    remove->setAutoRaise(true);
    auto *message = new FieldMessage;
    message->setField(edit);

    auto *line = new QHBoxLayout;
    line->setContentsMargins(0, 0, 0, 0);
    line->setSpacing(4);
    line->addWidget(edit, 1);
    line->addWidget(remove);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    boxLayout->setSpacing(2);
    boxLayout->addLayout(line);
    boxLayout->addWidget(message);
    m_rowsLayout->addWidget(box);

    connect(edit, &QLineEdit::textChanged, this, [this] {
        updateButtons();
        emit changed();
    });
    // Enter in the last line starts the next one, as in the portal's form.
    connect(edit, &QLineEdit::returnPressed, this, [this, box] {
        if (!m_rows.isEmpty() && m_rows.constLast().box == box && !m_rows.constLast().edit->text().isEmpty())
            addRow();
    });
    connect(remove, &QToolButton::clicked, this, [this, box] { removeRow(box); });
    m_rows.append({box, edit, remove, message});
    renameRows();
    emit rowsChanged();
    return m_rows.last();
}

void UrlListEditor::addRow()
{
    if (m_readOnly || m_rows.size() >= m_maxEntries)
        return;
    QLineEdit *edit = appendRow(QString()).edit;
    updateButtons();
    edit->setFocus();
}

void UrlListEditor::removeRow(QWidget *box)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).box != box)
            continue;
        const bool hadText = !m_rows.at(i).edit->text().trimmed().isEmpty();
        // The last line is emptied rather than removed: there is always a line to type in.
        if (m_rows.size() == 1) {
            m_rows.at(i).edit->clear();
            m_rows.at(i).edit->setFocus();
        } else {
            Row row = m_rows.takeAt(i);
            row.box->hide();
            row.box->deleteLater(); // its button is still on the stack
            m_rows.at(qMin(i, int(m_rows.size()) - 1)).edit->setFocus();
            renameRows();
            emit rowsChanged();
            if (hadText)
                emit changed();
        }
        updateButtons();
        return;
    }
}

QList<QWidget *> UrlListEditor::focusOrder() const
{
    QList<QWidget *> widgets;
    for (const Row &row : m_rows)
        widgets << row.edit << row.remove;
    widgets << m_add;
    return widgets;
}

void UrlListEditor::renameRows()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        row.edit->setObjectName(m_name + QStringLiteral("-entry-%1").arg(i));
        row.remove->setObjectName(m_name + QStringLiteral("-remove-%1").arg(i));
        row.message->setObjectName(m_name + QStringLiteral("-message-%1").arg(i));
        const QString entry =
            tr("%1 %2", "a line of a list: the list's entry name, its number").arg(m_entryName).arg(i + 1);
        row.edit->setAccessibleName(entry);
        row.remove->setAccessibleName(tr("Remove %1", "the button of a list's line").arg(entry));
    }
}

void UrlListEditor::updateButtons()
{
    for (const Row &row : std::as_const(m_rows)) {
        row.edit->setReadOnly(m_readOnly);
        row.edit->setEnabled(!m_readOnly);
        row.edit->setClearButtonEnabled(!m_readOnly);
        row.remove->setVisible(!m_readOnly);
        // A lone empty line has nothing to remove.
        row.remove->setEnabled(m_rows.size() > 1 || !row.edit->text().isEmpty());
    }
    m_add->setVisible(!m_readOnly);
    m_add->setEnabled(m_rows.size() < m_maxEntries);
}

void UrlListEditor::setIssues(const QList<OAuth::OAuthAppIssue> &issues)
{
    // Entry indexes count the non-blank lines only.
    QList<int> rowOfEntry;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!m_rows.at(i).edit->text().trimmed().isEmpty())
            rowOfEntry.append(i);
    }
    for (const Row &row : std::as_const(m_rows))
        row.message->clearMessage();
    bool listIssue = false;
    m_listMessage->clearMessage();
    for (const OAuth::OAuthAppIssue &issue : issues) {
        const int row = issue.index >= 0 ? rowOfEntry.value(issue.index, -1) : -1;
        FieldMessage *target = row >= 0 ? m_rows.at(row).message : m_listMessage;
        // One message per place: errors win over warnings.
        if (target->kind() == FieldMessage::Kind::Error ||
            (target->kind() == FieldMessage::Kind::Warning && !issue.isError()))
            continue;
        target->showIssue(issue);
        listIssue = listIssue || target == m_listMessage;
    }
    if (!listIssue && !m_note.isEmpty())
        m_listMessage->showMessage(FieldMessage::Kind::Note, m_note);
}

void UrlListEditor::setNote(const QString &note)
{
    m_note = note;
    if (m_listMessage->kind() == FieldMessage::Kind::None ||
        m_listMessage->kind() == FieldMessage::Kind::Note)
        m_listMessage->showMessage(FieldMessage::Kind::Note, note);
}

} // namespace PortalKeys::Ui
