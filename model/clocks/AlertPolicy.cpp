#include "AlertPolicy.h"

#include <QRegularExpression>

namespace firebreak {

QString AlertThreshold::key() const
{
    switch (kind) {
    case Kind::Elapsed: return QStringLiteral("%1%").arg(value);
    case Kind::TimeLeft:
        return value % 3600 == 0 ? QStringLiteral("%1h").arg(value / 3600) : QStringLiteral("%1m").arg(value / 60);
    case Kind::Overdue: return QStringLiteral("overdue");
    }
    return {};
}

std::optional<AlertThreshold> AlertThreshold::parse(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("overdue"))
        return AlertThreshold{Kind::Overdue, 0};
    static const QRegularExpression re(QStringLiteral("^(\\d+)\\s*(%|h|m)$"));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const int n = m.captured(1).toInt();
    if (m.captured(2) == QLatin1String("%"))
        return (n > 0 && n < 100) ? std::optional(AlertThreshold{Kind::Elapsed, n}) : std::nullopt;
    if (n <= 0)
        return std::nullopt;
    return AlertThreshold{Kind::TimeLeft, m.captured(2) == QLatin1String("h") ? n * 3600 : n * 60};
}

QList<AlertThreshold> AlertThreshold::defaults()
{
    return {{Kind::Elapsed, 50}, {Kind::Elapsed, 75}, {Kind::Elapsed, 90}, {Kind::TimeLeft, 3600}, {Kind::Overdue, 0}};
}

namespace {

bool crossed(const AlertThreshold &t, const ClockStatus &c, const QDateTime &now)
{
    const qint64 left = c.secondsLeft(now);
    switch (t.kind) {
    case AlertThreshold::Kind::Overdue: return left <= 0;
    case AlertThreshold::Kind::TimeLeft: return left <= t.value;
    case AlertThreshold::Kind::Elapsed: return (1.0 - c.fractionLeft(now)) * 100.0 >= t.value;
    }
    return false;
}

// Higher is more severe: overdue above any time-left, above any percentage.
qint64 severity(const AlertThreshold &t)
{
    switch (t.kind) {
    case AlertThreshold::Kind::Overdue: return 1LL << 40;
    case AlertThreshold::Kind::TimeLeft: return (1LL << 32) - t.value;
    case AlertThreshold::Kind::Elapsed: return t.value;
    }
    return 0;
}

} // namespace

QList<ClockAlert> dueAlerts(const QList<ClockStatus> &clocks, const QDateTime &now,
                            const QList<AlertThreshold> &thresholds, const QSet<QString> &alreadyAnnounced,
                            QStringList *superseded)
{
    QList<ClockAlert> out;
    for (const ClockStatus &legal : clocks) {
        // "Without undue delay" with an internal target is alerted against
        // the target, and every word says it is a target, not the law's.
        const bool isTarget = legal.state == ClockStatus::State::NoLimit && legal.target.isValid();
        if (legal.state != ClockStatus::State::Running && legal.state != ClockStatus::State::Overdue && !isTarget)
            continue;
        ClockStatus c = legal;
        if (isTarget)
            c.deadline = legal.target;
        const QString prefix = isTarget ? QStringLiteral("%1/%2/target-").arg(c.incidentId, c.rule.id)
                                        : QStringLiteral("%1/%2/").arg(c.incidentId, c.rule.id);
        std::optional<AlertThreshold> worst;
        QStringList pending;
        for (const AlertThreshold &t : thresholds) {
            const QString id = prefix + t.key();
            if (!crossed(t, c, now) || alreadyAnnounced.contains(id))
                continue;
            pending << id;
            if (!worst || severity(t) > severity(*worst))
                worst = t;
        }
        if (!worst)
            continue;
        ClockAlert a;
        a.id = prefix + worst->key();
        a.incidentId = c.incidentId;
        a.clockId = c.rule.id;
        a.threshold = *worst;
        a.overdue = c.secondsLeft(now) <= 0;
        const QString deadline = c.deadline.toLocalTime().toString(QStringLiteral("ddd HH:mm t"));
        a.title = a.overdue ? QStringLiteral("OVERDUE: %1 · %2").arg(c.rule.title, c.incidentId)
                            : QStringLiteral("%1 · %2").arg(c.rule.title, c.incidentId);
        a.message = a.overdue ? QStringLiteral("Deadline was %1 (%2). Send the notice or record why not.")
                                    .arg(deadline, formatTimeLeft(c.secondsLeft(now)))
                              : QStringLiteral("%1 left, due %2. Recipient: %3.")
                                    .arg(formatTimeLeft(c.secondsLeft(now)), deadline, c.rule.recipient);
        if (isTarget) {
            a.title = (a.overdue ? QStringLiteral("TARGET PASSED: %1 · %2") : QStringLiteral("Target: %1 · %2"))
                          .arg(c.rule.title, c.incidentId);
            a.message = (a.overdue ? QStringLiteral("The internal target was %1 (%2). The law says without undue "
                                                    "delay: send the communication or record why not.")
                                         .arg(deadline, formatTimeLeft(c.secondsLeft(now)))
                                   : QStringLiteral("%1 left to the internal target %2 (not a legal deadline: the "
                                                    "law says without undue delay). Recipient: %3.")
                                         .arg(formatTimeLeft(c.secondsLeft(now)), deadline, c.rule.recipient));
        }
        out << a;
        if (superseded)
            for (const QString &id : pending)
                if (id != a.id)
                    *superseded << id;
    }
    return out;
}

} // namespace firebreak
