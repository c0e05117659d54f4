#pragma once

#include "../BreachDetails.h"
#include "../Result.h"
#include "../clocks/ClockRecords.h"

#include <QSqlDatabase>

namespace firebreak::ClockRepository {

// SQL for classifications, notices and waivers. Writes run inside the
// caller's transaction.
Result<QList<Classification>> classifications(QSqlDatabase &db, const QString &incidentId);
Status insertClassification(QSqlDatabase &db, const Classification &c);
Status updateTrigger(QSqlDatabase &db, const QString &incidentId, const QString &kind, const QDateTime &at,
                     const QString &reason);

Result<QList<Notice>> notices(QSqlDatabase &db, const QString &incidentId);
Result<qint64> insertNotice(QSqlDatabase &db, const Notice &n);
// The reasons for the delay of a notice made late by an amendment.
Status setDelayReason(QSqlDatabase &db, qint64 noticeId, const QString &reason);

Result<QList<Waiver>> waivers(QSqlDatabase &db, const QString &incidentId);
Result<qint64> insertWaiver(QSqlDatabase &db, const Waiver &w);

// Item 1.05(c) delays, by clock and period.
Result<QList<ClockDelay>> delays(QSqlDatabase &db, const QString &incidentId);
Result<qint64> insertDelay(QSqlDatabase &db, const ClockDelay &d);

Result<BreachDetails> breachDetails(QSqlDatabase &db, const QString &incidentId);
Status saveBreachDetails(QSqlDatabase &db, const BreachDetails &b);

// Incidents with at least one classification (the ones with clocks).
Result<QStringList> classifiedIncidents(QSqlDatabase &db);

} // namespace firebreak::ClockRepository
