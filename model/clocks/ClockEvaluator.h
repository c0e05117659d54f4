#pragma once

#include "../Incident.h"
#include "ClockStatus.h"
#include "RuleLoader.h"

namespace firebreak {

// Pure computation of every applicable clock's state: no storage, no
// timers, so it is trivially testable with any `now`.
QList<ClockStatus> evaluateClocks(const ClockRuleSet &rules, const Incident &incident,
                                  const QList<Classification> &classifications, const QList<Notice> &notices,
                                  const QList<Waiver> &waivers, const QDateTime &now,
                                  const QList<ClockDelay> &delays = {});

} // namespace firebreak
