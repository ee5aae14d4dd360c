#pragma once

#include "oauth/OAuthAppIssue.h"

#include <QLabel>
#include <QPointer>

namespace PortalKeys::Ui {

// The line under a form field: an error (red), a warning (amber) or a note (grey). Hidden while empty, so
// that a valid form stays compact. Screen readers hear a new message at once, and with its field from then
// on.
class FieldMessage : public QLabel {
    Q_OBJECT

public:
    enum class Kind { None, Error, Warning, Note };

    explicit FieldMessage(QWidget *parent = nullptr);

    void showIssue(const OAuth::OAuthAppIssue &issue);
    void showMessage(Kind kind, const QString &text);
    void clearMessage() { showMessage(Kind::None, QString()); }
    Kind kind() const { return m_kind; }
    // The field this message is about: its accessible description is the message.
    void setField(QWidget *field) { m_field = field; }
    QWidget *field() const { return m_field; }

    // As tall as the text wrapped to the width the message has (see the .cpp).
    bool hasHeightForWidth() const override { return false; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int wrappedHeight() const;
    void announce();

    Kind m_kind = Kind::None;
    int m_lastHeight = -1;
    QPointer<QWidget> m_field;
    bool m_announcing = false;
    QString m_announced; // without a field: the last message spoken
};

} // namespace PortalKeys::Ui
