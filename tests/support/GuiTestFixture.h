#pragma once

// What the GUI tests set up alike, so that each test says only what it does: the portal simulator started
// once per test case, and for each test function clean settings, a temporary folder for the portal list and
// the drafts, a MemorySecretStore, portals and drafts seeded with their secrets, pages shown, and waiting
// until a page or dialog is idle. A test class holds one GuiTestFixture and calls start(), init() and
// cleanup() from its initTestCase(), init() and cleanup(). Header-only, like the other support files.
#include "drafts/DraftStore.h"
#include "portal/PortalProfile.h"
#include "portal/ProfileStore.h"
#include "secrets/MemorySecretStore.h"
#include "support/PortalSimulator.h"

#include <QFile>
#include <QObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <functional>
#include <memory>

namespace PortalKeys::Testing {

// How long a call to the simulator may take on a shared machine.
constexpr int networkTimeoutMs = 15000;

class GuiTestFixture {
public:
    using Secrets = QList<QPair<Portal::SecretSlot, QByteArray>>;

    // The test's own standard paths (never the user's), without the default portal list and drafts that a
    // page of the main window would read.
    static void useTestPaths()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(Portal::ProfileStore::defaultPath());
        QFile::remove(Drafts::DraftStore::defaultPath());
    }

    // From initTestCase(): the test paths and the simulator with `options`. Why it cannot run is kept for
    // REQUIRE_SIMULATOR (the tests that need it are skipped) rather than failing the test case.
    void start(const PortalSimulator::Options &options = {})
    {
        useTestPaths();
        m_problem = m_simulator.start(options);
        m_running = m_problem.isEmpty();
        if (!m_running)
            qWarning("portal simulator not available: %s", qPrintable(m_problem));
    }

    // From init(): clean settings, a new temporary folder and secret store, the simulator (if started) as it
    // started.
    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            qFatal("no temporary folder: %s", qPrintable(m_dir->errorString()));
        m_store = std::make_unique<MemorySecretStore>();
        if (m_running)
            m_simulator.reset();
    }

    // From cleanup(), after the page is gone: the store and the folder go.
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    QString simulatorProblem() const { return m_problem; }
    PortalSimulator &simulator() { return m_simulator; }
    MemorySecretStore *store() const { return m_store.get(); }
    // `name` in the test function's temporary folder.
    QString filePath(const QString &name) const { return m_dir->filePath(name); }
    QString folder() const { return m_dir->path(); }
    QString profilesPath() const { return filePath(QStringLiteral("portals.json")); }
    QString draftsPath() const { return filePath(QStringLiteral("drafts.json")); }

    static QByteArray fileContent(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Adds `profile` to the portal list at `path` (empty: profilesPath()) and its `secrets` to the store.
    Portal::PortalProfile addPortal(const Portal::PortalProfile &profile, const Secrets &secrets,
                                    const QString &path = {}) const
    {
        const QString error = Portal::ProfileStore(path.isEmpty() ? profilesPath() : path)
                                  .update([&profile](QList<Portal::PortalProfile> &list) {
                                      list.append(profile);
                                      return QString();
                                  })
                                  .error;
        if (!error.isEmpty())
            qFatal("cannot seed the portal list: %s", qPrintable(error));
        for (const auto &secret : secrets)
            writeSecret(profile.secretKey(secret.first), secret.second);
        return profile;
    }

    // A portal of the simulator (plain HTTP) named `name` that signs in as `email` with `password`.
    Portal::PortalProfile addSimulatorUser(const QString &name, const QByteArray &email,
                                           const QByteArray &password, const QString &path = {}) const
    {
        Portal::PortalProfile profile =
            Portal::PortalProfile::create(name, m_simulator.httpUrl(), Portal::CredentialKind::Basic);
        profile.user = QString::fromLatin1(email);
        return addPortal(profile, {{Portal::SecretSlot::Password, password}}, path);
    }

    // A portal of the simulator (plain HTTP) named `name` that signs in with its full API key.
    Portal::PortalProfile addSimulatorApiKey(const QString &name) const
    {
        return addPortal(
            Portal::PortalProfile::create(name, m_simulator.httpUrl(), Portal::CredentialKind::ApiKey),
            {{Portal::SecretSlot::ApiKey, PortalSimulator::fullApiKey()}});
    }

    // Saves `draft` with `values` (the secrets to the store) in the drafts file at draftsPath().
    QString addDraft(const Drafts::Draft &draft, const Drafts::DraftValues &values) const
    {
        QString error = QStringLiteral("no answer");
        QObject context;
        Drafts::DraftStore(draftsPath())
            .saveDraft(draft, values, *m_store, &context,
                       [&error](const QString &result) { error = result; });
        if (!QTest::qWaitFor([&error] { return error != QStringLiteral("no answer"); }) || !error.isEmpty())
            qFatal("cannot seed a draft: %s", qPrintable(error));
        return draft.id;
    }

    void writeSecret(const QString &key, const QByteArray &value) const { writeSecret(*m_store, key, value); }
    // Into another store, e.g. one handed to a MainWindow.
    static void writeSecret(SecretStore &store, const QString &key, const QByteArray &value)
    {
        bool done = false;
        QObject context;
        store.write(key, value, &context, [&done](const SecretError &) { done = true; });
        if (!QTest::qWaitFor([&done] { return done; }))
            qFatal("the secret store did not answer");
    }

    // The stored value, or empty when there is none (or the store did not answer).
    QByteArray readSecret(const QString &key) const
    {
        bool done = false;
        QByteArray value;
        QObject context;
        m_store->read(key, &context, [&](const SecretError &, const QByteArray &secret) {
            value = secret;
            done = true;
        });
        if (!QTest::qWaitFor([&done] { return done; }))
            qWarning("the memory store did not answer");
        return value;
    }

    // Shows `widget` at `size`; false when it did not reach the screen.
    static bool show(QWidget *widget, const QSize &size)
    {
        widget->resize(size);
        widget->show();
        return QTest::qWaitForWindowExposed(widget);
    }

    // Waits until `page` (anything with isBusy()) has no step running; false when it still has one.
    template <typename Page> static bool waitIdle(const Page *page, int timeoutMs = networkTimeoutMs)
    {
        return QTest::qWaitFor([page] { return !page->isBusy(); }, timeoutMs);
    }

private:
    PortalSimulator m_simulator;
    QString m_problem = QStringLiteral("not started");
    bool m_running = false;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_store;
};

} // namespace PortalKeys::Testing

// Skips the test function when the portal simulator of `fixture` cannot run, saying why.
#define REQUIRE_SIMULATOR(fixture)                                                                           \
    do {                                                                                                     \
        if (!(fixture).simulatorProblem().isEmpty())                                                         \
            QSKIP(qPrintable(QStringLiteral("the portal simulator cannot run: ") +                           \
                             (fixture).simulatorProblem()));                                                 \
    } while (false)
