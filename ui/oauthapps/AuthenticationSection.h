#pragma once

#include "oauthapps/AppFormSection.h"

class QCheckBox;

namespace PortalKeys::Ui {

// "Authentication method" of the OAuth app form: whether public clients may sign in with PKCE instead of
// the client secret, and why there is no is_public choice.
class AuthenticationSection : public AppFormSection {
    Q_OBJECT

public:
    explicit AuthenticationSection(QWidget *parent = nullptr);

    void load(const OAuth::OAuthApp &app) override;
    void apply(OAuth::OAuthApp &app) const override;
    void setRegistered(bool registered, const QHash<QString, QString> &reasons) override;
    QWidget *widgetFor(const QString &field) const override;
    QList<QWidget *> focusOrder() const override;

private:
    QCheckBox *m_allowPkce;
};

} // namespace PortalKeys::Ui
