#pragma once

#include "oauth/OAuthApp.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace PortalKeys::Ui {

class SecureClipboard;

// Above the form of the OAuth apps page: the app's icon, name and state, and for a registered app what can
// be done with it as a whole (Try it, enable or disable, show or renew the secret, copy the client ID).
class AppHeader : public QWidget {
    Q_OBJECT

public:
    // Copy client ID goes through `clipboard`, which must outlive the header.
    explicit AppHeader(SecureClipboard *clipboard, QWidget *parent = nullptr);

    void showTitle(const QString &logo, const QString &title, const QString &state);
    // The actions for `registered`; null hides them (a draft or a new app).
    void showActions(const OAuth::OAuthApp *registered, bool busy);
    QList<QWidget *> focusOrder() const;

signals:
    void tryItRequested();
    void toggleRequested();
    void showSecretRequested();
    void regenerateRequested();

private:
    QWidget *createActions();

    SecureClipboard *m_clipboard;
    QString m_clientId;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_state;
    QWidget *m_actions = nullptr;
    QPushButton *m_tryIt = nullptr;
    QPushButton *m_toggle = nullptr;
    QPushButton *m_showSecret = nullptr;
    QPushButton *m_regenerate = nullptr;
    QPushButton *m_copyId = nullptr;
};

} // namespace PortalKeys::Ui
