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

} // namespace firebreak
