#include "drafts/PassphrasePolicy.h"

#include "jwt/WeakSecrets.h"

namespace PortalKeys::Drafts {

qsizetype PassphrasePolicy::characterCount(const QByteArray &utf8)
{
    qsizetype count = 0;
    for (const char byte : utf8) {
        // Continuation bytes (10xxxxxx) belong to the code point started before them.
        if ((static_cast<unsigned char>(byte) & 0xC0) != 0x80)
            ++count;
    }
    return count;
}

PassphrasePolicy::Check PassphrasePolicy::check(const QByteArray &passphrase)
{
    Check result;
    if (passphrase.isEmpty()) {
        result.error = tr("Enter a passphrase: without one the bundle would not be protected.");
        return result;
    }
    const qsizetype length = characterCount(passphrase);
    if (length < recommendedLength) {
        // Separate singular text keeps the untranslated English right; translators get %n plural forms.
        const QString count = length == 1
                                  ? tr("The passphrase has only %n character.", nullptr, 1)
                                  : tr("The passphrase has only %n characters.", nullptr, int(length));
        result.warnings.append(
            count + QLatin1Char(' ') +
            tr("Use at least %1, for example a few unrelated words, so that the bundle stays "
               "safe if someone gets the file.")
                .arg(recommendedLength));
    }
    if (Jwt::WeakSecrets::contains(Jwt::WeakSecrets::builtinList(), passphrase))
        result.warnings.append(
            tr("The passphrase is one of the commonly used secrets that are tried first."));
    const char first = passphrase.front();
    const char last = passphrase.back();
    if (first == ' ' || first == '\t' || last == ' ' || last == '\t')
        result.warnings.append(
            tr("The passphrase begins or ends with a space, which is easy to miss when you "
               "type it again."));
    return result;
}

} // namespace PortalKeys::Drafts
