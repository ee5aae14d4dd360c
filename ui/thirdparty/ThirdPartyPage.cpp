#include "thirdparty/ThirdPartyPage.h"

#include "thirdparty/BundleButtons.h"
#include "thirdparty/ServiceDraftActions.h"
#include "thirdparty/ServiceEditor.h"
#include "thirdparty/ServiceListPanel.h"
#include "thirdparty/ServiceOperations.h"
#include "widgets/BusyBar.h"
#include "widgets/PageControls.h"
#include "widgets/PageHeader.h"
#include "widgets/PageUpdates.h"
#include "widgets/PortalOperation.h"

#include "authservice/ServiceView.h"
#include "common/ListFileWatcher.h"
#include "portal/PortalListModel.h"

#include <QAction>
#include <QSplitter>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

using AuthService::ServiceView;
using Catalog::Product;
using Portal::PortalProfile;
using Ref = ServiceEntry::Ref;

ThirdPartyPage::ThirdPartyPage(SecretStore *secrets, const QString &profilesPath, const QString &draftsPath,
                               QWidget *parent)
    : ThirdPartyPage(secrets, new Portal::PortalListModel(profilesPath), draftsPath, parent)
{
    m_portals->setParent(this);
}

ThirdPartyPage::ThirdPartyPage(SecretStore *secrets, Portal::PortalListModel *portals,
                               const QString &draftsPath, QWidget *parent)
    : OperationPage(tr("Third-party authorization"),
                    tr("The keys a portal uses to work with Google, Box, Dropbox, Twilio, S3 and other "
                       "services. Choose a portal to change its keys there, or prepare drafts offline and "
                       "apply them to portals later."),
                    parent)
    , m_secrets(secrets)
    , m_portals(portals)
    , m_draftStore(draftsPath)
{
    m_sourceBar = new SourceBar(m_portals);
    createWidgets();
    connectParts();
    showListProblem(m_sourceBar->reload());
    // The first look loads; a page never shown never connects anywhere.
    m_updates = new PageUpdates(
        this, [this] { return isBusy(); }, [this] { activateSource(m_sourceBar->startSource()); },
        [this] { takeUpOutsideChanges(); });
    connect(m_portals, &Portal::PortalListModel::profilesChanged, m_updates, &PageUpdates::changed);
    connect(new ListFileWatcher(m_draftStore.path(), this), &ListFileWatcher::changed, m_updates,
            &PageUpdates::changed);
}

ThirdPartyPage::~ThirdPartyPage()
{
    // Stop a running step now: its answers must not arrive while the page's members are being destroyed.
    operation()->abort();
}

void ThirdPartyPage::createWidgets()
{
    createShortcuts();
    m_bundleButtons = new BundleButtons;
    header()->addTrailingWidget(m_bundleButtons);

    m_services = new ServiceOperations(operation(), m_secrets, this);
    m_drafts = new ServiceDraftActions(operation(), &m_draftStore, m_secrets, this);
    m_bundles = new BundleActions(operation(), &m_draftStore, m_secrets, this);

    m_listPanel = new ServiceListPanel(&m_model);
    m_editor = new ServiceEditor;
    QSplitter *splitter =
        PageControls::listAndDetails(QStringLiteral("splitter"), m_listPanel, m_editor, 330, 600);
    splitter->setHandleWidth(12);

    QVBoxLayout *layout = pageLayout();
    layout->addWidget(m_sourceBar);
    layout->addWidget(notice());
    layout->addWidget(busyBar());
    layout->addWidget(splitter, 1);

    PageControls::chainTabOrder(m_bundleButtons->focusOrder() + m_sourceBar->focusOrder() +
                                m_listPanel->focusOrder());
}

void ThirdPartyPage::createShortcuts()
{
    using PageControls::windowShortcut;
    windowShortcut(this, tr("Search services"), QKeySequence::Find, [this] { m_listPanel->focusSearch(); });
    windowShortcut(this, tr("Save"), QKeySequence::Save, [this] { save(); });
    m_reloadAction = windowShortcut(this, tr("Reload"), QKeySequence::Refresh, [this] { reload(); });
}

void ThirdPartyPage::connectParts()
{
    connect(m_sourceBar, &SourceBar::sourceChosen, this, [this](const Source &source) {
        m_draftsChosen = source.isOffline();
        activateSource(source);
    });
    connect(m_sourceBar, &SourceBar::reloadRequested, this, &ThirdPartyPage::reload);
    connect(m_bundleButtons, &BundleButtons::exportRequested, this, &ThirdPartyPage::exportBundle);
    connect(m_bundleButtons, &BundleButtons::importRequested, this, &ThirdPartyPage::importBundle);
    connect(m_bundleButtons, &BundleButtons::applyRequested, this, &ThirdPartyPage::applyToPortals);
    connect(m_bundleButtons, &BundleButtons::compareRequested, this, &ThirdPartyPage::compareKeys);
    connect(m_listPanel, &ServiceListPanel::retryRequested, this, &ThirdPartyPage::reload);
    connect(m_listPanel->list(), &ServiceList::currentRefChanged, this, &ThirdPartyPage::showCurrentEntry);
    // Enter on a card goes to its first key, as a form would.
    connect(m_listPanel->list(), &QAbstractItemView::activated, m_editor, &ServiceEditor::focusFirstKey);
    connect(m_editor, &ServiceEditor::saveRequested, this, &ThirdPartyPage::save);
    connect(m_editor, &ServiceEditor::toggleRequested, this, &ThirdPartyPage::toggleService);
    connect(m_editor, &ServiceEditor::deleteDraftRequested, this, &ThirdPartyPage::deleteDraft);
    connect(m_editor, &ServiceEditor::valuesEdited, this, [this] {
        if (m_editor->hasEntry())
            m_edits.insert(editKey(m_editor->entry().ref()), m_editor->values());
    });
    connect(m_services, &ServiceOperations::saveStarted, m_editor, &ServiceEditor::clearResult);
    connect(m_drafts, &ServiceDraftActions::saveStarted, m_editor, &ServiceEditor::clearResult);
    connect(m_services, &ServiceOperations::result, this, &ThirdPartyPage::reportResult);
    connect(m_drafts, &ServiceDraftActions::result, this, &ThirdPartyPage::reportResult);
    connect(m_services, &ServiceOperations::notice, notice(), &VerdictBanner::showVerdict);
    connect(m_drafts, &ServiceDraftActions::notice, notice(), &VerdictBanner::showVerdict);
    connect(m_bundles, &BundleActions::notice, notice(), &VerdictBanner::showVerdict);
    // The cards take the portal's word; the editor keeps what was typed (m_edits holds it).
    connect(m_services, &ServiceOperations::relisted, this, [this](const QList<ServiceEntry> &entries) {
        m_model.setEntries(entries);
        m_listPanel->applyFilter();
    });
    connect(operation(), &PortalOperation::cancelled, this, [this] {
        if (m_model.rowCount() == 0)
            m_listPanel->showReadFailed(true);
    });
}

ServiceList *ThirdPartyPage::list() const
{
    return m_listPanel->list();
}

void ThirdPartyPage::setFileChooser(FileChooser chooser)
{
    m_bundles->setFileChooser(std::move(chooser));
}

// --- sources -------------------------------------------------------------------------------------------

void ThirdPartyPage::showListProblem(const QString &error)
{
    if (!error.isEmpty())
        showNotice(VerdictBanner::State::Invalid, error);
}

const QList<PortalProfile> &ThirdPartyPage::profiles() const
{
    return m_sourceBar->profiles();
}

Product ThirdPartyPage::offlineProduct() const
{
    return m_sourceBar->offlineProduct();
}

void ThirdPartyPage::takeUpOutsideChanges()
{
    showListProblem(m_sourceBar->reload());
    // The drafts were shown only for want of a portal: the first one listed opens, unless something is typed.
    const bool portalArrived = isOffline() && !m_draftsChosen && !m_sourceBar->profiles().isEmpty();
    if (m_sourceBar->portalGone() || (portalArrived && !m_editor->isEdited()))
        activateSource(m_sourceBar->startSource());
    else if (isOffline())
        loadOffline(list()->currentRef()); // the command line may have added drafts meanwhile
}

void ThirdPartyPage::showOffline(Product product)
{
    m_updates->markStarted();
    m_draftsChosen = true;
    activateSource(Source::offline(product));
}

void ThirdPartyPage::showPortal(const QString &profileId)
{
    m_updates->markStarted();
    m_draftsChosen = false;
    showListProblem(m_sourceBar->reload());
    activateSource(Source::portal(profileId));
}

void ThirdPartyPage::activateSource(const Source &source)
{
    cancelOperation();
    const PortalProfile *portal = m_sourceBar->profile(m_sourceBar->choose(source).profileId);
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
    if (const PortalProfile *portal = m_sourceBar->currentPortal())
        loadPortal(*portal);
    else
        loadOffline(list()->currentRef());
}

void ThirdPartyPage::loadPortal(const PortalProfile &portal)
{
    const Ref keep = list()->currentRef();
    const QString reading = tr("Reading the services of %1…").arg(portal.name);
    showNotice(VerdictBanner::State::Neutral, QString());
    m_editor->clearEntry(reading);
    m_listPanel->showReading(reading);
    m_services->load(
        portal,
        [this, keep](const QList<ServiceEntry> &entries) {
            if (!m_listPanel->showRead(entries, keep))
                m_editor->clearEntry();
        },
        [this](bool cancelled) {
            m_listPanel->showReadFailed(cancelled);
            if (!cancelled)
                m_editor->clearEntry(tr("Choose another source, or try again once the portal answers."));
        });
}

void ThirdPartyPage::loadOffline(const Ref &select)
{
    const Drafts::DraftStore::LoadResult loaded = m_draftStore.load();
    if (!loaded.ok())
        showNotice(VerdictBanner::State::Invalid, loaded.error);
    if (!m_listPanel->showOffline(loaded.drafts, offlineProduct(), select))
        m_editor->clearEntry();
}

// --- the editor ----------------------------------------------------------------------------------------

QString ThirdPartyPage::editKey(const Ref &ref) const
{
    return m_sourceBar->current().settingValue() + QLatin1Char('|') + ServiceEntry::idOf(ref);
}

QMap<QString, QString> ThirdPartyPage::storedValues(const ServiceEntry &entry) const
{
    if (!entry.isDraft())
        return entry.view.values;
    const QMap<QString, QString> *values = m_drafts->values(entry.draft->id);
    return values ? *values : QMap<QString, QString>();
}

QString ThirdPartyPage::currentDraftId() const
{
    const ServiceEntry *current = list()->currentEntry();
    return current && current->isDraft() ? current->draft->id : QString();
}

void ThirdPartyPage::showCurrentEntry()
{
    const ServiceEntry *entry = list()->currentEntry();
    if (!entry) {
        m_editor->clearEntry();
        return;
    }
    if (entry->isDraft() && !m_drafts->values(entry->draft->id)) {
        m_editor->clearEntry(tr("Reading the draft's values from the keychain…"));
        const Ref ref = entry->ref();
        m_drafts->readValues(*entry->draft, [this, ref](const QString &error) {
            if (list()->currentRef() != ref)
                return;
            if (!error.isEmpty())
                return m_editor->clearEntry(
                    tr("The draft's values could not be read from the keychain. %1").arg(error));
            showCurrentEntry();
        });
        return;
    }
    const QMap<QString, QString> stored = storedValues(*entry);
    m_editor->setEntry(*entry, m_edits.value(editKey(entry->ref()), stored), stored);
    if (entry->isDraft())
        m_editor->showMissingValues(m_drafts->missingValues(entry->draft->id));
    m_editor->setBusy(isBusy());
}

void ThirdPartyPage::save()
{
    if (isBusy() || !m_editor->hasEntry() || !m_editor->canSave())
        return;
    const ServiceEntry entry = m_editor->entry();
    const QMap<QString, QString> values = m_editor->values();
    if (isOffline()) {
        m_drafts->save(entry, values, [this, entry](const QString &draftId) {
            const Ref draft = Ref::draft(draftId);
            m_edits.remove(editKey(entry.ref()));
            m_edits.remove(editKey(draft));
            loadOffline(draft);
        });
        return;
    }
    saveOnPortal(entry, values);
}

void ThirdPartyPage::saveOnPortal(const ServiceEntry &entry, const QMap<QString, QString> &values)
{
    if (const PortalProfile *portal = m_sourceBar->currentPortal())
        m_services->previewAndSave(*portal, entry, values,
                                   [this](const ServiceEntry &updated) { takeSaved(updated); });
}

void ThirdPartyPage::takeSaved(const ServiceEntry &updated)
{
    m_edits.remove(editKey(updated.ref()));
    m_model.updateEntry(updated);
    if (list()->currentRef() == updated.ref())
        m_editor->setEntry(updated, updated.view.values, updated.view.values);
}

void ThirdPartyPage::toggleService()
{
    if (isBusy() || !m_editor->hasEntry() || isOffline())
        return;
    const ServiceEntry entry = m_editor->entry();
    if (entry.view.state() != ServiceView::State::On)
        return save();
    QMap<QString, QString> cleared;
    for (const Catalog::KeyDefinition &key : entry.view.definition.keys)
        cleared.insert(key.name, QString());
    saveOnPortal(entry, cleared);
}

void ThirdPartyPage::deleteDraft()
{
    if (isBusy() || !m_editor->hasEntry() || !m_editor->entry().isDraft())
        return;
    const Drafts::Draft draft = *m_editor->entry().draft;
    m_drafts->confirmRemove(draft, m_editor->entry().title(), [this, draft] {
        m_edits.remove(editKey(Ref::draft(draft.id)));
        loadOffline();
    });
}

// --- bundles and applying --------------------------------------------------------------------------------

void ThirdPartyPage::exportBundle()
{
    if (!isBusy())
        m_bundles->exportBundle(currentDraftId());
}

void ThirdPartyPage::importBundle()
{
    if (isBusy())
        return;
    m_bundles->importBundle([this](const QList<Drafts::Draft> &imported) {
        if (!isOffline())
            return false;
        Ref select = list()->currentRef();
        for (const Drafts::Draft &draft : imported) {
            if (draft.product == offlineProduct()) {
                select = Ref::draft(draft.id);
                break;
            }
        }
        loadOffline(select);
        return true;
    });
}

void ThirdPartyPage::applyToPortals()
{
    if (isBusy())
        return;
    m_bundles->applyToPortals(m_portals->profiles(), currentDraftId(), currentProfileId(), [this] {
        if (!isOffline())
            reload();
    });
}

void ThirdPartyPage::compareKeys()
{
    if (isBusy())
        return;
    m_bundles->compare(m_portals->profiles(), currentProfileId(), [this] {
        if (!isOffline())
            reload();
    });
}

// --- operations ----------------------------------------------------------------------------------------

void ThirdPartyPage::updateActions()
{
    const bool busy = isBusy();
    m_editor->setBusy(busy);
    m_sourceBar->setBusy(busy);
    m_bundleButtons->setBusy(busy);
    m_reloadAction->setEnabled(!busy);
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
    notice()->showVerdict(state, text);
}

} // namespace PortalKeys::Ui
