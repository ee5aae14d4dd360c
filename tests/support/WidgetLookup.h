#pragma once

// Finding widgets the way the GUI tests do: a visible top-level window of a type, and a named child that must
// exist (a missing one stops the test with its name rather than a crash on a null pointer).
#include <QApplication>
#include <QObject>
#include <QString>
#include <QWidget>

namespace PortalKeys::Testing {

template <typename T> T *visibleWindow(const QString &objectName = {})
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        auto *match = qobject_cast<T *>(widget);
        if (match && match->isVisible() && (objectName.isEmpty() || match->objectName() == objectName))
            return match;
    }
    return nullptr;
}

template <typename T> T *child(QObject *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qFatal("no widget named %s", qPrintable(name));
    return widget;
}

} // namespace PortalKeys::Testing
