#pragma once

#include "authservice/AuthService.h"
#include "authservice/KeyChange.h"
#include "catalog/Issue.h"
#include "drafts/Draft.h"
#include "history/HistoryEntry.h"
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
    // A draft's keys made ready to send, and what the catalog's check says about its values.
    struct Prepared {
        PreparedKeys keys;
        QList<Catalog::Issue> issues;
        bool hasErrors() const { return Catalog::hasErrors(issues); }
    };

    explicit KeyApplier(QObject *parent = nullptr);

    // Where the keys come from, for the history: Keys (drafts, the default) or Bundle.
    void setHistoryArea(History::HistoryEntry::Area area) { m_historyArea = area; }

    // `dryRun`: compare with each portal and report what would change, send nothing.
    void apply(const QList<Target> &targets, const QList<PreparedKeys> &keys, bool dryRun, Done done);

    // How a DocSpace draft (of the drafts list or a bundle) becomes the keys to send, for every caller: a
    // service the catalog knows is checked by its rules and sent as ServiceView::valuesToSend does (under the
    // catalog's name); an unknown service or key (a newer portal's) is sent as it is, the portal being the
    // judge. Errors in `issues` mean it must not be sent.
    static Prepared prepare(const Drafts::Draft &draft, const Drafts::DraftValues &values);

    static QString outcomeName(Outcome outcome); // "applied", "would apply", "unchanged", "refused"

private:
    void nextTarget();
    void applyServices(const QList<Service> &services);
    void nextService();

    QList<Target> m_targets;
    QList<PreparedKeys> m_keys;
    QList<Service> m_services;
    QList<Row> m_rows;
    bool m_dryRun = false;
    History::HistoryEntry::Area m_historyArea = History::HistoryEntry::Area::Keys;
    int m_target = -1;
    int m_service = 0;
    Done m_done;
};

} // namespace PortalKeys::AuthService
