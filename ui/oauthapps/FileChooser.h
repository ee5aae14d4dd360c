#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace PortalKeys::Ui {

// What a file is chosen for on the OAuth apps page; decides the dialog's title, filters and direction.
enum class FilePurpose { OpenIcon, ImportDraft, ExportDraft };

// Asks for a file and returns its path, or an empty string when the user cancelled. `suggestion` is a file
// name or path to start from. The page uses the native file dialogs; tests replace them.
using FileChooser = std::function<QString(FilePurpose purpose, const QString &suggestion)>;

// The native open and save dialogs, parented to `parent`.
FileChooser nativeFileChooser(QWidget *parent);

} // namespace PortalKeys::Ui
