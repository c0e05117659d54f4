#include "AuditRepository.h"

#include "../Clock.h"
#include "Sql.h"

#include <QJsonDocument>
#include <QSqlRecord>

namespace firebreak::AuditRepository {

namespace {

const QString kColumns =
    QStringLiteral("seq, at, actor, action, object, incident_id, payload, prev_hash, entry_hash, db_user");

AuditEntry fromRow(const QSqlQuery &q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = fromIsoUtc(q.value(1).toString());
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.object = q.value(4).toString();
    e.incidentId = q.value(5).toString();
    e.data = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    e.prevHash = q.value(7).toString();
    e.entryHash = q.value(8).toString();
    e.dbUser = q.value(9).toString();
    return e;
}

Result<QList<AuditEntry>> collect(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<AuditEntry> out;
    while (q->next())
        out.append(fromRow(*q));
    return out;
}

} // namespace

Result<AuditEntry> append(QSqlDatabase &db, const QDateTime &at, const QString &actor, const AuditEvent &event)
{
    // The head is read inside the caller's write transaction (which holds
    // the write lock), so two writers can never claim the same seq. On
    // PostgreSQL the same round trip asks who we are: the server checks
    // db_user against the session's login (see Schema.cpp).
    const bool postgres = db.driverName() == QLatin1String("QPSQL");
    const QString headSql =
        postgres ? QStringLiteral("SELECT h.seq, h.entry_hash, current_user FROM (SELECT 1) AS one LEFT JOIN "
                                  "(SELECT seq, entry_hash FROM audit_log ORDER BY seq DESC LIMIT 1) AS h ON true")
                 : QStringLiteral("SELECT seq, entry_hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    auto head = sql::run(db, headSql, {}, QStringLiteral("reading the audit chain head"));
    if (!head)
        return head.error();
    AuditEntry e;
    e.seq = 1;
    e.prevHash = audit::genesisHash();
    const bool found = head->next();
    if (postgres && !found)
        return Error::failed(
            QStringLiteral("reading the audit chain head of %1 returned no row").arg(db.databaseName()));
    if (found && !head->value(0).isNull()) {
        e.seq = head->value(0).toLongLong() + 1;
        e.prevHash = head->value(1).toString();
    }
    if (postgres)
        e.dbUser = head->value(2).toString();
    // Millisecond precision is what the store keeps; hash what is stored.
    e.at = fromIsoUtc(toIsoUtc(at));
    e.actor = actor;
    e.action = event.action;
    e.object = event.object;
    e.incidentId = event.incidentId;
    e.data = event.data;
    e.entryHash = audit::computeEntryHash(e.seq, e.prevHash, audit::canonicalRecord(e));

    auto ins =
        sql::run(db, QStringLiteral("INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kColumns),
                 {e.seq, toIsoUtc(e.at), e.actor, e.action, e.object, e.incidentId,
                  QString::fromUtf8(audit::canonicalJson(e.data)), e.prevHash, e.entryHash, e.dbUser},
                 QStringLiteral("writing the audit entry"));
    if (!ins)
        return ins.error();
    return e;
}

Result<QList<AuditEntry>> all(QSqlDatabase &db)
{
    return collect(sql::run(db, QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(kColumns), {},
                            QStringLiteral("reading the audit trail")));
}

Result<QList<AuditEntry>> from(QSqlDatabase &db, qint64 seq)
{
    return collect(sql::run(db, QStringLiteral("SELECT %1 FROM audit_log WHERE seq >= ? ORDER BY seq").arg(kColumns),
                            {seq}, QStringLiteral("reading the newest audit entries")));
}

Result<QList<AuditEntry>> forIncident(QSqlDatabase &db, const QString &incidentId)
{
    return collect(sql::run(db,
                            QStringLiteral("SELECT %1 FROM audit_log WHERE incident_id = ? ORDER BY seq").arg(kColumns),
                            {incidentId}, QStringLiteral("reading the audit trail")));
}

Status appendCheckpoint(QSqlDatabase &db, const AuditCheckpoint &c)
{
    auto r =
        sql::run(db,
                 QStringLiteral("INSERT INTO audit_checkpoints (number, at, store_id, entries, head_hash, "
                                "prev_signature, key_fingerprint, public_key, signature) VALUES (?,?,?,?,?,?,?,?,?)"),
                 {c.number, toIsoUtc(c.at), c.storeId, c.entries, c.headHash, c.prevSignature, c.keyFingerprint,
                  QString::fromLatin1(c.publicKeyPem), c.signature},
                 QStringLiteral("writing audit checkpoint %1").arg(c.number));
    if (!r)
        return r.error();
    return {};
}

Result<QList<AuditCheckpoint>> checkpoints(QSqlDatabase &db)
{
    auto q =
        sql::run(db,
                 QStringLiteral("SELECT number, at, store_id, entries, head_hash, prev_signature, key_fingerprint, "
                                "public_key, signature FROM audit_checkpoints ORDER BY number"),
                 {}, QStringLiteral("reading audit checkpoints"));
    if (!q)
        return q.error();
    QList<AuditCheckpoint> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), fromIsoUtc(q->value(1).toString()), q->value(2).toString(),
                    q->value(3).toLongLong(), q->value(4).toString(), q->value(5).toString(), q->value(6).toString(),
                    q->value(7).toString().toLatin1(), q->value(8).toString()});
    return out;
}

Result<QString> storeId(QSqlDatabase &db)
{
    auto v = sql::scalar(db, QStringLiteral("SELECT value FROM store_meta WHERE key = 'store_id'"), {},
                         QStringLiteral("reading the store identity"));
    if (!v)
        return v.error();
    return v->toString();
}

Result<QStringList> actionsAfter(QSqlDatabase &db, qint64 seq)
{
    auto q = sql::run(db, QStringLiteral("SELECT action FROM audit_log WHERE seq > ? ORDER BY seq"), {seq},
                      QStringLiteral("reading recent audit actions"));
    if (!q)
        return q.error();
    QStringList actions;
    while (q->next())
        actions << q->value(0).toString();
    return actions;
}

Result<std::optional<AuditEntry>> lastChangeOf(QSqlDatabase &db, const QString &object)
{
    auto q = sql::run(
        db, QStringLiteral("SELECT %1 FROM audit_log WHERE object = ? ORDER BY seq DESC LIMIT 1").arg(kColumns),
        {object}, QStringLiteral("reading who last changed %1").arg(object));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<AuditEntry>();
    return std::optional<AuditEntry>(fromRow(*q));
}

Result<qint64> lastSeq(QSqlDatabase &db)
{
    auto v = sql::scalar(db, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM audit_log"), {},
                         QStringLiteral("reading the audit trail's length"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

} // namespace firebreak::AuditRepository
