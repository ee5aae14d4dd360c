#pragma once

// What the keyboard and accessibility tests walk: the controls of a window that take the focus with Tab, and
// a short path to name one in a failure message.
#include "portal/ProfileStore.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

namespace PortalKeys::Testing {

// "ServiceEditor/QScrollArea/KeyField/SecretEdit(key-googleClientSecret)": the last levels of the widget
// tree.
inline QString widgetPath(const QWidget *widget)
{
    QStringList path;
    for (const QWidget *level = widget; level && !level->isWindow(); level = level->parentWidget()) {
        QString name =
            QString::fromLatin1(level->metaObject()->className()).section(QStringLiteral("::"), -1);
        if (!level->objectName().isEmpty())
            name += QStringLiteral("(%1)").arg(level->objectName());
        path.prepend(name);
    }
    return path.mid(qMax(0, int(path.size()) - 4)).join(QLatin1Char('/'));
}

// A control of `root`'s window that Tab can reach: shown, taking the focus by Tab, not the inner part of
// another control (a spin box's or combo box's line edit), and when `enabledOnly` enabled.
inline bool takesTabFocus(const QWidget *widget, const QWidget *root, bool enabledOnly)
{
    if (widget->window() != root->window() || !(widget->focusPolicy() & Qt::TabFocus))
        return false;
    if (widget->focusProxy())
        return false;
    const QWidget *parent = widget->parentWidget();
    if (parent && (qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QComboBox *>(parent)))
        return false;
    return widget->isVisible() && (!enabledOnly || widget->isEnabled());
}

inline QList<QWidget *> tabFocusable(QWidget *root, bool enabledOnly)
{
    QList<QWidget *> widgets;
    QList<QWidget *> candidates = root->findChildren<QWidget *>();
    candidates.prepend(root);
    for (QWidget *widget : std::as_const(candidates)) {
        if (takesTabFocus(widget, root, enabledOnly))
            widgets.append(widget);
    }
    return widgets;
}

// While it lives, the portal list holds one portal, at an address where nothing answers (or none: `listed`
// false).
class ListedPortal {
public:
    explicit ListedPortal(bool listed) { setPortals(listed); }
    ~ListedPortal() { setPortals(false); }
    ListedPortal(const ListedPortal &) = delete;
    ListedPortal &operator=(const ListedPortal &) = delete;

private:
    static void setPortals(bool listed)
    {
        Portal::ProfileStore().update([listed](QList<Portal::PortalProfile> &profiles) {
            profiles.clear();
            if (listed)
                profiles << Portal::PortalProfile::create(QStringLiteral("lab"),
                                                          QUrl(QStringLiteral("https://127.0.0.1:9")),
                                                          Portal::CredentialKind::ApiKey);
            return QString();
        });
    }
};

} // namespace PortalKeys::Testing
