#pragma once

#include <QLineEdit>

class QToolButton;

namespace PortalKeys::Ui {

// A one-line field for a password, key or token: masked, with an eye button to show what was typed.
// The text is never copied out while masked (QLineEdit refuses copy and cut in password mode). The eye is a
// toggle button of its own, next in the Tab order, so that keyboard and screen reader users can reach it
// and hear whether the secret is shown.
class SecretEdit : public QLineEdit {
    Q_OBJECT

public:
    explicit SecretEdit(QWidget *parent = nullptr);

    bool isRevealed() const;
    void setRevealed(bool revealed);
    // The typed secret as UTF-8, as it is sent and stored.
    QByteArray secret() const { return text().toUtf8(); }
    QToolButton *revealButton() const { return m_reveal; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void placeRevealButton();

    QToolButton *m_reveal;
};

} // namespace PortalKeys::Ui
