#pragma once

#include "model/clocks/ClockStatus.h"
#include "model/response/ResponseRecords.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace firebreak::ui {

class SeverityChip;

// The top of the incident workspace, answering at a glance: which incident,
// how bad, what is due (the most urgent notification clock), what to do
// next, and what still blocks closing. Each answer is a button that goes
// there.
class WorkspaceHeader : public QWidget {
    Q_OBJECT
public:
    explicit WorkspaceHeader(QWidget *parent = nullptr);

    void setData(const Incident &incident, const IncidentStep *next, const QStringList &blockers,
                 const std::optional<ClockStatus> &urgentClock, const QDateTime &now);

signals:
    void nextStepClicked();
    void blockersClicked();
    void clockClicked();

private:
    QLabel *m_id;
    SeverityChip *m_severity;
    QLabel *m_title;
    QLabel *m_status;
    QPushButton *m_clock;
    QPushButton *m_next;
    QPushButton *m_blockers;
};

} // namespace firebreak::ui
