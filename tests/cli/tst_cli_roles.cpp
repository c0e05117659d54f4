// firebreak-cli store roles / grant / revoke / whoami and the database login
// column of `audit log`, end to end. Plain: an SQLite file, where roles are
// refused as a team-store feature. As tst_cli_roles_pg: a team store on the
// throw-away cluster, with logins whose passwords the children find in a
// pgpass file of the test's own.

#include "support/CliRunner.h"
#include "support/PgTestSupport.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace firebreak::test;

class TestCliRoles : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_spec;   // the store, as its owner opens it
    QString m_pgpass; // the cluster's, plus the logins below (PostgreSQL)
    QString m_observer, m_responder;

    ProcessResult cli(const QString &store, const QStringList &args)
    {
        QStringList env;
        if (!m_pgpass.isEmpty())
            env << QStringLiteral("PGPASSFILE=") + m_pgpass;
        return runCli(args, {.db = store, .actor = QStringLiteral("Ada"), .env = env});
    }
    ProcessResult asOwner(const QStringList &args) { return cli(m_spec, args); }
    QString storeAs(const QString &login) const
    {
        QUrl url(m_spec);
        url.setUserName(login);
        return url.toString();
    }

    // Nothing from libpq or Qt's driver leaks into what a user reads.
    static void noNoise(const ProcessResult &r)
    {
        for (const char *noise : {"Unable to free statement", "WARNING:", "NOTICE:"})
            QVERIFY2(!r.err.contains(QLatin1String(noise)) && !r.out.contains(QLatin1String(noise)), qPrintable(r.err));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_spec = storeSpec(m_dir, QStringLiteral("cli-roles.sqlite"));
        QVERIFY(!m_spec.isEmpty());
        if (!onPostgres())
            return;
        const QString tag = QString::number(QRandomGenerator::system()->generate64(), 16);
        m_observer = QStringLiteral("t_cli_obs_") + tag;
        m_responder = QStringLiteral("t_cli_resp_") + tag;
        QFile cluster(qEnvironmentVariable("PGPASSFILE"));
        QVERIFY(cluster.open(QIODevice::ReadOnly));
        QByteArray lines = cluster.readAll();
        const QUrl admin(pgAdminUrl());
        QSqlDatabase db = pgAdminConnection(QStringLiteral("postgres"));
        QVERIFY(db.isOpen());
        for (const QString &login : {m_observer, m_responder}) {
            const QString password = QString::number(QRandomGenerator::system()->generate64(), 16);
            {
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(login, password)));
            }
            lines +=
                QStringLiteral("%1:%2:*:%3:%4\n").arg(admin.host()).arg(admin.port()).arg(login, password).toUtf8();
        }
        pgDisconnect(db);
        m_pgpass = m_dir.filePath(QStringLiteral("pgpass"));
        QFile file(m_pgpass);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(lines);
        file.close();
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    }

    void sqliteSaysRolesAreATeamStoreFeature()
    {
        if (onPostgres())
            QSKIP("SQLite run only");
        QCOMPARE(
            asOwner({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("x")})
                .exitCode,
            0);
        auto who = asOwner({QStringLiteral("store"), QStringLiteral("whoami")});
        QCOMPARE(who.exitCode, 0);
        QVERIFY2(who.out.contains(QLatin1String("(SQLite file)")) && who.out.contains(QLatin1String("store owner")),
                 qPrintable(who.out));
        for (const QStringList &args :
             {QStringList{QStringLiteral("store"), QStringLiteral("roles")},
              QStringList{QStringLiteral("store"), QStringLiteral("grant"), QStringLiteral("bob"),
                          QStringLiteral("--role"), QStringLiteral("observer")},
              QStringList{QStringLiteral("store"), QStringLiteral("revoke"), QStringLiteral("bob")}}) {
            auto r = asOwner(args);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(QLatin1String("team-store feature")) && r.err.contains(m_spec), qPrintable(r.err));
        }
        auto bad = asOwner({QStringLiteral("store"), QStringLiteral("grant"), QStringLiteral("bob"),
                            QStringLiteral("--role"), QStringLiteral("boss")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QLatin1String("commander|responder|observer")));
        // No database login column where there is no database login.
        auto log = asOwner({QStringLiteral("audit"), QStringLiteral("log")});
        QCOMPARE(log.exitCode, 0);
        QVERIFY2(
            QRegularExpression(QStringLiteral("^\\s+1  \\S+  Ada\\s+  incident\\.create ")).match(log.out).hasMatch(),
            qPrintable(log.out));
    }

    void teamStoreRolesEndToEnd()
    {
        if (!onPostgres())
            QSKIP("PostgreSQL run only");
        auto created = asOwner({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--title"),
                                QStringLiteral("Ransomware on fs01")});
        QCOMPARE(created.exitCode, 0);
        const QString id = created.out.trimmed();

        auto g1 = asOwner({QStringLiteral("store"), QStringLiteral("grant"), m_observer, QStringLiteral("--role"),
                           QStringLiteral("observer")});
        QVERIFY2(g1.exitCode == 0, qPrintable(g1.err));
        noNoise(g1);
        QVERIFY2(g1.out.contains(m_observer + QStringLiteral(" is now observer")), qPrintable(g1.out));
        auto g2 = asOwner({QStringLiteral("store"), QStringLiteral("grant"), m_responder, QStringLiteral("--role"),
                           QStringLiteral("responder")});
        QVERIFY2(g2.exitCode == 0, qPrintable(g2.err));

        auto roles = asOwner({QStringLiteral("store"), QStringLiteral("roles"), QStringLiteral("--json")});
        QCOMPARE(roles.exitCode, 0);
        const QJsonArray members =
            QJsonDocument::fromJson(roles.out.toUtf8()).object().value(QStringLiteral("members")).toArray();
        QCOMPARE(members.size(), 3);
        QCOMPARE(members.at(0).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("owner"));
        QCOMPARE(members.at(1).toObject().value(QStringLiteral("login")).toString(), m_responder);
        QCOMPARE(members.at(2).toObject().value(QStringLiteral("login")).toString(), m_observer);

        auto who = cli(storeAs(m_observer), {QStringLiteral("store"), QStringLiteral("whoami")});
        QVERIFY2(who.exitCode == 0, qPrintable(who.err));
        QVERIFY2(who.out.contains(QStringLiteral("login: ") + m_observer) &&
                     who.out.contains(QLatin1String("role:  observer (read-only)")),
                 qPrintable(who.out));

        // The observer's write is refused by the server, in words.
        auto refused = cli(storeAs(m_observer), {QStringLiteral("incident"), QStringLiteral("new"),
                                                 QStringLiteral("--title"), QStringLiteral("x")});
        QCOMPARE(refused.exitCode, 1);
        noNoise(refused);
        QVERIFY2(refused.err.contains(QStringLiteral("your database login %1 may not make this change in case store %2")
                                          .arg(m_observer, storeAs(m_observer))) &&
                     refused.err.contains(QLatin1String("nothing was changed")),
                 qPrintable(refused.err));

        // The responder writes the timeline but does not decide severity.
        auto note = cli(storeAs(m_responder), {QStringLiteral("timeline"), QStringLiteral("add"), id,
                                               QStringLiteral("--at"), QStringLiteral("2026-03-02T10:00:00Z"),
                                               QStringLiteral("--text"), QStringLiteral("beacon to 203.0.113.9")});
        QVERIFY2(note.exitCode == 0, qPrintable(note.err));
        auto severity = cli(storeAs(m_responder), {QStringLiteral("incident"), QStringLiteral("update"), id,
                                                   QStringLiteral("--severity"), QStringLiteral("low")});
        QCOMPARE(severity.exitCode, 1);
        noNoise(severity);
        QVERIFY2(severity.err.contains(QLatin1String("only an incident commander may change severity")),
                 qPrintable(severity.err));

        // The trail names each entry's login; the chain verifies.
        auto log = asOwner({QStringLiteral("audit"), QStringLiteral("log")});
        QCOMPARE(log.exitCode, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("\\n\\s+\\d+  \\S+  Ada\\s+%1\\s+timeline\\.add ").arg(m_responder))
                     .match(log.out)
                     .hasMatch(),
                 qPrintable(log.out));
        QVERIFY2(QRegularExpression(QStringLiteral("firebreak_admin\\s+store\\.grant ")).match(log.out).hasMatch(),
                 qPrintable(log.out));
        auto json = asOwner({QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--json")});
        const QJsonArray entries = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(entries.last().toObject().value(QStringLiteral("db_user")).toString(), m_responder);
        auto verify = cli(storeAs(m_observer), {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.err + verify.out));

        // Revoked: the store no longer opens, and says whom to ask.
        auto revoked = asOwner({QStringLiteral("store"), QStringLiteral("revoke"), m_observer});
        QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.err));
        auto gone = cli(storeAs(m_observer), {QStringLiteral("store"), QStringLiteral("whoami")});
        QCOMPARE(gone.exitCode, 1);
        QVERIFY2(gone.err.contains(m_observer + QStringLiteral(" has no Firebreak role")) &&
                     gone.err.contains(QStringLiteral("--db ") + storeAs(QStringLiteral("firebreak_admin"))),
                 qPrintable(gone.err));
        // Only the owner grants.
        auto notOwner = cli(storeAs(m_responder), {QStringLiteral("store"), QStringLiteral("grant"), m_observer,
                                                   QStringLiteral("--role"), QStringLiteral("commander")});
        QCOMPARE(notOwner.exitCode, 1);
        QVERIFY2(notOwner.err.contains(QLatin1String("only its owner (firebreak_admin)")), qPrintable(notOwner.err));
    }
};

QTEST_GUILESS_MAIN(TestCliRoles)
#include "tst_cli_roles.moc"
