#pragma once

#include <QKeySequence>
#include <QWidget>

class QPushButton;

namespace PortalKeys::Portal {
struct PortalProfile;
}

namespace PortalKeys::Ui {

// The row of buttons over the portal list: Add, Edit, Remove on the left; Sign in (for OAuth 2.0 and for a
// login token from e-mail and password) and Test connection on the right.
class PortalActionBar : public QWidget {
    Q_OBJECT

public:
    // The shortcuts are named in the tool tips; the page's actions carry them.
    PortalActionBar(const QKeySequence &addShortcut, const QKeySequence &testShortcut,
                    QWidget *parent = nullptr);

    // What may be done with `current` (null: none selected) while `busy` or not; `usable`: the list loaded.
    void update(bool usable, bool busy, const Portal::PortalProfile *current);
    QList<QWidget *> tabOrder() const;

signals:
    void addRequested();
    void editRequested();
    void removeRequested();
    void signInRequested();
    void testRequested();

private:
    void updateSignIn(bool busy, const Portal::PortalProfile *current);

    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_signIn;
    QPushButton *m_test;
};

} // namespace PortalKeys::Ui
