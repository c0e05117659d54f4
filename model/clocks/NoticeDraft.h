#pragma once

#include "../BreachDetails.h"
#include "../Incident.h"
#include "ClockStatus.h"

namespace firebreak {

// A notice ready to edit and send: subject line and plain-text body (an
// e-mail body; the reports module renders the same text to PDF).
struct NoticeDraft {
    QString subject;
    QString body;
    QStringList missing; // required contents still to be completed
};

// Pre-fills the notice a clock asks for from what the incident already
// records. Each required content item of the rule becomes a section; what
// is not known yet is marked "[to be completed: …]" and listed in
// `missing`, so nothing incomplete goes out unnoticed.
NoticeDraft draftNotice(const ClockStatus &clock, const Incident &incident, const BreachDetails &details,
                        const QDateTime &now);

// How an item still to be completed starts, in the current language.
QString todoMarker();

} // namespace firebreak
