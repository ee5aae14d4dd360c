#include "thirdparty/ApplyDialog.h"

#include "portals/PortalCalls.h"
#include "thirdparty/BundleWorker.h"
#include "thirdparty/PassphraseDialog.h"
#include "widgets/BusyBar.h"
#include "widgets/VerdictBanner.h"

#include "portal/PortalSession.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace PortalKeys::Ui {

using AuthService::KeyApplier;
using AuthService::PreparedKeys;
using Portal::PortalError;
using Portal::PortalProfile;

namespace {

QColor outcomeColour(KeyApplier::Outcome outcome)
{
    // Readable on light and dark palettes; the words carry the meaning.
    switch (outcome) {
    case KeyApplier::Outcome::Applied:
        return QColor(0x1e, 0x8e, 0x3e);
    case KeyApplier::Outcome::WouldApply:
        return QColor(0x1a, 0x5f, 0xc8);
    case KeyApplier::Outcome::Unchanged:
        return QColor();
    case KeyApplier::Outcome::Refused:
        return QColor(0xd9, 0x30, 0x25);
    }
    return QColor();
}

QListWidget *checkList(const QString &objectName, const QString &accessibleName)
{
    auto *list = new QListWidget;
    list->setObjectName(objectName);
    list->setAccessibleName(accessibleName);
    list->setAlternatingRowColors(true);
    return list;
}

} // namespace

ApplyDialog::ApplyDialog(SecretStore *secrets, const QString &draftsPath,
                         const QList<PortalProfile> &profiles, BundleChooser chooseBundle, QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_draftStore(draftsPath)
    , m_profiles(profiles)
    , m_chooseBundle(std::move(chooseBundle))
{
    setObjectName(QStringLiteral("applyDialog"));
    setWindowTitle(tr("Apply to portals"));
    createWidgets();
    const Drafts::DraftStore::LoadResult loaded = m_draftStore.load();
    for (const Drafts::Draft &draft : loaded.drafts)
        m_sources.append({draft, std::nullopt});
    if (!loaded.ok())
        m_summary->showVerdict(VerdictBanner::State::Invalid, loaded.error);
    fillSources();
    for (const PortalProfile &profile : std::as_const(m_profiles)) {
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(profile.name, profile.baseUrl.toDisplayString()),
                                         m_portals);
        item->setData(Qt::UserRole, profile.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    updateButtons();
}

ApplyDialog::~ApplyDialog()
{
    // Stop what runs now: its answers must not arrive while the dialog's members are being destroyed.
    QObject *operation = m_operation;
    m_operation = nullptr;
    cancelPortalCalls(operation);
    delete operation;
    for (Source &source : m_sources) {
        if (source.values)
            source.values->clear();
    }
}

void ApplyDialog::createWidgets()
{
    auto *intro = new QLabel(tr("Tick the keys to apply and the portals to apply them to. Check first: it "
                                "compares with every portal and sends nothing. Apply then saves the keys "
                                "that differ."));
    intro->setWordWrap(true);

    m_sourceLabel = new QLabel;
    m_sourceLabel->setObjectName(QStringLiteral("applySource"));
    m_sourceLabel->setTextFormat(Qt::PlainText);
    m_keys = checkList(QStringLiteral("applyKeys"), tr("Keys to apply"));
    m_sourceLabel->setBuddy(m_keys);
    m_bundleButton = new QPushButton(tr("Use a &bundle file…"));
    m_bundleButton->setObjectName(QStringLiteral("useBundle"));
    m_bundleButton->setAutoDefault(false);
    m_bundleButton->setToolTip(tr("Apply the drafts of an encrypted bundle without importing them"));
    connect(m_bundleButton, &QPushButton::clicked, this, &ApplyDialog::useBundle);
    m_draftsButton = new QPushButton(tr("Use &drafts"));
    m_draftsButton->setObjectName(QStringLiteral("useDrafts"));
    m_draftsButton->setAutoDefault(false);
    connect(m_draftsButton, &QPushButton::clicked, this, &ApplyDialog::useDrafts);
    connect(m_keys, &QListWidget::itemChanged, this, &ApplyDialog::selectionChanged);

    auto *portalsLabel = new QLabel(tr("&Portals:"));
    m_portals = checkList(QStringLiteral("applyPortals"), tr("Portals"));
    portalsLabel->setBuddy(m_portals);
    connect(m_portals, &QListWidget::itemChanged, this, &ApplyDialog::selectionChanged);

    auto *sourceButtons = new QHBoxLayout;
    sourceButtons->addWidget(m_bundleButton);
    sourceButtons->addWidget(m_draftsButton);
    sourceButtons->addStretch();
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->addWidget(m_sourceLabel, 0, 0);
    grid->addWidget(portalsLabel, 0, 1);
    grid->addWidget(m_keys, 1, 0);
    grid->addWidget(m_portals, 1, 1);
    grid->addLayout(sourceButtons, 2, 0);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    // Room for a handful of rows; the report below gets the rest of the height.
    for (QListWidget *list : {m_keys, m_portals}) {
        list->setMinimumHeight(fontMetrics().height() * 5);
        list->setMaximumHeight(fontMetrics().height() * 9);
    }

    m_busy = new BusyBar;
    m_busy->setObjectName(QStringLiteral("applyBusy"));
    connect(m_busy, &BusyBar::cancelRequested, this, &ApplyDialog::cancelOperation);
    m_summary = new VerdictBanner;
    m_summary->setObjectName(QStringLiteral("applySummary"));

    m_report = new QTreeWidget;
    m_report->setObjectName(QStringLiteral("applyReport"));
    m_report->setAccessibleName(tr("Report"));
    m_report->setColumnCount(4);
    m_report->setHeaderLabels({tr("Portal"), tr("Service"), tr("Outcome"), tr("Details")});
    m_report->setRootIsDecorated(false);
    m_report->setAlternatingRowColors(true);
    m_report->setUniformRowHeights(true);
    m_report->setSelectionMode(QAbstractItemView::SingleSelection);
    m_report->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_report->setTextElideMode(Qt::ElideRight);
    m_report->header()->setStretchLastSection(true);
    m_report->header()->setSectionResizeMode(PortalColumn, QHeaderView::ResizeToContents);
    m_report->header()->setSectionResizeMode(ServiceColumn, QHeaderView::ResizeToContents);
    m_report->header()->setSectionResizeMode(OutcomeColumn, QHeaderView::ResizeToContents);
    m_report->setMinimumHeight(fontMetrics().height() * 8);
    m_report->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_check = buttons->addButton(tr("&Check"), QDialogButtonBox::ActionRole);
    m_check->setObjectName(QStringLiteral("dryRun"));
    m_check->setToolTip(tr("Compare with every ticked portal and report what Apply would do; sends nothing"));
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::ActionRole);
    m_apply->setObjectName(QStringLiteral("applyNow"));
    m_apply->setToolTip(tr("Save the keys on the portals, as the check reported"));
    connect(m_check, &QPushButton::clicked, this, &ApplyDialog::checkChanges);
    connect(m_apply, &QPushButton::clicked, this, &ApplyDialog::applyChanges);
    connect(buttons, &QDialogButtonBox::rejected, this, &ApplyDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(m_busy);
    layout->addWidget(m_summary);
    layout->addWidget(m_report, 1);
    layout->addWidget(buttons);
    resize(760, 560);
}

void ApplyDialog::fillSources()
{
    const QSignalBlocker blocker(m_keys);
    m_keys->clear();
    for (int index = 0; index < m_sources.size(); ++index) {
        const Drafts::Draft &draft = m_sources.at(index).draft;
        const bool workspace = draft.product == Catalog::Product::Workspace;
        auto *item = new QListWidgetItem(
            workspace ? tr("%1 — Workspace, entered in Workspace's own page")
                            .arg(draft.title.isEmpty() ? draft.service : draft.title)
            : draft.title.isEmpty() || draft.title.compare(draft.service, Qt::CaseInsensitive) == 0
                ? draft.service
                : tr("%1 — %2").arg(draft.title, draft.service),
            m_keys);
        item->setData(Qt::UserRole, index);
        item->setData(Qt::UserRole + 1, draft.id);
        if (workspace) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(tr("PortalKeys cannot apply keys to Workspace or Community Server; the draft's "
                                "editor shows what to enter in Workspace's own settings page."));
        } else {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    m_sourceLabel->setText(m_bundleName.isEmpty() ? tr("&Keys from drafts:")
                                                  : tr("&Keys from %1:").arg(m_bundleName));
    m_draftsButton->setVisible(!m_bundleName.isEmpty());
    if (m_sources.isEmpty() && m_bundleName.isEmpty())
        m_summary->showVerdict(VerdictBanner::State::Neutral,
                               tr("There are no drafts yet. Save a service as a draft on the page (source "
                                  "“Offline drafts”), or use a bundle file."));
    selectionChanged();
}

void ApplyDialog::setChecked(const QStringList &draftIds, const QStringList &profileIds)
{
    for (int row = 0; row < m_keys->count(); ++row) {
        QListWidgetItem *item = m_keys->item(row);
        if (item->flags() & Qt::ItemIsUserCheckable)
            item->setCheckState(draftIds.contains(item->data(Qt::UserRole + 1).toString()) ? Qt::Checked
                                                                                           : Qt::Unchecked);
    }
    for (int row = 0; row < m_portals->count(); ++row) {
        QListWidgetItem *item = m_portals->item(row);
        item->setCheckState(profileIds.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                     : Qt::Unchecked);
    }
}

QList<int> ApplyDialog::checkedSources() const
{
    QList<int> indexes;
    for (int row = 0; row < m_keys->count(); ++row) {
        if (m_keys->item(row)->checkState() == Qt::Checked)
            indexes.append(m_keys->item(row)->data(Qt::UserRole).toInt());
    }
    return indexes;
}

QList<PortalProfile> ApplyDialog::checkedPortals() const
{
    QList<PortalProfile> portals;
    for (int row = 0; row < m_portals->count(); ++row) {
        if (m_portals->item(row)->checkState() != Qt::Checked)
            continue;
        const QString id = m_portals->item(row)->data(Qt::UserRole).toString();
        for (const PortalProfile &profile : m_profiles) {
            if (profile.id == id)
                portals.append(profile);
        }
    }
    return portals;
}

void ApplyDialog::selectionChanged()
{
    // A new choice needs a new check before anything is sent.
    m_checked = false;
    updateButtons();
}

void ApplyDialog::updateButtons()
{
    const bool busy = isBusy();
    const bool chosen = !checkedSources().isEmpty() && !checkedPortals().isEmpty();
    m_check->setEnabled(chosen && !busy);
    m_apply->setEnabled(chosen && !busy && m_checked);
    m_check->setDefault(!m_checked);
    m_apply->setDefault(m_checked);
    m_keys->setEnabled(!busy);
    m_portals->setEnabled(!busy);
    m_bundleButton->setEnabled(!busy);
    m_draftsButton->setEnabled(!busy);
}

bool ApplyDialog::isBusy() const
{
    return m_operation != nullptr;
}

QObject *ApplyDialog::beginOperation(const QString &text)
{
    auto *operation = new QObject(this);
    m_operation = operation;
    m_busy->start(text, true);
    updateButtons();
    return operation;
}

void ApplyDialog::endOperation()
{
    if (m_operation)
        m_operation->deleteLater(); // its objects may still be on the stack
    m_operation = nullptr;
    m_busy->stop();
    updateButtons();
}

void ApplyDialog::cancelOperation()
{
    if (!m_operation)
        return;
    // Forget the run before stopping it: whatever it reports while stopping is then ignored.
    QObject *operation = m_operation;
    m_operation = nullptr;
    cancelPortalCalls(operation);
    operation->deleteLater();
    m_busy->stop();
    m_summary->showVerdict(VerdictBanner::State::Neutral,
                           tr("Cancelled. Keys already saved on a portal stay saved there."));
    updateButtons();
}

void ApplyDialog::reject()
{
    if (isBusy()) {
        cancelOperation();
        return;
    }
    QDialog::reject();
}

void ApplyDialog::checkChanges()
{
    run(true);
}

void ApplyDialog::applyChanges()
{
    if (!m_checked)
        return;
    run(false);
}

void ApplyDialog::run(bool dryRun)
{
    const QList<int> sources = checkedSources();
    const QList<PortalProfile> portals = checkedPortals();
    if (isBusy() || sources.isEmpty() || portals.isEmpty())
        return;
    QObject *operation =
        beginOperation(m_bundleName.isEmpty() ? tr("Reading the drafts' values from the keychain…")
                                              : tr("Preparing the keys…"));
    readValues(operation, sources, {},
               [this, operation, portals, dryRun](const QString &error, const QList<PreparedKeys> &prepared) {
                   if (!isCurrent(operation))
                       return;
                   if (!error.isEmpty()) {
                       endOperation();
                       m_summary->showVerdict(VerdictBanner::State::Invalid, error);
                       return;
                   }
                   m_busy->setText(tr("Connecting to the portals…"));
                   openTargets(operation, portals, {},
                               [this, operation, prepared, dryRun](const QList<KeyApplier::Target> &targets) {
                                   if (!isCurrent(operation))
                                       return;
                                   m_busy->setText(dryRun ? tr("Comparing with the portals…")
                                                          : tr("Applying the keys…"));
                                   auto *applier = new KeyApplier(operation);
                                   applier->apply(
                                       targets, prepared, dryRun,
                                       [this, operation, dryRun](const QList<KeyApplier::Row> &rows) {
                                           if (!isCurrent(operation))
                                               return;
                                           endOperation();
                                           showReport(rows, dryRun);
                                       });
                               });
               });
}

void ApplyDialog::readValues(QObject *operation, QList<int> sources, QList<PreparedKeys> prepared,
                             std::function<void(const QString &, const QList<PreparedKeys> &)> done)
{
    if (sources.isEmpty()) {
        done({}, prepared);
        return;
    }
    const int index = sources.takeFirst();
    const Source &source = m_sources.at(index);
    const auto toPrepared = [](const Drafts::Draft &draft, const Drafts::DraftValues &values) {
        PreparedKeys keys;
        keys.service = draft.service;
        for (const QString &name : draft.keyNames)
            keys.values.append({name, QString::fromUtf8(values.value(name))});
        return keys;
    };
    if (source.values) {
        prepared.append(toPrepared(source.draft, *source.values));
        readValues(operation, sources, prepared, std::move(done));
        return;
    }
    const Drafts::Draft draft = source.draft;
    m_draftStore.loadValues(draft, *m_secrets, operation,
                            [this, operation, sources, prepared, done, draft,
                             toPrepared](const QString &error, const Drafts::DraftValues &values) mutable {
                                if (!isCurrent(operation))
                                    return;
                                if (!error.isEmpty()) {
                                    done(error, {});
                                    return;
                                }
                                prepared.append(toPrepared(draft, values));
                                readValues(operation, sources, prepared, done);
                            });
}

void ApplyDialog::openTargets(QObject *operation, QList<PortalProfile> portals,
                              QList<KeyApplier::Target> targets,
                              std::function<void(const QList<KeyApplier::Target> &)> done)
{
    if (portals.isEmpty()) {
        done(targets);
        return;
    }
    const PortalProfile profile = portals.takeFirst();
    auto *session = new Portal::PortalSession(profile, m_secrets, operation);
    session->open([this, operation, portals, targets, done, profile](const PortalError &error,
                                                                     Portal::PortalClient *client) mutable {
        if (!isCurrent(operation))
            return;
        KeyApplier::Target target;
        target.portalName = profile.name;
        if (error.isError())
            target.openError = error;
        else
            target.client = client;
        targets.append(target);
        openTargets(operation, portals, targets, done);
    });
}

void ApplyDialog::showReport(const QList<KeyApplier::Row> &rows, bool dryRun)
{
    m_rows = rows;
    m_report->clear();
    for (const KeyApplier::Row &row : rows) {
        auto *item = new QTreeWidgetItem(m_report);
        item->setText(PortalColumn, row.portal);
        item->setText(ServiceColumn, row.service);
        item->setText(OutcomeColumn, KeyApplier::outcomeName(row.outcome));
        item->setText(DetailColumn, row.detail);
        item->setToolTip(DetailColumn, row.detail);
        // Roomier rows than the default, as in the portal list; the stretched last column carries the height.
        item->setSizeHint(DetailColumn, QSize(fontMetrics().horizontalAdvance(row.detail) + 12,
                                              fontMetrics().height() + 10));
        const QColor colour = outcomeColour(row.outcome);
        if (colour.isValid())
            item->setForeground(OutcomeColumn, colour);
        QFont bold = item->font(OutcomeColumn);
        bold.setBold(true);
        item->setFont(OutcomeColumn, bold);
    }
    m_report->setVisible(true);
    // Apply follows a check that found something to apply; after applying, a new check comes first.
    m_checked = dryRun && std::any_of(rows.cbegin(), rows.cend(), [](const KeyApplier::Row &row) {
                    return row.outcome == KeyApplier::Outcome::WouldApply;
                });
    showSummary(dryRun);
    updateButtons();
    emit runFinished(dryRun);
}

void ApplyDialog::showSummary(bool dryRun)
{
    int applied = 0, would = 0, unchanged = 0, refused = 0;
    for (const KeyApplier::Row &row : std::as_const(m_rows)) {
        applied += row.outcome == KeyApplier::Outcome::Applied;
        would += row.outcome == KeyApplier::Outcome::WouldApply;
        unchanged += row.outcome == KeyApplier::Outcome::Unchanged;
        refused += row.outcome == KeyApplier::Outcome::Refused;
    }
    QStringList parts;
    if (dryRun && would)
        parts << tr("%n would be applied", nullptr, would);
    if (applied)
        parts << tr("%n applied", nullptr, applied);
    if (unchanged)
        parts << tr("%n already up to date", nullptr, unchanged);
    if (refused)
        parts << tr("%n refused", nullptr, refused);
    QString text = parts.join(QStringLiteral(", "));
    if (text.isEmpty())
        text = tr("Nothing to do");
    text = dryRun ? tr("Check: %1. Nothing was sent; press Apply to save the keys.").arg(text)
                  : tr("Done: %1.").arg(text);
    if (dryRun && would == 0)
        text = tr("Check: %1. Nothing needs to be applied.").arg(parts.join(QStringLiteral(", ")));
    const VerdictBanner::State state = refused == 0               ? VerdictBanner::State::Valid
                                       : refused == m_rows.size() ? VerdictBanner::State::Invalid
                                                                  : VerdictBanner::State::Warning;
    m_summary->showVerdict(state, text);
}

void ApplyDialog::useDrafts()
{
    for (Source &source : m_sources) {
        if (source.values)
            source.values->clear();
    }
    m_sources.clear();
    m_bundleName.clear();
    const Drafts::DraftStore::LoadResult loaded = m_draftStore.load();
    for (const Drafts::Draft &draft : loaded.drafts)
        m_sources.append({draft, std::nullopt});
    m_summary->showVerdict(loaded.ok() ? VerdictBanner::State::Neutral : VerdictBanner::State::Invalid,
                           loaded.error);
    fillSources();
}

void ApplyDialog::useBundle()
{
    if (isBusy() || !m_chooseBundle)
        return;
    const QString path = m_chooseBundle();
    if (path.isEmpty())
        return;
    QFile file(path);
    if (file.size() > Drafts::Bundle::maxFileSize || !file.open(QIODevice::ReadOnly)) {
        m_summary->showVerdict(
            VerdictBanner::State::Invalid,
            file.size() > Drafts::Bundle::maxFileSize
                ? tr("%1 is larger than a bundle can be.").arg(QFileInfo(path).fileName())
                : tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return;
    }
    askPassphrase(QFileInfo(path).fileName(), file.readAll(), QString());
}

void ApplyDialog::askPassphrase(const QString &name, const QByteArray &content, const QString &error)
{
    auto *dialog = new PassphraseDialog(tr("Open bundle"), name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!error.isEmpty())
        dialog->setError(error);
    connect(dialog, &QDialog::accepted, this, [this, dialog, content, name] {
        QObject *operation = beginOperation(tr("Opening %1…").arg(name));
        BundleWorker::decrypt(
            content, dialog->passphrase(), operation,
            [this, operation, name, content](Drafts::Bundle::DecryptResult &result) {
                if (!isCurrent(operation))
                    return;
                endOperation();
                if (result.failure == Drafts::Bundle::Failure::WrongPassphrase)
                    return askPassphrase(name, content, result.error);
                if (!result.ok()) {
                    m_summary->showVerdict(VerdictBanner::State::Invalid, result.error);
                    return;
                }
                Drafts::BundleContent::ParseResult parsed = Drafts::BundleContent::fromJson(result.json);
                Drafts::Bundle::wipe(result.json);
                if (!parsed.ok()) {
                    m_summary->showVerdict(VerdictBanner::State::Invalid, parsed.error);
                    return;
                }
                for (Source &source : m_sources) {
                    if (source.values)
                        source.values->clear();
                }
                m_sources.clear();
                for (const Drafts::BundleContent::Entry &entry : parsed.entries)
                    m_sources.append({entry.draft, entry.values});
                m_bundleName = name;
                m_summary->showVerdict(result.warnings.isEmpty() ? VerdictBanner::State::Neutral
                                                                 : VerdictBanner::State::Warning,
                                       result.warnings.join(QLatin1Char('\n')));
                fillSources();
            });
    });
    dialog->open();
}

} // namespace PortalKeys::Ui
