#pragma once

#include "model/CaseStore.h"
#include "model/clocks/ClockService.h"
#include "model/response/ResponseService.h"

#include <QElapsedTimer>
#include <QMainWindow>

#include <memory>

class QLabel;
class QSplitter;
class QStackedWidget;

namespace firebreak {
class ChangeFeed;
}

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

    // Opens the case store `spec`: a file path (created if missing) or a
    // postgresql:// team store address. On failure shows the error page
    // naming the store and the reason, keeps any store that was already
    // open, and returns false. A team store that wants a password the
    // server did not find (~/.pgpass) gets a prompt instead; the store then
    // opens when a password is accepted (false is returned meanwhile). The
    // password is kept in memory for this session only. A transient store
    // (the --demo one) is not remembered as the one to reopen and says so
    // in the title.
    enum class StoreKind { Case, Demo };
    bool openStore(const QString &spec, StoreKind kind = StoreKind::Case);
    CaseStore *store() const { return m_store.get(); }

    // Reloads incidents, re-verifies the audit chain, refreshes the detail
    // pane; selection and unsaved edits stay. Runs on its own when another
    // workbench or the CLI changes the store (ChangeFeed).
    void refresh();
    void selectIncident(const QString &id);
    // Opens the acquisition dialog for an incident (modeless; imaging runs on its own thread).
    void acquireImage(const QString &incidentId);
    // Opens the evidence handover dialog for an incident (modeless; packaging runs on its own thread).
    void handOver(const QString &incidentId);
    // File › Settings…: the examiner profile and the workbench's preferences.
    void showSettings();
    QString currentIncidentId() const;

    // The store opened last (successfully), for starting where the user
    // left off: a file path or a team store address (never with a secret).
    static QString lastStorePath();

    // Milliseconds between checks for changes made by other processes.
    static constexpr int kRefreshIntervalMs = 2000;
    static constexpr int kMaxPasswordAttempts = 3;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildWorkspace();
    void connectActions();
    void restoreSettings();
    void saveSettings() const;

    bool tryOpen(const QString &spec, StoreKind kind, const QString &password);
    void adoptStore(std::unique_ptr<CaseStore> store, StoreKind kind, bool existed);
    void askPassword(const QString &spec, StoreKind kind, const Error &error);
    void showStoreError(const QString &spec, const Error &error);
    void showReachability(bool reachable);
    // Live refreshes check only the entries that arrived since the last
    // verdict; the whole trail is walked on request (menu, banner), on
    // opening a store and at least every few minutes, so a rewrite of the
    // past is still found.
    void verifyAudit(bool full = false);
    void verifyAuditFully();
    std::optional<AuditVerdict> m_verdict;
    QElapsedTimer m_sinceFullVerify;

    void chooseStore();
    void chooseNewStoreFile();
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
    // The open clocks as last read by the banner: an alert is shown in the
    // interface language from them.
    QList<ClockStatus> m_openClocks;
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
    QLabel *m_unreachable = nullptr;
    QLabel *m_readOnly = nullptr; // an observer's window says so up front
    ChangeFeed *m_watcher;
    QString m_lastFailedSpec; // what "Try again" on the error page opens
    // A team store's password, for this session only: reopening the same
    // store (after the welcome, "Try again") does not ask again. Never
    // written anywhere; the store itself keeps its own copy for the
    // connections of worker threads.
    QString m_password;
    QString m_passwordStore; // the address (without secrets) it belongs to
    int m_passwordAttempt = 0;
};

} // namespace firebreak::ui
