#pragma once

#include "oauthapps/AppFormSection.h"

#include "oauth/ScopeModel.h"

namespace PortalKeys::Ui {

class ScopeMatrix;

// "Access scopes" of the OAuth app form: the scope matrix (read and write per group, OpenID), and which
// scopes of a loaded app the portal's list does not know.
class ScopesSection : public AppFormSection {
    Q_OBJECT

public:
    explicit ScopesSection(QWidget *parent = nullptr);

    // The scopes to offer: built-in offline, the portal's once it answered.
    void setModel(const OAuth::ScopeModel &model);
    const OAuth::ScopeModel &model() const;
    // Scopes of the loaded app that the matrix does not know and leaves out; empty once the scopes were
    // edited.
    QStringList droppedScopes() const { return m_dropped; }

    void load(const OAuth::OAuthApp &app) override;
    // The chosen scopes; a registered app keeps its own, which an update cannot change anyway (and which
    // may include scopes the matrix does not show).
    void apply(OAuth::OAuthApp &app) const override;
    void setRegistered(bool registered, const QHash<QString, QString> &reasons) override;
    QWidget *widgetFor(const QString &field) const override;
    QList<QWidget *> focusOrder() const override;

private:
    ScopeMatrix *m_scopes;
    QStringList m_dropped;
    bool m_registered = false;
};

} // namespace PortalKeys::Ui
