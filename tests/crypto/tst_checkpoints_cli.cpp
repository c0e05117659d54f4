// The installation's audit signing key and automatic checkpoints through
// the real firebreak-cli, and the openssl-only check of an exported
// checkpoint exactly as docs/AUDIT-TRAIL.md prints it.

#include "support/CliRunner.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace firebreak::test;

class TestCheckpointsCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_data; // XDG_DATA_HOME: where the installation's key lives

    ProcessResult cli(const QStringList &args, const QString &passphrase = {})
    {
        QStringList env{QStringLiteral("XDG_DATA_HOME=") + m_data, QStringLiteral("FIREBREAK_ACTOR=examiner")};
        if (!passphrase.isEmpty())
            env << QStringLiteral("FIREBREAK_AUDIT_KEY_PASSPHRASE=") + passphrase;
        return runCli(args, {.db = m_db, .env = env});
    }
    QString keyPath() const
    {
        return m_data + QStringLiteral("/Firebreak/firebreak/keys/audit-checkpoint-ed25519.pem");
    }
    int checkpointCount()
    {
        return sqlite3(m_db, QStringLiteral("SELECT count(*) FROM audit_checkpoints;")).out.toInt();
    }
    ProcessResult newIncident(const QString &title, const QString &passphrase = {})
    {
        return cli({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--title"), title}, passphrase);
    }

private slots:
    void init()
    {
        static int n = 0;
        m_db = m_dir.filePath(QStringLiteral("cases-%1.sqlite").arg(++n));
        m_data = m_dir.filePath(QStringLiteral("data-%1").arg(n));
    }

    void keyInitNeedsAPassphraseAndNeverReplacesAKey()
    {
        auto noPass = cli({QStringLiteral("audit"), QStringLiteral("key"), QStringLiteral("init")});
        QCOMPARE(noPass.exitCode, 2);
        QVERIFY2(noPass.err.contains(QLatin1String("FIREBREAK_AUDIT_KEY_PASSPHRASE")), qPrintable(noPass.err));
        QVERIFY(!QFileInfo::exists(keyPath()));

        auto made =
            cli({QStringLiteral("audit"), QStringLiteral("key"), QStringLiteral("init")}, QStringLiteral("pw1"));
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const QString fingerprint =
            QRegularExpression(QStringLiteral("fingerprint: ([0-9a-f]{64})")).match(made.out).captured(1);
        QVERIFY2(!fingerprint.isEmpty(), qPrintable(made.out));
        QFile key(keyPath());
        QVERIFY(key.open(QIODevice::ReadOnly));
        QVERIFY(key.readAll().contains("ENCRYPTED PRIVATE KEY"));
        QCOMPARE(QFileInfo(keyPath()).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());

        auto shown = cli({QStringLiteral("audit"), QStringLiteral("key"), QStringLiteral("show")});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.out.contains(fingerprint) && shown.out.contains(QLatin1String("passphrase-protected")),
                 qPrintable(shown.out));

        const QByteArray before = fileSha256(keyPath());
        auto again =
            cli({QStringLiteral("audit"), QStringLiteral("key"), QStringLiteral("init")}, QStringLiteral("pw2"));
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QLatin1String("already exists")), qPrintable(again.err));
        QCOMPARE(fileSha256(keyPath()), before);

        auto wrong = cli({QStringLiteral("audit"), QStringLiteral("checkpoint")}, QStringLiteral("not-it"));
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains(keyPath()), qPrintable(wrong.err));
    }

    void checkpointsFollowActivityAndExports()
    {
        // No key yet: commands work and nothing is signed.
        QCOMPARE(newIncident(QStringLiteral("before the key")).exitCode, 0);
        QCOMPARE(checkpointCount(), 0);
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("key"), QStringLiteral("init")}, QStringLiteral("pw"))
                     .exitCode,
                 0);

        // The first change with a key signs the head at once...
        auto first = newIncident(QStringLiteral("first"), QStringLiteral("pw"));
        QVERIFY2(first.exitCode == 0 && first.err.contains(QLatin1String("signed audit checkpoint 1 (2 entries)")),
                 qPrintable(first.err));
        QCOMPARE(checkpointCount(), 1);
        // ...the next within the hour does not...
        QCOMPARE(newIncident(QStringLiteral("second"), QStringLiteral("pw")).exitCode, 0);
        QCOMPARE(checkpointCount(), 1);
        // ...an export always does.
        const QString csv = m_dir.filePath(QStringLiteral("timeline.csv"));
        auto exported = cli({QStringLiteral("timeline"), QStringLiteral("export"), QStringLiteral("INC-2026-0001"),
                             QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), csv},
                            QStringLiteral("pw"));
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QCOMPARE(checkpointCount(), 2);

        // An hour later, a script without the passphrase still works and is told what it owes.
        QCOMPARE(
            sqlite3(m_db, QStringLiteral("UPDATE audit_checkpoints SET at = '2000-01-01T00:00:00.000Z';")).exitCode, 0);
        auto locked = newIncident(QStringLiteral("from a script"));
        QCOMPARE(locked.exitCode, 0);
        QVERIFY2(locked.err.contains(QLatin1String("checkpoint is due")) && locked.err.contains(keyPath()),
                 qPrintable(locked.err));
        QCOMPARE(checkpointCount(), 2);
    }

    void exportedCheckpointChecksWithOpensslAloneAsDocumented()
    {
        for (int i = 0; i < 3; ++i)
            QCOMPARE(newIncident(QStringLiteral("case %1").arg(i)).exitCode, 0);
        auto init = cli({QStringLiteral("audit"), QStringLiteral("key"), QStringLiteral("init")}, QStringLiteral("pw"));
        QCOMPARE(init.exitCode, 0);
        const QString fingerprint =
            QRegularExpression(QStringLiteral("fingerprint: ([0-9a-f]{64})")).match(init.out).captured(1);
        const QString exported = m_dir.filePath(QStringLiteral("anchor.json"));
        auto cp = cli({QStringLiteral("audit"), QStringLiteral("checkpoint"), QStringLiteral("export"), exported},
                      QStringLiteral("pw"));
        QVERIFY2(cp.exitCode == 0, qPrintable(cp.err));

        // The block between the markers in the docs, run as it stands.
        QFile doc(QStringLiteral(FIREBREAK_SOURCE_DIR "/docs/AUDIT-TRAIL.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        const auto block = QRegularExpression(QStringLiteral("openssl-verify:begin -->\\s*```sh\\n(.*?)```"),
                                              QRegularExpression::DotMatchesEverythingOption)
                               .match(text);
        QVERIFY2(block.hasMatch(), "docs/AUDIT-TRAIL.md lost its openssl-verify block");
        auto runDocumented = [&] {
            QTemporaryDir work;
            QProcess p;
            p.setWorkingDirectory(work.path());
            QStringList env = QProcess::systemEnvironment();
            env << QStringLiteral("CHECKPOINT=") + exported << QStringLiteral("CASES=") + m_db;
            p.setEnvironment(env);
            p.start(QStringLiteral("sh"), {QStringLiteral("-c"), block.captured(1)});
            p.waitForFinished(60000);
            return ProcessResult{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                                 QString::fromUtf8(p.readAllStandardError())};
        };
        auto good = runDocumented();
        QVERIFY2(good.exitCode == 0, qPrintable(good.out + good.err));
        QVERIFY2(good.out.contains(QLatin1String("Signature Verified Successfully")), qPrintable(good.out));
        QVERIFY2(good.out.contains(fingerprint), qPrintable(good.out + QStringLiteral(" vs ") + fingerprint));
        QVERIFY2(good.out.contains(QLatin1String("head of entry 3 is still in the log")), qPrintable(good.out));
        QCOMPARE(
            cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchor"), exported}).exitCode, 0);

        // Cut the tail: the documented check and `audit verify --anchor` both fail.
        QCOMPARE(sqlite3(m_db, QStringLiteral("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 3; "
                                              "DELETE FROM audit_checkpoints;"))
                     .exitCode,
                 0);
        auto cut = runDocumented();
        QVERIFY2(cut.exitCode != 0 && !cut.out.contains(QLatin1String("still in the log")), qPrintable(cut.out));
        auto verify = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchor"), exported});
        QCOMPARE(verify.exitCode, 1);
        QVERIFY2(verify.err.contains(QLatin1String("tail deleted")) && verify.err.contains(exported),
                 qPrintable(verify.err));

        // A forged signature fails the documented check too.
        QFile f(exported);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray json = f.readAll();
        const int at = json.indexOf("\"signature_base64\": \"") + 21;
        json[at] = json[at] == 'A' ? 'B' : 'A';
        f.seek(0);
        f.write(json);
        f.close();
        auto forged = runDocumented();
        QVERIFY2(forged.exitCode != 0 && !forged.out.contains(QLatin1String("Signature Verified Successfully")),
                 qPrintable(forged.out + forged.err));
    }
};

QTEST_GUILESS_MAIN(TestCheckpointsCli)
#include "tst_checkpoints_cli.moc"
