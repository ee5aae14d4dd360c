#include "thirdparty/WorkspaceEntryPanel.h"

#include "authservice/KeyChange.h"
#include "widgets/SecureClipboard.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

WorkspaceEntryPanel::WorkspaceEntryPanel(QWidget *parent)
    : QFrame(parent)
    , m_where(new QLabel)
    , m_reveal(new QCheckBox(tr("Show &values")))
    , m_status(new QLabel)
    , m_grid(new QGridLayout)
    , m_clipboard(new SecureClipboard(this))
{
    setObjectName(QStringLiteral("workspacePanel"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);

    auto *heading = new QLabel(tr("Enter these keys in Workspace"));
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    m_where->setObjectName(QStringLiteral("workspaceWhere"));
    m_where->setWordWrap(true);
    m_where->setTextFormat(Qt::PlainText);
    m_reveal->setObjectName(QStringLiteral("workspaceReveal"));
    connect(m_reveal, &QCheckBox::toggled, this, &WorkspaceEntryPanel::showValues);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    connect(m_clipboard, &SecureClipboard::copied, m_status, [this](const QString &status) {
        m_status->setText(status);
        QTimer::singleShot(5000, m_status, &QLabel::clear);
    });
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(8);
    m_grid->setColumnStretch(1, 1);

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_reveal);
    footer->addStretch();
    footer->addWidget(m_status);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);
    layout->addWidget(heading);
    layout->addWidget(m_where);
    layout->addLayout(m_grid);
    layout->addLayout(footer);
}

bool WorkspaceEntryPanel::valuesShown() const
{
    return m_reveal->isChecked();
}

void WorkspaceEntryPanel::clearRows()
{
    qDeleteAll(m_rowWidgets);
    m_rowWidgets.clear();
    m_rows.clear();
}

bool WorkspaceEntryPanel::setService(const Catalog::ServiceDefinition &service,
                                     const QList<Catalog::KeyDefinition> &keys)
{
    QStringList keyNames;
    for (const Catalog::KeyDefinition &key : keys)
        keyNames.append(key.name);
    // Rebuilt only when the rows change: this runs on every keystroke in the fields above.
    if (service.name == m_service && keyNames == m_keyNames && !m_rows.isEmpty())
        return false;
    m_service = service.name;
    m_keyNames = keyNames;
    m_where->setText(
        tr("PortalKeys cannot apply keys to Workspace or Community Server: they are typed into the portal's "
           "own page. Sign in there as the portal administrator, open Settings → Integration → Third-Party "
           "Services, switch on %1 and enter:")
            .arg(service.title));
    clearRows();
    int row = 0;
    for (const Catalog::KeyDefinition &key : keys) {
        Row entry;
        entry.key = key;
        auto *label = new QLabel(key.label + QLatin1Char(':'));
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setMaximumWidth(220);
        m_grid->addWidget(label, row, 0, Qt::AlignTop);
        m_rowWidgets.append(label);
        QWidget *valueWidget = nullptr;
        if (key.multiLine) {
            // A PEM or JSON key shows in full only when asked; until then a summary stands in for it.
            auto *box = new QWidget;
            auto *boxLayout = new QVBoxLayout(box);
            boxLayout->setContentsMargins(0, 0, 0, 0);
            entry.text = new QPlainTextEdit;
            entry.text->setReadOnly(true);
            entry.text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            entry.text->setLineWrapMode(QPlainTextEdit::NoWrap);
            entry.text->setFixedHeight(entry.text->fontMetrics().lineSpacing() * 5 + 12);
            entry.summary = new QLabel;
            entry.summary->setForegroundRole(QPalette::PlaceholderText);
            boxLayout->addWidget(entry.text);
            boxLayout->addWidget(entry.summary);
            valueWidget = box;
        } else {
            entry.line = new QLineEdit;
            entry.line->setReadOnly(true);
            valueWidget = entry.line;
        }
        valueWidget->setObjectName(QStringLiteral("workspaceValue-") + key.name);
        valueWidget->setAccessibleName(key.label);
        m_grid->addWidget(valueWidget, row, 1);
        m_rowWidgets.append(valueWidget);
        auto *copy = new QPushButton(tr("Copy"));
        copy->setAutoDefault(false);
        copy->setToolTip(tr("Copy the value of %1").arg(key.label));
        const QString name = key.name;
        const bool masked = key.masked;
        connect(copy, &QPushButton::clicked, this, [this, name, masked] {
            const QString value = m_values.value(name);
            if (value.isEmpty())
                return;
            if (masked)
                m_clipboard->copySensitive(value);
            else
                m_clipboard->copyPlain(value);
        });
        m_grid->addWidget(copy, row, 2, Qt::AlignTop);
        m_rowWidgets.append(copy);
        m_rows.append(entry);
        ++row;
    }
    showValues();
    return true;
}

void WorkspaceEntryPanel::setValues(const QMap<QString, QString> &values)
{
    m_values = values;
    showValues();
}

void WorkspaceEntryPanel::showValues()
{
    const bool reveal = m_reveal->isChecked();
    for (const Row &row : std::as_const(m_rows)) {
        const QString value = m_values.value(row.key.name);
        const bool hide = row.key.masked && !reveal;
        if (row.line) {
            row.line->setText(value);
            row.line->setEchoMode(hide ? QLineEdit::Password : QLineEdit::Normal);
            row.line->setPlaceholderText(tr("(empty: fill it in above)"));
        } else {
            row.text->setPlainText(hide ? QString() : value);
            row.text->setVisible(!hide && !value.isEmpty());
            row.summary->setText(value.isEmpty() ? tr("(empty: fill it in above)")
                                                 : AuthService::KeyChange::display(value, true, false));
            row.summary->setVisible(hide || value.isEmpty());
        }
    }
}

} // namespace PortalKeys::Ui
