#pragma once

#include <QDialog>

class QComboBox;

namespace PortalKeys::Ui {

// Tools > Preferences…: the app's language ("System default" or one PortalKeys is translated into, each
// named in its own language), applied at the next start.
class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // The chosen language code; empty: the system's.
    QString language() const;

    void accept() override;

private:
    QComboBox *m_language = nullptr;
};

} // namespace PortalKeys::Ui
