// Issue 18: notification clocks a DPO can rely on. One awareness per
// incident, amendments that re-base every clock, lateness that supplements
// cannot erase, calendar months in the authority's zone, implausible
// instants refused. Europe/Paris, America/New_York and UTC, DST nights of
// 2026 and 2027, month ends and 29 Feb 2028.

#include "model/CaseStore.h"
#include "model/clocks/AlertPolicy.h"
#include "model/clocks/ClockExplain.h"
#include "model/clocks/ClockService.h"
#include "model/clocks/Deadline.h"
#include "model/clocks/WallTime.h"
#include "support/PgTestSupport.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace firebreak;
using namespace firebreak::test;

namespace {
QDateTime utc(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
}
QDateTime at(const char *zone, int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone(zone)).toUTC();
}
ClockDuration months(int n, const char *zone)
{
    ClockDuration d;
    d.kind = ClockDuration::Kind::Months;
    d.amount = n;
    d.zone = QLatin1String(zone);
    return d;
}
} // namespace

class TestClockLaw : public QObject {
    Q_OBJECT

    ClockRuleSet m_rules = ruleloader::load();
    QTemporaryDir m_dir;
    int m_n = 0;

    struct Case {
        std::unique_ptr<CaseStore> store;
        std::unique_ptr<ClockService> svc;
        QString id;
    };
    // A new store with one incident; `now` far enough after the instants used.
    Case open(ManualClock &clock, const QDateTime &detected = {}, const QDateTime &aware = {})
    {
        Case c;
        auto s =
            CaseStore::open(storeSpec(m_dir, QStringLiteral("law-%1.sqlite").arg(++m_n)), clock, QStringLiteral("dpo"));
        if (!s)
            qFatal("cannot open store: %s", qPrintable(s.error().message));
        c.store = std::move(*s);
        c.svc = std::make_unique<ClockService>(*c.store, m_rules);
        c.id = c.store->createIncident({QStringLiteral("HR share"), {}, Severity::High, {}, detected, aware, {}})->id;
        return c;
    }
    static Notice notice(const QString &id, const char *clock, const QDateTime &sent, const QString &delay = {})
    {
        Notice n;
        n.incidentId = id;
        n.clockId = QLatin1String(clock);
        n.sentAt = sent;
        n.recipient = QStringLiteral("CNIL");
        n.delayReason = delay;
        return n;
    }
    qsizetype auditSize(Case &c) { return c.store->auditLog(c.id)->size(); }

private slots:
    void monthsCountInTheAuthoritysZone()
    {
        // The issue's three cases, Europe/Paris.
        QCOMPARE(computeDeadline(months(1, "Europe/Paris"), at("Europe/Paris", 2026, 1, 31, 0, 30), {}),
                 at("Europe/Paris", 2026, 2, 28, 0, 30));
        QCOMPARE(computeDeadline(months(1, "Europe/Paris"), at("Europe/Paris", 2026, 3, 31, 0, 30), {}),
                 at("Europe/Paris", 2026, 4, 30, 0, 30));
        QCOMPARE(computeDeadline(months(1, "Europe/Paris"), at("Europe/Paris", 2026, 3, 1, 0, 30), {}),
                 at("Europe/Paris", 2026, 4, 1, 0, 30)); // CET -> CEST, 00:30 local both
        // New York and UTC month ends; 29 Feb 2028.
        QCOMPARE(computeDeadline(months(1, "America/New_York"), at("America/New_York", 2027, 1, 31, 21, 0), {}),
                 at("America/New_York", 2027, 2, 28, 21, 0));
        QCOMPARE(computeDeadline(months(1, "UTC"), utc(2028, 1, 31, 23, 59), {}), utc(2028, 2, 29, 23, 59));
        QCOMPARE(computeDeadline(months(1, "Europe/Paris"), at("Europe/Paris", 2028, 2, 29, 10), {}),
                 at("Europe/Paris", 2028, 3, 29, 10));
        QCOMPARE(computeDeadline(months(12, "Europe/Paris"), at("Europe/Paris", 2028, 2, 29, 10), {}),
                 at("Europe/Paris", 2029, 2, 28, 10));
        // DST nights: a wall time in the spring gap is read with the offset
        // before the jump (02:30 -> 03:30 CEST); in the autumn fold, the
        // earlier of the two instants.
        QCOMPARE(computeDeadline(months(1, "Europe/Paris"), at("Europe/Paris", 2027, 2, 28, 2, 30), {}),
                 utc(2027, 3, 28, 1, 30));
        QCOMPARE(computeDeadline(months(1, "America/New_York"), at("America/New_York", 2026, 2, 8, 2, 30), {}),
                 utc(2026, 3, 8, 7, 30)); // 03:30 EDT
        QCOMPARE(computeDeadline(months(1, "Europe/Paris"), at("Europe/Paris", 2026, 9, 25, 2, 30), {}),
                 utc(2026, 10, 25, 0, 30)); // 02:30 CEST, the first 02:30
        QCOMPARE(computeDeadline(months(1, "America/New_York"), at("America/New_York", 2027, 10, 7, 1, 30), {}),
                 utc(2027, 11, 7, 5, 30)); // 01:30 EDT, the first 01:30
    }

    void monthRulesDefaultToTheOrganisationsZone()
    {
        const QByteArray oldTz = qgetenv("TZ");
        qputenv("TZ", "Europe/Paris");
        tzset();
        const ClockRule *final = m_rules.rule(QStringLiteral("nis2-final"));
        QVERIFY(final);
        QVERIFY(final->duration.zone.isEmpty()); // the shipped rule names no zone
        QCOMPARE(computeDeadline(final->duration, at("Europe/Paris", 2026, 1, 31, 0, 30), {}),
                 at("Europe/Paris", 2026, 2, 28, 0, 30));
        qputenv("TZ", "America/New_York");
        tzset();
        QCOMPARE(computeDeadline(final->duration, at("America/New_York", 2026, 1, 31, 22, 0), {}),
                 at("America/New_York", 2026, 2, 28, 22, 0));
        if (oldTz.isEmpty())
            qunsetenv("TZ");
        else
            qputenv("TZ", oldTz);
        tzset();
        // A rule set names its authority's zone.
        auto rules = ruleloader::parseRules(
            QStringLiteral("x.json"),
            R"({"regime":"X","zone":"Europe/Paris","clocks":[{"id":"x-final","title":"t","recipient":"r",
                "trigger":{"kind":"classification","classification":"significant"},"duration":{"months":1}}]})");
        QVERIFY2(rules.ok(), rules.ok() ? "" : qPrintable(rules.error().message));
        QCOMPARE(rules->first().duration.zone, QStringLiteral("Europe/Paris"));
        auto bad = ruleloader::parseRules(QStringLiteral("y.json"), R"({"regime":"X","zone":"Mars/Olympus","clocks":[
            {"id":"x","title":"t","recipient":"r","trigger":{"kind":"classification","classification":"significant"},
             "duration":{"months":1}}]})");
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.contains(QLatin1String("zone")), qPrintable(bad.error().message));
    }

    // Done when: for random triggers over 2026-2030 and every shipped rule,
    // an hour rule is exactly N x 3600 s and a month rule the same local wall
    // time one calendar month later in the rule's zone (clamped).
    void propertyDeadlinesFollowTheirArithmetic()
    {
        QRandomGenerator rng(18);
        const qint64 from = utc(2026, 1, 1, 0).toSecsSinceEpoch();
        const qint64 to = utc(2031, 1, 1, 0).toSecsSinceEpoch();
        int hourChecks = 0;
        int monthChecks = 0;
        for (int i = 0; i < 4000; ++i) {
            const QDateTime trigger =
                QDateTime::fromSecsSinceEpoch(from + qint64(rng.bounded(double(to - from))), QTimeZone::utc());
            for (const ClockRule &r : m_rules.rules) {
                if (r.duration.kind == ClockDuration::Kind::Hours) {
                    const QDateTime due = computeDeadline(r.duration, trigger, m_rules.calendars);
                    QCOMPARE(trigger.secsTo(due), qint64(r.duration.amount) * 3600);
                    ++hourChecks;
                } else if (r.duration.kind == ClockDuration::Kind::Months) {
                    for (const char *zone : {"Europe/Paris", "America/New_York", "UTC"}) {
                        ClockDuration d = r.duration;
                        d.zone = QLatin1String(zone);
                        const QTimeZone z(zone);
                        const QDateTime due = computeDeadline(d, trigger, m_rules.calendars);
                        const QDateTime start = trigger.toTimeZone(z);
                        // Independent clamp: the same day number, or the last day of the month.
                        const int y = start.date().year() + (start.date().month() + d.amount - 1) / 12;
                        const int m = (start.date().month() + d.amount - 1) % 12 + 1;
                        const QDate date(y, m, std::min(start.date().day(), QDate(y, m, 1).daysInMonth()));
                        const QList<QDateTime> instants = wallTimeInstants(date, start.time(), z);
                        if (instants.isEmpty()) { // spring gap: the skipped hour is added
                            const QDateTime local = due.toTimeZone(z);
                            QCOMPARE(local.date(), date);
                            QCOMPARE(local.time(), start.time().addSecs(3600));
                        } else {
                            QCOMPARE(due, instants.first());
                            QCOMPARE(due.toTimeZone(z).time(), start.time());
                            QCOMPARE(due.toTimeZone(z).date(), date);
                        }
                        ++monthChecks;
                    }
                }
            }
        }
        QVERIFY(hourChecks > 20000);
        QVERIFY(monthChecks > 20000);
    }

    void oneAwarenessPerIncident()
    {
        ManualClock clock(utc(2026, 11, 4, 12));
        Case c = open(clock, at("Europe/Paris", 2026, 11, 1, 9), at("Europe/Paris", 2026, 11, 1, 10));
        const qsizetype before = auditSize(c);
        auto refused = c.svc->classify(c.id, {QStringLiteral("personal-data")}, at("Europe/Paris", 2026, 11, 3, 10),
                                       QStringLiteral("DPO"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        QVERIFY2(refused.error().message.contains(QLatin1String("one awareness")), qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QLatin1String("clock amend")));
        QCOMPARE(auditSize(c), before);
        QVERIFY(c.svc->classifications(c.id)->isEmpty());
        // The same instant is accepted; every awareness clock counts from it.
        QVERIFY(c.svc
                    ->classify(c.id, {QStringLiteral("personal-data"), QStringLiteral("significant")},
                               at("Europe/Paris", 2026, 11, 1, 10), QStringLiteral("DPO"))
                    .ok());
        QCOMPARE(c.svc->clock(c.id, QStringLiteral("gdpr-art33"))->deadline, at("Europe/Paris", 2026, 11, 4, 10));
        QCOMPARE(c.svc->clock(c.id, QStringLiteral("nis2-notification"))->deadline,
                 at("Europe/Paris", 2026, 11, 4, 10));
        // A later project-data classification naming another instant is refused too.
        QCOMPARE(c.svc
                     ->classify(c.id, {QStringLiteral("project-data")}, at("Europe/Paris", 2026, 11, 2, 10),
                                QStringLiteral("x"))
                     .error()
                     .kind,
                 Error::Kind::Conflict);
        // Other trigger kinds have their own instant, never before awareness.
        QVERIFY(!c.svc->classify(c.id, {QStringLiteral("major")}, at("Europe/Paris", 2026, 11, 1, 9), {}).ok());
        QVERIFY(c.svc->classify(c.id, {QStringLiteral("major")}, at("Europe/Paris", 2026, 11, 1, 20), {}).ok());
        // DORA: 4 h after major, but within 24 h of awareness.
        QCOMPARE(c.svc->clock(c.id, QStringLiteral("dora-initial"))->deadline, at("Europe/Paris", 2026, 11, 2, 0));
    }

    void amendingAwarenessRebasesEveryClock()
    {
        // New York, the night clocks go back (1 Nov 2026).
        ManualClock clock(utc(2026, 11, 2, 12));
        Case c = open(clock, at("America/New_York", 2026, 10, 31, 20), at("America/New_York", 2026, 10, 31, 22));
        QVERIFY(c.svc
                    ->classify(c.id,
                               {QStringLiteral("personal-data"), QStringLiteral("project-data"),
                                QStringLiteral("significant")},
                               at("America/New_York", 2026, 10, 31, 22), QStringLiteral("x"))
                    .ok());
        QVERIFY(
            // Major at 20:00 EST: 4 h later is past 24 h after awareness, so the 24 h limit binds.
            c.svc
                ->classify(c.id, {QStringLiteral("major")}, at("America/New_York", 2026, 11, 1, 20),
                           QStringLiteral("x"))
                .ok());
        const QDateTime newAware = at("America/New_York", 2026, 10, 31, 21);
        auto plan = c.svc->planAmendment(c.id, QStringLiteral("awareness"), newAware);
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
        QStringList moved;
        for (const ClockShift &s : plan->shifts) {
            moved << s.clockId;
            QCOMPARE(s.from.secsTo(s.to), qint64(-3600));
        }
        moved.sort();
        QCOMPARE(moved, QStringList({QStringLiteral("customer-personal"), QStringLiteral("customer-project"),
                                     QStringLiteral("dora-initial"), QStringLiteral("gdpr-art33"),
                                     QStringLiteral("nis2-early-warning"), QStringLiteral("nis2-notification")}));
        const qsizetype before = auditSize(c);
        QVERIFY(!c.svc->amendTrigger(c.id, QStringLiteral("awareness"), newAware, QStringLiteral(" ")).ok());
        QVERIFY(c.svc
                    ->amendTrigger(c.id, QStringLiteral("personal-data"), newAware,
                                   QStringLiteral("proxy logs show the exfiltration one hour earlier"))
                    .ok());
        QCOMPARE(auditSize(c), before + 1);
        QCOMPARE(c.store->incident(c.id)->awareAt, newAware);
        for (const Classification &cl : *c.svc->classifications(c.id))
            if (isAwarenessKind(cl.kind))
                QCOMPARE(cl.triggerAt, newAware);
        // 24 h across the fall-back night is 21:00 EST, i.e. 20:00 local on 1 Nov... in UTC exactly +24 h.
        QCOMPARE(c.svc->clock(c.id, QStringLiteral("customer-personal"))->deadline, newAware.addSecs(24 * 3600));
        QCOMPARE(c.svc->clock(c.id, QStringLiteral("gdpr-art33"))->deadline, newAware.addSecs(72 * 3600));
        QCOMPARE(c.svc->clock(c.id, QStringLiteral("nis2-early-warning"))->deadline, newAware.addSecs(24 * 3600));
        // DORA's outer limit (24 h after awareness) binds before 4 h after major.
        QCOMPARE(c.svc->clock(c.id, QStringLiteral("dora-initial"))->deadline, newAware.addSecs(24 * 3600));
        const AuditEntry last = c.store->auditLog(c.id)->last();
        QCOMPARE(last.action, QStringLiteral("clock.amend"));
        QCOMPARE(last.data.value(QStringLiteral("kind")).toString(), QStringLiteral("awareness"));
        QCOMPARE(last.data.value(QStringLiteral("deadlines")).toArray().size(), 6);
        QVERIFY(c.store->verifyAudit()->intact());
    }

    void amendmentThatMakesASentNoticeLateNeedsReasons()
    {
        ManualClock clock(utc(2026, 3, 30, 12));
        // Paris, the night clocks spring forward (29 Mar 2026).
        Case c = open(clock, {}, at("Europe/Paris", 2026, 3, 28, 10));
        QVERIFY(c.svc->classify(c.id, {QStringLiteral("personal-data")}, at("Europe/Paris", 2026, 3, 28, 10), {}).ok());
        // Customer notice sent 23 h after awareness: in time.
        QVERIFY(c.svc->recordNotice(notice(c.id, "customer-personal", utc(2026, 3, 29, 8))).ok());
        QCOMPARE(c.svc->clock(c.id, QStringLiteral("customer-personal"))->state, ClockStatus::State::Met);
        const QDateTime earlier = at("Europe/Paris", 2026, 3, 28, 6);
        auto plan = c.svc->planAmendment(c.id, QStringLiteral("awareness"), earlier);
        QVERIFY(plan.ok());
        QCOMPARE(plan->needReasons, QStringList{QStringLiteral("customer-personal")});
        const qsizetype before = auditSize(c);
        auto refused = c.svc->amendTrigger(c.id, QStringLiteral("awareness"), earlier, QStringLiteral("SIEM"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("customer-personal")),
                 qPrintable(refused.error().message));
        QCOMPARE(auditSize(c), before);
        QCOMPARE(c.store->incident(c.id)->awareAt, at("Europe/Paris", 2026, 3, 28, 10)); // nothing changed
        QVERIFY(c.svc
                    ->amendTrigger(c.id, QStringLiteral("awareness"), earlier, QStringLiteral("SIEM"),
                                   {{QStringLiteral("customer-personal"), QStringLiteral("awareness was misdated")}})
                    .ok());
        auto customer = c.svc->clock(c.id, QStringLiteral("customer-personal"));
        QCOMPARE(customer->state, ClockStatus::State::MetLate);
        QCOMPARE(customer->notices.first().delayReason, QStringLiteral("awareness was misdated"));
        // Awareness cannot move after a notice already sent.
        auto after =
            c.svc->amendTrigger(c.id, QStringLiteral("awareness"), utc(2026, 3, 29, 9), QStringLiteral("later"));
        QVERIFY(!after.ok());
        QCOMPARE(after.error().kind, Error::Kind::Conflict);
        QVERIFY(after.error().message.contains(QLatin1String("already sent")));
    }

    void supplementsCannotEraseLateness()
    {
        ManualClock clock(utc(2026, 11, 10, 12));
        Case c = open(clock, {}, at("Europe/Paris", 2026, 11, 1, 10));
        QVERIFY(c.svc->classify(c.id, {QStringLiteral("personal-data")}, at("Europe/Paris", 2026, 11, 1, 10), {}).ok());
        QVERIFY(c.svc
                    ->recordNotice(notice(c.id, "gdpr-art33", at("Europe/Paris", 2026, 11, 5, 10),
                                          QStringLiteral("forensics took 4 days")))
                    .ok());
        QCOMPARE(c.svc->clock(c.id, QStringLiteral("gdpr-art33"))->state, ClockStatus::State::MetLate);
        const qsizetype before = auditSize(c);
        auto early = c.svc->recordNotice(notice(c.id, "gdpr-art33", at("Europe/Paris", 2026, 11, 3, 10)));
        QVERIFY(!early.ok());
        QVERIFY2(early.error().message.contains(QLatin1String("before the initial notice")),
                 qPrintable(early.error().message));
        QVERIFY(!c.svc->recordNotice(notice(c.id, "gdpr-art33", at("Europe/Paris", 2026, 10, 30, 10))).ok());
        QCOMPARE(auditSize(c), before);
        QVERIFY(c.svc->recordNotice(notice(c.id, "gdpr-art33", at("Europe/Paris", 2026, 11, 6, 10))).ok());
        QCOMPARE(c.svc->clock(c.id, QStringLiteral("gdpr-art33"))->state, ClockStatus::State::MetLate);
    }

    void highRiskImpliesArt33AndTheCustomerNotice()
    {
        ManualClock clock(utc(2026, 6, 1, 12));
        Case c = open(clock);
        QStringList added;
        QVERIFY(
            c.svc->classify(c.id, {QStringLiteral("high-risk")}, utc(2026, 6, 1, 9), QStringLiteral("x"), &added).ok());
        QCOMPARE(added, QStringList({QStringLiteral("personal-data"), QStringLiteral("high-risk")}));
        QStringList ids;
        for (const ClockStatus &s : *c.svc->clocks(c.id))
            ids << s.rule.id;
        ids.sort();
        QCOMPARE(ids, QStringList({QStringLiteral("customer-personal"), QStringLiteral("gdpr-art33"),
                                   QStringLiteral("gdpr-art34")}));
        QCOMPARE(c.store->incident(c.id)->awareAt, utc(2026, 6, 1, 9));
        // Later high-risk finding on an incident already aware: awareness kept.
        Case d = open(clock, {}, utc(2026, 5, 30, 9));
        QVERIFY(d.svc->classify(d.id, {QStringLiteral("high-risk")}, utc(2026, 6, 1, 9), QStringLiteral("x")).ok());
        QCOMPARE(d.svc->clock(d.id, QStringLiteral("gdpr-art33"))->deadline, utc(2026, 6, 2, 9));
    }

    void implausibleInstantsAreRefused()
    {
        ManualClock clock(utc(2026, 12, 7, 12));
        Case c = open(clock, utc(2026, 12, 6, 9));
        for (const QDateTime &bad :
             {utc(1900, 1, 1, 0), QDateTime(QDate(1, 1, 1), QTime(0, 0), QTimeZone::utc()), utc(2030, 1, 1, 0)}) {
            auto r = c.svc->classify(c.id, {QStringLiteral("personal-data")}, bad, QStringLiteral("x"));
            QVERIFY2(!r.ok(), qPrintable(bad.toString(Qt::ISODate)));
            QCOMPARE(r.error().kind, Error::Kind::Usage);
        }
        // Awareness before detection needs a reason.
        auto noReason = c.svc->classify(c.id, {QStringLiteral("personal-data")}, utc(2026, 12, 6, 8), {});
        QVERIFY(!noReason.ok());
        QVERIFY2(noReason.error().message.contains(QLatin1String("before the detection")),
                 qPrintable(noReason.error().message));
        QVERIFY(c.svc
                    ->classify(c.id, {QStringLiteral("personal-data")}, utc(2026, 12, 6, 8),
                               QStringLiteral("the customer told us before our SIEM did"))
                    .ok());
        QVERIFY(c.svc->classifications(c.id)->size() == 1);
        QVERIFY(!c.svc->planAmendment(c.id, QStringLiteral("awareness"), utc(1999, 12, 31, 23)).ok());
    }

    void reclassifyingWithTheSameFactsWritesNothing()
    {
        ManualClock clock(utc(2027, 3, 29, 12));
        Case c = open(clock);
        QVERIFY(
            c.svc->classify(c.id, {QStringLiteral("personal-data")}, at("Europe/Paris", 2027, 3, 28, 1, 30), {}).ok());
        const qsizetype before = auditSize(c);
        QStringList added{QStringLiteral("sentinel")};
        QVERIFY(
            c.svc->classify(c.id, {QStringLiteral("personal-data")}, at("Europe/Paris", 2027, 3, 28, 1, 30), {}, &added)
                .ok());
        QVERIFY(added.isEmpty());
        QCOMPARE(auditSize(c), before);
    }

    void art34ExceptionsAreTheArticlesThree()
    {
        ManualClock clock(utc(2026, 6, 3, 12));
        Case c = open(clock);
        QVERIFY(c.svc->classify(c.id, {QStringLiteral("high-risk")}, utc(2026, 6, 1, 9), QStringLiteral("x")).ok());
        const qsizetype before = auditSize(c);
        auto freeText = c.svc->waive(c.id, QStringLiteral("gdpr-art34"), QStringLiteral("we think it is fine"),
                                     QStringLiteral("foo"));
        QVERIFY(!freeText.ok());
        QVERIFY2(freeText.error().message.contains(QLatin1String("unintelligible")) &&
                     freeText.error().message.contains(QLatin1String("disproportionate-effort")),
                 qPrintable(freeText.error().message));
        QVERIFY(!c.svc->waive(c.id, QStringLiteral("gdpr-art34"), QStringLiteral("x")).ok()); // none named
        auto noPublic = c.svc->waive(c.id, QStringLiteral("gdpr-art34"), QStringLiteral("200,000 former customers"),
                                     QStringLiteral("disproportionate-effort"));
        QVERIFY(!noPublic.ok());
        QVERIFY(noPublic.error().message.contains(QLatin1String("public communication")));
        QCOMPARE(auditSize(c), before);
        auto ok = c.svc->waive(c.id, QStringLiteral("gdpr-art34"), QStringLiteral("200,000 former customers"),
                               QStringLiteral("disproportionate-effort"),
                               QStringLiteral("notice on the home page and in Le Monde, 3 June"));
        QVERIFY2(ok.ok(), ok.ok() ? "" : qPrintable(ok.error().message));
        QCOMPARE(ok->exception, QStringLiteral("disproportionate-effort"));
        QVERIFY(ok->justification.contains(QLatin1String("Le Monde")));
        const AuditEntry last = c.store->auditLog(c.id)->last();
        QCOMPARE(last.data.value(QStringLiteral("public_communication")).toString(),
                 QStringLiteral("notice on the home page and in Le Monde, 3 June"));
        // Art. 33's one ground, named by key or by the Article's words.
        const ClockRule *art33 = m_rules.rule(QStringLiteral("gdpr-art33"));
        QVERIFY(c.svc
                    ->waive(c.id, QStringLiteral("gdpr-art33"), QStringLiteral("encrypted backup tape"),
                            art33->waiverOptions.first().text)
                    .ok());
        QCOMPARE(c.svc->clock(c.id, QStringLiteral("gdpr-art33"))->waiver->exception, QStringLiteral("unlikely-risk"));
        // A contract's grounds stay free text.
        QVERIFY(c.svc->waive(c.id, QStringLiteral("customer-personal"), QStringLiteral("only staff data")).ok());
    }

    void art34HasAnInternalTargetNotALegalDeadline()
    {
        ManualClock clock(utc(2026, 6, 1, 12));
        Case c = open(clock);
        QVERIFY(c.svc->classify(c.id, {QStringLiteral("high-risk")}, utc(2026, 6, 1, 9), QStringLiteral("x")).ok());
        auto art34 = c.svc->clock(c.id, QStringLiteral("gdpr-art34"));
        QCOMPARE(art34->state, ClockStatus::State::NoLimit);
        QVERIFY(!art34->deadline.isValid()); // still no legal deadline
        QCOMPARE(art34->target, utc(2026, 6, 4, 9));
        const QString why = explainDeadline(*art34, QTimeZone("Europe/Paris"), m_rules.calendars);
        QVERIFY2(why.contains(QLatin1String("without undue delay")) &&
                     why.contains(QLatin1String("not a legal deadline")),
                 qPrintable(why));
        // Alerted as a target: at 90 % of the 72 h, then when passed.
        clock.set(utc(2026, 6, 4, 2));
        QSet<QString> announced;
        QList<ClockAlert> alerts;
        for (const ClockAlert &a :
             dueAlerts(*c.svc->clocks(c.id), clock.nowUtc(), AlertThreshold::defaults(), announced))
            if (a.clockId == QLatin1String("gdpr-art34"))
                alerts << a;
        QCOMPARE(alerts.size(), 1);
        QVERIFY2(alerts.first().title.startsWith(QLatin1String("Target:")), qPrintable(alerts.first().title));
        QVERIFY(alerts.first().message.contains(QLatin1String("not a legal deadline")));
        clock.set(utc(2026, 6, 4, 10));
        bool passed = false;
        for (const ClockAlert &a : dueAlerts(*c.svc->clocks(c.id), clock.nowUtc(), AlertThreshold::defaults(), {}))
            passed = passed ||
                     (a.clockId == QLatin1String("gdpr-art34") && a.title.startsWith(QLatin1String("TARGET PASSED")));
        QVERIFY(passed);
    }

    void oneOffClosureDaysInHolidayCalendars()
    {
        const HolidayCalendar &cal = m_rules.calendars[QStringLiteral("us-federal")];
        QVERIFY(cal.holidayOn(QDate(2025, 1, 9)).contains(QLatin1String("Jimmy Carter")));
        QVERIFY(cal.holidayOn(QDate(2026, 1, 9)).isEmpty()); // once, not every year
        // Determined Wed 8 Jan 2025: Fri 10, Mon 13, Tue 14, Wed 15 (Thu 9 closed).
        const ClockRule *sec = m_rules.rule(QStringLiteral("sec-8k"));
        QCOMPARE(computeDeadline(sec->duration, at("America/New_York", 2025, 1, 8, 10), m_rules.calendars),
                 at("America/New_York", 2025, 1, 15, 17, 30));
        auto bad = ruleloader::parseCalendar(QStringLiteral("c.json"),
                                             R"({"calendar":"x","holidays":[{"name":"closure","date":"2025-02-30"}]})");
        QVERIFY(!bad.ok());
        auto good =
            ruleloader::parseCalendar(QStringLiteral("c.json"), R"({"calendar":"x","weekend":["saturday","sunday"],
                "holidays":[{"name":"Day of mourning","date":"2027-03-03"}]})");
        QVERIFY2(good.ok(), good.ok() ? "" : qPrintable(good.error().message));
        QVERIFY(!good->isBusinessDay(QDate(2027, 3, 3)));
    }

    // Point 11: an SEC Form 8-K Item 1.05(c) delay determined by the U.S.
    // Attorney General moves the deadline (30, then 30, then 60 days, the
    // last for national security only), is audited and explained; what the
    // rule does not allow is refused and records nothing.
    void secAttorneyGeneralDelay()
    {
        const char *ny = "America/New_York";
        ManualClock clock(at(ny, 2026, 12, 5, 12));
        Case c = open(clock, at(ny, 2026, 12, 1, 9), at(ny, 2026, 12, 1, 10));
        QVERIFY(c.svc
                    ->classify(c.id, {QStringLiteral("material"), QStringLiteral("personal-data")},
                               at(ny, 2026, 12, 1, 10), QStringLiteral("board"))
                    .ok());
        // Tue 1 Dec -> 4th business day Mon 7 Dec, 17:30 EST.
        const QDateTime due = at(ny, 2026, 12, 7, 17, 30);
        QCOMPARE(c.svc->clock(c.id, QStringLiteral("sec-8k"))->deadline, due);
        DelayRequest r;
        r.incidentId = c.id;
        r.clockId = QStringLiteral("sec-8k");
        r.days = 30;
        r.ground = QStringLiteral("national-security");
        r.determinedAt = at(ny, 2026, 12, 4, 12);
        r.agReference = QStringLiteral("DOJ-NSD-2026-117");
        r.reason = QStringLiteral("AG letter to the SEC: disclosure would tip off the intruder");
        const qsizetype auditBefore = auditSize(c);
        auto refusedWith = [&](DelayRequest bad, const char *words) {
            auto res = c.svc->recordDelay(bad);
            QVERIFY2(!res.ok(), words);
            QVERIFY2(res.error().message.contains(QLatin1String(words)), qPrintable(res.error().message));
        };
        DelayRequest bad = r;
        bad.clockId = QStringLiteral("gdpr-art33");
        refusedWith(bad, "gdpr-art33 is not an SEC Form 8-K clock");
        bad = r;
        bad.days = 31;
        refusedWith(bad, "at most 30 days from 2026-12-07 (until 2027-01-06); 31 days were given");
        bad = r;
        bad.days = 0;
        bad.until = at(ny, 2026, 12, 6, 12);
        refusedWith(bad, "would end 2026-12-06, before it starts: the sec-8k filing was otherwise due 2026-12-07");
        bad = r;
        bad.ground = QStringLiteral("public-health");
        refusedWith(bad, "national-security or public-safety");
        bad = r;
        bad.agReference.clear();
        refusedWith(bad, "Attorney General's determination by its reference");
        bad = r;
        bad.determinedAt = at(ny, 2026, 11, 30, 12);
        refusedWith(bad, "before the materiality determination");
        clock.set(at(ny, 2026, 12, 9, 12));
        bad = r;
        bad.determinedAt = at(ny, 2026, 12, 8, 9);
        refusedWith(bad, "a delay cannot revive a missed deadline");
        QCOMPARE(auditSize(c), auditBefore);
        QCOMPARE(c.svc->clock(c.id, QStringLiteral("sec-8k"))->state, ClockStatus::State::Overdue);

        // Initial period: 30 days from Mon 7 Dec -> Wed 6 Jan 2027, 17:30 EST.
        auto first = c.svc->recordDelay(r);
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        const QDateTime firstEnd = at(ny, 2027, 1, 6, 17, 30);
        QCOMPARE(first->to, firstEnd);
        QCOMPARE(first->from, due);
        ClockStatus sec = *c.svc->clock(c.id, QStringLiteral("sec-8k"));
        QCOMPARE(sec.deadline, firstEnd);
        QCOMPARE(sec.undelayedDeadline, due);
        QCOMPARE(sec.state, ClockStatus::State::Running); // overdue no longer
        QCOMPARE(sec.delays.size(), 1);
        QCOMPARE(sec.delays.first().startsAt, due);
        QCOMPARE(sec.delays.first().recordedBy, QStringLiteral("dpo"));
        // Other clocks do not move.
        QCOMPARE(c.svc->clock(c.id, QStringLiteral("gdpr-art33"))->deadline, at(ny, 2026, 12, 4, 10));
        const AuditEntry last = c.store->auditLog(c.id)->last();
        QCOMPARE(last.action, QStringLiteral("clock.delay"));
        QCOMPARE(last.data.value(QStringLiteral("ag_reference")).toString(), QStringLiteral("DOJ-NSD-2026-117"));
        QCOMPARE(last.data.value(QStringLiteral("deadline_before")).toString(), toIsoUtc(due));
        QCOMPARE(last.data.value(QStringLiteral("deadline_after")).toString(), toIsoUtc(firstEnd));
        QCOMPARE(last.data.value(QStringLiteral("days")).toInt(), 30);
        const QString why = explainDeadline(sec, QTimeZone("Europe/Paris"), m_rules.calendars);
        QVERIFY2(why.contains(QLatin1String("4th business day after the materiality determination Tue 2026-12-01 "
                                            "10:00 EST")) &&
                     why.contains(QLatin1String("delayed under Form 8-K Item 1.05(c) until Wed 2027-01-06 17:30 EST "
                                                "(= Wed 2027-01-06 23:30 CET): initial period, 30 days to Wed "
                                                "2027-01-06, Attorney General determination DOJ-NSD-2026-117")),
                 qPrintable(why));

        // Extension, given by its end (Fri 5 Feb 2027): 30 days from 6 Jan.
        clock.set(at(ny, 2027, 1, 6, 12));
        DelayRequest ext = r;
        ext.days = 0;
        ext.until = at(ny, 2027, 2, 6, 12);
        ext.determinedAt = at(ny, 2027, 1, 5, 15);
        refusedWith(ext, "the extension of Form 8-K Item 1.05(c) runs at most 30 days from 2027-01-06");
        ext.until = at(ny, 2027, 2, 5, 12);
        QVERIFY(c.svc->recordDelay(ext).ok());
        QCOMPARE(c.svc->clock(c.id, QStringLiteral("sec-8k"))->deadline, at(ny, 2027, 2, 5, 17, 30));
        // Final period: extraordinary circumstances, national security only; 60 days -> Tue 6 Apr.
        clock.set(at(ny, 2027, 2, 4, 12));
        DelayRequest fin = r;
        fin.days = 60;
        fin.determinedAt = at(ny, 2027, 2, 3, 15);
        fin.ground = QStringLiteral("public-safety");
        refusedWith(fin, "final period (extraordinary circumstances) of Form 8-K Item 1.05(c) is available only when "
                         "disclosure poses a substantial risk to national security");
        fin.ground = QStringLiteral("national-security");
        QVERIFY(c.svc->recordDelay(fin).ok());
        QCOMPARE(c.svc->clock(c.id, QStringLiteral("sec-8k"))->deadline, at(ny, 2027, 4, 6, 17, 30));
        // Beyond: an SEC exemptive order, not an Item 1.05(c) delay.
        clock.set(at(ny, 2027, 4, 5, 12));
        DelayRequest more = r;
        more.determinedAt = at(ny, 2027, 4, 5, 9);
        refusedWith(more, "only an SEC exemptive order can delay the filing");
        QCOMPARE(c.svc->clock(c.id, QStringLiteral("sec-8k"))->delays.size(), 3);

        // Once filed there is nothing to delay.
        QVERIFY(c.svc->recordNotice(notice(c.id, "sec-8k", at(ny, 2027, 4, 5, 10))).ok());
        QCOMPARE(c.svc->clock(c.id, QStringLiteral("sec-8k"))->state, ClockStatus::State::Met);
        QVERIFY(c.store->verifyAudit()->intact());
    }

    // A period ending on a weekend or holiday: EDGAR takes no filing then,
    // so the filing is due on the last business day before it.
    void secDelayEndingOnAHolidayWeekend()
    {
        const char *ny = "America/New_York";
        ManualClock clock(at(ny, 2026, 12, 5, 12));
        Case c = open(clock, at(ny, 2026, 12, 1, 9), at(ny, 2026, 12, 1, 10));
        QVERIFY(c.svc->classify(c.id, {QStringLiteral("material")}, at(ny, 2026, 12, 1, 10), QStringLiteral("b")).ok());
        DelayRequest r;
        r.incidentId = c.id;
        r.clockId = QStringLiteral("sec-8k");
        r.days = 26; // Mon 7 Dec + 26 = Sat 2 Jan 2027; Fri 1 Jan is New Year's Day
        r.ground = QStringLiteral("public-safety");
        r.determinedAt = at(ny, 2026, 12, 4, 12);
        r.agReference = QStringLiteral("AG-17");
        r.reason = QStringLiteral("grid operator still exposed");
        const qsizetype auditBefore = auditSize(c);
        auto planned = c.svc->planDelay(r);
        QVERIFY(planned.ok());
        QCOMPARE(planned->to, at(ny, 2026, 12, 31, 17, 30));
        QCOMPARE(auditSize(c), auditBefore); // a plan records nothing
        QVERIFY(c.svc->clock(c.id, QStringLiteral("sec-8k"))->delays.isEmpty());
        QVERIFY(c.svc->recordDelay(r).ok());
        const ClockStatus sec = *c.svc->clock(c.id, QStringLiteral("sec-8k"));
        QCOMPARE(sec.deadline, at(ny, 2026, 12, 31, 17, 30));
        QCOMPARE(sec.delays.first().endsAt, at(ny, 2027, 1, 2, 17, 30));
        const QString why = explainDeadline(sec, QTimeZone(ny), m_rules.calendars);
        QVERIFY2(why.contains(QLatin1String("until Thu 2026-12-31 17:30 EST, the last business day of the period: "
                                            "initial period, 26 days to Sat 2027-01-02")),
                 qPrintable(why));
    }

    void deadlinesExplainThemselves()
    {
        ManualClock clock(utc(2026, 11, 21, 12));
        Case c = open(clock, {}, at("Europe/Paris", 2026, 11, 20, 18));
        QVERIFY(c.svc
                    ->classify(c.id, {QStringLiteral("personal-data"), QStringLiteral("material")},
                               at("Europe/Paris", 2026, 11, 20, 18), QStringLiteral("x"))
                    .ok());
        QVERIFY(c.svc->classify(c.id, {QStringLiteral("major")}, at("Europe/Paris", 2026, 11, 21, 12), {}).ok());
        const QTimeZone paris("Europe/Paris");
        QCOMPARE(explainDeadline(*c.svc->clock(c.id, QStringLiteral("gdpr-art33")), paris, m_rules.calendars),
                 QStringLiteral("72 h after awareness Fri 2026-11-20 18:00 CET — GDPR Art. 33(1)"));
        const QString sec = explainDeadline(*c.svc->clock(c.id, QStringLiteral("sec-8k")), paris, m_rules.calendars);
        QVERIFY2(sec.contains(QLatin1String("4th business day after the materiality determination Fri 2026-11-20 "
                                            "12:00 EST")) &&
                     sec.contains(QLatin1String("Thanksgiving")) &&
                     sec.contains(QLatin1String("17:30 EDGAR cutoff: Fri 2026-11-27 17:30 EST (= Fri 2026-11-27 "
                                                "23:30 CET)")),
                 qPrintable(sec));
        // DORA: classified major 18 h after awareness; 4 h would be 22 h, so the 4 h binds.
        const QString dora = explainDeadline(*c.svc->clock(c.id, QStringLiteral("dora-initial")), paris, {});
        QVERIFY2(dora.startsWith(QLatin1String("4 h after classification as major")) &&
                     dora.contains(QLatin1String("binds")),
                 qPrintable(dora));
    }
};

QTEST_GUILESS_MAIN(TestClockLaw)
#include "tst_clock_law.moc"
