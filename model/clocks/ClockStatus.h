#pragma once

#include "ClockRecords.h"
#include "ClockRule.h"

#include <QList>

#include <optional>

namespace firebreak {

// The live state of one notification clock of one incident, computed from
// the rules, the recorded classifications, notices and waivers, and now.
struct ClockStatus {
    enum class State {
        Waiting, // starts when another clock's notice is sent
        Running, // deadline ahead, nothing sent yet
        Overdue, // deadline passed, nothing sent
        NoLimit, // "without undue delay": open, no hour limit
        Met,     // initial notice sent by the deadline
        MetLate, // initial notice sent after the deadline (with reasons)
        Waived,  // documented decision not to notify
    };

    QString incidentId;
    ClockRule rule;
    State state = State::Waiting;
    QDateTime triggerAt;         // UTC, invalid while Waiting
    QDateTime deadline;          // UTC, invalid for NoLimit and Waiting; after any recorded delay
    QDateTime undelayedDeadline; // the deadline the rule itself gives (differs from deadline when delayed)
    QDateTime target;            // UTC internal target of a NoLimit clock (not a legal deadline), or invalid
    QString waitingFor;          // clock id whose notice starts this one
    QList<Notice> notices;
    std::optional<Waiver> waiver;
    QList<ClockDelay> delays; // Item 1.05(c) periods, in order, with their computed start and end

    bool resolved() const { return state == State::Met || state == State::MetLate || state == State::Waived; }
    bool open() const { return !resolved(); }
    qint64 secondsLeft(const QDateTime &now) const { return deadline.isValid() ? now.secsTo(deadline) : 0; }
    // Share of the clock's time still left, 0..1 (0 when overdue).
    double fractionLeft(const QDateTime &now) const;
};

QString clockStateKey(ClockStatus::State s); // waiting, running, overdue, no-limit, met, met-late, waived
// The state in words, in the interface language ("en cours"); English, as the key, without a translator.
QString clockStateLabel(ClockStatus::State s);

// "41 h 12 m", "overdue by 3 h 05 m", "2 d 4 h" — the countdown wording.
QString formatTimeLeft(qint64 seconds);

// Most urgent first: overdue, then running by deadline, then open without
// a limit, then waiting, then resolved.
void sortByUrgency(QList<ClockStatus> &clocks);

} // namespace firebreak
