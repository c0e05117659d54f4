// The customer Reason-for-Outage (issue #20), in English and French:
// - its notifications section follows each clock's real state;
// - it is built from an allow-list, so internal identifiers typed into
//   every free-text field of an incident never reach it (while the internal
//   report carries them all), and what was left out is listed;
// - its claims come from facts (only disk images count as forensic copies).
// Real case file, real PDFs, read back with pdftotext.

#include "PdfTools.h"
#include "ReportFixture.h"
#include "app/documents/Documents.h"
#include "app/documents/Template.h"
#include "model/ShippedTexts.h"
#include "model/evidence/EvidenceService.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace firebreak;
using namespace firebreak::doctest;
using namespace firebreak::documents;

namespace {

// One line of internal identifiers, typed into every free-text field.
const QStringList kCorpus = {
    QStringLiteral("fs01-new"),              // hostname, not registered as a system
    QStringLiteral("api-gw-03"),             // hostname, registered
    QStringLiteral("jdoe-admin"),            // account
    QStringLiteral("cust-exports-prod"),     // bucket
    QStringLiteral("\\\\fs01-new\\payroll"), // UNC path
    QStringLiteral("10.20.30.41"),           // internal address
    QStringLiteral("172.16.0.0/12"),         // internal range
    QStringLiteral("203.0.113.66"),          // the attacker's public address
    QStringLiteral("198.51.100.0/24"),       // the attacker's public range
    QStringLiteral("Jane Doe"),              // staff name
    QStringLiteral("jane.doe@corp.example"), // staff e-mail
    QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"), // evidence hash
};

QString corpusLine(const char *field)
{
    return QStringLiteral("%1 %2").arg(QLatin1String(field), kCorpus.join(QLatin1Char(' ')));
}

} // namespace

class TestDocumentsRfo : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ReportFixture m_f;
    QTranslator m_french;
    QMap<QString, QString> m_state; // clock state → incident id
    QString m_leaky;                // every free-text field filled with kCorpus

    void setFrench(bool on)
    {
        if (on)
            QCoreApplication::installTranslator(&m_french);
        else
            QCoreApplication::removeTranslator(&m_french);
    }

    // Renders the document through the real pipeline; returns the PDF's path.
    QString render(const QString &id, DocumentKind kind, const QString &name, DocumentSource *sourceOut = nullptr)
    {
        auto facts = gatherFacts(*m_f.store, *m_f.response, *m_f.clocks, id);
        if (!facts)
            qFatal("gatherFacts: %s", qPrintable(facts.error().message));
        DocumentOptions o;
        o.kind = kind;
        o.zone = QTimeZone(QByteArrayLiteral("Europe/Paris"));
        o.author = QStringLiteral("Jane Doe");
        o.templateDir = m_dir.filePath(QStringLiteral("no-overrides"));
        auto src = compose(*facts, o);
        if (!src)
            qFatal("compose: %s", qPrintable(src.error().message));
        if (sourceOut)
            *sourceOut = *src;
        auto paged = PagedDocument::layout(*src);
        if (!paged)
            qFatal("layout: %s", qPrintable(paged.error().message));
        const QString path = m_dir.filePath(name);
        if (!writePdf(**paged, path).ok())
            qFatal("cannot write %s", qPrintable(path));
        keep(path);
        return path;
    }
    static void keep(const QString &path)
    {
        const QString dir = qEnvironmentVariable("FIREBREAK_KEEP_REPORTS");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QFile::remove(QDir(dir).filePath(QFileInfo(path).fileName()));
            QFile::copy(path, QDir(dir).filePath(QFileInfo(path).fileName()));
        }
    }
    // The notifications section of an RFO, whitespace collapsed.
    static QString notificationsOf(const QString &pdf)
    {
        const QString text = flat(pdfText(pdf, false));
        const qsizetype from = text.lastIndexOf(QLatin1String("Notifications"));
        const qsizetype to = text.indexOf(QLatin1String("Contact"), from);
        return from < 0 ? QString() : text.mid(from, to < 0 ? -1 : to - from);
    }

    QString newIncident(const QString &title)
    {
        NewIncident spec;
        spec.title = title;
        spec.commander = QStringLiteral("Ada Moreau");
        spec.detectedAt = utc(23, 4, 0);
        auto inc = m_f.store->createIncident(spec);
        if (!inc)
            qFatal("createIncident: %s", qPrintable(inc.error().message));
        return inc->id;
    }
    void classify(const QString &id, const QDateTime &trigger)
    {
        auto st = m_f.clocks->classify(id, {QStringLiteral("personal-data")}, trigger, QStringLiteral("payroll"));
        if (!st)
            qFatal("classify: %s", qPrintable(st.error().message));
    }
    qint64 notice(const QString &id, const QDateTime &sent, const QString &reference, const QString &delay = {})
    {
        Notice n;
        n.incidentId = id;
        n.clockId = QStringLiteral("gdpr-art33");
        n.sentAt = sent;
        n.recipient = QStringLiteral("CNIL");
        n.channel = QStringLiteral("CNIL online form");
        n.reference = reference;
        n.delayReason = delay;
        auto r = m_f.clocks->recordNotice(n);
        if (!r)
            qFatal("recordNotice: %s", qPrintable(r.error().message));
        return r->id;
    }

    // An incident with kCorpus typed into every free-text field the
    // workbench has: incident, people, systems, containment, recovery, RCA,
    // corrective actions, contacts, timeline, evidence, custody, steps,
    // classification, breach facts, notices and waivers.
    QString buildLeaky()
    {
        const PlaybookSet books = playbooks::load();
        NewIncident spec;
        spec.title = corpusLine("title");
        spec.description = corpusLine("description");
        spec.commander = QStringLiteral("Jane Doe");
        spec.detectedAt = utc(19, 5, 0);
        spec.awareAt = utc(19, 6, 0);
        spec.playbookId = QStringLiteral("ransomware");
        auto inc = m_f.store->createIncident(spec, books.find(spec.playbookId)->steps);
        if (!inc)
            return {};
        const QString id = inc->id;
        QStringList problems;
        auto check = [&](const auto &r, const char *what) {
            if (!r.ok())
                problems << QStringLiteral("%1: %2").arg(QLatin1String(what), r.error().message);
        };
        check(m_f.store->addPerson(
                  id,
                  {0, id, QStringLiteral("Jane Doe"), corpusLine("role"), QStringLiteral("jane.doe@corp.example"), {}}),
              "person");
        check(m_f.store->addSystem(id, {0,
                                        id,
                                        QStringLiteral("api-gw-03"),
                                        QStringLiteral("10.20.30.41"),
                                        QStringLiteral("52:54:00:aa:bb:cc"),
                                        corpusLine("owner"),
                                        corpusLine("location"),
                                        {}}),
              "system");
        check(m_f.response->recordContainment({0,
                                               id,
                                               QStringLiteral("fs01-new"),
                                               corpusLine("containment"),
                                               QStringLiteral("Jane Doe"),
                                               utc(19, 7, 0),
                                               corpusLine("verified"),
                                               {}}),
              "containment");
        check(m_f.response->recordRecovery({0,
                                            id,
                                            QStringLiteral("service-restored"),
                                            QStringLiteral("api-gw-03"),
                                            corpusLine("recovery"),
                                            QStringLiteral("Jane Doe"),
                                            utc(20, 7, 0),
                                            {}}),
              "recovery");
        RootCauseAnalysis r;
        r.incidentId = id;
        r.detectionMethod = corpusLine("detection");
        r.trigger = corpusLine("trigger");
        r.rootCause = corpusLine("root cause");
        r.contributingFactors = corpusLine("factors");
        r.fiveWhys = {corpusLine("why")};
        r.wentWell = corpusLine("went well");
        r.wentWrong = corpusLine("went wrong");
        r.gotLucky = corpusLine("lucky");
        check(m_f.response->saveRca(r), "rca");
        check(m_f.response->addCorrectiveAction({0,
                                                 id,
                                                 corpusLine("corrective"),
                                                 QStringLiteral("Jane Doe"),
                                                 QDate(2026, 12, 20),
                                                 QStringLiteral("open"),
                                                 {}}),
              "corrective");
        ContactEntry c;
        c.incidentId = id;
        c.at = utc(19, 9, 0);
        c.partyType = QStringLiteral("law-enforcement");
        c.organisation = corpusLine("agency");
        c.person = QStringLiteral("Jane Doe");
        c.caseReference = corpusLine("case");
        c.channel = corpusLine("channel");
        c.summary = corpusLine("summary");
        check(m_f.response->logContact(c), "contact");
        check(
            m_f.response->addTimelineNote(
                {0, id, utc(19, 4, 0), corpusLine("note"), corpusLine("source"), QStringLiteral("confirmed"), {}, {}}),
            "note");
        check(m_f.response->completeStep(id, QStringLiteral("stop-spread"), corpusLine("step note")), "step");
        EvidenceItem e;
        e.incidentId = id;
        e.kind = EvidenceKind::Image;
        e.description = corpusLine("evidence");
        e.source = QStringLiteral("\\\\fs01-new\\payroll");
        e.imagePath = QStringLiteral("/evidence/cust-exports-prod/E-001.img");
        e.sizeBytes = 4096;
        e.sha256 = kCorpus.last();
        e.md5 = QStringLiteral("0123456789abcdef0123456789abcdef");
        e.examiner = QStringLiteral("Jane Doe");
        e.startedAt = utc(19, 8, 0);
        e.endedAt = utc(19, 8, 30);
        auto reg = m_f.store->registerEvidence(e);
        check(reg, "evidence");
        if (reg) {
            CustodyEvent ev;
            ev.incidentId = id;
            ev.evidenceNumber = reg->evidenceNumber;
            ev.action = QStringLiteral("transferred");
            ev.at = utc(19, 9, 30);
            ev.zone = QStringLiteral("Europe/Paris");
            ev.fromParty = QStringLiteral("Jane Doe");
            ev.toParty = corpusLine("to");
            ev.purpose = corpusLine("purpose");
            ev.location = corpusLine("custody location");
            ev.method = corpusLine("method");
            ev.notes = corpusLine("custody notes");
            check(EvidenceService(*m_f.store).recordCustody(ev), "custody");
        }
        check(m_f.clocks->classify(id, {QStringLiteral("personal-data")}, utc(19, 6, 0), corpusLine("reason")),
              "classify");
        BreachDetails b;
        b.incidentId = id;
        b.nature = corpusLine("nature");
        b.subjectCategories = corpusLine("subjects");
        b.subjectCount = corpusLine("count");
        b.recordCategories = corpusLine("records");
        b.recordCount = corpusLine("record count");
        b.contactPoint = corpusLine("contact point");
        b.consequences = corpusLine("consequences");
        b.measures = corpusLine("measures");
        check(m_f.clocks->saveBreachDetails(b), "breach");
        Notice n;
        n.incidentId = id;
        n.clockId = QStringLiteral("gdpr-art33");
        n.sentAt = utc(23, 8, 0);
        n.recipient = corpusLine("recipient");
        n.channel = corpusLine("notice channel");
        n.reference = corpusLine("reference");
        n.delayReason = corpusLine("delay");
        n.document = corpusLine("document");
        check(m_f.clocks->recordNotice(n), "notice");
        check(m_f.clocks->waive(id, QStringLiteral("customer-personal"), corpusLine("justification"),
                                corpusLine("exception")),
              "waiver");
        if (!problems.isEmpty())
            qWarning("%s", qPrintable(problems.join(QLatin1Char('\n'))));
        return problems.isEmpty() ? id : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_french.load(QStringLiteral("firebreak_fr"), QStringLiteral(":/i18n")));
        const QString problems = m_f.build(m_dir.filePath(QStringLiteral("cases.sqlite")));
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        m_f.clock.set(utc(23, 9, 0));

        m_state[QStringLiteral("none")] = newIncident(QStringLiteral("No clock applies"));

        m_state[QStringLiteral("pending")] = newIncident(QStringLiteral("Art. 33 open"));
        classify(m_state[QStringLiteral("pending")], utc(23, 8, 0));

        const QString sent = newIncident(QStringLiteral("Art. 33 sent"));
        m_state[QStringLiteral("sent")] = sent;
        classify(sent, utc(23, 6, 0));
        const qint64 sentId = notice(sent, utc(23, 8, 30), QStringLiteral("CNIL-2026-0042"));
        QVERIFY(m_f.response
                    ->approveCustomerText(sent, customerNoticeField(QStringLiteral("reference"), sentId),
                                          QStringLiteral("CNIL-2026-0042"))
                    .ok());

        const QString late = newIncident(QStringLiteral("Art. 33 late"));
        m_state[QStringLiteral("late")] = late;
        classify(late, utc(19, 6, 0));
        notice(late, utc(23, 8, 0), QStringLiteral("CNIL-LATE-7"),
               QStringLiteral("waited for jdoe-admin to confirm on api-gw-03"));

        const QString waived = newIncident(QStringLiteral("Art. 33 waived"));
        m_state[QStringLiteral("waived")] = waived;
        classify(waived, utc(23, 6, 0));
        const QString exception = m_f.clocks->rules().rule(QStringLiteral("gdpr-art33"))->waivers.first();
        QVERIFY(
            m_f.clocks
                ->waive(waived, QStringLiteral("gdpr-art33"), QStringLiteral("only test data on fs01-new"), exception)
                .ok());

        m_leaky = buildLeaky();
        QVERIFY(!m_leaky.isEmpty());
    }

    void cleanup() { setFrench(false); }

    void notificationsFollowTheClocks_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("french");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("absent");
        const QStringList noneEn = {QStringLiteral("No notification obligation applies")};
        const QStringList noneFr = {QStringLiteral("Aucune obligation de notification ne s'applique")};
        QTest::addRow("none-en") << "none" << false << noneEn << QStringList{QStringLiteral("Pending")};
        QTest::addRow("none-fr") << "none" << true << noneFr << QStringList{QStringLiteral("En attente")};
        QTest::addRow("pending-en")
            << "pending" << false
            << QStringList{QStringLiteral("Data protection supervisory authority (GDPR Art. 33)"),
                           QStringLiteral("Pending: to be sent by 2026-11-26 09:00 CET (08:00 UTC)."),
                           QStringLiteral("Affected customers"),
                           QStringLiteral("Pending: to be sent by 2026-11-24 09:00 CET (08:00 UTC).")}
            << noneEn;
        QTest::addRow("pending-fr")
            << "pending" << true
            << QStringList{QStringLiteral("Autorité de contrôle de la protection des données (RGPD, art. 33)"),
                           QStringLiteral("En attente : à envoyer au plus tard le 2026-11-26 09:00 CET (08:00 UTC).")}
            << noneFr;
        QTest::addRow("sent-en") << "sent" << false
                                 << QStringList{QStringLiteral("Sent on 2026-11-23 09:30 CET (08:30 UTC)."),
                                                QStringLiteral("Reference: CNIL-2026-0042.")}
                                 << noneEn;
        QTest::addRow("sent-fr") << "sent" << true
                                 << QStringList{QStringLiteral("Envoyée le 2026-11-23 09:30 CET (08:30 UTC)."),
                                                QStringLiteral("Référence : CNIL-2026-0042.")}
                                 << noneFr;
        QTest::addRow("late-en")
            << "late" << false
            << QStringList{QStringLiteral("Sent on 2026-11-23 09:00 CET (08:00 UTC), after the deadline of "
                                          "2026-11-22 07:00 CET (06:00 UTC)."),
                           QStringLiteral("The reasons for the delay are documented in our records."),
                           QStringLiteral("Pending: not sent yet; it was due by 2026-11-20 07:00 CET (06:00 UTC).")}
            << (noneEn + QStringList{QStringLiteral("CNIL-LATE-7"), QStringLiteral("jdoe-admin")});
        QTest::addRow("late-fr")
            << "late" << true
            << QStringList{QStringLiteral("Envoyée le 2026-11-23 09:00 CET (08:00 UTC), après l'échéance du "
                                          "2026-11-22 07:00 CET (06:00 UTC)."),
                           QStringLiteral("Les raisons du retard sont documentées dans nos dossiers.")}
            << (noneFr + QStringList{QStringLiteral("CNIL-LATE-7"), QStringLiteral("jdoe-admin")});
        QTest::addRow("waived-en") << "waived" << false
                                   << QStringList{QStringLiteral("Not notified, under a recognised exception: "
                                                                 "Art. 33(1)")}
                                   << (noneEn + QStringList{QStringLiteral("fs01-new")});
        QTest::addRow("waived-fr") << "waived" << true
                                   << QStringList{QStringLiteral("Non notifiée, au titre d'une exception reconnue : "
                                                                 "Art. 33(1)")}
                                   << (noneFr + QStringList{QStringLiteral("fs01-new")});
    }
    void notificationsFollowTheClocks()
    {
        QFETCH(QString, state);
        QFETCH(bool, french);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, absent);
        setFrench(french);
        QCOMPARE(templateLanguage(), french ? QStringLiteral("fr") : QStringLiteral("en"));
        const QString pdf = render(m_state.value(state), DocumentKind::Rfo,
                                   QStringLiteral("rfo-%1-%2.pdf").arg(state, QLatin1String(french ? "fr" : "en")));
        const QString section = notificationsOf(pdf);
        QVERIFY2(!section.isEmpty(), "no Notifications section");
        for (const QString &e : expected)
            QVERIFY2(section.contains(e), qPrintable(QStringLiteral("missing «%1» in: %2").arg(e, section)));
        for (const QString &a : absent)
            QVERIFY2(!section.contains(a), qPrintable(QStringLiteral("unexpected «%1» in: %2").arg(a, section)));
        // The old false claim never comes back.
        QVERIFY(!section.contains(QLatin1String("was required or made")));
        QVERIFY(!section.contains(QLatin1String("n'était requise")));
    }

    void customerRfoLeaksNothing_data()
    {
        QTest::addColumn<bool>("french");
        QTest::addRow("en") << false;
        QTest::addRow("fr") << true;
    }
    void customerRfoLeaksNothing()
    {
        QFETCH(bool, french);
        setFrench(french);
        const QString lang = french ? QStringLiteral("fr") : QStringLiteral("en");
        const QString rfo =
            flat(pdfText(render(m_leaky, DocumentKind::Rfo, QStringLiteral("leaky-rfo-%1.pdf").arg(lang)), false));
        const QString internal = flat(
            pdfText(render(m_leaky, DocumentKind::Internal, QStringLiteral("leaky-internal-%1.pdf").arg(lang)), false));
        QVERIFY(rfo.contains(m_leaky));
        for (const QString &secret : kCorpus) {
            QVERIFY2(!rfo.contains(secret, Qt::CaseInsensitive),
                     qPrintable(QStringLiteral("the customer RFO shows «%1»: %2").arg(secret, rfo)));
            QVERIFY2(internal.contains(secret),
                     qPrintable(QStringLiteral("the internal report lacks «%1»").arg(secret)));
        }
        // Fragments too: half a UNC path, a bare host label, a field name.
        for (const char *part : {"payroll", "fs01", "api-gw", "jdoe", "exports-prod", "corp.example", "10.20."})
            QVERIFY2(!rfo.contains(QLatin1String(part), Qt::CaseInsensitive), part);
    }

    void previewListsWhatWasLeftOutAndExportNamesTheApprover()
    {
        DocumentSource before;
        render(m_leaky, DocumentKind::Rfo, QStringLiteral("preview-before.pdf"), &before);
        QStringList fields;
        for (const WithheldItem &w : before.withheld)
            fields << w.field;
        for (const QString &f : customerTextSections())
            QVERIFY2(fields.contains(f), qPrintable(f + QStringLiteral(" is not listed as left out")));
        QVERIFY(std::any_of(fields.begin(), fields.end(),
                            [](const QString &f) { return f.startsWith(QLatin1String("notice-reference:")); }));
        QVERIFY(before.approvals.isEmpty());

        const QString summary = QStringLiteral("An attacker encrypted files on one of our file servers.");
        auto approved = m_f.response->approveCustomerText(m_leaky, QStringLiteral("summary"), summary);
        QVERIFY(approved.ok());
        QCOMPARE(approved->approvedBy, QStringLiteral("ada"));
        const AuditEntry approval = m_f.store->auditLog(m_leaky)->last();
        QCOMPARE(approval.action, QStringLiteral("rfo.text.approve"));
        QCOMPARE(approval.data.value(QStringLiteral("text")).toString(), summary);

        DocumentSource after;
        const QString pdf = render(m_leaky, DocumentKind::Rfo, QStringLiteral("preview-after.pdf"), &after);
        QVERIFY(flat(pdfText(pdf, false)).contains(summary));
        for (const WithheldItem &w : after.withheld)
            QVERIFY(w.field != QLatin1String("summary"));
        QCOMPARE(after.approvals.size(), 1);

        WrittenPdf written;
        written.path = pdf;
        written.sha256 = QString::fromLatin1(test::fileSha256(pdf));
        QVERIFY(recordExport(*m_f.store, after, written).ok());
        const AuditEntry exported = m_f.store->auditLog(m_leaky)->last();
        QCOMPARE(exported.action, QStringLiteral("report.export"));
        const QJsonArray approvals = exported.data.value(QStringLiteral("approvals")).toArray();
        QCOMPARE(approvals.size(), 1);
        QCOMPARE(approvals.first().toObject().value(QStringLiteral("field")).toString(), QStringLiteral("summary"));
        QCOMPARE(approvals.first().toObject().value(QStringLiteral("approved_by")).toString(), QStringLiteral("ada"));
        QCOMPARE(exported.data.value(QStringLiteral("withheld")).toArray().size(), after.withheld.size());

        // Unknown fields are refused by name.
        auto bad = m_f.response->approveCustomerText(m_leaky, QStringLiteral("hostname"), QStringLiteral("x"));
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QLatin1String("hostname")));
    }

    void forensicCopiesCountOnlyDiskImages_data()
    {
        QTest::addColumn<bool>("french");
        QTest::addColumn<QString>("expected");
        QTest::addRow("en") << false
                            << QStringLiteral("We preserved 1 byte-for-byte disk image of the affected systems");
        QTest::addRow("fr") << true << QStringLiteral("Nous avons conservé 1 image disque octet par octet");
    }
    void forensicCopiesCountOnlyDiskImages()
    {
        QFETCH(bool, french);
        QFETCH(QString, expected);
        setFrench(french);
        // The fixture's incident has one disk image of fs01 and one file (a
        // ransom note). Add what must not count either: the ransom note
        // imaged byte for byte from fs01's share (an image of a regular
        // file), and a disk image that names no listed system.
        if (m_f.store->evidence(m_f.id)->size() == 2) {
            EvidenceItem note;
            note.incidentId = m_f.id;
            note.kind = EvidenceKind::Image;
            note.description = QStringLiteral("Ransom note, imaged");
            note.source = QStringLiteral("/srv/share/finance/README_DECRYPT.txt");
            note.system = m_f.hostname;
            note.sha256 = QString(64, QLatin1Char('e'));
            note.details =
                QJsonObject{{QStringLiteral("source"), QJsonObject{{QStringLiteral("type"), QStringLiteral("file")}}}};
            QVERIFY(m_f.store->registerEvidence(note).ok());
            EvidenceItem stray = note;
            stray.description = QStringLiteral("USB stick found at reception");
            stray.system.clear();
            stray.details = QJsonObject{
                {QStringLiteral("source"), QJsonObject{{QStringLiteral("type"), QStringLiteral("block-device")}}}};
            QVERIFY(m_f.store->registerEvidence(stray).ok());
        }
        const QString text = flat(pdfText(
            render(m_f.id, DocumentKind::Rfo, QStringLiteral("images-%1.pdf").arg(QLatin1String(french ? "fr" : "en"))),
            false));
        QVERIFY2(text.contains(expected), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("2 ") + QLatin1String("items")));
        QVERIFY(!text.contains(QLatin1String("1 pièces")));
        QVERIFY(!text.contains(QLatin1String("1 items")));
    }

    // Issue #20 pt 7: the internal report names the playbook by its title,
    // an empty value reads "not recorded", and an outage still running is a
    // sentence in both languages (not "au pas encore rétabli (en cours (…))").
    void internalReportReadsAsSentences_data()
    {
        QTest::addColumn<bool>("french");
        QTest::addColumn<QString>("notRecorded");
        QTest::addColumn<QString>("ongoing");
        QTest::addRow("en") << false << QStringLiteral("not recorded") << QStringLiteral("service not yet restored");
        QTest::addRow("fr") << true << QStringLiteral("non renseigné") << QStringLiteral("service pas encore rétabli");
    }
    void internalReportReadsAsSentences()
    {
        QFETCH(bool, french);
        QFETCH(QString, notRecorded);
        QFETCH(QString, ongoing);
        setFrench(french);
        const QString lang = french ? QStringLiteral("fr") : QStringLiteral("en");
        const QString full =
            flat(pdfText(render(m_f.id, DocumentKind::Internal, QStringLiteral("internal-%1.pdf").arg(lang)), false));
        // The playbook by its title, never its file id.
        const PlaybookSet books = playbooks::load();
        const Playbook *book = books.find(QStringLiteral("compromised-credentials"));
        QVERIFY(book && book->title != book->id);
        NewIncident spec;
        spec.title = QStringLiteral("Playbook by title");
        spec.playbookId = book->id;
        auto withBook = m_f.store->createIncident(spec, book->steps);
        QVERIFY(withBook.ok());
        const QString named = flat(pdfText(
            render(withBook->id, DocumentKind::Internal, QStringLiteral("internal-playbook-%1.pdf").arg(lang)), false));
        // A shipped playbook's title reads in the report's language (issue #19).
        const QString title = french ? QStringLiteral("Identifiants compromis") : book->title;
        QCOMPARE(shipped::text(book->title), title);
        QVERIFY2(named.contains(title), qPrintable(title));
        QVERIFY(!named.contains(book->id));
        QVERIFY(!full.isEmpty());

        // An incident with almost nothing recorded, still running.
        const QString sparse = flat(pdfText(render(m_state.value(QStringLiteral("pending")), DocumentKind::Internal,
                                                   QStringLiteral("internal-sparse-%1.pdf").arg(lang)),
                                            false));
        QVERIFY2(sparse.contains(notRecorded), qPrintable(sparse.left(2000)));
        QVERIFY2(sparse.contains(ongoing), qPrintable(sparse.left(2000)));
        QVERIFY(!sparse.contains(QLatin1String("— (—)")));
        QVERIFY(!sparse.contains(QLatin1String("au pas encore")));
        QVERIFY(!sparse.contains(QLatin1String("to not yet")));
        QVERIFY(!sparse.contains(QLatin1String("(en cours (")));
    }
};

QTEST_MAIN(TestDocumentsRfo)
#include "tst_documents_rfo.moc"
