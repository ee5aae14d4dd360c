#include "oauthapps/IconPicker.h"

#include "widgets/FieldMessage.h"

#include "IconScaler.h"
#include "oauth/AppIcon.h"

#include <QBuffer>
#include <QClipboard>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

using Imaging::IconScaler;
using OAuth::AppIcon;

IconPicker::IconPicker(QWidget *parent)
    : QWidget(parent)
    , m_chooseFile(nativeFileChooser(this))
    , m_preview(new QLabel)
    , m_details(new FieldMessage)
    , m_choose(new QPushButton(tr("C&hoose…")))
    , m_paste(new QPushButton(tr("&Paste")))
    , m_clear(new QPushButton(tr("Remo&ve")))
{
    setObjectName(QStringLiteral("iconPicker"));
    m_preview->setObjectName(QStringLiteral("iconPreview"));
    m_preview->setAccessibleName(tr("Icon preview"));
    // The size the portal shows the icon at, framed so that an empty or transparent icon still has a place.
    m_preview->setFixedSize(AppIcon::side + 6, AppIcon::side + 6);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setBackgroundRole(QPalette::Base);
    m_preview->setAutoFillBackground(true);
    m_details->setObjectName(QStringLiteral("iconDetails"));
    m_choose->setObjectName(QStringLiteral("chooseIcon"));
    m_choose->setToolTip(tr("A PNG, JPEG or SVG image; the portal shows it at 32×32 pixels"));
    m_choose->setAutoDefault(false);
    m_paste->setObjectName(QStringLiteral("pasteIcon"));
    m_paste->setToolTip(tr("Use an image copied from another program"));
    m_paste->setAutoDefault(false);
    m_clear->setObjectName(QStringLiteral("clearIcon"));
    m_clear->setAutoDefault(false);
    connect(m_choose, &QPushButton::clicked, this, &IconPicker::chooseFile);
    connect(m_paste, &QPushButton::clicked, this, &IconPicker::pasteImage);
    connect(m_clear, &QPushButton::clicked, this, [this] { accept(QString()); });

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_choose);
    buttons->addWidget(m_paste);
    buttons->addWidget(m_clear);
    buttons->addStretch();
    auto *right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->setSpacing(2);
    right->addLayout(buttons);
    right->addWidget(m_details);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preview, 0, Qt::AlignTop);
    layout->addLayout(right, 1);
    showPreview();
}

QList<QWidget *> IconPicker::focusOrder() const
{
    return {m_choose, m_paste, m_clear};
}

void IconPicker::setLogo(const QString &dataUri)
{
    m_logo = dataUri;
    showPreview();
}

void IconPicker::setReadOnly(bool readOnly)
{
    for (QPushButton *button : {m_choose, m_paste, m_clear})
        button->setVisible(!readOnly);
}

void IconPicker::chooseFile()
{
    const QString path = m_chooseFile ? m_chooseFile(FilePurpose::OpenIcon, QString()) : QString();
    if (path.isEmpty())
        return;
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        emit refused(tr("%1 cannot be read: %2").arg(name, file.errorString()));
        return;
    }
    // Any size is scaled down, but a file this large is no icon's source and would only waste memory.
    if (file.size() > IconScaler::maxFileBytes) {
        emit refused(tr("%1 is too large for an app icon.").arg(name));
        return;
    }
    useBytes(file.readAll(), name);
}

void IconPicker::pasteImage()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime) {
        emit refused(tr("The clipboard holds no image."));
        return;
    }
    // The original bytes when the other program offers them (an SVG stays an SVG), else the decoded image.
    for (const QString &type :
         {QStringLiteral("image/svg+xml"), QStringLiteral("image/png"), QStringLiteral("image/jpeg")}) {
        if (mime->hasFormat(type)) {
            useBytes(mime->data(type), tr("the pasted image"));
            return;
        }
    }
    const QImage image = qvariant_cast<QImage>(mime->imageData());
    if (image.isNull()) {
        emit refused(tr("The clipboard holds no image. Copy an image, or choose an image file."));
        return;
    }
    useBytes(IconScaler::toPng(image), tr("the pasted image"));
}

void IconPicker::useBytes(const QByteArray &bytes, const QString &source)
{
    const IconScaler::Result result = IconScaler::prepare(bytes, false);
    if (result.needsScaling) {
        askToScale(bytes, source, result.originalSize);
        return;
    }
    if (!result.ok()) {
        emit refused(result.error);
        return;
    }
    accept(result.icon.dataUri());
}

void IconPicker::askToScale(const QByteArray &bytes, const QString &source, const QSize &size)
{
    if (m_question)
        m_question->close();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Scale the icon"), tr("Scale to 32×32?"),
                                QMessageBox::NoButton, this);
    m_question = box;
    box->setObjectName(QStringLiteral("scaleQuestion"));
    box->setInformativeText(tr("%1 is %2×%3 pixels; the portal shows app icons at 32×32. PortalKeys can "
                               "scale it, keeping its proportions on a transparent square, and store it as "
                               "PNG.")
                                .arg(source)
                                .arg(size.width())
                                .arg(size.height()));
    QPushButton *scale = box->addButton(tr("&Scale"), QMessageBox::AcceptRole);
    scale->setObjectName(QStringLiteral("scaleIcon"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(scale);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, bytes, scale](QAbstractButton *clicked) {
        if (clicked != scale)
            return;
        const IconScaler::Result result = IconScaler::prepare(bytes, true);
        if (!result.ok())
            emit refused(result.error);
        else
            accept(result.icon.dataUri());
    });
    box->open();
}

void IconPicker::accept(const QString &dataUri)
{
    if (dataUri == m_logo)
        return;
    m_logo = dataUri;
    showPreview();
    emit changed();
}

void IconPicker::showPreview()
{
    m_clear->setEnabled(!m_logo.isEmpty());
    if (m_logo.isEmpty()) {
        m_preview->setPixmap(QPixmap());
        m_preview->setText(QString());
        m_details->showMessage(FieldMessage::Kind::Note, tr("No icon yet. PNG, JPEG or SVG; 32×32 pixels."));
        return;
    }
    const AppIcon icon = AppIcon::fromDataUri(m_logo);
    QImage image;
    image.loadFromData(icon.bytes());
    if (image.isNull()) {
        m_preview->setPixmap(QPixmap());
        m_details->showMessage(FieldMessage::Kind::Note, tr("The icon cannot be shown."));
        return;
    }
    // Shown at the size the portal shows it, whatever its pixels, so that the preview tells the truth.
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap = QPixmap::fromImage(image.scaled(QSize(AppIcon::side, AppIcon::side) * ratio,
                                                     Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(ratio);
    m_preview->setPixmap(pixmap);
    if (icon.isValid()) {
        const QString size = icon.size().isValid()
                                 ? tr("%1×%2 pixels").arg(icon.size().width()).arg(icon.size().height())
                                 : tr("no declared size");
        m_details->showMessage(
            FieldMessage::Kind::Note,
            tr("%1, %2, %3 bytes").arg(AppIcon::formatName(icon.format()), size).arg(icon.bytes().size()));
    } else {
        m_details->clearMessage();
    }
}

} // namespace PortalKeys::Ui
