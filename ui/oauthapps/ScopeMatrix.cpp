#include "oauthapps/ScopeMatrix.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>

namespace PortalKeys::Ui {

using OAuth::ScopeModel;

namespace {

enum Column { TitleColumn, ReadColumn, WriteColumn, DescriptionColumn };

QLabel *headerLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setAlignment(Qt::AlignCenter);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

ScopeMatrix::ScopeMatrix(QWidget *parent)
    : QWidget(parent)
    , m_model(ScopeModel::builtIn())
    , m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("scopeMatrix"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(14);
    m_grid->setVerticalSpacing(6);
    rebuild();
}

void ScopeMatrix::setModel(const ScopeModel &model)
{
    const QStringList chosen = m_model.scopes();
    m_model = model;
    m_model.setScopes(chosen);
    rebuild();
    if (m_model.scopes() != chosen)
        emit changed();
}

QStringList ScopeMatrix::setScopes(const QStringList &scopes)
{
    const QStringList unknown = m_model.setScopes(scopes);
    sync();
    return unknown;
}

void ScopeMatrix::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    sync();
}

void ScopeMatrix::rebuild()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_boxes.clear();
    m_descriptions.clear();

    m_grid->addWidget(headerLabel(tr("Read")), 0, ReadColumn);
    m_grid->addWidget(headerLabel(tr("Write")), 0, WriteColumn);
    int row = 1;
    for (const ScopeModel::Group &group : m_model.groups()) {
        auto *title = new QLabel(group.title);
        m_grid->addWidget(title, row, TitleColumn);
        const auto addBox = [this, &group, row](const QString &scope, int column, const QString &access) {
            auto *box = new QCheckBox;
            box->setObjectName(QStringLiteral("scope-") + scope);
            box->setAccessibleName(access.isEmpty() ? group.title : tr("%1: %2").arg(group.title, access));
            box->setToolTip(QStringLiteral("%1 — %2").arg(scope, ScopeModel::description(scope)));
            connect(box, &QCheckBox::toggled, this,
                    [this, scope](bool checked) { onToggled(scope, checked); });
            m_grid->addWidget(box, row, column, Qt::AlignCenter);
            m_boxes.insert(scope, box);
        };
        if (group.isSingle()) {
            // One scope of its own (OpenID): a single box, under Read, as the portal shows it.
            addBox(group.single, ReadColumn, QString());
        } else {
            if (!group.read.isEmpty())
                addBox(group.read, ReadColumn, tr("read"));
            if (!group.write.isEmpty())
                addBox(group.write, WriteColumn, tr("write"));
        }
        auto *description = new QLabel;
        description->setForegroundRole(QPalette::PlaceholderText);
        description->setWordWrap(true);
        m_grid->addWidget(description, row, DescriptionColumn);
        m_descriptions.insert(group.id, description);
        ++row;
    }
    m_grid->setColumnStretch(DescriptionColumn, 1);
    sync();
    emit rebuilt();
}

QList<QWidget *> ScopeMatrix::focusOrder() const
{
    QList<QWidget *> widgets;
    for (const ScopeModel::Group &group : m_model.groups()) {
        for (const QString &scope : {group.single, group.read, group.write}) {
            if (QCheckBox *box = m_boxes.value(scope))
                widgets.append(box);
        }
    }
    return widgets;
}

void ScopeMatrix::onToggled(const QString &scope, bool checked)
{
    if (m_syncing)
        return;
    // A refused change (unchecking read under write) is put back by sync().
    m_model.setSelected(scope, checked);
    sync();
    emit changed();
}

void ScopeMatrix::sync()
{
    m_syncing = true;
    for (const ScopeModel::Group &group : m_model.groups()) {
        const bool writeChosen = !group.write.isEmpty() && m_model.isSelected(group.write);
        for (const QString &scope : group.scopes()) {
            QCheckBox *box = m_boxes.value(scope);
            if (!box)
                continue;
            box->setChecked(m_model.isSelected(scope));
            const bool lockedByWrite = scope == group.read && writeChosen;
            box->setEnabled(!m_readOnly && !lockedByWrite);
            if (lockedByWrite)
                box->setToolTip(tr("Write access includes read access."));
            else
                box->setToolTip(QStringLiteral("%1 — %2").arg(scope, ScopeModel::description(scope)));
        }
        // Say what the chosen access allows, in the portal's words.
        QString shown;
        switch (m_model.access(group.id)) {
        case ScopeModel::Access::Write:
            shown = ScopeModel::description(group.write);
            break;
        case ScopeModel::Access::Read:
            shown = ScopeModel::description(group.isSingle() ? group.single : group.read);
            break;
        case ScopeModel::Access::None:
            break;
        }
        if (QLabel *description = m_descriptions.value(group.id))
            description->setText(shown);
    }
    m_syncing = false;
}

} // namespace PortalKeys::Ui
