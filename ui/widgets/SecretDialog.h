#pragma once

#include "widgets/VerdictBanner.h"

#include <QByteArray>
#include <QDialog>

class QFormLayout;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace PortalKeys {
class SecretStore;
}

namespace PortalKeys::Ui {

class FieldMessage;
class SecretEdit;
class SecureClipboard;

// What the dialogs that show a secret (a new API key, an OAuth app's client secret) have in common: a note at
// the top, the secret masked unless the eye button shows it with Copy beside it (cleared from the clipboard
// after a while, SecureClipboard), a box that stores it in the keychain under a name, and Close. The secret
// lives in the dialog's memory only and is dropped when it closes; while the keychain is written the dialog
// stays open, so that nobody is left unsure what was kept. Each dialog keeps its own words: what the secret
// is, and where it can be found again.
class SecretDialog : public QDialog {
    Q_OBJECT

public:
    // The words of the keychain box.
    struct KeychainTexts {
        QString title;  // of the box
        QString label;  // before the name
        QString help;   // under the name, until something else is to be said there
        QString stored; // after storing; %1 the name
    };

    ~SecretDialog() override;

    // Copied or stored in the keychain.
    bool isSecretKept() const { return m_copied || !m_storedName.isEmpty(); }
    QString storedName() const { return m_storedName; }

public slots:
    void storeInKeychain();
    void reject() override;

signals:
    void stored(const QString &name);

protected:
    // Lays out the note, the rows of values (addSecretRow), the keychain box (addKeychainBox), the boxes a
    // dialog adds (addBox) and Close, named `closeName`.
    SecretDialog(const QByteArray &secret, SecretStore *secrets, SecureClipboard *clipboard,
                 const QString &closeName, QWidget *parent = nullptr);

    VerdictBanner *note() const { return m_note; }
    void showNote(const QString &objectName, VerdictBanner::State state, const QString &text);
    // The rows of values, for a dialog to add its own before or after the secret's.
    QFormLayout *values() const { return m_values; }
    // The secret's row: `label`, the masked field named `fieldName`, and Copy (named `copyName`, read out as
    // `copyAccessibleName`), which gets the focus.
    SecretEdit *addSecretRow(const QString &label, const QString &fieldName, const QString &copyName,
                             const QString &copyAccessibleName);
    // `suggestedName`: the name offered to store the secret as.
    void addKeychainBox(const KeychainTexts &texts, const QString &suggestedName);
    void addBox(QWidget *box);
    // Store may be used once only (a second name for the same key helps nobody).
    void setStoreOnce(bool once) { m_storeOnce = once; }
    const QByteArray &secret() const { return m_secret; }
    bool isBusy() const { return m_busy; }
    // Another write of the dialog runs (or ended): nothing else may start meanwhile.
    void setBusy(bool busy);
    // Enables what may be used now; a dialog with controls of its own adds theirs.
    virtual void updateButtons();
    // Drops the secret from the field and closes, whatever was kept.
    void closeAnyway();

private:
    void showStoreHelp();

    QByteArray m_secret;
    SecretStore *m_secrets;
    SecureClipboard *m_clipboard;
    KeychainTexts m_keychainTexts;
    QString m_storedName;
    bool m_copied = false;
    bool m_busy = false;
    bool m_storeOnce = false;

    QVBoxLayout *m_layout;
    VerdictBanner *m_note;
    QFormLayout *m_values;
    SecretEdit *m_secretEdit = nullptr;
    QLineEdit *m_name = nullptr;
    QPushButton *m_store = nullptr;
    FieldMessage *m_storeMessage = nullptr;
};

} // namespace PortalKeys::Ui
