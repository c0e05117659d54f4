// An incident scripted end to end through firebreak-cli: playbook steps,
// containment, contacts, timeline, RCA, clocks, refused and granted closure.

#include "support/CliRunner.h"
#include "support/TestSupport.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace firebreak::test;

class TestCliResponse : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    ProcessResult cli(const QStringList &args) { return runCli(args, {.db = m_db}); }
    static QString ago(int minutes)
    {
        return QDateTime::currentDateTimeUtc().addSecs(-60 * minutes).toString(Qt::ISODate);
    }
#define RUN_OK(...)                                                                                                    \
    do {                                                                                                               \
        auto r_ = cli(__VA_ARGS__);                                                                                    \
        QVERIFY2(r_.exitCode == 0, qPrintable(r_.err));                                                                \
    } while (0)

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("e2e.sqlite"));
    }

    void playbooksAreListed()
    {
        auto r = cli({QStringLiteral("playbook"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        for (const char *id :
             {"generic", "personal-data-breach", "ransomware", "compromised-credentials", "lost-device"})
            QVERIFY2(r.out.contains(QLatin1String(id)), id);
        auto bad = cli({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--title"),
                        QStringLiteral("x"), QStringLiteral("--playbook"), QStringLiteral("alien-invasion")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QLatin1String("alien-invasion")));
    }

    void hostilePlaybooksAreNamedAsRejected()
    {
        // The user's playbook folder lives under XDG_DATA_HOME.
        QTemporaryDir home;
        const QString dir = home.filePath(QStringLiteral("Firebreak/firebreak/playbooks"));
        QVERIFY(QDir().mkpath(dir));
        QFile empty(dir + QStringLiteral("/empty.json"));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QFile huge(dir + QStringLiteral("/huge.json"));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(2 * 1024 * 1024)); // sparse: 2 MiB of NULs on disk
        huge.close();
        auto r = runCli({QStringLiteral("playbook"), QStringLiteral("list")},
                        {.db = m_db, .env = {QStringLiteral("XDG_DATA_HOME=") + home.path()}});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("rejected: %1: the file is empty").arg(empty.fileName())),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("rejected: %1: the file is 2097152 bytes").arg(huge.fileName())),
                 qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("ransomware")), qPrintable(r.out));
    }

    void incidentFromCreationToClosure()
    {
        auto created = cli({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--title"),
                            QStringLiteral("Ransomware on fs01"), QStringLiteral("--severity"),
                            QStringLiteral("critical"), QStringLiteral("--playbook"), QStringLiteral("ransomware")});
        QCOMPARE(created.exitCode, 0);
        const QString id = created.out.trimmed();

        auto list = cli({QStringLiteral("step"), QStringLiteral("list"), id, QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray steps = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QVERIFY(steps.size() > 10);
        const QJsonObject first = steps.first().toObject();
        QCOMPARE(first.value(QStringLiteral("phase")).toString(), QStringLiteral("triage"));
        QVERIFY(first.contains(QStringLiteral("mandatory")));
        QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("open"));

        RUN_OK({QStringLiteral("isolate"), QStringLiteral("add"), id, QStringLiteral("--system"),
                QStringLiteral("fs01"), QStringLiteral("--action"), QStringLiteral("switch port 12 shut"),
                QStringLiteral("--verified"), QStringLiteral("no ARP from fs01"), QStringLiteral("--at"), ago(50)});
        RUN_OK({QStringLiteral("contact"), QStringLiteral("add"), id, QStringLiteral("--type"),
                QStringLiteral("law-enforcement"), QStringLiteral("--organisation"), QStringLiteral("OFAC"),
                QStringLiteral("--person"), QStringLiteral("Lt. Dupont"), QStringLiteral("--reference"),
                QStringLiteral("PV-1142"), QStringLiteral("--summary"), QStringLiteral("intrusion reported"),
                QStringLiteral("--at"), ago(40)});
        QCOMPARE(cli({QStringLiteral("contact"), QStringLiteral("add"), id, QStringLiteral("--type"),
                      QStringLiteral("psychic"), QStringLiteral("--summary"), QStringLiteral("x")})
                     .exitCode,
                 2);
        RUN_OK({QStringLiteral("timeline"), QStringLiteral("add"), id, QStringLiteral("--at"), ago(120),
                QStringLiteral("--text"), QStringLiteral("first encrypted file, per file server log"),
                QStringLiteral("--source"), QStringLiteral("fs01 audit log")});
        RUN_OK({QStringLiteral("recovery"), QStringLiteral("add"), id, QStringLiteral("--kind"),
                QStringLiteral("service-restored"), QStringLiteral("--text"),
                QStringLiteral("shares restored from backup"), QStringLiteral("--at"), ago(5)});
        RUN_OK({QStringLiteral("clock"), QStringLiteral("classify"), id, QStringLiteral("--project-data"),
                QStringLiteral("--aware-at"), ago(60)});

        auto refused = cli({QStringLiteral("incident"), QStringLiteral("close"), id});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("mandatory step open")), qPrintable(refused.err));
        QVERIFY(refused.err.contains(QLatin1String("no root cause")));
        QVERIFY(refused.err.contains(QLatin1String("notification clock unresolved")));

        // Steps follow what was recorded (issue #19): the service-restored
        // recovery and the classification completed their steps.
        auto after = cli({QStringLiteral("step"), QStringLiteral("list"), id, QStringLiteral("--json")});
        QCOMPARE(after.exitCode, 0);
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &v : QJsonDocument::fromJson(after.out.toUtf8()).array())
            byId.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
        for (const char *linked : {"classify", "recover"}) {
            QCOMPARE(byId.value(QLatin1String(linked)).value(QStringLiteral("state")).toString(),
                     QStringLiteral("done"));
            QVERIFY(!byId.value(QLatin1String(linked)).value(QStringLiteral("completed_by")).toString().isEmpty());
        }
        QCOMPARE(byId.value(QStringLiteral("root-cause")).value(QStringLiteral("state")).toString(),
                 QStringLiteral("open"));
        auto text = cli({QStringLiteral("step"), QStringLiteral("list"), id});
        QVERIFY2(text.out.contains(QRegularExpression(QStringLiteral("\\[x\\] recover +Restore normal operations"))),
                 qPrintable(text.out));
        QVERIFY2(text.out.contains(QLatin1String("[done when recorded: service-restored]")), qPrintable(text.out));

        for (const QJsonValue &v : steps) {
            const QJsonObject s = v.toObject();
            const QString stepId = s.value(QStringLiteral("id")).toString();
            if (!s.value(QStringLiteral("mandatory")).toBool() ||
                byId.value(stepId).value(QStringLiteral("state")).toString() != QLatin1String("open"))
                continue;
            auto done = cli({QStringLiteral("step"), QStringLiteral("done"), id, stepId});
            QVERIFY2(done.exitCode == 0, qPrintable(done.err));
            // Nothing was ticked: the CLI says what was missing (and the audit keeps it).
            QVERIFY2(done.err.contains(QLatin1String("marked done although it lacks: unchecked:")),
                     qPrintable(done.err));
        }
        QCOMPARE(cli({QStringLiteral("step"), QStringLiteral("skip"), id, QStringLiteral("rfo")}).exitCode,
                 2); // no reason
        RUN_OK({QStringLiteral("step"), QStringLiteral("skip"), id, QStringLiteral("rfo"), QStringLiteral("--reason"),
                QStringLiteral("internal systems only")});
        RUN_OK({QStringLiteral("rca"), QStringLiteral("set"), id, QStringLiteral("--detection"),
                QStringLiteral("EDR alert"), QStringLiteral("--root-cause"), QStringLiteral("Unpatched VPN appliance"),
                QStringLiteral("--why"), QStringLiteral("Files encrypted because ransomware ran"),
                QStringLiteral("--why"), QStringLiteral("It ran because the attacker had VPN access")});
        RUN_OK({QStringLiteral("corrective"), QStringLiteral("add"), id, QStringLiteral("--action"),
                QStringLiteral("Patch VPN monthly"), QStringLiteral("--owner"), QStringLiteral("Network team"),
                QStringLiteral("--due"), QStringLiteral("2027-01-31")});
        RUN_OK({QStringLiteral("clock"), QStringLiteral("notice"), id, QStringLiteral("customer-project"),
                QStringLiteral("--sent-at"), ago(1), QStringLiteral("--recipient"),
                QStringLiteral("ACME security desk")});

        auto closed = cli({QStringLiteral("incident"), QStringLiteral("close"), id, QStringLiteral("--summary"),
                           QStringLiteral("restored, RCA done")});
        QVERIFY2(closed.exitCode == 0, qPrintable(closed.err));
        auto show = cli({QStringLiteral("incident"), QStringLiteral("show"), id, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(show.out.toUtf8()).object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("closed"));
        QCOMPARE(cli({QStringLiteral("incident"), QStringLiteral("reopen"), id}).exitCode, 2);

        // Timeline: ordered, law enforcement flagged, CSV export.
        auto tl = cli({QStringLiteral("timeline"), QStringLiteral("list"), id});
        QCOMPARE(tl.exitCode, 0);
        QVERIFY(tl.out.indexOf(QLatin1String("first encrypted file")) <
                tl.out.indexOf(QLatin1String("switch port 12")));
        QVERIFY(tl.out.contains(QLatin1String("LAW ENFORCEMENT")));
        const QString csvPath = m_dir.filePath(QStringLiteral("timeline.csv"));
        RUN_OK({QStringLiteral("timeline"), QStringLiteral("export"), id, QStringLiteral("--format"),
                QStringLiteral("csv"), QStringLiteral("--out"), csvPath});
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString csvText = QString::fromUtf8(csv.readAll());
        QVERIFY(csvText.startsWith(QLatin1String("time_utc,kind,text")));
        QVERIFY(csvText.contains(QLatin1String("\"law-enforcement\"")) || csvText.contains(QLatin1String(",yes,")));
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliResponse)
#include "tst_cli_response.moc"
