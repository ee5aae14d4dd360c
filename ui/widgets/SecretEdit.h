#pragma once

#include <QLineEdit>

class QAction;

namespace PortalKeys::Ui {

// A one-line field for a password, key or token: masked, with an eye button to show what was typed.
// The text is never copied out while masked (QLineEdit refuses copy and cut in password mode).
class SecretEdit : public QLineEdit {
    Q_OBJECT

public:
    explicit SecretEdit(QWidget *parent = nullptr);

    bool isRevealed() const;
    void setRevealed(bool revealed);
    // The typed secret as UTF-8, as it is sent and stored.
    QByteArray secret() const { return text().toUtf8(); }

private:
    QAction *m_reveal;
};

} // namespace PortalKeys::Ui
