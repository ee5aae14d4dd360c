#include "preferences/LanguageSetting.h"
#include "shell/FirstFrame.h"
#include "shell/MainWindow.h"
#include "shell/PageId.h"

#include "common/BuildInfo.h"
#include "common/Translations.h"
#include "secrets/KeychainRepair.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/ProcessHardening.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

namespace {

// Exit code for a command-line mistake, the same number portalkeys-cli uses for one.
constexpr int usageExitCode = 2;

QStringList pageNames()
{
    QStringList names;
    for (PortalKeys::Ui::PageId page : PortalKeys::Ui::allPages())
        names << PortalKeys::Ui::pageName(page);
    return names;
}

} // namespace

int main(int argc, char *argv[])
{
    PortalKeys::hardenProcess();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PortalKeys"));
    QApplication::setApplicationName(QStringLiteral("PortalKeys"));
    QApplication::setApplicationDisplayName(QStringLiteral("PortalKeys"));
    QApplication::setApplicationVersion(PortalKeys::BuildInfo::applicationVersion());
    QApplication::setDesktopFileName(QStringLiteral("org.portalkeys.PortalKeys"));
    // The language chosen in Preferences, else the system's (LANGUAGE and LANG on Linux).
    PortalKeys::installTranslations(app, PortalKeys::Ui::LanguageSetting::load());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Keys, tokens and OAuth apps for ONLYOFFICE portals."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        QApplication::translate("main", "Open on PAGE: %1.").arg(pageNames().join(QStringLiteral(", "))),
        QStringLiteral("PAGE"));
    parser.addOption(pageOption);
    parser.process(app);

    std::optional<PortalKeys::Ui::PageId> startPage;
    if (parser.isSet(pageOption)) {
        startPage = PortalKeys::Ui::pageFromName(parser.value(pageOption));
        if (!startPage) {
            QTextStream(stderr) << QApplication::translate("main",
                                                           "portalkeys: unknown page “%1”; choose one of %2.")
                                       .arg(parser.value(pageOption), pageNames().join(QStringLiteral(", ")))
                                << Qt::endl;
            return usageExitCode;
        }
    }

    PortalKeys::KeychainSecretStore repairStore;
    PortalKeys::Ui::MainWindow window(startPage);
    window.show();
    PortalKeys::Ui::FirstFrame::after(&window, [&app, &repairStore] {
        // The icon is drawn at the sizes the window manager asks for: not needed for the first frame.
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/portalkeys.svg")));
        // A save killed halfway may have left secrets in the keychain without their list entry: remove them.
        // Its files are read on a worker thread; the keychain is reached only for a secret to remove.
        PortalKeys::KeychainRepair::run(repairStore, &app, [](const PortalKeys::KeychainRepair::Report &) {});
    });
    const int code = QApplication::exec();
    PortalKeys::KeychainRepair::settleOwnRecords();
    return code;
}
