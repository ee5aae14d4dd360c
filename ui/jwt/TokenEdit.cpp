#include "jwt/TokenEdit.h"

#include "jwt/TokenHighlighter.h"

#include "jwt/Token.h"

#include <QFile>
#include <QFontDatabase>
#include <QMimeData>
#include <QUrl>

namespace PortalKeys::Ui {

TokenEdit::TokenEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setWordWrapMode(QTextOption::WrapAnywhere);
    setPlaceholderText(tr("Paste a token here, or drop a file that holds one"));
    setTabChangesFocus(true);
    new TokenHighlighter(document(), palette());
}

bool TokenEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasUrls() || QPlainTextEdit::canInsertFromMimeData(source);
}

void TokenEdit::insertFromMimeData(const QMimeData *source)
{
    if (!source->hasUrls() || source->urls().isEmpty())
        return QPlainTextEdit::insertFromMimeData(source);
    const QUrl url = source->urls().constFirst();
    if (!url.isLocalFile()) {
        emit fileRefused(tr("Only files on this computer can be dropped here."));
        return;
    }
    QFile file(url.toLocalFile());
    if (!file.open(QIODevice::ReadOnly)) {
        emit fileRefused(tr("Cannot read “%1”: %2.").arg(file.fileName(), file.errorString()));
        return;
    }
    const QByteArray content = file.read(Jwt::Token::maxInputBytes + 1);
    if (content.size() > Jwt::Token::maxInputBytes) {
        emit fileRefused(tr("“%1” is larger than 1 MiB; that is no token.").arg(file.fileName()));
        return;
    }
    setPlainText(QString::fromUtf8(content).trimmed());
}

} // namespace PortalKeys::Ui
