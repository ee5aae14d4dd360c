#pragma once

#include "apikeys/ApiKey.h"
#include "apikeys/ApiKeyChange.h"
#include "apikeys/NewApiKey.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace PortalKeys::Ui {

class PermissionChooser;

// A new API key (name, permissions, expiry in days or never), or the changes to one (name, permissions):
// checked as the user types, with the portal's limits, before anything is sent.
class ApiKeyDialog : public QDialog {
    Q_OBJECT

public:
    // For a new key on `portalName`, with the portal's permission names.
    ApiKeyDialog(const QString &portalName, const QStringList &offered, QWidget *parent = nullptr);
    // For changes to `key`.
    ApiKeyDialog(const ApiKeys::ApiKey &key, const QStringList &offered, QWidget *parent = nullptr);

    bool isEditing() const { return m_editing; }
    ApiKeys::NewApiKey newKey() const;
    // Only what differs from the key being edited.
    ApiKeys::ApiKeyChange change() const;

    static constexpr int defaultDays = 30;

private:
    void createWidgets(const QStringList &offered);
    QWidget *createExpiryBox();
    void validate();

    bool m_editing = false;
    ApiKeys::ApiKey m_original;
    QStringList m_offered;

    QLineEdit *m_name = nullptr;
    QLabel *m_nameCount = nullptr;
    PermissionChooser *m_permissions = nullptr;
    QRadioButton *m_expires = nullptr;
    QRadioButton *m_never = nullptr;
    QSpinBox *m_days = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace PortalKeys::Ui
