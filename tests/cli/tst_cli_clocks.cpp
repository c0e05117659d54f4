// firebreak-cli clock commands end to end on a real case file. The CLI
// runs on the system clock, so instants are chosen relative to now.

#include "support/CliRunner.h"
#include "support/TestSupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace firebreak::test;

class TestCliClocks : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_id;

    ProcessResult cli(const QStringList &args) { return runCli(args, {.db = m_db}); }
    static QString iso(const QDateTime &t) { return t.toUTC().toString(Qt::ISODate); }
    QJsonObject clockJson(const QString &clockId)
    {
        auto r = cli({QStringLiteral("clock"), QStringLiteral("list"), m_id, QStringLiteral("--json")});
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            if (v.toObject().value(QStringLiteral("clock")).toString() == clockId)
                return v.toObject();
        return {};
    }

private slots:
    void init()
    {
        static int n = 0;
        m_db = m_dir.filePath(QStringLiteral("clocks-%1.sqlite").arg(++n));
        auto r = cli(
            {QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("HR share")});
        QCOMPARE(r.exitCode, 0);
        m_id = r.out.trimmed();
    }

    void classifyStartsTheGdprClocks()
    {
        const QDateTime aware = QDateTime::currentDateTimeUtc().addSecs(-2 * 3600);
        auto r =
            cli({QStringLiteral("clock"), QStringLiteral("classify"), m_id, QStringLiteral("--personal-data"),
                 QStringLiteral("--aware-at"), iso(aware), QStringLiteral("--reason"), QStringLiteral("DPO call")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject art33 = clockJson(QStringLiteral("gdpr-art33"));
        QCOMPARE(art33.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        QCOMPARE(QDateTime::fromString(art33.value(QStringLiteral("deadline")).toString(), Qt::ISODateWithMs),
                 QDateTime::fromString(iso(aware), Qt::ISODate).addSecs(72 * 3600));
        const QJsonObject customer = clockJson(QStringLiteral("customer-personal"));
        QCOMPARE(QDateTime::fromString(customer.value(QStringLiteral("deadline")).toString(), Qt::ISODateWithMs),
                 QDateTime::fromString(iso(aware), Qt::ISODate).addSecs(24 * 3600));
        QVERIFY(clockJson(QStringLiteral("customer-project")).isEmpty());
        const qint64 left = art33.value(QStringLiteral("seconds_left")).toInteger();
        QVERIFY2(left > 69 * 3600 && left <= 70 * 3600, qPrintable(QString::number(left)));

        auto all = cli({QStringLiteral("clock"), QStringLiteral("list")});
        QCOMPARE(all.exitCode, 0);
        QVERIFY(all.out.contains(QLatin1String("gdpr-art33")));
    }

    void lateNoticeNeedsReasons()
    {
        const QDateTime aware = QDateTime::currentDateTimeUtc().addSecs(-30 * 3600);
        QCOMPARE(cli({QStringLiteral("clock"), QStringLiteral("classify"), m_id, QStringLiteral("--personal-data"),
                      QStringLiteral("--aware-at"), iso(aware)})
                     .exitCode,
                 0);
        QCOMPARE(clockJson(QStringLiteral("customer-personal")).value(QStringLiteral("state")).toString(),
                 QStringLiteral("overdue"));
        const QStringList notice{QStringLiteral("clock"),
                                 QStringLiteral("notice"),
                                 m_id,
                                 QStringLiteral("customer-personal"),
                                 QStringLiteral("--sent-at"),
                                 iso(QDateTime::currentDateTimeUtc().addSecs(-60)),
                                 QStringLiteral("--recipient"),
                                 QStringLiteral("ACME Corp security desk")};
        auto refused = cli(notice);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QLatin1String("reasons for the delay")), qPrintable(refused.err));
        auto ok = cli(notice + QStringList{QStringLiteral("--delay-reason"), QStringLiteral("contact was on leave")});
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(clockJson(QStringLiteral("customer-personal")).value(QStringLiteral("state")).toString(),
                 QStringLiteral("met-late"));
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    }

    void breachFactsFillTheDraft()
    {
        QCOMPARE(cli({QStringLiteral("breach"), QStringLiteral("set"), m_id}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("breach"), QStringLiteral("set"), m_id, QStringLiteral("--nature"),
                      QStringLiteral("Mailbox rule forwarding HR mail"), QStringLiteral("--subject-count"),
                      QStringLiteral("about 40")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("clock"), QStringLiteral("draft"), m_id, QStringLiteral("gdpr-art33")}).exitCode,
                 1);
        QCOMPARE(cli({QStringLiteral("clock"), QStringLiteral("classify"), m_id, QStringLiteral("--personal-data"),
                      QStringLiteral("--aware-at"), iso(QDateTime::currentDateTimeUtc().addSecs(-600))})
                     .exitCode,
                 0);
        const QString out = m_dir.filePath(QStringLiteral("art33.txt"));
        auto r = cli({QStringLiteral("clock"), QStringLiteral("draft"), m_id, QStringLiteral("gdpr-art33"),
                      QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.startsWith(QLatin1String("Subject: GDPR Art. 33")));
        QVERIFY(text.contains(QLatin1String("Mailbox rule forwarding HR mail")));
        QVERIFY(text.contains(QLatin1String("approximate number: about 40")));
        QVERIFY(r.err.contains(QLatin1String("to complete: likely consequences")));
    }

    void waiveAmendAndBadInput()
    {
        const QDateTime aware = QDateTime::currentDateTimeUtc().addSecs(-3600);
        QCOMPARE(cli({QStringLiteral("clock"), QStringLiteral("classify"), m_id}).exitCode, 2);
        QCOMPARE(
            cli({QStringLiteral("clock"), QStringLiteral("classify"), m_id, QStringLiteral("--project-data")}).exitCode,
            2);
        QCOMPARE(cli({QStringLiteral("clock"), QStringLiteral("classify"), m_id, QStringLiteral("--project-data"),
                      QStringLiteral("--aware-at"), QStringLiteral("yesterday")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("clock"), QStringLiteral("classify"), m_id, QStringLiteral("--project-data"),
                      QStringLiteral("--aware-at"), iso(aware)})
                     .exitCode,
                 0);
        const QDateTime earlier = aware.addSecs(-3 * 3600);
        QCOMPARE(cli({QStringLiteral("clock"), QStringLiteral("amend"), m_id, QStringLiteral("--classification"),
                      QStringLiteral("project-data"), QStringLiteral("--at"), iso(earlier)})
                     .exitCode,
                 2); // no reason
        QCOMPARE(cli({QStringLiteral("clock"), QStringLiteral("amend"), m_id, QStringLiteral("--classification"),
                      QStringLiteral("project-data"), QStringLiteral("--at"), iso(earlier), QStringLiteral("--reason"),
                      QStringLiteral("proxy logs")})
                     .exitCode,
                 0);
        QCOMPARE(QDateTime::fromString(
                     clockJson(QStringLiteral("customer-project")).value(QStringLiteral("deadline")).toString(),
                     Qt::ISODateWithMs),
                 QDateTime::fromString(iso(earlier), Qt::ISODate).addSecs(72 * 3600));

        QCOMPARE(
            cli({QStringLiteral("clock"), QStringLiteral("waive"), m_id, QStringLiteral("customer-project")}).exitCode,
            2);
        auto unknown = cli({QStringLiteral("clock"), QStringLiteral("waive"), m_id, QStringLiteral("gdpr-art99"),
                            QStringLiteral("--justification"), QStringLiteral("x")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QLatin1String("gdpr-art99")));
        QCOMPARE(cli({QStringLiteral("clock"), QStringLiteral("waive"), m_id, QStringLiteral("customer-project"),
                      QStringLiteral("--justification"), QStringLiteral("only internal test data was exposed")})
                     .exitCode,
                 0);
        QCOMPARE(clockJson(QStringLiteral("customer-project")).value(QStringLiteral("state")).toString(),
                 QStringLiteral("waived"));
    }
};

QTEST_GUILESS_MAIN(TestCliClocks)
#include "tst_cli_clocks.moc"
