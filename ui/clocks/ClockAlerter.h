#pragma once

#include "model/clocks/AlertPolicy.h"
#include "model/clocks/ClockService.h"

#include <QObject>
#include <QPointer>

class QSettings;
class QSystemTrayIcon;
class QTimer;

namespace firebreak::ui {

// Alerts that cannot be missed: runs dueAlerts() over every open clock at
// start-up and then every kIntervalMs, shows them as a system-tray message
// (so they reach the user with the main window hidden) and always emits
// alertRaised() for in-app display. Which alerts were announced is kept in
// QSettings per case store, so a restart does not repeat them but does
// announce, once per clock, what was crossed while the app was closed.
//
// Settings: "alerts/thresholds" (default "50%,75%,90%,1h,overdue"; see
// AlertThreshold::parse) and "alerts/announced/<store key>".
class ClockAlerter : public QObject {
    Q_OBJECT
public:
    // `settings` is not owned and must outlive the alerter; null uses the
    // application's default QSettings.
    explicit ClockAlerter(QSettings *settings = nullptr, QObject *parent = nullptr);
    ~ClockAlerter() override;

    // Where the clocks come from; checks at once (the start-up catch-up),
    // then on the timer. Connect alertRaised() before calling. Null stops.
    void setSource(CaseStore *store, ClockService *service);
    // Uses the application's tray icon; without one the alerter creates its
    // own when a system tray is available.
    void setTrayIcon(QSystemTrayIcon *icon);

    QList<AlertThreshold> thresholds() const;
    QStringList thresholdProblems() const; // entries of alerts/thresholds that were ignored
    QString lastError() const { return m_lastError; }

    static constexpr int kIntervalMs = 15'000;
    static QString defaultThresholds() { return QStringLiteral("50%,75%,90%,1h,overdue"); }

public slots:
    // Raises what is due now; returns it.
    QList<ClockAlert> check();

signals:
    void alertRaised(const firebreak::ClockAlert &alert);
    // The user clicked a tray message: open this incident.
    void incidentRequested(const QString &incidentId);

private:
    QString announcedKey() const;
    void showInTray(const QList<ClockAlert> &alerts);

    QSettings *m_settings;
    std::unique_ptr<QSettings> m_ownSettings;
    CaseStore *m_store = nullptr;
    ClockService *m_service = nullptr;
    QPointer<QSystemTrayIcon> m_tray;
    QTimer *m_timer;
    QString m_lastIncident;
    QString m_lastError;
};

} // namespace firebreak::ui
