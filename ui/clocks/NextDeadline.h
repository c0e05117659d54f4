#pragma once

#include "ClockText.h"
#include "model/clocks/ClockService.h"

#include <QHash>

#include <optional>

namespace firebreak::ui {

// The most urgent open deadline of an incident, for the incident list's
// countdown column: "GDPR Art. 33 · 41 h 12 m".
struct NextDeadline {
    QString incidentId;
    QString clockId;
    QString title;   // short clock title, "GDPR Art. 33"
    QString text;    // "GDPR Art. 33 · 41 h 12 m", "GDPR Art. 33 · overdue by 2 h 05 m"
    QString tooltip; // full title, deadline in local time and UTC
    clocktext::Urgency urgency = clocktext::Urgency::Calm;
    QDateTime deadline; // UTC; invalid for "without undue delay"
    qint64 secondsLeft = 0;

    // Ascending = most urgent first: overdue (most overdue first), then by
    // time left; open clocks without a limit after every timed one.
    qint64 sortKey() const;
};

// The most urgent open clock among `clocks` (one incident's, or any list
// whose first entry per incident is its most urgent, as ClockService
// returns them). Resolved and waiting clocks are ignored.
std::optional<NextDeadline> nextDeadline(const QList<ClockStatus> &clocks, const QDateTime &now);

// One entry per incident that has an open clock, keyed by incident id.
QHash<QString, NextDeadline> nextDeadlines(const QList<ClockStatus> &openClocks, const QDateTime &now);
// The same from the store: one ClockService::openClocks() call for all
// incidents, so a list can refresh every second. `now` from the store's Clock.
Result<QHash<QString, NextDeadline>> nextDeadlines(const ClockService &service, const QDateTime &now);

} // namespace firebreak::ui
