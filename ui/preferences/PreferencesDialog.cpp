#include "preferences/PreferencesDialog.h"

#include "preferences/LanguageSetting.h"

#include "common/Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));

    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default (%1)").arg(languageNativeName(systemLanguage())), QString());
    // Each language in its own words, so that someone who cannot read the current one still finds theirs.
    for (const QString &code : availableLanguages())
        m_language->addItem(languageNativeName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(LanguageSetting::load())));

    // Retranslating every page while it holds half-typed forms is not worth the risk: the window keeps its
    // language until the next start, and says so.
    auto *restartNote = new QLabel(tr("Takes effect when PortalKeys is restarted."));
    restartNote->setObjectName(QStringLiteral("restartNote"));
    restartNote->setWordWrap(true);
    m_language->setAccessibleDescription(restartNote->text());

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), restartNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    setMinimumWidth(420);
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

void PreferencesDialog::accept()
{
    LanguageSetting::save(language());
    QDialog::accept();
}

} // namespace PortalKeys::Ui
