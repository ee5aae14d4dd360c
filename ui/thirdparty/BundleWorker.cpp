#include "thirdparty/BundleWorker.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

#include <memory>

namespace PortalKeys::Ui {

using Drafts::Bundle;

namespace {

// Starts `work` on a new thread that deletes itself when done. Nobody waits for it: PBKDF2 cannot be
// interrupted, and a page closed meanwhile simply gets no answer.
void runDetached(std::function<void()> work)
{
    QThread *thread = QThread::create(std::move(work));
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

// Hands `deliver` to the GUI thread; it runs only if `context` still exists there.
void deliverTo(const QPointer<QObject> &context, std::function<void()> deliver)
{
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [context, deliver = std::move(deliver)] {
            if (context)
                deliver();
        },
        Qt::QueuedConnection);
}

} // namespace

void BundleWorker::encrypt(QByteArray json, QByteArray passphrase, QObject *context, Encrypted done)
{
    QPointer<QObject> guard(context);
    runDetached([json = std::move(json), passphrase = std::move(passphrase), guard, done]() mutable {
        const auto result = std::make_shared<Bundle::EncryptResult>(Bundle::encrypt(json, passphrase));
        Bundle::wipe(json);
        Bundle::wipe(passphrase);
        deliverTo(guard, [done, result] { done(*result); });
    });
}

void BundleWorker::decrypt(QByteArray file, QByteArray passphrase, QObject *context, Decrypted done)
{
    QPointer<QObject> guard(context);
    runDetached([file = std::move(file), passphrase = std::move(passphrase), guard, done]() mutable {
        const auto result = std::make_shared<Bundle::DecryptResult>(Bundle::decrypt(file, passphrase));
        Bundle::wipe(passphrase);
        // The plaintext is wiped once handed over, and also when nobody is left to take it.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, done, result] {
                if (guard)
                    done(*result);
                Bundle::wipe(result->json);
            },
            Qt::QueuedConnection);
    });
}

} // namespace PortalKeys::Ui
