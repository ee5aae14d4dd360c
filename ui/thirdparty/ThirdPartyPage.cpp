#include "thirdparty/ThirdPartyPage.h"

#include "shell/Resources.h"
#include "thirdparty/KeyField.h"
#include "thirdparty/ServiceDraftActions.h"
#include "thirdparty/ServiceEditor.h"
#include "thirdparty/ServiceListPanel.h"
#include "thirdparty/ServiceOperations.h"
#include "widgets/BusyBar.h"
#include "widgets/PageControls.h"
#include "widgets/PageHeader.h"
#include "widgets/PortalOperation.h"

#include "authservice/ServiceView.h"
#include "common/ListFileWatcher.h"

#include <QAction>
#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShowEvent>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

using AuthService::ServiceView;
using Catalog::Product;
using Portal::PortalProfile;
using Ref = ServiceEntry::Ref;

ThirdPartyPage::ThirdPartyPage(SecretStore *secrets, const QString &profilesPath, const QString &draftsPath,
                               QWidget *parent)
    : QWidget(parent)
    , m_secrets(secrets)
    , m_draftStore(draftsPath)
{
    ensureResourcesLoaded();
    m_sourceBar = new SourceBar(profilesPath);
    createWidgets();
    connectParts();
    loadProfiles();
    for (const QString &path : {m_sourceBar->profilesPath(), m_draftStore.path()})
        connect(new ListFileWatcher(path, this), &ListFileWatcher::changed, this, [this] {
            if (isVisible()) // a hidden page reads the lists again when it is shown
                takeUpOutsideChanges();
        });
}

ThirdPartyPage::~ThirdPartyPage()
{
    // Stop a running step now: its answers must not arrive while the page's members are being destroyed.
    m_operation->abort();
}

void ThirdPartyPage::createWidgets()
{
    auto *header = new PageHeader(tr("Third-party authorization"),
                                  tr("The keys a portal uses to work with Google, Box, Dropbox, Twilio, S3 "
                                     "and other services. Choose a portal to change its keys there, or "
                                     "prepare drafts offline and apply them to portals later."));
    createShortcuts();
    m_exportButton = PageControls::button(tr("E&xport bundle…"), QStringLiteral("exportBundle"));
    m_exportButton->setToolTip(tr("Write drafts and their values to a file encrypted with a passphrase"));
    m_importButton = PageControls::button(tr("&Import bundle…"), QStringLiteral("importBundle"));
    m_importButton->setToolTip(tr("Add the drafts of a bundle file to your drafts"));
    m_applyButton = PageControls::button(tr("&Apply to portals…"), QStringLiteral("applyToPortals"));
    m_applyButton->setToolTip(tr("Check, then save drafts or a bundle on several portals at once"));
    m_compareButton = PageControls::button(tr("Co&mpare…"), QStringLiteral("compareKeys"));
    m_compareButton->setToolTip(tr("Compare a portal's keys with your drafts, a bundle or another portal"));
    for (QPushButton *button : {m_exportButton, m_importButton, m_applyButton, m_compareButton})
        header->addTrailingWidget(button);

    m_notice = new VerdictBanner;
    m_notice->setObjectName(QStringLiteral("pageNotice"));
    m_busy = new BusyBar;
    m_busy->setObjectName(QStringLiteral("busyBar"));
    m_operation = new PortalOperation(m_busy, this);
    m_services = new ServiceOperations(m_operation, m_secrets, this);
    m_drafts = new ServiceDraftActions(m_operation, &m_draftStore, m_secrets, this);
    m_bundles = new BundleActions(m_operation, &m_draftStore, m_secrets, this);

    m_listPanel = new ServiceListPanel(&m_model);
    m_editor = new ServiceEditor;
    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("splitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_listPanel);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({330, 600});
    splitter->setHandleWidth(12);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(header);
    layout->addSpacing(2);
    layout->addWidget(m_sourceBar);
    layout->addWidget(m_notice);
    layout->addWidget(m_busy);
    layout->addWidget(splitter, 1);

    PageControls::chainTabOrder(
        QList<QWidget *>{m_exportButton, m_importButton, m_applyButton, m_compareButton} +
        m_sourceBar->focusOrder() + m_listPanel->focusOrder());
}

void ThirdPartyPage::createShortcuts()
{
    // Window shortcuts of the page: they work wherever the focus is in the window while this page is shown,
    // and not at all while another page is (actions of hidden widgets do not fire).
    const auto action = [this](const QString &text, const QKeySequence &shortcut, auto slot) {
        auto *created = new QAction(text, this);
        created->setShortcut(shortcut);
        created->setShortcutContext(Qt::WindowShortcut);
        connect(created, &QAction::triggered, this, slot);
        addAction(created);
        return created;
    };
    action(tr("Search services"), QKeySequence::Find, [this] { m_listPanel->focusSearch(); });
    action(tr("Save"), QKeySequence::Save, &ThirdPartyPage::save);
    m_reloadAction = action(tr("Reload"), QKeySequence::Refresh, &ThirdPartyPage::reload);
    m_cancelAction = action(tr("Cancel"), QKeySequence::Cancel, &ThirdPartyPage::cancelOperation);
}

void ThirdPartyPage::connectParts()
{
    connect(m_sourceBar, &SourceBar::sourceChosen, this, &ThirdPartyPage::activateSource);
    connect(m_sourceBar, &SourceBar::reloadRequested, this, &ThirdPartyPage::reload);
    connect(m_exportButton, &QPushButton::clicked, this, &ThirdPartyPage::exportBundle);
    connect(m_importButton, &QPushButton::clicked, this, &ThirdPartyPage::importBundle);
    connect(m_applyButton, &QPushButton::clicked, this, &ThirdPartyPage::applyToPortals);
    connect(m_compareButton, &QPushButton::clicked, this, &ThirdPartyPage::compareKeys);
    connect(m_listPanel, &ServiceListPanel::retryRequested, this, &ThirdPartyPage::reload);
    connect(m_listPanel->list(), &ServiceList::currentRefChanged, this, &ThirdPartyPage::showCurrentEntry);
    // Enter on a card goes to its first key, as a form would.
    connect(m_listPanel->list(), &QAbstractItemView::activated, this, &ThirdPartyPage::focusFirstKey);
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
    connect(m_services, &ServiceOperations::notice, this, &ThirdPartyPage::showNotice);
    connect(m_drafts, &ServiceDraftActions::notice, this, &ThirdPartyPage::showNotice);
    connect(m_bundles, &BundleActions::notice, this, &ThirdPartyPage::showNotice);
    // The cards take the portal's word; the editor keeps what was typed (m_edits holds it).
    connect(m_services, &ServiceOperations::relisted, this, [this](const QList<ServiceEntry> &entries) {
        m_model.setEntries(entries);
        m_listPanel->applyFilter();
    });
    connect(m_operation, &PortalOperation::busyChanged, this, [this](bool busy) {
        m_editor->setBusy(busy);
        updateActions();
        if (!busy)
            emit operationFinished();
    });
    connect(m_operation, &PortalOperation::cancelled, this, [this] {
        if (m_model.rowCount() == 0)
            m_listPanel->showMessage(tr("Cancelled."), true);
    });
}

void ThirdPartyPage::setFileChooser(FileChooser chooser)
{
    m_bundles->setFileChooser(std::move(chooser));
}

bool ThirdPartyPage::isBusy() const
{
    return m_operation->isBusy();
}

// --- sources -------------------------------------------------------------------------------------------

void ThirdPartyPage::loadProfiles()
{
    const QString error = m_sourceBar->reloadProfiles();
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

void ThirdPartyPage::showEvent(QShowEvent *event)
{
    if (!event->spontaneous()) {
        if (!m_started) {
            // The first look loads; a page never shown never connects anywhere.
            m_started = true;
            activateSource(m_sourceBar->startSource());
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
    if (!isOffline() && m_sourceBar->validSource(m_source).isOffline())
        activateSource(m_sourceBar->validSource(m_source));
    else if (isOffline())
        loadOffline(m_listPanel->list()->currentRef()); // the command line may have added drafts meanwhile
}

void ThirdPartyPage::showOffline(Product product)
{
    m_started = true;
    activateSource(Source::offline(product));
}

void ThirdPartyPage::showPortal(const QString &profileId)
{
    m_started = true;
    loadProfiles();
    activateSource(Source::portal(profileId));
}

void ThirdPartyPage::activateSource(const Source &source)
{
    if (isBusy())
        cancelOperation();
    m_source = m_sourceBar->validSource(source);
    const PortalProfile *portal = m_sourceBar->profile(m_source.profileId);
    m_sourceBar->show(m_source);
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
    if (const PortalProfile *portal = m_sourceBar->profile(currentProfileId()))
        loadPortal(*portal);
    else
        loadOffline(m_listPanel->list()->currentRef());
}

void ThirdPartyPage::loadPortal(const PortalProfile &portal)
{
    const Ref keep = m_listPanel->list()->currentRef();
    const QString reading = tr("Reading the services of %1…").arg(portal.name);
    showNotice(VerdictBanner::State::Neutral, QString());
    m_model.setEntries({});
    m_editor->clearEntry(reading);
    m_listPanel->showMessage(reading, false);
    m_services->load(
        portal,
        [this, keep](const QList<ServiceEntry> &entries) {
            setEntries(entries);
            m_listPanel->list()->select(keep);
            if (entries.isEmpty())
                m_listPanel->showMessage(tr("The portal lists no third-party services."), true);
        },
        [this](bool cancelled) {
            if (cancelled)
                return m_listPanel->showMessage(tr("Cancelled."), true);
            m_listPanel->showMessage(tr("No services to show."), true);
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

void ThirdPartyPage::setEntries(const QList<ServiceEntry> &entries)
{
    if (!m_listPanel->setEntries(entries))
        m_editor->clearEntry();
}

bool ThirdPartyPage::selectService(const QString &name)
{
    const ServiceEntry *entry = m_model.service(name);
    return entry && m_listPanel->list()->select(entry->ref());
}

bool ThirdPartyPage::selectEntry(const QString &entryId)
{
    const ServiceEntry *entry = m_model.entryWithId(entryId);
    return entry && m_listPanel->list()->select(entry->ref());
}

QString ThirdPartyPage::currentEntryId() const
{
    return ServiceEntry::idOf(m_listPanel->list()->currentRef());
}

QStringList ThirdPartyPage::visibleEntryIds() const
{
    QStringList ids;
    for (const Ref &ref : m_model.shownRefs())
        ids.append(ServiceEntry::idOf(ref));
    return ids;
}

// --- the editor ----------------------------------------------------------------------------------------

QString ThirdPartyPage::editKey(const Ref &ref) const
{
    return m_source.settingValue() + QLatin1Char('|') + ServiceEntry::idOf(ref);
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
    const ServiceEntry *current = m_listPanel->list()->currentEntry();
    return current && current->isDraft() ? current->draft->id : QString();
}

void ThirdPartyPage::showCurrentEntry()
{
    const ServiceEntry *entry = m_listPanel->list()->currentEntry();
    if (!entry) {
        m_editor->clearEntry();
        return;
    }
    if (entry->isDraft() && !m_drafts->values(entry->draft->id)) {
        m_editor->clearEntry(tr("Reading the draft's values from the keychain…"));
        const Ref ref = entry->ref();
        m_drafts->readValues(*entry->draft, [this, ref](const QString &error) {
            if (m_listPanel->list()->currentRef() != ref)
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

void ThirdPartyPage::focusFirstKey()
{
    for (const Catalog::KeyDefinition &key : m_editor->entry().view.definition.keys) {
        KeyField *field = m_editor->field(key.name);
        if (field && field->isVisibleTo(m_editor) && field->editor()->isEnabled()) {
            field->editor()->setFocus(Qt::TabFocusReason);
            return;
        }
    }
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
    if (const PortalProfile *portal = m_sourceBar->profile(currentProfileId()))
        m_services->previewAndSave(*portal, entry, values,
                                   [this](const ServiceEntry &updated) { takeSaved(updated); });
}

void ThirdPartyPage::takeSaved(const ServiceEntry &updated)
{
    m_edits.remove(editKey(updated.ref()));
    m_model.updateEntry(updated);
    if (m_listPanel->list()->currentRef() == updated.ref())
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
    if (const PortalProfile *portal = m_sourceBar->profile(currentProfileId()))
        m_services->previewAndSave(*portal, entry, cleared,
                                   [this](const ServiceEntry &updated) { takeSaved(updated); });
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
        Ref select = m_listPanel->list()->currentRef();
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
    loadProfiles();
    m_bundles->applyToPortals(profiles(), currentDraftId(), currentProfileId(), [this] {
        if (!isOffline())
            reload();
    });
}

void ThirdPartyPage::compareKeys()
{
    if (isBusy())
        return;
    loadProfiles();
    m_bundles->compare(profiles(), currentProfileId(), [this] {
        if (!isOffline())
            reload();
    });
}

// --- operations ----------------------------------------------------------------------------------------

void ThirdPartyPage::cancelOperation()
{
    m_operation->cancel();
}

void ThirdPartyPage::updateActions()
{
    const bool busy = isBusy();
    m_sourceBar->setBusy(busy);
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_exportButton, m_importButton, m_applyButton, m_compareButton})
        widget->setEnabled(!busy);
    m_reloadAction->setEnabled(!busy);
    m_cancelAction->setEnabled(m_operation->isCancellable());
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
