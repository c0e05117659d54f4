// The RFO's allow-list: texts approved for the customer (issue #20).

#include "../storage/CustomerTextRepository.h"
#include "ResponseService.h"

namespace firebreak {

Result<QList<CustomerText>> ResponseService::customerTexts(const QString &incidentId) const
{
    if (auto inc = m_store.incident(incidentId); !inc)
        return inc.error();
    QSqlDatabase db = m_store.readConnection();
    return CustomerTextRepository::forIncident(db, incidentId);
}

Result<CustomerText> ResponseService::approveCustomerText(const QString &incidentId, const QString &field,
                                                          const QString &text)
{
    if (!isCustomerTextField(field))
        return Error::usage(QStringLiteral("unknown customer-visible field \"%1\" (known: %2, "
                                           "notice-reference:<notice id>, notice-delay-reason:<notice id>)")
                                .arg(field, customerTextSections().join(QStringLiteral(", "))));
    if (auto inc = m_store.incident(incidentId); !inc)
        return inc.error();
    CustomerText t{incidentId, field, text.trimmed(), m_store.actor(), m_store.clock().nowUtc()};
    Status st = m_store.changeAndAudit([&](QSqlDatabase &db) -> Result<AuditEvent> {
        if (auto saved = CustomerTextRepository::save(db, t); !saved)
            return saved.error();
        return AuditEvent{t.text.isEmpty() ? QStringLiteral("rfo.text.withdraw") : QStringLiteral("rfo.text.approve"),
                          QStringLiteral("%1/rfo/%2").arg(incidentId, field),
                          incidentId,
                          {{QStringLiteral("field"), field},
                           {QStringLiteral("text"), t.text},
                           {QStringLiteral("approved_by"), t.approvedBy}}};
    });
    if (!st)
        return st.error();
    return t;
}

} // namespace firebreak
