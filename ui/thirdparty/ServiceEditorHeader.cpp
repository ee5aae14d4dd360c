#include "thirdparty/ServiceEditorHeader.h"

#include "thirdparty/ServiceCardDelegate.h"
#include "thirdparty/ServiceEditorParts.h"
#include "widgets/ThemedIcon.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

using AuthService::ServiceEntry;

ServiceEditorHeader::ServiceEditorHeader(QWidget *parent)
    : QWidget(parent)
{
    m_icon = new QLabel;
    m_icon->setFixedSize(40, 40);
    m_icon->setAlignment(Qt::AlignCenter);
    m_icon->setBackgroundRole(QPalette::AlternateBase);
    m_icon->setAutoFillBackground(true);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("serviceTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_badge = new QLabel;
    m_badge->setObjectName(QStringLiteral("serviceBadge"));
    m_purpose = ServiceEditorParts::wrappedLabel(QStringLiteral("servicePurpose"));
    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(10);
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_badge, 0, Qt::AlignVCenter);
    titleRow->addStretch();
    auto *titleBox = new QVBoxLayout;
    titleBox->setSpacing(2);
    titleBox->addLayout(titleRow);
    titleBox->addWidget(m_purpose);
    auto *header = new QHBoxLayout(this);
    header->setContentsMargins(0, 0, 0, 0);
    header->setSpacing(12);
    header->addWidget(m_icon, 0, Qt::AlignTop);
    header->addLayout(titleBox, 1);
}

void ServiceEditorHeader::showEntry(const ServiceEntry &entry)
{
    const AuthService::ServiceView &view = entry.view;
    m_icon->setPixmap(ThemedIcon::load(ServiceCardDelegate::iconPath(entry), palette()).pixmap(26, 26));
    m_title->setText(entry.title());
    m_badge->setText(entry.badgeText());
    m_badge->setStyleSheet(ServiceEditorParts::pillStyle(
        StatusColors::swatch(ServiceCardDelegate::badgeTone(entry.badge()), palette())));
    QString purpose = view.definition.purpose;
    if (entry.isDraft() && entry.title() != view.title())
        purpose = tr("Draft for %1. %2").arg(view.title(), purpose);
    m_purpose->setText(purpose);
    m_purpose->setVisible(!purpose.isEmpty());
}

} // namespace PortalKeys::Ui
