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

// Applies prepared keys to one or several portals and reports for each portal and service what happened:
// applied, unchanged, or refused and why. The portals run at the same time (RequestSlots bounds the calls per
// host and in all), the services of one portal one after the other. A failure on one portal or service does
// not stop the others, and a slow portal does not hold back the others' results (portalFinished). The report
// keeps the order it was given: portal by portal, service by service.
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
    // Calls back once with a client that carries the credentials, or with why there is none.
    using Opened = std::function<void(const Portal::PortalError &error, Portal::PortalClient *client)>;
    using Opener = std::function<void(Opened opened)>;
    struct Target {
        Target() = default;
        Target(const QString &name, Portal::PortalClient *openClient, const Portal::PortalError &error = {})
            : portalName(name)
            , client(openClient)
            , openError(error)
        {}
        Target(const QString &name, Opener opener)
            : portalName(name)
            , open(std::move(opener))
        {}

        QString portalName;
        QPointer<Portal::PortalClient> client; // null: `open` opens it, else see openError
        Portal::PortalError openError;
        // Opens the portal (keychain, OAuth refresh) when the applier starts it. The first one runs alone, so
        // that a locked keychain asks once; the others then open together.
        Opener open;
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

    // `dryRun`: compare with each portal and report what would change, send nothing. `done` runs once, from
    // the event loop, with every row.
    void apply(const QList<Target> &targets, const QList<PreparedKeys> &keys, bool dryRun, Done done);
    // Stops every portal that has not finished: its calls are aborted (a save already sent may still be
    // carried out by the portal) and its remaining services are reported refused as cancelled. `done` runs
    // before this returns; nothing is reported after it.
    void cancel();
    bool isRunning() const { return m_unfinished > 0; }

    // How a DocSpace draft (of the drafts list or a bundle) becomes the keys to send, for every caller: a
    // service the catalog knows is checked by its rules and sent as ServiceView::valuesToSend does (under the
    // catalog's name); an unknown service or key (a newer portal's) is sent as it is, the portal being the
    // judge. Errors in `issues` mean it must not be sent.
    static Prepared prepare(const Drafts::Draft &draft, const Drafts::DraftValues &values);

    static QString outcomeName(Outcome outcome); // "applied", "would apply", "unchanged", "refused"

signals:
    // All rows of the portal at `index` (its place among the targets), as soon as that portal is done.
    void portalFinished(int index, const QList<AuthService::KeyApplier::Row> &rows);

private:
    struct Run {
        QPointer<Portal::PortalClient> client;
        QList<Service> services; // the portal's, once listed
        QList<Row> rows;         // one per prepared service, in their order
        bool finished = false;
    };

    void begin(quint64 generation);
    void open(int index, std::function<void()> then);
    void list(int index);
    void nextService(int index);
    void save(int index, const Service &current, Row row);
    void refuseRest(int index, const Portal::PortalError &error);
    void finishPortal(int index);
    // Whether an answer for portal `index` of run `generation` is still wanted.
    bool wanted(int index, quint64 generation) const;

    QList<Target> m_targets;
    QList<PreparedKeys> m_keys;
    QList<Run> m_runs;
    bool m_dryRun = false;
    History::HistoryEntry::Area m_historyArea = History::HistoryEntry::Area::Keys;
    quint64 m_generation = 0;
    int m_unfinished = 0;
    Done m_done;
};

} // namespace PortalKeys::AuthService
