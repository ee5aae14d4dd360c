#pragma once

#include "authservice/ServiceView.h"
#include "catalog/ServiceKind.h"
#include "drafts/Draft.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace PortalKeys::AuthService {

// One entry of the Third-party authorization page's list: a service as ServiceView describes it (a portal's,
// or the catalog's when offline), and, for an offline draft, the draft it edits. Several drafts of one
// service are several entries: importing a bundle twice gives two drafts.
struct ServiceEntry {
    Q_DECLARE_TR_FUNCTIONS(ServiceEntry)

public:
    // What the state filter and the card's badge show.
    enum class Badge { On, Off, ReadOnly, Draft };

    // Names an entry across reloads: a service by its name, a draft by its id.
    struct Ref {
        enum class Kind { None, Service, Draft };
        Kind kind = Kind::None;
        QString id; // the service's name or the draft's id

        static Ref service(const QString &name) { return {Kind::Service, name}; }
        static Ref draft(const QString &draftId) { return {Kind::Draft, draftId}; }
        bool isNone() const { return kind == Kind::None; }
        bool operator==(const Ref &other) const { return kind == other.kind && id == other.id; }
        bool operator!=(const Ref &other) const { return !(*this == other); }
    };

    ServiceView view;
    std::optional<Drafts::Draft> draft;

    Ref ref() const;
    // ref() as text, "draft:<id>" or "service:<name>": a key for what was typed, and what tests compare.
    QString id() const { return idOf(ref()); }
    static QString idOf(const Ref &ref);
    bool isDraft() const { return draft.has_value(); }
    Badge badge() const;
    QString badgeText() const;
    // Core says what plan the service needs; the card only needs to know whether it says anything.
    bool needsPlan() const { return !view.planNote().isEmpty(); }
    QString title() const;
    // The card's second line: the draft's note or modification time, else the service's purpose.
    QString subtitle() const;
    // The service's first kind, "other" when the catalog does not know it: what the card's icon shows.
    Catalog::ServiceKind iconKind() const;
    // Whether `text` (already trimmed) occurs in the title, the portal's name, the purpose or a kind name.
    bool matches(const QString &text) const;

    static ServiceEntry forView(const ServiceView &view);
    // A draft of a catalog service, or of one the catalog does not know (from a bundle made elsewhere): its
    // keys are then the draft's, every one of them treated as a secret, the safe side.
    static ServiceEntry forDraft(const Drafts::Draft &draft, const Catalog::ServiceCatalog &catalog);
};

} // namespace PortalKeys::AuthService
