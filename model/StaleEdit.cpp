#include "StaleEdit.h"

#include "Clock.h"
#include "storage/AuditRepository.h"

namespace firebreak {

Error staleEdit(QSqlDatabase &db, const QString &what, const QString &object)
{
    QString by = QStringLiteral("another user");
    QString when;
    if (auto last = AuditRepository::lastChangeOf(db, object); last && last->has_value()) {
        const AuditEntry &e = **last;
        by = e.actor;
        if (!e.dbUser.isEmpty() && e.dbUser != e.actor)
            by += QStringLiteral(" (database login %1)").arg(e.dbUser);
        when = QStringLiteral(" at %1").arg(e.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")));
    }
    return {Error::Kind::Conflict,
            QStringLiteral("%1 was changed by %2%3 after you opened it. Your edit was not saved, so nothing of theirs "
                           "was lost: reload to see their change, then make yours again.")
                .arg(what, by, when)};
}

} // namespace firebreak
