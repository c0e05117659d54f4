#pragma once

#include "model/CaseStore.h"
#include "model/clocks/ClockService.h"
#include "model/response/ResponseService.h"

#include <QMainWindow>

#include <memory>

class QSplitter;
class QStackedWidget;
class QTimer;

namespace firebreak::ui {

class AuditBanner;
class CheckpointKeeper;
class ClockAlerter;
class DeadlineBanner;
class IncidentDetailPane;
class IncidentListPane;
class InterruptedBanner;
class StoreErrorPage;
class StoreStatus;
class WindowActions;

// The incident commander's dashboard: the incident list over a detail
// pane, the audit-chain banner, and the status bar naming the open store
// and its chain state. A thin shell: every change goes through CaseStore.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const Clock &clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) the case store at `path`. On failure shows the
    // error page naming the file and the reason, keeps any store that was
    // already open, and returns false. A transient store (the --demo one)
    // is not remembered as the one to reopen and says so in the title.
    enum class StoreKind { Case, Demo };
    bool openStore(const QString &path, StoreKind kind = StoreKind::Case);
    CaseStore *store() const { return m_store.get(); }

    // Reloads incidents, re-verifies the audit chain, refreshes the detail pane.
    void refresh();
    void selectIncident(const QString &id);
    // Opens the acquisition dialog for an incident (modeless; imaging runs on its own thread).
    void acquireImage(const QString &incidentId);
    QString currentIncidentId() const;

    // The store opened last (successfully), for starting where the user left off.
    static QString lastStorePath();

    // Milliseconds between checks for changes made by other processes.
    static constexpr int kRefreshIntervalMs = 5000;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildWorkspace();
    void connectActions();
    void restoreSettings();
    void saveSettings() const;

    void showStoreError(const QString &path, const Error &error);
    void verifyAudit();
    void pollForChanges();
    QString storeFingerprint() const;

    void chooseStore(bool create);
    void newIncident();
    void showAbout();
    void closeDialogs();

    const Clock &m_clock;
    std::unique_ptr<CaseStore> m_store;
    // Services over the open store (declared after it: destroyed first).
    std::unique_ptr<ClockService> m_clockService;
    std::unique_ptr<ResponseService> m_responseService;
    DeadlineBanner *m_deadlineBanner = nullptr;
    ClockAlerter *m_alerter = nullptr;
    WindowActions *m_actions;
    QStackedWidget *m_central;
    QWidget *m_workspace = nullptr;
    StoreErrorPage *m_errorPage;
    AuditBanner *m_banner = nullptr;
    InterruptedBanner *m_interrupted = nullptr;
    IncidentListPane *m_list = nullptr;
    IncidentDetailPane *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    StoreStatus *m_status = nullptr;
    CheckpointKeeper *m_checkpoints = nullptr;
    QTimer *m_refreshTimer;
    QString m_fingerprint;
};

} // namespace firebreak::ui
