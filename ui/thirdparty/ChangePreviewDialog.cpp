#include "thirdparty/ChangePreviewDialog.h"

#include "widgets/VerdictBanner.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

using AuthService::KeyChange;

ChangePreviewDialog::ChangePreviewDialog(const QString &serviceTitle, const QString &where,
                                         const QList<KeyChange> &changes, QWidget *parent)
    : QDialog(parent)
    , m_changes(changes)
    , m_table(new QTreeWidget)
    , m_reveal(new QCheckBox(tr("&Reveal values")))
{
    setObjectName(QStringLiteral("changePreview"));
    const bool disables = KeyChange::disables(changes);
    setWindowTitle(disables ? tr("Switch off %1").arg(serviceTitle) : tr("Save %1").arg(serviceTitle));

    auto *question = new QLabel(disables ? tr("Switch %1 off on %2?").arg(serviceTitle, where)
                                         : tr("Save the keys of %1 on %2?").arg(serviceTitle, where));
    question->setObjectName(QStringLiteral("previewQuestion"));
    question->setTextFormat(Qt::PlainText);
    question->setWordWrap(true);
    QFont questionFont = question->font();
    questionFont.setBold(true);
    questionFont.setPointSizeF(questionFont.pointSizeF() * 1.1);
    question->setFont(questionFont);
    auto *summary = new QLabel(tr("What changes: %1.").arg(KeyChange::summary(changes)));
    summary->setObjectName(QStringLiteral("previewSummary"));
    summary->setTextFormat(Qt::PlainText);
    summary->setWordWrap(true);
    auto *warning = new VerdictBanner;
    warning->setObjectName(QStringLiteral("previewSwitchesOff"));
    if (disables)
        warning->showVerdict(VerdictBanner::State::Warning,
                             tr("This switches %1 off: every key is cleared on the portal, and what uses "
                                "the service there stops working until new keys are saved.")
                                 .arg(serviceTitle));

    m_table->setObjectName(QStringLiteral("changeTable"));
    m_table->setAccessibleName(tr("Changes"));
    m_table->setColumnCount(4);
    m_table->setHeaderLabels({tr("Key"), tr("Change"), tr("Now"), tr("After saving")});
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    // Keyboard and screen reader users walk the rows with the arrow keys; Return still saves.
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setFocusPolicy(Qt::StrongFocus);
    m_table->setAllColumnsShowFocus(true);
    m_table->setUniformRowHeights(true);
    m_table->header()->setStretchLastSection(true);
    m_table->header()->setSectionResizeMode(KeyColumn, QHeaderView::ResizeToContents);
    m_table->header()->setSectionResizeMode(ChangeColumn, QHeaderView::ResizeToContents);
    m_table->header()->setSectionResizeMode(BeforeColumn, QHeaderView::Interactive);
    m_table->header()->setSectionsMovable(false);
    m_reveal->setObjectName(QStringLiteral("revealValues"));
    m_reveal->setToolTip(tr("Show the secret values in full"));
    connect(m_reveal, &QCheckBox::toggled, this, &ChangePreviewDialog::fillTable);
    fillTable();

    auto *buttons = new QDialogButtonBox;
    QPushButton *confirm =
        buttons->addButton(disables ? tr("Switch off") : tr("Save"), QDialogButtonBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmSave"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelSave"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(question);
    layout->addWidget(summary);
    layout->addWidget(warning);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_reveal);
    layout->addWidget(buttons);
    // Only now, inside the dialog, does the default button become the dialog's own, the one Return falls
    // back to once the focus leaves a button: set earlier, tabbing past Cancel left no default at all.
    // Return on a focused button presses that button (auto-default), except on Switch off: switching a
    // service off breaks what uses it, so there Return means Cancel unless Space presses the button.
    confirm->setAutoDefault(!disables);
    cancel->setAutoDefault(true);
    (disables ? cancel : confirm)->setDefault(true);
    // As tall as its rows (up to ten), so that a two-key service gets a compact dialog.
    const int rows = int(qBound(qsizetype(2), changes.size(), qsizetype(10)));
    m_table->setMinimumHeight(m_table->header()->sizeHint().height() +
                              rows * (m_table->fontMetrics().height() + 10) + 2 * m_table->frameWidth() + 4);
    m_table->setMaximumHeight(changes.size() > 10 ? QWIDGETSIZE_MAX : m_table->minimumHeight());
    resize(660, sizeHint().height());
}

QString ChangePreviewDialog::kindText(KeyChange::Kind kind)
{
    switch (kind) {
    case KeyChange::Kind::Unchanged:
        return tr("unchanged");
    case KeyChange::Kind::Added:
        return tr("added");
    case KeyChange::Kind::Changed:
        return tr("changed");
    case KeyChange::Kind::Cleared:
        return tr("cleared");
    }
    return {};
}

bool ChangePreviewDialog::valuesRevealed() const
{
    return m_reveal->isChecked();
}

void ChangePreviewDialog::setValuesRevealed(bool revealed)
{
    m_reveal->setChecked(revealed);
}

void ChangePreviewDialog::fillTable()
{
    const bool reveal = m_reveal->isChecked();
    m_table->clear();
    for (const KeyChange &change : std::as_const(m_changes)) {
        auto *item = new QTreeWidgetItem(m_table);
        item->setText(KeyColumn, change.title);
        item->setToolTip(KeyColumn, change.name);
        item->setText(ChangeColumn, kindText(change.kind));
        item->setText(BeforeColumn, KeyChange::display(change.oldValue, change.masked, reveal));
        item->setText(AfterColumn, KeyChange::display(change.newValue, change.masked, reveal));
        // Roomier rows than the default; the stretched last column carries the height.
        item->setSizeHint(AfterColumn, QSize(fontMetrics().horizontalAdvance(item->text(AfterColumn)) + 12,
                                             fontMetrics().height() + 10));
        if (change.kind == KeyChange::Kind::Unchanged) {
            for (int column = 0; column < m_table->columnCount(); ++column)
                item->setForeground(column, palette().color(QPalette::PlaceholderText));
        } else {
            QFont bold = item->font(ChangeColumn);
            bold.setBold(true);
            item->setFont(ChangeColumn, bold);
        }
    }
}

} // namespace PortalKeys::Ui
