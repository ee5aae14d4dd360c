#pragma once

#include <QDialog>

namespace PortalKeys::Ui {

// Version, the versions of the libraries PortalKeys runs on, and their licenses.
class AboutDialog : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The versions as shown, for support requests ("Copy" button) and tests.
    QString versionReport() const;
};

} // namespace PortalKeys::Ui
