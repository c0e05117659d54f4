#include "StoreCopy.h"

#include "Sql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace firebreak::StoreCopy {

namespace {

bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

// Names come from the schema's own catalogue, never from a user; quoting
// still keeps words such as "position" or "at" from being read as SQL.
QString quoted(const QString &identifier)
{
    QString q = identifier;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

Error driverError(const QSqlDatabase &db, const QSqlQuery &q, const QString &what)
{
    const QSqlError e = q.lastError();
    const QString reason = e.databaseText().isEmpty() ? e.driverText() : e.databaseText();
    Error err = Error::failed(QStringLiteral("%1 failed in %2: %3").arg(what, db.databaseName(), reason));
    if (e.nativeErrorCode() == QLatin1String("42501"))
        err.kind = Error::Kind::Forbidden;
    return err;
}

// The column a table's rows are read in: the audit chain must arrive in
// seq order (the server checks each entry extends the one before).
QString orderColumn(const QString &table, const QStringList &cols)
{
    if (table == QLatin1String("audit_log"))
        return QStringLiteral("seq");
    if (table == QLatin1String("audit_checkpoints"))
        return QStringLiteral("number");
    if (cols.contains(QLatin1String("id")))
        return QStringLiteral("id");
    return cols.value(0);
}

} // namespace

QStringList tablesInCopyOrder()
{
    return {
        QStringLiteral("store_meta"),
        QStringLiteral("incidents"),
        QStringLiteral("people"),
        QStringLiteral("systems"),
        QStringLiteral("evidence_items"),
        QStringLiteral("custody_events"),
        QStringLiteral("evidence_verifications"),
        QStringLiteral("acquisitions"),
        QStringLiteral("classifications"),
        QStringLiteral("clock_notices"),
        QStringLiteral("clock_waivers"),
        QStringLiteral("clock_delays"),
        QStringLiteral("breach_details"),
        QStringLiteral("incident_steps"),
        QStringLiteral("containment_actions"),
        QStringLiteral("recovery_actions"),
        QStringLiteral("root_cause"),
        QStringLiteral("corrective_actions"),
        QStringLiteral("contacts"),
        QStringLiteral("timeline_notes"),
        QStringLiteral("customer_texts"),
        QStringLiteral("audit_log"),
        QStringLiteral("audit_checkpoints"),
    };
}

Result<QStringList> tables(QSqlDatabase &db)
{
    const QString text = isPostgres(db)
                             ? QStringLiteral("SELECT table_name FROM information_schema.tables "
                                              "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' "
                                              "AND table_name <> 'audit_transactions' ORDER BY table_name")
                             : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                              "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name");
    auto q = sql::run(db, text, {}, QStringLiteral("listing the tables"));
    if (!q)
        return q.error();
    QStringList names;
    while (q->next())
        names << q->value(0).toString();
    return names;
}

Result<QStringList> columns(QSqlDatabase &db, const QString &table)
{
    const QString purpose = QStringLiteral("listing the columns of %1").arg(table);
    auto q = isPostgres(db)
                 ? sql::run(db,
                            QStringLiteral("SELECT column_name FROM information_schema.columns "
                                           "WHERE table_schema = current_schema() AND table_name = ? "
                                           "ORDER BY ordinal_position"),
                            {table}, purpose)
                 : sql::run(db, QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"), {table}, purpose);
    if (!q)
        return q.error();
    QStringList names;
    while (q->next())
        names << q->value(0).toString();
    if (names.isEmpty())
        return Error::notFound(QStringLiteral("%1 has no table %2").arg(db.databaseName(), table));
    return names;
}

Result<qint64> rowCount(QSqlDatabase &db, const QString &table)
{
    auto n = sql::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(quoted(table)), {},
                         QStringLiteral("counting the rows of %1").arg(table));
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<qint64> copyRows(QSqlDatabase &from, QSqlDatabase &to, const QString &table)
{
    auto sourceColumns = columns(from, table);
    if (!sourceColumns)
        return sourceColumns.error();
    auto targetColumns = columns(to, table);
    if (!targetColumns)
        return targetColumns.error();
    for (const QString &c : *sourceColumns)
        if (!targetColumns->contains(c))
            return Error::failed(QStringLiteral("cannot copy table %1: the target has no column %2 (its schema "
                                                "differs from the source's)")
                                     .arg(table, c));

    QStringList names, marks;
    for (const QString &c : *sourceColumns) {
        names << quoted(c);
        marks << QStringLiteral("?");
    }
    const QString list = names.join(QStringLiteral(", "));
    auto rows = sql::run(from,
                         QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                             .arg(list, quoted(table), quoted(orderColumn(table, *sourceColumns))),
                         {}, QStringLiteral("reading table %1").arg(table));
    if (!rows)
        return rows.error();

    QSqlQuery insert(to);
    if (!insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(quoted(table), list, marks.join(QStringLiteral(", ")))))
        return driverError(to, insert, QStringLiteral("preparing the copy of %1").arg(table));
    const int n = static_cast<int>(sourceColumns->size());
    qint64 copied = 0;
    while (rows->next()) {
        // Values as stored: NULL stays NULL (sql::run would make it ''),
        // text stays text, integers stay integers.
        for (int i = 0; i < n; ++i)
            insert.bindValue(i, rows->isNull(i) ? QVariant() : rows->value(i));
        if (!insert.exec())
            return driverError(to, insert, QStringLiteral("copying row %1 of table %2").arg(copied + 1).arg(table));
        ++copied;
    }
    return copied;
}

Result<qint64> copyStoreMeta(QSqlDatabase &from, QSqlDatabase &to)
{
    auto rows =
        sql::run(from, QStringLiteral("SELECT key, value FROM store_meta WHERE key <> 'schema_version' ORDER BY key"),
                 {}, QStringLiteral("reading the store's identity"));
    if (!rows)
        return rows.error();
    qint64 copied = 0;
    while (rows->next()) {
        auto r = sql::run(to,
                          QStringLiteral("INSERT INTO store_meta (key, value) VALUES (?, ?) "
                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                          {rows->value(0), rows->value(1)},
                          QStringLiteral("copying store setting %1").arg(rows->value(0).toString()));
        if (!r)
            return r.error();
        ++copied;
    }
    return copied;
}

Status setImporting(QSqlDatabase &to, bool on)
{
    if (!isPostgres(to))
        return {};
    auto r = sql::run(to,
                      on ? QStringLiteral("SET LOCAL firebreak.importing = 'on'")
                         : QStringLiteral("SET LOCAL firebreak.importing = 'off'"),
                      {}, QStringLiteral("marking the copy of the audit trail"));
    if (!r)
        return r.error();
    return {};
}

Status resetSequences(QSqlDatabase &to)
{
    if (!isPostgres(to))
        return {};
    auto serials = sql::run(to,
                            QStringLiteral("SELECT table_name, column_name FROM information_schema.columns "
                                           "WHERE table_schema = current_schema() "
                                           "AND column_default LIKE 'nextval(%' ORDER BY table_name"),
                            {}, QStringLiteral("listing the id sequences"));
    if (!serials)
        return serials.error();
    QList<QPair<QString, QString>> found;
    while (serials->next())
        found.append({serials->value(0).toString(), serials->value(1).toString()});
    for (const auto &[table, column] : found) {
        // is_called = false: the next nextval() returns exactly max + 1
        // (1 for a table the copy left empty).
        auto r = sql::run(to,
                          QStringLiteral("SELECT setval(pg_get_serial_sequence(?, ?), "
                                         "COALESCE((SELECT max(%1) FROM %2), 0) + 1, false)")
                              .arg(quoted(column), quoted(table)),
                          {quoted(table), column}, QStringLiteral("moving the id sequence of %1").arg(table));
        if (!r)
            return r.error();
    }
    return {};
}

} // namespace firebreak::StoreCopy
