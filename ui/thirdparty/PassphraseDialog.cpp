#include "thirdparty/PassphraseDialog.h"

#include "widgets/SecretEdit.h"
#include "widgets/VerdictBanner.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

PassphraseDialog::PassphraseDialog(const QString &title, const QString &fileName, QWidget *parent)
    : QDialog(parent)
    , m_passphrase(new SecretEdit)
    , m_error(new VerdictBanner)
{
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowTitle(title);
    auto *text = new QLabel(tr("Enter the passphrase that protects “%1”.").arg(fileName));
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_error->setObjectName(QStringLiteral("passphraseError"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Passphrase:"), m_passphrase);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(QStringLiteral("openBundle"));
    m_open->setDefault(true);
    m_open->setEnabled(false);
    connect(m_passphrase, &QLineEdit::textChanged, this,
            [this] { m_open->setEnabled(!m_passphrase->text().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    m_passphrase->setFocus();
}

PassphraseDialog::~PassphraseDialog()
{
    m_passphrase->clear();
}

QByteArray PassphraseDialog::passphrase() const
{
    return m_passphrase->secret();
}

void PassphraseDialog::setError(const QString &error)
{
    m_error->showVerdict(VerdictBanner::State::Invalid, error);
}

} // namespace PortalKeys::Ui
