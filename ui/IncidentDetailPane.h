#pragma once

#include "model/CaseStore.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace firebreak {
class ClockService;
class ResponseService;
} // namespace firebreak

namespace firebreak::ui {

class AuditLogModel;
class ClockPanel;
class EvidencePanel;
class IncidentWorkspace;
class ReportsPanel;
class IncidentHeader;
class PeopleModel;
class PlaceholderTableView;
class SystemsModel;

// The selected incident: header with the phase selector, and tabs for its
// people, affected systems and audit log. Changes go through CaseStore;
// the pane reports them with incidentChanged() so the window can refresh
// the list and re-verify the audit chain.
class IncidentDetailPane : public QWidget {
    Q_OBJECT
public:
    explicit IncidentDetailPane(QWidget *parent = nullptr);

    void setStore(CaseStore *store);
    // The services behind the Response and Clocks tabs (null: tabs stay empty).
    void setServices(CaseStore *store, ResponseService *response, ClockService *clocks);
    void showClocks();
    // Shows `incident` (or the "select an incident" page) and reloads its
    // people, systems and audit entries from the store.
    void showIncident(const std::optional<Incident> &incident);
    void setAuditVerdict(const AuditVerdict &verdict);
    QString incidentId() const;
    // What the pane says when no incident is shown.
    void setPlaceholderText(const QString &text);

    // Open the add dialogs for the shown incident (no-op when none).
    void addPerson();
    void addSystem();
    void showAuditLog();
    void showEvidence();
    EvidencePanel *evidencePanel() const { return m_evidencePanel; }

signals:
    void incidentChanged(const QString &id);
    void acquireImageRequested(const QString &incidentId);
    void incidentSelectedChanged(bool hasIncident);
    // "Hand over evidence…" on the Evidence tab.
    void handoverRequested(const QString &incidentId);

private:
    void reloadLists();
    void updateEvidenceTab();
    void rebuildWorkspace();
    void changePhase(Phase phase);
    void showError(const QString &message);
    QWidget *auditPage();
    QWidget *tablePage(PlaceholderTableView *table, QPushButton *button, QLabel *note);

    CaseStore *m_store = nullptr;
    ResponseService *m_response = nullptr;
    ClockService *m_clocks = nullptr;
    QWidget *m_responseHost = nullptr;
    QWidget *m_clocksHost = nullptr;
    IncidentWorkspace *m_workspace = nullptr;
    ClockPanel *m_clockPanel = nullptr;
    QWidget *m_reportsHost = nullptr;
    ReportsPanel *m_reportsPanel = nullptr;
    QWidget *m_evidenceHost = nullptr;
    EvidencePanel *m_evidencePanel = nullptr;
    std::optional<Incident> m_incident;
    QStackedWidget *m_stack;
    IncidentHeader *m_header;
    QLabel *m_error;
    QTabWidget *m_tabs;
    PeopleModel *m_peopleModel;
    SystemsModel *m_systemsModel;
    AuditLogModel *m_auditModel;
    PlaceholderTableView *m_peopleTable;
    PlaceholderTableView *m_systemsTable;
    PlaceholderTableView *m_auditTable;
    QPushButton *m_addPerson;
    QPushButton *m_addSystem;
    QLabel *m_auditVerdict;
    QPlainTextEdit *m_auditDetails = nullptr;
    QLabel *m_placeholder;
};

} // namespace firebreak::ui
