// Team-store roles (issue #11, docs/TEAM-MODE.md): incident commander,
// responder and observer are PostgreSQL group roles, so the server refuses
// what a role does not allow, through the workbench's own CaseStore and
// through a hand-made SQL session alike; the audit trail names the database
// login behind each entry. Runs plain (an SQLite file: one owner, nothing to
// grant) and as tst_model_roles_pg against the throw-away cluster.

#include "model/CaseStore.h"
#include "model/TeamAccess.h"
#include "model/clocks/ClockService.h"
#include "model/evidence/EvidenceService.h"
#include "model/response/ResponseService.h"
#include "model/storage/Database.h"
#include "model/storage/Sql.h"
#include "model/storage/TeamRoles.h"
#include "support/PgTestSupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

using namespace firebreak;
using namespace firebreak::test;

namespace {

QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

QString randomHex()
{
    return QString::number(QRandomGenerator::system()->generate64(), 16);
}

struct Login {
    QString name;
    QString password;
};

// One statement on a hand-made session: "" when it ran, else
// "SQLSTATE: message" (the session is in autocommit, so a refusal leaves
// nothing behind).
QString attempt(QSqlDatabase &db, const QString &statement, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    bool ok = false;
    if (binds.isEmpty()) {
        ok = q.exec(statement);
    } else {
        ok = q.prepare(statement);
        for (const QVariant &b : binds) // text columns want '', not NULL
            q.addBindValue(b.typeId() == QMetaType::QString && b.toString().isNull() ? QVariant(QStringLiteral(""))
                                                                                     : b);
        ok = ok && q.exec();
    }
    return ok ? QString() : q.lastError().nativeErrorCode() + QStringLiteral(": ") + q.lastError().databaseText();
}

QStringList column(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q(db);
    QStringList out;
    if (!q.exec(statement))
        qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// The next audit entry a hand-made session could append as `dbUser`,
// correctly chained and hashed.
AuditEntry nextAuditEntry(QSqlDatabase &db, const QString &dbUser, const QDateTime &at)
{
    AuditEntry e;
    e.seq = 1;
    e.prevHash = audit::genesisHash();
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT seq, entry_hash FROM public.audit_log ORDER BY seq DESC LIMIT 1")) && q.next()) {
        e.seq = q.value(0).toLongLong() + 1;
        e.prevHash = q.value(1).toString();
    }
    e.at = at;
    e.actor = QStringLiteral("by hand");
    e.dbUser = dbUser;
    e.action = QStringLiteral("note.by-hand");
    e.object = QStringLiteral("store");
    e.data = QJsonObject{{QStringLiteral("text"), QStringLiteral("written with psql")}};
    e.entryHash = audit::computeEntryHash(e.seq, e.prevHash, audit::canonicalRecord(e));
    return e;
}

QString insertAudit(QSqlDatabase &db, const AuditEntry &e)
{
    return attempt(db,
                   QStringLiteral("INSERT INTO public.audit_log (seq, at, actor, action, object, incident_id, payload, "
                                  "prev_hash, entry_hash, db_user) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {e.seq, toIsoUtc(e.at), e.actor, e.action, e.object, e.incidentId,
                    QString::fromUtf8(audit::canonicalJson(e.data)), e.prevHash, e.entryHash, e.dbUser});
}

// One psql script run by the real psql client as `login`: exit code and
// what it printed (errors included). ON_ERROR_STOP, so the first refusal
// ends the script and its transaction rolls back.
struct PsqlResult {
    int exitCode = -1;
    QString output;
};
PsqlResult psqlAs(const QString &dbname, const Login &login, const QString &script)
{
    const QUrl admin(pgAdminUrl());
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), login.password);
    env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("psql"),
            {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
             QStringLiteral("-h"), admin.host(), QStringLiteral("-p"), QString::number(admin.port()),
             QStringLiteral("-U"), login.name, QStringLiteral("-d"), dbname, QStringLiteral("-c"), script});
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}

QString sqlLiteral(QString text)
{
    return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QStringLiteral("\'\'")) + QLatin1Char('\'');
}

} // namespace

// Opens every test that needs a team: PostgreSQL only (an SQLite file has
// no roles), then a fresh store from makeTeam; returns if that failed.
#define TEAM_OR_SKIP(t)                                                                                                \
    if (!onPostgres())                                                                                                 \
        QSKIP("PostgreSQL run only");                                                                                  \
    Team t;                                                                                                            \
    makeTeam(t);                                                                                                       \
    if (QTest::currentTestFailed())                                                                                    \
    return

class TestRoles : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{utc(2026, 3, 2, 10)};
    ClockRuleSet m_rules = ruleloader::load();
    Login m_observer, m_responder, m_commander, m_outsider;

    // A team store set up by its owner (the cluster's superuser): one
    // incident with a step and an evidence item, an RCA so it could be
    // closed, and the three logins granted their roles.
    struct Team {
        QString spec;
        QString dbname;
        std::unique_ptr<CaseStore> admin;
        QString incidentId;
    };

    void makeTeam(Team &t)
    {
        t.spec = storeSpec(m_dir, QStringLiteral("roles"));
        QVERIFY(!t.spec.isEmpty());
        t.dbname = QUrl(t.spec).path().mid(1);
        auto store = CaseStore::open(t.spec, m_clock, QStringLiteral("owner"));
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
        t.admin = std::move(store).value();
        StepTemplate step;
        step.id = QStringLiteral("isolate-host");
        step.phase = Phase::Isolate;
        step.title = QStringLiteral("Isolate the host");
        auto inc = t.admin->createIncident(
            {QStringLiteral("Ransomware on fs01"), {}, Severity::High, QStringLiteral("Ada"), {}, {}, {}}, {step});
        QVERIFY(inc.ok());
        t.incidentId = inc->id;
        EvidenceItem item;
        item.incidentId = t.incidentId;
        item.kind = EvidenceKind::File;
        item.description = QStringLiteral("ransom note");
        item.sha256 = QString(64, u'a');
        QVERIFY(t.admin->registerEvidence(item).ok());
        ResponseService response(*t.admin, nullptr);
        RootCauseAnalysis rca;
        rca.incidentId = t.incidentId;
        rca.rootCause = QStringLiteral("exposed RDP");
        QVERIFY(response.saveRca(rca).ok());
        TeamAccess team(*t.admin);
        QCOMPARE(*team.role(), StoreRole::Owner);
        QVERIFY(team.grant(m_observer.name, StoreRole::Observer).ok());
        QVERIFY(team.grant(m_responder.name, StoreRole::Responder).ok());
        QVERIFY(team.grant(m_commander.name, StoreRole::Commander).ok());
    }

    Result<std::unique_ptr<CaseStore>> openAs(const QString &spec, const Login &login)
    {
        QUrl url(spec);
        url.setUserName(login.name);
        return CaseStore::open(url.toString(), m_clock, QStringLiteral("actor-") + login.name, login.password);
    }

    // Every Firebreak table's content, hashed, as the owner sees it.
    QMap<QString, QString> snapshot(const QString &dbname)
    {
        QMap<QString, QString> out;
        QSqlDatabase db = pgAdminConnection(dbname);
        for (const QString &table : column(db, QStringLiteral("SELECT table_name FROM information_schema.tables "
                                                              "WHERE table_schema = 'public'"))) {
            const QStringList h =
                column(db, QStringLiteral("SELECT count(*) || ' ' || coalesce(md5(string_agg(x::text, '|' ORDER BY "
                                          "x::text)), '') FROM %1 x")
                               .arg(table));
            out.insert(table, h.value(0));
        }
        pgDisconnect(db);
        return out;
    }

    QStringList tables(const QString &dbname)
    {
        QSqlDatabase db = pgAdminConnection(dbname);
        const QStringList t = column(db, QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                                        "table_schema = 'public' ORDER BY table_name"));
        pgDisconnect(db);
        return t;
    }

    template <typename R> void expectForbidden(const R &r, const QString &what, const QString &login)
    {
        QVERIFY2(!r.ok(), qPrintable(what + QStringLiteral(" was allowed")));
        QVERIFY2(r.error().kind == Error::Kind::Forbidden, qPrintable(what + QStringLiteral(": ") + r.error().message));
        QVERIFY2(r.error().message.contains(login), qPrintable(what + QStringLiteral(": ") + r.error().message));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!onPostgres())
            return;
        // Logins are server-wide: random names so parallel runs never meet.
        const QString tag = randomHex();
        m_observer = {QStringLiteral("t_obs_") + tag, randomHex() + randomHex()};
        m_responder = {QStringLiteral("t_resp_") + tag, randomHex() + randomHex()};
        m_commander = {QStringLiteral("t_ic_") + tag, randomHex() + randomHex()};
        m_outsider = {QStringLiteral("t_out_") + tag, randomHex() + randomHex()};
        QSqlDatabase admin = pgAdminConnection(QStringLiteral("postgres"));
        QVERIFY2(admin.isOpen(), qPrintable(admin.lastError().text()));
        for (const Login &l : {m_observer, m_responder, m_commander, m_outsider}) {
            const QString err =
                attempt(admin, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(l.name, l.password));
            QVERIFY2(err.isEmpty(), qPrintable(err));
        }
        pgDisconnect(admin);
    }

    // A refused write must read well: no driver chatter about statements
    // it could not free in an aborted transaction.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("Unable to free statement"))); }

    void aStatementThatFailsFailsTheWholeWrite()
    {
        if (!onPostgres())
            QSKIP("PostgreSQL run only");
        const QString spec = storeSpec(m_dir, QStringLiteral("savepoint"));
        auto store = CaseStore::open(spec, m_clock, QStringLiteral("owner"));
        QVERIFY(store.ok());
        Database &db = (*store)->database();
        // The failure is ignored by the work, and what follows it succeeds
        // (the transaction was rolled back to the write's savepoint), but
        // nothing commits.
        Status st = db.write([](QSqlDatabase &conn) -> Status {
            (void)sql::run(conn, QStringLiteral("SELECT * FROM no_such_table WHERE x = ?"), {1});
            auto after = sql::run(conn, QStringLiteral("INSERT INTO store_meta (key, value) VALUES (?, ?)"),
                                  {QStringLiteral("probe"), QStringLiteral("1")});
            return after ? Status{} : Status{after.error()};
        });
        QVERIFY(!st.ok());
        QVERIFY2(st.error().message.contains(QLatin1String("no_such_table")), qPrintable(st.error().message));
        QSqlDatabase conn = db.connection();
        auto probe = sql::scalar(conn, QStringLiteral("SELECT count(*) FROM store_meta WHERE key = 'probe'"));
        QVERIFY(probe.ok());
        QCOMPARE(probe->toInt(), 0);
        // The connection is fine afterwards.
        QVERIFY((*store)->createIncident({QStringLiteral("after"), {}, Severity::Low, {}, {}, {}, {}}).ok());
    }

    void sqliteFileHasOnlyItsOwner()
    {
        if (onPostgres())
            QSKIP("SQLite run only");
        auto store = CaseStore::open(m_dir.filePath(QStringLiteral("solo.sqlite")), m_clock, QStringLiteral("ada"));
        QVERIFY(store.ok());
        TeamAccess team(**store);
        QVERIFY(!team.isTeamStore());
        QCOMPARE(*team.role(), StoreRole::Owner);
        const qint64 before = *(*store)->auditLastSeq();
        auto granted = team.grant(QStringLiteral("bob"), StoreRole::Responder);
        QVERIFY(!granted.ok());
        QCOMPARE(granted.error().kind, Error::Kind::Usage);
        QVERIFY2(granted.error().message.contains(QLatin1String("team-store feature")) &&
                     granted.error().message.contains((*store)->path()),
                 qPrintable(granted.error().message));
        QVERIFY(!team.revoke(QStringLiteral("bob")).ok());
        auto members = team.members();
        QVERIFY(!members.ok());
        QVERIFY(members.error().message.contains(QLatin1String("team-store feature")));
        QCOMPARE(*(*store)->auditLastSeq(), before);
    }

    void ownerGrantsRevokesAndListsRoles()
    {
        TEAM_OR_SKIP(t);
        TeamAccess team(*t.admin);
        QVERIFY(team.isTeamStore());
        QCOMPARE(team.login(), QStringLiteral("firebreak_admin"));
        auto members = team.members();
        QVERIFY2(members.ok(), qPrintable(members.ok() ? QString() : members.error().message));
        QCOMPARE(members->size(), 4);
        QCOMPARE(members->at(0).login, QStringLiteral("firebreak_admin"));
        QCOMPARE(members->at(0).role, StoreRole::Owner);
        QCOMPARE(members->at(1).login, m_commander.name);
        QCOMPARE(members->at(1).role, StoreRole::Commander);
        QCOMPARE(members->at(2).login, m_responder.name);
        QCOMPARE(members->at(3).login, m_observer.name);
        QCOMPARE(members->at(3).role, StoreRole::Observer);

        // Each grant was recorded by the owner's login, in the same write.
        auto log = t.admin->auditLog();
        QStringList granted;
        for (const AuditEntry &e : *log)
            if (e.action == QLatin1String("store.grant")) {
                QCOMPARE(e.dbUser, QStringLiteral("firebreak_admin"));
                granted << e.data.value(QStringLiteral("login")).toString() + QLatin1Char('=') +
                               e.data.value(QStringLiteral("role")).toString();
            }
        QCOMPARE(granted, QStringList({m_observer.name + QStringLiteral("=observer"),
                                       m_responder.name + QStringLiteral("=responder"),
                                       m_commander.name + QStringLiteral("=commander")}));

        // Granting the role a login already has changes and records nothing.
        const qint64 seq = *t.admin->auditLastSeq();
        auto again = team.grant(m_observer.name, StoreRole::Observer);
        QVERIFY(again.ok());
        QCOMPARE(*again, std::optional<StoreRole>(StoreRole::Observer));
        QCOMPARE(*t.admin->auditLastSeq(), seq);

        // A new role replaces the old one.
        auto promoted = team.grant(m_observer.name, StoreRole::Responder);
        QVERIFY(promoted.ok());
        QCOMPARE(*promoted, std::optional<StoreRole>(StoreRole::Observer));
        {
            auto as = openAs(t.spec, m_observer);
            QVERIFY2(as.ok(), qPrintable(as.ok() ? QString() : as.error().message));
            QCOMPARE(*TeamAccess(**as).role(), StoreRole::Responder);
        }
        auto revoked = team.revoke(m_observer.name);
        QVERIFY(revoked.ok());
        QCOMPARE(*revoked, StoreRole::Responder);
        QCOMPARE(t.admin->auditLog()->last().action, QStringLiteral("store.revoke"));
        auto gone = team.revoke(m_observer.name);
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().kind, Error::Kind::NotFound);

        // Without a role the store does not open, and says whom to ask.
        auto refused = openAs(t.spec, m_observer);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
        QVERIFY2(refused.error().message.contains(m_observer.name + QStringLiteral(" has no Firebreak role")) &&
                     refused.error().message.contains(QLatin1String("store grant")) &&
                     refused.error().message.contains(QLatin1String("firebreak_admin")),
                 qPrintable(refused.error().message));

        // Unknown logins, the owner and superusers are not granted roles.
        auto unknown = team.grant(QStringLiteral("nobody_") + randomHex(), StoreRole::Observer);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().kind, Error::Kind::NotFound);
        QVERIFY(unknown.error().message.contains(QLatin1String("CREATE ROLE")));
        auto self = team.grant(QStringLiteral("firebreak_admin"), StoreRole::Observer);
        QVERIFY(!self.ok());
        QCOMPARE(self.error().kind, Error::Kind::Conflict);
        QVERIFY(!team.grant(m_observer.name, StoreRole::Owner).ok());
        QVERIFY(t.admin->verifyAudit()->intact());
    }

    void droppedSafeguardsAreReportedAndRestored()
    {
        TEAM_OR_SKIP(t);
        QVERIFY(t.admin->missingSafeguards().isEmpty());
        QSqlDatabase hand = pgAdminConnection(t.dbname);
        for (const char *statement : {"ALTER TABLE audit_log DISABLE ROW LEVEL SECURITY",
                                      "ALTER TABLE incidents DISABLE TRIGGER firebreak_incident_guard"})
            QVERIFY(attempt(hand, QString::fromLatin1(statement)).isEmpty());
        pgDisconnect(hand);
        QCOMPARE(t.admin->missingSafeguards(), QStringList({QStringLiteral("row-level security on audit_log"),
                                                            QStringLiteral("trigger firebreak_incident_guard")}));
        // Setting up again (any grant does) puts them back.
        QVERIFY(TeamAccess(*t.admin).setUp().ok());
        QVERIFY(t.admin->missingSafeguards().isEmpty());
    }

    void onlyTheOwnerManagesRoles()
    {
        TEAM_OR_SKIP(t);
        auto ic = openAs(t.spec, m_commander);
        QVERIFY(ic.ok());
        TeamAccess asCommander(**ic);
        QCOMPARE(*asCommander.role(), StoreRole::Commander);
        const qint64 seq = *t.admin->auditLastSeq();
        auto g = asCommander.grant(m_outsider.name, StoreRole::Commander);
        expectForbidden(g, QStringLiteral("a commander granting a role"), m_commander.name);
        QVERIFY2(g.error().message.contains(QLatin1String("only its owner (firebreak_admin)")),
                 qPrintable(g.error().message));
        expectForbidden(asCommander.revoke(m_responder.name), QStringLiteral("a commander revoking"), m_commander.name);
        expectForbidden(asCommander.setUp(), QStringLiteral("a commander setting up"), m_commander.name);
        // Nor by hand: GRANT of a group role needs CREATEROLE or admin option.
        const QString group = t.admin->auditLog()->last().data.value(QStringLiteral("group")).toString();
        QVERIFY(group.endsWith(QLatin1String("_commander")));
        QSqlDatabase hand = pgConnection(t.dbname, m_commander.name, m_commander.password);
        QVERIFY(hand.isOpen());
        const QString err = attempt(hand, QStringLiteral("GRANT %1 TO %2").arg(group, m_outsider.name));
        pgDisconnect(hand);
        QVERIFY2(err.startsWith(QLatin1String("42501")), qPrintable(err));
        QCOMPARE(*t.admin->auditLastSeq(), seq);
    }

    void rolesBelongToOneStore()
    {
        if (!onPostgres())
            QSKIP("PostgreSQL run only");
        Team a;
        makeTeam(a);
        if (QTest::currentTestFailed())
            return;
        // Store B on the same server, set up but with nobody granted.
        const QString b = storeSpec(m_dir, QStringLiteral("other"));
        auto owner = CaseStore::open(b, m_clock, QStringLiteral("owner"));
        QVERIFY(owner.ok());
        QVERIFY(TeamAccess(**owner).setUp().ok());
        QCOMPARE((*owner)->auditLog()->last().action, QStringLiteral("store.roles-setup"));
        auto elsewhere = openAs(b, m_commander);
        QVERIFY(!elsewhere.ok());
        QCOMPARE(elsewhere.error().kind, Error::Kind::Forbidden);
        QVERIFY2(elsewhere.error().message.contains(QLatin1String("has no Firebreak role in case store")),
                 qPrintable(elsewhere.error().message));
        QSqlDatabase hand = pgConnection(QUrl(b).path().mid(1), m_commander.name, m_commander.password);
        QVERIFY(hand.isOpen());
        const QString err = attempt(hand, QStringLiteral("SELECT count(*) FROM incidents"));
        pgDisconnect(hand);
        QVERIFY2(err.startsWith(QLatin1String("42501")), qPrintable(err));
    }

    void observerCannotWriteThroughTheWorkbench()
    {
        TEAM_OR_SKIP(t);
        const auto before = snapshot(t.dbname);
        QVERIFY(before.size() >= 20);
        const qint64 seq = *t.admin->auditLastSeq();

        auto opened = openAs(t.spec, m_observer);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        CaseStore &store = **opened;
        QCOMPARE(*TeamAccess(store).role(), StoreRole::Observer);
        // Reading works.
        QCOMPARE(store.incident(t.incidentId)->title, QStringLiteral("Ransomware on fs01"));
        QCOMPARE(store.evidence(t.incidentId)->size(), 1);
        QVERIFY(store.verifyAudit()->intact());

        const QString id = t.incidentId;
        const QString who = m_observer.name;
        expectForbidden(store.createIncident({QStringLiteral("x"), {}, Severity::Low, {}, {}, {}, {}}),
                        QStringLiteral("createIncident"), who);
        Incident edited = *store.incident(id);
        edited.title = QStringLiteral("renamed");
        expectForbidden(store.updateIncident(edited), QStringLiteral("updateIncident"), who);
        expectForbidden(store.addPerson(id, {0, id, QStringLiteral("Eve"), {}, {}, {}}), QStringLiteral("addPerson"),
                        who);
        AffectedSystem sys;
        sys.hostname = QStringLiteral("fs02");
        expectForbidden(store.addSystem(id, sys), QStringLiteral("addSystem"), who);
        EvidenceItem item;
        item.incidentId = id;
        item.kind = EvidenceKind::File;
        expectForbidden(store.registerEvidence(item), QStringLiteral("registerEvidence"), who);

        EvidenceService evidence(store);
        CustodyEvent custody;
        custody.incidentId = id;
        custody.evidenceNumber = QStringLiteral("E-001");
        custody.action = QStringLiteral("examined");
        custody.at = m_clock.nowUtc();
        custody.toParty = QStringLiteral("Eve");
        expectForbidden(evidence.recordCustody(custody), QStringLiteral("recordCustody"), who);
        VerificationEvent v;
        v.incidentId = id;
        v.evidenceNumber = QStringLiteral("E-001");
        v.at = m_clock.nowUtc();
        v.result = Verification::Verified;
        v.sha256 = QString(64, u'a');
        expectForbidden(evidence.recordVerification(v), QStringLiteral("recordVerification"), who);

        ClockService clocks(store, m_rules);
        expectForbidden(clocks.classify(id, {QStringLiteral("personal-data")}, m_clock.nowUtc(), QStringLiteral("x")),
                        QStringLiteral("classify"), who);
        BreachDetails details;
        details.incidentId = id;
        details.nature = QStringLiteral("exfiltration");
        expectForbidden(clocks.saveBreachDetails(details), QStringLiteral("saveBreachDetails"), who);

        ResponseService response(store, &clocks);
        TimelineNote note;
        note.incidentId = id;
        note.at = m_clock.nowUtc();
        note.text = QStringLiteral("observed");
        expectForbidden(response.addTimelineNote(note), QStringLiteral("addTimelineNote"), who);
        ContainmentAction c;
        c.incidentId = id;
        c.system = QStringLiteral("fs01");
        c.action = QStringLiteral("network cut");
        c.performedAt = m_clock.nowUtc();
        expectForbidden(response.recordContainment(c), QStringLiteral("recordContainment"), who);
        ContactEntry contact;
        contact.incidentId = id;
        contact.at = m_clock.nowUtc();
        contact.partyType = QStringLiteral("law-enforcement");
        contact.organisation = QStringLiteral("OFAC");
        contact.summary = QStringLiteral("reported");
        expectForbidden(response.logContact(contact), QStringLiteral("logContact"), who);
        CorrectiveAction fix;
        fix.incidentId = id;
        fix.action = QStringLiteral("close RDP");
        fix.owner = QStringLiteral("IT");
        expectForbidden(response.addCorrectiveAction(fix), QStringLiteral("addCorrectiveAction"), who);
        RootCauseAnalysis rca = *response.rca(id);
        rca.wentWell = QStringLiteral("fast isolation");
        expectForbidden(response.saveRca(rca), QStringLiteral("saveRca"), who);
        expectForbidden(response.completeStep(id, QStringLiteral("isolate-host")), QStringLiteral("completeStep"), who);
        expectForbidden(response.close(id), QStringLiteral("close"), who);
        expectForbidden(store.appendCheckpoint([&](const CaseStore::CheckpointBasis &basis) -> Result<AuditCheckpoint> {
            AuditCheckpoint cp;
            cp.number = 1;
            cp.at = m_clock.nowUtc();
            cp.storeId = basis.storeId;
            cp.entries = basis.chain.entries;
            cp.headHash = basis.chain.headHash;
            cp.keyFingerprint = QStringLiteral("00");
            cp.signature = QStringLiteral("00");
            return cp;
        }),
                        QStringLiteral("appendCheckpoint"), who);
        expectForbidden(TeamAccess(store).grant(m_outsider.name, StoreRole::Observer), QStringLiteral("grant"), who);

        // The message names the login and the store, and says nothing changed.
        auto refused = store.addPerson(id, {0, id, QStringLiteral("Eve"), {}, {}, {}});
        QVERIFY(!refused.ok());
        const QString msg = refused.error().message;
        QVERIFY2(msg.contains(QStringLiteral("your database login %1 may not make this change in case store %2")
                                  .arg(who, store.path())) &&
                     msg.contains(QLatin1String("nothing was changed")),
                 qPrintable(msg));

        QCOMPARE(*t.admin->auditLastSeq(), seq);
        QCOMPARE(snapshot(t.dbname), before);
    }

    void observerCannotWriteByHand()
    {
        TEAM_OR_SKIP(t);
        const auto before = snapshot(t.dbname);
        const QStringList all = tables(t.dbname);
        QSqlDatabase hand = pgConnection(t.dbname, m_observer.name, m_observer.password);
        QVERIFY2(hand.isOpen(), qPrintable(hand.lastError().text()));
        for (const QString &table : all) {
            QVERIFY2(attempt(hand, QStringLiteral("SELECT count(*) FROM %1").arg(table)).isEmpty(), qPrintable(table));
            const QString first = column(hand, QStringLiteral("SELECT column_name FROM information_schema.columns "
                                                              "WHERE table_name = '%1' AND ordinal_position = 1")
                                                   .arg(table))
                                      .value(0);
            QVERIFY(!first.isEmpty());
            for (const QString &statement :
                 {QStringLiteral("INSERT INTO %1 DEFAULT VALUES").arg(table),
                  QStringLiteral("UPDATE %1 SET %2 = %2").arg(table, first),
                  QStringLiteral("DELETE FROM %1").arg(table), QStringLiteral("TRUNCATE %1").arg(table)}) {
                const QString err = attempt(hand, statement);
                QVERIFY2(err.startsWith(QLatin1String("42501")), qPrintable(statement + QStringLiteral(" -> ") + err));
            }
        }
        // Not even an audit entry that names the observer and extends the chain.
        const QString err = insertAudit(hand, nextAuditEntry(hand, m_observer.name, m_clock.nowUtc()));
        QVERIFY2(err.startsWith(QLatin1String("42501")), qPrintable(err));
        // Nor create tables of its own in the store's schema.
        QVERIFY(attempt(hand, QStringLiteral("CREATE TABLE public.x (y int)")).startsWith(QLatin1String("42501")));
        pgDisconnect(hand);
        QCOMPARE(snapshot(t.dbname), before);
    }

    void responderWorksButDoesNotDecide()
    {
        TEAM_OR_SKIP(t);
        const QString id = t.incidentId;
        auto opened = openAs(t.spec, m_responder);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        CaseStore &store = **opened;
        QCOMPARE(*TeamAccess(store).role(), StoreRole::Responder);
        ClockService clocks(store, m_rules);
        ResponseService response(store, &clocks);
        EvidenceService evidence(store);

        // Operational work.
        TimelineNote note;
        note.incidentId = id;
        note.at = m_clock.nowUtc();
        note.text = QStringLiteral("beacon to 203.0.113.9");
        QVERIFY(response.addTimelineNote(note).ok());
        EvidenceItem item;
        item.incidentId = id;
        item.kind = EvidenceKind::File;
        item.description = QStringLiteral("proxy log");
        item.sha256 = QString(64, u'b');
        auto registered = store.registerEvidence(item);
        QVERIFY2(registered.ok(), qPrintable(registered.ok() ? QString() : registered.error().message));
        CustodyEvent custody;
        custody.incidentId = id;
        custody.evidenceNumber = registered->evidenceNumber;
        custody.action = QStringLiteral("stored");
        custody.at = m_clock.nowUtc();
        custody.location = QStringLiteral("safe 2");
        QVERIFY(evidence.recordCustody(custody).ok());
        QVERIFY(response.completeStep(id, QStringLiteral("isolate-host"), QStringLiteral("switch port down")).ok());
        Incident edited = *store.incident(id);
        edited.description = QStringLiteral("encrypted shares on fs01");
        edited.phase = Phase::Collect;
        QVERIFY(store.updateIncident(edited).ok());

        // The commander's decisions.
        const qint64 seq = *t.admin->auditLastSeq();
        const auto before = snapshot(t.dbname);
        const QString who = m_responder.name;
        expectForbidden(clocks.classify(id, {QStringLiteral("personal-data")}, m_clock.nowUtc(), QStringLiteral("x")),
                        QStringLiteral("classify"), who);
        BreachDetails details;
        details.incidentId = id;
        details.nature = QStringLiteral("exfiltration");
        expectForbidden(clocks.saveBreachDetails(details), QStringLiteral("saveBreachDetails"), who);
        expectForbidden(store.createIncident({QStringLiteral("x"), {}, Severity::Low, {}, {}, {}, {}}),
                        QStringLiteral("createIncident"), who);
        auto closed = response.close(id);
        expectForbidden(closed, QStringLiteral("close"), who);
        QVERIFY2(closed.error().message.contains(QLatin1String("only an incident commander may change status")),
                 qPrintable(closed.error().message));
        for (const auto &change : std::initializer_list<std::function<void(Incident &)>>{
                 [](Incident &i) { i.severity = Severity::Low; },
                 [](Incident &i) { i.commander = QStringLiteral("Mallory"); },
                 [&](Incident &i) { i.awareAt = m_clock.nowUtc(); }}) {
            Incident e = *store.incident(id);
            change(e);
            expectForbidden(store.updateIncident(e), QStringLiteral("updateIncident"), who);
        }
        QCOMPARE(*t.admin->auditLastSeq(), seq);
        QCOMPARE(snapshot(t.dbname), before);

        // Once the commander classified, waiving or notifying is still theirs.
        {
            auto ic = openAs(t.spec, m_commander);
            QVERIFY(ic.ok());
            ClockService icClocks(**ic, m_rules);
            QVERIFY(
                icClocks.classify(id, {QStringLiteral("personal-data")}, m_clock.nowUtc(), QStringLiteral("HR")).ok());
        }
        const auto classified = snapshot(t.dbname);
        expectForbidden(clocks.waive(id, QStringLiteral("customer-personal"), QStringLiteral("employees only")),
                        QStringLiteral("waive"), who);
        Notice n;
        n.incidentId = id;
        n.clockId = QStringLiteral("gdpr-art33");
        n.sentAt = m_clock.nowUtc();
        n.recipient = QStringLiteral("CNIL");
        expectForbidden(clocks.recordNotice(n), QStringLiteral("recordNotice"), who);
        QCOMPARE(snapshot(t.dbname), classified);
    }

    void responderCannotDecideByHand()
    {
        TEAM_OR_SKIP(t);
        const QString id = t.incidentId;
        const auto before = snapshot(t.dbname);
        QSqlDatabase hand = pgConnection(t.dbname, m_responder.name, m_responder.password);
        QVERIFY2(hand.isOpen(), qPrintable(hand.lastError().text()));
        const QString now = toIsoUtc(m_clock.nowUtc());
        const QStringList refused = {
            QStringLiteral("UPDATE incidents SET status = 'closed', closed_at = '%1' WHERE id = '%2'").arg(now, id),
            QStringLiteral("UPDATE incidents SET commander = 'Mallory' WHERE id = '%1'").arg(id),
            QStringLiteral("UPDATE incidents SET severity = 'low' WHERE id = '%1'").arg(id),
            QStringLiteral("UPDATE incidents SET aware_at = '%1' WHERE id = '%2'").arg(now, id),
            QStringLiteral("INSERT INTO incidents (id, title, severity, phase, status, created_at, updated_at) "
                           "VALUES ('INC-2026-0999', 'x', 'low', 'triage', 'open', '%1', '%1')")
                .arg(now),
            QStringLiteral("INSERT INTO classifications (incident_id, kind, trigger_at, decided_by, recorded_at) "
                           "VALUES ('%1', 'personal-data', '%2', 'me', '%2')")
                .arg(id, now),
            QStringLiteral("INSERT INTO clock_waivers (incident_id, clock_id, justification, decided_by, "
                           "recorded_at) VALUES ('%1', 'gdpr-art33', 'no', 'me', '%2')")
                .arg(id, now),
            QStringLiteral("INSERT INTO clock_notices (incident_id, clock_id, phase, sent_at, recipient, "
                           "recorded_by, recorded_at) VALUES ('%1', 'gdpr-art33', 'initial', '%2', 'x', 'me', '%2')")
                .arg(id, now),
            QStringLiteral("INSERT INTO breach_details (incident_id, updated_at) VALUES ('%1', '%2')").arg(id, now),
            QStringLiteral("INSERT INTO clock_delays (incident_id, clock_id, period, days, starts_at, ends_at, ground, "
                           "determined_at, ag_reference, recorded_by, recorded_at) VALUES ('%1', 'sec-8k', 1, 30, "
                           "'%2', '%2', 'national-security', '%2', 'AG-1', 'me', '%2')")
                .arg(id, now),
            QStringLiteral("UPDATE evidence_items SET sha256 = '%1' WHERE incident_id = '%2'")
                .arg(QString(64, u'0'), id),
            QStringLiteral("UPDATE timeline_notes SET text = 'rewritten'"),
            QStringLiteral("UPDATE custody_events SET to_party = 'Mallory'"),
            QStringLiteral("DELETE FROM evidence_items"),
            QStringLiteral("DELETE FROM audit_log"),
            QStringLiteral("TRUNCATE timeline_notes"),
            QStringLiteral("UPDATE store_meta SET value = 'x'"),
            QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_check"),
            QStringLiteral("ALTER TABLE audit_log DISABLE ROW LEVEL SECURITY"),
        };
        for (const QString &statement : refused) {
            const QString err = attempt(hand, statement);
            QVERIFY2(err.startsWith(QLatin1String("42501")), qPrintable(statement + QStringLiteral(" -> ") + err));
        }
        QCOMPARE(snapshot(t.dbname), before);

        // What a responder may do by hand, it may do (the refusals above are
        // about the role, not a broken session), but only with its audit
        // entry in the same transaction: an unrecorded change is refused
        // at commit, and nothing of it stays.
        const QString rename =
            QStringLiteral("UPDATE incidents SET title = 'Ransomware on fs01 and fs02' WHERE id = '%1'").arg(id);
        const QString move =
            QStringLiteral("UPDATE evidence_items SET storage_location = 'safe 1' WHERE incident_id = '%1'").arg(id);
        for (const QString &statement : {rename, move}) {
            const QString err = attempt(hand, statement);
            QVERIFY2(err.startsWith(QLatin1String("42501")) && err.contains(QLatin1String("without an audit entry")),
                     qPrintable(statement + QStringLiteral(" -> ") + err));
        }
        QCOMPARE(snapshot(t.dbname), before);
        QVERIFY(attempt(hand, QStringLiteral("BEGIN")).isEmpty());
        QVERIFY(attempt(hand, rename).isEmpty());
        QVERIFY(attempt(hand, move).isEmpty());
        const QString audited = insertAudit(hand, nextAuditEntry(hand, m_responder.name, m_clock.nowUtc()));
        QVERIFY2(audited.isEmpty(), qPrintable(audited));
        const QString committed = attempt(hand, QStringLiteral("COMMIT"));
        QVERIFY2(committed.isEmpty(), qPrintable(committed));
        QCOMPARE(t.admin->incident(id)->title, QStringLiteral("Ransomware on fs01 and fs02"));
        QCOMPARE(t.admin->auditLog()->last().dbUser, m_responder.name);
        pgDisconnect(hand);
    }

    // After SET ROLE to the store's group role, a member acts as the group:
    // an audit entry naming the group (not the person) and a change to an
    // incident would pass checks that compare with current_user. Every
    // write is bound to the login (session_user): from psql, for each
    // role, nothing is written under a group's name, in any table.
    void writesUnderAGroupRoleAreRefused()
    {
        TEAM_OR_SKIP(t);
        const auto before = snapshot(t.dbname);
        const qint64 seq = *t.admin->auditLastSeq();
        const QStringList all = tables(t.dbname);
        for (const auto &[login, role] :
             {std::pair{m_observer, StoreRole::Observer}, std::pair{m_responder, StoreRole::Responder},
              std::pair{m_commander, StoreRole::Commander}}) {
            QSqlDatabase admin = pgAdminConnection(t.dbname);
            const QString group = *TeamRoles::groupName(admin, role);
            const AuditEntry e = nextAuditEntry(admin, group, m_clock.nowUtc());
            pgDisconnect(admin);
            QVERIFY(!group.isEmpty());
            // The case: one transaction, an entry naming the group and an incident edit.
            const QString script =
                QStringLiteral("BEGIN; SET ROLE %1; "
                               "INSERT INTO public.audit_log (seq, at, actor, action, object, incident_id, payload, "
                               "prev_hash, entry_hash, db_user) VALUES (%2, %3, 'by hand', %4, 'store', %5, %6, %7, "
                               "%8, %9); UPDATE incidents SET description = 'edited as the group' WHERE id = %5; "
                               "COMMIT;")
                    .arg(group, QString::number(e.seq), sqlLiteral(toIsoUtc(e.at)), sqlLiteral(e.action),
                         sqlLiteral(t.incidentId), sqlLiteral(QString::fromUtf8(audit::canonicalJson(e.data))),
                         sqlLiteral(e.prevHash), sqlLiteral(e.entryHash), sqlLiteral(group));
            auto r = psqlAs(t.dbname, login, script);
            QVERIFY2(r.exitCode != 0, qPrintable(login.name + QStringLiteral(": ") + r.output));
            QVERIFY2(r.output.contains(QLatin1String("permission denied")), qPrintable(r.output));
            if (role != StoreRole::Observer) // the observer group has no grant to begin with
                QVERIFY2(r.output.contains(login.name) && r.output.contains(QLatin1String("SET ROLE")),
                         qPrintable(r.output));
            // Every table, every kind of write: refused before any row check.
            for (const QString &table : all) {
                for (const QString &statement :
                     {QStringLiteral("INSERT INTO %1 DEFAULT VALUES"), QStringLiteral("UPDATE %1 SET %2 = %2"),
                      QStringLiteral("DELETE FROM %1")}) {
                    QSqlDatabase db = pgAdminConnection(t.dbname);
                    const QString first =
                        column(db, QStringLiteral("SELECT column_name FROM information_schema.columns "
                                                  "WHERE table_name = '%1' AND ordinal_position = 1")
                                       .arg(table))
                            .value(0);
                    pgDisconnect(db);
                    auto w = psqlAs(t.dbname, login,
                                    QStringLiteral("SET ROLE %1; %2").arg(group, statement.arg(table, first)));
                    QVERIFY2(w.exitCode != 0 && w.output.contains(QLatin1String("permission denied")),
                             qPrintable(login.name + QLatin1Char(' ') + statement.arg(table, first) +
                                        QStringLiteral(" -> ") + w.output));
                }
            }
            QCOMPARE(*t.admin->auditLastSeq(), seq);
            QCOMPARE(snapshot(t.dbname), before);
        }
        // A login whose sessions start as the group (ALTER ROLE ... SET role) cannot open the store.
        {
            QSqlDatabase admin = pgAdminConnection(QStringLiteral("postgres"));
            QSqlDatabase store = pgAdminConnection(t.dbname);
            const QString group = *TeamRoles::groupName(store, StoreRole::Responder);
            pgDisconnect(store);
            QVERIFY(
                attempt(admin, QStringLiteral("ALTER ROLE %1 SET role = %2").arg(m_responder.name, group)).isEmpty());
            auto opened = openAs(t.spec, m_responder);
            QVERIFY(attempt(admin, QStringLiteral("ALTER ROLE %1 RESET role").arg(m_responder.name)).isEmpty());
            pgDisconnect(admin);
            expectForbidden(opened, QStringLiteral("opening as a login that acts as its group"), m_responder.name);
            QVERIFY2(opened.error().message.contains(group), qPrintable(opened.error().message));
        }
        // As themselves, the same people still write: an entry naming the login is accepted.
        QSqlDatabase db = pgConnection(t.dbname, m_responder.name, m_responder.password);
        QVERIFY2(insertAudit(db, nextAuditEntry(db, m_responder.name, m_clock.nowUtc())).isEmpty(),
                 "a responder appends an entry naming their login");
        pgDisconnect(db);
        QCOMPARE(*t.admin->auditLastSeq(), seq + 1);
        QCOMPARE(t.admin->auditLog()->last().dbUser, m_responder.name);
        QVERIFY(t.admin->verifyAudit()->intact());
    }

    void handMadeAuditEntriesNameTheirWriter()
    {
        TEAM_OR_SKIP(t);
        const qint64 seq = *t.admin->auditLastSeq();
        QSqlDatabase hand = pgConnection(t.dbname, m_responder.name, m_responder.password);
        QVERIFY2(hand.isOpen(), qPrintable(hand.lastError().text()));
        const QDateTime at = m_clock.nowUtc();

        // Naming another login.
        QString err = insertAudit(hand, nextAuditEntry(hand, m_commander.name, at));
        QVERIFY2(err.startsWith(QLatin1String("42501")), qPrintable(err));
        // Claiming to be `store migrate` (empty db_user) does not help either.
        QVERIFY(attempt(hand, QStringLiteral("SET firebreak.importing = 'on'")).isEmpty());
        err = insertAudit(hand, nextAuditEntry(hand, QString(), at));
        QVERIFY2(err.startsWith(QLatin1String("42501")), qPrintable(err));
        QVERIFY(attempt(hand, QStringLiteral("RESET firebreak.importing")).isEmpty());
        // A temporary audit_log with a made-up head does not fool the
        // server's chain check (pg_temp comes first in a search path).
        QVERIFY(attempt(hand, QStringLiteral("CREATE TEMP TABLE audit_log (seq BIGINT, entry_hash TEXT)")).isEmpty());
        QVERIFY(attempt(hand, QStringLiteral("INSERT INTO pg_temp.audit_log VALUES (900, 'forged')")).isEmpty());
        AuditEntry forked = nextAuditEntry(hand, m_responder.name, at);
        forked.seq = 901;
        forked.prevHash = QStringLiteral("forged");
        forked.entryHash = audit::computeEntryHash(forked.seq, forked.prevHash, audit::canonicalRecord(forked));
        err = insertAudit(hand, forked);
        QVERIFY2(err.startsWith(QLatin1String("40001")), qPrintable(err));
        QVERIFY(attempt(hand, QStringLiteral("DROP TABLE pg_temp.audit_log")).isEmpty());
        QCOMPARE(*t.admin->auditLastSeq(), seq);

        // An entry naming its own writer and extending the chain is accepted
        // (a responder may write the trail), and the chain stays intact.
        err = insertAudit(hand, nextAuditEntry(hand, m_responder.name, at));
        QVERIFY2(err.isEmpty(), qPrintable(err));
        pgDisconnect(hand);
        QCOMPARE(*t.admin->auditLastSeq(), seq + 1);
        QCOMPARE(t.admin->auditLog()->last().dbUser, m_responder.name);
        QVERIFY(t.admin->verifyAudit()->intact());
    }

    void commanderDecidesAndTheTrailNamesEveryLogin()
    {
        TEAM_OR_SKIP(t);
        const QString id = t.incidentId;
        const qint64 start = *t.admin->auditLastSeq();
        {
            auto r = openAs(t.spec, m_responder);
            QVERIFY(r.ok());
            ResponseService response(**r, nullptr);
            TimelineNote note;
            note.incidentId = id;
            note.at = m_clock.nowUtc();
            note.text = QStringLiteral("encryptor found");
            QVERIFY(response.addTimelineNote(note).ok());
        }
        auto opened = openAs(t.spec, m_commander);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        CaseStore &store = **opened;
        QCOMPARE(*TeamAccess(store).role(), StoreRole::Commander);
        ClockService clocks(store, m_rules);
        ResponseService response(store, &clocks);
        QVERIFY(clocks
                    .classify(id, {QStringLiteral("personal-data")}, m_clock.nowUtc().addSecs(-3600),
                              QStringLiteral("payroll export"))
                    .ok());
        BreachDetails details;
        details.incidentId = id;
        details.nature = QStringLiteral("exfiltration of payroll data");
        QVERIFY(clocks.saveBreachDetails(details).ok());
        QVERIFY(clocks.waive(id, QStringLiteral("customer-personal"), QStringLiteral("employee data only")).ok());
        Notice n;
        n.incidentId = id;
        n.clockId = QStringLiteral("gdpr-art33");
        n.sentAt = m_clock.nowUtc();
        n.recipient = QStringLiteral("CNIL");
        auto sent = clocks.recordNotice(n);
        QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().message));
        Incident e = *store.incident(id);
        e.severity = Severity::Critical;
        QVERIFY(store.updateIncident(e).ok());
        auto blockers = response.closureBlockers(id);
        QVERIFY2(blockers->isEmpty(), qPrintable(blockers->join(u'\n')));
        auto closed = response.close(id, QStringLiteral("contained and reported"));
        QVERIFY2(closed.ok(), qPrintable(closed.ok() ? QString() : closed.error().message));
        QCOMPARE(store.incident(id)->status, IncidentStatus::Closed);
        QVERIFY(store.createIncident({QStringLiteral("second"), {}, Severity::Low, {}, {}, {}, {}}).ok());

        // Every entry names the login that wrote it, and the chain holds.
        auto log = t.admin->auditLog();
        QMap<QString, QString> writerOf;
        for (const AuditEntry &entry : *log) {
            QVERIFY2(!entry.dbUser.isEmpty(), qPrintable(entry.action));
            if (entry.seq > start)
                writerOf.insert(entry.action, entry.dbUser);
        }
        QCOMPARE(writerOf.value(QStringLiteral("timeline.add")), m_responder.name);
        for (const char *action :
             {"clock.classify", "breach.update", "clock.waive", "clock.notice", "incident.update", "incident.create"})
            QCOMPARE(writerOf.value(QLatin1String(action)), m_commander.name);
        QVERIFY(t.admin->verifyAudit()->intact());
        QVERIFY(store.verifyAudit()->intact());
        QVERIFY(store.missingSafeguards().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
