#pragma once

#include <QWidget>

namespace PortalKeys::Ui {

// Stands in for a page that is not built yet: its title and what it will do, nothing more.
class PlaceholderPage : public QWidget {
    Q_OBJECT

public:
    PlaceholderPage(const QString &title, const QString &comingCapability, QWidget *parent = nullptr);
};

} // namespace PortalKeys::Ui
