#include "apikeys/ApiKeysPage.h"

#include "apikeys/ApiKeyCreatedDialog.h"
#include "apikeys/ApiKeyDialog.h"
#include "apikeys/ApiKeyRowDelegate.h"
#include "widgets/BusyBar.h"
#include "widgets/PageControls.h"
#include "widgets/PageHeader.h"
#include "widgets/PortalOperation.h"
#include "widgets/PortalPicker.h"
#include "widgets/SecureClipboard.h"

#include "apikeys/ApiKeyPermissions.h"
#include "apikeys/ApiKeysApi.h"
#include "portal/PortalClient.h"
#include "portal/PortalError.h"
#include "portal/PortalListModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

using ApiKeys::ApiKey;
using ApiKeys::ApiKeysApi;
using ApiKeys::ApiKeyTableModel;
using PageControls::withShortcut;
using Portal::PortalError;

ApiKeysPage::ApiKeysPage(SecretStore *secrets, const QString &profilesPath, QWidget *parent)
    : ApiKeysPage(secrets, new Portal::PortalListModel(profilesPath), parent)
{
    m_portals->setParent(this);
}

ApiKeysPage::ApiKeysPage(SecretStore *secrets, Portal::PortalListModel *portals, QWidget *parent)
    : OperationPage(tr("API keys"),
                    tr("The API keys of a portal (Developer Tools → API keys): scripts and integrations sign "
                       "in with them. A portal admin sees every key, other users their own. A new key is "
                       "shown once, when it is made."),
                    parent)
    , m_secrets(secrets)
    , m_portals(portals)
    , m_offered(ApiKeys::ApiKeyPermissions::builtIn())
{
    m_clipboard = new SecureClipboard(this);
    m_picker = new PortalPicker(QStringLiteral("apiKeys/portal"), m_portals, QStringLiteral("reloadKeys"),
                                tr("Load the portal's API keys again"));
    createWidgets();
    operation()->reportIn(notice());
    connect(m_picker, &PortalPicker::portalChosen, this, &ApiKeysPage::onPortalChosen);
    connect(m_picker, &PortalPicker::reloadRequested, this, &ApiKeysPage::reload);
    connect(m_picker, &PortalPicker::reloaded, this, [this](const QString &error) {
        if (!error.isEmpty())
            showNotice(VerdictBanner::State::Invalid, error);
    });
    // Portals added or removed elsewhere (the command line, the Portals page) show once the page is idle.
    m_picker->follow(
        this, [this] { return isBusy(); }, [this] { return m_loaded; });
    m_picker->reload();
    updateActions();
}

ApiKeysPage::~ApiKeysPage()
{
    // Stop a running call now: its answer must not arrive while the page's members are being destroyed.
    operation()->abort();
}

void ApiKeysPage::createWidgets()
{
    header()->followClipboard(m_clipboard);
    using PageControls::windowShortcut;
    m_createAction = windowShortcut(this, tr("Create"), QKeySequence::New, [this] { createKey(); });
    m_reloadAction = windowShortcut(this, tr("Reload"), QKeySequence::Refresh, [this] { reload(); });

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("apiKeyTable"));
    m_table->setModel(&m_model);
    m_table->setItemDelegate(new ApiKeyRowDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Every column as wide as its contents, so that all eight fit; the last takes what is left.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("API keys"));
    connect(m_table, &QTableView::doubleClicked, this, &ApiKeysPage::editKey);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ApiKeysPage::updateActions);
    m_deleteAction = new QAction(tr("Delete"), m_table);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &ApiKeysPage::deleteKey);
    m_table->addAction(m_deleteAction);
    m_empty = PageControls::note(QString(), QStringLiteral("emptyNote"));
    m_empty->setAlignment(Qt::AlignCenter);

    QVBoxLayout *layout = pageLayout();
    layout->addWidget(m_picker);
    layout->addWidget(busyBar());
    layout->addWidget(notice());
    layout->addWidget(createToolbar());
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    PageControls::chainTabOrder(
        {m_picker, m_picker->reloadButton(), m_create, m_edit, m_toggle, m_delete, m_table});
}

QWidget *ApiKeysPage::createToolbar()
{
    m_create = PageControls::button(tr("&Create…"), QStringLiteral("createKey"));
    m_create->setToolTip(withShortcut(tr("Make a new API key on this portal"), m_createAction->shortcut()));
    connect(m_create, &QPushButton::clicked, this, &ApiKeysPage::createKey);
    m_edit = PageControls::button(tr("&Edit…"), QStringLiteral("editKey"));
    connect(m_edit, &QPushButton::clicked, this, &ApiKeysPage::editKey);
    m_toggle = PageControls::button(tr("Switch &off"), QStringLiteral("toggleKey"));
    connect(m_toggle, &QPushButton::clicked, this, &ApiKeysPage::toggleKey);
    m_delete = PageControls::button(tr("&Delete…"), QStringLiteral("deleteKey"));
    m_delete->setToolTip(withShortcut(tr("Delete the key on the portal"), m_deleteAction->shortcut()));
    connect(m_delete, &QPushButton::clicked, this, &ApiKeysPage::deleteKey);
    m_legend = new QLabel;
    m_legend->setObjectName(QStringLiteral("expiryLegend"));
    m_legend->setTextFormat(Qt::PlainText);
    // Two lines beside the buttons rather than a wider window on a small screen.
    m_legend->setWordWrap(true);
    m_legend->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *bar = new QWidget;
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_create);
    layout->addWidget(m_edit);
    layout->addWidget(m_toggle);
    layout->addWidget(m_delete);
    layout->addStretch();
    layout->addWidget(m_legend);
    return bar;
}

void ApiKeysPage::onPortalChosen()
{
    cancelOperation();
    m_model.setKeys({});
    m_loaded = false;
    m_offered = ApiKeys::ApiKeyPermissions::builtIn();
    showNotice(VerdictBanner::State::Neutral, QString());
    updateActions();
    if (isVisible() && m_picker->current())
        reload();
}

bool ApiKeysPage::selectKey(const QString &id)
{
    const int row = m_model.rowOf(id);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

const ApiKey *ApiKeysPage::selectedKey() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model.keyAt(rows.first().row());
}

void ApiKeysPage::updateActions()
{
    const bool busy = isBusy();
    const bool portal = m_picker->current() != nullptr;
    const ApiKey *key = selectedKey();
    const bool expired = key && key->isExpired(m_model.now());
    m_picker->setBusy(busy);
    m_reloadAction->setEnabled(portal && !busy);
    m_create->setEnabled(portal && !busy);
    m_createAction->setEnabled(portal && !busy);
    // The portal changes no expired key (it answers false): only deleting it is left.
    m_edit->setEnabled(key && !busy && !expired);
    m_toggle->setEnabled(key && !busy && !expired);
    m_delete->setEnabled(key && !busy);
    m_deleteAction->setEnabled(key && !busy);
    const QString expiredTip = tr("The portal changes no expired key: delete it and make a new one.");
    m_edit->setToolTip(expired ? expiredTip : tr("Rename the key or change its permissions"));
    const bool off = key && !key->isActive;
    m_toggle->setText(off ? tr("Switch &on") : tr("Switch &off"));
    m_toggle->setToolTip(
        expired ? expiredTip
        : off   ? tr("Let the portal accept the key again")
                : tr("The portal refuses the key until it is switched on; nothing else changes"));
    updateLegend();
}

void ApiKeysPage::updateLegend()
{
    QStringList parts;
    if (const int soon = m_model.expiringCount())
        parts << tr("%n key(s) expire within %1 days", nullptr, soon).arg(m_model.warningDays());
    if (const int expired = m_model.expiredCount())
        parts << tr("%n key(s) have expired", nullptr, expired);
    m_legend->setText(parts.isEmpty() ? QString() : QStringLiteral("⚠ ") + parts.join(QStringLiteral("; ")));
    m_legend->setToolTip(tr("Highlighted rows expire within %1 days; expired rows are in italics.")
                             .arg(m_model.warningDays()));
    const Portal::PortalProfile *portal = m_picker->current();
    QString empty;
    if (!portal)
        empty = tr("Add a portal on the Portals page to see its API keys.");
    else if (m_loaded && m_model.rowCount() == 0)
        empty = tr("%1 has no API keys you can see. Create… makes one.").arg(portal->name);
    else if (!m_loaded && !isBusy())
        empty = tr("Not loaded yet: Reload asks %1.").arg(portal->name);
    m_empty->setText(empty);
    m_empty->setVisible(!empty.isEmpty());
}

void ApiKeysPage::showNotice(VerdictBanner::State state, const QString &text)
{
    notice()->showVerdict(state, text);
}

// --- calls ---

void ApiKeysPage::begin(const QString &text, bool cancellable,
                        std::function<void(QObject *token, Portal::PortalClient *client)> ready)
{
    const Portal::PortalProfile *portal = m_picker->current();
    if (!portal || isBusy())
        return;
    showNotice(VerdictBanner::State::Neutral, QString());
    QObject *token = operation()->begin(text, cancellable);
    operation()->open(token, *portal, m_secrets,
                      [token, ready](Portal::PortalClient *client) { ready(token, client); });
}

void ApiKeysPage::reload()
{
    const QString selected = selectedKey() ? selectedKey()->id : QString();
    begin(tr("Loading the API keys of %1…").arg(m_picker->currentName()), true,
          [this, selected](QObject *token, Portal::PortalClient *client) {
              ApiKeysApi::permissions(client, [this, token, client, selected](const PortalError &error,
                                                                              const QStringList &names) {
                  if (!operation()->isCurrent(token))
                      return;
                  // The list of names is a help, not a must: without it DocSpace 3.7's names are offered.
                  m_offered = error.isError() ? ApiKeys::ApiKeyPermissions::builtIn() : names;
                  refreshKeys(token, client, selected, QString());
              });
          });
}

void ApiKeysPage::refreshKeys(QObject *token, Portal::PortalClient *client, const QString &selectId,
                              const QString &done)
{
    ApiKeysApi::list(
        client, [this, token, selectId, done](const PortalError &error, const QList<ApiKey> &keys) {
            if (!operation()->isCurrent(token))
                return;
            if (error.isError()) {
                updateLegend();
                return operation()->fail(error, done.isEmpty() ? tr("The keys were not loaded.")
                                                               : done + QLatin1Char(' ') +
                                                                     tr("Loading the keys again failed:"));
            }
            m_model.setKeys(keys);
            m_loaded = true;
            if (!selectId.isEmpty())
                selectKey(selectId);
            operation()->end();
            if (!done.isEmpty())
                showNotice(VerdictBanner::State::Valid, done);
        });
}

void ApiKeysPage::createKey()
{
    const Portal::PortalProfile *portal = m_picker->current();
    if (!portal || isBusy())
        return;
    auto *dialog = new ApiKeyDialog(portal->name, m_offered, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ApiKeys::NewApiKey key = dialog->newKey();
        // Not cancellable: a key made while its answer is dropped could never be shown.
        begin(tr("Creating the API key “%1” on %2…").arg(key.name, m_picker->currentName()), false,
              [this, key](QObject *token, Portal::PortalClient *client) {
                  ApiKeysApi::create(
                      client, key,
                      [this, token](const PortalError &error, const ApiKey &made, const QByteArray &secret) {
                          if (!operation()->isCurrent(token))
                              return;
                          if (error.isError())
                              return operation()->fail(error, tr("The key was not created."));
                          operation()->end();
                          created(made, secret);
                      });
              });
    });
    dialog->open();
}

void ApiKeysPage::created(const ApiKey &key, const QByteArray &secret)
{
    m_model.upsert(key);
    m_table->resizeColumnsToContents(); // a longer name than any before
    selectKey(key.id);
    showNotice(VerdictBanner::State::Valid, tr("Created the API key “%1”.").arg(key.name));
    const Portal::PortalProfile *portal = m_picker->current();
    if (!portal)
        return;
    auto *dialog =
        new ApiKeyCreatedDialog(key, secret, *portal, m_secrets, m_clipboard, m_picker->profilesPath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ApiKeyCreatedDialog::portalAdded, this, [this](const QString &profileId) {
        // The dialog wrote the list itself; the new portal is listed; the chosen one stays.
        m_portals->reload();
        m_picker->reload();
        emit portalAdded(profileId);
    });
    dialog->open();
}

void ApiKeysPage::editKey()
{
    const ApiKey *key = selectedKey();
    if (!key || isBusy() || key->isExpired(m_model.now()))
        return;
    auto *dialog = new ApiKeyDialog(*key, m_offered, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const ApiKey original = *key;
    connect(dialog, &QDialog::accepted, this, [this, dialog, original] {
        const ApiKeys::ApiKeyChange change = dialog->change();
        sendChange(original, change, tr("Saving the API key “%1”…").arg(original.name),
                   tr("Saved the API key “%1”.").arg(change.name.value_or(original.name)));
    });
    dialog->open();
}

void ApiKeysPage::toggleKey()
{
    const ApiKey *key = selectedKey();
    if (!key || isBusy() || key->isExpired(m_model.now()))
        return;
    ApiKeys::ApiKeyChange change;
    change.isActive = !key->isActive;
    if (key->isActive)
        sendChange(*key, change, tr("Switching “%1” off…").arg(key->name),
                   tr("Switched “%1” off: the portal refuses it until it is switched on.").arg(key->name));
    else
        sendChange(*key, change, tr("Switching “%1” on…").arg(key->name),
                   tr("Switched “%1” on.").arg(key->name));
}

void ApiKeysPage::sendChange(const ApiKey &key, const ApiKeys::ApiKeyChange &change, const QString &busyText,
                             const QString &doneText)
{
    if (change.isEmpty())
        return;
    begin(busyText, true, [this, key, change, doneText](QObject *token, Portal::PortalClient *client) {
        ApiKeysApi::update(client, key.id, key.name, change,
                           [this, token, client, key, doneText](const PortalError &error) {
                               if (!operation()->isCurrent(token))
                                   return;
                               if (error.isError())
                                   return operation()->fail(error);
                               refreshKeys(token, client, key.id, doneText);
                           });
    });
}

void ApiKeysPage::deleteKey()
{
    const ApiKey *key = selectedKey();
    if (!key || isBusy())
        return;
    const ApiKey doomed = *key;
    PageControls::confirm(
        this, QStringLiteral("deleteKeyConfirmation"), tr("Delete the API key"),
        tr("Delete the API key “%1” (%2)?").arg(doomed.name, doomed.maskedKey()),
        tr("Whatever signs in with it stops working, and it cannot be brought back. To stop it for a while, "
           "switch it off instead."),
        tr("&Delete"), [this, doomed] {
            begin(tr("Deleting the API key “%1”…").arg(doomed.name), true,
                  [this, doomed](QObject *token, Portal::PortalClient *client) {
                      ApiKeysApi::remove(client, doomed.id, doomed.name,
                                         [this, token, client, doomed](const PortalError &error) {
                                             if (!operation()->isCurrent(token))
                                                 return;
                                             if (error.isError())
                                                 return operation()->fail(error);
                                             refreshKeys(token, client, QString(),
                                                         tr("Deleted the API key “%1”.").arg(doomed.name));
                                         });
                  });
        });
}

} // namespace PortalKeys::Ui
