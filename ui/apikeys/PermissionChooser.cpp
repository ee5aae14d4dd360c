#include "apikeys/PermissionChooser.h"

#include "apikeys/ApiKeyPermissions.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace PortalKeys::Ui {

using ApiKeys::ApiKeyPermissions;

PermissionChooser::PermissionChooser(QWidget *parent)
    : QWidget(parent)
    , m_choice(new QButtonGroup(this))
    , m_all(new QRadioButton(tr("&All: everything the key's owner may do")))
    , m_readOnly(new QRadioButton(tr("&Read only: read everything, change nothing")))
    , m_chosen(new QRadioButton(tr("&Chosen permissions:")))
    , m_scopePanel(new QWidget)
    , m_grid(new QGridLayout(m_scopePanel))
{
    m_all->setObjectName(QStringLiteral("permissionsAll"));
    m_readOnly->setObjectName(QStringLiteral("permissionsReadOnly"));
    m_chosen->setObjectName(QStringLiteral("permissionsChosen"));
    m_choice->addButton(m_all);
    m_choice->addButton(m_readOnly);
    m_choice->addButton(m_chosen);
    m_all->setChecked(true);
    connect(m_choice, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (!checked)
            return;
        updateEnabled();
        emit changed();
    });
    m_grid->setContentsMargins(24, 0, 0, 0);
    m_grid->setHorizontalSpacing(18);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_all);
    layout->addWidget(m_readOnly);
    layout->addWidget(m_chosen);
    layout->addWidget(m_scopePanel);
    setOffered(ApiKeyPermissions::builtIn());
}

void PermissionChooser::setOffered(const QStringList &names)
{
    const QStringList scopes = ApiKeyPermissions::scopesOf(names);
    if (scopes == m_scopes)
        return;
    const QStringList chosen = permissions();
    m_scopes = scopes;
    rebuildScopes();
    if (m_chosen->isChecked())
        setPermissions(chosen);
}

void PermissionChooser::rebuildScopes()
{
    m_boxes.clear();
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    // A row per area ("files"), with its read and write scopes side by side; other names get a row each.
    QStringList areas;
    for (const QString &scope : std::as_const(m_scopes)) {
        const QString area = scope.section(QLatin1Char(':'), 0, 0);
        if (!areas.contains(area))
            areas.append(area);
    }
    for (int row = 0; row < areas.size(); ++row) {
        auto *title = new QLabel(ApiKeyPermissions::scopeTitle(areas.at(row)));
        m_grid->addWidget(title, row, 0);
        int column = 1;
        for (const QString &scope : std::as_const(m_scopes)) {
            if (scope.section(QLatin1Char(':'), 0, 0) != areas.at(row))
                continue;
            const QString access = scope.section(QLatin1Char(':'), 1);
            auto *box = new QCheckBox(access == QLatin1String("read")    ? tr("Read")
                                      : access == QLatin1String("write") ? tr("Read and write")
                                                                         : access);
            box->setObjectName(QStringLiteral("scope:") + scope);
            box->setProperty("scope", scope);
            box->setToolTip(QStringLiteral("%1 — %2").arg(scope, ApiKeyPermissions::scopeDescription(scope)));
            box->setAccessibleName(ApiKeyPermissions::scopeTitle(scope));
            connect(box, &QCheckBox::toggled, this, &PermissionChooser::changed);
            m_grid->addWidget(box, row, column++);
            m_boxes.append(box);
        }
    }
    m_grid->setColumnStretch(3, 1);
    updateEnabled();
}

void PermissionChooser::setPermissions(const QStringList &permissions)
{
    switch (ApiKeyPermissions::choiceOf(permissions)) {
    case ApiKeyPermissions::Choice::All:
        m_all->setChecked(true);
        break;
    case ApiKeyPermissions::Choice::ReadOnly:
        m_readOnly->setChecked(true);
        break;
    case ApiKeyPermissions::Choice::Scopes:
        m_chosen->setChecked(true);
        break;
    }
    for (QCheckBox *box : std::as_const(m_boxes))
        box->setChecked(permissions.contains(box->property("scope").toString()));
    updateEnabled();
}

QStringList PermissionChooser::permissions() const
{
    if (m_all->isChecked())
        return ApiKeyPermissions::forChoice(ApiKeyPermissions::Choice::All);
    if (m_readOnly->isChecked())
        return ApiKeyPermissions::forChoice(ApiKeyPermissions::Choice::ReadOnly);
    QStringList scopes;
    for (const QCheckBox *box : m_boxes) {
        if (box->isChecked())
            scopes.append(box->property("scope").toString());
    }
    return scopes;
}

void PermissionChooser::updateEnabled()
{
    m_scopePanel->setEnabled(m_chosen->isChecked());
}

} // namespace PortalKeys::Ui
