#include "thirdparty/ApplyDialog.h"

#include "thirdparty/ApplyReport.h"
#include "thirdparty/ApplySourceList.h"
#include "thirdparty/BundleWorker.h"
#include "thirdparty/PassphraseDialog.h"
#include "widgets/BusyBar.h"
#include "widgets/PageControls.h"
#include "widgets/PortalOperation.h"
#include "widgets/VerdictBanner.h"

#include "portal/PortalSession.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace PortalKeys::Ui {

using AuthService::KeyApplier;
using AuthService::PreparedKeys;
using Portal::PortalError;
using Portal::PortalProfile;

namespace {

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
    m_operation = new PortalOperation(m_busy, this);
    connect(m_operation, &PortalOperation::busyChanged, this, &ApplyDialog::updateButtons);
    connect(m_operation, &PortalOperation::cancelled, this, [this] {
        m_summary->showVerdict(VerdictBanner::State::Neutral,
                               tr("Cancelled. Keys already saved on a portal stay saved there."));
    });
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
    m_operation->abort();
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
    QLayout *choice = createChoice();

    m_busy = new BusyBar;
    m_busy->setObjectName(QStringLiteral("applyBusy"));
    m_summary = new VerdictBanner;
    m_summary->setObjectName(QStringLiteral("applySummary"));
    m_report = new ApplyReport;
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
    layout->addLayout(choice);
    layout->addWidget(m_busy);
    layout->addWidget(m_summary);
    layout->addWidget(m_report, 1);
    layout->addWidget(buttons);
    PageControls::resizeWithinScreen(this, QSize(760, 560));
}

QLayout *ApplyDialog::createChoice()
{
    m_sourceLabel = new QLabel;
    m_sourceLabel->setObjectName(QStringLiteral("applySource"));
    m_sourceLabel->setTextFormat(Qt::PlainText);
    m_keys = new ApplySourceList;
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
    for (QListWidget *list : {static_cast<QListWidget *>(m_keys), m_portals}) {
        list->setMinimumHeight(fontMetrics().height() * 5);
        list->setMaximumHeight(fontMetrics().height() * 9);
    }
    return grid;
}

void ApplyDialog::fillSources()
{
    QList<Drafts::Draft> drafts;
    for (const Source &source : std::as_const(m_sources))
        drafts.append(source.draft);
    m_keys->fill(drafts);
    m_sourceLabel->setText(m_bundleName.isEmpty() ? tr("&Keys from drafts:")
                                                  : tr("&Keys from %1:").arg(m_bundleName));
    m_draftsButton->setVisible(!m_bundleName.isEmpty());
    if (m_sources.isEmpty() && m_bundleName.isEmpty())
        m_summary->showVerdict(VerdictBanner::State::Neutral,
                               tr("There are no drafts yet. Save a service as a draft on the page (source "
                                  "“Offline drafts”), or use a bundle file."));
    selectionChanged();
}

void ApplyDialog::setSources(QList<Source> sources, const QString &bundleName)
{
    for (Source &source : m_sources) {
        if (source.values)
            source.values->clear();
    }
    m_sources = std::move(sources);
    m_bundleName = bundleName;
}

void ApplyDialog::setChecked(const QStringList &draftIds, const QStringList &profileIds)
{
    m_keys->setCheckedIds(draftIds);
    for (int row = 0; row < m_portals->count(); ++row) {
        QListWidgetItem *item = m_portals->item(row);
        item->setCheckState(profileIds.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                     : Qt::Unchecked);
    }
}

QList<int> ApplyDialog::checkedSources() const
{
    return m_keys->checkedIndexes();
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
    return m_operation && m_operation->isBusy();
}

void ApplyDialog::cancelOperation()
{
    m_operation->cancel();
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
        m_operation->begin(m_bundleName.isEmpty() ? tr("Reading the drafts' values from the keychain…")
                                                  : tr("Preparing the keys…"));
    readValues(
        operation, sources, {},
        [this, operation, portals, dryRun](const QString &error, const QList<KeyApplier::Prepared> &read) {
            if (!m_operation->isCurrent(operation))
                return;
            const std::optional<QList<PreparedKeys>> prepared =
                error.isEmpty() ? checkPrepared(read) : std::nullopt;
            if (!prepared) {
                m_operation->end();
                if (!error.isEmpty())
                    m_summary->showVerdict(VerdictBanner::State::Invalid, error);
                return;
            }
            applyTo(operation, portals, *prepared, dryRun);
        });
}

void ApplyDialog::applyTo(QObject *operation, const QList<PortalProfile> &portals,
                          const QList<PreparedKeys> &prepared, bool dryRun)
{
    QList<KeyApplier::Target> targets;
    for (const PortalProfile &profile : portals) {
        // Opened when the applier starts the portal; the session goes with the operation (and on cancel).
        targets.append({profile.name, [this, operation, profile](KeyApplier::Opened opened) {
                            auto *session = new Portal::PortalSession(profile, m_secrets, operation);
                            session->open(std::move(opened));
                        }});
    }
    // Each portal's rows show as soon as it is done, in the place the portal has in the list.
    m_rows.clear();
    m_report->clear();
    m_report->setVisible(true);
    auto finished = std::make_shared<QList<bool>>(portals.size(), false);
    const auto progress = [dryRun, total = portals.size()](int done) {
        if (total < 2)
            return dryRun ? tr("Comparing with the portals…") : tr("Applying the keys…");
        return (dryRun ? tr("Comparing with the portals… %1 of %2 done.")
                       : tr("Applying the keys… %1 of %2 portals done."))
            .arg(done)
            .arg(total);
    };
    m_operation->setText(progress(0));
    auto *applier = new KeyApplier(operation);
    connect(applier, &KeyApplier::portalFinished, this,
            [this, operation, finished, progress](int index, const QList<KeyApplier::Row> &rows) {
                if (!m_operation->isCurrent(operation))
                    return;
                // One row per service on every portal: the portals done before this one say where it goes.
                const int at =
                    int(std::count(finished->cbegin(), finished->cbegin() + index, true) * rows.size());
                (*finished)[index] = true;
                m_report->insertRows(at, rows);
                m_rows = m_rows.mid(0, at) + rows + m_rows.mid(at);
                m_operation->setText(progress(int(finished->count(true))));
            });
    if (!m_bundleName.isEmpty())
        applier->setHistoryArea(History::HistoryEntry::Area::Bundle);
    applier->apply(targets, prepared, dryRun, [this, operation, dryRun](const QList<KeyApplier::Row> &rows) {
        if (!m_operation->isCurrent(operation))
            return;
        m_operation->end();
        showReport(rows, dryRun);
    });
}

std::optional<QList<PreparedKeys>> ApplyDialog::checkPrepared(const QList<KeyApplier::Prepared> &prepared)
{
    QList<PreparedKeys> keys;
    QStringList errors;
    m_warnings.clear();
    for (const KeyApplier::Prepared &service : prepared) {
        keys.append(service.keys);
        for (const Catalog::Issue &issue : service.issues) {
            const QString line = tr("%1: %2").arg(service.keys.service, issue.message);
            if (issue.severity == Catalog::Issue::Severity::Error)
                errors.append(line);
            else if (issue.severity == Catalog::Issue::Severity::Warning)
                m_warnings.append(line);
        }
    }
    if (errors.isEmpty())
        return keys;
    m_summary->showVerdict(VerdictBanner::State::Invalid, tr("Nothing was sent: fix these drafts first.") +
                                                              QLatin1Char('\n') +
                                                              errors.join(QLatin1Char('\n')));
    return std::nullopt;
}

void ApplyDialog::readValues(QObject *operation, QList<int> sources, QList<KeyApplier::Prepared> prepared,
                             std::function<void(const QString &, const QList<KeyApplier::Prepared> &)> done)
{
    if (sources.isEmpty()) {
        done({}, prepared);
        return;
    }
    const int index = sources.takeFirst();
    const Source &source = m_sources.at(index);
    if (source.values) {
        prepared.append(KeyApplier::prepare(source.draft, *source.values));
        readValues(operation, sources, prepared, std::move(done));
        return;
    }
    const Drafts::Draft draft = source.draft;
    m_draftStore.loadValues(draft, *m_secrets, operation,
                            [this, operation, sources, prepared, done,
                             draft](const QString &error, const Drafts::DraftValues &values) mutable {
                                if (!m_operation->isCurrent(operation))
                                    return;
                                if (!error.isEmpty()) {
                                    done(error, {});
                                    return;
                                }
                                prepared.append(KeyApplier::prepare(draft, values));
                                readValues(operation, sources, prepared, done);
                            });
}

void ApplyDialog::showReport(const QList<KeyApplier::Row> &rows, bool dryRun)
{
    m_rows = rows;
    m_report->showRows(rows);
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
    ApplyReport::Summary summary = ApplyReport::summarize(m_rows, dryRun);
    // The catalog's warnings did not stop the run, but the admin should still read them.
    if (!m_warnings.isEmpty()) {
        summary.text += QLatin1Char('\n') + m_warnings.join(QLatin1Char('\n'));
        if (summary.state == VerdictBanner::State::Valid)
            summary.state = VerdictBanner::State::Warning;
    }
    m_summary->showVerdict(summary.state, summary.text);
}

void ApplyDialog::useDrafts()
{
    const Drafts::DraftStore::LoadResult loaded = m_draftStore.load();
    QList<Source> sources;
    for (const Drafts::Draft &draft : loaded.drafts)
        sources.append({draft, std::nullopt});
    setSources(std::move(sources), QString());
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
        QObject *operation = m_operation->begin(tr("Opening %1…").arg(name));
        BundleWorker::decrypt(
            content, dialog->passphrase(), operation,
            [this, operation, name, content](Drafts::Bundle::DecryptResult &result) {
                if (!m_operation->isCurrent(operation))
                    return;
                m_operation->end();
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
                QList<Source> sources;
                for (const Drafts::BundleContent::Entry &entry : parsed.entries)
                    sources.append({entry.draft, entry.values});
                setSources(std::move(sources), name);
                m_summary->showVerdict(result.warnings.isEmpty() ? VerdictBanner::State::Neutral
                                                                 : VerdictBanner::State::Warning,
                                       result.warnings.join(QLatin1Char('\n')));
                fillSources();
            });
    });
    dialog->open();
}

} // namespace PortalKeys::Ui
