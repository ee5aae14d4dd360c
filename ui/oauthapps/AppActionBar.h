#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace PortalKeys::Ui {

// Under the form of the OAuth apps page: what is missing before the app can be registered or updated, and
// the buttons that act on the form (delete, export; save draft and register for a draft, update for a
// registered app).
class AppActionBar : public QWidget {
    Q_OBJECT

public:
    // What the page shows and may do now.
    struct State {
        bool draftMode = true;     // a draft or a new app, not a registered app
        bool storedDraft = false;  // a draft saved on this computer
        bool registered = false;   // a registered app
        bool busy = false;         // a call to the portal runs
        bool dirty = false;        // the form differs from what was loaded
        bool named = false;        // the form has an app name
        bool canRegister = false;  // the form has no error
        bool canUpdate = false;    // no error in a field an update sends
        QString portalName;        // the chosen portal; empty: none
        QStringList pendingFields; // fields with an error that shows nothing yet
    };

    explicit AppActionBar(QWidget *parent = nullptr);

    void showState(const State &state);
    // Whether Ctrl+S does something now (save the draft, or update the app).
    bool canSave() const { return m_canSave; }
    QList<QWidget *> focusOrder() const;

signals:
    void deleteRequested();
    void exportRequested();
    void saveDraftRequested();
    void registerRequested();
    void updateRequested();

private:
    static QString hintFor(const State &state);

    QLabel *m_hint;
    QPushButton *m_delete;
    QPushButton *m_export;
    QPushButton *m_saveDraft;
    QPushButton *m_register;
    QPushButton *m_update;
    bool m_canSave = false;
};

} // namespace PortalKeys::Ui
