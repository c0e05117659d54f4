// Crash consistency (issue #10): real firebreak-cli processes write to one
// case store and are SIGKILLed at random points, hundreds of times. After
// every batch and at the end the store must pass sqlite3's integrity check
// and `audit verify`, every operation a process reported as done must be
// there, and no state change may exist without its audit entry (or the
// other way round): they commit in one transaction by design.
//
// Two ways to kill:
//  - a timer: SIGKILL after a random delay drawn from 0..1.3x the measured
//    run time of that command, so some die before opening the store, some
//    inside their transaction, some after commit but before reporting;
//  - the crash shim (LD_PRELOAD): SIGKILL at the N-th write or sync to the
//    store's files, which is inside SQLite's commit by construction (half
//    of those also tear the write first). A timer cannot aim that well.
//
// Environment (all optional):
//   FIREBREAK_CRASH_SEED        reproduce a run (the seed is printed)
//   FIREBREAK_CRASH_SECONDS     time budget for the kill loop (default 75)
//   FIREBREAK_CRASH_ITERATIONS  iteration cap (default 400)
//   FIREBREAK_CRASH_CHECK_EVERY full consistency check every K (default 50)

#include "support/CliRunner.h"
#include "support/TestSupport.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <map>

using namespace firebreak::test;

namespace {

enum class Op { NewIncident, AddPerson, AddTimeline, AddEvidence, StepDone };
constexpr int kOpCount = 5;

const char *opName(Op op)
{
    switch (op) {
    case Op::NewIncident: return "incident new";
    case Op::AddPerson: return "person add";
    case Op::AddTimeline: return "timeline add";
    case Op::AddEvidence: return "evidence add";
    case Op::StepDone: return "step done";
    }
    return "?";
}

// One operation the CLI reported as done (exit 0): what must be found.
struct Committed {
    Op op;
    QString incident;
    QString marker; // unique text, or the evidence number, or the step id
};

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

} // namespace

class TestCrash : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_evidenceFile;
    QStringList m_env;
    QRandomGenerator m_rng;
    quint32 m_seed = 0;

    QStringList m_incidents; // reported created (only these get more writes)
    QStringList m_steps;     // step ids of the playbook every incident follows
    QList<Committed> m_committed;
    qsizetype m_checkedUpTo = 0;
    std::map<Op, qint64> m_runMs; // typical run time per command, measured

    // Statistics for the summary.
    int m_iterations = 0, m_timerKills = 0, m_shimKills = 0, m_tornKills = 0;
    int m_killedCommitted = 0, m_killedNotCommitted = 0, m_completed = 0, m_checks = 0;

    ProcessResult cli(const QStringList &args, const QStringList &extraEnv = {})
    {
        return runCli(args, {.db = m_db, .env = m_env + extraEnv});
    }

    QString marker(const char *prefix) const
    {
        return QStringLiteral("%1-%2").arg(QLatin1String(prefix)).arg(m_iterations);
    }

    // The command line for an operation; `m` becomes the marker to look for.
    QStringList commandFor(Op op, const QString &incident, QString &m)
    {
        switch (op) {
        case Op::NewIncident:
            m = marker("incident");
            return {QStringLiteral("incident"),   QStringLiteral("new"), QStringLiteral("--title"), m,
                    QStringLiteral("--severity"), QStringLiteral("high")};
        case Op::AddPerson:
            m = marker("person");
            return {QStringLiteral("person"), QStringLiteral("add"),      incident, QStringLiteral("--name"), m,
                    QStringLiteral("--role"), QStringLiteral("forensics")};
        case Op::AddTimeline:
            m = marker("timeline");
            return {QStringLiteral("timeline"),
                    QStringLiteral("add"),
                    incident,
                    QStringLiteral("--at"),
                    QStringLiteral("2026-11-23T02:10:00Z"),
                    QStringLiteral("--text"),
                    m};
        case Op::AddEvidence:
            m = marker("evidence");
            return {QStringLiteral("evidence"),
                    QStringLiteral("add"),
                    incident,
                    m_evidenceFile,
                    QStringLiteral("--description"),
                    m};
        case Op::StepDone:
            m = m_steps.at(static_cast<qsizetype>(m_rng.bounded(static_cast<quint32>(m_steps.size()))));
            return {QStringLiteral("step"),   QStringLiteral("done"), incident, m,
                    QStringLiteral("--note"), marker("note")};
        }
        return {};
    }

    // What a successful run prints that the check needs (the evidence number).
    static QString reportedMarker(Op op, const QString &out, const QString &m)
    {
        if (op == Op::NewIncident || op == Op::AddEvidence)
            return out.section(QLatin1Char('\n'), 0, 0).trimmed();
        return m;
    }

    void recordSuccess(Op op, const QString &incident, const QString &m, const QString &out)
    {
        const QString printed = reportedMarker(op, out, m);
        if (op == Op::NewIncident) {
            m_incidents << printed;
            m_committed.append({op, printed, m});
        } else if (op == Op::AddEvidence) {
            m_committed.append({op, incident, printed + QLatin1Char(' ') + m});
        } else {
            m_committed.append({op, incident, m});
        }
    }

    // Is the marker of a killed (unreported) operation in the store? Only
    // for the statistics: either answer is allowed, half-present is not.
    bool markerPresent(const QString &m)
    {
        const auto r =
            sqlite3(m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE payload LIKE '%\"%1\"%';").arg(m));
        return r.out.trimmed().toInt() > 0;
    }

    ProcessResult runToEnd(Op op, const QString &incident, QString &m)
    {
        QElapsedTimer t;
        t.start();
        ProcessResult r = cli(commandFor(op, incident, m));
        const qint64 ms = t.elapsed();
        m_runMs[op] = m_runMs.count(op) ? (m_runMs[op] * 3 + ms) / 4 : ms;
        return r;
    }

    void iteration()
    {
        ++m_iterations;
        const Op op = m_incidents.size() < 3 || m_rng.bounded(10) == 0
                          ? Op::NewIncident
                          : static_cast<Op>(1 + m_rng.bounded(kOpCount - 1));
        const QString incident =
            m_incidents.at(static_cast<qsizetype>(m_rng.bounded(static_cast<quint32>(m_incidents.size()))));
        QString m;
        const QStringList args = QStringList{QStringLiteral("--db"), m_db} + commandFor(op, incident, m);

        QProcess p;
        QStringList env = QProcess::systemEnvironment() + m_env;
        // In the sanitizer build, LeakSanitizer scans a process as it exits;
        // a SIGKILL that lands in that scan leaves a half-written report
        // ("Unable to get registers from thread"). These children are killed
        // on purpose, so they skip the exit scan; every other test checks leaks.
        for (QString &var : env)
            if (var.startsWith(QLatin1String("ASAN_OPTIONS=")))
                var += QStringLiteral(":detect_leaks=0");
        const bool shim = m_rng.bounded(2) == 0;
        if (shim) {
            // Opening an existing store writes nothing; a commit is a handful
            // of WAL frames and a sync: aim inside that, sometimes beyond.
            const bool torn = m_rng.bounded(2) == 0;
            env << QStringLiteral("LD_PRELOAD=") + QStringLiteral(FIREBREAK_CRASH_SHIM)
                << QStringLiteral("FIREBREAK_CRASH_FILE=") + QFileInfo(m_db).canonicalFilePath()
                << QStringLiteral("FIREBREAK_CRASH_AT=%1").arg(1 + m_rng.bounded(24))
                << QStringLiteral("FIREBREAK_CRASH_TORN=%1").arg(torn ? 1 : 0);
        }
        p.setEnvironment(env);
        p.start(cliPath(), args);
        QVERIFY2(p.waitForStarted(10000), "firebreak-cli did not start");
        bool killedByUs = false;
        if (!shim) {
            const qint64 typical = std::max<qint64>(m_runMs[op], 5);
            const auto delayUs = static_cast<unsigned long>(m_rng.bounded(static_cast<quint32>(typical * 1300)));
            QThread::usleep(delayUs);
            killedByUs = ::kill(static_cast<pid_t>(p.processId()), SIGKILL) == 0;
        }
        QVERIFY2(p.waitForFinished(60000), "firebreak-cli hung");
        const bool killed = p.exitStatus() == QProcess::CrashExit;
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        if (!killed && p.exitCode() == 0) {
            ++m_completed;
            recordSuccess(op, incident, m, out);
            return;
        }
        if (!killed) {
            // Refused (e.g. the step was already done): fine, nothing reported.
            // A store that cannot be opened after a crash is not fine.
            const QString err = QString::fromUtf8(p.readAllStandardError());
            QVERIFY2(!err.contains(QLatin1String("corrupt")) && !err.contains(QLatin1String("malformed")),
                     qPrintable(QStringLiteral("%1 after a crash: %2").arg(QLatin1String(opName(op)), err)));
            return;
        }
        if (shim) {
            ++m_shimKills;
            if (env.contains(QStringLiteral("FIREBREAK_CRASH_TORN=1")))
                ++m_tornKills;
        } else if (killedByUs) {
            ++m_timerKills;
        }
        if (op != Op::StepDone && markerPresent(m))
            ++m_killedCommitted;
        else
            ++m_killedNotCommitted;
    }

    // Everything that must hold after any number of crashes.
    void checkStore(bool everything)
    {
        ++m_checks;
        const auto integrity = sqlite3(m_db, QStringLiteral("PRAGMA integrity_check;"));
        QVERIFY2(integrity.exitCode == 0 && integrity.out.trimmed() == QLatin1String("ok"),
                 qPrintable(integrity.out + integrity.err));
        const auto fk = sqlite3(m_db, QStringLiteral("PRAGMA foreign_key_check;"));
        QVERIFY2(fk.exitCode == 0 && fk.out.trimmed().isEmpty(), qPrintable(fk.out + fk.err));
        const auto verify = cli({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
        checkNothingHalfPresent();
        if (QTest::currentTestFailed())
            return;

        // Every reported operation is there (all of them at the end, the
        // ones since the last check otherwise).
        const qsizetype from = everything ? 0 : m_checkedUpTo;
        QSet<QString> touched;
        for (qsizetype i = from; i < m_committed.size(); ++i)
            touched.insert(m_committed[i].incident);
        std::map<QString, QJsonObject> shown;
        std::map<QString, QJsonArray> evidence, steps;
        std::map<QString, QString> timelines;
        for (const QString &id : touched) {
            const auto s = cli({QStringLiteral("incident"), QStringLiteral("show"), id, QStringLiteral("--json")});
            QVERIFY2(s.exitCode == 0, qPrintable(id + s.err));
            shown[id] = QJsonDocument::fromJson(s.out.toUtf8()).object();
            const auto e = cli({QStringLiteral("evidence"), QStringLiteral("list"), id, QStringLiteral("--json")});
            QVERIFY2(e.exitCode == 0, qPrintable(id + e.err));
            evidence[id] = QJsonDocument::fromJson(e.out.toUtf8()).array();
            const auto st = cli({QStringLiteral("step"), QStringLiteral("list"), id, QStringLiteral("--json")});
            QVERIFY2(st.exitCode == 0, qPrintable(id + st.err));
            steps[id] = QJsonDocument::fromJson(st.out.toUtf8()).array();
            timelines[id] = cli({QStringLiteral("timeline"), QStringLiteral("list"), id}).out;
        }
        for (qsizetype i = from; i < m_committed.size(); ++i) {
            const Committed &c = m_committed[i];
            const QString what = QStringLiteral("%1 %2 %3 was reported done but is missing")
                                     .arg(QLatin1String(opName(c.op)), c.incident, c.marker);
            switch (c.op) {
            case Op::NewIncident:
                QVERIFY2(shown[c.incident].value(QStringLiteral("title")).toString() == c.marker, qPrintable(what));
                break;
            case Op::AddPerson: {
                bool found = false;
                for (const QJsonValue &v : shown[c.incident].value(QStringLiteral("people")).toArray())
                    found = found || v.toObject().value(QStringLiteral("name")).toString() == c.marker;
                QVERIFY2(found, qPrintable(what));
                break;
            }
            case Op::AddTimeline: QVERIFY2(timelines[c.incident].contains(c.marker), qPrintable(what)); break;
            case Op::AddEvidence: {
                const QString number = c.marker.section(QLatin1Char(' '), 0, 0);
                const QString description = c.marker.section(QLatin1Char(' '), 1);
                bool found = false;
                for (const QJsonValue &v : evidence[c.incident]) {
                    const QJsonObject o = v.toObject();
                    found = found || (o.value(QStringLiteral("number")).toString() == number &&
                                      o.value(QStringLiteral("description")).toString() == description);
                }
                QVERIFY2(found, qPrintable(what));
                break;
            }
            case Op::StepDone: {
                bool done = false;
                for (const QJsonValue &v : steps[c.incident]) {
                    const QJsonObject o = v.toObject();
                    done = done || (o.value(QStringLiteral("id")).toString() == c.marker &&
                                    o.value(QStringLiteral("state")).toString() == QLatin1String("done"));
                }
                QVERIFY2(done, qPrintable(what));
                break;
            }
            }
        }
        m_checkedUpTo = m_committed.size();
    }

    // A state change and its audit entry are one transaction: count rows
    // against audit actions, and join evidence and incidents one by one.
    void checkNothingHalfPresent()
    {
        const QString script = QStringLiteral(
            "SELECT 'incidents', (SELECT count(*) FROM incidents),"
            " (SELECT count(*) FROM audit_log WHERE action = 'incident.create');"
            "SELECT 'people', (SELECT count(*) FROM people),"
            " (SELECT count(*) FROM audit_log WHERE action = 'person.add');"
            "SELECT 'timeline', (SELECT count(*) FROM timeline_notes),"
            " (SELECT count(*) FROM audit_log WHERE action = 'timeline.add');"
            "SELECT 'evidence', (SELECT count(*) FROM evidence_items),"
            " (SELECT count(*) FROM audit_log WHERE action = 'evidence.register');"
            "SELECT 'custody', (SELECT count(*) FROM custody_events WHERE action = 'collected'),"
            " (SELECT count(*) FROM audit_log WHERE action = 'evidence.register');"
            "SELECT 'steps', (SELECT count(*) FROM incident_steps WHERE state = 'done'),"
            " (SELECT count(DISTINCT object) FROM audit_log WHERE action = 'step.done');"
            "SELECT 'evidence-without-audit', 0, count(*) FROM evidence_items e WHERE NOT EXISTS"
            " (SELECT 1 FROM audit_log a WHERE a.action = 'evidence.register'"
            "  AND a.object = e.incident_id || '/evidence/' || e.evidence_number);"
            "SELECT 'audit-without-evidence', 0, count(*) FROM audit_log a WHERE a.action = 'evidence.register'"
            " AND NOT EXISTS (SELECT 1 FROM evidence_items e"
            "  WHERE a.object = e.incident_id || '/evidence/' || e.evidence_number);"
            "SELECT 'incident-without-audit', 0, count(*) FROM incidents i WHERE NOT EXISTS"
            " (SELECT 1 FROM audit_log a WHERE a.action = 'incident.create' AND a.object = i.id);"
            "SELECT 'incident-without-steps', 0, count(*) FROM incidents i WHERE NOT EXISTS"
            " (SELECT 1 FROM incident_steps s WHERE s.incident_id = i.id);");
        const auto r = sqlite3(m_db, script);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 10);
        for (const QString &line : lines) {
            const QStringList f = line.split(QLatin1Char('|'));
            QCOMPARE(f.size(), 3);
            QVERIFY2(f[1] == f[2], qPrintable(QStringLiteral("half-present change: %1").arg(line)));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo::exists(cliPath()), qPrintable(cliPath()));
        if (runProcess(QStringLiteral("sqlite3"), {QStringLiteral("-version")}).exitCode != 0)
            QSKIP("the sqlite3 command-line tool is not installed");
        bool seeded = false;
        m_seed = static_cast<quint32>(qEnvironmentVariableIntValue("FIREBREAK_CRASH_SEED", &seeded));
        if (!seeded)
            m_seed = QRandomGenerator::system()->generate();
        m_rng.seed(m_seed);
        qInfo("crash test seed %u (reproduce with FIREBREAK_CRASH_SEED=%u)", m_seed, m_seed);

        m_db = m_dir.filePath(QStringLiteral("case.sqlite"));
        m_env = {QStringLiteral("FIREBREAK_ACTOR=crash-test"), QStringLiteral("XDG_DATA_HOME=") + m_dir.path(),
                 QStringLiteral("HOME=") + m_dir.path()};
        m_evidenceFile = m_dir.filePath(QStringLiteral("memory-dump.bin"));
        QFile f(m_evidenceFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(64 * 1024, 'x'));
        f.close();

        // Uninterrupted runs of every command: a known-good start and the
        // run times the kill delays are drawn from.
        for (int i = 0; i < 2; ++i) {
            QString m;
            ++m_iterations;
            auto created = runToEnd(Op::NewIncident, {}, m);
            QVERIFY2(created.exitCode == 0, qPrintable(created.err));
            recordSuccess(Op::NewIncident, {}, m, created.out);
        }
        const auto steps =
            cli({QStringLiteral("step"), QStringLiteral("list"), m_incidents.first(), QStringLiteral("--json")});
        for (const QJsonValue &v : QJsonDocument::fromJson(steps.out.toUtf8()).array())
            m_steps << v.toObject().value(QStringLiteral("id")).toString();
        QVERIFY2(m_steps.size() >= 3, qPrintable(steps.out + steps.err));
        for (Op op : {Op::AddPerson, Op::AddTimeline, Op::AddEvidence, Op::StepDone}) {
            QString m;
            ++m_iterations;
            auto r = runToEnd(op, m_incidents.first(), m);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            recordSuccess(op, m_incidents.first(), m, r.out);
        }
        checkStore(true);
    }

    void killAtRandomPoints()
    {
        const int seconds = envInt("FIREBREAK_CRASH_SECONDS", 75);
        const int cap = envInt("FIREBREAK_CRASH_ITERATIONS", 400);
        const int every = envInt("FIREBREAK_CRASH_CHECK_EVERY", 50);
        QElapsedTimer clock;
        clock.start();
        int loops = 0;
        while (loops < cap && clock.elapsed() < seconds * 1000LL) {
            ++loops;
            iteration();
            if (QTest::currentTestFailed())
                break;
            if (loops % every == 0) {
                checkStore(false);
                if (QTest::currentTestFailed())
                    break;
            }
        }
        if (!QTest::currentTestFailed())
            checkStore(true);
        qInfo("crash test: %d kill iterations in %.1f s (seed %u): %d timer kills, %d shim kills inside the "
              "commit (%d torn writes); killed after commit %d, killed before commit %d, ran to completion %d; "
              "%d operations reported done, all present; %d consistency checks passed",
              loops, static_cast<double>(clock.elapsed()) / 1000.0, m_seed, m_timerKills, m_shimKills, m_tornKills,
              m_killedCommitted, m_killedNotCommitted, m_completed, static_cast<int>(m_committed.size()), m_checks);
        QVERIFY2(loops >= std::min(cap, 100), "too few iterations in the time budget to mean anything");
        QVERIFY2(m_shimKills > 0 && m_timerKills > 0, "no process was killed");
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
