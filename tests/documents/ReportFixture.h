#pragma once

// A fully populated incident in a real SQLite case file, built through the
// model's services with a manual clock: the input every document test
// renders. Strings the tests look for (or must not find) are members.

#include "model/CaseStore.h"
#include "model/clocks/ClockService.h"
#include "model/response/ResponseService.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QTimeZone>

#include <memory>

namespace firebreak::doctest {

inline QDateTime utc(int day, int h, int m)
{
    return QDateTime(QDate(2026, 11, day), QTime(h, m), QTimeZone::utc());
}

inline QString sha(const char *what, QCryptographicHash::Algorithm a = QCryptographicHash::Sha256)
{
    return QString::fromLatin1(QCryptographicHash::hash(QByteArray(what), a).toHex());
}

struct ReportFixture {
    ManualClock clock{utc(20, 1, 0)};
    std::unique_ptr<CaseStore> store;
    std::unique_ptr<ClockService> clocks;
    std::unique_ptr<ResponseService> response;
    QString id;     // the populated incident
    QString longId; // an incident with `longEntries` timeline notes
    int longEntries = 200;

    // Internal-only strings: the RFO must not show them by default.
    const QString hostname = QStringLiteral("fs01.corp.example");
    const QString ip = QStringLiteral("10.20.30.41");
    const QString mac = QStringLiteral("52:54:00:12:34:56");
    const QString otherIp = QStringLiteral("10.20.30.77");
    const QString commander = QStringLiteral("Ada Moreau");
    // Facts the documents must carry.
    const QString rootCause = QStringLiteral(
        "A backup service account with domain-administrator rights kept a password unchanged since 2019; "
        "the attacker used it from the phished workstation to reach the file server.");
    const QStringList whys = {
        QStringLiteral("Why were the shares encrypted? The attacker ran the encryptor with domain-admin rights."),
        QStringLiteral("Why did the attacker have those rights? The svc-backup password was found in a script."),
        QStringLiteral("Why was it in a script? The backup job was set up by hand in 2019 and never reviewed."),
        QStringLiteral("Why was it never reviewed? Service accounts had no owner and no rotation policy."),
        QStringLiteral("Why no policy? Privileged-access reviews covered people, not service accounts."),
    };
    const QString agency = QStringLiteral("OFAC (French cybercrime office)");
    const QString caseReference = QStringLiteral("PV 2026/1142");
    // Must print as text, never be interpreted as markup.
    const QString markup = QStringLiteral("Analyst pasted <b>not bold</b> & \"quoted\" {{incident.id}} into the chat");
    QStringList evidenceSha256;
    QStringList evidenceMd5;

    // Builds everything in `dbPath`; returns an empty string or what failed.
    QString build(const QString &dbPath)
    {
        auto opened = CaseStore::openSqlite(dbPath, clock, QStringLiteral("ada"));
        if (!opened)
            return opened.error().message;
        store = std::move(opened).value();
        clocks = std::make_unique<ClockService>(*store, ruleloader::load());
        response = std::make_unique<ResponseService>(*store, clocks.get());
        const PlaybookSet books = playbooks::load();
        if (!books.find(QStringLiteral("ransomware")))
            return QStringLiteral("no ransomware playbook");

        NewIncident spec;
        spec.title = QStringLiteral("Ransomware on file server %1").arg(hostname);
        spec.description =
            QStringLiteral(
                "Files on the finance file share (%1, %2) were encrypted by ransomware after a phishing e-mail. "
                "The customer portal's export service depends on the share and was unavailable until the share was "
                "restored from backup.")
                .arg(hostname, ip);
        spec.severity = Severity::Critical;
        spec.commander = commander;
        spec.detectedAt = utc(20, 2, 10);
        // Awareness (05:00) comes later than the opening (02:20): the DPO's
        // classification at 06:00 records it, as the one awareness.
        spec.playbookId = QStringLiteral("ransomware");
        clock.set(utc(20, 2, 20));
        auto inc = store->createIncident(spec, books.find(spec.playbookId)->steps);
        if (!inc)
            return inc.error().message;
        id = inc->id;

        QStringList problems;
        auto check = [&](const auto &r, const char *what) {
            if (!r.ok())
                problems << QStringLiteral("%1: %2").arg(QLatin1String(what), r.error().message);
        };
        check(
            store->addPerson(
                id, {0, id, commander, QStringLiteral("Incident commander"), QStringLiteral("+33 1 23 45 67 89"), {}}),
            "person");
        check(store->addPerson(id, {0,
                                    id,
                                    QStringLiteral("Bruno Marley"),
                                    QStringLiteral("Forensics"),
                                    QStringLiteral("bruno@corp.example"),
                                    {}}),
              "person");
        check(
            store->addPerson(
                id,
                {0, id, QStringLiteral("Chloé Dubois"), QStringLiteral("DPO"), QStringLiteral("dpo@example.com"), {}}),
            "person");
        check(store->addSystem(
                  id,
                  {0, id, hostname, ip, mac, QStringLiteral("Finance IT"), QStringLiteral("Paris DC1, rack B12"), {}}),
              "system");
        check(store->addSystem(id, {0,
                                    id,
                                    QStringLiteral("app02.corp.example"),
                                    otherIp,
                                    {},
                                    QStringLiteral("Portal team"),
                                    QStringLiteral("Paris DC1"),
                                    {}}),
              "system");

        clock.set(utc(20, 3, 30));
        check(response->recordContainment({0,
                                           id,
                                           hostname,
                                           QStringLiteral("Switch port Gi1/0/12 shut"),
                                           QStringLiteral("Bruno Marley"),
                                           utc(20, 2, 35),
                                           QStringLiteral("No ARP from %1 on the core switch").arg(ip),
                                           {}}),
              "containment");
        check(response->recordContainment({0,
                                           id,
                                           QStringLiteral("app02.corp.example"),
                                           QStringLiteral("Service account svc-backup disabled"),
                                           QStringLiteral("Bruno Marley"),
                                           utc(20, 2, 50),
                                           QStringLiteral("Logon attempt refused"),
                                           {}}),
              "containment");
        check(response->completeStep(id, QStringLiteral("stop-spread"), QStringLiteral("fs01 cut off at the switch")),
              "step");

        ContactEntry police;
        police.incidentId = id;
        police.at = utc(20, 9, 15);
        police.partyType = QStringLiteral("law-enforcement");
        police.organisation = agency;
        police.person = QStringLiteral("Lt. Dupont");
        police.caseReference = caseReference;
        police.channel = QStringLiteral("phone");
        police.summary = QStringLiteral("Intrusion and extortion attempt reported; complaint to be filed in person.");
        clock.set(utc(20, 9, 30));
        check(response->logContact(police), "police");
        ContactEntry vendor = police;
        vendor.at = utc(20, 4, 0);
        vendor.partyType = QStringLiteral("vendor");
        vendor.organisation = QStringLiteral("Acme Incident Response");
        vendor.person = QStringLiteral("J. Smith");
        vendor.caseReference = QStringLiteral("ACME-7781");
        vendor.channel = QStringLiteral("e-mail");
        vendor.summary = QStringLiteral("Retained for forensic support under the retainer agreement.");
        check(response->logContact(vendor), "vendor");

        check(response->addTimelineNote(
                  {0,
                   id,
                   utc(19, 16, 42),
                   QStringLiteral("Phishing e-mail with a macro document opened by a finance clerk"),
                   QStringLiteral("mail gateway log"),
                   QStringLiteral("likely"),
                   {},
                   {}}),
              "note");
        check(response->addTimelineNote(
                  {0, id, utc(20, 2, 12), markup, QStringLiteral("SOC chat"), QStringLiteral("possible"), {}, {}}),
              "markup note");
        check(response->addTimelineNote({0,
                                         id,
                                         utc(20, 1, 58),
                                         QStringLiteral("First encrypted file on the finance share"),
                                         QStringLiteral("file server audit log"),
                                         QStringLiteral("confirmed"),
                                         {},
                                         {}}),
              "note");

        // Evidence with real digests of known bytes.
        for (int i = 0; i < 2; ++i) {
            const QByteArray content = QByteArray("evidence-") + QByteArray::number(i);
            EvidenceItem e;
            e.incidentId = id;
            e.kind = i == 0 ? EvidenceKind::Image : EvidenceKind::File;
            e.description =
                i == 0 ? QStringLiteral("Disk image of the file server system disk") : QStringLiteral("Ransom note");
            e.source = i == 0 ? QStringLiteral("/dev/sdb") : QStringLiteral("/srv/share/finance/README_DECRYPT.txt");
            e.imagePath =
                i == 0 ? QStringLiteral("/evidence/INC/E-001.img") : QStringLiteral("/evidence/INC/README_DECRYPT.txt");
            e.sizeBytes = i == 0 ? 500107862016LL : 2048;
            e.md5 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Md5).toHex());
            e.sha1 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha1).toHex());
            e.sha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
            e.verification = i == 0 ? Verification::Verified : Verification::NotVerified;
            e.examiner = QStringLiteral("Bruno Marley");
            e.startedAt = utc(20, 3, 40 + i * 5);
            e.endedAt = utc(20, 4, 55 + i);
            e.system = i == 0 ? hostname : QString(); // the disk is fs01's
            if (i == 0)
                e.details = QJsonObject{
                    {QStringLiteral("tool"), QStringLiteral("firebreak-imager 0.1.0")},
                    {QStringLiteral("host"), QStringLiteral("forensic-laptop-3")},
                    {QStringLiteral("bad_sector_count"), 0},
                    {QStringLiteral("write_protection"),
                     QJsonObject{
                         {QStringLiteral("summary"), QStringLiteral("opened read-only; kernel read-only flag set")}}},
                    {QStringLiteral("source"),
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("block-device")},
                                 {QStringLiteral("device"),
                                  QJsonObject{{QStringLiteral("vendor"), QStringLiteral("ATA")},
                                              {QStringLiteral("model"), QStringLiteral("Samsung SSD 870 EVO 500GB")},
                                              {QStringLiteral("serial"), QStringLiteral("S6PXNU0T123456")},
                                              {QStringLiteral("logical_sector_size"), 512}}}}}};
            clock.set(utc(20, 5, 10 + i));
            auto reg = store->registerEvidence(e);
            check(reg, "evidence");
            evidenceSha256 << e.sha256;
            evidenceMd5 << e.md5;
        }

        clock.set(utc(20, 6, 0));
        check(clocks->classify(id, {QStringLiteral("personal-data")}, utc(20, 5, 0),
                               QStringLiteral("Payroll exports on the share hold employee bank details")),
              "classify");
        BreachDetails b;
        b.incidentId = id;
        b.nature = QStringLiteral("Encryption and probable exfiltration of payroll export files by ransomware.");
        b.subjectCategories = QStringLiteral("employees");
        b.subjectCount = QStringLiteral("about 1,200");
        b.recordCategories = QStringLiteral("payroll records, bank details");
        b.recordCount = QStringLiteral("about 14,000");
        b.contactPoint = QStringLiteral("Data Protection Officer, dpo@example.com, +33 1 23 45 67 00");
        b.consequences = QStringLiteral("Risk of fraud attempts using bank details; no passwords were involved.");
        b.measures = QStringLiteral("Affected employees are being informed and offered bank-fraud monitoring.");
        check(clocks->saveBreachDetails(b), "breach");

        clock.set(utc(21, 10, 0));
        Notice n;
        n.incidentId = id;
        n.clockId = QStringLiteral("gdpr-art33");
        n.sentAt = utc(21, 9, 30);
        n.recipient = QStringLiteral("CNIL");
        n.channel = QStringLiteral("CNIL online form");
        n.reference = QStringLiteral("CNIL-2026-88412");
        check(clocks->recordNotice(n), "notice");
        Notice customers = n;
        customers.clockId = QStringLiteral("customer-personal");
        customers.sentAt = utc(20, 22, 0);
        customers.recipient = QStringLiteral("Affected customers (portal banner and e-mail)");
        customers.channel = QStringLiteral("e-mail");
        customers.reference = QStringLiteral("MAIL-2026-11-20");
        check(clocks->recordNotice(customers), "customer notice");

        check(response->recordRecovery({0,
                                        id,
                                        QStringLiteral("service-restored"),
                                        hostname,
                                        QStringLiteral("Finance share restored from the 2026-11-19 backup"),
                                        QStringLiteral("Bruno Marley"),
                                        utc(21, 8, 0),
                                        {}}),
              "recovery");
        check(response->recordRecovery({0,
                                        id,
                                        QStringLiteral("verified-clean"),
                                        hostname,
                                        QStringLiteral("EDR full scan clean; no persistence found"),
                                        QStringLiteral("Bruno Marley"),
                                        utc(21, 9, 0),
                                        {}}),
              "recovery");

        RootCauseAnalysis r;
        r.incidentId = id;
        r.detectionMethod = QStringLiteral("EDR alert on mass file renames on the finance share at 02:07 UTC");
        r.trigger = QStringLiteral("A phishing e-mail with a macro document");
        r.rootCause = rootCause;
        r.contributingFactors = QStringLiteral(
            "Macros allowed for documents from the internet; flat network between office and server VLANs.");
        r.fiveWhys = whys;
        r.wentWell =
            QStringLiteral("The EDR alert reached the on-call engineer within four minutes; backups were intact.");
        r.wentWrong = QStringLiteral("Nobody knew who owned the svc-backup account.");
        r.gotLucky = QStringLiteral("The attacker started on a Friday night share with few open files.");
        check(response->saveRca(r), "rca");
        check(response->addCorrectiveAction({0,
                                             id,
                                             QStringLiteral("Rotate and vault every service-account password"),
                                             QStringLiteral("Bruno Marley"),
                                             QDate(2026, 12, 15),
                                             QStringLiteral("in-progress"),
                                             {}}),
              "corrective");
        check(response->addCorrectiveAction({0,
                                             id,
                                             QStringLiteral("Block macros in documents from the internet"),
                                             QStringLiteral("IT workplace"),
                                             QDate(2026, 12, 1),
                                             QStringLiteral("open"),
                                             {}}),
              "corrective");
        check(response->addCorrectiveAction({0,
                                             id,
                                             QStringLiteral("Separate office and server VLANs"),
                                             QStringLiteral("Network team"),
                                             QDate(2027, 2, 1),
                                             QStringLiteral("open"),
                                             {}}),
              "corrective");

        // A second incident whose timeline spans several pages.
        clock.set(utc(22, 8, 0));
        NewIncident longSpec;
        longSpec.title = QStringLiteral("Credential stuffing on the customer portal");
        longSpec.commander = commander;
        longSpec.detectedAt = utc(22, 7, 0);
        auto other = store->createIncident(longSpec);
        if (!other)
            return other.error().message;
        longId = other->id;
        for (int i = 0; i < longEntries; ++i)
            check(response->addTimelineNote(
                      {0,
                       longId,
                       utc(22, 7, 0).addSecs(i * 17),
                       QStringLiteral("Failed login burst %1 from a residential proxy range").arg(i + 1),
                       QStringLiteral("portal access log"),
                       QStringLiteral("confirmed"),
                       {},
                       {}}),
                  "long note");
        clock.set(utc(23, 9, 0));
        return problems.join(QLatin1Char('\n'));
    }
};

} // namespace firebreak::doctest
