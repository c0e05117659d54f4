// Notification clocks: deadline arithmetic (DST, month ends, leap days,
// business days over US federal holidays), the service's rules (late
// notices, amendments, waivers, phased notices) and restart survival.

#include "model/CaseStore.h"
#include "model/JsonValidator.h"
#include "model/clocks/AlertPolicy.h"
#include "model/clocks/ClockService.h"
#include "model/clocks/Deadline.h"
#include "model/clocks/NoticeDraft.h"
#include "support/PgTestSupport.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace firebreak;
using namespace firebreak::test;

namespace {
QDateTime utc(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
}
QDateTime local(const char *zone, int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone(zone));
}
} // namespace

class TestClocks : public QObject {
    Q_OBJECT

    ClockRuleSet m_rules = ruleloader::load();
    QTemporaryDir m_dir;

    const ClockRule &rule(const char *id)
    {
        const ClockRule *r = m_rules.rule(QLatin1String(id));
        Q_ASSERT(r);
        return *r;
    }
    QDateTime deadline(const char *id, const QDateTime &trigger)
    {
        return computeDeadline(rule(id).duration, trigger.toUTC(), m_rules.calendars);
    }

private slots:
    void shippedRulesLoadCleanly()
    {
        QVERIFY2(m_rules.problems.isEmpty(), qPrintable(m_rules.problems.join(QLatin1Char('\n'))));
        for (const char *id :
             {"customer-personal", "customer-project", "gdpr-art33", "gdpr-art34", "nis2-early-warning",
              "nis2-notification", "nis2-final", "dora-initial", "dora-intermediate", "dora-final", "sec-8k"})
            QVERIFY2(m_rules.rule(QLatin1String(id)), id);
        QVERIFY(m_rules.calendars.contains(QStringLiteral("us-federal")));
        QCOMPARE(rule("gdpr-art33").contents.size(), 4);
    }

    void hoursAreAbsoluteAcrossDst()
    {
        // Paris springs forward on 29 March 2026: 72 h later is 11:00 local, not 10:00.
        const QDateTime aware = local("Europe/Paris", 2026, 3, 28, 10);
        const QDateTime due = deadline("gdpr-art33", aware);
        QCOMPARE(due, utc(2026, 3, 31, 9));
        QCOMPARE(due.toTimeZone(QTimeZone("Europe/Paris")).time(), QTime(11, 0));
        // New York falls back on 1 November 2026: 24 h later is 11:00 EST.
        const QDateTime nyAware = local("America/New_York", 2026, 10, 31, 12);
        const QDateTime nyDue = deadline("customer-personal", nyAware);
        QCOMPARE(nyDue, utc(2026, 11, 1, 16));
        QCOMPARE(nyDue.toTimeZone(QTimeZone("America/New_York")).time(), QTime(11, 0));
        // Nights and weekends count: Friday 18:00 + 72 h is Monday 18:00.
        QCOMPARE(deadline("gdpr-art33", utc(2026, 11, 20, 18)), utc(2026, 11, 23, 18));
    }

    void monthsClampToMonthEnd()
    {
        QCOMPARE(deadline("nis2-final", utc(2026, 1, 31, 10)), utc(2026, 2, 28, 10));
        QCOMPARE(deadline("nis2-final", utc(2028, 1, 31, 10)), utc(2028, 2, 29, 10)); // leap year
        QCOMPARE(deadline("nis2-final", utc(2026, 12, 15, 23, 30)), utc(2027, 1, 15, 23, 30));
        QCOMPARE(deadline("dora-final", utc(2026, 3, 31, 8)), utc(2026, 4, 30, 8));
    }

    void usFederalHolidaysFollowOpm()
    {
        const HolidayCalendar &cal = m_rules.calendars[QStringLiteral("us-federal")];
        // 2026 federal holidays as published by OPM.
        for (const QDate &d : {QDate(2026, 1, 1), QDate(2026, 1, 19), QDate(2026, 2, 16), QDate(2026, 5, 25),
                               QDate(2026, 6, 19), QDate(2026, 7, 3), QDate(2026, 9, 7), QDate(2026, 10, 12),
                               QDate(2026, 11, 11), QDate(2026, 11, 26), QDate(2026, 12, 25)})
            QVERIFY2(!cal.holidayOn(d).isEmpty(), qPrintable(d.toString(Qt::ISODate)));
        QVERIFY(cal.isBusinessDay(QDate(2026, 7, 6)));
        QVERIFY(!cal.isBusinessDay(QDate(2026, 11, 28)));                               // Saturday
        QCOMPARE(cal.holidayOn(QDate(2027, 12, 31)), QStringLiteral("New Year's Day")); // 1 Jan 2028 is a Saturday
        QVERIFY(cal.holidayOn(QDate(2020, 6, 19)).isEmpty());                           // Juneteenth since 2021
    }

    void secBusinessDaysSkipHolidays()
    {
        // Determined Wednesday before Thanksgiving: Fri, Mon, Tue, Wed -> 2 Dec 17:30 EST.
        QCOMPARE(deadline("sec-8k", local("America/New_York", 2026, 11, 25, 10)),
                 local("America/New_York", 2026, 12, 2, 17, 30).toUTC());
        // Independence Day 2026 falls on a Saturday, observed Friday 3 July.
        QCOMPARE(deadline("sec-8k", local("America/New_York", 2026, 7, 1, 9)),
                 local("America/New_York", 2026, 7, 8, 17, 30).toUTC());
        // The business day is the New York date: 23:30 ET Friday is still Friday.
        QCOMPARE(deadline("sec-8k", local("America/New_York", 2026, 3, 6, 23, 30)),
                 local("America/New_York", 2026, 3, 12, 17, 30).toUTC());
    }

    void serviceStartsAndEndsClocks()
    {
        const QString path = storeSpec(m_dir, QStringLiteral("service.sqlite"));
        QVERIFY(!path.isEmpty());
        ManualClock clock(utc(2026, 11, 23, 2));
        QString id;
        QDateTime art33Deadline;
        {
            auto store = CaseStore::open(path, clock, QStringLiteral("dpo"));
            QVERIFY(store.ok());
            id = (*store)->createIncident({QStringLiteral("HR share exposed"), {}, Severity::High, {}, {}, {}, {}})->id;
            ClockService svc(**store, m_rules);
            QVERIFY(!svc.classify(id, {QStringLiteral("personal-data")}, clock.nowUtc().addDays(1), {}).ok()); // future
            QVERIFY(!svc.classify(id, {QStringLiteral("radioactive")}, clock.nowUtc(), {}).ok());
            QVERIFY(svc.classify(id, {QStringLiteral("personal-data")}, utc(2026, 11, 23, 1, 30),
                                 QStringLiteral("payroll export confirmed in attacker's staging dir"))
                        .ok());
            auto cs = svc.clocks(id);
            QVERIFY(cs.ok());
            QCOMPARE(cs->size(), 2);
            QCOMPARE(cs->at(0).rule.id, QStringLiteral("customer-personal")); // most urgent first
            QCOMPARE(cs->at(0).deadline, utc(2026, 11, 24, 1, 30));
            QCOMPARE(cs->at(1).rule.id, QStringLiteral("gdpr-art33"));
            art33Deadline = cs->at(1).deadline;
            QCOMPARE(art33Deadline, utc(2026, 11, 26, 1, 30));
            QCOMPARE(cs->at(1).state, ClockStatus::State::Running);
            QCOMPARE((*store)->incident(id)->awareAt, utc(2026, 11, 23, 1, 30)); // awareness recorded
        }
        // Restart: a new store and service on the same file see the same clocks.
        clock.set(utc(2026, 11, 26, 3));
        auto store = CaseStore::open(path, clock, QStringLiteral("dpo"));
        QVERIFY(store.ok());
        ClockService svc(**store, m_rules);
        auto art33 = svc.clock(id, QStringLiteral("gdpr-art33"));
        QVERIFY(art33.ok());
        QCOMPARE(art33->deadline, art33Deadline);
        QCOMPARE(art33->state, ClockStatus::State::Overdue);
        QCOMPARE(art33->fractionLeft(clock.nowUtc()), 0.0);
        QCOMPARE(svc.openClocks()->size(), 2);

        // A late notice needs the reasons for the delay.
        Notice n;
        n.incidentId = id;
        n.clockId = QStringLiteral("gdpr-art33");
        n.sentAt = utc(2026, 11, 26, 2, 45);
        n.recipient = QStringLiteral("CNIL");
        n.channel = QStringLiteral("CNIL online form");
        n.reference = QStringLiteral("CNIL-2026-1234");
        const qsizetype auditBefore = (*store)->auditLog()->size();
        auto refused = svc.recordNotice(n);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("reasons for the delay")),
                 qPrintable(refused.error().message));
        QCOMPARE((*store)->auditLog()->size(), auditBefore);
        QCOMPARE(svc.clock(id, QStringLiteral("gdpr-art33"))->state, ClockStatus::State::Overdue);
        n.delayReason = QStringLiteral("Scope of exported records only established on 26 Nov");
        auto sent = svc.recordNotice(n);
        QVERIFY(sent.ok());
        QCOMPARE(sent->phase, QStringLiteral("initial"));
        QCOMPARE(svc.clock(id, QStringLiteral("gdpr-art33"))->state, ClockStatus::State::MetLate);

        // Phased notice: the next one is a supplement and does not reopen the clock.
        n.sentAt = utc(2026, 11, 26, 2, 55);
        n.delayReason.clear();
        QCOMPARE(svc.recordNotice(n)->phase, QStringLiteral("supplement"));
        QCOMPARE(svc.clock(id, QStringLiteral("gdpr-art33"))->notices.size(), 2);

        // A waiver needs a justification, then ends the clock.
        QVERIFY(!svc.waive(id, QStringLiteral("customer-personal"), QStringLiteral(" ")).ok());
        QVERIFY(
            svc.waive(id, QStringLiteral("customer-personal"), QStringLiteral("only employee data; no customer data"))
                .ok());
        QCOMPARE(svc.clock(id, QStringLiteral("customer-personal"))->state, ClockStatus::State::Waived);
        QCOMPARE(svc.openClocks()->size(), 0);

        auto log = (*store)->auditLog(id);
        QStringList actions;
        for (const AuditEntry &e : *log)
            actions << e.action;
        QCOMPARE(actions, QStringList({QStringLiteral("incident.create"), QStringLiteral("clock.classify"),
                                       QStringLiteral("clock.notice"), QStringLiteral("clock.notice"),
                                       QStringLiteral("clock.waive")}));
        QVERIFY((*store)->verifyAudit()->intact());
    }

    void amendingTheTriggerMovesDeadlinesAndIsAudited()
    {
        ManualClock clock(utc(2026, 6, 10, 12));
        auto store = CaseStore::open(storeSpec(m_dir, QStringLiteral("amend.sqlite")), clock, QStringLiteral("ic"));
        QVERIFY(store.ok());
        const QString id = (*store)->createIncident({QStringLiteral("x"), {}, Severity::Low, {}, {}, {}, {}})->id;
        ClockService svc(**store, m_rules);
        QVERIFY(svc.classify(id, {QStringLiteral("project-data")}, utc(2026, 6, 10, 9), {}).ok());
        QCOMPARE(svc.clock(id, QStringLiteral("customer-project"))->deadline, utc(2026, 6, 13, 9));
        // Classifying again with another instant is not a silent change.
        auto again = svc.classify(id, {QStringLiteral("project-data")}, utc(2026, 6, 10, 8), {});
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, Error::Kind::Conflict);
        QVERIFY(!svc.amendTrigger(id, QStringLiteral("project-data"), utc(2026, 6, 10, 7), QString()).ok());
        QVERIFY(svc.amendTrigger(id, QStringLiteral("project-data"), utc(2026, 6, 10, 7),
                                 QStringLiteral("firewall logs show the exfiltration was seen at 07:00"))
                    .ok());
        QCOMPARE(svc.clock(id, QStringLiteral("customer-project"))->deadline, utc(2026, 6, 13, 7));
        const AuditEntry last = (*store)->auditLog(id)->last();
        QCOMPARE(last.action, QStringLiteral("clock.amend"));
        QCOMPARE(last.data.value(QStringLiteral("from")).toString(), toIsoUtc(utc(2026, 6, 10, 9)));
        QCOMPARE(last.data.value(QStringLiteral("to")).toString(), toIsoUtc(utc(2026, 6, 10, 7)));
        QVERIFY(last.data.value(QStringLiteral("reason")).toString().contains(QLatin1String("firewall")));
    }

    void followOnClocksWaitForTheirNotice()
    {
        ManualClock clock(utc(2026, 1, 2, 0));
        auto store = CaseStore::open(storeSpec(m_dir, QStringLiteral("nis2.sqlite")), clock, QStringLiteral("ic"));
        QVERIFY(store.ok());
        const QString id = (*store)->createIncident({QStringLiteral("x"), {}, Severity::High, {}, {}, {}, {}})->id;
        ClockService svc(**store, m_rules);
        QVERIFY(svc.classify(id, {QStringLiteral("significant")}, utc(2026, 1, 1, 9), {}).ok());
        QCOMPARE(svc.clock(id, QStringLiteral("nis2-early-warning"))->deadline, utc(2026, 1, 2, 9));
        QCOMPARE(svc.clock(id, QStringLiteral("nis2-notification"))->deadline, utc(2026, 1, 4, 9));
        auto final0 = svc.clock(id, QStringLiteral("nis2-final"));
        QCOMPARE(final0->state, ClockStatus::State::Waiting);
        QCOMPARE(final0->waitingFor, QStringLiteral("nis2-notification"));
        Notice early;
        early.incidentId = id;
        early.clockId = QStringLiteral("nis2-final");
        early.sentAt = clock.nowUtc();
        early.recipient = QStringLiteral("CERT-FR");
        QVERIFY(!svc.recordNotice(early).ok()); // cannot satisfy a clock that has not started

        clock.set(utc(2026, 1, 31, 12));
        Notice n;
        n.incidentId = id;
        n.clockId = QStringLiteral("nis2-notification");
        n.sentAt = utc(2026, 1, 3, 16);
        n.recipient = QStringLiteral("CERT-FR");
        QVERIFY(svc.recordNotice(n).ok());
        auto final1 = svc.clock(id, QStringLiteral("nis2-final"));
        QCOMPARE(final1->state, ClockStatus::State::Running);
        QCOMPARE(final1->deadline, utc(2026, 2, 3, 16));
    }

    void doraInitialHasTwoLimits()
    {
        ManualClock clock(utc(2026, 5, 2, 12));
        auto store = CaseStore::open(storeSpec(m_dir, QStringLiteral("dora.sqlite")), clock, QStringLiteral("ic"));
        QVERIFY(store.ok());
        NewIncident spec{
            QStringLiteral("core banking outage"), {}, Severity::Critical, {}, {}, utc(2026, 5, 1, 10), {}};
        const QString id = (*store)->createIncident(spec)->id;
        ClockService svc(**store, m_rules);
        // Classified major 22 h after awareness: 4 h later would be 26 h, the 24 h limit wins.
        QVERIFY(svc.classify(id, {QStringLiteral("major")}, utc(2026, 5, 2, 8), {}).ok());
        QCOMPARE(svc.clock(id, QStringLiteral("dora-initial"))->deadline, utc(2026, 5, 2, 10));
        QCOMPARE((*store)->incident(id)->awareAt, utc(2026, 5, 1, 10)); // not overwritten
    }

    void timeLeftWording()
    {
        QCOMPARE(formatTimeLeft(41 * 3600 + 12 * 60 + 30), QStringLiteral("41 h 12 m"));
        QCOMPARE(formatTimeLeft(3 * 86400 + 5 * 3600), QStringLiteral("3 d 5 h"));
        QCOMPARE(formatTimeLeft(-(3 * 3600 + 5 * 60)), QStringLiteral("overdue by 3 h 05 m"));
        QCOMPARE(formatTimeLeft(59 * 60), QStringLiteral("59 m"));
    }

    void alertThresholdsFireOncePerClock()
    {
        QCOMPARE(AlertThreshold::parse(QStringLiteral("75%"))->value, 75);
        QCOMPARE(AlertThreshold::parse(QStringLiteral("1h"))->value, 3600);
        QCOMPARE(AlertThreshold::parse(QStringLiteral("30m"))->key(), QStringLiteral("30m"));
        QVERIFY(!AlertThreshold::parse(QStringLiteral("150%")));
        QVERIFY(!AlertThreshold::parse(QStringLiteral("soon")));

        ManualClock clock(utc(2026, 11, 23, 0));
        auto store = CaseStore::open(storeSpec(m_dir, QStringLiteral("alerts.sqlite")), clock, QStringLiteral("ic"));
        QVERIFY(store.ok());
        const QString id = (*store)->createIncident({QStringLiteral("x"), {}, Severity::High, {}, {}, {}, {}})->id;
        ClockService svc(**store, m_rules);
        QVERIFY(svc.classify(id, {QStringLiteral("project-data")}, utc(2026, 11, 23, 0), {}).ok()); // 72 h
        const auto thresholds = AlertThreshold::defaults();
        QSet<QString> announced;
        auto at = [&](int hours, int minutes = 0) {
            clock.set(utc(2026, 11, 23, 0).addSecs(hours * 3600 + minutes * 60));
            QStringList superseded;
            auto alerts = dueAlerts(*svc.clocks(id), clock.nowUtc(), thresholds, announced, &superseded);
            for (const ClockAlert &a : alerts)
                announced.insert(a.id);
            for (const QString &s : superseded)
                announced.insert(s);
            return alerts;
        };
        QVERIFY(at(35).isEmpty());
        auto half = at(37);
        QCOMPARE(half.size(), 1);
        QCOMPARE(half.first().threshold.key(), QStringLiteral("50%"));
        QVERIFY(at(40).isEmpty()); // already announced
        // The app was closed from 40 h to 71 h 30: one alert, the most severe.
        auto wake = at(71, 30);
        QCOMPARE(wake.size(), 1);
        QCOMPARE(wake.first().threshold.key(), QStringLiteral("1h"));
        QVERIFY(wake.first().message.contains(QLatin1String("30 m left")));
        auto late = at(72, 1);
        QCOMPARE(late.size(), 1);
        QVERIFY(late.first().overdue);
        QVERIFY(late.first().title.startsWith(QLatin1String("OVERDUE")));
        QVERIFY(at(80).isEmpty());
    }

    void noticeDraftIsPrefilledAndFlagsGaps()
    {
        ManualClock clock(utc(2026, 11, 23, 8));
        auto store = CaseStore::open(storeSpec(m_dir, QStringLiteral("draft.sqlite")), clock, QStringLiteral("dpo"));
        QVERIFY(store.ok());
        const QString id =
            (*store)
                ->createIncident(
                    {QStringLiteral("HR share exposed"), {}, Severity::High, QStringLiteral("Ada"), {}, {}, {}})
                ->id;
        ClockService svc(**store, m_rules);
        QVERIFY(svc.classify(id, {QStringLiteral("personal-data")}, utc(2026, 11, 23, 7), {}).ok());
        BreachDetails b;
        b.incidentId = id;
        b.nature = QStringLiteral("Payroll export copied from the HR share");
        b.subjectCategories = QStringLiteral("employees");
        b.subjectCount = QStringLiteral("about 1,200");
        b.recordCategories = QStringLiteral("payroll records");
        b.recordCount = QStringLiteral("14,000");
        b.contactPoint = QStringLiteral("dpo@example.org");
        QVERIFY(svc.saveBreachDetails(b).ok());
        QCOMPARE((*store)->auditLog(id)->last().action, QStringLiteral("breach.update"));
        QCOMPARE(svc.breachDetails(id)->recordCount, QStringLiteral("14,000"));

        NoticeDraft d = draftNotice(*svc.clock(id, QStringLiteral("gdpr-art33")), *(*store)->incident(id),
                                    *svc.breachDetails(id), clock.nowUtc());
        QVERIFY(d.subject.contains(id));
        QVERIFY(d.body.contains(QLatin1String("(b) Name and contact details of the DPO")));
        QVERIFY(d.body.contains(QLatin1String("employees (approximate number: about 1,200)")));
        QVERIFY(d.body.contains(QLatin1String("payroll records (approximate number: 14,000)")));
        QCOMPARE(d.missing,
                 QStringList({QStringLiteral("likely consequences"), QStringLiteral("measures taken or proposed")}));
        QVERIFY(!d.body.contains(QLatin1String("Reasons for the delay")));

        clock.set(utc(2026, 11, 26, 8)); // past the 72 h
        d = draftNotice(*svc.clock(id, QStringLiteral("gdpr-art33")), *(*store)->incident(id), *svc.breachDetails(id),
                        clock.nowUtc());
        QVERIFY(d.body.contains(QLatin1String("Reasons for the delay")));
        QVERIFY(d.missing.contains(QStringLiteral("reasons for the delay")));
    }

    void malformedRuleFilesAreRejectedWithFileAndLine()
    {
        const QByteArray typo =
            "{\n  \"regime\": \"X\",\n  \"clocks\": [\n    {\n      \"id\": \"x-one\",\n"
            "      \"title\": \"t\", \"recipient\": \"r\",\n"
            "      \"trigger\": {\"kind\": \"classification\", \"classification\": \"personal-data\"},\n"
            "      \"duration\": {\"hourz\": 5}\n    }\n  ]\n}\n";
        auto r = ruleloader::parseRules(QStringLiteral("bad.json"), typo);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.startsWith(QLatin1String("bad.json:5: clocks[0].duration")),
                 qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QLatin1String("hourz")));

        auto syntax = ruleloader::parseRules(QStringLiteral("broken.json"), "{\n \"regime\": \"X\",\n \"clocks\": [\n");
        QVERIFY(!syntax.ok());
        QVERIFY2(syntax.error().message.startsWith(QLatin1String("broken.json:")), qPrintable(syntax.error().message));
        QVERIFY(syntax.error().message.contains(QLatin1String("not valid JSON")));

        // In a user folder, the bad file is reported and skipped; good ones load.
        QTemporaryDir user;
        QFile bad(QDir(user.path()).filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(typo);
        bad.close();
        QFile good(QDir(user.path()).filePath(QStringLiteral("local.json")));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write("{\"regime\":\"Local law\",\"clocks\":[{\"id\":\"local-48h\",\"title\":\"Local notice\","
                   "\"recipient\":\"regulator\",\"trigger\":{\"kind\":\"classification\",\"classification\":"
                   "\"personal-data\"},\"duration\":{\"hours\":48}}]}");
        good.close();
        const ClockRuleSet set = ruleloader::load({user.path()});
        QVERIFY(set.rule(QStringLiteral("local-48h")));
        QVERIFY(set.rule(QStringLiteral("gdpr-art33")));
        QCOMPARE(set.problems.size(), 1);
        QVERIFY(set.problems.first().contains(QLatin1String("bad.json")));
    }

    void hostileRuleFilesAreRefused()
    {
        // Amounts that would hang or overflow a deadline.
        auto rule = [](const QByteArray &duration) {
            return QByteArray("{\"regime\":\"X\",\"clocks\":[{\"id\":\"x\",\"title\":\"X\",\"recipient\":\"r\","
                              "\"trigger\":{\"kind\":\"classification\",\"classification\":\"personal-data\"},"
                              "\"duration\":") +
                   duration + "}]}";
        };
        const auto huge = ruleloader::parseRules(
            QStringLiteral("huge.json"),
            rule("{\"business_days\":2147483647,\"calendar\":\"us-federal\",\"zone\":\"America/New_York\"}"));
        QVERIFY(!huge.ok());
        QVERIFY2(huge.error().message.contains(QLatin1String("huge.json:")) &&
                     huge.error().message.contains(QLatin1String("business_days: must be a whole number from 1 to")),
                 qPrintable(huge.error().message));
        QVERIFY(!ruleloader::parseRules(QStringLiteral("m.json"), rule("{\"months\":2000000000}")).ok());
        QVERIFY(ruleloader::parseRules(QStringLiteral("ok.json"), rule("{\"hours\":72}")).ok());

        // A week with no working day: counting business days would never end.
        const auto allWeekend = ruleloader::parseCalendar(
            QStringLiteral("never.json"), "{\"calendar\":\"never\",\"weekend\":[\"monday\",\"tuesday\",\"wednesday\","
                                          "\"thursday\",\"friday\",\"saturday\",\"sunday\"]}");
        QVERIFY(!allWeekend.ok());
        QVERIFY2(allWeekend.error().message.contains(QLatin1String("never.json:1: weekend: must leave at least one")),
                 qPrintable(allWeekend.error().message));

        // Holidays on every remaining working day: no deadline, not a hang.
        QByteArray mondays = "{\"calendar\":\"mondays\",\"weekend\":[\"tuesday\",\"wednesday\",\"thursday\","
                             "\"friday\",\"saturday\",\"sunday\"],\"holidays\":[";
        for (int m = 1; m <= 12; ++m)
            for (int nth = 1; nth <= 5; ++nth)
                mondays += QStringLiteral("{\"name\":\"h\",\"month\":%1,\"weekday\":\"monday\",\"nth\":%2},")
                               .arg(m)
                               .arg(nth)
                               .toUtf8();
        mondays.chop(1);
        mondays += "]}";
        const auto cal = ruleloader::parseCalendar(QStringLiteral("mondays.json"), mondays);
        QVERIFY2(cal.ok(), qPrintable(cal.ok() ? QString() : cal.error().message));
        QVERIFY(!cal->addBusinessDays(QDate(2026, 3, 2), 1).isValid());
        ClockDuration d;
        d.kind = ClockDuration::Kind::BusinessDays;
        d.amount = 1;
        d.calendar = QStringLiteral("mondays");
        d.cutoff = QStringLiteral("17:00");
        d.zone = QStringLiteral("Europe/Paris");
        QVERIFY(!computeDeadline(d, QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc()), {{cal->name, *cal}})
                     .isValid());

        // Empty and oversized rule files in a user folder: named, skipped, the others load.
        QTemporaryDir user;
        QFile empty(QDir(user.path()).filePath(QStringLiteral("empty.json")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QFile big(QDir(user.path()).filePath(QStringLiteral("big.json")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.write(rule("{\"hours\":48}") + QByteArray(kMaxDataFileBytes, '\n')) > kMaxDataFileBytes);
        big.close();
        const ClockRuleSet set = ruleloader::load({user.path()});
        QCOMPARE(set.problems.size(), 2);
        QVERIFY2(set.problems.at(0).contains(QLatin1String("big.json: the file is")), qPrintable(set.problems.at(0)));
        QVERIFY2(set.problems.at(1).contains(QLatin1String("empty.json: the file is empty")),
                 qPrintable(set.problems.at(1)));
        QVERIFY(set.rule(QStringLiteral("gdpr-art33")));
    }
};

QTEST_GUILESS_MAIN(TestClocks)
#include "tst_clocks.moc"
