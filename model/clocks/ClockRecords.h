#pragma once

#include <QDateTime>
#include <QString>

namespace firebreak {

// A classification decision that starts clocks: "personal data is
// involved, and we became aware at T", with who decided and why.
struct Classification {
    QString incidentId;
    QString kind; // see knownClassifications()
    QDateTime triggerAt;
    QString decidedBy;
    QString reason;
    QDateTime recordedAt;
};

// A notice sent to satisfy a clock (GDPR Art. 33(4): an initial notice
// may be followed by supplements).
struct Notice {
    qint64 id = 0;
    QString incidentId;
    QString clockId;
    QString phase = QStringLiteral("initial"); // initial | supplement
    QDateTime sentAt;
    QString recipient;
    QString channel;     // e.g. "CNIL online form", "e-mail"
    QString reference;   // the recipient's case or receipt number
    QString delayReason; // required when sent after the deadline
    QString document;    // path or description of what was sent
    QString recordedBy;
    QDateTime recordedAt;
};

// A documented decision not to notify (Art. 33(5), Art. 34(3)).
struct Waiver {
    qint64 id = 0;
    QString incidentId;
    QString clockId;
    QString exception; // which recognised exception, if any
    QString justification;
    QString decidedBy;
    QDateTime recordedAt;
};

// A delay of a clock's deadline granted by an authority other than its
// recipient: SEC Form 8-K Item 1.05(c), where the U.S. Attorney General
// determines that disclosure poses a substantial risk to national security
// or public safety. Periods follow one another (initial, extension,
// final); each counts in calendar days from the day the filing was
// otherwise due (the end of the previous period).
struct ClockDelay {
    qint64 id = 0;
    QString incidentId;
    QString clockId;
    int period = 0;         // 1 initial, 2 extension, 3 final (extraordinary circumstances)
    int days = 0;           // calendar days of this period
    QDateTime startsAt;     // the deadline it delays (UTC)
    QDateTime endsAt;       // the filing cutoff on the period's last day (UTC)
    QString ground;         // national-security | public-safety
    QDateTime determinedAt; // when the Attorney General made the determination
    QString agReference;    // the determination's reference (letter, DOJ/FBI case number)
    QString reason;
    QString recordedBy;
    QDateTime recordedAt;
};

} // namespace firebreak
