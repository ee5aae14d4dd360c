#pragma once

#include "widgets/VerdictBanner.h"

#include "authservice/ServiceEntry.h"
#include "drafts/DraftStore.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <functional>

namespace PortalKeys {
class SecretStore;
}

namespace PortalKeys::Ui {

class PortalOperation;

// The Third-party page's offline drafts: saving a service's values as a draft (its values in the keychain,
// the list of drafts holding only the names of its keys), deleting one after asking, and reading a draft's
// values from the keychain once, to show them.
class ServiceDraftActions : public QObject {
    Q_OBJECT

public:
    using Values = QMap<QString, QString>;
    using Saved = std::function<void(const QString &draftId)>;
    using Done = std::function<void()>;
    using Read = std::function<void(const QString &error)>;

    // All must outlive the actions; the question opens over `dialogParent`.
    ServiceDraftActions(PortalOperation *operation, Drafts::DraftStore *store, SecretStore *secrets,
                        QWidget *dialogParent);

    // The values of `draftId` once read; nullptr before.
    const Values *values(const QString &draftId) const;
    // The keys of `draftId` whose value was stored but is gone from the keychain, as the last read found.
    QStringList missingValues(const QString &draftId) const { return m_missing.value(draftId); }
    // Reads the draft's values from the keychain, then `read`; a later read replaces an earlier one.
    void readValues(const Drafts::Draft &draft, Read read);
    // Stores `values` typed for `entry` as its draft (a new one for a catalog service), then `saved`.
    void save(const AuthService::ServiceEntry &entry, const Values &values, Saved saved);
    // Asks, then deletes `draft` and its values, then `removed`.
    void confirmRemove(const Drafts::Draft &draft, const QString &title, Done removed);

signals:
    void notice(VerdictBanner::State state, const QString &text);
    void saveStarted();
    void result(const QString &entryId, VerdictBanner::State state, const QString &text,
                const QString &details = {});

private:
    void remove(const Drafts::Draft &draft, Done removed);

    PortalOperation *m_operation;
    Drafts::DraftStore *m_store;
    SecretStore *m_secrets;
    QWidget *m_dialogParent;
    QHash<QString, Values> m_values;       // by draft id, once read from the keychain
    QHash<QString, QStringList> m_missing; // by draft id: stored values the keychain no longer holds
    QPointer<QObject> m_read;              // the read of a draft's values, for the entry shown
};

} // namespace PortalKeys::Ui
