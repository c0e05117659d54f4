#pragma once

#include "../BreachDetails.h"
#include "../CaseStore.h"
#include "ClockStatus.h"
#include "RuleLoader.h"

namespace firebreak {

// Notification clocks of incidents: classify (start), amend triggers,
// record notices, record decisions not to notify, and compute each clock's
// state. Nothing lives in a timer: state is derived from the store and the
// store's Clock, so it survives restarts and tests can move time.
class ClockService {
public:
    ClockService(CaseStore &store, ClockRuleSet rules);

    const ClockRuleSet &rules() const { return m_rules; }

    // Records that the incident is of the given kinds (personal-data,
    // significant, …) as of `triggerAt`, starting the matching clocks.
    // A kind already recorded with another instant is a Conflict: amend it.
    Status classify(const QString &incidentId, const QStringList &kinds, const QDateTime &triggerAt,
                    const QString &reason);
    // Moves a recorded trigger instant; deadlines follow. Needs a reason.
    Status amendTrigger(const QString &incidentId, const QString &kind, const QDateTime &triggerAt,
                        const QString &reason);

    // Ends (or supplements) a clock. A first notice after the deadline is
    // refused unless it carries the reasons for the delay.
    Result<Notice> recordNotice(Notice notice);
    // Ends a clock by a documented decision not to notify.
    Result<Waiver> waive(const QString &incidentId, const QString &clockId, const QString &justification,
                         const QString &exception = {});

    // Art. 33(3) facts; saving is audited with the changed fields.
    Result<BreachDetails> breachDetails(const QString &incidentId) const;
    Status saveBreachDetails(const BreachDetails &details);

    Result<QList<Classification>> classifications(const QString &incidentId) const;
    // Every applicable clock of the incident, most urgent first.
    Result<QList<ClockStatus>> clocks(const QString &incidentId) const;
    Result<ClockStatus> clock(const QString &incidentId, const QString &clockId) const;
    // Open clocks of every incident (the dashboard's view), most urgent first.
    Result<QList<ClockStatus>> openClocks() const;

private:
    Status checkInstant(const QDateTime &t, const QString &what) const;

    CaseStore &m_store;
    ClockRuleSet m_rules;
};

} // namespace firebreak
