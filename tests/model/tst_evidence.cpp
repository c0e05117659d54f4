// Evidence register: collection facts, chain of custody and verification
// history are appended and audited, never overwritten.

#include "model/CaseStore.h"
#include "model/evidence/EvidenceService.h"
#include "support/PgTestSupport.h"
#include "support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace firebreak;
using namespace firebreak::test;

class TestEvidence : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(3, 0), QTimeZone::utc())};

private slots:
    void custodyAndVerificationHistory()
    {
        auto opened = CaseStore::open(storeSpec(m_dir, QStringLiteral("ev.sqlite")), m_clock, QStringLiteral("bob"));
        QVERIFY(opened.ok());
        CaseStore &store = **opened;
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
        CustodyEvent stored{0,  id, num, QStringLiteral("stored"),           {}, {},
                            {}, {}, {},  QStringLiteral("Safe 2, room B12"), {}, {},
                            {}, {}};
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
};

QTEST_GUILESS_MAIN(TestEvidence)
#include "tst_evidence.moc"
