// Evidence register: collection facts, chain of custody and verification
// history are appended and audited, never overwritten.

#include "model/CaseStore.h"
#include "model/evidence/EvidenceService.h"
#include "support/PgTestSupport.h"
#include "support/TestSupport.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace firebreak;
using namespace firebreak::test;

class TestEvidence : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(3, 0), QTimeZone::utc())};

    // A fresh case file of its own, actor "bob"; null if it cannot be opened.
    std::unique_ptr<CaseStore> openStore(const QString &file)
    {
        auto opened = CaseStore::open(storeSpec(m_dir, file), m_clock, QStringLiteral("bob"));
        return opened.ok() ? std::move(*opened) : nullptr;
    }

private slots:
    void custodyAndVerificationHistory()
    {
        const auto opened = openStore(QStringLiteral("ev.sqlite"));
        QVERIFY(opened);
        CaseStore &store = *opened;
        const QString id = store.createIncident({QStringLiteral("x"), {}, Severity::High, {}, {}, {}, {}})->id;
        EvidenceService svc(store);

        EvidenceItem item;
        item.incidentId = id;
        item.kind = EvidenceKind::File;
        item.description = QStringLiteral("memory dump of fs01");
        item.source = QStringLiteral("fs01:/dev/mem via LiME");
        item.examiner = QStringLiteral("B. Marley, forensic analyst, +33 6 00 00 00 01");
        item.collectedAt = QDateTime(QDate(2026, 11, 23), QTime(2, 10), QTimeZone("Europe/Paris"));
        item.collectedZone = QStringLiteral("Europe/Paris");
        item.volatility = QStringLiteral("memory-network-processes");
        item.sha256 = QString(64, QLatin1Char('c'));
        item.volatility = QStringLiteral("very");
        QVERIFY(!store.registerEvidence(item).ok());
        item.volatility = QStringLiteral("memory-network-processes");
        auto reg = store.registerEvidence(item);
        QVERIFY(reg.ok());
        const QString num = reg->evidenceNumber;
        QCOMPARE(svc.item(id, num)->collectedZone, QStringLiteral("Europe/Paris"));
        QCOMPARE(svc.item(id, num)->collectedAt, QDateTime(QDate(2026, 11, 23), QTime(1, 10), QTimeZone::utc()));

        auto chain = svc.custody(id, num);
        QCOMPARE(chain->size(), 1);
        QCOMPARE(chain->first().action, QStringLiteral("collected"));
        QVERIFY(chain->first().toParty.contains(QLatin1String("B. Marley")));

        CustodyEvent transfer;
        transfer.incidentId = id;
        transfer.evidenceNumber = num;
        transfer.action = QStringLiteral("transferred");
        transfer.fromParty = QStringLiteral("B. Marley");
        QVERIFY(!svc.recordCustody(transfer).ok()); // no recipient
        transfer.toParty = QStringLiteral("Lt. Dupont, OFAC");
        transfer.purpose = QStringLiteral("analysis by law enforcement");
        transfer.method = QStringLiteral("hand delivery, sealed bag S-0042");
        transfer.zone = QStringLiteral("Mars/Olympus");
        QVERIFY(!svc.recordCustody(transfer).ok());
        transfer.zone = QStringLiteral("Europe/Paris");
        QVERIFY(svc.recordCustody(transfer).ok());
        CustodyEvent stored;
        stored.incidentId = id;
        stored.evidenceNumber = num;
        stored.action = QStringLiteral("stored");
        stored.location = QStringLiteral("Safe 2, room B12");
        QVERIFY(svc.recordCustody(stored).ok());
        QCOMPARE(svc.item(id, num)->storageLocation, QStringLiteral("Safe 2, room B12"));
        QCOMPARE(svc.custody(id, num)->size(), 3);

        VerificationEvent bad{0,
                              id,
                              num,
                              {},
                              Verification::Mismatch,
                              {},
                              {},
                              QString(64, QLatin1Char('d')),
                              QStringLiteral("SHA-256 differs"),
                              {}};
        QVERIFY(svc.recordVerification(bad).ok());
        QCOMPARE(svc.item(id, num)->verification, Verification::Mismatch);
        m_clock.advanceSecs(60);
        VerificationEvent good{0, id, num, {}, Verification::Verified, {}, {}, QString(64, QLatin1Char('c')), {}, {}};
        QVERIFY(svc.recordVerification(good).ok());
        QCOMPARE(svc.item(id, num)->verification, Verification::Verified);
        QCOMPARE(svc.verifications(id, num)->size(), 2); // the mismatch is kept
        QCOMPARE(svc.verifications(id, num)->first().result, Verification::Mismatch);

        QStringList actions;
        for (const AuditEntry &e : *store.auditLog(id))
            actions << e.action;
        QCOMPARE(actions, QStringList({QStringLiteral("incident.create"), QStringLiteral("evidence.register"),
                                       QStringLiteral("custody.transferred"), QStringLiteral("custody.stored"),
                                       QStringLiteral("evidence.verify"), QStringLiteral("evidence.verify")}));
        QVERIFY(!svc.item(id, QStringLiteral("E-999")).ok());
        QVERIFY(store.verifyAudit()->intact());
    }

    // Issue #21.12: only who holds an item can hand it over; anything else
    // is refused unless it says why, and a backdated entry cannot make a
    // later hand-over come from a non-holder.
    void transferFromNonHolderIsRefused()
    {
        const auto opened = openStore(QStringLiteral("holder.sqlite"));
        QVERIFY(opened);
        CaseStore &store = *opened;
        const QString id = store.createIncident({QStringLiteral("x"), {}, Severity::High, {}, {}, {}, {}})->id;
        EvidenceService svc(store);
        EvidenceItem item;
        item.incidentId = id;
        item.kind = EvidenceKind::File;
        item.description = QStringLiteral("ransom note");
        item.examiner = QStringLiteral("Bénédicte Marley, forensic analyst, +33 6 00 00 00 01");
        item.collectedAt = m_clock.nowUtc().addSecs(-3600);
        item.sha256 = QString(64, QLatin1Char('a'));
        auto reg = store.registerEvidence(item);
        QVERIFY(reg.ok());
        const QString num = reg->evidenceNumber;
        const auto auditCount = [&] { return store.auditLog(id)->size(); };

        const auto custody = [&](const QString &action, const QString &from, const QString &to, qint64 minutesAgo) {
            CustodyEvent e;
            e.incidentId = id;
            e.evidenceNumber = num;
            e.action = action;
            e.fromParty = from;
            e.toParty = to;
            e.purpose = QStringLiteral("analysis");
            e.location = QStringLiteral("lab");
            e.at = m_clock.nowUtc().addSecs(-60 * minutesAgo);
            return e;
        };

        // Someone who never held it.
        const qsizetype before = auditCount();
        auto refused = svc.recordCustody(
            custody(QStringLiteral("transferred"), QStringLiteral("Mallory"), QStringLiteral("Lt. Dupont, OFAC"), 50));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        QVERIFY2(refused.error().message.contains(QStringLiteral("Bénédicte Marley")) &&
                     refused.error().message.contains(QLatin1String("\"Mallory\"")),
                 qPrintable(refused.error().message));
        QCOMPARE(svc.custody(id, num)->size(), 1);
        QCOMPARE(auditCount(), before);

        // Dated a moment before the collection (the minute of slack): the
        // collector still held it then.
        CustodyEvent early =
            custody(QStringLiteral("transferred"), QStringLiteral("Mallory"), QStringLiteral("Lt. Dupont, OFAC"), 60);
        early.at = item.collectedAt.addSecs(-30);
        QVERIFY(!svc.recordCustody(early).ok());
        QCOMPARE(auditCount(), before);

        // The holder under another spelling: case, accents, spacing and the
        // title after the comma set aside.
        QVERIFY(svc.recordCustody(custody(QStringLiteral("transferred"), QStringLiteral("  benedicte  MARLEY "),
                                          QStringLiteral("Lt. Dupont, OFAC"), 50))
                    .ok());
        // Examining does not change hands: Dupont still holds it.
        QVERIFY(svc.recordCustody(custody(QStringLiteral("examined"), {}, QStringLiteral("Dr. Who, lab"), 40)).ok());
        QVERIFY(!svc.recordCustody(custody(QStringLiteral("transferred"), QStringLiteral("Dr. Who"),
                                           QStringLiteral("Court clerk"), 30))
                     .ok());
        // A backdated hand-over by Marley (before Dupont's hand-over, so
        // Marley held it then) that gives it to the clerk would make the
        // later transfer from Marley come from a non-holder.
        auto backdated = svc.recordCustody(
            custody(QStringLiteral("transferred"), QStringLiteral("B. Marley"), QStringLiteral("Court clerk"), 55));
        QVERIFY(!backdated.ok());
        QVERIFY2(backdated.error().message.contains(QLatin1String("later hand-over")),
                 qPrintable(backdated.error().message));

        // With a reason, recorded and audited with it.
        CustodyEvent overridden =
            custody(QStringLiteral("transferred"), QStringLiteral("Dr. Who"), QStringLiteral("Court clerk"), 30);
        overridden.overrideReason = QStringLiteral("Dupont handed it to Dr. Who by phone instruction; form follows");
        auto kept = svc.recordCustody(overridden);
        QVERIFY2(kept.ok(), kept.ok() ? "" : qPrintable(kept.error().message));
        QCOMPARE(svc.custody(id, num)->last().overrideReason, overridden.overrideReason);
        const AuditEntry last = store.auditLog(id)->last();
        QCOMPARE(last.action, QStringLiteral("custody.transferred"));
        QCOMPARE(last.data.value(QStringLiteral("override_reason")).toString(), overridden.overrideReason);
        // The clerk holds it now; a return from the clerk is a plain entry.
        QVERIFY(svc.recordCustody(custody(QStringLiteral("returned"), QStringLiteral("Court clerk"),
                                          QStringLiteral("B. Marley"), 20))
                    .ok());
        QVERIFY(store.verifyAudit()->intact());
    }

    // Issue #20.4: an item names the listed system it was taken from; only
    // disk images of listed systems count as forensic copies of them.
    void itemsNameTheirSystem()
    {
        const auto opened = openStore(QStringLiteral("sys.sqlite"));
        QVERIFY(opened);
        CaseStore &store = *opened;
        const QString id = store.createIncident({QStringLiteral("x"), {}, Severity::High, {}, {}, {}, {}})->id;
        AffectedSystem fs01;
        fs01.incidentId = id;
        fs01.hostname = QStringLiteral("fs01");
        QVERIFY(store.addSystem(id, fs01).ok());
        EvidenceService svc(store);

        EvidenceItem disk;
        disk.incidentId = id;
        disk.kind = EvidenceKind::Image;
        disk.description = QStringLiteral("fs01 system disk");
        disk.examiner = QStringLiteral("B. Marley");
        disk.sha256 = QString(64, QLatin1Char('b'));
        disk.details = QJsonObject{
            {QStringLiteral("source"), QJsonObject{{QStringLiteral("type"), QStringLiteral("block-device")}}}};
        disk.system = QStringLiteral("db02");
        auto unknown = store.registerEvidence(disk);
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.error().message.contains(QLatin1String("\"db02\"")) &&
                     unknown.error().message.contains(QLatin1String("fs01")),
                 qPrintable(unknown.error().message));
        QVERIFY(store.evidence(id)->isEmpty());
        disk.system = QStringLiteral("FS01");
        auto reg = store.registerEvidence(disk);
        QVERIFY(reg.ok());
        QCOMPARE(svc.item(id, reg->evidenceNumber)->system, QStringLiteral("fs01"));
        QVERIFY(isSystemDiskImage(*svc.item(id, reg->evidenceNumber)));

        // A file imaged byte for byte (a ransom note) is not a disk image.
        EvidenceItem note = disk;
        note.evidenceNumber.clear();
        note.description = QStringLiteral("ransom note");
        note.details =
            QJsonObject{{QStringLiteral("source"), QJsonObject{{QStringLiteral("type"), QStringLiteral("file")}}}};
        const QString noteNum = store.registerEvidence(note)->evidenceNumber;
        QVERIFY(!isSystemDiskImage(*svc.item(id, noteNum)));
        EvidenceItem file = note;
        file.kind = EvidenceKind::File;
        file.details = {};
        QVERIFY(!isSystemDiskImage(file));

        // Linking later: audited once; the same link again writes nothing.
        EvidenceItem unlinked = disk;
        unlinked.evidenceNumber.clear();
        unlinked.system.clear();
        const QString n3 = store.registerEvidence(unlinked)->evidenceNumber;
        QVERIFY(!isSystemDiskImage(*svc.item(id, n3)));
        QVERIFY(!svc.linkSystem(id, n3, QStringLiteral("nope")).ok());
        const qsizetype before = store.auditLog(id)->size();
        QCOMPARE(svc.linkSystem(id, n3, QStringLiteral("fs01"))->system, QStringLiteral("fs01"));
        QVERIFY(svc.linkSystem(id, n3, QStringLiteral("FS01")).ok());
        QCOMPARE(store.auditLog(id)->size(), before + 1);
        QCOMPARE(store.auditLog(id)->last().action, QStringLiteral("evidence.link-system"));
        QVERIFY(isSystemDiskImage(*svc.item(id, n3)));
        QVERIFY(svc.linkSystem(id, n3, {}).ok());
        QVERIFY(svc.item(id, n3)->system.isEmpty());
        QVERIFY(store.verifyAudit()->intact());
    }
};

QTEST_GUILESS_MAIN(TestEvidence)
#include "tst_evidence.moc"
