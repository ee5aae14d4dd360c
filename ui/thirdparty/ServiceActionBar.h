#pragma once

#include "authservice/ServiceView.h"
#include "widgets/VerdictBanner.h"

#include <QWidget>

class QPushButton;

namespace PortalKeys::Ui {

// The foot of the service editor: the result of the last step (saved, refused and why) and its buttons, which
// only ask: the page does the work. Online, a service that is off offers Enable (its keys saved switch it
// on), one that is on Save and Disable; offline, Save draft and Delete draft.
class ServiceActionBar : public QWidget {
    Q_OBJECT

public:
    // What the buttons may offer for the service shown.
    struct State {
        AuthService::ServiceView::State service = AuthService::ServiceView::State::Off;
        bool online = false;
        bool draft = false;
        bool busy = false;
        bool canSave = false;
        bool hasEntry = false;
    };

    explicit ServiceActionBar(QWidget *parent = nullptr);

    void update(const State &state);
    void showResult(VerdictBanner::State state, const QString &text, const QString &details = {});
    void clearResult();
    QList<QWidget *> focusChain() const;

signals:
    void saveRequested();
    void toggleRequested();
    void deleteDraftRequested();

private:
    VerdictBanner *m_result = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_toggle = nullptr;
    QPushButton *m_deleteDraft = nullptr;
};

} // namespace PortalKeys::Ui
