#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace firebreak {

// Classifications of an incident that start notification clocks. Each is
// recorded with its own trigger instant, who decided and why.
// "awareness" is the incident's aware_at (DORA's 24 h outer limit).
QStringList knownClassifications(); // personal-data, project-data, high-risk, significant, major, material
// The kinds that count from the incident's one awareness (aware_at):
// personal-data, project-data, significant. The others (high-risk finding,
// classification as major, materiality determination) have their own instant.
bool isAwarenessKind(const QString &kind);

// How long a clock runs once triggered (DOMAIN.md: absolute time).
struct ClockDuration {
    enum class Kind { Hours, Months, BusinessDays, UndueDelay };
    Kind kind = Kind::Hours;
    int amount = 0;   // hours, months or business days
    QString calendar; // business days: holiday calendar name
    QString cutoff;   // business days: "HH:mm" deadline on the last day
    QString zone;     // business days and months: IANA zone; empty for months = the organisation's zone
};

// A recognised exception to a duty to notify (e.g. Art. 34(3)(a)).
struct WaiverOption {
    QString key;  // what the CLI takes: unintelligible, measures, disproportionate-effort, …
    QString text; // the Article's wording
    bool requiresPublicCommunication = false; // Art. 34(3)(c)
};

// A delay of the deadline another authority may grant (SEC Form 8-K Item
// 1.05(c): the Attorney General, up to 30, 30 and 60 days). Only for
// business-day clocks: the delayed filing is due by the same cutoff.
struct DelayProvision {
    QString basis;      // e.g. "Form 8-K Item 1.05(c)"
    QList<int> periods; // maximum calendar days of each successive period
    // Periods (1-based) that only a risk to national security may justify
    // (Item 1.05(c): the final 60 days), not one to public safety.
    QList<int> nationalSecurityOnly;
};

// One notification obligation, loaded from resources/clocks/*.json.
struct ClockRule {
    QString id;     // stable word, e.g. "gdpr-art33"
    QString regime; // e.g. "GDPR"
    QString title;
    QString basis;  // the legal reference of this clock, e.g. "GDPR Art. 33(1)"
    QString source; // legal source text of the regime
    // Trigger: a classification's instant, or the sending of another clock's notice.
    enum class TriggerKind { Classification, NoticeSent };
    TriggerKind triggerKind = TriggerKind::Classification;
    QString classification;    // for Classification
    QString afterClock;        // for NoticeSent
    bool latestNotice = false; // NoticeSent: the latest (not the first) notice of afterClock
    ClockDuration duration;
    // An outer limit from another instant (DORA: and ≤ 24 h after awareness).
    std::optional<int> alsoWithinHours;
    QString alsoWithinClassification;
    // "Without undue delay" has no legal hour limit; the rule set may give
    // an internal target (hours after the trigger), shown and alerted as a
    // target, never as a legal deadline.
    std::optional<int> targetHours;
    std::optional<DelayProvision> delay; // a delay an authority may grant (SEC Item 1.05(c))
    QString recipient;
    QStringList contents;              // what the notice must contain
    QStringList waivers;               // recognised reasons not to notify (texts)
    QList<WaiverOption> waiverOptions; // when keyed: the closed list; one of them must be chosen
    QString file;                      // where it was loaded from
    QString zone;                      // the rule set's IANA zone ("zone" of the file); empty = the organisation's
};

} // namespace firebreak
