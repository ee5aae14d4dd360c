#pragma once

#include <QPlainTextEdit>

namespace PortalKeys::Ui {

// A JSON text area: monospace, syntax-coloured, Tab moves the focus on (JSON needs no tabs typed).
class JsonEdit : public QPlainTextEdit {
    Q_OBJECT

public:
    enum class Mode { Editable, ReadOnly };

    explicit JsonEdit(Mode mode = Mode::Editable, QWidget *parent = nullptr);
};

} // namespace PortalKeys::Ui
