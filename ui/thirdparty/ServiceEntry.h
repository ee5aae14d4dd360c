#pragma once

#include "authservice/ServiceView.h"
#include "drafts/Draft.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace PortalKeys::Ui {

// One card of the Third-party authorization page: a service as core's ServiceView describes it (a portal's,
// or the catalog's when offline), and, for an offline draft, the draft it edits. Several drafts of one
// service are several entries: importing a bundle twice gives two drafts.
struct ServiceEntry {
    Q_DECLARE_TR_FUNCTIONS(ServiceEntry)

public:
    // What the state filter and the card's badge show.
    enum class Badge { On, Off, ReadOnly, Draft };

    AuthService::ServiceView view;
    std::optional<Drafts::Draft> draft;

    // Stable across reloads: "draft:<id>" or "service:<name>".
    QString id() const;
    bool isDraft() const { return draft.has_value(); }
    Badge badge() const;
    QString badgeText() const;
    // Core says what plan the service needs; the card only needs to know whether it says anything.
    bool needsPlan() const { return !view.planNote().isEmpty(); }
    QString title() const;
    // The card's second line: the draft's note or modification time, else the service's purpose.
    QString subtitle() const;
    // ":/icons/kind-….svg" of the service's first kind; a generic one when the catalog does not know it.
    QString iconPath() const;
    // Whether `text` (already trimmed) occurs in the title, the portal's name, the purpose or a kind name.
    bool matches(const QString &text) const;

    static ServiceEntry forView(const AuthService::ServiceView &view);
    // A draft of a catalog service, or of one the catalog does not know (from a bundle made elsewhere): its
    // keys are then the draft's, every one of them treated as a secret, the safe side.
    static ServiceEntry forDraft(const Drafts::Draft &draft, const Catalog::ServiceCatalog &catalog);
};

} // namespace PortalKeys::Ui
