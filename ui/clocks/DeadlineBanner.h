#pragma once

#include "model/clocks/ClockService.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;

namespace firebreak::ui {

// The dashboard's banner row for deadlines (UX.md): shown while any open
// clock of any open incident has less than a quarter of its time left or
// is overdue. Lists every such clock, most urgent first, each linking to its
// incident (issue #19: "2 other clocks" hid a GDPR deadline 1 h 41 min
// away); red only when something is overdue; hidden otherwise.
class DeadlineBanner : public QFrame {
    Q_OBJECT
public:
    explicit DeadlineBanner(QWidget *parent = nullptr);

    // Where clocks come from; null stops the banner and hides it. Refreshes
    // at once and then every kTickMs.
    void setSource(CaseStore *store, ClockService *service);

    // Shows the banner for these open clocks at `now` (pure display, for an
    // owner that already holds ClockService::openClocks()).
    void showClocks(const QList<ClockStatus> &openClocks, const QDateTime &now);

    QString text() const;
    bool isOverdue() const { return m_overdue; }
    QString worstIncidentId() const { return m_incidentId; }
    int attentionCount() const { return m_count; } // clocks under 25 % or overdue

    static constexpr int kTickMs = 1000;

public slots:
    void refresh();

    // The clocks listed, most urgent first: "GDPR Art. 33 · INC-2026-0001 · 1 h 41 m".
    QStringList lines() const { return m_lines; }

signals:
    void incidentRequested(const QString &incidentId);
    // Every refresh's read of the open clocks, for the incident list's
    // "Next deadline" column (one read per tick for both).
    void clocksRead(const QList<firebreak::ClockStatus> &openClocks, const QDateTime &now);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    CaseStore *m_store = nullptr;
    ClockService *m_service = nullptr;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_open;
    QTimer *m_timer;
    QString m_incidentId;
    bool m_overdue = false;
    int m_count = 0;
    QStringList m_lines;
};

} // namespace firebreak::ui
