#pragma once

#include "model/Incident.h"

#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;

namespace firebreak::ui {

class SeverityChip;

// The top of the incident detail pane: id, severity, title, and a strip
// of facts (phase selector, status, commander, created/detected/aware in
// local time with the zone named, UTC on hover).
class IncidentHeader : public QWidget {
    Q_OBJECT
public:
    explicit IncidentHeader(QWidget *parent = nullptr);

    void setIncident(const Incident &incident, const QDateTime &now);
    // Puts the phase selector back on the incident's phase (after a refusal).
    void resetPhase();

signals:
    void phaseRequested(firebreak::Phase phase);

private:
    QLabel *fact(const QString &caption, const QString &objectName, int column);
    void setTime(QLabel *label, const QDateTime &t, const QDateTime &now);

    Incident m_incident;
    QLabel *m_id;
    SeverityChip *m_severity;
    QLabel *m_title;
    QLabel *m_description;
    QComboBox *m_phase;
    QLabel *m_status;
    QLabel *m_commander;
    QLabel *m_created;
    QLabel *m_detected;
    QLabel *m_aware;
    QGridLayout *m_facts;
};

} // namespace firebreak::ui
