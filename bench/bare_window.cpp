// The anchor of bench_gui_start: a bare Qt 6 main window with what every desktop app has (a menu bar, a
// sidebar list and a page area), and nothing of PortalKeys.
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QStackedWidget>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Bare Qt window"));
    window.menuBar()
        ->addMenu(QStringLiteral("&File"))
        ->addAction(QStringLiteral("&Quit"), &window, &QWidget::close);
    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    auto *sidebar = new QListWidget;
    sidebar->addItems({QStringLiteral("One"), QStringLiteral("Two"), QStringLiteral("Three")});
    auto *pages = new QStackedWidget;
    pages->addWidget(new QLabel(QStringLiteral("A page")));
    layout->addWidget(sidebar);
    layout->addWidget(pages, 1);
    window.setCentralWidget(central);
    window.resize(1000, 680);
    window.show();
    return app.exec();
}
