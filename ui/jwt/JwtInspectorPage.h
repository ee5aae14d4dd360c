#pragma once

#include <QWidget>

class QTabWidget;

namespace PortalKeys {
class SecretStore;
}

namespace PortalKeys::Ui {

class InspectTab;
class SecureClipboard;

// The "JWT inspector" page: decode and verify, sign, and Document Server configs.
class JwtInspectorPage : public QWidget {
    Q_OBJECT

public:
    explicit JwtInspectorPage(SecretStore *store, QWidget *parent = nullptr);

    void inspect(const QString &token);

private:
    SecureClipboard *m_clipboard;
    QTabWidget *m_tabs;
    InspectTab *m_inspectTab;
};

} // namespace PortalKeys::Ui
