#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace firebreak {

// Classifications of an incident that start notification clocks. Each is
// recorded with its own trigger instant, who decided and why.
// "awareness" is the incident's aware_at (DORA's 24 h outer limit).
QStringList knownClassifications(); // personal-data, project-data, high-risk, significant, major, material

// How long a clock runs once triggered (DOMAIN.md: absolute time).
struct ClockDuration {
    enum class Kind { Hours, Months, BusinessDays, UndueDelay };
    Kind kind = Kind::Hours;
    int amount = 0;   // hours, months or business days
    QString calendar; // business days: holiday calendar name
    QString cutoff;   // business days: "HH:mm" deadline on the last day
    QString zone;     // business days: IANA zone of the calendar
};

// One notification obligation, loaded from resources/clocks/*.json.
struct ClockRule {
    QString id;     // stable word, e.g. "gdpr-art33"
    QString regime; // e.g. "GDPR"
    QString title;
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
    QString recipient;
    QStringList contents; // what the notice must contain
    QStringList waivers;  // recognised reasons not to notify
    QString file;         // where it was loaded from
};

} // namespace firebreak
