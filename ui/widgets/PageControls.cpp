#include "widgets/PageControls.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QVBoxLayout>
#include <QWidget>

namespace PortalKeys::Ui::PageControls {

QString withShortcut(const QString &tip, const QKeySequence &shortcut)
{
    return shortcut.isEmpty()
               ? tip
               : QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText));
}

QPushButton *button(const QString &text, const QString &objectName)
{
    auto *created = new QPushButton(text);
    created->setObjectName(objectName);
    return created;
}

QLabel *note(const QString &text, const QString &objectName)
{
    auto *label = new QLabel(text);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

void narrowCombo(QComboBox *combo, int characters)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(characters);
}

void resizeWithinScreen(QWidget *window, const QSize &preferred)
{
    const QScreen *screen = window->screen();
    const QSize available = screen ? screen->availableSize() * 0.9 : preferred;
    window->resize(preferred.boundedTo(available).expandedTo(window->minimumSizeHint()));
}

void chainTabOrder(const QList<QWidget *> &widgets)
{
    for (qsizetype i = 1; i < widgets.size(); ++i)
        QWidget::setTabOrder(widgets.at(i - 1), widgets.at(i));
}

QAction *windowShortcut(QWidget *page, const QString &text, const QKeySequence &shortcut,
                        std::function<void()> triggered)
{
    auto *action = new QAction(text, page);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    QObject::connect(action, &QAction::triggered, page, std::move(triggered));
    page->addAction(action);
    return action;
}

QVBoxLayout *pageLayout(QWidget *page, QWidget *header)
{
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(header);
    layout->addSpacing(2);
    return layout;
}

QSplitter *listAndDetails(const QString &objectName, QWidget *list, QWidget *details, int listWidth,
                          int detailsWidth)
{
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(objectName);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(list);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({listWidth, detailsWidth});
    return splitter;
}

void confirm(QWidget *parent, const QString &objectName, const QString &title, const QString &question,
             const QString &details, const QString &action, std::function<void()> confirmed,
             const QString &actionObjectName)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, question, QMessageBox::NoButton, parent);
    box->setObjectName(objectName);
    box->setInformativeText(details);
    QPushButton *accept = box->addButton(action, QMessageBox::DestructiveRole);
    accept->setObjectName(actionObjectName);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // QMessageBox sizes itself to the short question and wraps the explanation into a narrow column.
    box->setStyleSheet(
        QStringLiteral("QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 26em; }"));
    QObject::connect(box, &QMessageBox::buttonClicked, box, [accept, confirmed](QAbstractButton *clicked) {
        if (clicked == accept)
            confirmed();
    });
    box->open();
}

} // namespace PortalKeys::Ui::PageControls
