#pragma once

#include "widgets/StatusColors.h"

#include <QString>

class QLabel;

namespace PortalKeys::Ui::ServiceEditorParts {

// Small pieces the parts of the service editor share.

// A plain-text label that wraps, aligned to the top left; `muted` draws it in the placeholder colour.
QLabel *wrappedLabel(const QString &objectName, bool muted = false);
// The style sheet of a rounded pill in `colours`, as the service cards draw their badges.
QString pillStyle(const StatusColors::Swatch &colours);
QLabel *sectionHeading(const QString &text);

} // namespace PortalKeys::Ui::ServiceEditorParts
