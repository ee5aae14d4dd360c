#pragma once

#include "oauth/OAuthAppsApi.h"
#include "oauth/RegisteredApp.h"

#include <QList>
#include <QObject>

#include <functional>

namespace PortalKeys::OAuth {

// The apps registered on one portal, as far as they have been loaded: the portal hands them out a page at a
// time, and this keeps them in the portal's order, each once, with the cursor for the next page. One paging
// rule (OAuthAppsApi::Page::decideHasMore) and one page limit serve the GUI's list and `oauth-app list`
// alike.
class AppRegistry : public QObject {
    Q_OBJECT

public:
    enum class State { NotLoaded, Loaded, Failed };
    // Where pages come from: OAuthAppsApi::list, or a stand-in in tests.
    using PageSource = std::function<void(int limit, const QString &afterClientId,
                                          const QString &afterCreatedOn, OAuthAppsApi::PageDone done)>;
    using Done = std::function<void(const Portal::PortalError &error)>;

    // A guard against a portal whose cursor never ends: one fetchAll reads at most this many pages.
    static constexpr int maxPages = 1000;
    static constexpr int defaultPageSize = 20;

    explicit AppRegistry(QObject *parent = nullptr);

    // How many apps one request asks for (1–OAuthAppsApi::maxPageSize).
    void setPageSize(int size);
    int pageSize() const { return m_pageSize; }

    const QList<RegisteredApp> &apps() const { return m_apps; }
    const RegisteredApp *find(const QString &clientId) const;
    State state() const { return m_state; }
    // Whether the portal has more apps than were loaded.
    bool hasMore() const { return m_hasMore; }

    // Forgets every app and the cursor (another portal was chosen); calls still running end unheard.
    void clear();
    // Loads the first page again and, once it arrived, shows only what it holds.
    void reload(PageSource source, Done done);
    void reload(OAuthAppsApi *api, Done done);
    // Loads the next page.
    void fetchMore(PageSource source, Done done);
    void fetchMore(OAuthAppsApi *api, Done done);
    // Loads page after page until the portal has no more, or maxPages were read (then hasMore() stays true).
    void fetchAll(PageSource source, Done done);
    void fetchAll(OAuthAppsApi *api, Done done);
    // A load that failed or was stopped: with nothing loaded, the list says so (Failed).
    void noteFailure();

    // An app as the portal now has it, after a change: replaces the one with its client ID, or comes first.
    // Its client secret is not kept: that belongs in the keychain, not in a list.
    void put(RegisteredApp registered);
    void remove(const QString &clientId);

signals:
    // The apps, hasMore() or state() changed.
    void changed();
    // During fetchAll, after each page but the last: how many apps are loaded so far.
    void progress(int count);

private:
    void fetch(PageSource source, bool fromStart, int pagesLeft, Done done);
    void take(const OAuthAppsApi::Page &page, bool fromStart);
    static PageSource sourceOf(OAuthAppsApi *api);

    QList<RegisteredApp> m_apps;
    QString m_cursorClientId;
    QString m_cursorCreatedOn;
    bool m_hasMore = false;
    State m_state = State::NotLoaded;
    int m_pageSize = defaultPageSize;
    int m_generation = 0; // counts clear(): an answer for an older generation is not taken
};

} // namespace PortalKeys::OAuth
