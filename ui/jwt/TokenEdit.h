#pragma once

#include <QPlainTextEdit>

namespace PortalKeys::Ui {

// Where a token is pasted: monospace, segments coloured, and a text file dropped on it is read in.
class TokenEdit : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit TokenEdit(QWidget *parent = nullptr);

signals:
    void fileRefused(const QString &reason);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
};

} // namespace PortalKeys::Ui
