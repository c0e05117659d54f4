#include "CustomerTextRepository.h"

#include "../Clock.h"
#include "Sql.h"

namespace firebreak::CustomerTextRepository {

Result<QList<CustomerText>> forIncident(QSqlDatabase &db, const QString &incidentId)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT field, text, approved_by, approved_at FROM customer_texts "
                                     "WHERE incident_id = ? ORDER BY field"),
                      {incidentId}, QStringLiteral("reading the customer-visible texts of %1").arg(incidentId));
    if (!q)
        return q.error();
    QList<CustomerText> out;
    while (q->next())
        out << CustomerText{incidentId, q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                            fromIsoUtc(q->value(3).toString())};
    return out;
}

Status save(QSqlDatabase &db, const CustomerText &t)
{
    const QString purpose = QStringLiteral("saving the customer-visible %1 of %2").arg(t.field, t.incidentId);
    auto q = sql::run(db,
                      QStringLiteral("INSERT INTO customer_texts (incident_id, field, text, approved_by, approved_at) "
                                     "VALUES (?,?,?,?,?) ON CONFLICT (incident_id, field) DO UPDATE SET "
                                     "text = excluded.text, approved_by = excluded.approved_by, "
                                     "approved_at = excluded.approved_at"),
                      {t.incidentId, t.field, t.text, t.approvedBy, toIsoUtc(t.approvedAt)}, purpose);
    if (!q)
        return q.error();
    return {};
}

} // namespace firebreak::CustomerTextRepository
