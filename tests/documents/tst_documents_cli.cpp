// Every document generated through the built firebreak-cli for a fully
// populated incident, then read back with poppler-utils.

#include "PdfTools.h"
#include "ReportFixture.h"
#include "support/CliRunner.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace firebreak;
using namespace firebreak::doctest;

class TestDocumentsCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    ReportFixture m_f;

    test::ProcessResult cli(const QStringList &args)
    {
        return test::runCli(args, {.db = m_db, .actor = QStringLiteral("Report Tester")});
    }
    QString out(const QString &name) const { return m_dir.filePath(name); }

    // Runs `report KIND ID --out FILE ...`, checks the printed SHA-256 is the file's.
    QString report(const QString &kind, const QString &id, const QString &file, const QStringList &extra = {})
    {
        const QString path = out(file);
        const auto r = cli(QStringList{QStringLiteral("report"), kind, id, QStringLiteral("--out"), path} + extra);
        if (r.exitCode != 0) {
            qWarning("firebreak-cli report %s failed (%d): %s", qPrintable(kind), r.exitCode, qPrintable(r.err));
            return {};
        }
        const QString sha = QString::fromLatin1(test::fileSha256(path));
        if (!r.out.contains(sha + QStringLiteral("  ") + QFileInfo(path).absoluteFilePath())) {
            qWarning("output does not name the file's SHA-256 %s: %s", qPrintable(sha), qPrintable(r.out));
            return {};
        }
        keep(path);
        return path;
    }
    // FIREBREAK_KEEP_REPORTS=DIR keeps a copy of every PDF for a human to look at.
    static void keep(const QString &path)
    {
        const QString dir = qEnvironmentVariable("FIREBREAK_KEEP_REPORTS");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        const QString target = QDir(dir).filePath(QFileInfo(path).fileName());
        QFile::remove(target);
        QFile::copy(path, target);
    }
    QString chainHead() const { return m_f.store->verifyAudit()->headHash; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("cases.sqlite"));
        const QString problems = m_f.build(m_db);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        // (The case file is not copied here: opening and closing it by
        // another descriptor would drop SQLite's POSIX locks in this process.)
    }

    void internalReportCarriesEverything()
    {
        const QString head = chainHead(); // the export itself is audited after rendering
        const QString pdf = report(QStringLiteral("internal"), m_f.id, QStringLiteral("internal-a4.pdf"));
        QVERIFY(!pdf.isEmpty());

        const auto info = pdfInfo(pdf);
        QVERIFY2(info.value(QStringLiteral("Title")).contains(m_f.id), qPrintable(info.value(QStringLiteral("Title"))));
        QVERIFY2(info.value(QStringLiteral("Page size")).startsWith(QLatin1String("595 x 842 pts")),
                 qPrintable(info.value(QStringLiteral("Page size"))));
        QVERIFY(info.value(QStringLiteral("Pages")).toInt() >= 2);
        QVERIFY2(info.value(QStringLiteral("Creator")).startsWith(QLatin1String("Firebreak")),
                 qPrintable(info.value(QStringLiteral("Creator"))));
        QVERIFY(!info.value(QStringLiteral("CreationDate")).isEmpty());
        const QString meta = pdfInfo(pdf, true).value(QStringLiteral("meta"));
        QVERIFY2(meta.contains(QLatin1String("<dc:creator><rdf:Seq><rdf:li>Report Tester</rdf:li>")), qPrintable(meta));

        const auto fonts = pdfFonts(pdf);
        QVERIFY(!fonts.isEmpty());
        for (const FontRow &f : fonts)
            QVERIFY2(f.emb == QLatin1String("yes"), qPrintable(f.name + QStringLiteral(" is not embedded")));

        const QString layout = pdfText(pdf);
        const QString text = flat(pdfText(pdf, false));
        QVERIFY(layout.contains(m_f.id));
        QVERIFY(layout.contains(QLatin1String("CONFIDENTIAL")));
        QVERIFY(layout.contains(QLatin1String("Page 1 of ")));
        QVERIFY2(text.contains(flat(m_f.rootCause)), "root cause");
        for (const QString &why : m_f.whys)
            QVERIFY2(text.contains(why), qPrintable(why));
        QVERIFY(text.contains(m_f.agency));
        QVERIFY(text.contains(m_f.caseReference));
        QVERIFY(text.contains(QLatin1String("Lt. Dupont")));
        for (const QString &sha : m_f.evidenceSha256)
            QVERIFY2(layout.contains(sha), qPrintable(sha));
        for (const QString &md5 : m_f.evidenceMd5)
            QVERIFY2(layout.contains(md5), qPrintable(md5));
        QVERIFY(text.contains(QLatin1String("Intact: every entry's hash recomputes")));
        QVERIFY2(layout.contains(head), qPrintable(head));
        // Notifications: deadline against sent-at, with the reference.
        QVERIFY(text.contains(QLatin1String("GDPR Art. 33")));
        QVERIFY(text.contains(QLatin1String("2026-11-23 05:00"))); // deadline: awareness + 72 h
        QVERIFY(text.contains(QLatin1String("2026-11-21 09:30"))); // sent
        QVERIFY(text.contains(QLatin1String("CNIL-2026-88412")));
        QVERIFY(text.contains(QLatin1String("Met: sent 1 d 19 h 30 min before the deadline")));
        // Corrective actions with owner and due date; lessons.
        QVERIFY(text.contains(QLatin1String("Rotate and vault every service-account password")));
        QVERIFY(text.contains(QLatin1String("2026-12-15")));
        QVERIFY(text.contains(QLatin1String("Nobody knew who owned the svc-backup account.")));
        // Incident text is printed as text, never as markup or template code.
        QVERIFY2(text.contains(flat(m_f.markup)), "markup must print literally");
        // Every section heading is there.
        for (const char *h : {"1. Summary", "2. Impact", "3. Detection", "4. Response and recovery",
                              "5. Root cause and contributing factors", "6. Lessons learned", "7. Corrective actions",
                              "8. Notifications", "9. Third-party and law-enforcement contacts", "10. Evidence",
                              "11. Audit-trail verification", "12. Timeline (UTC)"})
            QVERIFY2(text.contains(QLatin1String(h)), h);
    }

    void tableOfContentsPointsAtTheRightPages()
    {
        const QString pdf = report(QStringLiteral("internal"), m_f.id, QStringLiteral("internal-toc.pdf"));
        QVERIFY(!pdf.isEmpty());
        const QStringList pages = pdfPages(pdf);
        QVERIFY(pages.size() >= 2);
        static const QRegularExpression entry(QStringLiteral("^\\s*(\\d+\\. .+?)\\s{2,}(\\d+)\\s*$"));
        QMap<QString, int> toc;
        for (const QString &line : pages.first().split(QLatin1Char('\n')))
            if (const auto m = entry.match(line); m.hasMatch())
                toc.insert(m.captured(1).trimmed(), m.captured(2).toInt());
        QVERIFY2(toc.size() >= 12, qPrintable(pages.first()));
        for (auto it = toc.cbegin(); it != toc.cend(); ++it) {
            int found = 0;
            for (int p = 0; p < pages.size() && !found; ++p)
                for (const QString &line : pages.at(p).split(QLatin1Char('\n')))
                    if (line.trimmed() == it.key()) {
                        found = p + 1;
                        break;
                    }
            QVERIFY2(found == it.value(), qPrintable(QStringLiteral("'%1' listed on page %2, found on page %3")
                                                         .arg(it.key())
                                                         .arg(it.value())
                                                         .arg(found)));
        }
    }

    void letterPaper()
    {
        const QString pdf = report(QStringLiteral("internal"), m_f.id, QStringLiteral("internal-letter.pdf"),
                                   {QStringLiteral("--page-size"), QStringLiteral("letter")});
        QVERIFY(!pdf.isEmpty());
        QVERIFY2(pdfInfo(pdf).value(QStringLiteral("Page size")).startsWith(QLatin1String("612 x 792 pts")),
                 qPrintable(pdfInfo(pdf).value(QStringLiteral("Page size"))));
        QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("rfo"), m_f.id, QStringLiteral("--out"),
                      out(QStringLiteral("x.pdf")), QStringLiteral("--page-size"), QStringLiteral("a3")})
                     .exitCode,
                 2);
    }

    void longTableRepeatsItsHeader()
    {
        const QString pdf = report(QStringLiteral("internal"), m_f.longId, QStringLiteral("internal-long.pdf"));
        QVERIFY(!pdf.isEmpty());
        const QStringList pages = pdfPages(pdf);
        int pagesWithRows = 0;
        static const QRegularExpression header(QStringLiteral("Seq\\s+Time \\(UTC\\)\\s+Kind\\s+Event\\s+Source"));
        static const QRegularExpression burst(QStringLiteral("Failed login burst (\\d+)"));
        QSet<int> seen;
        for (const QString &page : pages) {
            const auto rows = burst.globalMatch(page);
            if (!rows.hasNext())
                continue;
            ++pagesWithRows;
            const auto h = header.match(page);
            QVERIFY2(h.hasMatch(),
                     qPrintable(QStringLiteral("a timeline page without the header row:\n") + page.left(600)));
            for (auto it = burst.globalMatch(page); it.hasNext();)
                seen.insert(it.next().captured(1).toInt());
            // A row split across a page end would leave its second line
            // ("range") right under the repeated header: the first line
            // there must be a row's own, starting with its sequence number.
            const QStringList after = page.mid(h.capturedEnd()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QVERIFY(!after.isEmpty());
            QVERIFY2(QRegularExpression(QStringLiteral("^\\s*\\d+\\s+2026-")).match(after.first()).hasMatch(),
                     qPrintable(QStringLiteral("page starts inside a row: ") + after.first()));
        }
        QVERIFY2(pagesWithRows >= 3, qPrintable(QString::number(pagesWithRows)));
        QCOMPARE(seen.size(), m_f.longEntries);
    }

    void rfoLeavesInternalDetailOut()
    {
        const QString pdf = report(QStringLiteral("rfo"), m_f.id, QStringLiteral("rfo.pdf"));
        QVERIFY(!pdf.isEmpty());
        const QString text = flat(pdfText(pdf, false));
        QVERIFY(text.contains(m_f.id));
        QVERIFY(text.contains(QLatin1String("Reason for Outage")) || text.contains(QLatin1String("REASON FOR OUTAGE")));
        QVERIFY(text.contains(QLatin1String("CONFIDENTIAL")));
        QVERIFY(text.contains(QLatin1String("Page 1 of")));
        // Allow-list (issue #20): without approved customer texts, the cause
        // and the actions are not copied from the internal record.
        QVERIFY(!text.contains(flat(m_f.rootCause)));
        QVERIFY(text.contains(QLatin1String("We have identified the cause")));
        QVERIFY(!text.contains(QLatin1String("Block macros in documents from the internet")));
        QVERIFY(text.contains(QLatin1String("3 corrective actions under way, to be completed by 2027-02-01.")));
        QVERIFY(text.contains(QLatin1String("Service restored")));
        for (const QString &secret :
             {m_f.hostname, QStringLiteral("fs01"), QStringLiteral("app02"), m_f.ip, m_f.otherIp, m_f.mac,
              m_f.commander, QStringLiteral("Bruno Marley"), QStringLiteral("Lt. Dupont"), m_f.caseReference,
              QStringLiteral("/dev/sdb"), QStringLiteral("Paris DC1"), QStringLiteral("Ransomware on file server")})
            QVERIFY2(!text.contains(secret, Qt::CaseInsensitive),
                     qPrintable(QStringLiteral("RFO shows internal detail: ") + secret));
        for (const QString &sha : m_f.evidenceSha256 + m_f.evidenceMd5)
            QVERIFY2(!text.contains(sha), "RFO shows an evidence hash");
        QVERIFY(pdfInfo(pdf).value(QStringLiteral("Title")).contains(QLatin1String("Reason for Outage")));
        // The customer's copy names no member of staff in its metadata either.
        QVERIFY(!pdfInfo(pdf, true).value(QStringLiteral("meta")).contains(QLatin1String("Report Tester")));
    }

    void rfoPreviewAndApprovedTexts()
    {
        // The preview lists what is left out and writes nothing.
        const QString target = out(QStringLiteral("rfo-preview.pdf"));
        auto preview = cli({QStringLiteral("report"), QStringLiteral("rfo"), m_f.id, QStringLiteral("--preview")});
        QCOMPARE(preview.exitCode, 0);
        QVERIFY2(preview.err.contains(QLatin1String("left out: Cause: internal text not approved for the customer "
                                                    "(approve a customer text: --field cause)")),
                 qPrintable(preview.err));
        QVERIFY(preview.out.contains(QLatin1String("Nothing was written")));
        QVERIFY(!QFile::exists(target));

        // The internal source is shown beside the (empty) customer text.
        auto listed = cli({QStringLiteral("report"), QStringLiteral("customer-text"), m_f.id});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(flat(listed.out)
                    .contains(QStringLiteral("== cause customer: (none approved) internal source: Root "
                                             "cause: ") +
                              flat(m_f.rootCause)));

        const QString cause = QStringLiteral("A password that had not been changed for years let the attacker in.");
        auto approved = cli({QStringLiteral("report"), QStringLiteral("customer-text"), m_f.id,
                             QStringLiteral("--field"), QStringLiteral("cause"), QStringLiteral("--text"), cause});
        QCOMPARE(approved.exitCode, 0);
        QVERIFY(approved.out.contains(QLatin1String("approved by Report Tester")));
        const QString pdf = report(QStringLiteral("rfo"), m_f.id, QStringLiteral("rfo-approved.pdf"),
                                   {QStringLiteral("--marking"), QStringLiteral("TLP:AMBER")});
        QVERIFY(!pdf.isEmpty());
        const QString text = flat(pdfText(pdf, false));
        QVERIFY(text.contains(cause));
        QVERIFY(text.contains(QLatin1String("TLP:AMBER")));
        const AuditEntry last = m_f.store->auditLog(m_f.id)->last();
        QCOMPARE(last.action, QStringLiteral("report.export"));
        QCOMPARE(last.data.value(QStringLiteral("approvals"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("approved_by"))
                     .toString(),
                 QStringLiteral("Report Tester"));

        // The deny-list era's option is gone: internal detail has its own report.
        QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("rfo"), m_f.id, QStringLiteral("--out"), target,
                      QStringLiteral("--include-internal")})
                     .exitCode,
                 2);
        auto bad = cli({QStringLiteral("report"), QStringLiteral("customer-text"), m_f.id, QStringLiteral("--field"),
                        QStringLiteral("hostnames"), QStringLiteral("--text"), QStringLiteral("x")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QLatin1String("hostnames")));
    }

    // Issue #20 pt 5: every document names the organisation (with its logo),
    // the incident, page x of y and when it was generated, in the reader's
    // zone and UTC, on every page.
    void everyPageCarriesItsFurniture_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char *k : {"rfo", "internal", "notice", "custody"})
            QTest::addRow("%s", k) << QString::fromLatin1(k);
    }
    void everyPageCarriesItsFurniture()
    {
        QFETCH(QString, kind);
        const QString logo = out(QStringLiteral("logo.ppm"));
        {
            // A 40x20 binary PPM: an image format Qt reads without plugins.
            QFile f(logo);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("P6\n40 20\n255\n");
            f.write(QByteArray(40 * 20 * 3, '\x30'));
        }
        const QString pdf =
            report(kind, m_f.id, QStringLiteral("furniture-%1.pdf").arg(kind),
                   {QStringLiteral("--organisation"), QStringLiteral("Acme Trust Services"), QStringLiteral("--logo"),
                    logo, QStringLiteral("--zone"), QStringLiteral("Europe/Paris")});
        QVERIFY(!pdf.isEmpty());
        const QStringList pages = pdfPages(pdf);
        QVERIFY(!pages.isEmpty());
        static const QRegularExpression generated(QStringLiteral(
            "20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d CET \\((?:20\\d\\d-\\d\\d-\\d\\d )?\\d\\d:\\d\\d UTC\\)"));
        // Across midnight the issue time carries two dates and wraps onto a second footer line, which the
        // layout mode interleaves with the marking; the reading-order text keeps it whole.
        const QStringList readingOrder = pdfText(pdf, false).split(QLatin1Char('\f'));
        QVERIFY(readingOrder.size() >= pages.size());
        for (qsizetype i = 0; i < pages.size(); ++i) {
            const QString page = flat(pages.at(i));
            QVERIFY2(page.contains(QLatin1String("Acme Trust Services")), qPrintable(page.left(300)));
            QVERIFY(page.contains(m_f.id));
            QVERIFY2(page.contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())), qPrintable(page));
            const QString text = flat(readingOrder.at(i));
            QVERIFY2(generated.match(text).hasMatch(), qPrintable(text.right(300)));
        }
        // The logo is an image on every page.
        const auto images = test::runProcess(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
        const int imageRows = int(images.out.count(QLatin1Char('\n'))) - 2;
        QVERIFY2(imageRows >= pages.size(), qPrintable(images.out));
        // An unreadable logo is refused by name, and nothing is written.
        const auto bad =
            cli({QStringLiteral("report"), kind, m_f.id, QStringLiteral("--out"), out(QStringLiteral("no-logo.pdf")),
                 QStringLiteral("--logo"), out(QStringLiteral("missing.png"))});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QLatin1String("missing.png")));
    }

    void noticeDraft()
    {
        const QString pdf = report(QStringLiteral("notice"), m_f.id, QStringLiteral("notice-art33.pdf"),
                                   {QStringLiteral("--clock"), QStringLiteral("gdpr-art33")});
        QVERIFY(!pdf.isEmpty());
        const QString text = flat(pdfText(pdf, false));
        QVERIFY(text.contains(m_f.id));
        QVERIFY(text.contains(QLatin1String("GDPR Art. 33: notify the supervisory authority")));
        QVERIFY(text.contains(QLatin1String("NOT SENT")));
        QVERIFY(text.contains(QLatin1String("about 1,200")));
        QVERIFY(text.contains(QLatin1String("dpo@example.com")));
        QVERIFY(text.contains(QLatin1String("2026-11-23 06:00 CET (05:00 UTC)"))); // deadline, reader's zone + UTC
        QVERIFY(text.contains(QLatin1String("Page 1 of")));

        const auto bad = cli({QStringLiteral("report"), QStringLiteral("notice"), m_f.id, QStringLiteral("--clock"),
                              QStringLiteral("nis2-early"), QStringLiteral("--out"), out(QStringLiteral("nope.pdf"))});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QLatin1String("nis2-early")) && bad.err.contains(m_f.id), qPrintable(bad.err));
        QVERIFY(!QFile::exists(out(QStringLiteral("nope.pdf"))));
    }

    void custodyForms()
    {
        const QString one = report(QStringLiteral("custody"), m_f.id, QStringLiteral("custody-E-001.pdf"),
                                   {QStringLiteral("--item"), QStringLiteral("E-001")});
        QVERIFY(!one.isEmpty());
        const QString text = flat(pdfText(one, false));
        QVERIFY(text.contains(QLatin1String("E-001")));
        QVERIFY(text.contains(m_f.evidenceSha256.first()));
        QVERIFY(!text.contains(m_f.evidenceSha256.last()));
        QVERIFY(text.contains(QLatin1String("S6PXNU0T123456"))); // source serial number
        QVERIFY(text.contains(QLatin1String("Bruno Marley")));
        QVERIFY(text.contains(QLatin1String("Received by")));
        QVERIFY(text.contains(QLatin1String("Signature")));

        const QString all = report(QStringLiteral("custody"), m_f.id, QStringLiteral("custody-all.pdf"));
        QVERIFY(!all.isEmpty());
        QVERIFY(pdfInfo(all).value(QStringLiteral("Pages")).toInt() >= 2);
        const QString allText = pdfText(all);
        for (const QString &sha : m_f.evidenceSha256)
            QVERIFY(allText.contains(sha));

        const auto bad = cli({QStringLiteral("report"), QStringLiteral("custody"), m_f.id, QStringLiteral("--item"),
                              QStringLiteral("E-099"), QStringLiteral("--out"), out(QStringLiteral("nope.pdf"))});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QLatin1String("E-099")), qPrintable(bad.err));
    }

    void errorsNameWhatFailed()
    {
        const auto unknown = cli({QStringLiteral("report"), QStringLiteral("internal"), QStringLiteral("INC-2026-9999"),
                                  QStringLiteral("--out"), out(QStringLiteral("nope.pdf"))});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QLatin1String("INC-2026-9999")), qPrintable(unknown.err));
        QVERIFY(!QFile::exists(out(QStringLiteral("nope.pdf"))));

        QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("internal"), m_f.id}).exitCode, 2); // --out missing
        QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("internal"), QStringLiteral("not-an-id"),
                      QStringLiteral("--out"), out(QStringLiteral("nope.pdf"))})
                     .exitCode,
                 2);

        // A parent that is a file cannot hold the PDF, whoever runs the test.
        QFile blocker(out(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString bad = out(QStringLiteral("blocker/report.pdf"));
        const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);
        const auto r =
            cli({QStringLiteral("report"), QStringLiteral("internal"), m_f.id, QStringLiteral("--out"), bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(bad), qPrintable(r.err));
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before);

        if (::geteuid() != 0) { // root writes into read-only folders
            QTemporaryDir locked;
            QFile::setPermissions(locked.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
            const QString target = QDir(locked.path()).filePath(QStringLiteral("r.pdf"));
            const auto denied =
                cli({QStringLiteral("report"), QStringLiteral("rfo"), m_f.id, QStringLiteral("--out"), target});
            QCOMPARE(denied.exitCode, 1);
            QVERIFY2(denied.err.contains(target), qPrintable(denied.err));
            QVERIFY(QDir(locked.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
            QFile::setPermissions(locked.path(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        }
    }

    void exportsAreAudited()
    {
        const QString pdf = report(QStringLiteral("rfo"), m_f.id, QStringLiteral("rfo-audited.pdf"));
        QVERIFY(!pdf.isEmpty());
        const auto log = m_f.store->auditLog(m_f.id);
        QVERIFY2(log.ok(), log.ok() ? "" : qPrintable(log.error().message));
        const AuditEntry &last = log->last();
        QCOMPARE(last.action, QStringLiteral("report.export"));
        QCOMPARE(last.actor, QStringLiteral("Report Tester"));
        QCOMPARE(last.data.value(QStringLiteral("sha256")).toString(), QString::fromLatin1(test::fileSha256(pdf)));
        QCOMPARE(last.data.value(QStringLiteral("kind")).toString(), QStringLiteral("rfo"));
        QVERIFY(m_f.store->verifyAudit()->intact());
    }

    // The custody form prints the chain as the register holds it: a transfer
    // and a storage change recorded through `evidence transfer|custody`
    // appear in the custody record and the transfer in the hand-over table.
    void custodyFormListsRecordedTransfer()
    {
        const auto t = cli(
            {QStringLiteral("evidence"), QStringLiteral("transfer"), m_f.id, QStringLiteral("E-002"),
             QStringLiteral("--from"), QStringLiteral("Bruno Marley"), QStringLiteral("--to"),
             QStringLiteral("Lt. Claire Dupont, OFAC"), QStringLiteral("--purpose"), QStringLiteral("malware analysis"),
             QStringLiteral("--method"), QStringLiteral("courier 1Z999AA10123456784"), QStringLiteral("--at"),
             QStringLiteral("2026-11-21T14:30"), QStringLiteral("--zone"), QStringLiteral("Europe/Paris")});
        QVERIFY2(t.exitCode == 0, qPrintable(t.err));
        const auto s = cli({QStringLiteral("evidence"), QStringLiteral("custody"), m_f.id, QStringLiteral("E-002"),
                            QStringLiteral("--action"), QStringLiteral("stored"), QStringLiteral("--location"),
                            QStringLiteral("OFAC evidence room 2")});
        QVERIFY2(s.exitCode == 0, qPrintable(s.err));
        const QString pdf = report(QStringLiteral("custody"), m_f.id, QStringLiteral("custody-transfer.pdf"),
                                   {QStringLiteral("--item"), QStringLiteral("E-002")});
        QVERIFY(!pdf.isEmpty());
        const QString text = flat(pdfText(pdf, false));
        for (const char *want : {"Transferred", "Lt. Claire Dupont, OFAC", "malware analysis", "1Z999AA10123456784",
                                 "Stored (storage changed)", "OFAC evidence room 2", "Collected",
                                 "Hand-overs already in the register are printed"})
            QVERIFY2(text.contains(QLatin1String(want)), want);
        // 14:30 Paris time is 13:30 UTC.
        QVERIFY2(text.contains(QLatin1String("13:30 UTC")), qPrintable(text));
        // The other item's form has no transfer printed.
        const QString other = report(QStringLiteral("custody"), m_f.id, QStringLiteral("custody-other.pdf"),
                                     {QStringLiteral("--item"), QStringLiteral("E-001")});
        QVERIFY(!flat(pdfText(other, false)).contains(QLatin1String("Lt. Claire Dupont")));
    }
};

QTEST_MAIN(TestDocumentsCli)
#include "tst_documents_cli.moc"
