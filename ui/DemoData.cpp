#include "DemoData.h"

#include "forensics/common/CancelToken.h"
#include "forensics/evidence/EvidenceFiles.h"
#include "model/CaseStore.h"
#include "model/clocks/ClockService.h"
#include "model/clocks/RuleLoader.h"
#include "model/response/Playbook.h"
#include "model/response/ResponseService.h"

#include <QDir>
#include <QFile>

namespace firebreak::ui::demo {

namespace {

const QString kCommander = QStringLiteral("Ada Lovelace");
const QString kResponder = QStringLiteral("Brice Marley");

// The first failure stops the build and names the step, so a broken demo
// says which service refused what.
#define DEMO_TRY(expr, what)                                                                                           \
    do {                                                                                                               \
        auto r_ = (expr);                                                                                              \
        if (!r_)                                                                                                       \
            return Error::failed(QStringLiteral("demo data: %1: %2").arg(QStringLiteral(what), r_.error().message));   \
    } while (0)

Result<QString> writeRansomNote(const QString &dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("README_RESTORE_FILES.txt"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error::failed(QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    // Harmless stand-in for a ransom note found on the share (demo only).
    f.write("YOUR FILES ARE ENCRYPTED.\n"
            "This is a Firebreak demo file standing in for the ransom note found on \\\\fs01\\payroll.\n"
            "Contact: demo-actor@example.invalid  Victim ID: DEMO-7F3A-19C2\n");
    return path;
}

} // namespace

Result<QString> createDemoStore(const QString &dir, const Clock &clock)
{
    const QString path = QDir(dir).filePath(QStringLiteral("demo-cases.sqlite"));
    // The story is replayed on a clock set back in time, so steps, audit
    // entries and the timeline carry plausible instants instead of "now".
    const QDateTime now = clock.nowUtc();
    ManualClock story(now.addDays(-3));
    auto ago = [&](double hours) { return now.addSecs(-qint64(hours * 3600)); };
    auto at = [&](double hoursAgo) { story.set(ago(hoursAgo)); };
    auto opened = CaseStore::openSqlite(path, story, kCommander);
    if (!opened)
        return opened.error();
    CaseStore &store = **opened;
    ClockService clocks(store, ruleloader::load());
    ResponseService response(store, &clocks);

    // A second, older and calmer incident so the dashboard list has rows to sort.
    at(70);
    {
        const PlaybookSet books = playbooks::load();
        NewIncident lost;
        lost.title = QStringLiteral("Laptop stolen from a car (encrypted)");
        lost.severity = Severity::Low;
        lost.commander = kResponder;
        lost.detectedAt = ago(70);
        lost.playbookId = QStringLiteral("lost-device");
        const Playbook *book = books.find(lost.playbookId);
        DEMO_TRY(store.createIncident(lost, book ? book->steps : QList<StepTemplate>{}), "second incident");
    }

    const PlaybookSet books = playbooks::load();
    const Playbook *book = books.find(QStringLiteral("ransomware"));
    if (!book)
        return Error::failed(QStringLiteral("demo data: the ransomware playbook did not load"));
    NewIncident spec;
    spec.title = QStringLiteral("Ransomware on file server fs01 (payroll share)");
    spec.description = QStringLiteral("Files on \\\\fs01\\payroll renamed *.lck, ransom note in every folder. "
                                      "Outbound transfer to an unknown host the night before.");
    spec.severity = Severity::Critical;
    spec.commander = kCommander;
    spec.detectedAt = ago(21.5);
    spec.awareAt = ago(20.5);
    at(20.5);
    spec.playbookId = book->id;
    auto created = store.createIncident(spec, book->steps);
    if (!created)
        return Error::failed(QStringLiteral("demo data: incident: %1").arg(created.error().message));
    const QString id = created->id;

    at(20.4);
    DEMO_TRY(
        store.addPerson(
            id, {0, id, kCommander, QStringLiteral("Incident commander"), QStringLiteral("+33 1 84 88 00 01"), {}}),
        "person");
    DEMO_TRY(
        store.addPerson(id, {0, id, kResponder, QStringLiteral("Forensics"), QStringLiteral("+33 1 84 88 00 02"), {}}),
        "person");
    DEMO_TRY(
        store.addPerson(
            id, {0, id, QStringLiteral("Chloé Durand"), QStringLiteral("DPO"), QStringLiteral("dpo@example.org"), {}}),
        "person");
    DEMO_TRY(store.addSystem(id, {0,
                                  id,
                                  QStringLiteral("fs01"),
                                  QStringLiteral("10.0.0.5"),
                                  QStringLiteral("52:54:00:12:34:56"),
                                  QStringLiteral("IT operations"),
                                  QStringLiteral("Paris DC, rack B4"),
                                  {}}),
             "system");
    DEMO_TRY(store.addSystem(id, {0,
                                  id,
                                  QStringLiteral("ws-fin-07"),
                                  QStringLiteral("10.0.3.47"),
                                  {},
                                  QStringLiteral("Finance"),
                                  QStringLiteral("3rd floor"),
                                  {}}),
             "system");

    TimelineNote first{0,
                       id,
                       ago(26),
                       QStringLiteral("Phishing e-mail with macro opened on ws-fin-07"),
                       QStringLiteral("mail gateway log"),
                       QStringLiteral("likely"),
                       {},
                       {}};
    DEMO_TRY(response.addTimelineNote(first), "timeline");
    TimelineNote exfil{0,
                       id,
                       ago(23),
                       QStringLiteral("3.2 GB outbound to 185.220.101.7 over HTTPS from fs01"),
                       QStringLiteral("firewall log"),
                       QStringLiteral("confirmed"),
                       {},
                       {}};
    DEMO_TRY(response.addTimelineNote(exfil), "timeline");
    TimelineNote enc{0,
                     id,
                     ago(21.5),
                     QStringLiteral("First *.lck files appear on the payroll share"),
                     QStringLiteral("file server audit"),
                     QStringLiteral("confirmed"),
                     {},
                     {}};
    DEMO_TRY(response.addTimelineNote(enc), "timeline");

    at(20.2);
    ContactEntry cto{0,
                     id,
                     ago(20.3),
                     QStringLiteral("customer"),
                     QStringLiteral("Example SA executive committee"),
                     QStringLiteral("CTO"),
                     {},
                     QStringLiteral("telephone"),
                     QStringLiteral("CTO and CEO briefed; next update at 09:00"),
                     {},
                     {}};
    cto.partyType = QStringLiteral("other");
    DEMO_TRY(response.logContact(cto), "contact");
    DEMO_TRY(response.completeStep(id, QStringLiteral("notify-senior"), QStringLiteral("CTO called 03:10")), "step");
    DEMO_TRY(response.completeStep(id, QStringLiteral("scope"), QStringLiteral("fs01 and ws-fin-07")), "step");

    at(20);
    // The one awareness recorded when the incident was opened (a classification
    // naming another instant would be refused: clocks count from one awareness).
    DEMO_TRY(clocks.classify(id, {QStringLiteral("personal-data")}, ago(20.5),
                             QStringLiteral("DPO: payroll export (names, IBANs) confirmed in the transfer")),
             "classify");
    BreachDetails facts;
    facts.incidentId = id;
    facts.nature = QStringLiteral("Ransomware encrypted the payroll share after copying it out.");
    facts.subjectCategories = QStringLiteral("employees");
    facts.subjectCount = QStringLiteral("about 1,200");
    facts.recordCategories = QStringLiteral("payroll records, bank details");
    facts.contactPoint = QStringLiteral("Chloé Durand, DPO — dpo@example.org");
    DEMO_TRY(clocks.saveBreachDetails(facts), "breach facts");
    // Classifying completed "classify" by itself (the playbook links it).

    at(19.3);
    store.setActor(kResponder);
    ContainmentAction cut{0,
                          id,
                          QStringLiteral("fs01"),
                          QStringLiteral("switch port shut, share set read-only"),
                          kResponder,
                          ago(19.5),
                          QStringLiteral("no SMB sessions; ping fails from LAN"),
                          {}};
    DEMO_TRY(response.recordContainment(cut), "containment");
    ContainmentAction ws{0,
                         id,
                         QStringLiteral("ws-fin-07"),
                         QStringLiteral("EDR network isolation"),
                         kResponder,
                         ago(19.4),
                         QStringLiteral("EDR console shows isolated"),
                         {}};
    DEMO_TRY(response.recordContainment(ws), "containment");
    DEMO_TRY(response.completeStep(id, QStringLiteral("stop-spread")), "step");

    at(18);
    auto inc = store.incident(id);
    if (!inc)
        return inc.error();
    inc->phase = Phase::Collect;
    DEMO_TRY(store.updateIncident(*inc), "phase");

    at(16);
    store.setActor(kCommander);
    ContactEntry police{0,
                        id,
                        ago(16),
                        QStringLiteral("law-enforcement"),
                        QStringLiteral("OFAC (Police nationale)"),
                        QStringLiteral("Lt. Dupont"),
                        QStringLiteral("PV-2026-1142"),
                        QStringLiteral("in person"),
                        QStringLiteral("Complaint filed; they ask for the ransom note and firewall logs"),
                        {},
                        {}};
    DEMO_TRY(response.logContact(police), "law-enforcement contact");
    DEMO_TRY(response.completeStep(id, QStringLiteral("law-enforcement"), QStringLiteral("complaint PV-2026-1142")),
             "step");

    at(15.5);
    store.setActor(kResponder);
    auto note = writeRansomNote(dir);
    if (!note)
        return note.error();
    FileEvidenceRequest ev;
    ev.incidentId = id;
    ev.path = *note;
    ev.description = QStringLiteral("Ransom note from \\\\fs01\\payroll\\README_RESTORE_FILES.txt");
    ev.source = QStringLiteral("fs01:/srv/payroll");
    ev.collectedAt = ago(17);
    ev.collectedZone = QStringLiteral("UTC");
    ev.storageLocation = QStringLiteral("Evidence locker 2, shelf A");
    ev.volatility = QStringLiteral("disk");
    CancelToken cancel;
    DEMO_TRY(addFileEvidence(store, ev, {}, cancel), "evidence");
    DEMO_TRY(response.completeStep(id, QStringLiteral("ransom-note"), QStringLiteral("registered as E-001")), "step");
    DEMO_TRY(response.skipStep(id, QStringLiteral("volatile"),
                               QStringLiteral("fs01 was powered off by IT before we "
                                              "arrived; no memory to capture")),
             "step");

    at(6);
    inc = store.incident(id);
    if (!inc)
        return inc.error();
    inc->phase = Phase::Restore;
    DEMO_TRY(store.updateIncident(*inc), "phase");
    RecoveryAction backups{0,
                           id,
                           QStringLiteral("action"),
                           QStringLiteral("fs01"),
                           QStringLiteral("Restore of last night's offline backup started on fs01-new"),
                           kResponder,
                           ago(6),
                           {}};
    DEMO_TRY(response.recordRecovery(backups), "recovery");

    at(2);
    store.setActor(kCommander);
    RootCauseAnalysis rca;
    rca.incidentId = id;
    rca.detectionMethod = QStringLiteral("User report (files renamed *.lck)");
    rca.trigger = QStringLiteral("Macro in a phishing e-mail opened on ws-fin-07");
    rca.rootCause = QStringLiteral("Finance workstation allowed Office macros from the Internet; the payroll share "
                                   "was writable by every finance account.");
    rca.fiveWhys = {QStringLiteral("Why were files encrypted? Malware ran as a finance user with write access."),
                    QStringLiteral("Why did it run? Macros from the Internet were allowed."),
                    QStringLiteral("Why allowed? The GPO exception for a legacy spreadsheet was never removed.")};
    rca.wentWell = QStringLiteral("Offline backups were intact.");
    rca.wentWrong = QStringLiteral("The outbound transfer alert was not watched at night.");
    DEMO_TRY(response.saveRca(rca), "RCA");
    CorrectiveAction fix{0,
                         id,
                         QStringLiteral("Block Office macros from the Internet (GPO)"),
                         QStringLiteral("IT operations"),
                         now.date().addDays(7),
                         QStringLiteral("in-progress"),
                         {}};
    DEMO_TRY(response.addCorrectiveAction(fix), "corrective action");

    return path;
}

#undef DEMO_TRY

} // namespace firebreak::ui::demo
