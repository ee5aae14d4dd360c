#pragma once

#include "oauthapps/FileChooser.h"

#include <QByteArray>
#include <QPointer>
#include <QWidget>

class QLabel;
class QMessageBox;
class QPushButton;

namespace PortalKeys::Ui {

class FieldMessage;

// The icon of an OAuth app: a 32×32 preview, Choose… (a PNG, JPEG or SVG file) and Paste (an image copied
// elsewhere). A raster image of another size is scaled to 32×32 only after the user agreed; what core refuses
// (AppIcon, IconScaler) is reported with refused() and leaves the current icon as it was.
class IconPicker : public QWidget {
    Q_OBJECT

public:
    explicit IconPicker(QWidget *parent = nullptr);

    // A data URI (data:image/png;base64,…), or empty for no icon.
    QString logo() const { return m_logo; }
    void setLogo(const QString &dataUri);
    void setReadOnly(bool readOnly);
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    QList<QWidget *> focusOrder() const;

    // Takes image bytes from a file or the clipboard; `source` names them in messages ("logo.png").
    void useBytes(const QByteArray &bytes, const QString &source);

public slots:
    void chooseFile();
    void pasteImage();

signals:
    void changed();
    // Why the image was not taken, in one sentence.
    void refused(const QString &reason);

private:
    void accept(const QString &dataUri);
    void showPreview();
    void askToScale(const QByteArray &bytes, const QString &source, const QSize &size);

    QString m_logo;
    FileChooser m_chooseFile;
    QLabel *m_preview;
    FieldMessage *m_details;
    QPushButton *m_choose;
    QPushButton *m_paste;
    QPushButton *m_clear;
    QPointer<QMessageBox> m_question;
};

} // namespace PortalKeys::Ui
