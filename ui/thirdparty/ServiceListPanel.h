#pragma once

#include "thirdparty/ServiceList.h"

#include "drafts/Draft.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace PortalKeys::Ui {

// The left side of the Third-party page: the search, the kind and state filters, how many services are
// shown, and the list of cards; in place of the list, what there is to say when there is nothing to list
// (loading, an error, no match for the filters) with Try again or Clear filters.
class ServiceListPanel : public QWidget {
    Q_OBJECT

public:
    // `model` must outlive the panel.
    explicit ServiceListPanel(AuthService::ServiceListModel *model, QWidget *parent = nullptr);

    ServiceList *list() const { return m_list; }
    // Passes the search and filters to the model and says how many services are shown.
    void applyFilter();
    // Lists `entries`, keeping the service chosen, else choosing the first one shown; returns whether one is.
    bool setEntries(const QList<AuthService::ServiceEntry> &entries);
    // The offline list of `product`: its drafts first (what the admin made), then the catalog's services, to
    // start new ones; `select` is chosen when it is there. Returns whether a service is chosen.
    bool showOffline(const QList<Drafts::Draft> &drafts, Catalog::Product product,
                     const AuthService::ServiceEntry::Ref &select);
    // Shows `text` instead of the list, with Try again when `retry`.
    void showMessage(const QString &text, bool retry);
    // While a portal's services are read: no list, `text` in its place.
    void showReading(const QString &text);
    // The services a portal answered with, `keep` chosen when it is among them; returns whether a service
    // was chosen before that.
    bool showRead(const QList<AuthService::ServiceEntry> &entries,
                  const AuthService::ServiceEntry::Ref &keep);
    // Reading the services failed or was cancelled: Try again in place of the list.
    void showReadFailed(bool cancelled);
    void focusSearch();
    QList<QWidget *> focusOrder() const;

signals:
    void retryRequested();

private:
    void createFilters();
    void createMessage();

    AuthService::ServiceListModel *m_model;
    ServiceList *m_list;
    QLineEdit *m_search = nullptr;
    QComboBox *m_kindFilter = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QLabel *m_count = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_action = nullptr;
};

} // namespace PortalKeys::Ui
