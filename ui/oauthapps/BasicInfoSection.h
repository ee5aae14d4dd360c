#pragma once

#include "oauthapps/AppFormSection.h"
#include "oauthapps/FileChooser.h"

class QLineEdit;
class QPlainTextEdit;

namespace PortalKeys::Ui {

class IconPicker;

// "Basic info" of the OAuth app form: app name, website URL, icon, description.
class BasicInfoSection : public AppFormSection {
    Q_OBJECT

public:
    explicit BasicInfoSection(QWidget *parent = nullptr);

    void setFileChooser(FileChooser chooser);
    void load(const OAuth::OAuthApp &app) override;
    void apply(OAuth::OAuthApp &app) const override;
    void setRegistered(bool registered, const QHash<QString, QString> &reasons) override;
    QWidget *widgetFor(const QString &field) const override;
    QList<QWidget *> focusOrder() const override;

signals:
    // The chosen image was not taken as the icon, and why; the icon stays as it was.
    void iconRefused(const QString &reason);

private:
    QLineEdit *m_name;
    QLineEdit *m_website;
    IconPicker *m_icon;
    QPlainTextEdit *m_description;
};

} // namespace PortalKeys::Ui
