// The tamper-evident audit trail: every change is chained, and edits,
// deletions and reorderings made behind Firebreak's back are found.

#include "model/Audit.h"
#include "model/CaseStore.h"
#include "model/storage/Database.h"
#include "support/StoreTamper.h"
#include "support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace firebreak;
using namespace firebreak::test;

class TestAudit : public QObject {
    Q_OBJECT

    std::unique_ptr<CaseStore> freshStore(const QString &name, int incidents)
    {
        m_path = storeSpec(m_dir, name);
        if (m_path.isEmpty())
            return nullptr;
        auto store = CaseStore::open(m_path, m_clock, QStringLiteral("ada"));
        if (!store)
            return nullptr;
        for (int i = 0; i < incidents; ++i) {
            m_clock.advanceSecs(60);
            if (!(*store)->createIncident(
                    {QStringLiteral("Incident %1").arg(i + 1), {}, Severity::Medium, {}, {}, {}, {}}))
                return nullptr;
        }
        return std::move(store).value();
    }

private slots:
    void entryHashFollowsTheDocumentedFormat()
    {
        // Rebuild the hashed bytes by hand from docs/AUDIT-TRAIL.md and hash
        // them with the stock sha256sum: an outsider's verifier must agree.
        AuditEntry e;
        e.seq = 7;
        e.at = QDateTime(QDate(2026, 11, 23), QTime(3, 4, 5, 678), QTimeZone::utc());
        e.actor = QStringLiteral("ada");
        e.action = QStringLiteral("incident.create");
        e.object = QStringLiteral("INC-2026-0001");
        e.incidentId = QStringLiteral("INC-2026-0001");
        e.data = {{QStringLiteral("title"), QStringLiteral("Ransomware é")}, {QStringLiteral("a"), 1}};
        e.prevHash = QString(64, QLatin1Char('a'));

        const QByteArray record = audit::canonicalRecord(e);
        QCOMPARE(record,
                 QByteArray("{\"action\":\"incident.create\",\"actor\":\"ada\",\"at\":\"2026-11-23T03:04:05.678Z\","
                            "\"data\":{\"a\":1,\"title\":\"Ransomware \xc3\xa9\"},\"incident\":\"INC-2026-0001\","
                            "\"object\":\"INC-2026-0001\",\"seq\":\"7\"}"));
        QByteArray hashed = QByteArray("firebreak.audit.v1") + '\0' + "7" + '\0' + QByteArray(64, 'a') + '\0' + record;
        const ProcessResult sum = runProcess(QStringLiteral("sha256sum"), {}, hashed);
        QCOMPARE(sum.exitCode, 0);
        QCOMPARE(audit::computeEntryHash(e.seq, e.prevHash, record), sum.out.section(QLatin1Char(' '), 0, 0));
    }

    void everyChangeIsChained()
    {
        auto store = freshStore(QStringLiteral("chain.sqlite"), 3);
        QVERIFY(store);
        auto inc = (*store).incident(QStringLiteral("INC-2026-0002"));
        QVERIFY(inc.ok());
        QVERIFY(store->addPerson(inc->id, {0, {}, QStringLiteral("Bob"), QStringLiteral("Forensics"), {}, {}}).ok());
        QVERIFY(store->addSystem(inc->id, {0, {}, QStringLiteral("fs01"), QStringLiteral("10.0.0.5"), {}, {}, {}, {}})
                    .ok());
        Incident edited = *inc;
        edited.phase = Phase::Isolate;
        QVERIFY(store->updateIncident(edited, QStringLiteral("hosts cut off")).ok());

        auto log = store->auditLog();
        QVERIFY(log.ok());
        QCOMPARE(log->size(), 6);
        QCOMPARE(log->first().prevHash, audit::genesisHash());
        for (int i = 1; i < log->size(); ++i) {
            QCOMPARE(log->at(i).seq, log->at(i - 1).seq + 1);
            QCOMPARE(log->at(i).prevHash, log->at(i - 1).entryHash);
        }
        const AuditEntry &update = log->last();
        QCOMPARE(update.action, QStringLiteral("incident.update"));
        QCOMPARE(update.data.value(QStringLiteral("reason")).toString(), QStringLiteral("hosts cut off"));
        const QJsonObject phase =
            update.data.value(QStringLiteral("changes")).toObject().value(QStringLiteral("phase")).toObject();
        QCOMPARE(phase.value(QStringLiteral("from")).toString(), QStringLiteral("triage"));
        QCOMPARE(phase.value(QStringLiteral("to")).toString(), QStringLiteral("isolate"));

        auto perIncident = store->auditLog(inc->id);
        QCOMPARE(perIncident->size(), 4);

        auto verdict = store->verifyAudit();
        QVERIFY(verdict->intact());
        QCOMPARE(verdict->entries, 6);
        QCOMPARE(verdict->headHash, log->last().entryHash);
    }

    void updateAndDeleteAreRefusedByTriggers()
    {
        auto store = freshStore(QStringLiteral("triggers.sqlite"), 2);
        QVERIFY(store);
        const QString upd = tamper(m_path, {QStringLiteral("UPDATE audit_log SET actor='mallory' WHERE seq=1")});
        QVERIFY2(upd.contains(QLatin1String("append-only")), qPrintable(upd));
        const QString del = tamper(m_path, {QStringLiteral("DELETE FROM audit_log WHERE seq=2")});
        QVERIFY2(del.contains(QLatin1String("append-only")), qPrintable(del));
        QVERIFY(store->verifyAudit()->intact());
        QCOMPARE(store->auditLog()->size(), 2);
    }

    void detectsEditedRow()
    {
        auto store = freshStore(QStringLiteral("edited.sqlite"), 5);
        QVERIFY(store);
        QCOMPARE(tamper(m_path,
                        {QStringLiteral("UPDATE audit_log SET payload = replace(payload, 'Incident 3', "
                                        "'Nothing happened') WHERE seq = 3")},
                        true),
                 QString());
        auto verdict = store->verifyAudit();
        QVERIFY(!verdict->intact());
        QCOMPARE(verdict->firstBadSeq, 3);
        QVERIFY2(verdict->summary().contains(QLatin1String("edited")), qPrintable(verdict->summary()));
    }

    void detectsEditedTimestampAndActor()
    {
        auto store = freshStore(QStringLiteral("edited-meta.sqlite"), 4);
        QVERIFY(store);
        QCOMPARE(tamper(m_path, {QStringLiteral("UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 4")},
                        true),
                 QString());
        QCOMPARE(store->verifyAudit()->firstBadSeq, 4);
    }

    void detectsDeletedRow()
    {
        auto store = freshStore(QStringLiteral("deleted.sqlite"), 5);
        QVERIFY(store);
        QCOMPARE(tamper(m_path, {QStringLiteral("DELETE FROM audit_log WHERE seq = 2")}, true), QString());
        auto verdict = store->verifyAudit();
        QVERIFY(!verdict->intact());
        QCOMPARE(verdict->firstBadSeq, 3);
        QVERIFY2(verdict->problems.first().contains(QLatin1String("missing")), qPrintable(verdict->problems.first()));
    }

    void detectsDeletedAndRenumberedRow()
    {
        // A careful forger deletes seq 2 and renumbers the rest to hide the gap.
        auto store = freshStore(QStringLiteral("renumbered.sqlite"), 4);
        QVERIFY(store);
        QCOMPARE(tamper(m_path,
                        {QStringLiteral("DELETE FROM audit_log WHERE seq = 2"),
                         QStringLiteral("UPDATE audit_log SET seq = 2 WHERE seq = 3"),
                         QStringLiteral("UPDATE audit_log SET seq = 3 WHERE seq = 4")},
                        true),
                 QString());
        auto verdict = store->verifyAudit();
        QVERIFY(!verdict->intact());
        QCOMPARE(verdict->firstBadSeq, 2);
    }

    void detectsReorderedRows()
    {
        auto store = freshStore(QStringLiteral("reordered.sqlite"), 4);
        QVERIFY(store);
        // Swap the contents of seq 2 and 3, keeping the numbering.
        QCOMPARE(tamper(m_path,
                        {QStringLiteral("UPDATE audit_log SET seq = -2 WHERE seq = 2"),
                         QStringLiteral("UPDATE audit_log SET seq = 2 WHERE seq = 3"),
                         QStringLiteral("UPDATE audit_log SET seq = 3 WHERE seq = -2")},
                        true),
                 QString());
        auto verdict = store->verifyAudit();
        QVERIFY(!verdict->intact());
        QCOMPARE(verdict->firstBadSeq, 2);
    }

    void failedAuditWriteRollsBackTheChange()
    {
        auto store = freshStore(QStringLiteral("atomic.sqlite"), 1);
        QVERIFY(store);
        const QStringList sabotage =
            onPostgres() ? QStringList{QStringLiteral("CREATE FUNCTION sabotage() RETURNS trigger LANGUAGE plpgsql "
                                                      "AS $$ BEGIN RAISE EXCEPTION 'disk says no'; END $$"),
                                       QStringLiteral("CREATE TRIGGER sabotage BEFORE INSERT ON audit_log "
                                                      "FOR EACH ROW EXECUTE FUNCTION sabotage()")}
                         : QStringList{QStringLiteral("CREATE TRIGGER sabotage BEFORE INSERT ON audit_log "
                                                      "BEGIN SELECT RAISE(ABORT, 'disk says no'); END")};
        QCOMPARE(tamper(m_path, sabotage), QString());
        auto added = store->addPerson(QStringLiteral("INC-2026-0001"), {0, {}, QStringLiteral("Eve"), {}, {}, {}});
        QVERIFY(!added.ok());
        QVERIFY2(added.error().message.contains(QLatin1String("disk says no")), qPrintable(added.error().message));
        QCOMPARE(store->people(QStringLiteral("INC-2026-0001"))->size(), 0);
        QCOMPARE(store->auditLog()->size(), 1);
    }

    // PostgreSQL: the server refuses an append that does not extend the
    // head, or that names another login, even from a hand-made session,
    // and a temporary table called audit_log cannot fake the head.
    void serverRefusesForkedOrForgedAppends()
    {
        if (!onPostgres())
            QSKIP("the server-side append check is PostgreSQL's (this runs as tst_model_audit_pg)");
        auto store = freshStore(QStringLiteral("fork"), 2);
        QVERIFY(store);
        const AuditEntry head = store->auditLog()->last();
        const QString insert = QStringLiteral(
            "INSERT INTO audit_log (seq, at, actor, action, object, incident_id, payload, prev_hash, entry_hash, "
            "db_user) VALUES (%1, '2026-11-23T04:00:00.000Z', 'mallory', 'incident.create', 'x', '', '{}', '%2', "
            "'%3', %4)");
        const QString fork =
            tamper(m_path,
                   {insert.arg(head.seq).arg(audit::genesisHash(), QString(64, u'f'), QStringLiteral("current_user"))});
        QVERIFY2(fork.contains(QLatin1String("does not extend the chain")), qPrintable(fork));
        const QString wrongLink = tamper(
            m_path,
            {insert.arg(head.seq + 1).arg(QString(64, u'a'), QString(64, u'f'), QStringLiteral("current_user"))});
        QVERIFY2(wrongLink.contains(QLatin1String("does not extend the chain")), qPrintable(wrongLink));
        const QString forged =
            tamper(m_path, {insert.arg(head.seq + 1).arg(head.entryHash, QString(64, u'f'), QStringLiteral("'ada'"))});
        QVERIFY2(forged.contains(QLatin1String("names database user")), qPrintable(forged));
        const QString shadowed = tamper(
            m_path,
            {QStringLiteral("CREATE TEMP TABLE audit_log (seq BIGINT, entry_hash TEXT)"),
             QStringLiteral("INSERT INTO pg_temp.audit_log VALUES (99, '%1')").arg(QString(64, u'e')),
             QStringLiteral("SET search_path = pg_temp, public"),
             insert.arg(100)
                 .arg(QString(64, u'e'), QString(64, u'f'), QStringLiteral("current_user"))
                 .replace(QLatin1String("INSERT INTO audit_log"), QLatin1String("INSERT INTO public.audit_log"))});
        QVERIFY2(shadowed.contains(QLatin1String("does not extend the chain")), qPrintable(shadowed));
        QCOMPARE(store->auditLog()->size(), 2);
        QVERIFY(store->verifyAudit()->intact());
    }

    // PostgreSQL: a change without its audit entry in the same transaction
    // is refused at commit, whoever makes it (here a superuser's session).
    void serverRefusesUnrecordedChanges()
    {
        if (!onPostgres())
            QSKIP("the server-side check is PostgreSQL's (this runs as tst_model_audit_pg)");
        auto store = freshStore(QStringLiteral("unrecorded"), 1);
        QVERIFY(store);
        for (const QString &change :
             {QStringLiteral("UPDATE incidents SET title = 'Nothing to see' WHERE id = 'INC-2026-0001'"),
              QStringLiteral("INSERT INTO people (incident_id, name, added_at) VALUES ('INC-2026-0001', 'Mallory', "
                             "'2026-11-23T03:00:00.000Z')")}) {
            const QString err = tamper(m_path, {change});
            QVERIFY2(err.contains(QLatin1String("without an audit entry")),
                     qPrintable(change + QStringLiteral(" -> ") + err));
        }
        QCOMPARE(store->incident(QStringLiteral("INC-2026-0001"))->title, QStringLiteral("Incident 1"));
        QCOMPARE(store->people(QStringLiteral("INC-2026-0001"))->size(), 0);
        QVERIFY(store->missingSafeguards().isEmpty());
    }

    // The workbench's live refresh checks only what arrived: the same
    // verdict as a full walk, a full walk when the known head changed, and
    // a broken new entry found on its own.
    void incrementalVerificationAgreesWithTheFullWalk()
    {
        auto store = freshStore(QStringLiteral("incremental"), 3);
        QVERIFY(store);
        const AuditVerdict known = *store->verifyAudit();
        QCOMPARE(known.entries, 3);
        auto same = store->verifyAuditAfter(known);
        QVERIFY(same.ok());
        QCOMPARE(same->entries, 3);
        QCOMPARE(same->headHash, known.headHash);

        m_clock.advanceSecs(60);
        QVERIFY(store->createIncident({QStringLiteral("Later"), {}, Severity::Low, {}, {}, {}, {}}).ok());
        QVERIFY(store->addPerson(QStringLiteral("INC-2026-0004"), {0, {}, QStringLiteral("Eve"), {}, {}, {}}).ok());
        auto grown = store->verifyAuditAfter(known);
        QVERIFY(grown.ok());
        const AuditVerdict full = *store->verifyAudit();
        QCOMPARE(grown->entries, 5);
        QCOMPARE(grown->headHash, full.headHash);
        QCOMPARE(grown->state, AuditVerdict::State::Intact);

        // A new entry edited behind our back is caught by the short walk.
        QCOMPARE(tamper(m_path, {QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = 5")}, true),
                 QString());
        auto edited = store->verifyAuditAfter(known);
        QCOMPARE(edited->state, AuditVerdict::State::Broken);
        QCOMPARE(edited->firstBadSeq, 5);
        // The known head rewritten: the short walk notices and walks it all.
        QCOMPARE(tamper(m_path, {QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = 3")}, true),
                 QString());
        auto rewritten = store->verifyAuditAfter(known);
        QCOMPARE(rewritten->state, AuditVerdict::State::Broken);
        QCOMPARE(rewritten->firstBadSeq, 3);
    }

    void emptyChainIsReportedAsEmpty()
    {
        auto store = freshStore(QStringLiteral("empty.sqlite"), 0);
        QVERIFY(store);
        auto verdict = store->verifyAudit();
        QCOMPARE(verdict->state, AuditVerdict::State::Empty);
        QVERIFY(verdict->intact());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(3, 0), QTimeZone::utc())};
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
