#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace PortalKeys::Ui {

// A key that spans lines, such as Apple's .p8 private key or a Google service-account JSON file: a plain-text
// edit with Paste and "Load from file…". A secret one is hidden behind a short summary ("hidden: 241
// characters on 6 lines") once it holds something, until Show is pressed.
class MultiLineKeyEdit : public QWidget {
    Q_OBJECT

public:
    explicit MultiLineKeyEdit(bool masked, QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    bool isConcealed() const;
    void setConcealed(bool concealed);
    void setReadOnly(bool readOnly);
    void setPlaceholderText(const QString &text);
    // Reads a key file (at most 1 MiB, UTF-8) into the field; false with `error` set when it cannot.
    bool loadFile(const QString &path, QString *error = nullptr);

signals:
    void textChanged();

private:
    void chooseFile();
    void pasteClipboard();
    void updateView();

    bool m_masked;
    bool m_concealed = false;
    bool m_readOnly = false;
    QPlainTextEdit *m_edit;
    QLabel *m_summary;
    QLabel *m_fileError;
    QPushButton *m_show;
    QPushButton *m_paste;
    QPushButton *m_load;
};

} // namespace PortalKeys::Ui
