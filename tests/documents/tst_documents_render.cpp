// The documents library in-process: the template engine, composing each
// document, laying it out on A4 and Letter, painting previews, rendering
// on a worker thread, and a large incident's timeline.

#include "PdfTools.h"
#include "ReportFixture.h"
#include "app/documents/Documents.h"
#include "app/documents/Template.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <QThread>

using namespace firebreak;
using namespace firebreak::doctest;
using namespace firebreak::documents;

class TestDocumentsRender : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ReportFixture m_f;

    DocumentOptions options(DocumentKind kind, PaperSize paper = PaperSize::A4) const
    {
        DocumentOptions o;
        o.kind = kind;
        o.paper = paper;
        o.author = QStringLiteral("In-process Tester");
        o.zone = QTimeZone(QByteArrayLiteral("Europe/Paris"));
        o.templateDir = m_dir.filePath(QStringLiteral("no-overrides"));
        return o;
    }
    IncidentFacts facts(const QString &id) const
    {
        auto f = gatherFacts(*m_f.store, *m_f.response, *m_f.clocks, id);
        if (!f)
            qFatal("gatherFacts: %s", qPrintable(f.error().message));
        return *f;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString problems = m_f.build(m_dir.filePath(QStringLiteral("cases.sqlite")));
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void templateEscapesAndIsStrict()
    {
        auto t = Template::parse(
            QStringLiteral("t.html"),
            QStringLiteral("<p>{{a}}</p>{{#list}}<i>{{name}}/{{top}}</i>{{/list}}{{^empty}}none{{/empty}}{{! c }}"));
        QVERIFY(t.ok());
        QVariantMap data{
            {QStringLiteral("a"), QStringLiteral("<b>&\"x\"\nline")},
            {QStringLiteral("top"), QStringLiteral("T")},
            {QStringLiteral("empty"), QVariantList()},
            {QStringLiteral("list"), QVariantList{QVariantMap{{QStringLiteral("name"), QStringLiteral("n1")}},
                                                  QVariantMap{{QStringLiteral("name"), QStringLiteral("{{a}}")}}}}};
        auto html = t->render(data);
        QVERIFY(html.ok());
        QCOMPARE(*html, QStringLiteral("<p>&lt;b&gt;&amp;&quot;x&quot;<br/>line</p><i>n1/T</i><i>{{a}}/T</i>none"));

        auto unknown = Template::parse(QStringLiteral("u.html"), QStringLiteral("line1\n{{missing}}"))->render({});
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.error().message.contains(QLatin1String("u.html:2: unknown field 'missing'")),
                 qPrintable(unknown.error().message));
        auto unclosed = Template::parse(QStringLiteral("c.html"), QStringLiteral("{{#a}}x"));
        QVERIFY(!unclosed.ok());
        QVERIFY(unclosed.error().message.contains(QLatin1String("never closed")));
        auto raw = Template::parse(QStringLiteral("r.html"), QStringLiteral("{{{a}}}"));
        QVERIFY(!raw.ok());
        auto crossed = Template::parse(QStringLiteral("x.html"), QStringLiteral("{{#a}}{{#b}}{{/a}}{{/b}}"));
        QVERIFY(!crossed.ok());
    }

    void overrideTemplateChangesWording()
    {
        QTemporaryDir custom;
        QFile f(QDir(custom.path()).filePath(QStringLiteral("rfo.html")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<html><head><title>Service note {{incident.id}}</title></head><body><h1>Acme Corp service note</h1>"
                "<p>{{customer.summary}}{{incident.duration}}</p></body></html>");
        f.close();
        DocumentOptions o = options(DocumentKind::Rfo);
        o.templateDir = custom.path();
        auto src = compose(facts(m_f.id), o);
        QVERIFY2(src.ok(), src.ok() ? "" : qPrintable(src.error().message));
        QCOMPARE(src->title, QStringLiteral("Service note %1").arg(m_f.id));
        QVERIFY(src->html.contains(QLatin1String("Acme Corp service note")));
        QVERIFY(!src->html.contains(QLatin1String("fs01")));

        // The data decides, not the template (issue #20): internal text is not
        // offered to the customer RFO at all, so an override cannot print it.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("<html><head><title>Leak {{incident.id}}</title></head><body><p>{{incident.title}}</p></body></html>");
        f.close();
        auto leak = compose(facts(m_f.id), o);
        QVERIFY(!leak.ok());
        QVERIFY2(leak.error().message.contains(QLatin1String("incident.title")), qPrintable(leak.error().message));
    }

    void everyDocumentOnBothPaperSizes_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("paper");
        for (DocumentKind k : allDocumentKinds())
            for (PaperSize p : {PaperSize::A4, PaperSize::Letter})
                QTest::addRow("%s-%s", qPrintable(documentKindKey(k)), qPrintable(paperSizeKey(p))) << int(k) << int(p);
    }
    void everyDocumentOnBothPaperSizes()
    {
        QFETCH(int, kind);
        QFETCH(int, paper);
        const DocumentOptions o = options(DocumentKind(kind), PaperSize(paper));
        auto src = compose(facts(m_f.id), o);
        QVERIFY2(src.ok(), src.ok() ? "" : qPrintable(src.error().message));
        auto paged = PagedDocument::layout(*src);
        QVERIFY2(paged.ok(), paged.ok() ? "" : qPrintable(paged.error().message));
        const QSizeF pts = (*paged)->pageSizePoints();
        if (PaperSize(paper) == PaperSize::A4)
            QVERIFY(qAbs(pts.width() - 595.3) < 1 && qAbs(pts.height() - 841.9) < 1);
        else
            QVERIFY(qAbs(pts.width() - 612) < 1 && qAbs(pts.height() - 792) < 1);

        const QString path =
            m_dir.filePath(QStringLiteral("%1-%2.pdf").arg(documentKindKey(o.kind), paperSizeKey(o.paper)));
        int progressCalls = 0;
        auto written = writePdf(**paged, path, [&](int done, int total) {
            ++progressCalls;
            return done <= total;
        });
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        QCOMPARE(progressCalls, (*paged)->pageCount());
        QCOMPARE(written->sha256, QString::fromLatin1(test::fileSha256(path)));
        QCOMPARE(pdfInfo(path).value(QStringLiteral("Pages")).toInt(), (*paged)->pageCount());
        QVERIFY(pdfText(path).contains(m_f.id));

        // The preview paints the same pages: not blank, right proportions.
        const QImage first = (*paged)->pageImage(0, 50);
        QVERIFY(!first.isNull());
        QVERIFY(qAbs(first.width() / double(first.height()) - pts.width() / pts.height()) < 0.01);
        int dark = 0;
        for (int y = 0; y < first.height(); y += 2)
            for (int x = 0; x < first.width(); x += 2)
                dark += qGray(first.pixel(x, y)) < 128;
        QVERIFY2(dark > 200, qPrintable(QString::number(dark)));
    }

    // Generated just after midnight in Paris, the issue time names two dates
    // ("2026-12-08 00:08 CET (2026-12-07 23:08 UTC)"); the CI run that crossed
    // midnight found it cut to "(2026-12-07 23:08 …" in the footer. It wraps instead.
    void footerIssueTimeAcrossMidnightIsWhole_data()
    {
        QTest::addColumn<int>("kind");
        for (DocumentKind k : allDocumentKinds())
            QTest::addRow("%s", qPrintable(documentKindKey(k))) << int(k);
    }
    void footerIssueTimeAcrossMidnightIsWhole()
    {
        QFETCH(int, kind);
        DocumentOptions o = options(DocumentKind(kind));
        o.generatedAt = QDateTime(QDate(2026, 12, 7), QTime(23, 8), QTimeZone::utc());
        auto src = compose(facts(m_f.id), o);
        QVERIFY2(src.ok(), src.ok() ? "" : qPrintable(src.error().message));
        auto paged = PagedDocument::layout(*src);
        QVERIFY2(paged.ok(), paged.ok() ? "" : qPrintable(paged.error().message));
        const QString path = m_dir.filePath(QStringLiteral("midnight-%1.pdf").arg(documentKindKey(o.kind)));
        auto written = writePdf(**paged, path, {});
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        const QStringList pages = pdfText(path, false).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QCOMPARE(pages.size(), (*paged)->pageCount());
        for (const QString &page : pages) {
            if (page.trimmed().isEmpty())
                continue;
            QVERIFY2(flat(page).contains(QLatin1String("2026-12-08 00:08 CET (2026-12-07 23:08 UTC)")),
                     qPrintable(flat(page).right(300)));
            QVERIFY2(!page.contains(QChar(0x2026)), qPrintable(flat(page).right(300)));
        }
    }

    void contentsMatchHeadingPages()
    {
        auto src = compose(facts(m_f.id), options(DocumentKind::Internal));
        QVERIFY(src.ok());
        auto paged = PagedDocument::layout(*src);
        QVERIFY(paged.ok());
        const QList<TocEntry> toc = (*paged)->contents();
        QCOMPARE(toc.size(), 12);
        QCOMPARE(toc.first().heading, QStringLiteral("1. Summary"));
        QCOMPARE(toc.first().page, 1);
        for (int i = 1; i < toc.size(); ++i)
            QVERIFY(toc.at(i).page >= toc.at(i - 1).page);
        QVERIFY(toc.last().page <= (*paged)->pageCount());
        // The page numbers are on the contents lines of page 1.
        const QString path = m_dir.filePath(QStringLiteral("toc.pdf"));
        QVERIFY(writePdf(**paged, path).ok());
        const QString first = pdfPages(path).first();
        for (const TocEntry &e : toc)
            QVERIFY2(
                QRegularExpression(QStringLiteral("%1\\s+%2\\n").arg(QRegularExpression::escape(e.heading)).arg(e.page))
                    .match(first)
                    .hasMatch(),
                qPrintable(e.heading));
    }

    void unknownClockOrItemIsNamed()
    {
        DocumentOptions o = options(DocumentKind::Notice);
        o.clockId = QStringLiteral("dora-initial");
        auto n = compose(facts(m_f.id), o);
        QVERIFY(!n.ok());
        QCOMPARE(n.error().kind, Error::Kind::NotFound);
        QVERIFY(n.error().message.contains(QLatin1String("dora-initial")));
        o = options(DocumentKind::Custody);
        o.evidenceNumber = QStringLiteral("E-404");
        auto c = compose(facts(m_f.id), o);
        QVERIFY(!c.ok());
        QVERIFY(c.error().message.contains(QLatin1String("E-404")));
        QVERIFY(c.error().message.contains(QLatin1String("E-001, E-002")));
        // An incident without clocks has no notice to draft.
        auto none = compose(facts(m_f.longId), options(DocumentKind::Notice));
        QVERIFY(!none.ok());
        QVERIFY(none.error().message.contains(QLatin1String("classify")));
    }

    void rendersOnAWorkerThread()
    {
        auto src = compose(facts(m_f.id), options(DocumentKind::Internal));
        QVERIFY(src.ok());
        const QString path = m_dir.filePath(QStringLiteral("threaded.pdf"));
        QString error;
        WrittenPdf written;
        QImage preview;
        // QThread rather than std::thread: QTextDocument starts timers.
        std::unique_ptr<QThread> worker(QThread::create([&, source = *src] {
            auto paged = PagedDocument::layout(source);
            if (!paged) {
                error = paged.error().message;
                return;
            }
            preview = (*paged)->pageImage(0, 40);
            auto w = writePdf(**paged, path);
            if (w)
                written = *w;
            else
                error = w.error().message;
        }));
        worker->start();
        QVERIFY(worker->wait());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!preview.isNull());
        QCOMPARE(written.sha256, QString::fromLatin1(test::fileSha256(path)));
        for (const FontRow &f : pdfFonts(path))
            QCOMPARE(f.emb, QStringLiteral("yes"));
    }

    void cancellingLeavesNoFile()
    {
        auto src = compose(facts(m_f.id), options(DocumentKind::Internal));
        QVERIFY(src.ok());
        auto paged = PagedDocument::layout(*src);
        QVERIFY(paged.ok());
        const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        auto w = writePdf(**paged, path, [](int done, int) { return done < 1; });
        QVERIFY(!w.ok());
        QVERIFY(w.error().message.contains(QLatin1String("cancelled")));
        QVERIFY(!QFile::exists(path));
    }

    void exportIsRecordedWithItsHash()
    {
        auto src = compose(facts(m_f.id), options(DocumentKind::Custody));
        QVERIFY(src.ok());
        auto paged = PagedDocument::layout(*src);
        QVERIFY(paged.ok());
        auto w = writePdf(**paged, m_dir.filePath(QStringLiteral("custody.pdf")));
        QVERIFY(w.ok());
        QVERIFY(recordExport(*m_f.store, *src, *w).ok());
        const AuditEntry last = m_f.store->auditLog(m_f.id)->last();
        QCOMPARE(last.action, QStringLiteral("report.export"));
        QCOMPARE(last.object, QStringLiteral("%1/report/custody").arg(m_f.id));
        QCOMPARE(last.data.value(QStringLiteral("sha256")).toString(), w->sha256);
        QVERIFY(m_f.store->verifyAudit()->intact());
    }

    // The issue asks for a large incident to render "in seconds". Timing
    // varies by machine, so this prints the time rather than asserting it;
    // FIREBREAK_BENCH_ENTRIES=10000 runs the full-size case.
    void largeTimeline()
    {
        const int entries = qEnvironmentVariableIntValue("FIREBREAK_BENCH_ENTRIES") > 0
                                ? qEnvironmentVariableIntValue("FIREBREAK_BENCH_ENTRIES")
                                : 1500;
        NewIncident spec;
        spec.title = QStringLiteral("Large timeline");
        auto inc = m_f.store->createIncident(spec);
        QVERIFY(inc.ok());
        for (int i = 0; i < entries; ++i)
            QVERIFY(m_f.response
                        ->addTimelineNote({0,
                                           inc->id,
                                           utc(22, 0, 0).addSecs(i * 7),
                                           // Every third entry wraps, so rows
                                           // of different heights meet page ends.
                                           i % 3 ? QStringLiteral("Event %1 from the proxy log").arg(i + 1)
                                                 : QStringLiteral("Event %1 from the proxy log: blocked request "
                                                                  "to a known command-and-control address")
                                                       .arg(i + 1),
                                           QStringLiteral("proxy"),
                                           QStringLiteral("confirmed"),
                                           {},
                                           {}})
                        .ok());
        QElapsedTimer t;
        t.start();
        auto f = gatherFacts(*m_f.store, *m_f.response, *m_f.clocks, inc->id);
        QVERIFY(f.ok());
        const qint64 gathered = t.restart();
        auto src = compose(*f, options(DocumentKind::Internal));
        QVERIFY(src.ok());
        const qint64 composed = t.restart();
        auto paged = PagedDocument::layout(*src);
        QVERIFY(paged.ok());
        const qint64 laidOut = t.restart();
        const QString path = m_dir.filePath(QStringLiteral("large.pdf"));
        auto w = writePdf(**paged, path);
        QVERIFY(w.ok());
        const qint64 written = t.elapsed();
        qInfo("%d timeline entries, %d pages: read %lld ms, compose %lld ms, layout %lld ms, PDF %lld ms", entries,
              (*paged)->pageCount(), gathered, composed, laidOut, written);
        const QString text = pdfText(path);
        QVERIFY(text.contains(QStringLiteral("Event %1 from the proxy log").arg(entries)));
        QVERIFY(text.contains(QStringLiteral("Event 1 from the proxy log")));
    }
};

QTEST_MAIN(TestDocumentsRender)
#include "tst_documents_render.moc"
