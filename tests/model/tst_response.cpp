// Guided response: playbooks, steps, phase records, contacts, timeline
// and the closure rules, on a real case file with a moved clock.

#include "model/CaseStore.h"
#include "model/JsonValidator.h"
#include "model/clocks/ClockService.h"
#include "model/response/ResponseService.h"
#include "support/PgTestSupport.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace firebreak;
using namespace firebreak::test;

class TestResponse : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(3, 0), QTimeZone::utc())};
    PlaybookSet m_books = playbooks::load();
    ClockRuleSet m_rules = ruleloader::load();

    struct Fixture {
        std::unique_ptr<CaseStore> store;
        std::unique_ptr<ClockService> clocks;
        std::unique_ptr<ResponseService> response;
        QString id;
    };
    Fixture make(const QString &name, const QString &playbook)
    {
        Fixture f;
        auto store = CaseStore::open(storeSpec(m_dir, name), m_clock, QStringLiteral("ic"));
        if (!store)
            return f;
        f.store = std::move(store).value();
        f.clocks = std::make_unique<ClockService>(*f.store, m_rules);
        f.response = std::make_unique<ResponseService>(*f.store, f.clocks.get());
        NewIncident spec{
            QStringLiteral("Ransomware on fs01"), {}, Severity::Critical, QStringLiteral("Ada"), {}, {}, playbook};
        f.id = f.store->createIncident(spec, m_books.find(playbook)->steps)->id;
        return f;
    }

private slots:
    void shippedPlaybooksLoad()
    {
        QVERIFY2(m_books.problems.isEmpty(), qPrintable(m_books.problems.join(QLatin1Char('\n'))));
        for (const char *id :
             {"generic", "personal-data-breach", "ransomware", "compromised-credentials", "lost-device"}) {
            const Playbook *p = m_books.find(QLatin1String(id));
            QVERIFY2(p, id);
            for (Phase ph : allPhases())
                QVERIFY2(
                    std::any_of(p->steps.begin(), p->steps.end(), [&](const StepTemplate &s) { return s.phase == ph; }),
                    qPrintable(QStringLiteral("%1 has no %2 step").arg(QLatin1String(id), phaseKey(ph))));
        }
    }

    void malformedPlaybookIsRejectedOthersLoad()
    {
        QTemporaryDir user;
        QFile bad(QDir(user.path()).filePath(QStringLiteral("broken.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\n  \"id\": \"broken\",\n  \"title\": \"Broken\",\n  \"phases\": {\n    \"isolate\": [\n"
                  "      { \"id\": \"cut\", \"title\": \"Cut\", \"mandatory\": \"yes\" }\n    ]\n  }\n}\n");
        bad.close();
        QFile syntax(QDir(user.path()).filePath(QStringLiteral("syntax.json")));
        QVERIFY(syntax.open(QIODevice::WriteOnly));
        syntax.write("{\n  \"id\": \"x\",\n  \"title\": \"X\"\n  \"phases\": {}\n}\n");
        syntax.close();
        const PlaybookSet set = playbooks::load({user.path()});
        QCOMPARE(set.problems.size(), 2);
        QVERIFY2(set.problems.at(0).contains(
                     QLatin1String("broken.json:6: phases.isolate[0].mandatory: must be true or false")),
                 qPrintable(set.problems.at(0)));
        QVERIFY2(set.problems.at(1).contains(QLatin1String("syntax.json:4: not valid JSON")),
                 qPrintable(set.problems.at(1)));
        QVERIFY(set.find(QStringLiteral("ransomware")));
    }

    void emptyAndOversizedPlaybooksAreRefusedOthersLoad()
    {
        QTemporaryDir user;
        QFile shipped(QStringLiteral(":/playbooks/lost-device.json"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QByteArray good = shipped.readAll();
        good.replace("\"lost-device\"", "\"site-lost-device\"");
        auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile f(QDir(user.path()).filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(bytes), bytes.size());
        };
        write(QStringLiteral("empty.json"), {});
        // A valid playbook padded past the limit: refused for its size alone.
        write(QStringLiteral("huge.json"), good + QByteArray(kMaxDataFileBytes, ' '));
        write(QStringLiteral("site.json"), good);
        const PlaybookSet set = playbooks::load({user.path()});
        QCOMPARE(set.problems.size(), 2);
        QVERIFY2(set.problems.at(0).contains(QLatin1String("empty.json: the file is empty")),
                 qPrintable(set.problems.at(0)));
        QVERIFY2(set.problems.at(1).contains(QLatin1String("huge.json: the file is")) &&
                     set.problems.at(1).contains(QLatin1String("more than the 1048576 bytes allowed")),
                 qPrintable(set.problems.at(1)));
        QVERIFY(set.find(QStringLiteral("site-lost-device")));
        QVERIFY(set.find(QStringLiteral("ransomware")));
    }

    void dataFilesAreReadBounded()
    {
        // A device that never ends: refused after limit + 1 bytes, not read to exhaustion.
        const Result<QByteArray> zero = readDataFile(QStringLiteral("/dev/zero"), 4096);
        QVERIFY(!zero.ok());
        QVERIFY2(zero.error().message.contains(QLatin1String("/dev/zero: more than the 4096 bytes allowed")),
                 qPrintable(zero.error().message));
        const Result<QByteArray> missing = readDataFile(QStringLiteral("/nonexistent/x.json"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.startsWith(QLatin1String("/nonexistent/x.json: cannot read")));
    }

    void stepsAreCopiedAndChangesAudited()
    {
        Fixture f = make(QStringLiteral("steps.sqlite"), QStringLiteral("ransomware"));
        QVERIFY(f.response);
        auto steps = f.response->steps(f.id);
        QVERIFY(steps.ok());
        QCOMPARE(steps->size(), m_books.find(QStringLiteral("ransomware"))->steps.size());
        QCOMPARE(steps->first().phase, Phase::Triage);
        QCOMPARE(f.store->incident(f.id)->playbookId, QStringLiteral("ransomware"));

        QVERIFY(!f.response->skipStep(f.id, QStringLiteral("law-enforcement"), QString()).ok());
        QVERIFY(f.response->skipStep(f.id, QStringLiteral("law-enforcement"), QStringLiteral("legal advised to wait"))
                    .ok());
        QVERIFY(f.response->completeStep(f.id, QStringLiteral("stop-spread"), QStringLiteral("VLAN 40 cut")).ok());
        QVERIFY(!f.response->completeStep(f.id, QStringLiteral("stop-spread")).ok()); // already done
        QVERIFY(f.response->reassignStep(f.id, QStringLiteral("image"), QStringLiteral("B. Marley")).ok());
        QVERIFY(f.response->checkItem(f.id, QStringLiteral("image"), 0, true).ok());
        QVERIFY(!f.response->checkItem(f.id, QStringLiteral("image"), 99, true).ok());
        auto added = f.response->addStep(f.id, {QString(),
                                                Phase::Isolate,
                                                QStringLiteral("Block C2 domain at DNS"),
                                                {},
                                                {},
                                                QStringLiteral("Network"),
                                                true,
                                                {},
                                                {}});
        QVERIFY(added.ok());
        QVERIFY(!f.response->completeStep(f.id, QStringLiteral("no-such-step")).ok());

        auto isolate = f.response->progress(f.id)->at(static_cast<int>(Phase::Isolate));
        QCOMPARE(isolate.total, 4);
        QCOMPARE(isolate.done, 2);
        QStringList actions;
        for (const AuditEntry &e : *f.store->auditLog(f.id))
            actions << e.action;
        QCOMPARE(actions, QStringList({QStringLiteral("incident.create"), QStringLiteral("step.skip"),
                                       QStringLiteral("step.done"), QStringLiteral("step.reassign"),
                                       QStringLiteral("step.check"), QStringLiteral("step.add")}));
    }

    void recordsContactsAndTimeline()
    {
        Fixture f = make(QStringLiteral("records.sqlite"), QStringLiteral("generic"));
        QVERIFY(f.response);
        const QDateTime t0 = m_clock.nowUtc();
        QVERIFY(!f.response->recordContainment({0, f.id, QStringLiteral("fs01"), QString(), {}, {}, {}, {}}).ok());
        QVERIFY(f.response
                    ->recordContainment({0,
                                         f.id,
                                         QStringLiteral("fs01"),
                                         QStringLiteral("switch port shut"),
                                         QStringLiteral("ops"),
                                         t0.addSecs(600),
                                         QStringLiteral("ping from jump host fails"),
                                         {}})
                    .ok());
        QVERIFY(f.response
                    ->recordRecovery({0,
                                      f.id,
                                      QStringLiteral("service-restored"),
                                      QStringLiteral("fs01"),
                                      QStringLiteral("file service back from clean backup"),
                                      {},
                                      t0.addSecs(7200),
                                      {}})
                    .ok());
        QVERIFY(f.response
                    ->recordRecovery({0,
                                      f.id,
                                      QStringLiteral("service-restored"),
                                      QStringLiteral("fs02"),
                                      QStringLiteral("secondary back"),
                                      {},
                                      t0.addSecs(3600),
                                      {}})
                    .ok());
        QCOMPARE(*f.response->serviceRestoredAt(f.id), t0.addSecs(3600));

        ContactEntry police;
        police.incidentId = f.id;
        police.at = t0.addSecs(1800);
        police.partyType = QStringLiteral("law-enforcement");
        police.summary = QStringLiteral("Reported the intrusion");
        QVERIFY(!f.response->logContact(police).ok()); // agency required
        police.organisation = QStringLiteral("OFAC, Paris");
        police.person = QStringLiteral("Lt. Dupont");
        police.caseReference = QStringLiteral("PV 2026/1142");
        police.channel = QStringLiteral("phone");
        QVERIFY(f.response->logContact(police).ok());
        QVERIFY(f.response
                    ->addTimelineNote({0,
                                       f.id,
                                       t0.addSecs(-3600),
                                       QStringLiteral("=cmd|' /C calc'!A0 phishing mail opened"),
                                       QStringLiteral("mail gateway log"),
                                       QStringLiteral("likely"),
                                       {},
                                       {}})
                    .ok());
        QVERIFY(!f.response->addTimelineNote({0, f.id, t0, QStringLiteral("x"), {}, QStringLiteral("certain"), {}, {}})
                     .ok());

        auto tl = f.response->timeline(f.id);
        QVERIFY(tl.ok());
        QVERIFY(tl->size() >= 6);
        for (int i = 1; i < tl->size(); ++i)
            QVERIFY(tl->at(i - 1).at <= tl->at(i).at);
        QCOMPARE(tl->first().kind, QStringLiteral("note"));
        QCOMPARE(tl->first().confidence, QStringLiteral("likely"));
        auto le = std::find_if(tl->begin(), tl->end(), [](const TimelineEvent &e) { return e.lawEnforcement; });
        QVERIFY(le != tl->end());
        QVERIFY(le->text.contains(QLatin1String("OFAC")));
        QVERIFY(le->auditSeq > 0);
        QCOMPARE(f.store->auditLog(f.id)->at(static_cast<int>(le->auditSeq) - 1).action, QStringLiteral("contact.log"));

        const QString csv = timelineToCsv(*tl);
        QVERIFY(csv.startsWith(QLatin1String("time_utc,kind,text,source,confidence,law_enforcement,audit_seq\r\n")));
        QVERIFY2(csv.contains(QLatin1String("\"'=cmd|' /C calc'!A0 phishing mail opened\"")), qPrintable(csv));
        QCOMPARE(csv.count(QLatin1String("\r\n")), tl->size() + 1);
    }

    void closureListsExactlyWhatBlocks()
    {
        Fixture f = make(QStringLiteral("closure.sqlite"), QStringLiteral("generic"));
        QVERIFY(f.response);
        QVERIFY(f.clocks->classify(f.id, {QStringLiteral("project-data")}, m_clock.nowUtc(), {}).ok());
        EvidenceItem bad;
        bad.incidentId = f.id;
        bad.description = QStringLiteral("fs01 disk");
        bad.verification = Verification::Mismatch;
        QVERIFY(f.store->registerEvidence(bad).ok());

        auto blockers = f.response->closureBlockers(f.id);
        QVERIFY(blockers.ok());
        const QString all = blockers->join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("mandatory step open: Isolate the affected systems")), qPrintable(all));
        QVERIFY(all.contains(QLatin1String("no root cause")));
        QVERIFY(all.contains(QLatin1String("Customer notice: project-data breach")));
        QVERIFY(all.contains(QLatin1String("evidence E-001 failed its last verification")));
        auto refused = f.response->close(f.id);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QLatin1String("cannot be closed yet")));
        QCOMPARE(f.store->incident(f.id)->status, IncidentStatus::Open);

        // Resolve everything (classifying already completed "classify").
        for (const IncidentStep &s : *f.response->steps(f.id))
            if (s.mandatory && s.state == IncidentStep::State::Open)
                QVERIFY(f.response->completeStep(f.id, s.stepId).ok());
        RootCauseAnalysis r;
        r.incidentId = f.id;
        r.detectionMethod = QStringLiteral("EDR alert on mass file renames");
        r.rootCause = QStringLiteral("Unpatched VPN appliance (CVE-2026-0001)");
        r.fiveWhys = {QStringLiteral("Why encrypted? Attacker ran ransomware"),
                      QStringLiteral("Why access? VPN exploit")};
        QVERIFY(f.response->saveRca(r).ok());
        QVERIFY(f.clocks->waive(f.id, QStringLiteral("customer-project"), QStringLiteral("test data only")).ok());
        EvidenceItem good = bad;
        good.evidenceNumber.clear();
        good.verification = Verification::Verified;
        QVERIFY(f.store->registerEvidence(good).ok());
        // The failed item still blocks: its verification failed and nothing re-verified it.
        QCOMPARE(f.response->closureBlockers(f.id)->size(), 1);
    }

    void closeAndReopenAreAudited()
    {
        Fixture f = make(QStringLiteral("close.sqlite"), QStringLiteral("generic"));
        QVERIFY(f.response);
        for (const IncidentStep &s : *f.response->steps(f.id))
            if (s.mandatory)
                QVERIFY(f.response->completeStep(f.id, s.stepId).ok());
        RootCauseAnalysis r;
        r.incidentId = f.id;
        r.rootCause = QStringLiteral("Weak password on admin account");
        QVERIFY(f.response->saveRca(r).ok());
        QVERIFY(f.response->closureBlockers(f.id)->isEmpty());
        QVERIFY(f.response->close(f.id, QStringLiteral("all actions complete")).ok());
        QCOMPARE(f.store->incident(f.id)->status, IncidentStatus::Closed);
        QVERIFY(f.store->incident(f.id)->closedAt.isValid());
        QVERIFY(!f.response->completeStep(f.id, QStringLiteral("rfo")).ok()); // closed: no silent changes
        QVERIFY(!f.response->reopen(f.id, QString()).ok());
        QVERIFY(f.response->reopen(f.id, QStringLiteral("new IoC found on fs02")).ok());
        QCOMPARE(f.store->incident(f.id)->status, IncidentStatus::Open);
        const AuditEntry last = f.store->auditLog(f.id)->last();
        QCOMPARE(last.action, QStringLiteral("incident.update"));
        QVERIFY(last.data.value(QStringLiteral("reason")).toString().contains(QLatin1String("new IoC")));
        QVERIFY(f.store->verifyAudit()->intact());
    }

    // Issue #19 point 6: a step declaring "completed_by" is done as soon as
    // its record is made, audited, whichever front end made it.
    void stepsFollowWhatWasRecorded()
    {
        const Playbook *generic = m_books.find(QStringLiteral("generic"));
        auto link = [&](const char *id) {
            for (const StepTemplate &t : generic->steps)
                if (t.id == QLatin1String(id))
                    return t.completedBy;
            return QStringLiteral("(no step)");
        };
        QCOMPARE(link("classify"), QStringLiteral("classification"));
        QCOMPARE(link("root-cause"), QStringLiteral("root-cause"));
        QCOMPARE(link("recover"), QStringLiteral("service-restored"));
        QCOMPARE(link("verify-clean"), QStringLiteral("verification"));
        QCOMPARE(link("image"), QStringLiteral("disk-image"));
        QCOMPARE(link("volatile"), QString());

        Fixture f = make(QStringLiteral("links.sqlite"), QStringLiteral("generic"));
        QVERIFY(f.response);
        auto state = [&](const char *id) {
            for (const IncidentStep &s : *f.response->steps(f.id))
                if (s.stepId == QLatin1String(id))
                    return stepStateKey(s.state);
            return QStringLiteral("(no step)");
        };
        const QString before = f.response->closureBlockers(f.id)->join(QLatin1Char('\n'));
        QVERIFY(before.contains(QLatin1String("Decide which notification clocks apply")));

        QVERIFY(f.clocks->classify(f.id, {QStringLiteral("project-data")}, m_clock.nowUtc(), {}).ok());
        QCOMPARE(state("classify"), QStringLiteral("done"));
        const AuditEntry autoDone = f.store->auditLog(f.id)->last();
        QCOMPARE(autoDone.action, QStringLiteral("step.done"));
        QCOMPARE(autoDone.object, f.id + QStringLiteral("/step/classify"));
        QCOMPARE(autoDone.data.value(QStringLiteral("auto")).toBool(), true);
        QCOMPARE(autoDone.data.value(QStringLiteral("because")).toString(), QStringLiteral("clock.classify"));
        QCOMPARE(autoDone.actor, QStringLiteral("ic"));

        // A file is not an image of a system; an image is.
        EvidenceItem note;
        note.incidentId = f.id;
        note.kind = EvidenceKind::File;
        note.description = QStringLiteral("ransom note");
        QVERIFY(f.store->registerEvidence(note).ok());
        QCOMPARE(state("image"), QStringLiteral("open"));
        EvidenceItem disk = note;
        disk.evidenceNumber.clear();
        disk.kind = EvidenceKind::Image;
        disk.description = QStringLiteral("fs01 system disk");
        QVERIFY(f.store->registerEvidence(disk).ok());
        QCOMPARE(state("image"), QStringLiteral("done"));
        QCOMPARE(state("volatile"), QStringLiteral("open")); // declares no link

        RecoveryAction rebuilt{
            0,  f.id, QStringLiteral("action"), QStringLiteral("fs01"), QStringLiteral("rebuilt from gold image"), {},
            {}, {}};
        QVERIFY(f.response->recordRecovery(rebuilt).ok());
        QCOMPARE(state("recover"), QStringLiteral("open"));
        RecoveryAction restored = rebuilt;
        restored.kind = QStringLiteral("service-restored");
        QVERIFY(f.response->recordRecovery(restored).ok());
        QCOMPARE(state("recover"), QStringLiteral("done"));
        QCOMPARE(state("verify-clean"), QStringLiteral("open"));
        // A skipped step stays skipped: the link never overrides a decision.
        QVERIFY(f.response->skipStep(f.id, QStringLiteral("verify-clean"), QStringLiteral("host retired")).ok());
        RecoveryAction clean = rebuilt;
        clean.kind = QStringLiteral("verified-clean");
        QVERIFY(f.response->recordRecovery(clean).ok());
        QCOMPARE(state("verify-clean"), QStringLiteral("skipped"));

        RootCauseAnalysis draft;
        draft.incidentId = f.id;
        draft.detectionMethod = QStringLiteral("EDR alert");
        QVERIFY(f.response->saveRca(draft).ok());
        QCOMPARE(state("root-cause"), QStringLiteral("open")); // no root cause yet
        draft.rootCause = QStringLiteral("Unpatched VPN appliance");
        QVERIFY(f.response->saveRca(draft).ok());
        QCOMPARE(state("root-cause"), QStringLiteral("done"));

        const QString after = f.response->closureBlockers(f.id)->join(QLatin1Char('\n'));
        for (const char *gone : {"Decide which notification clocks apply", "Root-cause analysis",
                                 "Restore normal operations", "Take a byte-for-byte image", "no root cause"})
            QVERIFY2(!after.contains(QLatin1String(gone)), qPrintable(after));
        QVERIFY2(after.contains(QLatin1String("Isolate the affected systems")), qPrintable(after));
        QVERIFY(f.store->verifyAudit()->intact());
    }

    void malformedStepLinkNamesTheFile()
    {
        QTemporaryDir user;
        QFile bad(QDir(user.path()).filePath(QStringLiteral("links.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\n  \"id\": \"links\",\n  \"title\": \"Links\",\n  \"phases\": {\n    \"rca\": [\n"
                  "      { \"id\": \"rca\", \"title\": \"RCA\", \"completed_by\": \"rca-saved\" }\n    ]\n  }\n}\n");
        bad.close();
        const PlaybookSet set = playbooks::load({user.path()});
        QCOMPARE(set.problems.size(), 1);
        QVERIFY2(set.problems.at(0).contains(QLatin1String("links.json:6: phases.rca[0].completed_by: \"rca-saved\" "
                                                           "is not one of classification, root-cause")),
                 qPrintable(set.problems.at(0)));
        QVERIFY(!set.find(QStringLiteral("links")));
        QVERIFY(set.find(QStringLiteral("generic"))); // the others still load
    }

    // Issue #19 point 5: what a step still lacks is named, and kept in the
    // audit entry with the person's answer.
    void doneWithSomethingMissingIsAudited()
    {
        Fixture f = make(QStringLiteral("missing.sqlite"), QStringLiteral("generic"));
        QVERIFY(f.response);
        const QString step = QStringLiteral("notify-senior"); // 3 items, records contact-logged
        auto missing = f.response->missingBeforeDone(f.id, step);
        QVERIFY(missing.ok());
        QCOMPARE(missing->unchecked, QStringList({QStringLiteral("CTO informed"), QStringLiteral("Management informed"),
                                                  QStringLiteral("Next update time agreed")}));
        QCOMPARE(missing->record, QStringLiteral("contact-logged"));

        QVERIFY(f.response->checkItem(f.id, step, 0, true).ok());
        QVERIFY(f.response->declineCompletion(f.id, step).ok());
        AuditEntry no = f.store->auditLog(f.id)->last();
        QCOMPARE(no.action, QStringLiteral("step.done-declined"));
        QCOMPARE(no.data.value(QStringLiteral("missing_record")).toString(), QStringLiteral("contact-logged"));
        QCOMPARE(no.data.value(QStringLiteral("unchecked")).toArray().size(), 2);
        QCOMPARE(f.response->steps(f.id)->first().state, IncidentStep::State::Open);

        ContactEntry cto;
        cto.incidentId = f.id;
        cto.partyType = QStringLiteral("other");
        cto.summary = QStringLiteral("CTO called");
        QVERIFY(f.response->logContact(cto).ok());
        missing = f.response->missingBeforeDone(f.id, step);
        QVERIFY(missing->record.isEmpty());
        QCOMPARE(missing->unchecked.size(), 2);

        QVERIFY(f.response->completeStep(f.id, step, QStringLiteral("called"), true).ok());
        AuditEntry yes = f.store->auditLog(f.id)->last();
        QCOMPARE(yes.action, QStringLiteral("step.done"));
        QCOMPARE(yes.data.value(QStringLiteral("confirmed")).toBool(), true);
        QCOMPARE(yes.data.value(QStringLiteral("unchecked")).toArray().size(), 2);
        QVERIFY(!yes.data.contains(QStringLiteral("missing_record")));

        // Nothing missing: nothing to confirm, nothing extra in the entry.
        const QString scope = QStringLiteral("scope");
        for (int i = 0; i < 4; ++i)
            QVERIFY(f.response->checkItem(f.id, scope, i, true).ok());
        AffectedSystem fs01;
        fs01.hostname = QStringLiteral("fs01");
        QVERIFY(f.store->addSystem(f.id, fs01).ok());
        QVERIFY(f.response->missingBeforeDone(f.id, scope)->isEmpty());
        QVERIFY(f.response->completeStep(f.id, scope).ok());
        const QJsonObject plain = f.store->auditLog(f.id)->last().data;
        QVERIFY(!plain.contains(QStringLiteral("confirmed")) && !plain.contains(QStringLiteral("unchecked")));
        QVERIFY(f.store->verifyAudit()->intact());
    }
};

QTEST_GUILESS_MAIN(TestResponse)
#include "tst_response.moc"
