#pragma once

#include "oauthapps/AppForm.h"

#include <QWidget>

#include <functional>

namespace PortalKeys::Ui {

class AppActionBar;
class AppHeader;
class ScrollColumn;
class SecureClipboard;

// The right side of the OAuth apps page: the header (icon, name, state, actions on a registered app), the
// registration form in a scroll area, and the buttons under it. It shows what it is told and says when
// unsaved changes are about to be lost; the page decides what is shown.
class AppFormPanel : public QWidget {
    Q_OBJECT

public:
    // What the page shows now, for the header and the buttons.
    struct Shown {
        const OAuth::OAuthApp *registered = nullptr; // the registered app as the portal has it; null: none
        bool storedDraft = false;                    // a draft saved on this computer
        QString portalName;                          // the chosen portal; empty: none
        bool busy = false;                           // a call to the portal runs
    };

    // `clipboard` (for Copy client ID) must outlive the panel.
    explicit AppFormPanel(SecureClipboard *clipboard, QWidget *parent = nullptr);

    AppForm *form() const { return m_form; }
    AppHeader *header() const { return m_header; }
    AppActionBar *actionBar() const { return m_actionBar; }

    // Loads `app` into the form (see AppForm::setApp) and scrolls to its top.
    void load(const OAuth::OAuthApp &app, AppForm::Mode mode, bool showAllFindings);
    // The header's title and state and what the buttons offer, for `shown`.
    void refresh(const Shown &shown);
    // Runs `proceed` at once when the form has no unsaved changes, else after the user agreed to lose them.
    void whenChangesHandled(std::function<void()> proceed);

private:
    void refreshHeader(const Shown &shown);

    AppHeader *m_header;
    ScrollColumn *m_scroll;
    AppForm *m_form;
    AppActionBar *m_actionBar;
};

} // namespace PortalKeys::Ui
