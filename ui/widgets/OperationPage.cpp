#include "widgets/OperationPage.h"

#include "shell/Resources.h"
#include "widgets/BusyBar.h"
#include "widgets/PageControls.h"
#include "widgets/PageHeader.h"
#include "widgets/PortalOperation.h"
#include "widgets/VerdictBanner.h"

#include <QAction>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

OperationPage::OperationPage(const QString &heading, const QString &intro, QWidget *parent)
    : QWidget(parent)
    , m_header(new PageHeader(heading, intro))
    , m_layout(PageControls::pageLayout(this, m_header))
    , m_notice(new VerdictBanner)
    , m_busyBar(new BusyBar)
    , m_operation(new PortalOperation(m_busyBar, this))
{
    // The page's icons, for whatever it builds after this.
    ensureResourcesLoaded();
    m_notice->setObjectName(QStringLiteral("pageNotice"));
    m_busyBar->setObjectName(QStringLiteral("busyBar"));
    m_cancelAction =
        PageControls::windowShortcut(this, tr("Cancel"), QKeySequence::Cancel, [this] { cancelOperation(); });
    m_cancelAction->setEnabled(false);
    connect(m_operation, &PortalOperation::busyChanged, this, [this](bool busy) {
        m_cancelAction->setEnabled(m_operation->isCancellable());
        updateActions();
        if (!busy)
            emit operationFinished();
    });
}

bool OperationPage::isBusy() const
{
    return m_operation->isBusy();
}

void OperationPage::cancelOperation()
{
    m_operation->cancel();
}

} // namespace PortalKeys::Ui
