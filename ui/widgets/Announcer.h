#pragma once

#include <QString>

class QAccessibleEvent;
class QWidget;

namespace PortalKeys::Ui::Announcer {

// Puts a message about `source` where screen readers find it: its accessible description, read with it from
// then on (an empty text clears it).
void describe(QWidget *source, const QString &text);
// Asks screen readers to speak `source` (a message label, whose name is its text) at once.
void alert(QWidget *source);
// describe(), for a message that appeared where the user is not looking (a verdict, a result, an error in the
// field being typed in): an alert is sent too, which screen readers speak at once.
void announce(QWidget *source, const QString &text);
// A message about a form field (its error or warning): spoken at once while the focus is in the field, else
// only kept as its description, read when the field is reached.
void fieldMessage(QWidget *field, const QString &text);

// Where the events go: QAccessible::updateAccessibility, unless a test listens. (Qt passes events on only
// while a platform bridge is active, which the offscreen platform of the tests never has.)
using Sink = void (*)(QAccessibleEvent *event);
// Returns the sink replaced; null restores QAccessible::updateAccessibility.
Sink installSink(Sink sink);

} // namespace PortalKeys::Ui::Announcer
