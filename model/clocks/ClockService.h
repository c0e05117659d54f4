#pragma once

#include "../BreachDetails.h"
#include "../CaseStore.h"
#include "ClockStatus.h"

#include "RuleLoader.h"
#include <QHash>

namespace firebreak {

// Notification clocks of incidents: classify (start), amend triggers,
// record notices, record decisions not to notify, and compute each clock's
// state. Nothing lives in a timer: state is derived from the store and the
// store's Clock, so it survives restarts and tests can move time.
// What an amendment of a trigger instant does to one clock, shown before
// it is saved (CLI output, the amend dialog) and recorded in its audit entry.
struct ClockShift {
    QString clockId;
    QString title;
    QDateTime from;           // deadline before (UTC; invalid: no hour limit)
    QDateTime to;             // deadline after
    QDateTime sentAt;         // the initial notice, if one was sent
    bool becomesLate = false; // that notice is late against the new deadline and has no delay reasons yet
};

struct AmendmentPlan {
    QString kind;     // "awareness" or a classification (high-risk, major, material)
    QStringList rows; // the classification rows it re-bases
    QDateTime from;
    QDateTime to;
    QList<ClockShift> shifts;
    QStringList needReasons; // clocks whose sent notice becomes late: delay reasons required
};

// An Item 1.05(c) delay to record: how long (days, or the period's last
// day as an instant with its offset), on what ground, by which determination.
struct DelayRequest {
    QString incidentId;
    QString clockId;
    int days = 0;    // calendar days of the period, or 0 when `until` names its end
    QDateTime until; // the period's last day (its date in the rule's zone counts)
    QString ground;  // national-security | public-safety
    QDateTime determinedAt;
    QString agReference;
    QString reason;
};

// What recording a delay does: the period with its computed start and end,
// and the deadline before and after.
struct DelayPlan {
    ClockDelay delay;
    int maxDays = 0;    // what the rule allows for this period
    QString periodName; // "initial period", "extension", "final period (extraordinary circumstances)"
    QDateTime from;
    QDateTime to;
};

// "initial period", "extension", "final period (extraordinary circumstances)"
// for period `n` (1-based) of a provision with `count` periods.
QString delayPeriodName(int n, int count);

class ClockService {
public:
    ClockService(CaseStore &store, ClockRuleSet rules);

    const ClockRuleSet &rules() const { return m_rules; }

    // Records that the incident is of the given kinds (personal-data,
    // significant, …) as of `triggerAt`, starting the matching clocks.
    // An incident has one awareness (DOMAIN.md): personal-data, project-data
    // and significant count from the incident's aware_at, and a
    // classification naming another instant is a Conflict (amend it).
    // high-risk implies personal-data. Classifying again with the same
    // facts writes nothing; `added` (optional) receives what was recorded.
    Status classify(const QString &incidentId, const QStringList &kinds, const QDateTime &triggerAt,
                    const QString &reason, QStringList *added = nullptr);
    // What amending `kind` ("awareness", any awareness kind, high-risk,
    // major, material) to `triggerAt` would move; an amendment that cannot
    // be made (awareness after a notice already sent, …) is the error.
    Result<AmendmentPlan> planAmendment(const QString &incidentId, const QString &kind,
                                        const QDateTime &triggerAt) const;
    // Moves a recorded trigger instant in one audited transaction: for
    // awareness, the incident's aware_at and every classification counting
    // from it, so every dependent clock re-bases. A sent notice that becomes
    // late needs its delay reasons in `delayReasons` (clock id -> text).
    Status amendTrigger(const QString &incidentId, const QString &kind, const QDateTime &triggerAt,
                        const QString &reason, const QHash<QString, QString> &delayReasons = {});

    // Ends (or supplements) a clock. A first notice after the deadline is
    // refused unless it carries the reasons for the delay.
    Result<Notice> recordNotice(Notice notice);
    // Ends a clock by a documented decision not to notify. When the rule
    // lists its exceptions by key (Art. 33(1), Art. 34(3)) one of them must
    // be named (key or text); Art. 34(3)(c) also needs the public
    // communication made instead.
    Result<Waiver> waive(const QString &incidentId, const QString &clockId, const QString &justification,
                         const QString &exception = {}, const QString &publicCommunication = {});

    // A deadline delay another authority granted (SEC Form 8-K Item
    // 1.05(c), the Attorney General): checked against the rule's periods,
    // ground and the clock's state; the plan shows the deadline it gives.
    Result<DelayPlan> planDelay(const DelayRequest &request) const;
    // Records it, audited; the deadline moves to the end of the period.
    Result<DelayPlan> recordDelay(const DelayRequest &request);

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
    Result<AmendmentPlan> plan(QSqlDatabase &db, const QString &incidentId, const QString &kind,
                               const QDateTime &at) const;

    CaseStore &m_store;
    ClockRuleSet m_rules;
};

} // namespace firebreak
