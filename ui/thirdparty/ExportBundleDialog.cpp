#include "thirdparty/ExportBundleDialog.h"

#include "widgets/SecretEdit.h"
#include "widgets/StatusColors.h"

#include "drafts/PassphrasePolicy.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

ExportBundleDialog::ExportBundleDialog(const QList<Drafts::Draft> &drafts, const QStringList &checkedIds,
                                       QWidget *parent)
    : QDialog(parent)
    , m_drafts(new QListWidget)
    , m_passphrase(new SecretEdit)
    , m_again(new SecretEdit)
    , m_feedback(new QLabel)
{
    setObjectName(QStringLiteral("exportBundleDialog"));
    setWindowTitle(tr("Export bundle"));

    auto *intro = new QLabel(tr("A bundle carries drafts and their values to another computer in one file, "
                                "encrypted with a passphrase."));
    intro->setWordWrap(true);
    auto *draftsLabel = new QLabel(tr("&Drafts to export:"));
    draftsLabel->setBuddy(m_drafts);
    m_drafts->setObjectName(QStringLiteral("exportDrafts"));
    m_drafts->setAccessibleName(tr("Drafts to export")); // lists take no name from their label
    for (const Drafts::Draft &draft : drafts) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2, changed %3")
                .arg(draft.title.isEmpty() ? draft.service : draft.title,
                     Catalog::productDisplayName(draft.product),
                     QLocale().toString(draft.modified.toLocalTime(), QLocale::ShortFormat)),
            m_drafts);
        item->setData(Qt::UserRole, draft.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checkedIds.isEmpty() || checkedIds.contains(draft.id) ? Qt::Checked
                                                                                  : Qt::Unchecked);
    }
    m_drafts->setMinimumHeight(m_drafts->fontMetrics().height() * 6);
    connect(m_drafts, &QListWidget::itemChanged, this, &ExportBundleDialog::validate);

    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setPlaceholderText(tr("At least %1 characters, e.g. a few unrelated words")
                                         .arg(Drafts::PassphrasePolicy::recommendedLength));
    m_again->setObjectName(QStringLiteral("passphraseAgain"));
    connect(m_passphrase, &QLineEdit::textChanged, this, &ExportBundleDialog::validate);
    connect(m_again, &QLineEdit::textChanged, this, &ExportBundleDialog::validate);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("&Again:"), m_again);

    m_feedback->setObjectName(QStringLiteral("passphraseFeedback"));
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::RichText); // validate() escapes every message
    auto *warning = new QLabel(tr("Anyone who has the file and the passphrase can read every key in it, and "
                                  "PortalKeys cannot open the file without the passphrase: keep the "
                                  "passphrase apart from the file, in a password manager."));
    warning->setWordWrap(true);
    warning->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_export = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(intro);
    layout->addWidget(draftsLabel);
    layout->addWidget(m_drafts, 1);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(m_feedback);
    layout->addWidget(warning);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    m_passphrase->setFocus();
    validate();
}

ExportBundleDialog::~ExportBundleDialog()
{
    // The fields' own buffers go with them; clearing first drops the text from the undo history too.
    m_passphrase->clear();
    m_again->clear();
}

QStringList ExportBundleDialog::selectedDraftIds() const
{
    QStringList ids;
    for (int row = 0; row < m_drafts->count(); ++row) {
        if (m_drafts->item(row)->checkState() == Qt::Checked)
            ids.append(m_drafts->item(row)->data(Qt::UserRole).toString());
    }
    return ids;
}

QByteArray ExportBundleDialog::passphrase() const
{
    return m_passphrase->secret();
}

void ExportBundleDialog::validate()
{
    const QByteArray passphrase = m_passphrase->secret();
    const Drafts::PassphrasePolicy::Check check = Drafts::PassphrasePolicy::check(passphrase);
    QStringList lines;
    QString blocking;
    if (selectedDraftIds().isEmpty())
        blocking = tr("Tick at least one draft.");
    else if (passphrase.isEmpty())
        blocking = QString(); // nothing typed yet: nothing to complain about
    else if (!check.ok())
        blocking = check.error;
    else if (m_again->text().isEmpty())
        blocking = tr("Type the passphrase again, to be sure of it.");
    else if (m_again->text() != m_passphrase->text())
        blocking = tr("The two passphrases differ.");
    if (!blocking.isEmpty())
        lines.append(QStringLiteral("<span style=\"color:%1\">%2</span>")
                         .arg(StatusColors::text(StatusColors::Tone::Error, palette()).name(),
                              blocking.toHtmlEscaped()));
    if (!passphrase.isEmpty()) {
        for (const QString &warning : check.warnings)
            lines.append(QStringLiteral("<span style=\"color:%1\">%2</span>")
                             .arg(StatusColors::text(StatusColors::Tone::Warning, palette()).name(),
                                  warning.toHtmlEscaped()));
    }
    m_feedback->setText(lines.join(QStringLiteral("<br>")));
    m_feedback->setVisible(!lines.isEmpty());
    m_export->setEnabled(blocking.isEmpty() && check.ok() && m_again->text() == m_passphrase->text());
}

} // namespace PortalKeys::Ui
