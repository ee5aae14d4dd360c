#pragma once

#include "oauthapps/FileChooser.h"

#include "oauth/OAuthApp.h"
#include "oauth/OAuthAppIssue.h"
#include "oauth/ScopeModel.h"

#include <QHash>
#include <QSet>
#include <QWidget>

namespace PortalKeys::Ui {

class AppFormSection;
class BasicInfoSection;
class FieldMessage;
class RedirectsSection;
class ScopesSection;

// The registration form of an OAuth app, grouped as on the portal: basic info, authentication method,
// redirects and origins, access scopes, support and legal info (each an AppFormSection). Every change is
// checked at once with OAuthAppValidator and the findings are shown under their fields (errors red, warnings
// amber); a field shows its findings once it has been edited, or for a stored app at once. For a registered
// app the fields the portal does not let an update change are read-only, with the reason under them.
class AppForm : public QWidget {
    Q_OBJECT

public:
    enum class Mode { Draft, Registered };

    explicit AppForm(QWidget *parent = nullptr);

    // Loads `app`. `showAllFindings` shows every finding at once (a stored draft, a registered app) instead
    // of waiting for each field to be edited (a new app).
    void setApp(const OAuth::OAuthApp &app, Mode mode, bool showAllFindings);
    // The app as edited: the loaded app with the form's fields.
    OAuth::OAuthApp app() const;
    Mode mode() const { return m_mode; }
    // Whether the form differs from what was loaded, in what a save (draft) or an update (registered) sends.
    bool isDirty() const;
    // Makes the current content the clean state (after a save).
    void markClean();

    // The scopes to offer: built-in offline, the portal's once it answered.
    void setScopeModel(const OAuth::ScopeModel &model);
    void setFileChooser(FileChooser chooser);

    // The validator's findings for the current content, and those the portal reported.
    const QList<OAuth::OAuthAppIssue> &issues() const { return m_issues; }
    // Register: no error anywhere. Update: no error in a field an update sends.
    bool canRegister() const;
    bool canUpdate() const;
    // The fields that still have an error but show nothing yet, for people ("app name", "icon", …).
    QStringList pendingFields() const;

    // Field errors from the portal (PortalError::fieldErrors); each stays until its field is edited.
    void setServerIssues(const QList<OAuth::OAuthAppIssue> &issues);
    // Shows every finding, and puts the focus on the first field with an error.
    void showAllFindings();

signals:
    void changed();

private:
    void createWidgets();
    void alignLabels();
    void onEdited(const QString &field);
    void revalidate();
    void showFieldIssues(const QString &field, FieldMessage *message);
    bool isShown(const QString &field) const;
    bool isReadOnly(const QString &field) const;
    QWidget *widgetFor(const QString &field) const;
    QJsonObject comparable(const OAuth::OAuthApp &app) const;
    void fixTabOrder();
    void showListIssues();
    void showOtherIssues();

    Mode m_mode = Mode::Draft;
    OAuth::OAuthApp m_loaded;
    QJsonObject m_clean;
    QList<OAuth::OAuthAppIssue> m_issues;
    QList<OAuth::OAuthAppIssue> m_serverIssues;
    QSet<QString> m_touched;
    bool m_showAll = false;
    bool m_loading = false;
    QString m_iconRefusal; // why the last chosen image was not taken
    QHash<QString, QString> m_readOnlyReasons;
    QHash<QString, FieldMessage *> m_messages;

    BasicInfoSection *m_basic = nullptr;
    RedirectsSection *m_redirects = nullptr;
    ScopesSection *m_scopes = nullptr;
    QList<AppFormSection *> m_sections; // in the form's order
    FieldMessage *m_formMessage = nullptr;
};

} // namespace PortalKeys::Ui
