#pragma once

#include <QIcon>
#include <QListWidget>

namespace PortalKeys::Ui {

// The apps of the OAuth apps page: those registered on the chosen portal and the drafts kept on this
// computer, each under a heading, with icon, name, client ID or "Draft", and state.
class AppList : public QListWidget {
    Q_OBJECT

public:
    struct Entry {
        QString key; // "app:<client id>", "draft:<id>"
        QString name;
        QString subtitle;
        QString state; // shown on the right, e.g. "Disabled"; empty: nothing
        QString logo;  // data URI
        QString toolTip;
    };
    struct Section {
        QString heading;
        QList<Entry> entries;
        QString emptyNote; // shown when there are no entries
    };

    explicit AppList(QWidget *parent = nullptr);

    void setSections(const QList<Section> &sections);
    QString currentKey() const;
    // Selects the entry with `key`; false when there is none.
    bool selectKey(const QString &key);
    QListWidgetItem *itemFor(const QString &key) const;
    QStringList keys() const;

    // The icon of a data URI, or the page's icon when it has none or cannot be shown.
    static QIcon iconFor(const QString &logo);
};

} // namespace PortalKeys::Ui
