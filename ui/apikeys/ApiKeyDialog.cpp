#include "apikeys/ApiKeyDialog.h"

#include "apikeys/PermissionChooser.h"

#include "apikeys/ApiKeyPermissions.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSpinBox>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

using ApiKeys::ApiKeyPermissions;
using ApiKeys::NewApiKey;

ApiKeyDialog::ApiKeyDialog(const QString &portalName, const QStringList &offered, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("apiKeyDialog"));
    setWindowTitle(tr("New API key on %1").arg(portalName));
    createWidgets(offered);
    m_permissions->setPermissions({ApiKeyPermissions::all()});
    m_ok->setText(tr("C&reate"));
    validate();
}

ApiKeyDialog::ApiKeyDialog(const ApiKeys::ApiKey &key, const QStringList &offered, QWidget *parent)
    : QDialog(parent)
    , m_editing(true)
    , m_original(key)
{
    setObjectName(QStringLiteral("apiKeyDialog"));
    setWindowTitle(tr("Edit the API key “%1”").arg(key.name));
    createWidgets(offered);
    m_name->setText(key.name);
    m_permissions->setPermissions(key.permissions);
    m_ok->setText(tr("&Save"));
    validate();
}

void ApiKeyDialog::createWidgets(const QStringList &offered)
{
    m_offered = offered;
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("keyName"));
    m_name->setPlaceholderText(tr("What uses the key, e.g. “CI deploy”"));
    // Room for one more character than allowed, so that a pasted long name is seen and explained.
    m_name->setMaxLength(NewApiKey::maxNameLength + 10);
    m_nameCount = new QLabel;
    m_nameCount->setForegroundRole(QPalette::PlaceholderText);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_nameCount);

    m_permissions = new PermissionChooser;
    m_permissions->setOffered(offered);
    auto *permissionsBox = new QGroupBox(tr("Permissions"));
    auto *permissionsLayout = new QVBoxLayout(permissionsBox);
    permissionsLayout->addWidget(m_permissions);

    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("&Name:"));
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, nameRow);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(permissionsBox);

    if (!m_editing) {
        layout->addWidget(createExpiryBox());
    } else {
        auto *note = new QLabel(tr("The key itself and its expiry stay as they are."));
        note->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(note);
    }

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("keyProblem"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("acceptKey"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_ok->isEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textChanged, this, &ApiKeyDialog::validate);
    connect(m_permissions, &PermissionChooser::changed, this, &ApiKeyDialog::validate);
    setMinimumWidth(520);
    m_name->setFocus();
}

QWidget *ApiKeyDialog::createExpiryBox()
{
    m_expires = new QRadioButton(tr("&Expires after"));
    m_expires->setObjectName(QStringLiteral("expiresAfter"));
    m_days = new QSpinBox;
    m_days->setObjectName(QStringLiteral("expiryDays"));
    m_days->setAccessibleName(tr("Days until the key expires"));
    m_days->setRange(NewApiKey::minDays, NewApiKey::maxDays);
    m_days->setValue(defaultDays);
    m_days->setSuffix(tr(" days"));
    m_never = new QRadioButton(tr("Ne&ver expires"));
    m_never->setObjectName(QStringLiteral("neverExpires"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_expires);
    group->addButton(m_never);
    m_expires->setChecked(true);
    connect(m_never, &QRadioButton::toggled, m_days, [this](bool never) { m_days->setEnabled(!never); });
    auto *box = new QGroupBox(tr("Expiry"));
    auto *layout = new QHBoxLayout(box);
    layout->addWidget(m_expires);
    layout->addWidget(m_days);
    layout->addSpacing(16);
    layout->addWidget(m_never);
    layout->addStretch();
    return box;
}

void ApiKeyDialog::validate()
{
    const int length = int(m_name->text().trimmed().size());
    m_nameCount->setText(tr("%1/%2").arg(length).arg(NewApiKey::maxNameLength));
    QStringList problems;
    if (const QString problem = NewApiKey::nameProblem(m_name->text()); !problem.isEmpty())
        problems.append(problem);
    if (const QString problem = ApiKeyPermissions::problem(m_permissions->permissions(), m_offered);
        !problem.isEmpty())
        problems.append(problem);
    if (m_editing && problems.isEmpty() && change().isEmpty())
        problems.append(tr("Nothing changed yet."));
    m_problem->setText(problems.join(QLatin1Char(' ')));
    m_ok->setEnabled(problems.isEmpty());
}

ApiKeys::NewApiKey ApiKeyDialog::newKey() const
{
    NewApiKey key;
    key.name = m_name->text().trimmed();
    key.permissions = m_permissions->permissions();
    if (m_expires && m_expires->isChecked())
        key.expiresInDays = m_days->value();
    return key;
}

ApiKeys::ApiKeyChange ApiKeyDialog::change() const
{
    ApiKeys::ApiKeyChange change;
    const QString name = m_name->text().trimmed();
    if (name != m_original.name)
        change.name = name;
    const QStringList permissions = m_permissions->permissions();
    // "All" is stored as no list at all; compare what the choices mean, not their spelling.
    const bool samePermissions =
        ApiKeyPermissions::choiceOf(permissions) == ApiKeyPermissions::choiceOf(m_original.permissions) &&
        (ApiKeyPermissions::choiceOf(permissions) != ApiKeyPermissions::Choice::Scopes ||
         QSet<QString>(permissions.cbegin(), permissions.cend()) ==
             QSet<QString>(m_original.permissions.cbegin(), m_original.permissions.cend()));
    if (!samePermissions)
        change.permissions = permissions;
    return change;
}

} // namespace PortalKeys::Ui
