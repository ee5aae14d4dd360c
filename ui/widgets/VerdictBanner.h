#pragma once

#include <QLabel>

namespace PortalKeys::Ui {

// A coloured one-line verdict above a result: valid, invalid (with why), or not checked.
class VerdictBanner : public QLabel {
    Q_OBJECT

public:
    enum class State { Neutral, Valid, Invalid, Warning };

    explicit VerdictBanner(QWidget *parent = nullptr);

    void showVerdict(State state, const QString &text);
    State state() const { return m_state; }

private:
    State m_state = State::Neutral;
};

} // namespace PortalKeys::Ui
