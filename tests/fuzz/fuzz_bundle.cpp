// Bundle files as they arrive by mail or USB stick: the CMS structure (PEM or DER) read without the
// passphrase, opening it with one, and the decrypted JSON document with its drafts.
#include "FuzzSupport.h"

#include "drafts/Bundle.h"
#include "drafts/BundleContent.h"

using namespace PortalKeys;

namespace {
// Opening costs the PBKDF2 rounds the file asks for; more than this would measure OpenSSL, not us.
constexpr qint64 maxFuzzIterations = 4096;
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Fuzz::Selected input = Fuzz::select(data, size);
    if (input.selector % 2 == 0) {
        const auto inspected = Drafts::Bundle::inspect(input.rest);
        if (inspected.ok() && inspected.parameters.iterations <= maxFuzzIterations) {
            auto opened = Drafts::Bundle::decrypt(input.rest, QByteArrayLiteral("fuzzing passphrase"));
            Drafts::Bundle::wipe(opened.json);
        }
        return 0;
    }
    Drafts::Bundle::checkDocument(input.rest);
    Drafts::BundleContent::fromJson(input.rest);
    return 0;
}
