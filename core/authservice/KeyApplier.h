#pragma once

#include "authservice/AuthService.h"
#include "authservice/KeyChange.h"
#include "portal/PortalClient.h"
#include "portal/PortalError.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace PortalKeys::AuthService {

// Keys of one service prepared to be applied (from a draft or a bundle).
struct PreparedKeys {
    QString service; // the service's name, e.g. "google"
    KeyValues values;
};

// Applies prepared keys to one or several portals, one service after the other, and reports for each portal
// and service what happened: applied, unchanged, or refused and why. A failure on one portal or service does
// not stop the others.
class KeyApplier : public QObject {
    Q_OBJECT

public:
    enum class Outcome { Applied, WouldApply, Unchanged, Refused };
    struct Row {
        QString portal;
        QString service;
        Outcome outcome = Outcome::Refused;
        QString detail; // the change summary, or why it was refused
        Portal::PortalError error;
    };
    struct Target {
        QString portalName;
        QPointer<Portal::PortalClient> client; // null: the portal could not be opened; see openError
        Portal::PortalError openError;
    };
    using Done = std::function<void(const QList<Row> &rows)>;

    explicit KeyApplier(QObject *parent = nullptr);

    // `dryRun`: compare with each portal and report what would change, send nothing.
    void apply(const QList<Target> &targets, const QList<PreparedKeys> &keys, bool dryRun, Done done);

    static QString outcomeName(Outcome outcome); // "applied", "would apply", "unchanged", "refused"
    // Exit code for a report: 0 when nothing was refused, else the highest exit code among the refusals.
    static int exitCode(const QList<Row> &rows);

private:
    void nextTarget();
    void applyServices(const QList<Service> &services);
    void nextService();

    QList<Target> m_targets;
    QList<PreparedKeys> m_keys;
    QList<Service> m_services;
    QList<Row> m_rows;
    bool m_dryRun = false;
    int m_target = -1;
    int m_service = 0;
    Done m_done;
};

} // namespace PortalKeys::AuthService
