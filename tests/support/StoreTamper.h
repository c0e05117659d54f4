#pragma once

// Edits a case store behind Firebreak's back, the way an attacker or a
// careless administrator with direct database access would: the stock
// sqlite3 tool on a file, a superuser SQL session on a PostgreSQL store.

#include "PgTestSupport.h"
#include "TestSupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace firebreak::test {

// Runs `statements` in order against the store `spec` names (a path or a
// postgresql:// URL from storeSpec). With `guardsOff`, the audit log's
// append-only triggers are removed first (SQLite: dropped; PostgreSQL:
// every user trigger on audit_log disabled). Returns the first error's
// text, empty when everything ran.
inline QString tamper(const QString &spec, const QStringList &statements, bool guardsOff = false)
{
    if (!spec.startsWith(QLatin1String("postgresql://"))) {
        QString script;
        if (guardsOff)
            script += QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update; "
                                     "DROP TRIGGER IF EXISTS audit_log_no_delete; ");
        for (const QString &s : statements)
            script += s + QStringLiteral(";\n");
        const ProcessResult r = sqlite3(spec, script);
        return r.exitCode == 0 ? QString() : (r.err.isEmpty() ? QStringLiteral("sqlite3 failed") : r.err);
    }
    const QString dbname = QUrl(spec).path().mid(1);
    QSqlDatabase db = pgAdminConnection(dbname);
    if (!db.isOpen())
        return db.lastError().text();
    QString error;
    QStringList all = statements;
    if (guardsOff)
        all.prepend(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER"));
    for (const QString &s : all) {
        QSqlQuery q(db);
        if (!q.exec(s)) {
            error = q.lastError().text();
            break;
        }
    }
    pgDisconnect(db);
    return error;
}

} // namespace firebreak::test
