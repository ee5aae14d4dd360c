#pragma once

#include "authservice/ServiceEntry.h"
#include "widgets/VerdictBanner.h"

#include "catalog/ServiceValidator.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QScrollArea;
class QStackedWidget;

namespace PortalKeys::Ui {

using AuthService::ServiceEntry;

class KeyField;
class ServiceActionBar;
class ServiceEditorHeader;
class ServiceInstructions;
class ServiceKeyForm;

// The right-hand side of the Third-party authorization page: one service with what it is for, where it is
// available, how to get its keys (steps, the redirect URI to register, the provider's console) and its key
// fields, checked by core as the admin types. Read-only services say why and cannot be edited; paid ones say
// what plan they need. Saving, switching off and deleting a draft are the page's to do: the editor asks.
class ServiceEditor : public QWidget {
    Q_OBJECT

public:
    explicit ServiceEditor(QWidget *parent = nullptr);

    // Shows `entry` with `typed` in its fields; `initial` is what is stored (the portal's values, the
    // draft's), to tell edits from what is there. An empty entry id shows "choose a service".
    void setEntry(const ServiceEntry &entry, const QMap<QString, QString> &typed,
                  const QMap<QString, QString> &initial);
    void clearEntry(const QString &message = {});
    bool hasEntry() const { return m_hasEntry; }
    const ServiceEntry &entry() const { return m_entry; }
    // Replaces the service shown (its state after a save or reload) and what is stored, keeping the values
    // typed in the fields.
    void updateStored(const ServiceEntry &entry, const QMap<QString, QString> &initial);

    // The fields' values, every key of the service (also those hidden because they do not apply).
    QMap<QString, QString> values() const;
    bool isEdited() const;
    bool warningsAccepted() const;
    Catalog::ServiceValidator::Result validation() const { return m_validation; }
    bool canSave() const;
    KeyField *field(const QString &keyName) const;
    // Puts the focus in the first key field that can be typed in, as Enter on a service card does.
    void focusFirstKey();

    // While a step runs (loading a draft's values, saving), fields and buttons wait.
    void setBusy(bool busy);
    void showResult(VerdictBanner::State state, const QString &text, const QString &details = {});
    void clearResult();
    void setInstructionsShown(bool shown);
    // The stored values of `keyNames` are lost (the keychain no longer holds them): the message area and
    // their fields ask for them again, until another service is shown.
    void showMissingValues(const QStringList &keyNames);

signals:
    void saveRequested();
    // Switch the service off (Disable, offered while it is on).
    void toggleRequested();
    void deleteDraftRequested();
    void valuesEdited();

private:
    void createWidgets();
    QWidget *createContent();
    void showService();
    void showNotices();
    void revalidate();
    void updateButtons();
    void updateTabOrder();

    ServiceEntry m_entry;
    bool m_hasEntry = false;
    bool m_busy = false;
    QMap<QString, QString> m_initial;
    QStringList m_missing;
    Catalog::ServiceValidator::Result m_validation;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyText = nullptr;
    ServiceEditorHeader *m_header = nullptr;
    QScrollArea *m_scroll = nullptr;
    VerdictBanner *m_readOnly = nullptr;
    QLabel *m_planNote = nullptr;
    QLabel *m_availability = nullptr;
    QLabel *m_unknown = nullptr;
    ServiceInstructions *m_instructions = nullptr;
    ServiceKeyForm *m_form = nullptr;
    ServiceActionBar *m_actions = nullptr;
};

} // namespace PortalKeys::Ui
