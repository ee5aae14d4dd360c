#pragma once

#include "oauth/OAuthAppIssue.h"

#include <QList>
#include <QWidget>

class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace PortalKeys::Ui {

class FieldMessage;

// A list of URLs edited in place: one line per entry with a Remove button and its own message under it, and
// an Add button below. Blank lines are not entries, so a fresh line never shows an error before it is typed.
class UrlListEditor : public QWidget {
    Q_OBJECT

public:
    // `name` prefixes the object names of the parts ("redirectUris-entry-0", "redirectUris-add");
    // `entryName` names the lines for screen readers, numbered ("Redirect URL 1").
    UrlListEditor(const QString &name, const QString &entryName, const QString &addText,
                  const QString &placeholder, int maxEntries, QWidget *parent = nullptr);

    // The entries as typed (trimmed), blank lines left out.
    QStringList entries() const;
    void setEntries(const QStringList &entries);
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // Issues of this list's field: index >= 0 under that entry, -1 under the whole list.
    void setIssues(const QList<OAuth::OAuthAppIssue> &issues);
    // A note under the whole list when there is no issue to show (e.g. why it is read-only).
    void setNote(const QString &note);

    int rowCount() const { return int(m_rows.size()); }
    QLineEdit *rowEdit(int row) const;
    FieldMessage *rowMessage(int row) const;
    FieldMessage *listMessage() const { return m_listMessage; }
    // Adds a blank line and puts the focus there.
    void addRow();
    // The widgets that take the focus, in reading order (lines are added later than the form around them).
    QList<QWidget *> focusOrder() const;

signals:
    void changed();
    // A line was added or removed.
    void rowsChanged();

private:
    struct Row {
        QWidget *box;
        QLineEdit *edit;
        QToolButton *remove;
        FieldMessage *message;
    };

    Row &appendRow(const QString &text);
    void removeRow(QWidget *box);
    void renameRows();
    void updateButtons();

    QString m_name;
    QString m_entryName;
    QString m_placeholder;
    int m_maxEntries;
    bool m_readOnly = false;
    QString m_note;
    QList<Row> m_rows;
    QVBoxLayout *m_rowsLayout;
    QPushButton *m_add;
    FieldMessage *m_listMessage;
};

} // namespace PortalKeys::Ui
