#pragma once

#include "catalog/Product.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace PortalKeys::Drafts {

// Key name → value of one draft. Values are secrets: they live in the keychain and in memory only.
using DraftValues = QMap<QString, QByteArray>;

// The keys of one third-party service, prepared without a portal to apply them to later.
//
// A draft names its keys but holds none of their values: every value, masked or not, lives in the keychain
// under secretKey(). A client ID alone is harmless, but deciding per key what may go to disk would put the
// safety of the drafts file in the hands of a catalog flag, and a wrong flag would leak a secret. Storing all
// values the same way keeps drafts.json free of values by construction.
struct Draft {
    Q_DECLARE_TR_FUNCTIONS(Draft)

public:
    static constexpr int maxKeys = 64;
    static constexpr int maxTitleLength = 200;
    static constexpr int maxNoteLength = 4000;

    QString id; // a UUID without braces, fixed for the draft's life
    Catalog::Product product = Catalog::Product::DocSpace;
    QString service; // the portal's consumer name, e.g. "google", "appleID", "DocuSign"
    QString title;
    QString note;
    QDateTime created;    // UTC
    QDateTime modified;   // UTC
    QStringList keyNames; // in the order the portal shows them, e.g. googleClientId, googleClientSecret
    // The keys whose value was stored in the keychain when the draft was saved (names only). Lets a reader
    // tell a value lost from the keychain from one never entered. Empty for drafts saved by earlier
    // versions: nothing can be called missing for those.
    QStringList storedValueKeys;

    // A new draft with a fresh id, created and modified now.
    static Draft create(Catalog::Product product, const QString &service, const QStringList &keyNames);

    // "draft/<id>/<keyName>": where the keychain holds the value of one key.
    QString secretKey(const QString &keyName) const;
    static QString secretKey(const QString &draftId, const QString &keyName);

    // The keys that had a stored value but are not in `loaded` (what DraftStore::loadValues found): their
    // secret is missing from the keychain, e.g. removed by hand or lost when a save was killed.
    QStringList missingValues(const DraftValues &loaded) const;

    // Why the draft cannot be stored as is (no service, a bad or repeated key name, …), or empty.
    QString problem() const;
    // Key and service names: a letter or digit, then letters, digits, "_", "-" or ".", as portals use them.
    static bool isValidName(const QString &name, int maxLength);

    QJsonObject toJson() const;
    static std::optional<Draft> fromJson(const QJsonObject &json, QString *error = nullptr);
};

} // namespace PortalKeys::Drafts
