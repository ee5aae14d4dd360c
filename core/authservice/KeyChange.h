#pragma once

#include "authservice/AuthService.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace PortalKeys::AuthService {

using KeyValues = QList<QPair<QString, QString>>; // key name → value, in the service's order

// What saving would do to one key: the change preview shown before anything is sent.
struct KeyChange {
    Q_DECLARE_TR_FUNCTIONS(KeyChange)

public:
    enum class Kind { Unchanged, Added, Changed, Cleared };

    QString name;
    QString title;
    Kind kind = Kind::Unchanged;
    QString oldValue;
    QString newValue;
    bool masked = false;

    // The changes from `current` to `values` (keys of the service not in `values` stay as they are). `masked`
    // names the keys whose values are secrets.
    static QList<KeyChange> compute(const Service &current, const KeyValues &values,
                                    const QStringList &masked);
    static bool anyChange(const QList<KeyChange> &changes);
    // Every key ends up empty: the service is switched off.
    static bool disables(const QList<KeyChange> &changes);
    // "2 keys added, 1 changed, 1 cleared" or "no change".
    static QString summary(const QList<KeyChange> &changes);

    // A value for display: secrets as dots with their length unless `reveal`.
    static QString display(const QString &value, bool masked, bool reveal);
    QString describe(bool reveal) const; // "Google Key: changed from •••• (24 characters) to …"
};

} // namespace PortalKeys::AuthService
