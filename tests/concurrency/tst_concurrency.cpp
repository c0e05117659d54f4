// Issue #11: several workbenches write the same incident at once. Every
// write must land exactly once and the audit trail must stay one unbroken
// chain (appends are serialised: BEGIN IMMEDIATE on SQLite, an advisory
// lock inside the transaction on PostgreSQL). Real processes, real store.

#include "model/CaseStore.h"
#include "support/CliRunner.h"
#include "support/PgTestSupport.h"
#include "support/TestSupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace firebreak;
using namespace firebreak::test;

class TestConcurrency : public QObject {
    Q_OBJECT

private slots:
    void writersAtOnceKeepOneChainAndLoseNothing()
    {
        constexpr int kWriters = 4;
        constexpr int kEach = 250;
        const QString spec = storeSpec(m_dir, QStringLiteral("race.sqlite"));
        QVERIFY(!spec.isEmpty());
        SystemClock clock;
        QString id;
        {
            auto store = CaseStore::open(spec, clock, QStringLiteral("ic"));
            QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
            id = (*store)->createIncident({QStringLiteral("Everyone at once"), {}, Severity::High, {}, {}, {}, {}})->id;
        }

        std::vector<std::unique_ptr<QProcess>> writers;
        for (int w = 0; w < kWriters; ++w) {
            auto p = std::make_unique<QProcess>();
            p->setProcessChannelMode(QProcess::MergedChannels);
            p->start(QStringLiteral(FIREBREAK_CONCURRENT_WRITER),
                     {spec, id, QStringLiteral("writer%1").arg(w), QString::number(kEach)});
            QVERIFY(p->waitForStarted(10000));
            writers.push_back(std::move(p));
        }
        // Every writer has opened the store and waits for its go line.
        for (auto &p : writers) {
            while (!p->canReadLine())
                QVERIFY2(p->waitForReadyRead(60000), "a writer neither said ready nor failed");
            const QByteArray ready = p->readLine();
            QVERIFY2(ready == "ready\n", ready.constData());
        }
        // Written through now, not when this thread next waits on that
        // writer (QProcess buffers until then): all start together.
        for (auto &p : writers) {
            p->write("go\n");
            QVERIFY(p->waitForBytesWritten(10000));
        }
        int retries = 0;
        for (auto &p : writers) {
            QVERIFY(p->waitForFinished(300000));
            const QString out = QString::fromUtf8(p->readAll());
            QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0, qPrintable(out));
            retries += out.section(QStringLiteral("retries: "), 1).trimmed().toInt();
        }
        // Writes refused as Locked and tried again (none on PostgreSQL,
        // whose lock waits queue fairly; a few on a loaded machine on SQLite).
        qInfo("%d writes were refused as locked and tried again", retries);

        auto store = CaseStore::open(spec, clock, QStringLiteral("auditor"));
        QVERIFY(store.ok());
        auto verdict = (*store)->verifyAudit();
        QVERIFY(verdict.ok());
        QVERIFY2(verdict->intact(), qPrintable(verdict->summary()));
        QCOMPARE(verdict->entries, 1 + kWriters * kEach);
        QCOMPARE((*store)->people(id)->size(), kWriters * kEach);
        // Every writer's entries are all there, none twice.
        auto log = (*store)->auditLog(id);
        QVERIFY(log.ok());
        QHash<QString, int> perActor;
        QSet<QString> names;
        int switches = 0; // writer changes between neighbouring entries
        QString previous;
        for (const AuditEntry &e : *log) {
            if (e.action != QLatin1String("person.add"))
                continue;
            switches += !previous.isEmpty() && previous != e.actor;
            previous = e.actor;
            ++perActor[e.actor];
            names.insert(e.data.value(QStringLiteral("name")).toString());
        }
        for (int w = 0; w < kWriters; ++w)
            QCOMPARE(perActor.value(QStringLiteral("writer%1").arg(w)), kEach);
        QCOMPARE(names.size(), kWriters * kEach);
        // The writers really ran at the same time (one after the other
        // would give kWriters - 1 switches): otherwise this proved nothing.
        QVERIFY2(switches >= kWriters, qPrintable(QStringLiteral("only %1 interleavings").arg(switches)));
        // The stock CLI agrees.
        const ProcessResult cli = runCli({QStringLiteral("audit"), QStringLiteral("verify")}, {.db = spec});
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.err + cli.out));
        QVERIFY2(cli.out.contains(QStringLiteral("%1 entries").arg(1 + kWriters * kEach)), qPrintable(cli.out));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
