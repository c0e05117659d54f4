#pragma once

#include <QDateTime>
#include <QString>

namespace firebreak {

// What a personal-data breach notice must state (GDPR Art. 33(3)), kept
// per incident so notice drafts and reports fill themselves in.
struct BreachDetails {
    QString incidentId;
    QString nature;            // (a) what happened
    QString subjectCategories; // (a) e.g. "employees, job applicants"
    QString subjectCount;      // (a) approximate, as text ("about 1,200")
    QString recordCategories;  // (a) e.g. "payroll records, bank details"
    QString recordCount;       // (a) approximate
    QString contactPoint;      // (b) DPO or other contact point
    QString consequences;      // (c) likely consequences
    QString measures;          // (d) measures taken or proposed
    QDateTime updatedAt;
    // Optimistic concurrency (see StaleEdit.h): the row version this copy
    // was read at, 0 when there was no row yet; -1 for a copy not read from
    // the store (saved without a check).
    qint64 rowVersion = -1;
    QString updatedBy;

    bool isEmpty() const
    {
        return nature.isEmpty() && subjectCategories.isEmpty() && subjectCount.isEmpty() &&
               recordCategories.isEmpty() && recordCount.isEmpty() && contactPoint.isEmpty() &&
               consequences.isEmpty() && measures.isEmpty();
    }
};

} // namespace firebreak
