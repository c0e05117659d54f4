#include "IncidentDetailPane.h"

#include "AddPersonDialog.h"
#include "AddSystemDialog.h"
#include "AuditLogModel.h"
#include "DialogChrome.h"
#include "IncidentHeader.h"
#include "Palette.h"
#include "PeopleModel.h"
#include "PlaceholderTableView.h"
#include "ReadOnlyGate.h"
#include "SystemsModel.h"
#include "clocks/ClockPanel.h"
#include "evidence/EvidencePanel.h"
#include "reports/ReportsPanel.h"
#include "workspace/IncidentWorkspace.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace firebreak::ui {

namespace {
// The guided response comes first: it is what the commander works in.
enum Tab { ResponseTab, ClocksTab, ReportsTab, PeopleTab, SystemsTab, EvidenceTab, AuditTab };

void setWidths(QHeaderView *header, std::initializer_list<int> widths)
{
    int column = 0;
    for (int w : widths)
        header->resizeSection(column++, w);
}
} // namespace

IncidentDetailPane::IncidentDetailPane(QWidget *parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)), m_header(new IncidentHeader(this)),
      m_error(chrome::errorLabel(this)), m_tabs(new QTabWidget(this)), m_peopleModel(new PeopleModel(this)),
      m_systemsModel(new SystemsModel(this)), m_auditModel(new AuditLogModel(this)),
      m_peopleTable(new PlaceholderTableView(this)), m_systemsTable(new PlaceholderTableView(this)),
      m_auditTable(new PlaceholderTableView(this)), m_addPerson(new QPushButton(tr("Add person…"), this)),
      m_addSystem(new QPushButton(tr("Add system…"), this)), m_auditVerdict(new QLabel(this)),
      m_placeholder(new QLabel(this))
{
    readonly::writes({m_addPerson, m_addSystem});
    setObjectName(QStringLiteral("incidentDetailPane"));
    m_error->setObjectName(QStringLiteral("detailErrorLabel"));
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setDocumentMode(true);

    m_peopleTable->setObjectName(QStringLiteral("peopleTable"));
    m_peopleTable->setModel(m_peopleModel);
    m_peopleTable->setPlaceholderText(
        tr("No people on this incident yet — Add person… records who is working on it and how to reach them."));
    setWidths(m_peopleTable->horizontalHeader(), {220, 200, 240});

    m_systemsTable->setObjectName(QStringLiteral("systemsTable"));
    m_systemsTable->setModel(m_systemsModel);
    m_systemsTable->setPlaceholderText(
        tr("No affected systems recorded — Add system… for each host to isolate and image."));
    setWidths(m_systemsTable->horizontalHeader(), {200, 170, 170, 150, 170});

    m_auditTable->setObjectName(QStringLiteral("auditTable"));
    m_auditTable->setModel(m_auditModel);
    m_auditTable->setPlaceholderText(tr("No audit entries for this incident."));
    m_auditTable->horizontalHeader()->setSectionResizeMode(AuditLogModel::SeqColumn, QHeaderView::ResizeToContents);
    setWidths(m_auditTable->horizontalHeader(), {50, 160, 90, 130, 190, 120});
    m_auditVerdict->setObjectName(QStringLiteral("auditVerdictLabel"));
    m_auditVerdict->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_addPerson->setObjectName(QStringLiteral("addPersonButton"));
    m_addPerson->setToolTip(tr("Add a person working on this incident (Ctrl+Shift+P)"));
    m_addSystem->setObjectName(QStringLiteral("addSystemButton"));
    m_addSystem->setToolTip(tr("Record an affected system (Ctrl+Shift+S)"));

    m_responseHost = new QWidget(this);
    m_responseHost->setObjectName(QStringLiteral("responseHost"));
    auto *responseLayout = new QVBoxLayout(m_responseHost);
    responseLayout->setContentsMargins(0, 4, 0, 0);
    m_clocksHost = new QWidget(this);
    m_clocksHost->setObjectName(QStringLiteral("clocksHost"));
    auto *clocksLayout = new QVBoxLayout(m_clocksHost);
    clocksLayout->setContentsMargins(0, 4, 0, 0);
    m_tabs->addTab(m_responseHost, tr("Response"));
    m_tabs->addTab(m_clocksHost, tr("Clocks"));
    m_reportsHost = new QWidget(this);
    m_reportsHost->setObjectName(QStringLiteral("reportsHost"));
    auto *reportsLayout = new QVBoxLayout(m_reportsHost);
    reportsLayout->setContentsMargins(0, 4, 0, 0);
    m_tabs->addTab(m_reportsHost, tr("Reports"));
    // Laying out a report is not free: only for the incident on screen, when the tab is open.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == ReportsTab && m_reportsPanel && m_reportsPanel->incidentId() != incidentId())
            m_reportsPanel->setIncident(incidentId());
    });
    m_tabs->addTab(tablePage(m_peopleTable, m_addPerson, nullptr), tr("People"));
    m_tabs->addTab(tablePage(m_systemsTable, m_addSystem, nullptr), tr("Systems"));
    m_evidenceHost = new QWidget(this);
    m_evidenceHost->setObjectName(QStringLiteral("evidenceHost"));
    auto *evidenceLayout = new QVBoxLayout(m_evidenceHost);
    evidenceLayout->setContentsMargins(0, 0, 0, 0);
    m_tabs->addTab(m_evidenceHost, tr("Evidence"));
    m_tabs->addTab(auditPage(), tr("Audit log"));

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(8, 2, 8, 0);
    contentLayout->setSpacing(4);
    contentLayout->addWidget(m_header);
    contentLayout->addWidget(m_error);
    contentLayout->addWidget(m_tabs, 1);

    m_placeholder->setObjectName(QStringLiteral("noSelectionLabel"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    QPalette pal = m_placeholder->palette();
    pal.setColor(QPalette::WindowText, palette::muted(pal));
    m_placeholder->setPalette(pal);
    setPlaceholderText(tr("Select an incident above to see its people, systems and audit log."));

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_addPerson, &QPushButton::clicked, this, &IncidentDetailPane::addPerson);
    connect(m_addSystem, &QPushButton::clicked, this, &IncidentDetailPane::addSystem);
    connect(m_header, &IncidentHeader::phaseRequested, this, &IncidentDetailPane::changePhase);
}

QWidget *IncidentDetailPane::tablePage(PlaceholderTableView *table, QPushButton *button, QLabel *note)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);
    if (button || note) {
        auto *row = new QHBoxLayout;
        if (note)
            row->addWidget(note, 1);
        else
            row->addStretch(1);
        if (button)
            row->addWidget(button);
        layout->addLayout(row);
    }
    layout->addWidget(table, 1);
    return page;
}

// The log reads like a log (what happened, to what, by whom, when); the
// record behind a row (action id, keys, hashes, raw JSON) is shown below
// it when the row is selected.
QWidget *IncidentDetailPane::auditPage()
{
    m_auditTable->setColumnHidden(AuditLogModel::HashColumn, true);
    m_auditTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_auditTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_auditDetails = new QPlainTextEdit(this);
    m_auditDetails->setObjectName(QStringLiteral("auditDetails"));
    m_auditDetails->setReadOnly(true);
    m_auditDetails->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_auditDetails->setPlaceholderText(tr("Select an entry to see its record: action id, hashes and raw data."));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("auditSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(tablePage(m_auditTable, nullptr, m_auditVerdict));
    split->addWidget(m_auditDetails);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    connect(m_auditTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const auto &rows = m_auditModel->entries();
                m_auditDetails->setPlainText(current.isValid() && current.row() < rows.size()
                                                 ? AuditLogModel::detailsText(rows.at(current.row()))
                                                 : QString());
            });
    connect(m_auditModel, &QAbstractItemModel::modelReset, m_auditDetails, &QPlainTextEdit::clear);
    return split;
}

void IncidentDetailPane::setStore(CaseStore *store)
{
    setServices(store, nullptr, nullptr);
}

void IncidentDetailPane::setServices(CaseStore *store, ResponseService *response, ClockService *clocks)
{
    // Panels hold references into the old store: drop them first.
    delete m_workspace;
    m_workspace = nullptr;
    delete m_clockPanel;
    m_clockPanel = nullptr;
    delete m_reportsPanel;
    m_reportsPanel = nullptr;
    delete m_evidencePanel; // cancels and waits for a running verification
    m_evidencePanel = nullptr;
    m_store = store;
    m_response = response;
    m_clocks = clocks;
    if (m_store && m_clocks) {
        m_clockPanel = new ClockPanel(*m_store, *m_clocks, m_clocksHost);
        m_clocksHost->layout()->addWidget(m_clockPanel);
        connect(m_clockPanel, &ClockPanel::clocksChanged, this,
                [this](const QString &id) { emit incidentChanged(id); });
    }
    if (m_store) {
        m_evidencePanel = new EvidencePanel(*m_store, m_evidenceHost);
        m_evidenceHost->layout()->addWidget(m_evidencePanel);
        connect(m_evidencePanel, &EvidencePanel::evidenceChanged, this,
                [this](const QString &id) { emit incidentChanged(id); });
        connect(m_evidencePanel, &EvidencePanel::reloaded, this, &IncidentDetailPane::updateEvidenceTab);
        connect(m_evidencePanel, &EvidencePanel::handoverRequested, this, &IncidentDetailPane::handoverRequested);
    }
    if (m_store && m_clocks && m_response) {
        m_reportsPanel = new ReportsPanel(*m_store, *m_response, *m_clocks, QString(), m_reportsHost);
        m_reportsHost->layout()->addWidget(m_reportsPanel);
    }
    showIncident(std::nullopt);
}

void IncidentDetailPane::showClocks()
{
    m_tabs->setCurrentIndex(ClocksTab);
}

void IncidentDetailPane::rebuildWorkspace()
{
    const QString id = incidentId();
    if (m_workspace && m_workspace->incidentId() == id) {
        m_workspace->reload();
        return;
    }
    delete m_workspace;
    m_workspace = nullptr;
    if (id.isEmpty() || !m_store || !m_response)
        return;
    m_workspace = new IncidentWorkspace(*m_store, *m_response, id, m_responseHost);
    m_workspace->setClockService(m_clocks);
    m_workspace->setHeaderVisible(false); // the pane's header already names the incident
    m_responseHost->layout()->addWidget(m_workspace);
    connect(m_workspace, &IncidentWorkspace::changed, this, [this] { emit incidentChanged(incidentId()); });
    connect(m_workspace, &IncidentWorkspace::clocksRequested, this, [this] { showClocks(); });
    connect(m_workspace, &IncidentWorkspace::acquireImageRequested, this, &IncidentDetailPane::acquireImageRequested);
}

void IncidentDetailPane::setPlaceholderText(const QString &text)
{
    m_placeholder->setText(text);
}

QString IncidentDetailPane::incidentId() const
{
    return m_incident ? m_incident->id : QString();
}

void IncidentDetailPane::showIncident(const std::optional<Incident> &incident)
{
    const bool switched = incidentId() != (incident ? incident->id : QString());
    m_incident = incident;
    if (switched)
        showError({});
    if (!m_incident || !m_store) {
        delete m_workspace;
        m_workspace = nullptr;
        m_peopleModel->setPeople({});
        m_systemsModel->setSystems({});
        m_auditModel->setEntries({});
        if (m_evidencePanel)
            m_evidencePanel->setIncident({});
        m_stack->setCurrentIndex(0);
        emit incidentSelectedChanged(false);
        return;
    }
    m_header->setIncident(*m_incident, m_store->clock().nowUtc());
    reloadLists();
    rebuildWorkspace();
    if (m_clockPanel && m_clockPanel->incidentId() != m_incident->id)
        m_clockPanel->setIncidentId(m_incident->id);
    else if (m_clockPanel)
        m_clockPanel->refresh();
    // The register is small; re-reading it on every refresh also shows what
    // an acquisition or another process added.
    if (m_evidencePanel)
        m_evidencePanel->setIncident(m_incident->id);
    if (m_reportsPanel && m_tabs->currentIndex() == ReportsTab && m_reportsPanel->incidentId() != m_incident->id)
        m_reportsPanel->setIncident(m_incident->id);
    m_stack->setCurrentIndex(1);
    emit incidentSelectedChanged(true);
}

void IncidentDetailPane::reloadLists()
{
    const QString id = incidentId();
    QStringList failures;
    if (auto people = m_store->people(id))
        m_peopleModel->setPeople(*people);
    else
        failures << people.error().message;
    if (auto systems = m_store->systems(id))
        m_systemsModel->setSystems(*systems);
    else
        failures << systems.error().message;
    if (auto entries = m_store->auditLog(id))
        m_auditModel->setEntries(*entries);
    else
        failures << entries.error().message;
    if (!failures.isEmpty())
        showError(tr("Could not read %1 from the case store: %2").arg(id, failures.join(QStringLiteral("; "))));

    m_tabs->setTabText(PeopleTab, tr("People (%1)").arg(m_peopleModel->rowCount()));
    m_tabs->setTabText(SystemsTab, tr("Systems (%1)").arg(m_systemsModel->rowCount()));
    m_tabs->setTabText(AuditTab, tr("Audit log (%1)").arg(m_auditModel->rowCount()));
}

void IncidentDetailPane::updateEvidenceTab()
{
    if (!m_evidencePanel)
        return;
    const int problems = m_evidencePanel->problemCount();
    // A mismatch is visible from every tab, in words as well as the icon.
    m_tabs->setTabText(EvidenceTab,
                       problems > 0 ? tr("Evidence (%1) · %2 MISMATCH").arg(m_evidencePanel->itemCount()).arg(problems)
                                    : tr("Evidence (%1)").arg(m_evidencePanel->itemCount()));
    m_tabs->setTabIcon(EvidenceTab, problems > 0 ? style()->standardIcon(QStyle::SP_MessageBoxCritical) : QIcon());
}

void IncidentDetailPane::showEvidence()
{
    m_tabs->setCurrentIndex(EvidenceTab);
}

void IncidentDetailPane::setAuditVerdict(const AuditVerdict &verdict)
{
    m_auditModel->setVerdict(verdict);
    QString text;
    switch (verdict.state) {
    case AuditVerdict::State::Empty: text = tr("Audit trail is empty."); break;
    case AuditVerdict::State::Intact:
        text = tr("✓ Hash chain verified: %1 entries in this case store, head %2…")
                   .arg(verdict.entries)
                   .arg(verdict.headHash.left(12));
        break;
    case AuditVerdict::State::Broken:
        text = tr("⚠ Hash chain broken at seq %1 — entries from there on cannot be proven unaltered.")
                   .arg(verdict.firstBadSeq);
        break;
    }
    m_auditVerdict->setText(text);
    m_auditVerdict->setToolTip(verdict.problems.join(QLatin1Char('\n')));
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, verdict.intact() ? palette::muted(pal) : palette::accent());
    m_auditVerdict->setPalette(pal);
    m_tabs->setTabIcon(AuditTab, verdict.intact() ? QIcon() : style()->standardIcon(QStyle::SP_MessageBoxWarning));
}

void IncidentDetailPane::showError(const QString &message)
{
    chrome::showError(m_error, message);
}

void IncidentDetailPane::changePhase(Phase phase)
{
    if (!m_store || !m_incident)
        return;
    // Start from the stored record, not our copy: another process may have
    // changed other fields since the last refresh.
    auto fresh = m_store->incident(m_incident->id);
    if (!fresh) {
        m_header->resetPhase();
        showError(tr("The phase was not changed: %1").arg(fresh.error().message));
        return;
    }
    Incident edited = *fresh;
    edited.phase = phase;
    auto saved = m_store->updateIncident(edited);
    if (!saved) {
        m_header->resetPhase();
        showError(tr("The phase was not changed: %1").arg(saved.error().message));
        return;
    }
    showError({});
    m_incident = *saved;
    emit incidentChanged(saved->id);
}

void IncidentDetailPane::showAuditLog()
{
    m_tabs->setCurrentIndex(AuditTab);
}

void IncidentDetailPane::addPerson()
{
    if (!m_store || !m_incident)
        return;
    auto *dialog = new AddPersonDialog(*m_store, m_incident->id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddPersonDialog::personAdded, this, [this](const QString &id) {
        m_tabs->setCurrentIndex(PeopleTab);
        emit incidentChanged(id);
    });
    dialog->open();
}

void IncidentDetailPane::addSystem()
{
    if (!m_store || !m_incident)
        return;
    auto *dialog = new AddSystemDialog(*m_store, m_incident->id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddSystemDialog::systemAdded, this, [this](const QString &id) {
        m_tabs->setCurrentIndex(SystemsTab);
        emit incidentChanged(id);
    });
    dialog->open();
}

} // namespace firebreak::ui
