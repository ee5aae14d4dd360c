#include "jwt/WeakSecretSearch.h"

#include "jwt/WeakSecrets.h"

#include <QPointer>
#include <QThread>

namespace PortalKeys::Ui {

WeakSecretSearch::WeakSecretSearch(QObject *parent)
    : QObject(parent)
{}

WeakSecretSearch::~WeakSecretSearch()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool WeakSecretSearch::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void WeakSecretSearch::start(const Jwt::Token &token, const QString &wordListPath)
{
    if (isRunning())
        return;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    QPointer<WeakSecretSearch> self(this);
    const auto cancelled = m_cancelled;
    m_thread = QThread::create([self, token, wordListPath, cancelled] {
        QList<QByteArray> candidates = Jwt::WeakSecrets::builtinList();
        QString error;
        if (!wordListPath.isEmpty()) {
            const Jwt::WeakSecrets::LoadResult list = Jwt::WeakSecrets::loadList(wordListPath);
            candidates = list.secrets;
            error = list.error;
        }
        Jwt::WeakSecrets::SearchResult result;
        if (error.isEmpty())
            result = Jwt::WeakSecrets::search(token, candidates, [cancelled] { return cancelled->load(); });
        if (cancelled->load())
            return;
        const QString secret = result.secret ? QString::fromUtf8(*result.secret) : QString();
        const QString reported = error.isEmpty() ? result.error : error;
        QMetaObject::invokeMethod(
            self.data(),
            [self, found = result.secret.has_value(), secret, tried = result.tried, reported] {
                if (self)
                    emit self->finished(found, secret, tried, reported);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

void WeakSecretSearch::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
}

} // namespace PortalKeys::Ui
