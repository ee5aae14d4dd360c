#pragma once

#include "jwt/Token.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace PortalKeys::Ui {

// Runs the weak-secret search on a worker thread: a long word list must never freeze the window.
class WeakSecretSearch : public QObject {
    Q_OBJECT

public:
    explicit WeakSecretSearch(QObject *parent = nullptr);
    ~WeakSecretSearch() override;

    bool isRunning() const;
    // Tries the built-in list, or the file at `wordListPath` when it is not empty.
    void start(const Jwt::Token &token, const QString &wordListPath);
    void cancel();

signals:
    // `found` tells whether a candidate matched (it may be the empty secret); `error` is set when the
    // search could not run.
    void finished(bool found, const QString &secret, qsizetype tried, const QString &error);

private:
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelled;
};

} // namespace PortalKeys::Ui
