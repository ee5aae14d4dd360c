#include "widgets/Announcer.h"

#include <QAccessible>
#include <QApplication>
#include <QWidget>

namespace PortalKeys::Ui::Announcer {

namespace {

Sink g_sink = nullptr;

void send(QWidget *source, QAccessible::Event type)
{
    QAccessibleEvent event(source, type);
    if (g_sink)
        g_sink(&event);
    else
        QAccessible::updateAccessibility(&event);
}

} // namespace

Sink installSink(Sink sink)
{
    const Sink replaced = g_sink;
    g_sink = sink;
    return replaced;
}

void describe(QWidget *source, const QString &text)
{
    if (!source || source->accessibleDescription() == text)
        return;
    // QWidget itself tells the platform of the change; a listening test hears it here.
    source->setAccessibleDescription(text);
    if (g_sink)
        send(source, QAccessible::DescriptionChanged);
}

void alert(QWidget *source)
{
    if (source)
        send(source, QAccessible::Alert);
}

void announce(QWidget *source, const QString &text)
{
    if (!source || source->accessibleDescription() == text)
        return;
    describe(source, text);
    if (!text.isEmpty())
        alert(source);
}

void fieldMessage(QWidget *field, const QString &text)
{
    if (!field)
        return;
    QWidget *focus = QApplication::focusWidget();
    if (focus && (focus == field || field->isAncestorOf(focus)))
        announce(field, text);
    else
        describe(field, text);
}

} // namespace PortalKeys::Ui::Announcer
