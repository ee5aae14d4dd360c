#pragma once

#include "drafts/Bundle.h"
#include "drafts/Draft.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace PortalKeys::Drafts {

// The plaintext of a bundle: drafts with their values as one JSON document (format in Bundle).
class BundleContent {
    Q_DECLARE_TR_FUNCTIONS(BundleContent)

public:
    static constexpr int maxDrafts = 1000;

    struct Entry {
        Draft draft; // ids and times are not carried: an imported draft is a new draft
        DraftValues values;
    };
    struct BuildResult {
        QByteArray json; // holds values: wipe it (Bundle::wipe) when done
        QString error;
        bool ok() const { return error.isEmpty(); }
    };
    struct ParseResult {
        QList<Entry> entries; // drafts with a fresh id, created now
        QDateTime created;    // when the bundle was made, if it says
        Bundle::Failure failure = Bundle::Failure::None;
        QString error;
        bool ok() const { return failure == Bundle::Failure::None; }
    };

    // Every key of every draft is listed, with "" when it has no value. Values must be UTF-8 text, as
    // portals take them.
    static BuildResult toJson(const QList<Entry> &entries,
                              const QDateTime &created = QDateTime::currentDateTimeUtc());
    static ParseResult fromJson(const QByteArray &json);
};

} // namespace PortalKeys::Drafts
