#include "portals/ApiKeySection.h"

#include "portals/PortalDialogRows.h"
#include "widgets/SecretEdit.h"

#include "apikeys/ApiKeysApi.h"

#include <QFormLayout>
#include <QLabel>

namespace PortalKeys::Ui {

ApiKeySection::ApiKeySection(QObject *parent)
    : QObject(parent)
    , m_key(new SecretEdit)
    , m_help(PortalDialogRows::helpLabel())
{
    m_key->setObjectName(QStringLiteral("apiKey"));
    m_help->setText(tr("Create a key in DocSpace under Developer Tools → API keys. The portal shows it only "
                       "once; PortalKeys keeps it in the keychain."));
    connect(m_key, &SecretEdit::textChanged, this, &ApiKeySection::changed);
}

void ApiKeySection::addRows(QFormLayout *form)
{
    form->addRow(tr("API &key:"), m_key);
    form->addRow(QString(), m_help);
}

void ApiKeySection::setRowsVisible(QFormLayout *form, bool visible)
{
    form->setRowVisible(m_key, visible);
    form->setRowVisible(m_help, visible);
}

void ApiKeySection::setKeepsStoredKey(bool keep)
{
    m_key->setPlaceholderText(keep ? PortalDialogRows::keepText() : QStringLiteral("sk-…"));
}

QString ApiKeySection::problem(bool needed) const
{
    if (m_key->text().isEmpty())
        return needed ? tr("Paste the API key.") : QString();
    return ApiKeys::ApiKeysApi::keyFormatProblem(m_key->secret());
}

} // namespace PortalKeys::Ui
