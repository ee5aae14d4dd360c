#include "thirdparty/ServiceInstructions.h"

#include "thirdparty/ServiceEditorParts.h"
#include "widgets/SecureClipboard.h"

#include "catalog/ServiceCatalog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

using ServiceEditorParts::wrappedLabel;

ServiceInstructions::ServiceInstructions(QWidget *parent)
    : QWidget(parent)
{
    m_clipboard = new SecureClipboard(this);
    m_toggle = new QToolButton;
    m_toggle->setObjectName(QStringLiteral("instructionsToggle"));
    m_toggle->setText(tr("How to get the keys"));
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setAutoRaise(true);
    QFont toggleFont = m_toggle->font();
    toggleFont.setBold(true);
    m_toggle->setFont(toggleFont);
    m_toggle->setAccessibleDescription(tr("Shows or hides the steps to get the keys"));
    connect(m_toggle, &QToolButton::clicked, this, [this] { setShown(!m_shown); });

    m_steps = new QLabel;
    m_steps->setObjectName(QStringLiteral("steps"));
    m_steps->setWordWrap(true);
    m_steps->setTextFormat(Qt::RichText); // built from escaped steps
    m_steps->setTextInteractionFlags(Qt::TextSelectableByMouse);
    createRedirectRow();
    m_helpLink = new QLabel;
    m_helpLink->setObjectName(QStringLiteral("helpLink"));
    m_helpLink->setTextFormat(Qt::RichText);
    m_helpLink->setOpenExternalLinks(true);
    m_helpLink->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_helpLink->setWordWrap(true);
    m_serviceNote = wrappedLabel(QStringLiteral("serviceNote"));
    m_olderKeys = wrappedLabel(QStringLiteral("olderKeys"), true);

    m_body = new QWidget;
    m_body->setObjectName(QStringLiteral("instructions"));
    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->setSpacing(8);
    bodyLayout->addWidget(m_steps);
    bodyLayout->addWidget(m_redirectRow);
    bodyLayout->addWidget(m_redirectNote);
    bodyLayout->addWidget(m_copyStatus);
    bodyLayout->addWidget(m_helpLink);
    bodyLayout->addWidget(m_serviceNote);
    bodyLayout->addWidget(m_olderKeys);

    // The same spacing as the editor's other sections, as if the toggle and the steps were two of them.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_body);
}

void ServiceInstructions::createRedirectRow()
{
    m_redirectUri = new QLineEdit;
    m_redirectUri->setObjectName(QStringLiteral("redirectUri"));
    m_redirectUri->setReadOnly(true);
    m_copyRedirect = new QPushButton(tr("&Copy"));
    m_copyRedirect->setObjectName(QStringLiteral("copyRedirectUri"));
    m_copyRedirect->setAutoDefault(false);
    m_copyRedirect->setToolTip(tr("Copy the redirect URI to register with the provider"));
    m_copyStatus = wrappedLabel(QStringLiteral("copyStatus"), true);
    connect(m_copyRedirect, &QPushButton::clicked, this,
            [this] { m_clipboard->copyPlain(m_redirectUri->text()); });
    m_copyStatus->setVisible(false); // an empty line would leave a gap under the redirect URI
    connect(m_clipboard, &SecureClipboard::copied, m_copyStatus, [this](const QString &status) {
        m_copyStatus->setText(status);
        m_copyStatus->setVisible(true);
        QTimer::singleShot(5000, m_copyStatus, [this] { m_copyStatus->setVisible(false); });
    });
    m_redirectRow = new QWidget;
    auto *redirectLayout = new QHBoxLayout(m_redirectRow);
    redirectLayout->setContentsMargins(0, 0, 0, 0);
    auto *redirectLabel = new QLabel(tr("&Redirect URI:"));
    redirectLabel->setBuddy(m_redirectUri);
    redirectLayout->addWidget(redirectLabel);
    redirectLayout->addWidget(m_redirectUri, 1);
    redirectLayout->addWidget(m_copyRedirect);
    m_redirectNote = wrappedLabel(QStringLiteral("redirectNote"), true);
}

void ServiceInstructions::showDefinition(const Catalog::ServiceDefinition &definition)
{
    const QStringList steps = definition.steps();
    QString html;
    if (!steps.isEmpty()) {
        html = QStringLiteral("<ol style=\"margin-left:0px; -qt-list-indent:1;\">");
        for (const QString &step : steps)
            html += QStringLiteral("<li style=\"margin-bottom:4px;\">%1</li>").arg(step.toHtmlEscaped());
        html += QStringLiteral("</ol>");
    }
    m_steps->setText(html);
    m_steps->setVisible(!html.isEmpty());
    m_redirectUri->setText(definition.redirectUri);
    m_redirectUri->setCursorPosition(0);
    m_redirectRow->setVisible(definition.usesOAuth());
    const QString redirectNote = definition.redirectNote.isEmpty()
                                     ? Catalog::ServiceCatalog::builtIn().redirectNote(definition.product)
                                     : definition.redirectNote;
    m_redirectNote->setText(redirectNote);
    m_redirectNote->setVisible(definition.usesOAuth() && !redirectNote.isEmpty());
    showHelpLink(definition.helpUrl);
    m_serviceNote->setText(definition.note);
    m_serviceNote->setVisible(!definition.note.isEmpty());
    QStringList older;
    for (const Catalog::KeyGeneration &generation : definition.olderKeySets)
        older.append(tr("%1 (%2): %3").arg(generation.title, generation.versions, generation.note));
    m_olderKeys->setText(older.join(QLatin1Char('\n')));
    m_olderKeys->setVisible(!older.isEmpty());
    const bool hasInstructions = !html.isEmpty() || definition.usesOAuth() || !m_helpLink->text().isEmpty() ||
                                 !definition.note.isEmpty() || !older.isEmpty();
    m_toggle->setVisible(hasInstructions);
    m_body->setVisible(hasInstructions && m_shown);
    setVisible(hasInstructions);
}

void ServiceInstructions::showHelpLink(const QUrl &url)
{
    if (url.isValid() && !url.isEmpty()) {
        // The host says where the link goes; a long path would only widen the panel (the tooltip has it all).
        QString shown = url.host() + (url.path().length() > 1 ? url.path() : QString());
        constexpr int maxShown = 34;
        if (shown.size() > maxShown)
            shown = shown.left(maxShown - 1) + QStringLiteral("…");
        m_helpLink->setText(
            tr("Where to get the keys: %1")
                .arg(QStringLiteral("<a href=\"%1\">%2</a>")
                         .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), shown.toHtmlEscaped())));
        m_helpLink->setToolTip(url.toString());
    } else {
        m_helpLink->clear();
    }
    m_helpLink->setVisible(!m_helpLink->text().isEmpty());
}

void ServiceInstructions::setShown(bool shown)
{
    m_shown = shown;
    m_toggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_body->setVisible(shown && !m_toggle->isHidden());
}

QList<QWidget *> ServiceInstructions::focusChain() const
{
    return {m_toggle, m_redirectUri, m_copyRedirect, m_helpLink};
}

} // namespace PortalKeys::Ui
