#include "oauthapps/FileChooser.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QPointer>

namespace PortalKeys::Ui {

FileChooser nativeFileChooser(QWidget *parent)
{
    QPointer<QWidget> owner(parent);
    return [owner](FilePurpose purpose, const QString &suggestion) -> QString {
        const QString allFiles = QCoreApplication::translate("FileChooser", "All files (*)");
        const QString drafts = QCoreApplication::translate("FileChooser", "OAuth app drafts (*.json)") +
                               QStringLiteral(";;") + allFiles;
        switch (purpose) {
        case FilePurpose::OpenIcon:
            return QFileDialog::getOpenFileName(
                owner, QCoreApplication::translate("FileChooser", "Choose an app icon"), suggestion,
                QCoreApplication::translate("FileChooser", "Images (*.png *.jpg *.jpeg *.svg)") +
                    QStringLiteral(";;") + allFiles);
        case FilePurpose::ImportDraft:
            return QFileDialog::getOpenFileName(
                owner, QCoreApplication::translate("FileChooser", "Import an OAuth app draft"), suggestion,
                drafts);
        case FilePurpose::ExportDraft:
            return QFileDialog::getSaveFileName(
                owner, QCoreApplication::translate("FileChooser", "Export the OAuth app draft"), suggestion,
                drafts);
        }
        return {};
    };
}

} // namespace PortalKeys::Ui
