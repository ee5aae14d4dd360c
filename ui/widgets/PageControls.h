#pragma once

#include <QKeySequence>
#include <QSize>
#include <QString>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QVBoxLayout;
class QWidget;

namespace PortalKeys::Ui::PageControls {

// Small pieces every page builds its controls from, so that they look and read alike.

// "Tip (Ctrl+S)": a tool tip that names the shortcut in the platform's words; `tip` alone without one.
QString withShortcut(const QString &tip, const QKeySequence &shortcut);
// A push button with its object name (tests and screenshots find controls by it).
QPushButton *button(const QString &text, const QString &objectName);
// A dimmed label for explanations under or beside controls.
QLabel *note(const QString &text, const QString &objectName);
// Lets `combo` be as narrow as `characters` on a small screen (its value then elided, the open list whole)
// rather than always as wide as its longest item; a layout that has room makes it wider.
void narrowCombo(QComboBox *combo, int characters);
// Sizes the window `window` to `preferred`, or to most of a screen too small for that (800×600, 1920×1080 at
// 200 %), never below what it needs.
void resizeWithinScreen(QWidget *window, const QSize &preferred);
// Chains the tab order of `widgets` as listed.
void chainTabOrder(const QList<QWidget *> &widgets);
// A shortcut of `page` in its window: it works wherever the focus is in the window while the page is shown,
// and not at all while another page is (actions of hidden widgets do not fire).
QAction *windowShortcut(QWidget *page, const QString &text, const QKeySequence &shortcut,
                        std::function<void()> triggered);
// The column of `page` with the margins and spacing every page has, `header` at its top.
QVBoxLayout *pageLayout(QWidget *page, QWidget *header);
// A list on the left and what is chosen in it on the right, which takes the room the window gains.
QSplitter *listAndDetails(const QString &objectName, QWidget *list, QWidget *details, int listWidth,
                          int detailsWidth);
// Asks before something that cannot be undone: `question`, `details` under it, the `action` button (its
// object name "confirmAction") and Cancel, which is the default so that Enter does not do it. The box is
// window-modal and named `objectName`; `confirmed` runs when the action was chosen.
void confirm(QWidget *parent, const QString &objectName, const QString &title, const QString &question,
             const QString &details, const QString &action, std::function<void()> confirmed,
             const QString &actionObjectName = QStringLiteral("confirmAction"));

} // namespace PortalKeys::Ui::PageControls
