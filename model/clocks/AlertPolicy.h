#pragma once

#include "ClockStatus.h"

#include <QSet>

namespace firebreak {

// When a running clock deserves an alert outside the app (tray message):
// a share of its time elapsed ("75%"), a time left ("1h"), or "overdue".
struct AlertThreshold {
    enum class Kind { Elapsed, TimeLeft, Overdue };
    Kind kind = Kind::Overdue;
    int value = 0; // percent elapsed, or seconds left

    QString key() const; // "50%", "1h", "30m", "overdue": also the config syntax
    static std::optional<AlertThreshold> parse(const QString &text);
    static QList<AlertThreshold> defaults(); // 50%, 75%, 90%, 1h, overdue
};

// One alert to raise: clock, which threshold, and the text to show.
struct ClockAlert {
    QString id; // stable key "INC-2026-0001/gdpr-art33/75%", remembered once announced
    QString incidentId;
    QString clockId;
    AlertThreshold threshold;
    bool overdue = false;
    QString title;
    QString message;
};

// The alerts due now that are not in `alreadyAnnounced`. Only the most
// severe crossed threshold of each clock is returned, so an app started
// after three thresholds passed says one thing per clock, not three; the
// ids of the lesser ones are returned in `superseded` to be remembered too.
QList<ClockAlert> dueAlerts(const QList<ClockStatus> &clocks, const QDateTime &now,
                            const QList<AlertThreshold> &thresholds, const QSet<QString> &alreadyAnnounced,
                            QStringList *superseded = nullptr);

} // namespace firebreak
