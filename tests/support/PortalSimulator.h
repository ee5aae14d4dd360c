#pragma once

// Starts tests/support/portal_simulator.py (a DocSpace-like server on 127.0.0.1) for a test, and talks to its
// control endpoints (/__sim/…). Header-only so every test executable can use it.
#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

namespace PortalKeys::Testing {

struct PortalSimulatorOptions {
    QStringList extraArguments; // e.g. {"--readonly-consumer", "box"}
    bool https = true;
};

class PortalSimulator {
public:
    using Options = PortalSimulatorOptions;

    // The demo accounts of the simulator (see portal_simulator.py --help).
    static QByteArray adminEmail() { return QByteArrayLiteral("admin@example.com"); }
    static QByteArray adminPassword() { return QByteArrayLiteral("admin-password"); }
    static QByteArray userEmail() { return QByteArrayLiteral("user@example.com"); }
    static QByteArray userPassword() { return QByteArrayLiteral("user-password"); }
    static QByteArray tfaEmail() { return QByteArrayLiteral("tfa@example.com"); }
    static QByteArray tfaPassword() { return QByteArrayLiteral("tfa-password"); }
    static QByteArray tfaCode() { return QByteArrayLiteral("123456"); }
    static QByteArray fullApiKey() { return "sk-" + QByteArray(64, 'a'); }
    static QByteArray readOnlyApiKey() { return "sk-" + QByteArray(64, 'b'); }
    static QByteArray filesOnlyApiKey() { return "sk-" + QByteArray(64, 'c'); }
    static QString oauthClientId() { return QStringLiteral("11111111-2222-3333-4444-555555555555"); }
    static QByteArray oauthClientSecret()
    {
        return QByteArrayLiteral("DemoClientSecret0123456789abcdefghij");
    }
    static QString publicClientId() { return QStringLiteral("66666666-7777-8888-9999-000000000000"); }

    static QString scriptPath()
    {
        return QStringLiteral(PORTALKEYS_TESTS_SUPPORT_DIR "/portal_simulator.py");
    }

    // Empty when the simulator runs; else why not (python3 missing, script failed).
    QString start(const Options &options = {})
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            return QStringLiteral("python3 is not installed");
        QStringList arguments{scriptPath(), QStringLiteral("--cert-dir"), m_certDir.path()};
        if (!options.https)
            arguments << QStringLiteral("--no-https");
        arguments << options.extraArguments;
        m_process.setProgram(python);
        m_process.setArguments(arguments);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return QStringLiteral("cannot start python3: ") + m_process.errorString();
        QByteArray line;
        QElapsedTimer timer;
        timer.start();
        while (!line.contains('\n') && timer.elapsed() < 20000) {
            if (!m_process.waitForReadyRead(500) && m_process.state() != QProcess::Running)
                break;
            line += m_process.readAllStandardOutput();
        }
        const QJsonObject ready = QJsonDocument::fromJson(line.trimmed()).object();
        if (ready.isEmpty())
            return QStringLiteral("the simulator did not report ready: ") +
                   QString::fromUtf8(m_process.readAllStandardError().left(2000));
        m_httpPort = ready.value(QLatin1String("http_port")).toInt();
        m_httpsPort = ready.value(QLatin1String("https_port")).toInt();
        m_certSha256 = ready.value(QLatin1String("cert_sha256")).toString();
        m_certPath = ready.value(QLatin1String("cert_pem_path")).toString();
        m_portalPorts = {m_httpPort};
        const QJsonArray portals = ready.value(QLatin1String("portals")).toArray();
        for (qsizetype i = 1; i < portals.size(); ++i)
            m_portalPorts.append(portals.at(i).toObject().value(QLatin1String("http_port")).toInt());
        return {};
    }

    ~PortalSimulator()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000)) {
                m_process.kill();
                m_process.waitForFinished(2000);
            }
        }
    }

    QUrl httpUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_httpPort)); }
    // Started with "--portals N": the plain HTTP address of portal `index` (0 is httpUrl()).
    int portalCount() const { return int(m_portalPorts.size()); }
    QUrl httpUrl(int index) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_portalPorts.value(index)));
    }
    QUrl httpsUrl() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_httpsPort)); }
    QString certificateSha256() const { return m_certSha256; }
    QString certificatePath() const { return m_certPath; }
    // What the simulator logged on stderr so far (it never logs secrets; tests check that too).
    QByteArray takeLog() { return m_log += m_process.readAllStandardError(), m_log; }

    // Control endpoints (plain HTTP, no credentials).
    QJsonDocument control(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return controlAt(0, method, path, body);
    }
    // The control endpoints of portal `index` ("--portals N").
    QJsonDocument controlAt(int index, const QByteArray &method, const QString &path,
                            const QJsonObject &body = {})
    {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(httpUrl(index).toString() + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = network.sendCustomRequest(
            request, method, method == "GET" ? QByteArray() : QJsonDocument(body).toJson());
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray answer = reply->readAll();
        reply->deleteLater();
        return QJsonDocument::fromJson(answer);
    }
    void reset() { control("POST", QStringLiteral("/__sim/reset")); }
    void addFault(const QJsonObject &fault) { control("POST", QStringLiteral("/__sim/faults"), fault); }
    QJsonArray requests() { return control("GET", QStringLiteral("/__sim/requests")).array(); }
    QJsonObject state() { return control("GET", QStringLiteral("/__sim/state")).object(); }
    void resetAt(int index) { controlAt(index, "POST", QStringLiteral("/__sim/reset")); }
    void addFaultAt(int index, const QJsonObject &fault)
    {
        controlAt(index, "POST", QStringLiteral("/__sim/faults"), fault);
    }
    QJsonObject stateAt(int index)
    {
        return controlAt(index, "GET", QStringLiteral("/__sim/state")).object();
    }

private:
    QProcess m_process;
    QTemporaryDir m_certDir;
    int m_httpPort = 0;
    int m_httpsPort = 0;
    QList<int> m_portalPorts; // HTTP port per portal
    QString m_certSha256;
    QString m_certPath;
    QByteArray m_log;
};

} // namespace PortalKeys::Testing
