#include "shell/AboutDialog.h"
#include "shell/Resources.h"

#include "common/BuildInfo.h"
#include "secrets/KeychainSecretStore.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

namespace {

QList<QPair<QString, QString>> versionRows()
{
    return {
        {AboutDialog::tr("PortalKeys"), BuildInfo::applicationVersion()},
        {AboutDialog::tr("Qt"), AboutDialog::tr("%1 (built with %2)")
                                    .arg(BuildInfo::qtRuntimeVersion(), QStringLiteral(QT_VERSION_STR))},
        {AboutDialog::tr("OpenSSL"), BuildInfo::openSslVersion()},
        {AboutDialog::tr("QtKeychain"), BuildInfo::qtKeychainVersion()},
        {AboutDialog::tr("Secret storage"), KeychainSecretStore().backendName()},
    };
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    ensureResourcesLoaded();
    setWindowTitle(tr("About PortalKeys"));

    auto *icon = new QLabel;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/portalkeys.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(
        QStringLiteral("<h2>PortalKeys %1</h2>").arg(BuildInfo::applicationVersion().toHtmlEscaped()));
    auto *purpose =
        new QLabel(tr("Keys, tokens and OAuth apps for ONLYOFFICE DocSpace and Workspace portals."));
    purpose->setWordWrap(true);

    auto *versions = new QFormLayout;
    versions->setLabelAlignment(Qt::AlignRight);
    for (const auto &row : versionRows()) {
        auto *value = new QLabel(row.second);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        versions->addRow(row.first + QLatin1Char(':'), value);
    }

    auto *licenses = new QLabel(
        tr("PortalKeys is free software, licensed under the GNU General Public License, version 3 or later. "
           "It uses Qt under the GNU LGPL version 3, OpenSSL under the Apache License 2.0, and QtKeychain "
           "under the BSD 3-Clause License."));
    licenses->setObjectName(QStringLiteral("licenses"));
    licenses->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *copy = buttons->addButton(tr("&Copy versions"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(versionReport()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(purpose);
    text->addSpacing(8);
    text->addLayout(versions);
    text->addSpacing(8);
    text->addWidget(licenses);

    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(icon);
    top->addLayout(text, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    buttons->button(QDialogButtonBox::Close)->setFocus();
}

QString AboutDialog::versionReport() const
{
    QStringList lines;
    for (const auto &row : versionRows())
        lines << row.first + QStringLiteral(": ") + row.second;
    return lines.join(QLatin1Char('\n'));
}

} // namespace PortalKeys::Ui
