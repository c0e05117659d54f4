// Page layout of the printed documents, measured on the PDF as a reader's
// tools see it (`pdftotext -bbox`): no two words overlap (a repeated table
// header never lands on a heading), and a heading is never the last thing
// on its page. The chain-of-custody form with 1, 12 and 40 custody rows
// (issue #20 pt 6), and the form made for a handover carries that handover.

#include "PdfTools.h"
#include "ReportFixture.h"
#include "app/documents/Documents.h"
#include "model/evidence/EvidenceService.h"

#include <QRectF>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace firebreak;
using namespace firebreak::doctest;
using namespace firebreak::documents;

namespace {

struct Word {
    QRectF box;
    QString text;
};
using Page = QList<Word>;

QList<Page> pdfWords(const QString &path)
{
    const QString xml =
        test::runProcess(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")}).out;
    static const QRegularExpression word(QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" "
                                                        "xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    QList<Page> pages;
    for (const QString &chunk : xml.split(QStringLiteral("<page "))) {
        if (!chunk.contains(QLatin1String("width=")))
            continue;
        Page p;
        for (const auto &m : word.globalMatch(chunk))
            p << Word{QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                             QPointF(m.captured(3).toDouble(), m.captured(4).toDouble())),
                      m.captured(5)};
        pages << p;
    }
    return pages;
}

// Two words overlap when their boxes share more than a sliver (glyph boxes
// of neighbouring lines may touch by a fraction of a point).
QString firstOverlap(const QList<Page> &pages)
{
    for (qsizetype n = 0; n < pages.size(); ++n) {
        const Page &p = pages.at(n);
        for (qsizetype i = 0; i < p.size(); ++i)
            for (qsizetype j = i + 1; j < p.size(); ++j) {
                const QRectF in = p.at(i).box.intersected(p.at(j).box);
                if (in.width() > 1.0 && in.height() > 2.0)
                    return QStringLiteral("page %1: «%2» overlaps «%3»").arg(n + 1).arg(p.at(i).text, p.at(j).text);
            }
    }
    return {};
}

// Lines of a page, top to bottom, without the running header and footer.
// Words whose tops are within 3 pt (a bold label beside regular text) share a line.
QStringList bodyLines(Page p, qreal pageHeight = 842)
{
    p.removeIf([&](const Word &w) { return w.box.top() < 60 || w.box.bottom() > pageHeight - 60; });
    std::stable_sort(p.begin(), p.end(), [](const Word &a, const Word &b) { return a.box.top() < b.box.top(); });
    QList<Page> lines;
    for (const Word &w : p) {
        if (lines.isEmpty() || w.box.top() - lines.last().first().box.top() > 3)
            lines << Page{};
        lines.last() << w;
    }
    QStringList out;
    for (Page &l : lines) {
        std::stable_sort(l.begin(), l.end(), [](const Word &a, const Word &b) { return a.box.left() < b.box.left(); });
        QStringList words;
        for (const Word &w : l)
            words << w.text;
        out << words.join(QLatin1Char(' '));
    }
    return out;
}

} // namespace

class TestDocumentsLayout : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ReportFixture m_f;

    QString custodyPdf(const QString &item, const QString &name, std::optional<CustodyEvent> handover = {})
    {
        auto facts = gatherFacts(*m_f.store, *m_f.response, *m_f.clocks, m_f.id);
        if (!facts)
            qFatal("gatherFacts: %s", qPrintable(facts.error().message));
        DocumentOptions o;
        o.kind = DocumentKind::Custody;
        o.evidenceNumber = item;
        o.zone = QTimeZone(QByteArrayLiteral("Europe/Paris"));
        o.templateDir = m_dir.filePath(QStringLiteral("no-overrides"));
        o.handover = handover;
        auto src = compose(*facts, o);
        if (!src)
            qFatal("compose: %s", qPrintable(src.error().message));
        auto paged = PagedDocument::layout(*src);
        if (!paged)
            qFatal("layout: %s", qPrintable(paged.error().message));
        const QString path = m_dir.filePath(name);
        if (!writePdf(**paged, path).ok())
            qFatal("cannot write %s", qPrintable(path));
        if (const QString keep = qEnvironmentVariable("FIREBREAK_KEEP_REPORTS"); !keep.isEmpty()) {
            QDir().mkpath(keep);
            QFile::remove(QDir(keep).filePath(name));
            QFile::copy(path, QDir(keep).filePath(name));
        }
        return path;
    }

    // Registers a file item with `rows` custody events after its collection.
    QString itemWithRows(int rows)
    {
        EvidenceItem e;
        e.incidentId = m_f.id;
        e.kind = EvidenceKind::File;
        e.description = QStringLiteral("Mail gateway export, %1 custody rows").arg(rows);
        e.source = QStringLiteral("/var/log/mail.log");
        e.imagePath = QStringLiteral("/evidence/INC/mail-%1.log").arg(rows);
        e.sizeBytes = 4096;
        e.sha256 = sha("mail");
        e.examiner = QStringLiteral("Bruno Marley");
        auto reg = m_f.store->registerEvidence(e);
        if (!reg)
            qFatal("registerEvidence: %s", qPrintable(reg.error().message));
        // Custody follows collection (the registration, now); the rows are in the hours after it.
        const QDateTime collected = m_f.clock.nowUtc();
        m_f.clock.set(collected.addDays(1));
        EvidenceService svc(*m_f.store);
        // Each transfer comes from whoever holds the item then (issue #21).
        QString holder = e.examiner;
        for (int i = 0; i < rows - 1; ++i) { // the register entry is the first row
            CustodyEvent c;
            c.incidentId = m_f.id;
            c.evidenceNumber = reg->evidenceNumber;
            c.action = i % 3 == 0 ? QStringLiteral("transferred") : QStringLiteral("examined");
            c.at = collected.addSecs(600 + i * 600);
            c.zone = QStringLiteral("Europe/Paris");
            c.fromParty = c.action == QLatin1String("transferred")
                              ? holder
                              : QStringLiteral("Bruno Marley, forensic analyst, +33 1 23 45 67 80");
            c.toParty = i % 2 ? QStringLiteral("Chloé Dubois, DPO") : QStringLiteral("Evidence locker, Paris DC1");
            if (c.action == QLatin1String("transferred"))
                holder = c.toParty;
            c.purpose = QStringLiteral("Examination step %1 of the mail gateway export").arg(i + 1);
            c.location = QStringLiteral("Safe 2, room B12");
            c.method = QStringLiteral("hand delivery, seal no. %1").arg(1000 + i);
            auto r = svc.recordCustody(c);
            if (!r)
                qFatal("recordCustody: %s", qPrintable(r.error().message));
        }
        return reg->evidenceNumber;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString problems = m_f.build(m_dir.filePath(QStringLiteral("cases.sqlite")));
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        m_f.clock.set(utc(25, 9, 0)); // custody rows follow the items' registration (23 Nov, 09:00 UTC)
    }

    void custodyFormLayout_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addRow("1 row") << 1;
        QTest::addRow("12 rows") << 12;
        QTest::addRow("40 rows") << 40;
        // Counts that once left "Signatures" alone at the foot of a page.
        QTest::addRow("8 rows") << 8;
        QTest::addRow("26 rows") << 26;
    }
    void custodyFormLayout()
    {
        QFETCH(int, rows);
        const QString item = itemWithRows(rows);
        const QString pdf = custodyPdf(item, QStringLiteral("custody-%1-rows.pdf").arg(rows));
        const QList<Page> pages = pdfWords(pdf);
        QVERIFY(!pages.isEmpty());
        const QString overlap = firstOverlap(pages);
        QVERIFY2(overlap.isEmpty(), qPrintable(overlap));

        int custodyRows = 0;
        for (qsizetype n = 0; n < pages.size(); ++n) {
            const QStringList lines = bodyLines(pages.at(n));
            QVERIFY(!lines.isEmpty());
            // A heading keeps with what follows: never the last line of a page.
            for (const char *heading : {"Item", "Integrity", "Custody record", "Transfers", "Signatures"})
                QVERIFY2(
                    lines.last() != QLatin1String(heading),
                    qPrintable(
                        QStringLiteral("«%1» stranded at the foot of page %2").arg(QLatin1String(heading)).arg(n + 1)));
            const qsizetype signatures = lines.indexOf(QStringLiteral("Signatures"));
            if (signatures >= 0)
                QVERIFY2(signatures + 1 < lines.size() &&
                             lines.at(signatures + 1).startsWith(QLatin1String("Collected")),
                         qPrintable(QStringLiteral("Signatures not followed by its table on page %1").arg(n + 1)));
        }
        // Every custody row is printed exactly once (the register entry plus each event).
        const QString text = flat(pdfText(pdf, false));
        for (int i = 0; i < rows - 1; ++i)
            custodyRows += text.count(QStringLiteral("Examination step %1 of").arg(i + 1)) > 0 ? 1 : 0;
        QCOMPARE(custodyRows, rows - 1);
        QVERIFY(text.contains(QLatin1String("Entered in the evidence register")));
        if (rows == 40)
            QVERIFY2(pages.size() >= 3, "40 rows span pages, so the repeated header is exercised");
    }

    void handoverFormCarriesThatHandover()
    {
        CustodyEvent h;
        h.action = QStringLiteral("transferred");
        h.at = utc(23, 8, 45);
        h.zone = QStringLiteral("UTC");
        h.fromParty = QStringLiteral("Ada Moreau");
        h.toParty = QStringLiteral("OFAC, Lt. Dupont, PV 2026/1142");
        h.purpose = QStringLiteral("handover to law enforcement");
        h.method = QStringLiteral("courier, tracking 1Z999AA10123456784");
        const QString pdf = custodyPdf(QStringLiteral("E-001"), QStringLiteral("custody-handover.pdf"), h);
        const QString text = flat(pdfText(pdf, false));
        QVERIFY2(text.contains(QLatin1String("1Z999AA10123456784")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("OFAC, Lt. Dupont, PV 2026/1142")));
        QVERIFY(text.contains(QLatin1String("this handover")));
        QVERIFY2(firstOverlap(pdfWords(pdf)).isEmpty(), qPrintable(firstOverlap(pdfWords(pdf))));
    }
};

QTEST_MAIN(TestDocumentsLayout)
#include "tst_documents_layout.moc"
