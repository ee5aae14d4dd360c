#pragma once

#include "oauth/AppDraft.h"
#include "oauth/RegisteredApp.h"

#include <QAbstractListModel>
#include <QCoreApplication>
#include <QList>

namespace PortalKeys::OAuth {

class AppRegistry;

// The list of the OAuth apps page as an item model: the apps registered on the chosen portal (from an
// AppRegistry, followed as it changes) and the drafts kept on this computer, each section under a heading and
// with a note when it is empty. An entry is named by a Ref, never by its row or a prefixed string.
class AppListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum class RowKind { Heading, Note, Registered, Draft };
    enum Role {
        KindRole = Qt::UserRole + 1, // a RowKind, as int
        SubtitleRole,                // the second line: the client ID, or that it is a draft
        StateRole,                   // "Disabled", or empty
        LogoRole,                    // the icon as a data URI; empty: none
    };

    // One registered app or draft.
    struct Ref {
        enum class Kind { None, Registered, Draft };
        Kind kind = Kind::None;
        QString id; // client ID or draft id

        static Ref registered(const QString &clientId) { return {Kind::Registered, clientId}; }
        static Ref draft(const QString &draftId) { return {Kind::Draft, draftId}; }
        bool isNone() const { return kind == Kind::None; }
        bool operator==(const Ref &other) const { return kind == other.kind && id == other.id; }
        bool operator!=(const Ref &other) const { return !(*this == other); }
    };

    // `registry` must outlive the model.
    explicit AppListModel(const AppRegistry *registry, QObject *parent = nullptr);

    // The chosen portal's name, for the heading; empty: no portal (there is none to choose).
    void setPortalName(const QString &name);
    void setDrafts(const QList<AppDraft> &drafts);
    const QList<AppDraft> &drafts() const { return m_drafts; }
    const AppDraft *draft(const QString &id) const;

    Ref refAt(const QModelIndex &index) const;
    // The row of `ref`; invalid when it is not listed.
    QModelIndex indexOf(const Ref &ref) const;
    // Every listed app and draft, in the list's order.
    QList<Ref> refs() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Row {
        RowKind kind;
        int section; // 0: registered, 1: drafts
        int entry;   // index into the registry's apps or the drafts; -1 for headings and notes
    };

    void rebuild();
    QVariant headingData(const Row &row, int role) const;
    QVariant registeredData(int entry, int role) const;
    QVariant draftData(int entry, int role) const;
    QString emptyNote(int section) const;

    const AppRegistry *m_registry;
    // What the rows show, taken at each reset: views may still ask about the old rows while a reset begins,
    // after the registry or the drafts have already changed.
    QList<RegisteredApp> m_apps;
    QList<AppDraft> m_drafts;
    QString m_portalName;
    QList<AppDraft> m_nextDrafts;
    QString m_nextPortalName;
    QList<Row> m_rows;
};

} // namespace PortalKeys::OAuth
