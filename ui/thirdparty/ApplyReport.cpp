#include "thirdparty/ApplyReport.h"

#include "widgets/StatusColors.h"

#include <QHeaderView>

namespace PortalKeys::Ui {

using AuthService::KeyApplier;

namespace {

QColor outcomeColour(KeyApplier::Outcome outcome, const QPalette &palette)
{
    // The words carry the meaning; the colour, chosen for the palette, only helps.
    switch (outcome) {
    case KeyApplier::Outcome::Applied:
        return StatusColors::text(StatusColors::Tone::Success, palette);
    case KeyApplier::Outcome::WouldApply:
        return StatusColors::text(StatusColors::Tone::Info, palette);
    case KeyApplier::Outcome::Unchanged:
        return QColor();
    case KeyApplier::Outcome::Refused:
        return StatusColors::text(StatusColors::Tone::Error, palette);
    }
    return QColor();
}

} // namespace

ApplyReport::ApplyReport(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("applyReport"));
    setAccessibleName(tr("Report"));
    setColumnCount(4);
    setHeaderLabels({tr("Portal"), tr("Service"), tr("Outcome"), tr("Details")});
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setTextElideMode(Qt::ElideRight);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(PortalColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(ServiceColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(OutcomeColumn, QHeaderView::ResizeToContents);
    setMinimumHeight(fontMetrics().height() * 8);
}

void ApplyReport::showRows(const QList<KeyApplier::Row> &rows)
{
    clear();
    insertRows(0, rows);
}

void ApplyReport::insertRows(int at, const QList<KeyApplier::Row> &rows)
{
    for (const KeyApplier::Row &row : rows) {
        auto *item = new QTreeWidgetItem;
        item->setText(PortalColumn, row.portal);
        item->setText(ServiceColumn, row.service);
        item->setText(OutcomeColumn, KeyApplier::outcomeName(row.outcome));
        item->setText(DetailColumn, row.detail);
        item->setToolTip(DetailColumn, row.detail);
        // Roomier rows than the default, as in the portal list; the stretched last column carries the height.
        item->setSizeHint(DetailColumn, QSize(fontMetrics().horizontalAdvance(row.detail) + 12,
                                              fontMetrics().height() + 10));
        const QColor colour = outcomeColour(row.outcome, palette());
        if (colour.isValid())
            item->setForeground(OutcomeColumn, colour);
        QFont bold = item->font(OutcomeColumn);
        bold.setBold(true);
        item->setFont(OutcomeColumn, bold);
        insertTopLevelItem(at++, item);
    }
}

ApplyReport::Summary ApplyReport::summarize(const QList<KeyApplier::Row> &rows, bool dryRun)
{
    int applied = 0, would = 0, unchanged = 0, refused = 0;
    for (const KeyApplier::Row &row : rows) {
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
    const VerdictBanner::State state = refused == 0             ? VerdictBanner::State::Valid
                                       : refused == rows.size() ? VerdictBanner::State::Invalid
                                                                : VerdictBanner::State::Warning;
    return {state, text};
}

} // namespace PortalKeys::Ui
