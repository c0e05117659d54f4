// Issue 18 through firebreak-cli: instants need Z or an offset, one
// awareness, amendments that re-base every clock, supplements that cannot
// erase lateness, months in the organisation's zone, offsets in JSON and
// deadlines that explain themselves. Each case runs with an explicit TZ
// (Europe/Paris, America/New_York or UTC); all instants are before "now"
// (the machine's clock), in 2026.

#include "support/CliRunner.h"
#include "support/TestSupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace firebreak::test;

class TestCliClockLaw : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_tz = QStringLiteral("Europe/Paris");

    ProcessResult cli(const QStringList &args)
    {
        return runCli(args, {.db = m_db, .env = {QStringLiteral("TZ=") + m_tz, QStringLiteral("FIREBREAK_LANG=en")}});
    }
    QString newIncident(const QStringList &extra = {})
    {
        auto r = cli(QStringList{QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--title"),
                                 QStringLiteral("HR share")} +
                     extra);
        if (r.exitCode != 0)
            qWarning("incident new failed: %s", qPrintable(r.err));
        return r.out.trimmed();
    }
    QJsonObject clockJson(const QString &id, const QString &clockId)
    {
        auto r = cli({QStringLiteral("clock"), QStringLiteral("list"), id, QStringLiteral("--json")});
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            if (v.toObject().value(QStringLiteral("clock")).toString() == clockId)
                return v.toObject();
        return {};
    }
    QString deadline(const QString &id, const QString &clockId)
    {
        return clockJson(id, clockId).value(QStringLiteral("deadline")).toString();
    }
    int auditCount(const QString &id)
    {
        auto r = cli({QStringLiteral("audit"), QStringLiteral("log"), id, QStringLiteral("--json")});
        return int(QJsonDocument::fromJson(r.out.toUtf8()).array().size());
    }

private slots:
    void init()
    {
        static int n = 0;
        m_db = m_dir.filePath(QStringLiteral("law-%1.sqlite").arg(++n));
        m_tz = QStringLiteral("Europe/Paris");
    }

    void instantsWithoutAnOffsetAreRefused()
    {
        const QString id = newIncident();
        auto classify = [&](const QString &at) {
            return cli({QStringLiteral("clock"), QStringLiteral("classify"), id, QStringLiteral("--personal-data"),
                        QStringLiteral("--aware-at"), at});
        };
        auto plain = classify(QStringLiteral("2026-03-28T23:30:00"));
        QCOMPARE(plain.exitCode, 2);
        QVERIFY2(plain.err.contains(QLatin1String("no Z or offset")), qPrintable(plain.err));
        QVERIFY2(plain.err.contains(QLatin1String("2026-03-28T23:30:00+01:00")), qPrintable(plain.err));
        auto date = classify(QStringLiteral("2026-03-28"));
        QCOMPARE(date.exitCode, 2);
        QVERIFY2(date.err.contains(QLatin1String("is a date")), qPrintable(date.err));
        auto gap = classify(QStringLiteral("2026-03-29T02:30:00"));
        QCOMPARE(gap.exitCode, 2);
        QVERIFY2(gap.err.contains(QLatin1String("does not exist")) && gap.err.contains(QLatin1String("jump forward")),
                 qPrintable(gap.err));
        auto fold = classify(QStringLiteral("2026-10-25T02:30:00"));
        QCOMPARE(fold.exitCode, 2);
        QVERIFY2(fold.err.contains(QLatin1String("happens twice")) &&
                     fold.err.contains(QLatin1String("2026-10-25T02:30:00+02:00")) &&
                     fold.err.contains(QLatin1String("2026-10-25T02:30:00+01:00")),
                 qPrintable(fold.err));
        m_tz = QStringLiteral("America/New_York");
        auto nyFold = classify(QStringLiteral("2026-11-01T01:30:00"));
        QVERIFY2(nyFold.err.contains(QLatin1String("-04:00")) && nyFold.err.contains(QLatin1String("-05:00")),
                 qPrintable(nyFold.err));
        // Every instant option, not only the clocks'.
        auto created = cli({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--title"),
                            QStringLiteral("x"), QStringLiteral("--aware-at"), QStringLiteral("2026-11-20T18:00")});
        QCOMPARE(created.exitCode, 2);
        QVERIFY(created.err.contains(QLatin1String("no Z or offset")));
        auto notice = cli({QStringLiteral("clock"), QStringLiteral("notice"), id, QStringLiteral("gdpr-art33"),
                           QStringLiteral("--sent-at"), QStringLiteral("2026-11-20 18:00"),
                           QStringLiteral("--recipient"), QStringLiteral("CNIL")});
        QCOMPARE(notice.exitCode, 2);
        QVERIFY(classify(QStringLiteral("2026-11-20T17:00:00Z")).exitCode == 0);
        QCOMPARE(clockJson(id, QStringLiteral("gdpr-art33")).value(QStringLiteral("trigger_at")).toString(),
                 QStringLiteral("2026-11-20T17:00:00.000Z"));
    }

    void oneAwarenessAndItsAmendment()
    {
        const QString id = newIncident({QStringLiteral("--aware-at"), QStringLiteral("2026-11-01T10:00+01:00")});
        auto conflict = cli({QStringLiteral("clock"), QStringLiteral("classify"), id, QStringLiteral("--personal-data"),
                             QStringLiteral("--aware-at"), QStringLiteral("2026-11-03T10:00+01:00")});
        QCOMPARE(conflict.exitCode, 1);
        QVERIFY2(conflict.err.contains(QLatin1String("one awareness")), qPrintable(conflict.err));
        QVERIFY(clockJson(id, QStringLiteral("gdpr-art33")).isEmpty());
        // Without --aware-at the incident's awareness is used.
        QCOMPARE(cli({QStringLiteral("clock"), QStringLiteral("classify"), id, QStringLiteral("--personal-data"),
                      QStringLiteral("--significant")})
                     .exitCode,
                 0);
        QCOMPARE(deadline(id, QStringLiteral("gdpr-art33")), QStringLiteral("2026-11-04T09:00:00.000Z"));
        QCOMPARE(cli({QStringLiteral("clock"), QStringLiteral("notice"), id, QStringLiteral("customer-personal"),
                      QStringLiteral("--sent-at"), QStringLiteral("2026-11-02T08:00:00+01:00"),
                      QStringLiteral("--recipient"), QStringLiteral("ACME")})
                     .exitCode,
                 0);
        const QStringList amend{
            QStringLiteral("clock"),       QStringLiteral("amend"),     id,
            QStringLiteral("--awareness"), QStringLiteral("--at"),      QStringLiteral("2026-11-01T06:00:00+01:00"),
            QStringLiteral("--reason"),    QStringLiteral("proxy logs")};
        auto dry = cli(amend + QStringList{QStringLiteral("--dry-run")});
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.contains(QLatin1String("gdpr-art33")) && dry.out.contains(QLatin1String("-4 h")) &&
                     dry.out.contains(QLatin1String("nis2-notification")) && dry.out.contains(QLatin1String("LATE")),
                 qPrintable(dry.out));
        const int before = auditCount(id);
        auto refused = cli(amend);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QLatin1String("--delay-reason customer-personal=")), qPrintable(refused.err));
        QCOMPARE(auditCount(id), before);
        QCOMPARE(deadline(id, QStringLiteral("gdpr-art33")), QStringLiteral("2026-11-04T09:00:00.000Z"));
        auto ok = cli(amend + QStringList{QStringLiteral("--delay-reason"),
                                          QStringLiteral("customer-personal=awareness was misdated")});
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(auditCount(id), before + 1);
        QCOMPARE(deadline(id, QStringLiteral("gdpr-art33")), QStringLiteral("2026-11-04T05:00:00.000Z"));
        QCOMPARE(deadline(id, QStringLiteral("nis2-early-warning")), QStringLiteral("2026-11-02T05:00:00.000Z"));
        QCOMPARE(clockJson(id, QStringLiteral("customer-personal")).value(QStringLiteral("state")).toString(),
                 QStringLiteral("met-late"));
        auto show = cli({QStringLiteral("incident"), QStringLiteral("show"), id, QStringLiteral("--json")});
        QVERIFY2(show.out.contains(QLatin1String("2026-11-01T05:00:00.000Z")), qPrintable(show.out));
        // incident edit --aware-at is the same amendment: needs a reason,
        // and cannot move awareness after a notice already sent.
        QCOMPARE(cli({QStringLiteral("incident"), QStringLiteral("edit"), id, QStringLiteral("--aware-at"),
                      QStringLiteral("2026-11-01T05:00:00+01:00")})
                     .exitCode,
                 2);
        auto after =
            cli({QStringLiteral("incident"), QStringLiteral("edit"), id, QStringLiteral("--aware-at"),
                 QStringLiteral("2026-11-02T09:00:00+01:00"), QStringLiteral("--reason"), QStringLiteral("x")});
        QCOMPARE(after.exitCode, 1);
        QVERIFY2(after.err.contains(QLatin1String("already sent")), qPrintable(after.err));
        QCOMPARE(cli({QStringLiteral("incident"), QStringLiteral("edit"), id, QStringLiteral("--aware-at"),
                      QStringLiteral("2026-11-01T05:30:00+01:00"), QStringLiteral("--reason"),
                      QStringLiteral("SIEM clock skew")})
                     .exitCode,
                 0);
        QCOMPARE(deadline(id, QStringLiteral("gdpr-art33")), QStringLiteral("2026-11-04T04:30:00.000Z"));
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    }

    void supplementsCannotEraseLateness()
    {
        m_tz = QStringLiteral("UTC");
        const QString id = newIncident();
        QCOMPARE(cli({QStringLiteral("clock"), QStringLiteral("classify"), id, QStringLiteral("--personal-data"),
                      QStringLiteral("--aware-at"), QStringLiteral("2026-02-26T10:00:00Z")})
                     .exitCode,
                 0);
        QCOMPARE(
            cli({QStringLiteral("clock"), QStringLiteral("notice"), id, QStringLiteral("gdpr-art33"),
                 QStringLiteral("--sent-at"), QStringLiteral("2026-03-02T10:00:00Z"), QStringLiteral("--recipient"),
                 QStringLiteral("CNIL"), QStringLiteral("--delay-reason"), QStringLiteral("forensics")})
                .exitCode,
            0);
        for (const char *when : {"2026-03-01T10:00:00Z", "2026-02-25T10:00:00Z"}) {
            auto r = cli({QStringLiteral("clock"), QStringLiteral("notice"), id, QStringLiteral("gdpr-art33"),
                          QStringLiteral("--sent-at"), QLatin1String(when), QStringLiteral("--recipient"),
                          QStringLiteral("CNIL")});
            QCOMPARE(r.exitCode, 2);
        }
        QCOMPARE(clockJson(id, QStringLiteral("gdpr-art33")).value(QStringLiteral("state")).toString(),
                 QStringLiteral("met-late"));
    }

    void monthsAndJsonOffsetsInTheOrganisationsZone()
    {
        const QString id = newIncident({QStringLiteral("--aware-at"), QStringLiteral("2026-01-28T09:00:00+01:00")});
        QCOMPARE(
            cli({QStringLiteral("clock"), QStringLiteral("classify"), id, QStringLiteral("--significant")}).exitCode,
            0);
        QCOMPARE(cli({QStringLiteral("clock"), QStringLiteral("notice"), id, QStringLiteral("nis2-notification"),
                      QStringLiteral("--sent-at"), QStringLiteral("2026-01-31T00:30:00+01:00"),
                      QStringLiteral("--recipient"), QStringLiteral("CERT-FR")})
                     .exitCode,
                 0);
        const QJsonObject final = clockJson(id, QStringLiteral("nis2-final"));
        QCOMPARE(final.value(QStringLiteral("deadline")).toString(), QStringLiteral("2026-02-27T23:30:00.000Z"));
        QCOMPARE(final.value(QStringLiteral("deadline_local")).toString(), QStringLiteral("2026-02-28T00:30:00+01:00"));
        QCOMPARE(final.value(QStringLiteral("zone")).toString(), QStringLiteral("Europe/Paris"));
        QVERIFY2(final.value(QStringLiteral("explanation")).toString().contains(QLatin1String("NIS2 Art. 23(4)(d)")),
                 qPrintable(final.value(QStringLiteral("explanation")).toString()));

        // New York, the night clocks go back: the local time says which 01:30.
        m_tz = QStringLiteral("America/New_York");
        const QString ny = newIncident();
        QCOMPARE(cli({QStringLiteral("clock"), QStringLiteral("classify"), ny, QStringLiteral("--personal-data"),
                      QStringLiteral("--aware-at"), QStringLiteral("2026-10-31T01:30:00-04:00")})
                     .exitCode,
                 0);
        const QJsonObject customer = clockJson(ny, QStringLiteral("customer-personal"));
        QCOMPARE(customer.value(QStringLiteral("deadline")).toString(), QStringLiteral("2026-11-01T05:30:00.000Z"));
        QCOMPARE(customer.value(QStringLiteral("deadline_local")).toString(),
                 QStringLiteral("2026-11-01T01:30:00-04:00"));
        QCOMPARE(clockJson(ny, QStringLiteral("gdpr-art33")).value(QStringLiteral("deadline_local")).toString(),
                 QStringLiteral("2026-11-03T00:30:00-05:00"));
    }

    void highRiskImplausibleAndNoOp()
    {
        const QString id = newIncident({QStringLiteral("--detected-at"), QStringLiteral("2026-06-01T09:00:00+02:00")});
        for (const char *bad : {"1900-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "2030-01-01T00:00:00Z"}) {
            auto r = cli({QStringLiteral("clock"), QStringLiteral("classify"), id, QStringLiteral("--high-risk"),
                          QStringLiteral("--aware-at"), QLatin1String(bad)});
            QVERIFY2(r.exitCode == 2, bad);
        }
        auto early = cli({QStringLiteral("clock"), QStringLiteral("classify"), id, QStringLiteral("--high-risk"),
                          QStringLiteral("--aware-at"), QStringLiteral("2026-06-01T08:00:00+02:00")});
        QCOMPARE(early.exitCode, 2);
        QVERIFY2(early.err.contains(QLatin1String("before the detection")), qPrintable(early.err));
        const QStringList classify{
            QStringLiteral("clock"),       QStringLiteral("classify"),   id,
            QStringLiteral("--high-risk"), QStringLiteral("--aware-at"), QStringLiteral("2026-06-01T10:00:00+02:00")};
        auto r = cli(classify);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("implies a personal-data breach")));
        QCOMPARE(deadline(id, QStringLiteral("gdpr-art33")), QStringLiteral("2026-06-04T08:00:00.000Z"));
        QCOMPARE(deadline(id, QStringLiteral("customer-personal")), QStringLiteral("2026-06-02T08:00:00.000Z"));
        const int before = auditCount(id);
        auto again = cli(classify);
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains(QLatin1String("nothing changed")));
        QCOMPARE(auditCount(id), before);
        // Awareness before detection with its reason.
        const QString other = newIncident({QStringLiteral("--detected-at"), QStringLiteral("2026-06-01T09:00:00+02:00"),
                                           QStringLiteral("--aware-at"), QStringLiteral("2026-06-01T08:00:00+02:00")});
        QVERIFY(other.isEmpty());
        QVERIFY(!newIncident({QStringLiteral("--detected-at"), QStringLiteral("2026-06-01T09:00:00+02:00"),
                              QStringLiteral("--aware-at"), QStringLiteral("2026-06-01T08:00:00+02:00"),
                              QStringLiteral("--reason"), QStringLiteral("customer called before our SIEM fired")})
                     .isEmpty());
    }

    void deadlinesExplainThemselves()
    {
        const QString id = newIncident({QStringLiteral("--aware-at"), QStringLiteral("2026-11-20T18:00:00+01:00")});
        QCOMPARE(cli({QStringLiteral("clock"), QStringLiteral("classify"), id, QStringLiteral("--personal-data"),
                      QStringLiteral("--material"), QStringLiteral("--aware-at"),
                      QStringLiteral("2026-11-20T18:00:00+01:00")})
                     .exitCode,
                 0);
        auto list = cli({QStringLiteral("clock"), QStringLiteral("list"), id});
        QVERIFY2(list.out.contains(QStringLiteral("72 h after awareness Fri 2026-11-20 18:00 CET — GDPR Art. 33(1)")),
                 qPrintable(list.out));
        // Materiality determined Fri 20 Nov 12:00 ET: Mon, Tue, Wed, (Thanksgiving), Fri 27 Nov.
        QVERIFY2(list.out.contains(QLatin1String("4th business day after the materiality determination")),
                 qPrintable(list.out));
        QVERIFY2(list.out.contains(QLatin1String("Thanksgiving")), qPrintable(list.out));
        QVERIFY2(list.out.contains(QLatin1String("17:30 EDGAR cutoff: Fri 2026-11-27 17:30 EST")),
                 qPrintable(list.out));
        QVERIFY2(list.out.contains(QLatin1String("(= Fri 2026-11-27 23:30 CET)")), qPrintable(list.out));
        auto draft = cli({QStringLiteral("clock"), QStringLiteral("draft"), id, QStringLiteral("sec-8k")});
        QVERIFY2(draft.out.contains(QLatin1String("Materiality determined:")), qPrintable(draft.out));
        QVERIFY(!draft.out.contains(QLatin1String("Aware:")));
        QVERIFY(!draft.out.contains(QLatin1String("Reasons for the delay")));
        auto art33 = cli({QStringLiteral("clock"), QStringLiteral("draft"), id, QStringLiteral("gdpr-art33")});
        QVERIFY2(art33.out.contains(QLatin1String("Deadline basis: 72 h after awareness")), qPrintable(art33.out));
    }

    // Point 11: an SEC Item 1.05(c) Attorney General delay through the CLI:
    // refusals name the problem and record nothing; --dry-run shows the new
    // deadline; the delay moves it, in the list, the JSON, the audit trail
    // and the draft.
    void secAttorneyGeneralDelay()
    {
        m_tz = QStringLiteral("America/New_York");
        const QString id = newIncident({QStringLiteral("--aware-at"), QStringLiteral("2026-11-02T10:00:00-05:00")});
        QCOMPARE(cli({QStringLiteral("clock"), QStringLiteral("classify"), id, QStringLiteral("--material"),
                      QStringLiteral("--aware-at"), QStringLiteral("2026-11-02T10:00:00-05:00"),
                      QStringLiteral("--reason"), QStringLiteral("board")})
                     .exitCode,
                 0);
        // Mon 2 Nov -> 4th business day Fri 6 Nov, 17:30 EST.
        QCOMPARE(deadline(id, QStringLiteral("sec-8k")), QStringLiteral("2026-11-06T22:30:00.000Z"));
        const QStringList good = {QStringLiteral("--ground"),        QStringLiteral("national-security"),
                                  QStringLiteral("--determined-at"), QStringLiteral("2026-11-05T12:00:00-05:00"),
                                  QStringLiteral("--ag-reference"),  QStringLiteral("DOJ-NSD-26-0042"),
                                  QStringLiteral("--reason"),        QStringLiteral("AG letter of 5 Nov to the SEC")};
        auto delay = [&](const QString &clockId, const QStringList &extra) {
            return cli(QStringList{QStringLiteral("clock"), QStringLiteral("delay"), id, clockId} + extra);
        };
        const int before = auditCount(id);
        struct Bad {
            QString clock;
            QStringList args;
            const char *words;
        };
        const QList<Bad> bad = {
            {QStringLiteral("customer-personal"), QStringList{QStringLiteral("--days"), QStringLiteral("30")} + good,
             "customer-personal is not an SEC Form 8-K clock"},
            {QStringLiteral("sec-8k"), QStringList{QStringLiteral("--days"), QStringLiteral("31")} + good,
             "runs at most 30 days from 2026-11-06 (until 2026-12-06); 31 days were given"},
            {QStringLiteral("sec-8k"),
             QStringList{QStringLiteral("--until"), QStringLiteral("2026-11-05T17:30:00-05:00")} + good,
             "would end 2026-11-05, before it starts"},
            {QStringLiteral("sec-8k"),
             QStringList{QStringLiteral("--until"), QStringLiteral("2026-12-01T17:30:00")} + good, "no Z or offset"},
            {QStringLiteral("sec-8k"),
             QStringList{QStringLiteral("--days"), QStringLiteral("30"), QStringLiteral("--until"),
                         QStringLiteral("2026-12-01T17:30:00-05:00")} +
                 good,
             "either as --days N or as --until"},
            {QStringLiteral("sec-8k"), {QStringLiteral("--days"), QStringLiteral("30")}, "--determined-at is required"},
            {QStringLiteral("sec-8k"),
             {QStringLiteral("--days"), QStringLiteral("30"), QStringLiteral("--determined-at"),
              QStringLiteral("2026-11-05T12:00:00"), QStringLiteral("--ground"), QStringLiteral("national-security"),
              QStringLiteral("--ag-reference"), QStringLiteral("X"), QStringLiteral("--reason"), QStringLiteral("y")},
             "no Z or offset"},
            {QStringLiteral("sec-8k"), QStringList{QStringLiteral("--days"), QStringLiteral("-3")} + good,
             "must be a whole number of calendar days"},
        };
        for (const Bad &b : bad) {
            auto r = delay(b.clock, b.args);
            QVERIFY2(r.exitCode != 0, b.words);
            QVERIFY2(r.err.contains(QLatin1String(b.words)),
                     qPrintable(b.args.join(u' ') + QStringLiteral(" -> ") + r.err));
        }
        // A dry run shows the deadline it would give and records nothing:
        // 30 days from Fri 6 Nov is Sun 6 Dec, so Fri 4 Dec 17:30 EST.
        auto dry = delay(QStringLiteral("sec-8k"), QStringList{QStringLiteral("--days"), QStringLiteral("30"),
                                                               QStringLiteral("--dry-run"), QStringLiteral("--json")} +
                                                       good);
        QCOMPARE(dry.exitCode, 0);
        const QJsonObject plan = QJsonDocument::fromJson(dry.out.toUtf8()).object();
        QCOMPARE(plan.value(QStringLiteral("deadline")).toString(), QStringLiteral("2026-12-04T22:30:00.000Z"));
        QCOMPARE(plan.value(QStringLiteral("deadline_local")).toString(), QStringLiteral("2026-12-04T17:30:00-05:00"));
        QCOMPARE(plan.value(QStringLiteral("ends_at_local")).toString(), QStringLiteral("2026-12-06T17:30:00-05:00"));
        QCOMPARE(plan.value(QStringLiteral("recorded")).toBool(), false);
        QCOMPARE(auditCount(id), before);
        QCOMPARE(deadline(id, QStringLiteral("sec-8k")), QStringLiteral("2026-11-06T22:30:00.000Z"));

        auto done = delay(QStringLiteral("sec-8k"), QStringList{QStringLiteral("--days"), QStringLiteral("30")} + good);
        QCOMPARE(done.exitCode, 0);
        QVERIFY2(done.out.contains(QLatin1String("sec-8k initial period of 30 days recorded")), qPrintable(done.out));
        QVERIFY2(done.out.contains(QLatin1String("Fri 2026-11-06 17:30 EST -> Fri 2026-12-04 17:30 EST")),
                 qPrintable(done.out));
        QCOMPARE(auditCount(id), before + 1);
        const QJsonObject sec = clockJson(id, QStringLiteral("sec-8k"));
        QCOMPARE(sec.value(QStringLiteral("deadline")).toString(), QStringLiteral("2026-12-04T22:30:00.000Z"));
        QCOMPARE(sec.value(QStringLiteral("undelayed_deadline")).toString(),
                 QStringLiteral("2026-11-06T22:30:00.000Z"));
        const QJsonObject d0 = sec.value(QStringLiteral("delays")).toArray().first().toObject();
        QCOMPARE(d0.value(QStringLiteral("ag_reference")).toString(), QStringLiteral("DOJ-NSD-26-0042"));
        QCOMPARE(d0.value(QStringLiteral("ground")).toString(), QStringLiteral("national-security"));
        QCOMPARE(d0.value(QStringLiteral("determined_at_local")).toString(),
                 QStringLiteral("2026-11-05T12:00:00-05:00"));
        QVERIFY2(sec.value(QStringLiteral("explanation"))
                     .toString()
                     .contains(QLatin1String("delayed under Form 8-K Item 1.05(c) until Fri 2026-12-04 17:30 EST, the "
                                             "last business day of the period: initial period, 30 days to Sun "
                                             "2026-12-06, Attorney General determination DOJ-NSD-26-0042")),
                 qPrintable(sec.value(QStringLiteral("explanation")).toString()));
        auto log = cli({QStringLiteral("audit"), QStringLiteral("log"), id, QStringLiteral("--json")});
        QVERIFY2(log.out.contains(QLatin1String("clock.delay")), qPrintable(log.out));
        auto draft = cli({QStringLiteral("clock"), QStringLiteral("draft"), id, QStringLiteral("sec-8k")});
        QVERIFY2(draft.out.contains(QLatin1String("Delayed under Form 8-K Item 1.05(c) (initial period): Attorney "
                                                  "General determination DOJ-NSD-26-0042")),
                 qPrintable(draft.out));
        QVERIFY(!draft.out.contains(QLatin1String("Reasons for the delay")));
        // The extension must be determined before the delayed deadline; the
        // final period is for national security only (model tests cover it).
        auto late = delay(QStringLiteral("sec-8k"),
                          {QStringLiteral("--days"), QStringLiteral("30"), QStringLiteral("--ground"),
                           QStringLiteral("public-safety"), QStringLiteral("--determined-at"),
                           QStringLiteral("2026-12-05T09:00:00-05:00"), QStringLiteral("--ag-reference"),
                           QStringLiteral("DOJ-2"), QStringLiteral("--reason"), QStringLiteral("too late")});
        QVERIFY(late.exitCode != 0);
        QVERIFY2(late.err.contains(QLatin1String("cannot revive a missed deadline")), qPrintable(late.err));
    }
};

QTEST_GUILESS_MAIN(TestCliClockLaw)
#include "tst_cli_clock_law.moc"
