#pragma once

#include "authservice/KeyApplier.h"
#include "widgets/VerdictBanner.h"

#include <QTreeWidget>

namespace PortalKeys::Ui {

// The Apply dialog's report: a row per portal and service with its outcome (coloured, in words that carry
// the meaning on their own) and the details, and the one-line summary of a run.
class ApplyReport : public QTreeWidget {
    Q_OBJECT

public:
    enum Column { PortalColumn, ServiceColumn, OutcomeColumn, DetailColumn };
    struct Summary {
        VerdictBanner::State state = VerdictBanner::State::Neutral;
        QString text;
    };

    explicit ApplyReport(QWidget *parent = nullptr);

    void showRows(const QList<AuthService::KeyApplier::Row> &rows);
    // Adds `rows` before the row at `at` (a portal that finished while the others run).
    void insertRows(int at, const QList<AuthService::KeyApplier::Row> &rows);
    // "Check: 2 would be applied, 1 refused. Nothing was sent; …", and how good that is.
    static Summary summarize(const QList<AuthService::KeyApplier::Row> &rows, bool dryRun);
};

} // namespace PortalKeys::Ui
