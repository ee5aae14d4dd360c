#pragma once

#include "drafts/Draft.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace PortalKeys::Ui {

class SecretEdit;

// Asks what goes into a bundle and how to protect it: the drafts to export (ticked), and a passphrase typed
// twice. PassphrasePolicy's warnings show as the passphrase is typed; an empty or mistyped one keeps Export
// disabled. The caller then asks where to save the file and encrypts.
class ExportBundleDialog : public QDialog {
    Q_OBJECT

public:
    // `checkedIds` empty: every draft starts ticked.
    ExportBundleDialog(const QList<Drafts::Draft> &drafts, const QStringList &checkedIds,
                       QWidget *parent = nullptr);
    ~ExportBundleDialog() override;

    QStringList selectedDraftIds() const;
    // UTF-8, as Bundle::encrypt() takes it.
    QByteArray passphrase() const;

private:
    void validate();

    QListWidget *m_drafts;
    SecretEdit *m_passphrase;
    SecretEdit *m_again;
    QLabel *m_feedback;
    QPushButton *m_export;
};

} // namespace PortalKeys::Ui
