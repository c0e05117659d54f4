#include "Schema.h"

#include "../Audit.h"

#include <QUuid>

namespace firebreak::schema {

namespace {

// Portable SQL with two dialect tokens: {AUTO_ID} (a 64-bit surrogate key)
// and the trigger bodies that make the audit table append-only.
QString adapt(QString sqlText, Dialect d)
{
    sqlText.replace(QStringLiteral("{AUTO_ID}"), d == Dialect::SQLite ? QStringLiteral("INTEGER PRIMARY KEY")
                                                                      : QStringLiteral("BIGSERIAL PRIMARY KEY"));
    return sqlText;
}

QStringList appendOnlyGuards(Dialect d)
{
    if (d == Dialect::SQLite) {
        return {
            QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                           "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: UPDATE refused'); END"),
            QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                           "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: DELETE refused'); END"),
        };
    }
    return {
        QStringLiteral("CREATE FUNCTION audit_log_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ "
                       "BEGIN RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP; END $$"),
        QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log "
                       "FOR EACH ROW EXECUTE FUNCTION audit_log_refuse()"),
    };
}

QStringList version1(Dialect d)
{
    QStringList s = {
        QStringLiteral("CREATE TABLE store_meta ("
                       " key TEXT PRIMARY KEY,"
                       " value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE incidents ("
                       " id TEXT PRIMARY KEY,"
                       " title TEXT NOT NULL CHECK (length(title) > 0),"
                       " description TEXT NOT NULL DEFAULT '',"
                       " severity TEXT NOT NULL CHECK (severity IN ('low','medium','high','critical')),"
                       " phase TEXT NOT NULL,"
                       " status TEXT NOT NULL CHECK (status IN ('open','closed')),"
                       " commander TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT NOT NULL,"
                       " detected_at TEXT,"
                       " aware_at TEXT,"
                       " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE people ("
                       " id {AUTO_ID},"
                       " incident_id TEXT NOT NULL REFERENCES incidents(id),"
                       " name TEXT NOT NULL CHECK (length(name) > 0),"
                       " role TEXT NOT NULL DEFAULT '',"
                       " contact TEXT NOT NULL DEFAULT '',"
                       " added_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX people_incident ON people(incident_id)"),
        QStringLiteral("CREATE TABLE systems ("
                       " id {AUTO_ID},"
                       " incident_id TEXT NOT NULL REFERENCES incidents(id),"
                       " hostname TEXT NOT NULL CHECK (length(hostname) > 0),"
                       " ip_address TEXT NOT NULL DEFAULT '',"
                       " mac_address TEXT NOT NULL DEFAULT '',"
                       " owner TEXT NOT NULL DEFAULT '',"
                       " location TEXT NOT NULL DEFAULT '',"
                       " added_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX systems_incident ON systems(incident_id)"),
        // Evidence register: acquired images and added files. Hashes are
        // lowercase hex; verification is one of not-verified, verified,
        // mismatch, failed. Details (source identity, segment list, bad
        // sectors) travel as JSON so the acquisition log's facts are kept.
        QStringLiteral("CREATE TABLE evidence_items ("
                       " id {AUTO_ID},"
                       " incident_id TEXT NOT NULL REFERENCES incidents(id),"
                       " evidence_number TEXT NOT NULL,"
                       " kind TEXT NOT NULL CHECK (kind IN ('image','file')),"
                       " description TEXT NOT NULL DEFAULT '',"
                       " source TEXT NOT NULL DEFAULT '',"
                       " image_path TEXT NOT NULL DEFAULT '',"
                       " size_bytes BIGINT NOT NULL DEFAULT 0,"
                       " md5 TEXT NOT NULL DEFAULT '',"
                       " sha1 TEXT NOT NULL DEFAULT '',"
                       " sha256 TEXT NOT NULL DEFAULT '',"
                       " verification TEXT NOT NULL DEFAULT 'not-verified',"
                       " examiner TEXT NOT NULL DEFAULT '',"
                       " started_at TEXT,"
                       " ended_at TEXT,"
                       " details TEXT NOT NULL DEFAULT '{}',"
                       " registered_at TEXT NOT NULL,"
                       " UNIQUE (incident_id, evidence_number))"),
        QStringLiteral("CREATE INDEX evidence_incident ON evidence_items(incident_id)"),
        QStringLiteral("CREATE TABLE audit_log ("
                       " seq BIGINT PRIMARY KEY,"
                       " at TEXT NOT NULL,"
                       " actor TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " object TEXT NOT NULL,"
                       " incident_id TEXT NOT NULL DEFAULT '',"
                       " payload TEXT NOT NULL,"
                       " prev_hash TEXT NOT NULL,"
                       " entry_hash TEXT NOT NULL UNIQUE)"),
        QStringLiteral("CREATE INDEX audit_log_incident ON audit_log(incident_id, seq)"),
    };
    s += appendOnlyGuards(d);
    for (QString &stmt : s)
        stmt = adapt(stmt, d);
    return s;
}

// Notification clocks: the decisions that start them and the notices or
// waivers that end them. Clock state itself is computed, never stored, so
// it survives restarts and follows amendments automatically.
QStringList version2(Dialect d)
{
    QStringList s = {
        QStringLiteral("CREATE TABLE classifications ("
                       " incident_id TEXT NOT NULL REFERENCES incidents(id),"
                       " kind TEXT NOT NULL,"
                       " trigger_at TEXT NOT NULL,"
                       " decided_by TEXT NOT NULL,"
                       " reason TEXT NOT NULL DEFAULT '',"
                       " recorded_at TEXT NOT NULL,"
                       " PRIMARY KEY (incident_id, kind))"),
        QStringLiteral("CREATE TABLE clock_notices ("
                       " id {AUTO_ID},"
                       " incident_id TEXT NOT NULL REFERENCES incidents(id),"
                       " clock_id TEXT NOT NULL,"
                       " phase TEXT NOT NULL CHECK (phase IN ('initial','supplement')),"
                       " sent_at TEXT NOT NULL,"
                       " recipient TEXT NOT NULL,"
                       " channel TEXT NOT NULL DEFAULT '',"
                       " reference TEXT NOT NULL DEFAULT '',"
                       " delay_reason TEXT NOT NULL DEFAULT '',"
                       " document TEXT NOT NULL DEFAULT '',"
                       " recorded_by TEXT NOT NULL,"
                       " recorded_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX clock_notices_incident ON clock_notices(incident_id, clock_id)"),
        QStringLiteral("CREATE TABLE clock_waivers ("
                       " id {AUTO_ID},"
                       " incident_id TEXT NOT NULL REFERENCES incidents(id),"
                       " clock_id TEXT NOT NULL,"
                       " exception TEXT NOT NULL DEFAULT '',"
                       " justification TEXT NOT NULL CHECK (length(justification) > 0),"
                       " decided_by TEXT NOT NULL,"
                       " recorded_at TEXT NOT NULL,"
                       " UNIQUE (incident_id, clock_id))"),
    };
    for (QString &stmt : s)
        stmt = adapt(stmt, d);
    return s;
}

// Breach facts the notices need (GDPR Art. 33(3)).
QStringList version3(Dialect d)
{
    QStringList s = {
        QStringLiteral("CREATE TABLE breach_details ("
                       " incident_id TEXT PRIMARY KEY REFERENCES incidents(id),"
                       " nature TEXT NOT NULL DEFAULT '',"
                       " subject_categories TEXT NOT NULL DEFAULT '',"
                       " subject_count TEXT NOT NULL DEFAULT '',"
                       " record_categories TEXT NOT NULL DEFAULT '',"
                       " record_count TEXT NOT NULL DEFAULT '',"
                       " contact_point TEXT NOT NULL DEFAULT '',"
                       " consequences TEXT NOT NULL DEFAULT '',"
                       " measures TEXT NOT NULL DEFAULT '',"
                       " updated_at TEXT NOT NULL)"),
    };
    for (QString &stmt : s)
        stmt = adapt(stmt, d);
    return s;
}

// Guided response: playbook steps per incident, what each phase records,
// the contacts log and free timeline entries.
QStringList version4(Dialect d)
{
    QStringList s = {
        QStringLiteral("ALTER TABLE incidents ADD COLUMN playbook_id TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE incidents ADD COLUMN closed_at TEXT"),
        QStringLiteral("CREATE TABLE incident_steps ("
                       " incident_id TEXT NOT NULL REFERENCES incidents(id),"
                       " step_id TEXT NOT NULL,"
                       " position INTEGER NOT NULL,"
                       " phase TEXT NOT NULL,"
                       " title TEXT NOT NULL,"
                       " guidance TEXT NOT NULL DEFAULT '',"
                       " checklist TEXT NOT NULL DEFAULT '[]',"
                       " checked TEXT NOT NULL DEFAULT '[]',"
                       " owner TEXT NOT NULL DEFAULT '',"
                       " mandatory INTEGER NOT NULL DEFAULT 0,"
                       " records TEXT NOT NULL DEFAULT '',"
                       " state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open','done','skipped')),"
                       " note TEXT NOT NULL DEFAULT '',"
                       " done_by TEXT NOT NULL DEFAULT '',"
                       " done_at TEXT,"
                       " PRIMARY KEY (incident_id, step_id))"),
        QStringLiteral("CREATE TABLE containment_actions ("
                       " id {AUTO_ID},"
                       " incident_id TEXT NOT NULL REFERENCES incidents(id),"
                       " system TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " performed_by TEXT NOT NULL DEFAULT '',"
                       " performed_at TEXT NOT NULL,"
                       " verification TEXT NOT NULL DEFAULT '',"
                       " recorded_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE recovery_actions ("
                       " id {AUTO_ID},"
                       " incident_id TEXT NOT NULL REFERENCES incidents(id),"
                       " kind TEXT NOT NULL CHECK (kind IN ('action','service-restored','verified-clean')),"
                       " system TEXT NOT NULL DEFAULT '',"
                       " description TEXT NOT NULL,"
                       " performed_by TEXT NOT NULL DEFAULT '',"
                       " performed_at TEXT NOT NULL,"
                       " recorded_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE root_cause ("
                       " incident_id TEXT PRIMARY KEY REFERENCES incidents(id),"
                       " detection_method TEXT NOT NULL DEFAULT '',"
                       " trigger_text TEXT NOT NULL DEFAULT '',"
                       " root_cause TEXT NOT NULL DEFAULT '',"
                       " contributing_factors TEXT NOT NULL DEFAULT '',"
                       " five_whys TEXT NOT NULL DEFAULT '[]',"
                       " went_well TEXT NOT NULL DEFAULT '',"
                       " went_wrong TEXT NOT NULL DEFAULT '',"
                       " got_lucky TEXT NOT NULL DEFAULT '',"
                       " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE corrective_actions ("
                       " id {AUTO_ID},"
                       " incident_id TEXT NOT NULL REFERENCES incidents(id),"
                       " action TEXT NOT NULL,"
                       " owner TEXT NOT NULL DEFAULT '',"
                       " due_date TEXT NOT NULL DEFAULT '',"
                       " state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open','in-progress','done')),"
                       " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE contacts ("
                       " id {AUTO_ID},"
                       " incident_id TEXT NOT NULL REFERENCES incidents(id),"
                       " at TEXT NOT NULL,"
                       " party_type TEXT NOT NULL,"
                       " organisation TEXT NOT NULL DEFAULT '',"
                       " person TEXT NOT NULL DEFAULT '',"
                       " case_reference TEXT NOT NULL DEFAULT '',"
                       " channel TEXT NOT NULL DEFAULT '',"
                       " summary TEXT NOT NULL,"
                       " recorded_by TEXT NOT NULL,"
                       " recorded_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE timeline_notes ("
                       " id {AUTO_ID},"
                       " incident_id TEXT NOT NULL REFERENCES incidents(id),"
                       " at TEXT NOT NULL,"
                       " text TEXT NOT NULL,"
                       " source TEXT NOT NULL DEFAULT '',"
                       " confidence TEXT NOT NULL DEFAULT 'confirmed',"
                       " recorded_by TEXT NOT NULL,"
                       " recorded_at TEXT NOT NULL)"),
    };
    for (QString &stmt : s)
        stmt = adapt(stmt, d);
    return s;
}

// Signed audit checkpoints and the store's identity they name.
QStringList version5(Dialect d)
{
    QStringList s = {
        QStringLiteral("CREATE TABLE audit_checkpoints ("
                       " number BIGINT PRIMARY KEY,"
                       " at TEXT NOT NULL,"
                       " store_id TEXT NOT NULL,"
                       " entries BIGINT NOT NULL,"
                       " head_hash TEXT NOT NULL,"
                       " prev_signature TEXT NOT NULL,"
                       " key_fingerprint TEXT NOT NULL,"
                       " public_key TEXT NOT NULL,"
                       " signature TEXT NOT NULL)"),
        // A random identity, so a checkpoint cannot be replayed against another store.
        QStringLiteral("INSERT INTO store_meta (key, value) VALUES ('store_id', '%1')")
            .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)),
    };
    for (QString &stmt : s)
        stmt = adapt(stmt, d);
    return s;
}

// Evidence register: collection facts, chain of custody, verification history.
QStringList version6(Dialect d)
{
    QStringList s = {
        QStringLiteral("ALTER TABLE evidence_items ADD COLUMN collected_at TEXT"),
        QStringLiteral("ALTER TABLE evidence_items ADD COLUMN collected_zone TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE evidence_items ADD COLUMN storage_location TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE evidence_items ADD COLUMN volatility TEXT NOT NULL DEFAULT ''"),
        QStringLiteral(
            "CREATE TABLE custody_events ("
            " id {AUTO_ID},"
            " incident_id TEXT NOT NULL,"
            " evidence_number TEXT NOT NULL,"
            " action TEXT NOT NULL,"
            " at TEXT NOT NULL,"
            " zone TEXT NOT NULL DEFAULT '',"
            " from_party TEXT NOT NULL DEFAULT '',"
            " to_party TEXT NOT NULL DEFAULT '',"
            " purpose TEXT NOT NULL DEFAULT '',"
            " location TEXT NOT NULL DEFAULT '',"
            " method TEXT NOT NULL DEFAULT '',"
            " notes TEXT NOT NULL DEFAULT '',"
            " recorded_by TEXT NOT NULL,"
            " recorded_at TEXT NOT NULL,"
            " FOREIGN KEY (incident_id, evidence_number) REFERENCES evidence_items(incident_id, evidence_number))"),
        QStringLiteral("CREATE INDEX custody_item ON custody_events(incident_id, evidence_number)"),
        QStringLiteral(
            "CREATE TABLE evidence_verifications ("
            " id {AUTO_ID},"
            " incident_id TEXT NOT NULL,"
            " evidence_number TEXT NOT NULL,"
            " at TEXT NOT NULL,"
            " result TEXT NOT NULL,"
            " md5 TEXT NOT NULL DEFAULT '',"
            " sha1 TEXT NOT NULL DEFAULT '',"
            " sha256 TEXT NOT NULL DEFAULT '',"
            " details TEXT NOT NULL DEFAULT '',"
            " verified_by TEXT NOT NULL,"
            " FOREIGN KEY (incident_id, evidence_number) REFERENCES evidence_items(incident_id, evidence_number))"),
    };
    for (QString &stmt : s)
        stmt = adapt(stmt, d);
    return s;
}

// Acquisitions in flight (issue #10): a row is written before the first
// byte is read and finished at the end, so one left "running" by a process
// that is gone is shown as interrupted. Host, pid and the process's start
// tag tell a crashed run from one still going (a second responder imaging
// now).
QStringList version7(Dialect d)
{
    QStringList s = {
        QStringLiteral("CREATE TABLE acquisitions ("
                       " id {AUTO_ID},"
                       " incident_id TEXT NOT NULL REFERENCES incidents(id),"
                       " evidence_number TEXT NOT NULL DEFAULT '',"
                       " source TEXT NOT NULL,"
                       " destination TEXT NOT NULL,"
                       " work_path TEXT NOT NULL DEFAULT '',"
                       " log_path TEXT NOT NULL DEFAULT '',"
                       " examiner TEXT NOT NULL DEFAULT '',"
                       " host TEXT NOT NULL DEFAULT '',"
                       " pid BIGINT NOT NULL DEFAULT 0,"
                       " process_tag TEXT NOT NULL DEFAULT '',"
                       " started_at TEXT NOT NULL,"
                       " bytes_expected BIGINT NOT NULL DEFAULT 0,"
                       " state TEXT NOT NULL DEFAULT 'running'"
                       "  CHECK (state IN ('running','complete','failed','cancelled')),"
                       " outcome TEXT NOT NULL DEFAULT '',"
                       " ended_at TEXT,"
                       " bytes_acquired BIGINT NOT NULL DEFAULT 0,"
                       " error TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX acquisitions_incident ON acquisitions(incident_id, state)"),
    };
    for (QString &stmt : s)
        stmt = adapt(stmt, d);
    return s;
}

// PostgreSQL only: the server itself checks what it can of every audit
// append, whoever writes it (a workbench, or a hand-made SQL session with
// a responder's grants): the entry names the database user who really
// wrote it, and it links to the current head (seq + 1, prev_hash = head's
// hash), so two writers racing past the advisory lock cannot fork the
// chain. The empty db_user is allowed only while `store migrate` copies a
// laptop's entries, which were written before there was a database user.
// Every append also announces itself (LISTEN/NOTIFY) so open workbenches
// refresh within a moment.
QStringList postgresAuditGuards()
{
    return {
        QStringLiteral(
            "CREATE FUNCTION audit_log_check_append() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "DECLARE head_seq BIGINT; head_hash TEXT; "
            "BEGIN "
            " IF NEW.db_user <> current_user AND NOT (NEW.db_user = '' AND "
            "    coalesce(current_setting('firebreak.importing', true), '') = 'on') THEN "
            "  RAISE EXCEPTION 'audit entry % names database user \"%\" but was written by \"%\"', "
            "   NEW.seq, NEW.db_user, current_user USING ERRCODE = '42501'; "
            " END IF; "
            " SELECT seq, entry_hash INTO head_seq, head_hash FROM audit_log ORDER BY seq DESC LIMIT 1; "
            " IF head_seq IS NULL THEN head_seq := 0; head_hash := '%1'; END IF; "
            " IF NEW.seq <> head_seq + 1 OR NEW.prev_hash <> head_hash THEN "
            "  RAISE EXCEPTION 'audit entry % does not extend the chain (head is entry %)', NEW.seq, head_seq "
            "   USING ERRCODE = '40001'; "
            " END IF; "
            " RETURN NEW; "
            "END $$")
            .arg(audit::genesisHash()),
        QStringLiteral("CREATE TRIGGER audit_log_append_check BEFORE INSERT ON audit_log "
                       "FOR EACH ROW EXECUTE FUNCTION audit_log_check_append()"),
        QStringLiteral("CREATE FUNCTION audit_log_announce() RETURNS trigger LANGUAGE plpgsql AS $$ "
                       "BEGIN PERFORM pg_notify('%1', NEW.incident_id || ' ' || NEW.seq); "
                       "RETURN NULL; END $$")
            .arg(changeChannel()),
        QStringLiteral("CREATE TRIGGER audit_log_announce AFTER INSERT ON audit_log "
                       "FOR EACH ROW EXECUTE FUNCTION audit_log_announce()"),
        // No change without its audit entry, even from a hand-made session:
        // every transaction that appends to audit_log is marked (by a
        // SECURITY DEFINER trigger, in a table no client may write), and
        // a deferred check on every case table refuses, at commit, a
        // transaction that changed rows but wrote no audit entry.
        QStringLiteral("CREATE TABLE audit_transactions (xid xid8 PRIMARY KEY)"),
        QStringLiteral("CREATE FUNCTION audit_log_mark_transaction() RETURNS trigger LANGUAGE plpgsql "
                       "SECURITY DEFINER AS $$ BEGIN "
                       "INSERT INTO audit_transactions (xid) VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING; "
                       "RETURN NULL; END $$"),
        QStringLiteral("CREATE TRIGGER audit_log_mark_transaction AFTER INSERT ON audit_log "
                       "FOR EACH ROW EXECUTE FUNCTION audit_log_mark_transaction()"),
        QStringLiteral("CREATE FUNCTION audit_entry_required() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                       "IF NOT EXISTS (SELECT 1 FROM audit_transactions WHERE xid = pg_current_xact_id()) THEN "
                       " RAISE EXCEPTION 'a change to % without an audit entry in the same transaction was refused "
                       "(a team store records every change in its audit trail)', TG_TABLE_NAME "
                       " USING ERRCODE = '42501'; "
                       "END IF; RETURN NULL; END $$"),
        // The guards run in the writer's session, where pg_temp is searched
        // first: a temporary table named audit_log must not be what they
        // read the chain head from. Pin them to the store's own schema.
        QStringLiteral("DO $$ DECLARE fn TEXT; BEGIN "
                       "FOREACH fn IN ARRAY ARRAY['audit_log_check_append()', 'audit_log_refuse()', "
                       "'audit_log_announce()', 'audit_log_mark_transaction()', 'audit_entry_required()'] LOOP "
                       "EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', fn, current_schema()); "
                       "END LOOP; END $$"),
    };
}

// The case tables every change to which needs its audit entry (PostgreSQL
// check above). Not audit_log itself, the signed checkpoints (they sign
// the chain and are verified on their own) or store_meta (migrations).
QStringList postgresAuditRequired()
{
    QStringList s;
    for (const char *t : {"incidents", "people", "systems", "evidence_items", "classifications", "clock_notices",
                          "clock_waivers", "breach_details", "incident_steps", "containment_actions",
                          "recovery_actions", "root_cause", "corrective_actions", "contacts", "timeline_notes",
                          "custody_events", "evidence_verifications", "acquisitions"})
        s << QStringLiteral("CREATE CONSTRAINT TRIGGER %1_audited AFTER INSERT OR UPDATE OR DELETE ON %1 "
                            "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_entry_required()")
                 .arg(QLatin1String(t));
    return s;
}

// Team mode (issue #11). The audit trail names the database login behind
// each entry (empty on SQLite, where the file's owner is the only user).
// Records that people edit carry a row_version: an edit names the version
// it started from and is refused, with who changed it and when, if
// another workbench saved first.
QStringList version8(Dialect d)
{
    QStringList s = {
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN db_user TEXT NOT NULL DEFAULT ''"),
    };
    // Only the records saved whole from a form; steps, corrective actions
    // and classifications change by deltas applied inside the transaction.
    for (const char *table : {"incidents", "root_cause", "breach_details"}) {
        s << QStringLiteral("ALTER TABLE %1 ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1")
                 .arg(QLatin1String(table));
        s << QStringLiteral("ALTER TABLE %1 ADD COLUMN updated_by TEXT NOT NULL DEFAULT ''").arg(QLatin1String(table));
    }
    if (d == Dialect::PostgreSQL)
        s += postgresAuditGuards() + postgresAuditRequired();
    return s;
}

// A playbook step may be completed by a record (issue #19): the link is
// copied into each incident's steps so it outlives the playbook file.
QStringList version9(Dialect)
{
    return {QStringLiteral("ALTER TABLE incident_steps ADD COLUMN completed_by TEXT NOT NULL DEFAULT ''")};
}

// The customer-facing RFO by allow-list (issue #20): texts a person wrote
// or approved for the customer, one per field, with who approved them.
// Each approval is audited in the same transaction.
QStringList version10(Dialect d)
{
    QStringList s = {
        QStringLiteral("CREATE TABLE customer_texts ("
                       " incident_id TEXT NOT NULL REFERENCES incidents(id),"
                       " field TEXT NOT NULL,"
                       " text TEXT NOT NULL,"
                       " approved_by TEXT NOT NULL,"
                       " approved_at TEXT NOT NULL,"
                       " PRIMARY KEY (incident_id, field))"),
    };
    if (d == Dialect::PostgreSQL)
        s << QStringLiteral("CREATE CONSTRAINT TRIGGER customer_texts_audited AFTER INSERT OR UPDATE OR DELETE ON "
                            "customer_texts DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "
                            "audit_entry_required()");
    return s;
}

// Claims come from facts (issues #20, #21): an evidence item names the
// system it was taken from (a hostname registered in the incident), so the
// customer report counts disk images of affected systems and nothing else;
// a custody entry from someone who does not hold the item keeps the reason
// it was recorded anyway.
QStringList version11(Dialect)
{
    return {QStringLiteral("ALTER TABLE evidence_items ADD COLUMN system TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE custody_events ADD COLUMN override_reason TEXT NOT NULL DEFAULT ''")};
}

// SEC Form 8-K Item 1.05(c) (issue #18 point 11): delays of a filing
// deadline the U.S. Attorney General determined, one row per period, with
// the determination's reference, ground and who recorded it. Rows are only
// ever added; each is audited in the same transaction.
QStringList version12(Dialect d)
{
    QStringList s = {
        QStringLiteral("CREATE TABLE clock_delays ("
                       " id {AUTO_ID},"
                       " incident_id TEXT NOT NULL REFERENCES incidents(id),"
                       " clock_id TEXT NOT NULL,"
                       " period INTEGER NOT NULL CHECK (period > 0),"
                       " days INTEGER NOT NULL CHECK (days > 0),"
                       " starts_at TEXT NOT NULL,"
                       " ends_at TEXT NOT NULL,"
                       " ground TEXT NOT NULL CHECK (ground IN ('national-security','public-safety')),"
                       " determined_at TEXT NOT NULL,"
                       " ag_reference TEXT NOT NULL CHECK (length(ag_reference) > 0),"
                       " reason TEXT NOT NULL DEFAULT '',"
                       " recorded_by TEXT NOT NULL,"
                       " recorded_at TEXT NOT NULL,"
                       " UNIQUE (incident_id, clock_id, period))"),
    };
    if (d == Dialect::PostgreSQL)
        s << QStringLiteral("CREATE CONSTRAINT TRIGGER clock_delays_audited AFTER INSERT OR UPDATE OR DELETE ON "
                            "clock_delays DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "
                            "audit_entry_required()");
    for (QString &stmt : s)
        stmt = adapt(stmt, d);
    return s;
}

} // namespace

QStringList postgresAuditTriggers(int version)
{
    QStringList names = {QStringLiteral("audit_log_no_update")};
    if (version >= 8)
        names << QStringLiteral("audit_log_append_check") << QStringLiteral("audit_log_announce")
              << QStringLiteral("audit_log_mark_transaction");
    return names;
}

QStringList migrationTo(int version, Dialect dialect)
{
    switch (version) {
    case 1: return version1(dialect);
    case 2: return version2(dialect);
    case 3: return version3(dialect);
    case 4: return version4(dialect);
    case 5: return version5(dialect);
    case 6: return version6(dialect);
    case 7: return version7(dialect);
    case 8: return version8(dialect);
    case 9: return version9(dialect);
    case 10: return version10(dialect);
    case 11: return version11(dialect);
    case 12: return version12(dialect);
    default: return {};
    }
}

QString changeChannel()
{
    return QStringLiteral("firebreak_changes");
}

} // namespace firebreak::schema
