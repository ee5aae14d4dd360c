#pragma once

#include "catalog/ServiceDefinition.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace PortalKeys::Ui {

class SecureClipboard;

// "How to get the keys" in the service editor: a fold-out with the catalog's steps, the redirect URI to
// register (with Copy), the provider's console, the service's note and its older key sets. Hidden as a whole
// when the catalog has nothing to say about the service.
class ServiceInstructions : public QWidget {
    Q_OBJECT

public:
    explicit ServiceInstructions(QWidget *parent = nullptr);

    void showDefinition(const Catalog::ServiceDefinition &definition);
    bool isShown() const { return m_shown; }
    void setShown(bool shown);
    // Its stops for Tab, in reading order.
    QList<QWidget *> focusChain() const;

private:
    void createRedirectRow();
    void showHelpLink(const QUrl &url);

    QToolButton *m_toggle = nullptr;
    QWidget *m_body = nullptr;
    QLabel *m_steps = nullptr;
    QWidget *m_redirectRow = nullptr;
    QLineEdit *m_redirectUri = nullptr;
    QPushButton *m_copyRedirect = nullptr;
    QLabel *m_redirectNote = nullptr;
    QLabel *m_copyStatus = nullptr;
    QLabel *m_helpLink = nullptr;
    QLabel *m_serviceNote = nullptr;
    QLabel *m_olderKeys = nullptr;
    SecureClipboard *m_clipboard = nullptr;
    bool m_shown = true;
};

} // namespace PortalKeys::Ui
