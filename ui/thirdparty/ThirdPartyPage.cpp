#include "thirdparty/ThirdPartyPage.h"

#include "portals/PortalCalls.h"
#include "shell/Resources.h"
#include "thirdparty/ApplyDialog.h"
#include "thirdparty/BundleWorker.h"
#include "thirdparty/ChangePreviewDialog.h"
#include "thirdparty/ExportBundleDialog.h"
#include "thirdparty/KeyField.h"
#include "thirdparty/PassphraseDialog.h"
#include "thirdparty/ServiceEditor.h"
#include "thirdparty/ServiceList.h"
#include "widgets/BusyBar.h"
#include "widgets/VerdictBanner.h"

#include "authservice/AuthServiceApi.h"
#include "authservice/PortalServices.h"
#include "authservice/ServiceDrafts.h"
#include "authservice/ServiceView.h"
#include "catalog/ServiceCatalog.h"
#include "common/AtomicFile.h"
#include "common/ListFileWatcher.h"
#include "drafts/BundleExporter.h"
#include "drafts/BundleImporter.h"
#include "portal/PortalClient.h"
#include "portal/PortalSession.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShowEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

using AuthService::AuthServiceApi;
using AuthService::KeyChange;
using AuthService::ServiceDrafts;
using AuthService::ServiceView;
using Catalog::Product;
using Catalog::ServiceCatalog;
using Portal::PortalError;
using Portal::PortalProfile;

namespace {

const QString sourceSettingKey = QStringLiteral("thirdParty/source");
const QString portalPrefix = QStringLiteral("portal:");
const QString offlinePrefix = QStringLiteral("offline:");

QString withShortcut(const QString &tip, const QKeySequence &shortcut)
{
    return shortcut.isEmpty()
               ? tip
               : QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText));
}

QString offlineKey(Product product)
{
    return offlinePrefix + Catalog::productName(product);
}

} // namespace

ThirdPartyPage::ThirdPartyPage(SecretStore *secrets, const QString &profilesPath, const QString &draftsPath,
                               QWidget *parent)
    : QWidget(parent)
    , m_secrets(secrets)
    , m_profileStore(profilesPath)
    , m_draftStore(draftsPath)
{
    ensureResourcesLoaded();
    createWidgets();
    loadProfiles();
    for (const QString &path : {m_profileStore.path(), m_draftStore.path()})
        connect(new ListFileWatcher(path, this), &ListFileWatcher::changed, this, [this] {
            if (isVisible()) // a hidden page reads the lists again when it is shown
                takeUpOutsideChanges();
        });
}

ThirdPartyPage::~ThirdPartyPage()
{
    // Stop a running step now: its answers must not arrive while the page's members are being destroyed.
    QObject *operation = m_operation;
    m_operation = nullptr;
    cancelPortalCalls(operation);
    delete operation;
    delete m_draftRead.data();
}

void ThirdPartyPage::createWidgets()
{
    auto *heading = new QLabel(tr("Third-party authorization"));
    heading->setObjectName(QStringLiteral("pageHeading"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *intro =
        new QLabel(tr("The keys a portal uses to work with Google, Box, Dropbox, Twilio, S3 and other "
                      "services. Choose a portal to change its keys there, or prepare drafts "
                      "offline and apply them to portals later."));
    intro->setObjectName(QStringLiteral("pageIntro"));
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);

    // Window shortcuts of the page: they work wherever the focus is in the window while this page is shown,
    // and not at all while another page is (actions of hidden widgets do not fire).
    m_findAction = new QAction(tr("Search services"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    m_saveAction = new QAction(tr("Save"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_saveAction, &QAction::triggered, this, &ThirdPartyPage::save);
    m_reloadAction = new QAction(tr("Reload"), this);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_reloadAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_reloadAction, &QAction::triggered, this, &ThirdPartyPage::reload);
    m_cancelAction = new QAction(tr("Cancel"), this);
    m_cancelAction->setShortcut(QKeySequence::Cancel);
    m_cancelAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_cancelAction, &QAction::triggered, this, &ThirdPartyPage::cancelOperation);
    addActions({m_findAction, m_saveAction, m_reloadAction, m_cancelAction});

    m_exportButton = new QPushButton(tr("E&xport bundle…"));
    m_exportButton->setObjectName(QStringLiteral("exportBundle"));
    m_exportButton->setToolTip(tr("Write drafts and their values to a file encrypted with a passphrase"));
    connect(m_exportButton, &QPushButton::clicked, this, &ThirdPartyPage::exportBundle);
    m_importButton = new QPushButton(tr("&Import bundle…"));
    m_importButton->setObjectName(QStringLiteral("importBundle"));
    m_importButton->setToolTip(tr("Add the drafts of a bundle file to your drafts"));
    connect(m_importButton, &QPushButton::clicked, this, &ThirdPartyPage::importBundle);
    m_applyButton = new QPushButton(tr("&Apply to portals…"));
    m_applyButton->setObjectName(QStringLiteral("applyToPortals"));
    m_applyButton->setToolTip(tr("Check, then save drafts or a bundle on several portals at once"));
    connect(m_applyButton, &QPushButton::clicked, this, &ThirdPartyPage::applyToPortals);
    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(heading);
    headingRow->addStretch();
    headingRow->addWidget(m_exportButton);
    headingRow->addWidget(m_importButton);
    headingRow->addWidget(m_applyButton);

    m_sourceCombo = new QComboBox;
    m_sourceCombo->setObjectName(QStringLiteral("source"));
    m_sourceCombo->setMinimumContentsLength(24);
    m_sourceCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sourceCombo->setToolTip(tr("A portal, to see and change its keys; or offline drafts"));
    auto *sourceLabel = new QLabel(tr("S&ource:"));
    sourceLabel->setBuddy(m_sourceCombo);
    connect(m_sourceCombo, &QComboBox::activated, this, [this] {
        const QString key = m_sourceCombo->currentData().toString();
        activateSource(key == QLatin1String("offline") ? offlineKey(offlineProduct()) : key);
    });
    m_productCombo = new QComboBox;
    m_productCombo->setObjectName(QStringLiteral("product"));
    for (Product product : Catalog::allProducts())
        m_productCombo->addItem(Catalog::productDisplayName(product), Catalog::productName(product));
    m_productCombo->setToolTip(tr("Which product the drafts are for: their services and keys differ"));
    m_productLabel = new QLabel(tr("&Product:"));
    m_productLabel->setBuddy(m_productCombo);
    connect(m_productCombo, &QComboBox::activated, this,
            [this] { activateSource(offlineKey(offlineProduct())); });
    m_reloadButton = new QPushButton(tr("Re&load"));
    m_reloadButton->setObjectName(QStringLiteral("reload"));
    m_reloadButton->setToolTip(withShortcut(tr("Read the services again"), m_reloadAction->shortcut()));
    connect(m_reloadButton, &QPushButton::clicked, this, &ThirdPartyPage::reload);
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(sourceLabel);
    sourceRow->addWidget(m_sourceCombo);
    sourceRow->addSpacing(8);
    sourceRow->addWidget(m_productLabel);
    sourceRow->addWidget(m_productCombo);
    sourceRow->addWidget(m_reloadButton);
    sourceRow->addStretch();

    m_notice = new VerdictBanner;
    m_notice->setObjectName(QStringLiteral("pageNotice"));
    m_busy = new BusyBar;
    m_busy->setObjectName(QStringLiteral("busyBar"));
    connect(m_busy, &BusyBar::cancelRequested, this, &ThirdPartyPage::cancelOperation);

    m_editor = new ServiceEditor;
    connect(m_editor, &ServiceEditor::saveRequested, this, &ThirdPartyPage::save);
    connect(m_editor, &ServiceEditor::toggleRequested, this, &ThirdPartyPage::toggleService);
    connect(m_editor, &ServiceEditor::deleteDraftRequested, this, &ThirdPartyPage::deleteDraft);
    connect(m_editor, &ServiceEditor::valuesEdited, this, [this] {
        if (m_editor->hasEntry())
            m_edits.insert(editKey(m_editor->entry().id()), m_editor->values());
    });

    m_splitter = new QSplitter;
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(createListPanel());
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({330, 600});
    m_splitter->setHandleWidth(12);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(10);
    layout->addLayout(headingRow);
    layout->addWidget(intro);
    layout->addSpacing(2);
    layout->addLayout(sourceRow);
    layout->addWidget(m_notice);
    layout->addWidget(m_busy);
    layout->addWidget(m_splitter, 1);

    setTabOrder(m_exportButton, m_importButton);
    setTabOrder(m_importButton, m_applyButton);
    setTabOrder(m_applyButton, m_sourceCombo);
    setTabOrder(m_sourceCombo, m_productCombo);
    setTabOrder(m_productCombo, m_reloadButton);
    setTabOrder(m_reloadButton, m_search);
    setTabOrder(m_search, m_kindFilter);
    setTabOrder(m_kindFilter, m_stateFilter);
    setTabOrder(m_stateFilter, m_list);
    updateActions();
}

QWidget *ThirdPartyPage::createListPanel()
{
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(withShortcut(tr("Search services"), QKeySequence(QKeySequence::Find)));
    m_search->setAccessibleName(tr("Search services"));
    connect(m_search, &QLineEdit::textChanged, this, &ThirdPartyPage::applyFilter);

    m_kindFilter = new QComboBox;
    m_kindFilter->setObjectName(QStringLiteral("kindFilter"));
    m_kindFilter->setAccessibleName(tr("Kind"));
    m_kindFilter->addItem(tr("All kinds"), QString());
    for (Catalog::ServiceKind kind : Catalog::allServiceKinds())
        m_kindFilter->addItem(Catalog::serviceKindDisplayName(kind), Catalog::serviceKindName(kind));
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &ThirdPartyPage::applyFilter);
    m_stateFilter = new QComboBox;
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_stateFilter->setAccessibleName(tr("State"));
    m_stateFilter->addItem(tr("Any state"), int(ServiceList::StateFilter::Any));
    m_stateFilter->addItem(tr("On"), int(ServiceList::StateFilter::On));
    m_stateFilter->addItem(tr("Off"), int(ServiceList::StateFilter::Off));
    m_stateFilter->addItem(tr("Read-only"), int(ServiceList::StateFilter::ReadOnly));
    m_stateFilter->addItem(tr("Needs a paid plan"), int(ServiceList::StateFilter::NeedsPlan));
    m_stateFilter->addItem(tr("Drafts"), int(ServiceList::StateFilter::Draft));
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &ThirdPartyPage::applyFilter);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kindFilter, 1);
    filters->addWidget(m_stateFilter, 1);

    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("serviceCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_list = new ServiceList;
    connect(m_list, &ServiceList::currentEntryChanged, this, &ThirdPartyPage::showCurrentEntry);
    // Enter on a card goes to its first key, as a form would.
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        for (const Catalog::KeyDefinition &key : m_editor->entry().view.definition.keys) {
            KeyField *field = m_editor->field(key.name);
            if (field && field->isVisibleTo(m_editor) && field->editor()->isEnabled()) {
                field->editor()->setFocus(Qt::TabFocusReason);
                return;
            }
        }
    });

    // What the list area says when there is nothing to list: loading, an error, or no match for the filter.
    auto *messageBox = new QWidget;
    m_listMessage = new QLabel;
    m_listMessage->setObjectName(QStringLiteral("listMessage"));
    m_listMessage->setWordWrap(true);
    m_listMessage->setAlignment(Qt::AlignCenter);
    m_listMessage->setTextFormat(Qt::PlainText);
    m_listMessage->setForegroundRole(QPalette::PlaceholderText);
    m_listAction = new QPushButton;
    m_listAction->setObjectName(QStringLiteral("listAction"));
    connect(m_listAction, &QPushButton::clicked, this, [this] {
        if (m_list->count() > 0 && m_list->visibleCount() == 0) {
            m_search->clear();
            m_kindFilter->setCurrentIndex(0);
            m_stateFilter->setCurrentIndex(0);
            m_list->setFocus();
        } else {
            reload();
        }
    });
    auto *messageLayout = new QVBoxLayout(messageBox);
    messageLayout->addStretch(1);
    messageLayout->addWidget(m_listMessage);
    messageLayout->addWidget(m_listAction, 0, Qt::AlignHCenter);
    messageLayout->addStretch(2);
    m_listStack = new QStackedWidget;
    m_listStack->addWidget(m_list);
    m_listStack->addWidget(messageBox);

    auto *panel = new QWidget;
    panel->setObjectName(QStringLiteral("listPanel"));
    panel->setMinimumWidth(280);
    panel->setMaximumWidth(460);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_count);
    layout->addWidget(m_listStack, 1);
    return panel;
}

void ThirdPartyPage::setFileChooser(FileChooser chooser)
{
    m_chooseFile = std::move(chooser);
}

// --- sources -------------------------------------------------------------------------------------------

void ThirdPartyPage::loadProfiles()
{
    const Portal::ProfileStore::LoadResult loaded = m_profileStore.load();
    m_profiles = loaded.profiles;
    if (!loaded.ok())
        showNotice(VerdictBanner::State::Invalid, loaded.error);
    fillSourceCombo();
}

void ThirdPartyPage::fillSourceCombo()
{
    const QSignalBlocker blocker(m_sourceCombo);
    m_sourceCombo->clear();
    for (const PortalProfile &profile : std::as_const(m_profiles))
        m_sourceCombo->addItem(QIcon(QStringLiteral(":/icons/page-portals.svg")),
                               tr("%1 — %2").arg(profile.name, profile.baseUrl.host()),
                               QString(portalPrefix + profile.id));
    if (!m_profiles.isEmpty())
        m_sourceCombo->insertSeparator(m_sourceCombo->count());
    m_sourceCombo->addItem(QIcon(QStringLiteral(":/icons/page-third-party.svg")), tr("Offline drafts"),
                           QStringLiteral("offline"));
    const bool offline = m_source.startsWith(offlinePrefix);
    m_sourceCombo->setCurrentIndex(m_sourceCombo->findData(offline ? QStringLiteral("offline") : m_source));
    m_productLabel->setVisible(offline);
    m_productCombo->setVisible(offline);
    if (offline)
        m_productCombo->setCurrentIndex(m_productCombo->findData(m_source.mid(offlinePrefix.size())));
}

const PortalProfile *ThirdPartyPage::profile(const QString &id) const
{
    for (const PortalProfile &candidate : m_profiles) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

bool ThirdPartyPage::isOffline() const
{
    return m_source.startsWith(offlinePrefix);
}

QString ThirdPartyPage::currentProfileId() const
{
    return m_source.startsWith(portalPrefix) ? m_source.mid(portalPrefix.size()) : QString();
}

Product ThirdPartyPage::offlineProduct() const
{
    return Catalog::productFromName(m_productCombo->currentData().toString()).value_or(Product::DocSpace);
}

void ThirdPartyPage::showEvent(QShowEvent *event)
{
    if (!event->spontaneous()) {
        if (!m_started) {
            // The first look loads; a page never shown never connects anywhere.
            m_started = true;
            QString key = QSettings().value(sourceSettingKey).toString();
            const bool knownPortal = key.startsWith(portalPrefix) && profile(key.mid(portalPrefix.size()));
            const bool knownOffline = key.startsWith(offlinePrefix) &&
                                      Catalog::productFromName(key.mid(offlinePrefix.size())).has_value();
            if (!knownPortal && !knownOffline)
                key = m_profiles.isEmpty() ? offlineKey(Product::DocSpace)
                                           : portalPrefix + m_profiles.first().id;
            activateSource(key);
        } else if (!isBusy() && !findChild<QDialog *>()) {
            // The Portals page may have added or removed a portal meanwhile.
            takeUpOutsideChanges();
        }
    }
    QWidget::showEvent(event);
}

void ThirdPartyPage::takeUpOutsideChanges()
{
    if (!m_started)
        return;
    // Not under a running step or an open dialog: they hold on to the lists as they were. Look again later.
    if (isBusy() || findChild<QDialog *>()) {
        QTimer::singleShot(1000, this, [this] {
            if (isVisible())
                takeUpOutsideChanges();
        });
        return;
    }
    loadProfiles();
    if (!isOffline() && !profile(currentProfileId()))
        activateSource(offlineKey(Product::DocSpace));
    else if (isOffline())
        loadOffline(m_list->currentId()); // the command line may have added drafts meanwhile
}

void ThirdPartyPage::showOffline(Product product)
{
    m_started = true;
    activateSource(offlineKey(product));
}

void ThirdPartyPage::showPortal(const QString &profileId)
{
    m_started = true;
    loadProfiles();
    activateSource(portalPrefix + profileId);
}

void ThirdPartyPage::activateSource(const QString &key)
{
    if (isBusy())
        cancelOperation();
    const PortalProfile *portal =
        key.startsWith(portalPrefix) ? profile(key.mid(portalPrefix.size())) : nullptr;
    m_source = portal || key.startsWith(offlinePrefix) ? key : offlineKey(Product::DocSpace);
    QSettings().setValue(sourceSettingKey, m_source);
    fillSourceCombo();
    showNotice(VerdictBanner::State::Neutral, QString());
    if (portal)
        loadPortal(*portal);
    else
        loadOffline();
}

void ThirdPartyPage::reload()
{
    if (isBusy())
        return;
    if (const PortalProfile *portal = profile(currentProfileId()))
        loadPortal(*portal);
    else
        loadOffline(m_list->currentId());
}

void ThirdPartyPage::loadPortal(const PortalProfile &portal)
{
    const QString keep = m_list->currentId();
    showNotice(VerdictBanner::State::Neutral, QString());
    m_list->setEntries({});
    m_editor->clearEntry(tr("Reading the services of %1…").arg(portal.name));
    showListMessage(tr("Reading the services of %1…").arg(portal.name), false);
    QObject *operation = beginOperation(tr("Reading the services of %1…").arg(portal.name));
    auto *session = new Portal::PortalSession(portal, m_secrets, operation);
    const auto fail = [this, portal](const PortalError &error) {
        endOperation();
        if (error.kind() == PortalError::Kind::Cancelled) {
            showListMessage(tr("Cancelled."), true);
            return;
        }
        QString text = tr("The services of %1 could not be read. %2").arg(portal.name, error.message());
        if (error.kind() == PortalError::Kind::Tls)
            text += QLatin1Char(' ') +
                    tr("On the Portals page, Test connection shows the certificate and lets you trust it.");
        showNotice(VerdictBanner::State::Invalid, text);
        showListMessage(tr("No services to show."), true);
        m_editor->clearEntry(tr("Choose another source, or try again once the portal answers."));
    };
    session->open([this, operation, fail, keep](const PortalError &error, Portal::PortalClient *client) {
        if (!isCurrent(operation))
            return;
        if (error.isError())
            return fail(error);
        AuthService::PortalServices::load(
            client, [this, operation, fail, keep](const PortalError &listError,
                                                  const AuthService::PortalServices &loaded) {
                if (!isCurrent(operation))
                    return;
                if (listError.isError())
                    return fail(listError);
                endOperation();
                m_services = loaded;
                if (!loaded.versionNotice.isEmpty())
                    showNotice(VerdictBanner::State::Warning, loaded.versionNotice);
                QList<ServiceEntry> entries;
                for (const ServiceView &view : loaded.views)
                    entries.append(ServiceEntry::forView(view));
                setEntries(entries);
                if (!keep.isEmpty())
                    m_list->selectId(keep);
                if (entries.isEmpty())
                    showListMessage(tr("The portal lists no third-party services."), true);
            });
    });
}

void ThirdPartyPage::loadOffline(const QString &selectId)
{
    const Product product = offlineProduct();
    QList<ServiceEntry> entries;
    const Drafts::DraftStore::LoadResult loaded = m_draftStore.load();
    if (!loaded.ok())
        showNotice(VerdictBanner::State::Invalid, loaded.error);
    // Drafts first: they are what the admin made; the catalog's services follow, to start new ones.
    for (const Drafts::Draft &draft : loaded.drafts) {
        if (draft.product == product)
            entries.append(ServiceEntry::forDraft(draft, ServiceCatalog::builtIn()));
    }
    for (const ServiceView &view : ServiceView::offline(ServiceCatalog::builtIn(), product))
        entries.append(ServiceEntry::forView(view));
    setEntries(entries);
    if (!selectId.isEmpty())
        m_list->selectId(selectId);
}

void ThirdPartyPage::setEntries(const QList<ServiceEntry> &entries)
{
    m_list->setEntries(entries);
    applyFilter();
    if (m_list->currentId().isEmpty() && !m_list->visibleIds().isEmpty())
        m_list->selectId(m_list->visibleIds().constFirst());
    if (m_list->currentId().isEmpty())
        m_editor->clearEntry();
}

void ThirdPartyPage::showListMessage(const QString &text, bool retry)
{
    m_listMessage->setText(text);
    m_listAction->setText(tr("&Try again"));
    m_listAction->setVisible(retry);
    m_listStack->setCurrentIndex(1);
    m_count->clear();
    // Nothing to search or filter until there is a list again.
    for (QWidget *filter : std::initializer_list<QWidget *>{m_search, m_kindFilter, m_stateFilter})
        filter->setEnabled(false);
}

void ThirdPartyPage::applyFilter()
{
    const QString kindName = m_kindFilter->currentData().toString();
    const std::optional<Catalog::ServiceKind> kind =
        kindName.isEmpty() ? std::nullopt : Catalog::serviceKindFromName(kindName);
    const auto state = static_cast<ServiceList::StateFilter>(m_stateFilter->currentData().toInt());
    m_list->setFilter(m_search->text(), kind, state);
    const int total = m_list->count();
    const int shown = m_list->visibleCount();
    if (total == 0)
        return;
    for (QWidget *filter : std::initializer_list<QWidget *>{m_search, m_kindFilter, m_stateFilter})
        filter->setEnabled(true);
    // Separate singular texts keep the untranslated English right; translators get %n plural forms.
    if (shown == total)
        m_count->setText(total == 1 ? tr("%n service", nullptr, 1) : tr("%n services", nullptr, total));
    else
        m_count->setText(total == 1 ? tr("%1 of %n service", nullptr, 1).arg(shown)
                                    : tr("%1 of %n services", nullptr, total).arg(shown));
    if (shown == 0) {
        m_listMessage->setText(tr("No service matches the search and the filters."));
        m_listAction->setText(tr("Clear &filters"));
        m_listAction->setVisible(true);
        m_listStack->setCurrentIndex(1);
    } else {
        m_listStack->setCurrentIndex(0);
    }
}

const QList<ServiceEntry> &ThirdPartyPage::entries() const
{
    return m_list->entries();
}

bool ThirdPartyPage::selectService(const QString &name)
{
    for (const ServiceEntry &entry : m_list->entries()) {
        if (!entry.isDraft() && entry.view.definition.matches(name))
            return m_list->selectId(entry.id());
    }
    return false;
}

bool ThirdPartyPage::selectEntry(const QString &entryId)
{
    return m_list->selectId(entryId);
}

QString ThirdPartyPage::currentEntryId() const
{
    return m_list->currentId();
}

QStringList ThirdPartyPage::visibleEntryIds() const
{
    return m_list->visibleIds();
}

// --- the editor ----------------------------------------------------------------------------------------

QString ThirdPartyPage::editKey(const QString &entryId) const
{
    return m_source + QLatin1Char('|') + entryId;
}

QMap<QString, QString> ThirdPartyPage::storedValues(const ServiceEntry &entry) const
{
    if (entry.isDraft())
        return m_draftValues.value(entry.draft->id);
    return entry.view.values;
}

void ThirdPartyPage::showCurrentEntry()
{
    const ServiceEntry *entry = m_list->currentEntry();
    if (!entry) {
        m_editor->clearEntry();
        return;
    }
    if (entry->isDraft() && !m_draftValues.contains(entry->draft->id)) {
        loadDraftValues(*entry);
        return;
    }
    const QMap<QString, QString> stored = storedValues(*entry);
    m_editor->setEntry(*entry, m_edits.value(editKey(entry->id()), stored), stored);
    m_editor->setBusy(isBusy());
}

void ThirdPartyPage::loadDraftValues(const ServiceEntry &entry)
{
    m_editor->clearEntry(tr("Reading the draft's values from the keychain…"));
    // Later, not now: the read being replaced may be the one whose answer brought us here.
    if (m_draftRead)
        m_draftRead->deleteLater();
    auto *context = new QObject(this);
    m_draftRead = context;
    const QString entryId = entry.id();
    const QString draftId = entry.draft->id;
    m_draftStore.loadValues(
        *entry.draft, *m_secrets, context,
        [this, context, entryId, draftId](const QString &error, const Drafts::DraftValues &values) {
            context->deleteLater();
            if (m_list->currentId() != entryId)
                return;
            if (!error.isEmpty()) {
                m_editor->clearEntry(
                    tr("The draft's values could not be read from the keychain. %1").arg(error));
                return;
            }
            m_draftValues.insert(draftId, ServiceDrafts::toText(values));
            showCurrentEntry();
        });
}

void ThirdPartyPage::save()
{
    if (isBusy() || !m_editor->hasEntry() || !m_editor->canSave())
        return;
    const ServiceEntry entry = m_editor->entry();
    const QMap<QString, QString> values = m_editor->values();
    if (isOffline())
        saveDraft(entry, values);
    else
        previewAndSave(entry, values);
}

void ThirdPartyPage::toggleService()
{
    if (isBusy() || !m_editor->hasEntry() || isOffline())
        return;
    const ServiceEntry entry = m_editor->entry();
    if (entry.view.state() != ServiceView::State::On) {
        save();
        return;
    }
    QMap<QString, QString> cleared;
    for (const Catalog::KeyDefinition &key : entry.view.definition.keys)
        cleared.insert(key.name, QString());
    previewAndSave(entry, cleared);
}

void ThirdPartyPage::previewAndSave(const ServiceEntry &entry, const QMap<QString, QString> &values)
{
    const PortalProfile *portal = profile(currentProfileId());
    if (!portal)
        return;
    const QList<KeyChange> changes = entry.view.preview(values);
    if (!KeyChange::anyChange(changes)) {
        m_editor->showResult(VerdictBanner::State::Neutral,
                             tr("Nothing to save: the portal has these values."));
        return;
    }
    auto *dialog = new ChangePreviewDialog(entry.title(), portal->name, changes, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const PortalProfile target = *portal;
    connect(dialog, &QDialog::accepted, this,
            [this, target, entry, values] { runSave(target, entry, values); });
    dialog->open();
}

void ThirdPartyPage::runSave(const PortalProfile &portal, const ServiceEntry &entry,
                             const QMap<QString, QString> &values)
{
    if (isBusy())
        return;
    const QString title = entry.title();
    QObject *operation = beginOperation(tr("Saving %1 on %2…").arg(title, portal.name));
    m_editor->clearResult();
    const AuthService::KeyValues send = entry.view.valuesToSend(values);
    const bool disabling = KeyChange::disables(entry.view.preview(values));
    const QString name = entry.view.portalName();
    const QString entryId = entry.id();
    const auto fail = [this, portal, title, entryId](const PortalError &error) {
        endOperation();
        if (error.kind() == PortalError::Kind::Cancelled) {
            reportResult(entryId, VerdictBanner::State::Neutral,
                         tr("Cancelled. If the portal had already received the keys, it keeps "
                            "them; Reload shows what it has."));
            return;
        }
        // Whatever was typed stays in the fields: the admin fixes it and saves again.
        reportResult(entryId, VerdictBanner::State::Invalid, tr("%1 was not saved.").arg(title),
                     error.message());
        // A refused save may have changed the portal (Bad keys clears the service): show what it has now.
        if (error.kind() == PortalError::Kind::BadRequest)
            relistAfterFailure(portal);
    };
    auto *session = new Portal::PortalSession(portal, m_secrets, operation);
    session->open([this, operation, fail, name, send, entry, disabling, title,
                   portal](const PortalError &error, Portal::PortalClient *client) {
        if (!isCurrent(operation))
            return;
        if (error.isError())
            return fail(error);
        AuthServiceApi::save(
            client, name, send,
            [this, operation, fail, entry, disabling, title,
             portal](const PortalError &saveError, const AuthServiceApi::SaveResult &result) {
                if (!isCurrent(operation))
                    return;
                if (saveError.isError())
                    return fail(saveError);
                endOperation();
                ServiceEntry updated = entry;
                if (!result.after.name.isEmpty())
                    updated.view = m_services.merge({result.after}).constFirst();
                m_edits.remove(editKey(entry.id()));
                m_list->updateEntry(updated);
                if (m_list->currentId() == updated.id())
                    m_editor->setEntry(updated, updated.view.values, updated.view.values);
                if (!result.mismatches.isEmpty()) {
                    QStringList labels;
                    for (const QString &key : result.mismatches) {
                        const Catalog::KeyDefinition *definition = updated.view.definition.key(key);
                        labels.append(definition ? definition->label : key);
                    }
                    reportResult(entry.id(), VerdictBanner::State::Warning,
                                 tr("Saved on %1, but the portal reports other values than were sent.")
                                     .arg(portal.name),
                                 tr("Check these keys: %1.").arg(labels.join(QStringLiteral(", "))));
                } else if (disabling) {
                    reportResult(entry.id(), VerdictBanner::State::Valid,
                                 tr("%1 is off on %2.").arg(title, portal.name),
                                 tr("The portal confirmed that every key is cleared."));
                } else if (!result.changed) {
                    reportResult(entry.id(), VerdictBanner::State::Neutral,
                                 tr("%1 already had these keys; nothing changed.").arg(portal.name));
                } else {
                    reportResult(entry.id(), VerdictBanner::State::Valid,
                                 tr("Saved %1 on %2.").arg(title, portal.name),
                                 tr("The portal confirmed every key."));
                }
            });
    });
}

void ThirdPartyPage::relistAfterFailure(const PortalProfile &portal)
{
    QObject *operation = beginOperation(tr("Reading what %1 has now…").arg(portal.name));
    auto *session = new Portal::PortalSession(portal, m_secrets, operation);
    session->open([this, operation](const PortalError &error, Portal::PortalClient *client) {
        if (!isCurrent(operation))
            return;
        if (error.isError())
            return endOperation();
        AuthServiceApi::list(client, [this, operation](const PortalError &listError,
                                                       const QList<AuthService::Service> &services) {
            if (!isCurrent(operation))
                return;
            endOperation();
            if (listError.isError())
                return;
            // The cards take the portal's word; the editor keeps what was typed (m_edits holds it).
            QList<ServiceEntry> entries;
            for (const ServiceView &view : m_services.merge(services))
                entries.append(ServiceEntry::forView(view));
            m_list->setEntries(entries);
            applyFilter();
        });
    });
}

void ThirdPartyPage::saveDraft(const ServiceEntry &entry, const QMap<QString, QString> &values)
{
    const Drafts::Draft draft = ServiceDrafts::draftFor(entry.view.definition, entry.draft);
    const Drafts::DraftValues stored = ServiceDrafts::fromText(entry.view.valuesToSend(values));
    const QString problem = draft.problem();
    if (!problem.isEmpty()) {
        reportResult(entry.id(), VerdictBanner::State::Invalid, tr("The draft was not saved."), problem);
        return;
    }
    QObject *operation =
        beginOperation(tr("Saving the draft of %1 in the keychain…").arg(entry.title()), false);
    m_editor->clearResult();
    m_draftStore.saveDraft(
        draft, stored, *m_secrets, operation, [this, operation, draft, stored, entry](const QString &error) {
            if (!isCurrent(operation))
                return;
            endOperation();
            if (!error.isEmpty()) {
                reportResult(entry.id(), VerdictBanner::State::Invalid, tr("The draft was not saved."),
                             error);
                return;
            }
            m_draftValues.insert(draft.id, ServiceDrafts::toText(stored));
            m_edits.remove(editKey(entry.id()));
            const QString draftEntry = QStringLiteral("draft:") + draft.id;
            m_edits.remove(editKey(draftEntry));
            loadOffline(draftEntry);
            reportResult(draftEntry, VerdictBanner::State::Valid, tr("Draft saved."),
                         tr("Its values are in the keychain; the list of drafts holds only the "
                            "names of its keys."));
        });
}

void ThirdPartyPage::deleteDraft()
{
    if (isBusy() || !m_editor->hasEntry() || !m_editor->entry().isDraft())
        return;
    const Drafts::Draft draft = *m_editor->entry().draft;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete draft"),
                                tr("Delete the draft “%1”?").arg(m_editor->entry().title()),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("deleteDraftConfirmation"));
    box->setInformativeText(tr("Its values are removed from the keychain. Bundles it was exported to, and "
                               "portals it was applied to, keep their copies."));
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDelete"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    // Deleting drops values that may exist nowhere else: Enter must not do it.
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // QMessageBox sizes itself to the short question and wraps the explanation into a narrow column.
    box->setStyleSheet(
        QStringLiteral("QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 26em; }"));
    connect(box, &QMessageBox::buttonClicked, this, [this, draft, remove](QAbstractButton *clicked) {
        if (clicked == remove)
            removeDraft(draft);
    });
    box->open();
}

void ThirdPartyPage::removeDraft(const Drafts::Draft &draft)
{
    if (isBusy())
        return;
    QObject *operation = beginOperation(tr("Deleting the draft and its values…"), false);
    m_draftStore.removeDraft(draft.id, *m_secrets, operation, [this, operation, draft](const QString &error) {
        if (!isCurrent(operation))
            return;
        endOperation();
        if (!error.isEmpty()) {
            showNotice(VerdictBanner::State::Invalid, error);
            return;
        }
        m_draftValues.remove(draft.id);
        m_edits.remove(editKey(QStringLiteral("draft:") + draft.id));
        loadOffline();
    });
}

// --- bundles and applying --------------------------------------------------------------------------------

QString ThirdPartyPage::chooseFile(FileChoice choice, const QString &suggested)
{
    if (m_chooseFile)
        return m_chooseFile(choice, suggested);
    const QString filter = tr("PortalKeys bundles (*.pkbundle);;All files (*)");
    if (choice == FileChoice::OpenBundle)
        return QFileDialog::getOpenFileName(this, tr("Open bundle"), QDir::homePath(), filter);
    QString path = QFileDialog::getSaveFileName(this, tr("Export bundle"), suggested, filter);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pkbundle");
    return path;
}

void ThirdPartyPage::exportBundle()
{
    if (isBusy())
        return;
    const Drafts::DraftStore::LoadResult loaded = m_draftStore.load();
    if (!loaded.ok()) {
        showNotice(VerdictBanner::State::Invalid, loaded.error);
        return;
    }
    if (loaded.drafts.isEmpty()) {
        showNotice(VerdictBanner::State::Neutral,
                   tr("There are no drafts to export yet. Choose “Offline drafts” as the source, fill in a "
                      "service and save it as a draft."));
        return;
    }
    QStringList checked;
    if (const ServiceEntry *current = m_list->currentEntry(); current && current->isDraft())
        checked.append(current->draft->id);
    auto *dialog = new ExportBundleDialog(loaded.drafts, checked, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // Taken before the file dialog runs: this dialog is gone once it closes.
        const QStringList ids = dialog->selectedDraftIds();
        const QByteArray passphrase = dialog->passphrase();
        const QString suggested = QDir::home().filePath(
            QStringLiteral("portalkeys-drafts-%1.pkbundle").arg(QDate::currentDate().toString(Qt::ISODate)));
        const QString path = chooseFile(FileChoice::SaveBundle, suggested);
        if (!path.isEmpty())
            runExport(ids, passphrase, path);
    });
    dialog->open();
}

void ThirdPartyPage::runExport(const QStringList &draftIds, const QByteArray &passphrase, const QString &path)
{
    if (isBusy())
        return;
    QObject *operation = beginOperation(tr("Reading the drafts' values from the keychain…"));
    Drafts::BundleExporter::collect(
        m_draftStore, *m_secrets, draftIds, operation,
        [this, operation, passphrase, path, count = draftIds.size()](const QString &error,
                                                                     const QByteArray &json) {
            if (!isCurrent(operation))
                return;
            if (!error.isEmpty()) {
                endOperation();
                showNotice(VerdictBanner::State::Invalid, tr("Nothing was exported. %1").arg(error));
                return;
            }
            // PBKDF2 cannot be interrupted; from here on the step runs to its end.
            m_cancellable = false;
            m_busy->start(tr("Encrypting the bundle…"), false);
            updateActions();
            BundleWorker::encrypt(
                json, passphrase, operation,
                [this, operation, path, count](const Drafts::Bundle::EncryptResult &result) {
                    if (!isCurrent(operation))
                        return;
                    endOperation();
                    const QString name = QFileInfo(path).fileName();
                    if (!result.ok()) {
                        showNotice(VerdictBanner::State::Invalid,
                                   tr("Nothing was exported. %1").arg(result.error));
                        return;
                    }
                    // Encrypted, but still nobody else's business; a kill while writing keeps the old file.
                    const QString writeError = AtomicFile::write(path, result.file, true, path);
                    if (!writeError.isEmpty()) {
                        showNotice(VerdictBanner::State::Invalid,
                                   tr("The bundle could not be written: %1").arg(writeError));
                        return;
                    }
                    showNotice(VerdictBanner::State::Valid,
                               (count == 1 ? tr("Exported %n draft to %1.", nullptr, 1)
                                           : tr("Exported %n drafts to %1.", nullptr, int(count)))
                                       .arg(name) +
                                   QLatin1Char(' ') + tr("Keep the passphrase apart from the file."));
                });
        });
}

void ThirdPartyPage::importBundle()
{
    if (isBusy())
        return;
    const QString path = chooseFile(FileChoice::OpenBundle, QString());
    if (path.isEmpty())
        return;
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (file.size() > Drafts::Bundle::maxFileSize) {
        showNotice(VerdictBanner::State::Invalid,
                   tr("%1 is larger than 16 MiB, so it is not a bundle.").arg(name));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        showNotice(VerdictBanner::State::Invalid, tr("Cannot read %1: %2").arg(name, file.errorString()));
        return;
    }
    askImportPassphrase(path, file.readAll(), QString());
}

void ThirdPartyPage::askImportPassphrase(const QString &path, const QByteArray &content, const QString &error)
{
    auto *dialog = new PassphraseDialog(tr("Import bundle"), QFileInfo(path).fileName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!error.isEmpty())
        dialog->setError(error);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, path, content] { runImport(path, content, dialog->passphrase()); });
    dialog->open();
}

void ThirdPartyPage::runImport(const QString &path, const QByteArray &content, const QByteArray &passphrase)
{
    if (isBusy())
        return;
    const QString name = QFileInfo(path).fileName();
    // Not cancellable: PBKDF2 cannot be interrupted, and a half-stored import is worse than a short wait.
    QObject *operation = beginOperation(tr("Opening %1…").arg(name), false);
    BundleWorker::decrypt(
        content, passphrase, operation,
        [this, operation, path, content, name](Drafts::Bundle::DecryptResult &result) {
            if (!isCurrent(operation))
                return;
            if (result.failure == Drafts::Bundle::Failure::WrongPassphrase) {
                endOperation();
                askImportPassphrase(path, content, result.error);
                return;
            }
            if (!result.ok()) {
                endOperation();
                showNotice(VerdictBanner::State::Invalid,
                           tr("Nothing was imported from %1. %2").arg(name, result.error));
                return;
            }
            m_busy->setText(tr("Storing the drafts' values in the keychain…"));
            const QStringList warnings = result.warnings;
            // The importer reads the plaintext at once; the worker wipes it when this handler returns.
            Drafts::BundleImporter::import(
                m_draftStore, *m_secrets, result.json, operation,
                [this, operation, name, warnings](const QString &error,
                                                  const QList<Drafts::Draft> &imported) {
                    if (!isCurrent(operation))
                        return;
                    endOperation();
                    QStringList lines;
                    if (!error.isEmpty())
                        lines.append(imported.isEmpty()
                                         ? tr("Nothing was imported from %1. %2").arg(name, error)
                                         : error);
                    else
                        lines.append((imported.size() == 1
                                          ? tr("Imported %n draft from %1.", nullptr, 1)
                                          : tr("Imported %n drafts from %1.", nullptr, int(imported.size())))
                                         .arg(name));
                    lines.append(warnings);
                    QString select;
                    for (const Drafts::Draft &draft : imported) {
                        if (isOffline() && draft.product == offlineProduct() && select.isEmpty())
                            select = QStringLiteral("draft:") + draft.id;
                    }
                    if (isOffline())
                        loadOffline(select.isEmpty() ? m_list->currentId() : select);
                    else if (!imported.isEmpty())
                        lines.append(tr("Choose “Offline drafts” as the source to see them."));
                    const VerdictBanner::State state =
                        !error.isEmpty()     ? (imported.isEmpty() ? VerdictBanner::State::Invalid
                                                                   : VerdictBanner::State::Warning)
                        : warnings.isEmpty() ? VerdictBanner::State::Valid
                                             : VerdictBanner::State::Warning;
                    showNotice(state, lines.join(QLatin1Char('\n')));
                });
        });
}

void ThirdPartyPage::applyToPortals()
{
    if (isBusy())
        return;
    loadProfiles();
    if (m_profiles.isEmpty()) {
        showNotice(
            VerdictBanner::State::Neutral,
            tr("Add a portal on the Portals page first; drafts are applied to the portals listed there."));
        return;
    }
    auto *dialog = new ApplyDialog(
        m_secrets, m_draftStore.path(), m_profiles,
        [this] { return chooseFile(FileChoice::OpenBundle, QString()); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QStringList drafts;
    if (const ServiceEntry *current = m_list->currentEntry(); current && current->isDraft())
        drafts.append(current->draft->id);
    QStringList portals;
    if (!currentProfileId().isEmpty())
        portals.append(currentProfileId());
    dialog->setChecked(drafts, portals);
    // Keys applied to the portal shown here change what its cards should say.
    auto applied = std::make_shared<bool>(false);
    connect(dialog, &ApplyDialog::runFinished, this, [applied](bool dryRun) {
        if (!dryRun)
            *applied = true;
    });
    connect(dialog, &QDialog::finished, this, [this, applied] {
        if (*applied && !isOffline())
            reload();
    });
    dialog->open();
}

// --- operations ----------------------------------------------------------------------------------------

bool ThirdPartyPage::isBusy() const
{
    return m_operation != nullptr;
}

QObject *ThirdPartyPage::beginOperation(const QString &text, bool cancellable)
{
    auto *operation = new QObject(this);
    m_operation = operation;
    m_cancellable = cancellable;
    m_busy->start(text, cancellable);
    m_editor->setBusy(true);
    updateActions();
    return operation;
}

void ThirdPartyPage::endOperation()
{
    if (m_operation)
        m_operation->deleteLater(); // its objects may still be on the stack
    m_operation = nullptr;
    m_busy->stop();
    m_editor->setBusy(false);
    updateActions();
    emit operationFinished();
}

void ThirdPartyPage::cancelOperation()
{
    if (!m_operation || !m_cancellable)
        return;
    // Forget the step before stopping it: whatever it reports while stopping is then ignored.
    QObject *operation = m_operation;
    m_operation = nullptr;
    cancelPortalCalls(operation);
    operation->deleteLater();
    m_busy->stop();
    m_editor->setBusy(false);
    if (m_list->count() == 0)
        showListMessage(tr("Cancelled."), true);
    updateActions();
    emit operationFinished();
}

void ThirdPartyPage::updateActions()
{
    const bool busy = isBusy();
    for (QWidget *widget : std::initializer_list<QWidget *>{m_sourceCombo, m_productCombo, m_reloadButton,
                                                            m_exportButton, m_importButton, m_applyButton})
        widget->setEnabled(!busy);
    m_reloadAction->setEnabled(!busy);
    m_cancelAction->setEnabled(busy && m_cancellable);
}

void ThirdPartyPage::reportResult(const QString &entryId, VerdictBanner::State state, const QString &text,
                                  const QString &details)
{
    // Under the service it is about; the admin may have opened another one meanwhile, then at the top.
    if (m_editor->hasEntry() && m_editor->entry().id() == entryId)
        m_editor->showResult(state, text, details);
    else
        showNotice(state, details.isEmpty() ? text : text + QLatin1Char(' ') + details);
}

void ThirdPartyPage::showNotice(VerdictBanner::State state, const QString &text)
{
    m_notice->showVerdict(state, text);
}

} // namespace PortalKeys::Ui
