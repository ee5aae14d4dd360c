#pragma once

#include "authservice/ServiceListModel.h"

#include <QListView>

namespace PortalKeys::Ui {

using AuthService::ServiceEntry;

// The services of the page as a column of cards (icon, title, one line of purpose, state badge) over a
// ServiceListModel, drawn by ServiceCardDelegate. Rows the model's filter leaves out are hidden, not removed,
// so the chosen entry stays chosen; a new list keeps it chosen when it is still there.
class ServiceList : public QListView {
    Q_OBJECT

public:
    using Ref = AuthService::ServiceListModel::Ref;
    using StateFilter = AuthService::ServiceListModel::StateFilter;

    // `model` must outlive the list.
    explicit ServiceList(AuthService::ServiceListModel *model, QWidget *parent = nullptr);

    AuthService::ServiceListModel *serviceModel() const { return m_model; }
    Ref currentRef() const;
    const ServiceEntry *currentEntry() const;
    // Chooses `ref` and reports it (currentRefChanged); false when it is not listed.
    bool select(const Ref &ref);
    // The first card of the service `name` (not a draft); false when there is none.
    bool selectService(const QString &name);
    // By ServiceEntry::id().
    bool selectEntry(const QString &entryId);
    // The ServiceEntry::id() of the cards the filters leave shown, in order.
    QStringList shownEntryIds() const;
    // After a search or a filter: keeps the chosen card when it is still shown, else chooses the first one
    // shown, else none (the editor then shows no service the list hides); the card chosen before comes back
    // when it is shown again while none is chosen.
    void followFilter();

signals:
    // Another entry was chosen, or the chosen one is gone with a new list (then a None Ref).
    void currentRefChanged(const Ref &ref);

private:
    void hideFilteredRows(int first, int last);

    AuthService::ServiceListModel *m_model;
    Ref m_beforeReset;
    Ref m_hiddenChoice; // chosen before a search hid every card
};

} // namespace PortalKeys::Ui
