#include "history/HistoryDialog.h"

#include "widgets/BusyBar.h"
#include "widgets/PageControls.h"
#include "widgets/PortalOperation.h"
#include "widgets/VerdictBanner.h"

#include "history/AuditTrail.h"
#include "history/HistoryCsv.h"
#include "history/HistoryLog.h"
#include "history/HistoryTableModel.h"
#include "portal/PortalError.h"
#include "portal/PortalListModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace PortalKeys::Ui {

using History::HistoryEntry;
using History::HistoryTableModel;

namespace {

constexpr int defaultDays = 30;
constexpr int maxColumnWidth = 170;

} // namespace

HistoryDialog::HistoryDialog(SecretStore *secrets, Portal::PortalListModel *portals, QWidget *parent,
                             const QString &historyPath)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_portals(portals)
    , m_historyPath(historyPath)
    , m_model(new HistoryTableModel(this))
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History"));
    createWidgets();
    fillPortals();
    connect(m_portals, &Portal::PortalListModel::profilesChanged, this, &HistoryDialog::fillPortals);
    PageControls::resizeWithinScreen(this, QSize(1000, 560));
    refresh();
}

HistoryDialog::~HistoryDialog()
{
    m_operation->abort();
}

void HistoryDialog::createWidgets()
{
    m_busy = new BusyBar(this);
    m_operation = new PortalOperation(m_busy, this);
    m_banner = new VerdictBanner(this);
    m_banner->setObjectName(QStringLiteral("historyBanner"));
    m_banner->showVerdict(VerdictBanner::State::Neutral, QString());

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Change history"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    m_note = PageControls::note(QString(), QStringLiteral("historyNote"));
    m_note->setWordWrap(true);
    m_note->hide();

    m_exportButton = PageControls::button(tr("&Export CSV…"), QStringLiteral("exportCsv"));
    m_exportButton->setToolTip(tr("Save the rows shown as a CSV file for a spreadsheet"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_exportButton, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createFilters());
    layout->addWidget(m_busy);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_note);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &HistoryDialog::reject);
    connect(m_exportButton, &QPushButton::clicked, this, &HistoryDialog::exportCsv);
    connect(m_operation, &PortalOperation::busyChanged, this, &HistoryDialog::updateControls);
    connect(m_operation, &PortalOperation::failed, this,
            [this](const QString &text) { m_banner->showVerdict(VerdictBanner::State::Warning, text); });
}

QWidget *HistoryDialog::createFilters()
{
    m_portalBox = new QComboBox;
    m_portalBox->setObjectName(QStringLiteral("portalFilter"));
    m_portalBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_areaBox = new QComboBox;
    m_areaBox->setObjectName(QStringLiteral("areaFilter"));
    m_areaBox->addItem(tr("All areas"), -1);
    for (HistoryEntry::Area area : HistoryTableModel::areas())
        m_areaBox->addItem(HistoryTableModel::areaTitle(area), static_cast<int>(area));
    m_sinceEdit = new QDateEdit(QDate::currentDate().addDays(-defaultDays));
    m_sinceEdit->setObjectName(QStringLiteral("sinceFilter"));
    m_sinceEdit->setCalendarPopup(true);
    m_sinceEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_auditBox = new QCheckBox(tr("Include the portal's &audit trail"));
    m_auditBox->setObjectName(QStringLiteral("includeAudit"));

    auto *filters = new QWidget;
    auto *row = new QHBoxLayout(filters);
    row->setContentsMargins(0, 0, 0, 0);
    const auto addLabelled = [row](const QString &text, QWidget *field) {
        auto *label = new QLabel(text);
        label->setBuddy(field);
        row->addWidget(label);
        row->addWidget(field);
        row->addSpacing(8);
    };
    addLabelled(tr("&Portal:"), m_portalBox);
    addLabelled(tr("A&rea:"), m_areaBox);
    addLabelled(tr("&Since:"), m_sinceEdit);
    row->addWidget(m_auditBox);
    row->addStretch(1);

    connect(m_portalBox, &QComboBox::currentIndexChanged, this, &HistoryDialog::refresh);
    connect(m_areaBox, &QComboBox::currentIndexChanged, this, &HistoryDialog::showEntries);
    connect(m_sinceEdit, &QDateEdit::dateChanged, this, &HistoryDialog::refresh);
    connect(m_auditBox, &QCheckBox::toggled, this, &HistoryDialog::refresh);
    return filters;
}

void HistoryDialog::fillPortals()
{
    const QString chosen = chosenPortalId();
    const QSignalBlocker blocker(m_portalBox);
    m_portalBox->clear();
    m_portalBox->addItem(tr("All portals"), QString());
    for (const Portal::PortalProfile &profile : m_portals->profiles())
        m_portalBox->addItem(profile.name, profile.id);
    m_portalBox->setCurrentIndex(std::max(0, m_portalBox->findData(chosen)));
    updateControls();
}

QString HistoryDialog::chosenPortalId() const
{
    return m_portalBox->currentData().toString();
}

bool HistoryDialog::isBusy() const
{
    return m_operation->isBusy();
}

void HistoryDialog::refresh()
{
    const Portal::PortalProfile *profile = m_portals->profile(chosenPortalId());
    History::HistoryLog::Filter filter;
    filter.portal = profile ? profile->name : QString();
    filter.since = m_sinceEdit->date();
    const History::HistoryLog::Read read = History::HistoryLog(m_historyPath).read(filter);
    m_local = read.entries;
    m_audit.clear();
    m_banner->showVerdict(VerdictBanner::State::Neutral, QString());
    // The details are on the tool tip: a damaged file can have many lines, and the count is what matters.
    QString note = read.error;
    if (!read.damaged.isEmpty()) {
        const QString skipped = tr("Damaged lines of the history file skipped: %1.").arg(read.damaged.size());
        note = note.isEmpty() ? skipped : note + QLatin1Char(' ') + skipped;
    }
    m_note->setText(note);
    m_note->setToolTip(read.damaged.join(QLatin1Char('\n')));
    m_note->setVisible(!note.isEmpty());
    m_operation->abort();
    showEntries();
    updateControls();
    if (profile && m_auditBox->isChecked())
        readAuditTrail();
}

void HistoryDialog::readAuditTrail()
{
    const Portal::PortalProfile profile = *m_portals->profile(chosenPortalId());
    const QDate since = m_sinceEdit->date();
    QObject *token = m_operation->begin(tr("Reading the audit trail of %1…").arg(profile.name));
    m_operation->open(token, profile, m_secrets, [this, token, profile, since](Portal::PortalClient *client) {
        History::AuditTrail::read(
            client, profile.name, since,
            [this, token](const Portal::PortalError &error, const History::AuditTrail::Result &result) {
                if (!m_operation->isCurrent(token))
                    return;
                if (error.isError())
                    return m_operation->fail(error, tr("The portal's audit trail was not read, only the "
                                                       "local history is shown:"));
                m_operation->end();
                m_audit = result.entries;
                if (!result.notice.isEmpty()) {
                    m_banner->showVerdict(VerdictBanner::State::Warning, result.notice);
                }
                showEntries();
            });
    });
}

void HistoryDialog::showEntries()
{
    const int areaValue = m_areaBox->currentData().toInt();
    const std::optional<HistoryEntry::Area> area =
        areaValue < 0 ? std::nullopt : std::optional(static_cast<HistoryEntry::Area>(areaValue));
    QList<HistoryEntry> shown;
    for (const QList<HistoryEntry> *list : {&m_local, &m_audit}) {
        for (const HistoryEntry &entry : *list) {
            if (HistoryTableModel::matchesArea(entry, area))
                shown << entry;
        }
    }
    m_model->setEntries(shown);
    m_table->resizeColumnsToContents();
    // A long subject or list of keys must not push the columns after it out of sight; the tool tip and
    // the CSV have it whole.
    for (int column = 0; column < HistoryTableModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), maxColumnWidth));
    // Where an entry comes from matters only once the portal's own entries are mixed in; until then the
    // result is the last column and takes the room left.
    m_table->setColumnHidden(HistoryTableModel::Source, m_audit.isEmpty());
    updateControls();
}

void HistoryDialog::updateControls()
{
    const bool onePortal = !chosenPortalId().isEmpty();
    m_auditBox->setEnabled(onePortal);
    m_auditBox->setToolTip(onePortal ? tr("Also read the changes the portal itself recorded, from every "
                                          "source, its web pages included (portal admins only)")
                                     : tr("Choose one portal to read its audit trail"));
    m_exportButton->setEnabled(m_model->rowCount() > 0);
}

void HistoryDialog::exportCsv()
{
    const QString suggested =
        QStringLiteral("portalkeys-history-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = m_chooseFile ? m_chooseFile(suggested)
                                      : QFileDialog::getSaveFileName(this, tr("Export history"),
                                                                     QDir::home().filePath(suggested),
                                                                     tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray content = History::HistoryCsv::document(m_model->entries()).toUtf8();
    const bool written =
        file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.commit();
    if (written)
        m_banner->showVerdict(
            VerdictBanner::State::Valid,
            tr("Rows exported to %1: %2.").arg(QDir::toNativeSeparators(path)).arg(m_model->rowCount()));
    else
        m_banner->showVerdict(VerdictBanner::State::Invalid,
                              tr("The history was not exported to %1: %2")
                                  .arg(QDir::toNativeSeparators(path), file.errorString()));
}

void HistoryDialog::reject()
{
    m_operation->abort();
    QDialog::reject();
}

} // namespace PortalKeys::Ui
