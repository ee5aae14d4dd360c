#include "widgets/SecureClipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSettings>

namespace PortalKeys::Ui {

namespace {

const QString clearSecondsKey = QStringLiteral("security/clipboardClearSeconds");

} // namespace

SecureClipboard::SecureClipboard(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SecureClipboard::clearIfStillOurs);
}

int SecureClipboard::clearSeconds()
{
    return QSettings().value(clearSecondsKey, defaultClearSeconds).toInt();
}

void SecureClipboard::setClearSeconds(int seconds)
{
    QSettings().setValue(clearSecondsKey, seconds);
}

void SecureClipboard::copySensitive(const QString &text)
{
    auto *data = new QMimeData;
    data->setText(text);
    // Asks clipboard managers (KDE Klipper, and those honouring the convention) not to keep a history of it.
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(data);
    m_copied = text;
    const int seconds = clearSeconds();
    if (seconds > 0) {
        m_timer.start(seconds * 1000);
        emit copied(tr("Copied. The clipboard will be cleared in %n seconds.", nullptr, seconds));
    } else {
        emit copied(tr("Copied."));
    }
}

void SecureClipboard::copyPlain(const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
    emit copied(tr("Copied."));
}

void SecureClipboard::clearIfStillOurs()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (clipboard->text() == m_copied)
        clipboard->clear();
    m_copied.clear();
}

} // namespace PortalKeys::Ui
