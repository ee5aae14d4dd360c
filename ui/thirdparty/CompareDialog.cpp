#include "thirdparty/CompareDialog.h"

#include "thirdparty/BundleWorker.h"
#include "thirdparty/DriftRowDelegate.h"
#include "thirdparty/PassphraseDialog.h"
#include "widgets/BusyBar.h"
#include "widgets/PageControls.h"
#include "widgets/PortalOperation.h"
#include "widgets/VerdictBanner.h"

#include "authservice/KeyDrift.h"
#include "authservice/KeyDriftModel.h"
#include "authservice/KeySourceLoader.h"
#include "drafts/BundleContent.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace PortalKeys::Ui {

using AuthService::KeyDrift;
using AuthService::KeyDriftModel;
using AuthService::KeySource;
using AuthService::KeySourceLoader;

CompareDialog::CompareDialog(SecretStore *secrets, const QString &draftsPath,
                             const QList<Portal::PortalProfile> &profiles, BundleChooser chooseBundle,
                             QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_draftStore(draftsPath)
    , m_profiles(profiles)
    , m_chooseBundle(std::move(chooseBundle))
{
    setWindowTitle(tr("Compare authorization keys"));
    setObjectName(QStringLiteral("compareDialog"));
    createWidgets();
    PageControls::resizeWithinScreen(this, QSize(760, 560));
    updateButtons();
}

CompareDialog::~CompareDialog()
{
    m_operation->abort();
}

QWidget *CompareDialog::createChoices()
{
    auto *choices = new QWidget(this);
    auto *grid = new QVBoxLayout(choices);
    grid->setContentsMargins(0, 0, 0, 0);
    m_draftsChoice = new QRadioButton(tr("The offline &drafts"), choices);
    m_bundleChoice = new QRadioButton(tr("A &bundle file"), choices);
    m_portalChoice = new QRadioButton(tr("Another p&ortal"), choices);
    m_bundleButton = new QPushButton(tr("Choose &File…"), choices);
    m_bundleButton->setObjectName(QStringLiteral("compareBundleButton"));
    m_otherPortal = new QComboBox(choices);
    m_otherPortal->setObjectName(QStringLiteral("compareOtherPortal"));
    m_otherPortal->setAccessibleName(tr("Other portal"));
    for (const Portal::PortalProfile &profile : std::as_const(m_profiles))
        m_otherPortal->addItem(profile.name, profile.id);
    m_choices = new QButtonGroup(this);
    m_choices->addButton(m_draftsChoice, int(Other::Drafts));
    m_choices->addButton(m_bundleChoice, int(Other::Bundle));
    m_choices->addButton(m_portalChoice, int(Other::Portal));
    m_draftsChoice->setChecked(true);

    grid->addWidget(m_draftsChoice);
    auto *bundleRow = new QHBoxLayout;
    bundleRow->addWidget(m_bundleChoice);
    bundleRow->addWidget(m_bundleButton);
    bundleRow->addStretch();
    grid->addLayout(bundleRow);
    auto *portalRow = new QHBoxLayout;
    portalRow->addWidget(m_portalChoice);
    portalRow->addWidget(m_otherPortal, 1);
    grid->addLayout(portalRow);
    connect(m_choices, &QButtonGroup::idClicked, this, [this] { updateButtons(); });
    connect(m_bundleButton, &QPushButton::clicked, this, &CompareDialog::chooseBundle);
    return choices;
}

void CompareDialog::createWidgets()
{
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Is the portal still what you prepared? Its authorization keys are compared key "
                      "by key. Secret values are compared without being shown."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_portal = new QComboBox(this);
    m_portal->setObjectName(QStringLiteral("comparePortal"));
    for (const Portal::PortalProfile &profile : std::as_const(m_profiles))
        m_portal->addItem(profile.name, profile.id);
    form->addRow(tr("&Portal:"), m_portal);
    QWidget *choices = createChoices();
    auto *withLabel = new QLabel(tr("Compare with:"), this);
    withLabel->setBuddy(m_draftsChoice);
    form->addRow(withLabel, choices);
    m_showValues = new QCheckBox(tr("Show the &values of keys that are not secrets"), this);
    form->addRow(QString(), m_showValues);
    layout->addLayout(form);

    m_busy = new BusyBar(this);
    m_operation = new PortalOperation(m_busy, this);
    layout->addWidget(m_busy);
    m_summary = new VerdictBanner(this);
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    layout->addWidget(m_summary);

    m_model = new KeyDriftModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setAccessibleName(tr("Comparison"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new DriftRowDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_compare = buttons->addButton(tr("&Compare"), QDialogButtonBox::ActionRole);
    m_compare->setObjectName(QStringLiteral("compareButton"));
    m_compare->setDefault(true);
    m_apply = buttons->addButton(tr("&Apply the Prepared Keys…"), QDialogButtonBox::ActionRole);
    m_apply->setObjectName(QStringLiteral("compareApplyButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &CompareDialog::reject);
    connect(m_compare, &QPushButton::clicked, this, &CompareDialog::compare);
    connect(m_apply, &QPushButton::clicked, this, &CompareDialog::requestApply);
    connect(m_operation, &PortalOperation::busyChanged, this, [this] { updateButtons(); });
    connect(m_operation, &PortalOperation::failed, this,
            [this](const QString &text) { m_summary->showVerdict(VerdictBanner::State::Invalid, text); });
    connect(m_portal, &QComboBox::currentIndexChanged, this, [this] {
        avoidSamePortal();
        updateButtons();
    });
    connect(m_otherPortal, &QComboBox::currentIndexChanged, this, [this] { updateButtons(); });
    avoidSamePortal();
}

void CompareDialog::setPortal(const QString &profileId)
{
    const int index = m_portal->findData(profileId);
    if (index >= 0)
        m_portal->setCurrentIndex(index);
    avoidSamePortal();
}

void CompareDialog::avoidSamePortal()
{
    // Comparing a portal with itself says nothing: the other side starts on another portal.
    if (m_otherPortal->count() > 1 && m_otherPortal->currentIndex() == m_portal->currentIndex())
        m_otherPortal->setCurrentIndex((m_portal->currentIndex() + 1) % m_otherPortal->count());
}

void CompareDialog::setOther(Other other)
{
    m_choices->button(int(other))->setChecked(true);
    updateButtons();
}

bool CompareDialog::isBusy() const
{
    return m_operation->isBusy();
}

void CompareDialog::updateButtons()
{
    const Other other = Other(m_choices->checkedId());
    const bool busy = m_operation->isBusy();
    m_otherPortal->setEnabled(other == Other::Portal && !busy);
    m_bundleButton->setEnabled(other == Other::Bundle && !busy);
    if (!m_bundlePath.isEmpty())
        m_bundleButton->setText(QFileInfo(m_bundlePath).fileName());
    const bool samePortal = m_otherPortal->currentData() == m_portal->currentData();
    const bool ready = m_portal->count() > 0 && (other != Other::Bundle || !m_bundlePath.isEmpty()) &&
                       (other != Other::Portal || (m_otherPortal->count() > 0 && !samePortal));
    m_compare->setEnabled(ready && !busy);
    m_apply->setEnabled(!busy && m_lastOther != Other::Portal && !m_model->differingServices().isEmpty());
}

Portal::PortalProfile CompareDialog::chosenPortal(const QComboBox *box) const
{
    const QString id = box->currentData().toString();
    for (const Portal::PortalProfile &profile : m_profiles) {
        if (profile.id == id)
            return profile;
    }
    return {};
}

void CompareDialog::chooseBundle()
{
    const QString path = m_chooseBundle ? m_chooseBundle() : QString();
    if (path.isEmpty())
        return;
    m_bundlePath = path;
    m_bundleChoice->setChecked(true);
    updateButtons();
}

void CompareDialog::compare()
{
    if (!m_compare->isEnabled())
        return;
    const Portal::PortalProfile here = chosenPortal(m_portal);
    const Other other = Other(m_choices->checkedId());
    m_summary->showVerdict(VerdictBanner::State::Neutral, QString());
    if (other == Other::Portal)
        return compareTwoPortals(here, chosenPortal(m_otherPortal));
    QObject *token = m_operation->begin(tr("Reading what was prepared…"));
    // The offline side first: a wrong passphrase or a locked keychain stops before the network is used.
    loadOther(token, [this, token, here, other](const KeySource &there) {
        m_operation->setText(tr("Reading the keys of %1…").arg(here.name));
        loadPortal(token, here, [this, token, there, other](const KeySource &ours) {
            finishComparison(token, ours, there, other);
        });
    });
}

void CompareDialog::compareTwoPortals(const Portal::PortalProfile &here, const Portal::PortalProfile &there)
{
    QObject *token = m_operation->begin(tr("Reading the keys of %1 and %2…").arg(here.name, there.name));
    struct Sides {
        std::optional<KeySource> ours, theirs;
    };
    auto sides = std::make_shared<Sides>();
    const auto bothRead = [this, token, sides] {
        if (sides->ours && sides->theirs)
            finishComparison(token, *sides->ours, *sides->theirs, Other::Portal);
    };
    // Both portals are read at the same time; the first opens alone, so a locked keychain asks once.
    m_operation->open(token, here, m_secrets,
                      [this, token, here, there, sides, bothRead](Portal::PortalClient *client) {
                          readPortal(token, client, here, [sides, bothRead](const KeySource &source) {
                              sides->ours = source;
                              bothRead();
                          });
                          loadPortal(token, there, [sides, bothRead](const KeySource &source) {
                              sides->theirs = source;
                              bothRead();
                          });
                      });
}

void CompareDialog::finishComparison(QObject *token, const KeySource &ours, const KeySource &there,
                                     Other other)
{
    if (!m_operation->isCurrent(token))
        return;
    m_operation->end();
    // Only which draft each service came from is kept: the values, secrets among them, go with the
    // comparison.
    m_lastDraftIds.clear();
    for (auto it = there.services.cbegin(); it != there.services.cend(); ++it)
        m_lastDraftIds.insert(it.key(), it.value().draftId);
    m_lastOther = other;
    showResult(ours, there);
}

void CompareDialog::loadOther(QObject *token, SourceReady ready)
{
    switch (Other(m_choices->checkedId())) {
    case Other::Drafts:
        KeySourceLoader::fromDrafts(m_draftStore, *m_secrets, token,
                                    [this, token, ready](const KeySourceLoader::DraftsResult &result) {
                                        if (!m_operation->isCurrent(token))
                                            return;
                                        if (!result.ok()) {
                                            m_operation->end();
                                            m_summary->showVerdict(VerdictBanner::State::Invalid,
                                                                   result.error);
                                            return;
                                        }
                                        ready(result.source);
                                    });
        return;
    case Other::Bundle: {
        QFile file(m_bundlePath);
        if (file.size() > Drafts::Bundle::maxFileSize || !file.open(QIODevice::ReadOnly)) {
            m_operation->end();
            m_summary->showVerdict(
                VerdictBanner::State::Invalid,
                tr("The bundle %1 cannot be read.").arg(QFileInfo(m_bundlePath).fileName()));
            return;
        }
        loadBundle(token, file.readAll(), QString(), std::move(ready));
        return;
    }
    case Other::Portal:
        loadPortal(token, chosenPortal(m_otherPortal), std::move(ready));
        return;
    }
}

void CompareDialog::loadBundle(QObject *token, const QByteArray &content, const QString &error,
                               SourceReady ready)
{
    const QString name = QFileInfo(m_bundlePath).fileName();
    auto *dialog = new PassphraseDialog(tr("Open bundle"), name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!error.isEmpty())
        dialog->setError(error);
    connect(dialog, &QDialog::rejected, this, [this, token] {
        if (m_operation->isCurrent(token))
            m_operation->end();
    });
    connect(dialog, &QDialog::accepted, this, [this, token, dialog, content, name, ready] {
        BundleWorker::decrypt(content, dialog->passphrase(), token,
                              [this, token, content, name, ready](Drafts::Bundle::DecryptResult &result) {
                                  if (!m_operation->isCurrent(token))
                                      return;
                                  if (result.failure == Drafts::Bundle::Failure::WrongPassphrase)
                                      return loadBundle(token, content, result.error, ready);
                                  Drafts::BundleContent::ParseResult parsed =
                                      result.ok() ? Drafts::BundleContent::fromJson(result.json)
                                                  : Drafts::BundleContent::ParseResult();
                                  Drafts::Bundle::wipe(result.json);
                                  const QString failure = !result.ok() ? result.error : parsed.error;
                                  if (!failure.isEmpty()) {
                                      m_operation->end();
                                      m_summary->showVerdict(VerdictBanner::State::Invalid, failure);
                                      return;
                                  }
                                  QList<KeySource::Prepared> drafts;
                                  for (const Drafts::BundleContent::Entry &entry :
                                       std::as_const(parsed.entries))
                                      drafts.append({entry.draft, entry.values});
                                  ready(KeySource::fromDrafts(tr("bundle %1").arg(name), drafts));
                              });
    });
    dialog->open();
}

void CompareDialog::loadPortal(QObject *token, const Portal::PortalProfile &profile, SourceReady ready)
{
    m_operation->open(token, profile, m_secrets, [this, token, profile, ready](Portal::PortalClient *client) {
        readPortal(token, client, profile, ready);
    });
}

void CompareDialog::readPortal(QObject *token, Portal::PortalClient *client,
                               const Portal::PortalProfile &profile, SourceReady ready)
{
    KeySourceLoader::fromPortal(
        client, profile.name,
        [this, token, profile, ready](const Portal::PortalError &error, const KeySource &source) {
            if (!m_operation->isCurrent(token))
                return;
            if (error.isError())
                return m_operation->fail(error, tr("The keys of %1 could not be read.").arg(profile.name));
            ready(source);
        });
}

void CompareDialog::showResult(const KeySource &here, const KeySource &there)
{
    KeyDrift::Options options;
    options.withValues = m_showValues->isChecked();
    const KeyDrift::Result result = KeyDrift::compare(here, there, options);
    m_model->setResult(result, here.label, there.label);
    m_table->resizeColumnsToContents();
    int differing = 0;
    for (const KeyDrift::Row &row : result.rows)
        differing += row.state != KeyDrift::State::Same;
    if (result.rows.isEmpty())
        m_summary->showVerdict(VerdictBanner::State::Neutral,
                               tr("Neither %1 nor %2 has authorization keys.").arg(here.label, there.label));
    else if (differing == 0)
        m_summary->showVerdict(VerdictBanner::State::Valid,
                               tr("No differences between %1 and %2 (keys compared: %3).")
                                   .arg(here.label, there.label)
                                   .arg(result.rows.size()));
    else
        m_summary->showVerdict(VerdictBanner::State::Warning,
                               tr("Keys that differ between %1 and %2: %3 of %4.")
                                   .arg(here.label, there.label)
                                   .arg(differing)
                                   .arg(result.rows.size()));
    updateButtons();
    emit compared(result.differs());
}

void CompareDialog::requestApply()
{
    QStringList draftIds;
    for (const QString &service : m_model->differingServices()) {
        const QString id = m_lastDraftIds.value(service);
        if (!id.isEmpty())
            draftIds.append(id);
    }
    emit applyRequested(m_lastOther == Other::Drafts ? draftIds : QStringList(),
                        m_lastOther == Other::Bundle ? m_bundlePath : QString(),
                        m_portal->currentData().toString());
}

void CompareDialog::reject()
{
    if (m_operation->isBusy() && m_operation->cancel())
        return;
    QDialog::reject();
}

} // namespace PortalKeys::Ui
