#pragma once

#include "model/clocks/ClockStatus.h"

#include <QColor>
#include <QPalette>

namespace firebreak::ui::clocktext {

// How urgent an open clock is, for colour and ordering. UX.md: red is
// reserved for overdue; under a quarter of the time left earns the one
// accent colour; everything else stays calm.
enum class Urgency { Resolved, Waiting, NoLimit, Calm, Warning, Overdue };

Urgency urgencyOf(const ClockStatus &c, const QDateTime &now);
constexpr double kWarningFraction = 0.25;

// The red of overdue things, readable on the active palette's base.
QColor overdueRed(const QPalette &pal);
// Text colour of a countdown at this urgency.
QColor urgencyText(Urgency u, const QPalette &pal);
// Fill of the time-left bar at this urgency.
QColor urgencyFill(Urgency u, const QPalette &pal);

// "GDPR Art. 33", "NIS2 early warning", "Customer notice: personal-data breach".
QString shortTitle(const ClockRule &rule);

// "41 h 12 m", "overdue by 2 h 05 m", "without undue delay", "met", …: the
// one phrase that says where the clock stands.
QString countdownText(const ClockStatus &c, const QDateTime &now);
// The longer state line under a clock: who it waits for, when it was met
// or why it was waived.
QString stateText(const ClockStatus &c, const QDateTime &now, const QString &waitingForTitle = {});
// "Due Tue 17 Mar 03:30 CET" in local time with the zone named.
QString deadlineText(const ClockStatus &c);
// Tooltip: trigger and deadline in UTC, the legal source.
QString deadlineTooltip(const ClockStatus &c);

} // namespace firebreak::ui::clocktext
