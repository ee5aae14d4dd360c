#pragma once

#include "drafts/Bundle.h"

#include <QByteArray>
#include <QString>

#include <memory>

// As in <openssl/cms.h>, which must not be included before <openssl/pem.h>.
typedef struct CMS_ContentInfo_st CMS_ContentInfo;

namespace PortalKeys::Drafts {

// The CMS structure of a bundle file and how it is protected, read without the passphrase. Internal to core:
// Bundle::inspect() and Bundle::decrypt() read every file through it, so both refuse the same files with the
// same sentences.
class BundleEnvelope {
public:
    struct FreeCms {
        void operator()(CMS_ContentInfo *p) const;
    };

    std::unique_ptr<CMS_ContentInfo, FreeCms> cms; // set unless the file was refused before it was decoded
    Bundle::Parameters parameters;                 // known when failure is None or Unsupported
    Bundle::Failure failure = Bundle::Failure::None;
    QString error;

    // Accepts PEM or DER.
    static BundleEnvelope read(const QByteArray &file);
    static QString damagedSentence();
};

} // namespace PortalKeys::Drafts
