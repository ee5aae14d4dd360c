#include "thirdparty/ServiceListPanel.h"

#include "widgets/PageControls.h"

#include "authservice/ServiceView.h"
#include "catalog/ServiceCatalog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

using StateFilter = AuthService::ServiceListModel::StateFilter;

ServiceListPanel::ServiceListPanel(AuthService::ServiceListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_list(new ServiceList(model))
{
    setObjectName(QStringLiteral("listPanel"));
    createFilters();
    createMessage();
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("serviceCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kindFilter, 1);
    filters->addWidget(m_stateFilter, 1);

    setMinimumWidth(200);
    setMaximumWidth(460);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_count);
    layout->addWidget(m_stack, 1);
}

void ServiceListPanel::createFilters()
{
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(PageControls::withShortcut(tr("Search services"), QKeySequence::Find));
    m_search->setAccessibleName(tr("Search services"));
    connect(m_search, &QLineEdit::textChanged, this, &ServiceListPanel::applyFilter);

    m_kindFilter = new QComboBox;
    m_kindFilter->setObjectName(QStringLiteral("kindFilter"));
    m_kindFilter->setAccessibleName(tr("Kind"));
    // On Linux a combo box is read by its value ("All kinds"): the description says what it filters.
    m_kindFilter->setAccessibleDescription(tr("Shows only the services of this kind"));
    m_kindFilter->addItem(tr("All kinds"), QString());
    for (Catalog::ServiceKind kind : Catalog::allServiceKinds())
        m_kindFilter->addItem(Catalog::serviceKindDisplayName(kind), Catalog::serviceKindName(kind));
    PageControls::narrowCombo(m_kindFilter, 6);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &ServiceListPanel::applyFilter);
    m_stateFilter = new QComboBox;
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_stateFilter->setAccessibleName(tr("State"));
    m_stateFilter->setAccessibleDescription(tr("Shows only the services in this state"));
    m_stateFilter->addItem(tr("Any state"), int(StateFilter::Any));
    m_stateFilter->addItem(tr("On"), int(StateFilter::On));
    m_stateFilter->addItem(tr("Off"), int(StateFilter::Off));
    m_stateFilter->addItem(tr("Read-only"), int(StateFilter::ReadOnly));
    m_stateFilter->addItem(tr("Needs a paid plan"), int(StateFilter::NeedsPlan));
    m_stateFilter->addItem(tr("Drafts"), int(StateFilter::Draft));
    PageControls::narrowCombo(m_stateFilter, 6);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &ServiceListPanel::applyFilter);
}

void ServiceListPanel::createMessage()
{
    auto *messageBox = new QWidget;
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("listMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_action = new QPushButton;
    m_action->setObjectName(QStringLiteral("listAction"));
    connect(m_action, &QPushButton::clicked, this, [this] {
        if (m_model->rowCount() > 0 && m_model->shownCount() == 0) {
            m_search->clear();
            m_kindFilter->setCurrentIndex(0);
            m_stateFilter->setCurrentIndex(0);
            m_list->setFocus();
        } else {
            emit retryRequested();
        }
    });
    auto *messageLayout = new QVBoxLayout(messageBox);
    messageLayout->addStretch(1);
    messageLayout->addWidget(m_message);
    messageLayout->addWidget(m_action, 0, Qt::AlignHCenter);
    messageLayout->addStretch(2);
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_list);
    m_stack->addWidget(messageBox);
}

void ServiceListPanel::showMessage(const QString &text, bool retry)
{
    m_message->setText(text);
    m_action->setText(tr("&Try again"));
    m_action->setVisible(retry);
    m_stack->setCurrentIndex(1);
    m_count->clear();
    // Nothing to search or filter until there is a list again.
    for (QWidget *filter : std::initializer_list<QWidget *>{m_search, m_kindFilter, m_stateFilter})
        filter->setEnabled(false);
}

void ServiceListPanel::showReading(const QString &text)
{
    m_model->setEntries({});
    showMessage(text, false);
}

bool ServiceListPanel::showRead(const QList<AuthService::ServiceEntry> &entries,
                                const AuthService::ServiceEntry::Ref &keep)
{
    const bool chosen = setEntries(entries);
    m_list->select(keep);
    if (entries.isEmpty())
        showMessage(tr("The portal lists no third-party services."), true);
    return chosen;
}

void ServiceListPanel::showReadFailed(bool cancelled)
{
    showMessage(cancelled ? tr("Cancelled.") : tr("No services to show."), true);
}

void ServiceListPanel::applyFilter()
{
    const QString kindName = m_kindFilter->currentData().toString();
    AuthService::ServiceListModel::Filter filter;
    filter.text = m_search->text();
    filter.kind = kindName.isEmpty() ? std::nullopt : Catalog::serviceKindFromName(kindName);
    filter.state = static_cast<StateFilter>(m_stateFilter->currentData().toInt());
    m_model->setFilter(filter);
    m_list->followFilter();
    const int total = m_model->rowCount();
    const int shown = m_model->shownCount();
    if (total == 0)
        return;
    for (QWidget *widget : std::initializer_list<QWidget *>{m_search, m_kindFilter, m_stateFilter})
        widget->setEnabled(true);
    // Separate singular texts keep the untranslated English right; translators get %n plural forms.
    if (shown == total)
        m_count->setText(total == 1 ? tr("%n service", nullptr, 1) : tr("%n services", nullptr, total));
    else
        m_count->setText(total == 1 ? tr("%1 of %n service", nullptr, 1).arg(shown)
                                    : tr("%1 of %n services", nullptr, total).arg(shown));
    if (shown == 0) {
        m_message->setText(tr("No service matches the search and the filters."));
        m_action->setText(tr("Clear &filters"));
        m_action->setVisible(true);
        m_stack->setCurrentIndex(1);
    } else {
        m_stack->setCurrentIndex(0);
    }
}

void ServiceListPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QList<QWidget *> ServiceListPanel::focusOrder() const
{
    return {m_search, m_kindFilter, m_stateFilter, m_list};
}

bool ServiceListPanel::setEntries(const QList<AuthService::ServiceEntry> &entries)
{
    m_model->setEntries(entries);
    applyFilter();
    if (m_list->currentRef().isNone() && !m_model->shownRefs().isEmpty())
        m_list->select(m_model->shownRefs().constFirst());
    return !m_list->currentRef().isNone();
}

bool ServiceListPanel::showOffline(const QList<Drafts::Draft> &drafts, Catalog::Product product,
                                   const AuthService::ServiceEntry::Ref &select)
{
    using AuthService::ServiceEntry;
    const Catalog::ServiceCatalog &catalog = Catalog::ServiceCatalog::builtIn();
    QList<ServiceEntry> entries;
    for (const Drafts::Draft &draft : drafts) {
        if (draft.product == product)
            entries.append(ServiceEntry::forDraft(draft, catalog));
    }
    for (const AuthService::ServiceView &view : AuthService::ServiceView::offline(catalog, product))
        entries.append(ServiceEntry::forView(view));
    const bool chosen = setEntries(entries);
    m_list->select(select);
    return chosen;
}

} // namespace PortalKeys::Ui
