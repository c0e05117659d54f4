// Incidents and what hangs off them: ids, validation, people, systems,
// evidence numbering, and that a refused change writes nothing.

#include "model/CaseStore.h"
#include "support/PgTestSupport.h"
#include "support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace firebreak;
using namespace firebreak::test;

class TestIncidents : public QObject {
    Q_OBJECT

    std::unique_ptr<CaseStore> open(const QString &name)
    {
        auto store = CaseStore::open(storeSpec(m_dir, name), m_clock, QStringLiteral("ada"));
        return store ? std::move(store).value() : nullptr;
    }
    static NewIncident titled(const QString &t) { return {t, {}, Severity::Medium, {}, {}, {}, {}}; }

private slots:
    void idsAreSequentialPerYear()
    {
        m_clock.set(QDateTime(QDate(2026, 12, 31), QTime(23, 59), QTimeZone::utc()));
        auto store = open(QStringLiteral("ids.sqlite"));
        QVERIFY(store);
        QCOMPARE(store->createIncident(titled(QStringLiteral("a")))->id, QStringLiteral("INC-2026-0001"));
        QCOMPARE(store->createIncident(titled(QStringLiteral("b")))->id, QStringLiteral("INC-2026-0002"));
        m_clock.advanceSecs(120); // new year, UTC
        QCOMPARE(store->createIncident(titled(QStringLiteral("c")))->id, QStringLiteral("INC-2027-0001"));
        QVERIFY(isIncidentId(QStringLiteral("INC-2027-0001")));
        QVERIFY(!isIncidentId(QStringLiteral("INC-27-1")));
    }

    void fieldsRoundTrip()
    {
        auto store = open(QStringLiteral("fields.sqlite"));
        QVERIFY(store);
        NewIncident spec{QStringLiteral("  Ransomware   on fs01 "),
                         QStringLiteral("Files encrypted"),
                         Severity::Critical,
                         QStringLiteral("Ada Lovelace"),
                         QDateTime(QDate(2026, 11, 22), QTime(23, 10), QTimeZone::utc()),
                         QDateTime(QDate(2026, 11, 23), QTime(1, 30), QTimeZone(3600)),
                         {}};
        auto created = store->createIncident(spec);
        QVERIFY(created.ok());
        auto read = store->incident(created->id);
        QVERIFY(read.ok());
        QCOMPARE(read->title, QStringLiteral("Ransomware on fs01"));
        QCOMPARE(read->severity, Severity::Critical);
        QCOMPARE(read->phase, Phase::Triage);
        QCOMPARE(read->status, IncidentStatus::Open);
        QCOMPARE(read->commander, QStringLiteral("Ada Lovelace"));
        QCOMPARE(read->detectedAt, spec.detectedAt);
        QCOMPARE(read->awareAt, QDateTime(QDate(2026, 11, 23), QTime(0, 30), QTimeZone::utc()));
        QCOMPARE(read->createdAt, m_clock.nowUtc());
    }

    void emptyTitleIsRefusedAndWritesNothing()
    {
        auto store = open(QStringLiteral("empty-title.sqlite"));
        QVERIFY(store);
        auto r = store->createIncident(titled(QStringLiteral("   ")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Usage);
        QVERIFY(r.error().message.contains(QLatin1String("title")));
        QCOMPARE(store->incidents()->size(), 0);
        QCOMPARE(store->auditLog()->size(), 0);
    }

    void unknownIncidentIsNamed()
    {
        auto store = open(QStringLiteral("unknown.sqlite"));
        QVERIFY(store);
        auto r = store->incident(QStringLiteral("INC-2026-0404"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::NotFound);
        QVERIFY(r.error().message.contains(QLatin1String("INC-2026-0404")));
        QVERIFY(r.error().message.contains(store->path()));
        auto p = store->addPerson(QStringLiteral("INC-2026-0404"), {0, {}, QStringLiteral("Bob"), {}, {}, {}});
        QVERIFY(!p.ok());
        QCOMPARE(store->auditLog()->size(), 0);
    }

    void peopleAndSystemsNeedNames()
    {
        auto store = open(QStringLiteral("people.sqlite"));
        QVERIFY(store);
        const QString id = store->createIncident(titled(QStringLiteral("x")))->id;
        QVERIFY(!store->addPerson(id, {0, {}, QStringLiteral(" "), {}, {}, {}}).ok());
        QVERIFY(!store->addSystem(id, {0, {}, QString(), {}, {}, {}, {}, {}}).ok());
        auto bob =
            store->addPerson(id, {0, {}, QStringLiteral("Bob"), QStringLiteral("CTO"), QStringLiteral("+33 1 23"), {}});
        QVERIFY(bob.ok());
        QVERIFY(bob->id > 0);
        auto sys = store->addSystem(id, {0,
                                         {},
                                         QStringLiteral("fs01"),
                                         QStringLiteral("10.0.0.5"),
                                         QStringLiteral("00:11:22:33:44:55"),
                                         QStringLiteral("IT"),
                                         QStringLiteral("Rack 4"),
                                         {}});
        QVERIFY(sys.ok());
        QCOMPARE(store->people(id)->first().contact, QStringLiteral("+33 1 23"));
        QCOMPARE(store->systems(id)->first().macAddress, QStringLiteral("00:11:22:33:44:55"));
        QCOMPARE(store->auditLog(id)->size(), 3);
    }

    void evidenceNumbersAreAssignedAndUnique()
    {
        auto store = open(QStringLiteral("evidence.sqlite"));
        QVERIFY(store);
        const QString id = store->createIncident(titled(QStringLiteral("x")))->id;
        EvidenceItem item;
        item.incidentId = id;
        item.description = QStringLiteral("fs01 system disk");
        item.sha256 = QString(64, QLatin1Char('b'));
        auto first = store->registerEvidence(item);
        QVERIFY(first.ok());
        QCOMPARE(first->evidenceNumber, QStringLiteral("E-001"));
        item.evidenceNumber = QStringLiteral("E-002");
        QVERIFY(store->registerEvidence(item).ok());
        item.evidenceNumber.clear();
        QCOMPARE(store->registerEvidence(item)->evidenceNumber, QStringLiteral("E-003"));
        item.evidenceNumber = QStringLiteral("E-002");
        auto dup = store->registerEvidence(item);
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().kind, Error::Kind::Conflict);
        QVERIFY(dup.error().message.contains(QLatin1String("E-002")));
        QCOMPARE(store->evidence(id)->size(), 3);
        QCOMPARE(store->evidence(id)->first().sha256, QString(64, QLatin1Char('b')));
    }

    // Two workbenches edit the same incident: the second save, made from a
    // copy read before the first, is refused with who and when, and the
    // first user's change stays.
    void staleEditIsRefusedWithWhoAndWhen()
    {
        const QString spec = storeSpec(m_dir, QStringLiteral("stale.sqlite"));
        QVERIFY(!spec.isEmpty());
        auto ada = CaseStore::open(spec, m_clock, QStringLiteral("ada"));
        QVERIFY(ada.ok());
        auto bob = CaseStore::open(spec, m_clock, QStringLiteral("bob"));
        QVERIFY(bob.ok());
        const QString id = (*ada)->createIncident(titled(QStringLiteral("Phishing wave")))->id;
        Incident adaCopy = *(*ada)->incident(id);
        Incident bobCopy = *(*bob)->incident(id);
        QCOMPARE(adaCopy.rowVersion, 1);

        m_clock.advanceSecs(90);
        adaCopy.severity = Severity::Critical;
        auto saved = (*ada)->updateIncident(adaCopy);
        QVERIFY(saved.ok());
        QCOMPARE(saved->rowVersion, 2);
        QCOMPARE(saved->updatedBy, QStringLiteral("ada"));

        bobCopy.title = QStringLiteral("Phishing wave, finance only");
        auto refused = (*bob)->updateIncident(bobCopy);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        const QString msg = refused.error().message;
        QVERIFY2(msg.contains(id) && msg.contains(QLatin1String("changed by ada")), qPrintable(msg));
        QVERIFY2(msg.contains(toIsoUtc(m_clock.nowUtc()).left(10)), qPrintable(msg));
        QVERIFY2(msg.contains(QLatin1String("reload")), qPrintable(msg));

        // Ada's change is intact, Bob's wrote nothing, the chain is whole.
        auto now = (*bob)->incident(id);
        QCOMPARE(now->severity, Severity::Critical);
        QCOMPARE(now->title, QStringLiteral("Phishing wave"));
        QCOMPARE((*bob)->auditLog(id)->size(), 2);
        QVERIFY((*bob)->verifyAudit()->intact());

        // After a reload Bob's edit goes through.
        Incident reloaded = *now;
        reloaded.title = bobCopy.title;
        QVERIFY((*bob)->updateIncident(reloaded).ok());
        QCOMPARE((*ada)->incident(id)->title, bobCopy.title);
        QCOMPARE((*ada)->incident(id)->severity, Severity::Critical);
    }

    // Adding a person touches the incident but is not an edit of its
    // fields: an open edit form must not conflict with it.
    void additionsDoNotInvalidateAnOpenEdit()
    {
        auto store = open(QStringLiteral("touch.sqlite"));
        QVERIFY(store);
        const QString id = store->createIncident(titled(QStringLiteral("Lost laptop")))->id;
        Incident copy = *store->incident(id);
        QVERIFY(store->addPerson(id, {0, {}, QStringLiteral("Eve"), {}, {}, {}}).ok());
        copy.severity = Severity::High;
        QVERIFY(store->updateIncident(copy).ok());
    }

    void updateWithoutChangesRecordsNothing()
    {
        auto store = open(QStringLiteral("noop.sqlite"));
        QVERIFY(store);
        auto inc = store->createIncident(titled(QStringLiteral("x")));
        QVERIFY(store->updateIncident(*inc).ok());
        QCOMPARE(store->auditLog()->size(), 1);
        Incident blank = *inc;
        blank.title = QStringLiteral(" ");
        QVERIFY(!store->updateIncident(blank).ok());
        QCOMPARE(store->incident(inc->id)->title, QStringLiteral("x"));
    }

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(3, 0), QTimeZone::utc())};
};

QTEST_GUILESS_MAIN(TestIncidents)
#include "tst_incidents.moc"
