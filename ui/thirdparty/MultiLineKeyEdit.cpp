#include "thirdparty/MultiLineKeyEdit.h"

#include "widgets/StatusColors.h"

#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

namespace {

constexpr qint64 maxKeyFileSize = 1024 * 1024;

} // namespace

MultiLineKeyEdit::MultiLineKeyEdit(bool masked, QWidget *parent)
    : QWidget(parent)
    , m_masked(masked)
    , m_edit(new QPlainTextEdit)
    , m_summary(new QLabel)
    , m_fileError(new QLabel)
    , m_show(new QPushButton(tr("Show")))
    , m_paste(new QPushButton(tr("Paste")))
    , m_load(new QPushButton(tr("Load from file…")))
{
    m_edit->setObjectName(QStringLiteral("keyText"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setTabChangesFocus(true);
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * 6 + 2 * m_edit->frameWidth() + 8);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        updateView();
        emit textChanged();
    });

    m_summary->setObjectName(QStringLiteral("concealedKey"));
    m_summary->setFrameShape(QFrame::StyledPanel);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setMargin(8);
    m_fileError->setObjectName(QStringLiteral("keyFileError"));
    m_fileError->setWordWrap(true);
    m_fileError->setStyleSheet(StatusColors::styleSheet(StatusColors::Tone::Error, m_fileError->palette()));
    m_fileError->setVisible(false);

    m_show->setObjectName(QStringLiteral("showKey"));
    m_show->setAutoDefault(false);
    connect(m_show, &QPushButton::clicked, this, [this] {
        setConcealed(!m_concealed);
        if (!m_concealed)
            m_edit->setFocus();
    });
    m_paste->setObjectName(QStringLiteral("pasteKey"));
    m_paste->setAutoDefault(false);
    m_paste->setToolTip(tr("Replace the key with what the clipboard holds"));
    connect(m_paste, &QPushButton::clicked, this, &MultiLineKeyEdit::pasteClipboard);
    m_load->setObjectName(QStringLiteral("loadKeyFile"));
    m_load->setAutoDefault(false);
    m_load->setToolTip(tr("Read the key from a file, such as a .p8 or .json file from the provider"));
    connect(m_load, &QPushButton::clicked, this, &MultiLineKeyEdit::chooseFile);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_show);
    buttons->addWidget(m_paste);
    buttons->addWidget(m_load);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_edit);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(m_fileError);
    setFocusProxy(m_edit);
    updateView();
}

QString MultiLineKeyEdit::text() const
{
    return m_edit->toPlainText();
}

void MultiLineKeyEdit::setText(const QString &text)
{
    if (text == m_edit->toPlainText())
        return;
    // A value that arrives whole (from the portal, a draft, a file) is hidden at once; typing shows itself.
    m_concealed = m_masked && !text.isEmpty();
    m_edit->setPlainText(text);
    updateView();
}

bool MultiLineKeyEdit::isConcealed() const
{
    return m_concealed;
}

void MultiLineKeyEdit::setConcealed(bool concealed)
{
    m_concealed = m_masked && concealed;
    updateView();
}

void MultiLineKeyEdit::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void MultiLineKeyEdit::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_edit->setReadOnly(readOnly);
    updateView();
}

void MultiLineKeyEdit::updateView()
{
    const QString text = m_edit->toPlainText();
    const bool hidden = m_concealed && !text.isEmpty();
    if (hidden) {
        const int lines = int(text.count(QLatin1Char('\n'))) + (text.endsWith(QLatin1Char('\n')) ? 0 : 1);
        // Separate singular texts keep the untranslated English right; translators get %n plural forms.
        const int characters = int(text.size());
        m_summary->setText((lines == 1
                                ? tr("Hidden: %n characters on one line", nullptr, characters)
                                : tr("Hidden: %1 characters on %n lines", nullptr, lines).arg(characters)));
    }
    m_summary->setVisible(hidden);
    m_edit->setVisible(!hidden);
    m_show->setText(m_concealed ? tr("Show") : tr("Hide"));
    m_show->setToolTip(m_concealed ? tr("Show the key") : tr("Hide the key"));
    m_show->setVisible(m_masked && !text.isEmpty()); // nothing to show or hide yet
    m_paste->setVisible(!m_readOnly);
    m_load->setVisible(!m_readOnly);
    // While hidden, the summary takes the focus's place: the buttons stay reachable with Tab.
    setFocusProxy(hidden ? static_cast<QWidget *>(m_show) : m_edit);
}

void MultiLineKeyEdit::pasteClipboard()
{
    const QString pasted = QGuiApplication::clipboard()->text();
    if (pasted.isEmpty())
        return;
    m_fileError->setVisible(false);
    setText(pasted);
}

bool MultiLineKeyEdit::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    QString problem;
    if (!file.open(QIODevice::ReadOnly))
        problem = tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
    else if (file.size() > maxKeyFileSize)
        problem = tr("%1 is larger than 1 MiB, so it is not a key file.").arg(QFileInfo(path).fileName());
    QByteArray content;
    if (problem.isEmpty())
        content = file.readAll();
    if (problem.isEmpty() && QString::fromUtf8(content).toUtf8() != content)
        problem = tr("%1 is not a text file; choose the key file itself.").arg(QFileInfo(path).fileName());
    m_fileError->setText(problem);
    m_fileError->setVisible(!problem.isEmpty());
    if (error)
        *error = problem;
    if (!problem.isEmpty())
        return false;
    setText(QString::fromUtf8(content));
    content.fill('\0');
    return true;
}

void MultiLineKeyEdit::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Load a key file"), QString(), tr("Key files (*.p8 *.pem *.key *.json);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

} // namespace PortalKeys::Ui
