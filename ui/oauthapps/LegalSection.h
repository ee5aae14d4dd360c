#pragma once

#include "oauthapps/AppFormSection.h"

class QLineEdit;

namespace PortalKeys::Ui {

// "Support and legal info" of the OAuth app form: the privacy policy and terms of service URLs.
class LegalSection : public AppFormSection {
    Q_OBJECT

public:
    explicit LegalSection(QWidget *parent = nullptr);

    void load(const OAuth::OAuthApp &app) override;
    void apply(OAuth::OAuthApp &app) const override;
    void setRegistered(bool registered, const QHash<QString, QString> &reasons) override;
    QWidget *widgetFor(const QString &field) const override;
    QList<QWidget *> focusOrder() const override;

private:
    QLineEdit *m_policy;
    QLineEdit *m_terms;
};

} // namespace PortalKeys::Ui
