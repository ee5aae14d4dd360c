#pragma once

#include "oauthapps/AppFormSection.h"

namespace PortalKeys::Ui {

class UrlListEditor;

// "Redirects and origins" of the OAuth app form: the redirect URLs and the allowed origins, each a list
// that shows its findings entry by entry.
class RedirectsSection : public AppFormSection {
    Q_OBJECT

public:
    explicit RedirectsSection(QWidget *parent = nullptr);

    void load(const OAuth::OAuthApp &app) override;
    void apply(OAuth::OAuthApp &app) const override;
    void setRegistered(bool registered, const QHash<QString, QString> &reasons) override;
    QWidget *widgetFor(const QString &field) const override;
    QList<QWidget *> focusOrder() const override;
    // The list editor of `field` (redirect_uris or allowed_origins); null for any other field.
    UrlListEditor *listFor(const QString &field) const;

private:
    UrlListEditor *m_redirectUris;
    UrlListEditor *m_allowedOrigins;
};

} // namespace PortalKeys::Ui
