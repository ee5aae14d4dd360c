#pragma once

#include <QObject>
#include <QTimer>

namespace PortalKeys::Ui {

// Copies tokens and secrets to the clipboard and clears them again after a while, as password
// managers do, unless the user has copied something else meanwhile.
class SecureClipboard : public QObject {
    Q_OBJECT

public:
    static constexpr int defaultClearSeconds = 30;

    explicit SecureClipboard(QObject *parent = nullptr);

    // Seconds before the clipboard is cleared (QSettings "security/clipboardClearSeconds"; 0 = never).
    static int clearSeconds();
    static void setClearSeconds(int seconds);

    void copySensitive(const QString &text);
    void copyPlain(const QString &text);

signals:
    void copied(const QString &status);

private:
    void clearIfStillOurs();

    QTimer m_timer;
    QString m_copied;
};

} // namespace PortalKeys::Ui
