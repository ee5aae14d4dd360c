#include "portals/PortalDialogRows.h"

#include "portals/PortalDialog.h"

#include <QLabel>

namespace PortalKeys::Ui::PortalDialogRows {

QLabel *helpLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    // Right under its field, whatever height the form gives the row.
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QString keepText()
{
    return PortalDialog::tr("Unchanged — type to replace");
}

} // namespace PortalKeys::Ui::PortalDialogRows
