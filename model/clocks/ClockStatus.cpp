#include "ClockStatus.h"

#include <QCoreApplication>

#include <algorithm>

namespace firebreak {

double ClockStatus::fractionLeft(const QDateTime &now) const
{
    if (!deadline.isValid() || !triggerAt.isValid())
        return 1.0;
    const double total = static_cast<double>(triggerAt.secsTo(deadline));
    if (total <= 0)
        return 0.0;
    return std::clamp(static_cast<double>(now.secsTo(deadline)) / total, 0.0, 1.0);
}

QString clockStateLabel(ClockStatus::State s)
{
    switch (s) {
    case ClockStatus::State::Waiting: return QCoreApplication::translate("ClockStatus", "waiting");
    case ClockStatus::State::Running: return QCoreApplication::translate("ClockStatus", "running");
    case ClockStatus::State::Overdue: return QCoreApplication::translate("ClockStatus", "overdue");
    case ClockStatus::State::NoLimit: return QCoreApplication::translate("ClockStatus", "without undue delay");
    case ClockStatus::State::Met: return QCoreApplication::translate("ClockStatus", "met");
    case ClockStatus::State::MetLate: return QCoreApplication::translate("ClockStatus", "met late");
    case ClockStatus::State::Waived: return QCoreApplication::translate("ClockStatus", "waived");
    }
    return {};
}

QString clockStateKey(ClockStatus::State s)
{
    switch (s) {
    case ClockStatus::State::Waiting: return QStringLiteral("waiting");
    case ClockStatus::State::Running: return QStringLiteral("running");
    case ClockStatus::State::Overdue: return QStringLiteral("overdue");
    case ClockStatus::State::NoLimit: return QStringLiteral("no-limit");
    case ClockStatus::State::Met: return QStringLiteral("met");
    case ClockStatus::State::MetLate: return QStringLiteral("met-late");
    case ClockStatus::State::Waived: return QStringLiteral("waived");
    }
    return {};
}

QString formatTimeLeft(qint64 seconds)
{
    const bool late = seconds < 0;
    qint64 s = late ? -seconds : seconds;
    const qint64 days = s / 86400;
    const qint64 hours = (s % 86400) / 3600;
    const qint64 minutes = (s % 3600) / 60;
    QString text;
    if (days >= 2)
        text = QStringLiteral("%1 d %2 h").arg(days).arg(hours);
    else if (s >= 3600)
        text = QStringLiteral("%1 h %2 m").arg(days * 24 + hours).arg(minutes, 2, 10, QLatin1Char('0'));
    else
        text = QStringLiteral("%1 m").arg(minutes);
    return late ? QStringLiteral("overdue by ") + text : text;
}

void sortByUrgency(QList<ClockStatus> &clocks)
{
    auto rank = [](const ClockStatus &c) {
        switch (c.state) {
        case ClockStatus::State::Overdue: return 0;
        case ClockStatus::State::Running: return 1;
        case ClockStatus::State::NoLimit: return 2;
        case ClockStatus::State::Waiting: return 3;
        default: return 4;
        }
    };
    std::stable_sort(clocks.begin(), clocks.end(), [&](const ClockStatus &a, const ClockStatus &b) {
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        if (a.deadline.isValid() && b.deadline.isValid() && a.deadline != b.deadline)
            return a.deadline < b.deadline;
        return a.rule.id < b.rule.id;
    });
}

} // namespace firebreak
