#pragma once

#include "oauth/OAuthApp.h"

#include <QGroupBox>
#include <QHash>

class QFormLayout;
class QLineEdit;

namespace PortalKeys::Ui {

class FieldMessage;

// One group of the OAuth app form (AppForm), as the portal's registration form groups the fields: it shows
// its fields of an app, writes them back, says which field was edited, and holds the message line under each
// field. Checking stays with AppForm, which sees every field at once.
class AppFormSection : public QGroupBox {
    Q_OBJECT

public:
    AppFormSection(const QString &title, const QString &objectName, QWidget *parent = nullptr);

    virtual void load(const OAuth::OAuthApp &app) = 0;
    // Puts the section's fields into `app`.
    virtual void apply(OAuth::OAuthApp &app) const = 0;
    // For a registered app, the fields an update cannot change are read-only and say why (`reasons` by
    // field).
    virtual void setRegistered(bool registered, const QHash<QString, QString> &reasons) = 0;
    // The widget that takes the focus for `field`; null when the field is not in this section.
    virtual QWidget *widgetFor(const QString &field) const = 0;
    virtual QList<QWidget *> focusOrder() const = 0;

    // The message line under each field, by field.
    const QHash<QString, FieldMessage *> &messages() const { return m_messages; }
    QFormLayout *form() const { return m_form; }

signals:
    void edited(const QString &field);
    // Fields were added or removed (list rows, scope boxes): the tab order needs to be set again.
    void focusOrderChanged();

protected:
    // A message line for `field` on its own row: in the field column under the field, or across the whole
    // width under a field that has no label (a check box, the scope matrix).
    FieldMessage *addMessage(const QString &field, const QString &objectName, bool fullWidth = false);
    // A line edit for a URL, one character longer than the portal allows so that the check can say why.
    static QLineEdit *urlEdit(const QString &objectName, const QString &placeholder);
    // Labels of tall fields sit at their first line, not at their middle.
    void alignLabelToTop(QWidget *field, int topMargin);

private:
    QFormLayout *m_form;
    QHash<QString, FieldMessage *> m_messages;
};

} // namespace PortalKeys::Ui
