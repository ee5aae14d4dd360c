#pragma once

#include "portal/PortalProfile.h"

#include <QObject>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace PortalKeys::Ui {

class SecretEdit;

// The portal dialog's rows for OAuth 2.0: the app's client ID and secret, the scopes, and how the sign-in
// goes on. Adds them to the dialog's form, so that its labels share the form's label column.
class OAuthSection : public QObject {
    Q_OBJECT

public:
    explicit OAuthSection(QObject *parent = nullptr);

    void addRows(QFormLayout *form);
    // `keep`: editing an OAuth portal; an empty client secret keeps the stored one.
    void updateRows(QFormLayout *form, bool visible, bool keep);
    void load(const Portal::PortalProfile &profile);
    // Puts the client ID and the scopes into `profile`.
    void apply(Portal::PortalProfile &profile) const;
    QList<QPair<Portal::SecretSlot, QByteArray>> typedSecrets() const;
    SecretEdit *clientSecretEdit() const { return m_clientSecret; }

signals:
    void changed();

private:
    QLineEdit *m_clientId;
    SecretEdit *m_clientSecret;
    QLineEdit *m_scopes;
    QLabel *m_help;
};

} // namespace PortalKeys::Ui
