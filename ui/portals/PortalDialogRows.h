#pragma once

#include <QCoreApplication>
#include <QString>

class QLabel;

namespace PortalKeys::Ui::PortalDialogRows {

// What the portal dialog's sections share, so that their rows look alike.

// A dimmed, wrapped explanation right under its field.
QLabel *helpLabel();
// The placeholder of a secret field whose stored secret stays unless something is typed.
QString keepText();

} // namespace PortalKeys::Ui::PortalDialogRows
