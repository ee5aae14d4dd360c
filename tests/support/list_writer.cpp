// Not a test: a writer that tst_killmidsave kills at random moments. It saves in a loop, as fast as it can,
// through the same code the app and the CLI use, until it is killed:
//
//   portalkeys_listwriter portals PATH   adds portal w<n+1> to the list at PATH, where n is its length
//   portalkeys_listwriter drafts PATH    adds a draft titled w<n+1> to the drafts list at PATH
//   portalkeys_listwriter file PATH A B  writes the bytes of file A, then of B, then A … to PATH
//
// So after any kill the list must still be w1 … wk (k never smaller than before), and PATH must equal A or B.
#include "common/AtomicFile.h"
#include "drafts/DraftStore.h"
#include "portal/ProfileStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

using namespace PortalKeys;

namespace {

QString nextName(qsizetype length)
{
    return QStringLiteral("w%1").arg(length + 1);
}

int writePortals(const QString &path)
{
    const Portal::ProfileStore store(path);
    for (;;) {
        const QString error =
            store
                .update([](QList<Portal::PortalProfile> &profiles) {
                    profiles.append(Portal::PortalProfile::create(
                        nextName(profiles.size()), QUrl(QStringLiteral("https://portal.example.com")),
                        Portal::CredentialKind::ApiKey));
                    return QString();
                })
                .error;
        if (!error.isEmpty()) {
            QTextStream(stderr) << error << Qt::endl;
            return 1;
        }
    }
}

int writeDrafts(const QString &path)
{
    const Drafts::DraftStore store(path);
    for (;;) {
        const QString error = store
                                  .update([](QList<Drafts::Draft> &drafts) {
                                      Drafts::Draft draft = Drafts::Draft::create(
                                          Catalog::Product::DocSpace, QStringLiteral("google"),
                                          {QStringLiteral("googleClientId")});
                                      draft.title = nextName(drafts.size());
                                      drafts.append(draft);
                                      return QString();
                                  })
                                  .error;
        if (!error.isEmpty()) {
            QTextStream(stderr) << error << Qt::endl;
            return 1;
        }
    }
}

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int writeFiles(const QString &path, const QByteArray &first, const QByteArray &second)
{
    for (bool useFirst = true;; useFirst = !useFirst) {
        const QString error = AtomicFile::write(path, useFirst ? first : second, true, path);
        if (!error.isEmpty()) {
            QTextStream(stderr) << error << Qt::endl;
            return 1;
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const QString mode = arguments.value(1);
    if (mode == QLatin1String("portals") && arguments.size() == 3)
        return writePortals(arguments.at(2));
    if (mode == QLatin1String("drafts") && arguments.size() == 3)
        return writeDrafts(arguments.at(2));
    if (mode == QLatin1String("file") && arguments.size() == 5)
        return writeFiles(arguments.at(2), contentOf(arguments.at(3)), contentOf(arguments.at(4)));
    std::fputs("usage: portalkeys_listwriter portals|drafts PATH | file PATH A B\n", stderr);
    return 2;
}
