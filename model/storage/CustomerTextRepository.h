#pragma once

#include "../Result.h"
#include "../response/CustomerText.h"

#include <QSqlDatabase>

namespace firebreak::CustomerTextRepository {

// SQL for the customer-visible texts of the RFO. Writes run in the caller's transaction.
Result<QList<CustomerText>> forIncident(QSqlDatabase &db, const QString &incidentId);
// Inserts or replaces the field's text; an empty text withdraws it (rows are never deleted).
Status save(QSqlDatabase &db, const CustomerText &t);

} // namespace firebreak::CustomerTextRepository
