// checkEwfImage() against images written by ewfacquire (the reference
// writer), intact and damaged on purpose; every verdict is compared with
// what ewfverify says about the same files.

#include "EwfTestSupport.h"
#include "forensics/ewf/EwfCheck.h"

#include <QTemporaryDir>
#include <QTest>

using namespace firebreak;
using namespace firebreak::test;

class TestEwfCheck : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_source;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A fresh ewfacquire set of the source, named NAME.E01 ...
    QString acquire(const QString &name, const QStringList &extra)
    {
        const ProcessResult r = ewfacquire(m_source, path(name), extra);
        if (r.exitCode != 0)
            qWarning() << r.out << r.err;
        return r.exitCode == 0 ? path(name + QStringLiteral(".E01")) : QString();
    }

private slots:
    void initTestCase()
    {
        if (!programExists(QStringLiteral("ewfacquire")) || !programExists(QStringLiteral("ewfverify")))
            QSKIP("ewf-tools not installed (installers/bootstrap.sh installs them)");
        QVERIFY(m_dir.isValid());
        m_source = path(QStringLiteral("source.bin"));
        QVERIFY(writeMixedFile(m_source, 6 * 1024 * 1024 + 4096));
    }

    void intactSetMatchesSourceAndEwfverify()
    {
        const QString first =
            acquire(QStringLiteral("good"),
                    {QStringLiteral("-c"), QStringLiteral("fast"), QStringLiteral("-S"), QStringLiteral("1M"),
                     QStringLiteral("-d"), QStringLiteral("sha1"), QStringLiteral("-C"),
                     QStringLiteral("INC-2026-0042"), QStringLiteral("-E"), QStringLiteral("EV-7"),
                     QStringLiteral("-e"), QStringLiteral("J. Doe"), QStringLiteral("-D"),
                     QStringLiteral("laptop disk"), QStringLiteral("-N"), QStringLiteral("seized at desk 4")});
        QVERIFY(!first.isEmpty());
        QList<qint64> seen;
        auto r = checkEwfImage(
            first, [&](qint64 done, qint64) { seen << done; }, CancelToken{});
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        const EwfCheck &c = *r;
        QVERIFY2(c.intact(), qPrintable(c.problems().join(QLatin1Char('\n'))));
        const QStringList onDisk = QDir(m_dir.path()).entryList({QStringLiteral("good.E*")}, QDir::Files, QDir::Name);
        QVERIFY(onDisk.size() >= 3);
        QCOMPARE(c.segments.size(), onDisk.size());
        QCOMPARE(QFileInfo(c.segments.last()).fileName(), onDisk.last());
        QCOMPARE(c.segments.first(), first);
        QCOMPARE(c.mediaSize, QFileInfo(m_source).size());
        QCOMPARE(c.bytesRead, c.mediaSize);
        QCOMPARE(c.computed.value(HashAlgorithm::Sha256), coreutilsSum(QStringLiteral("sha256sum"), m_source));
        QCOMPARE(c.computed.value(HashAlgorithm::Md5), coreutilsSum(QStringLiteral("md5sum"), m_source));
        QCOMPARE(c.stored.value(HashAlgorithm::Md5), c.computed.value(HashAlgorithm::Md5));
        QCOMPARE(c.stored.value(HashAlgorithm::Sha1), coreutilsSum(QStringLiteral("sha1sum"), m_source));
        QCOMPARE(c.caseNumber, QStringLiteral("INC-2026-0042"));
        QCOMPARE(c.evidenceNumber, QStringLiteral("EV-7"));
        QCOMPARE(c.examiner, QStringLiteral("J. Doe"));
        QCOMPARE(c.description, QStringLiteral("laptop disk"));
        QCOMPARE(c.notes, QStringLiteral("seized at desk 4"));
        QVERIFY(c.problems().isEmpty());
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.last(), c.mediaSize);

        const ProcessResult v = ewfverify(first);
        QCOMPARE(v.exitCode, 0);
        QCOMPARE(toolValue(v.out, QStringLiteral("MD5 hash calculated over data")),
                 c.computed.value(HashAlgorithm::Md5));
    }

    void corruptedChunkNamesTheSegment()
    {
        const QString first = acquire(QStringLiteral("flip"), {QStringLiteral("-c"), QStringLiteral("none"),
                                                               QStringLiteral("-S"), QStringLiteral("1M")});
        QVERIFY(!first.isEmpty());
        const QString second = path(QStringLiteral("flip.E02"));
        QVERIFY(QFileInfo::exists(second));
        // Middle of E02: inside the chunk data, past the section headers.
        QVERIFY(flipByte(second, QFileInfo(second).size() / 2));

        const ProcessResult v = ewfverify(first);
        QVERIFY2(v.exitCode != 0, qPrintable(v.out));
        auto r = checkEwfImage(first, {}, CancelToken{});
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QVERIFY(!r->intact());
        QCOMPARE(r->checksumErrors.size(), 1);
        QCOMPARE(r->checksumErrors.first().file, second);
        QCOMPARE(r->checksumErrors.first().length, 32 * 1024);
        const QString problems = r->problems().join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(second), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("checksum")), qPrintable(problems));
        qInfo().noquote()
            << "ewfverify:"
            << v.out.trimmed().split(QLatin1Char('\n')).filter(QStringLiteral("rror")).join(QStringLiteral(" | "));
        qInfo().noquote() << "ours:" << problems;
    }

    void missingMiddleSegmentNamesIt()
    {
        const QString first = acquire(QStringLiteral("gap"), {QStringLiteral("-c"), QStringLiteral("fast"),
                                                              QStringLiteral("-S"), QStringLiteral("1M")});
        QVERIFY(!first.isEmpty());
        const QString second = path(QStringLiteral("gap.E02"));
        QVERIFY(QFile::remove(second));
        const ProcessResult v = ewfverify(first);
        QVERIFY(v.exitCode != 0);
        auto r = checkEwfImage(first, {}, CancelToken{});
        const QString msg = r ? r->problems().join(QLatin1Char('\n')) : r.error().message;
        QVERIFY(!r || !r->intact());
        QVERIFY2(msg.contains(second), qPrintable(msg));
        QVERIFY2(msg.contains(QStringLiteral("missing")), qPrintable(msg));
        qInfo().noquote() << "ewfverify:" << (v.out + v.err).trimmed().right(300);
        qInfo().noquote() << "ours:" << msg;
    }

    void truncatedSegmentNamesIt()
    {
        const QString first = acquire(QStringLiteral("cut"), {QStringLiteral("-c"), QStringLiteral("fast"),
                                                              QStringLiteral("-S"), QStringLiteral("1M")});
        QVERIFY(!first.isEmpty());
        const QString third = path(QStringLiteral("cut.E03"));
        QVERIFY(QFile::resize(third, QFileInfo(third).size() / 2));
        const ProcessResult v = ewfverify(first);
        QVERIFY(v.exitCode != 0);
        auto r = checkEwfImage(first, {}, CancelToken{});
        const QString msg = r ? r->problems().join(QLatin1Char('\n')) : r.error().message;
        QVERIFY(!r || !r->intact());
        QVERIFY2(msg.contains(third), qPrintable(msg));
        qInfo().noquote() << "ewfverify:" << (v.out + v.err).trimmed().right(300);
        qInfo().noquote() << "ours:" << msg;
    }

    void truncatedLastSegmentNamesIt()
    {
        const QString first = acquire(QStringLiteral("tail"), {QStringLiteral("-c"), QStringLiteral("fast"),
                                                               QStringLiteral("-S"), QStringLiteral("1M")});
        QVERIFY(!first.isEmpty());
        QStringList all = QDir(m_dir.path()).entryList({QStringLiteral("tail.E*")}, QDir::Files, QDir::Name);
        const QString last = path(all.last());
        QVERIFY(QFile::resize(last, QFileInfo(last).size() - 100));
        auto r = checkEwfImage(first, {}, CancelToken{});
        const QString msg = r ? r->problems().join(QLatin1Char('\n')) : r.error().message;
        QVERIFY(!r || !r->intact());
        QVERIFY2(msg.contains(last), qPrintable(msg));
        qInfo().noquote() << "ours:" << msg;
    }

    void notAnEwfFile()
    {
        auto r = checkEwfImage(m_source, {}, CancelToken{});
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(m_source), qPrintable(r.error().message));
        auto missing = checkEwfImage(path(QStringLiteral("nothing.E01")), {}, CancelToken{});
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("nothing.E01")));
    }

    void cancelStopsEarly()
    {
        const QString first = acquire(QStringLiteral("stop"), {QStringLiteral("-c"), QStringLiteral("fast")});
        QVERIFY(!first.isEmpty());
        CancelToken cancel;
        cancel.requestStop();
        auto r = checkEwfImage(first, {}, cancel);
        QVERIFY(r);
        QVERIFY(r->cancelled);
        QVERIFY(!r->intact());
        QVERIFY(r->problems().join(QLatin1Char('\n')).contains(QStringLiteral("cancelled")));
    }
};

QTEST_GUILESS_MAIN(TestEwfCheck)
#include "tst_ewfcheck.moc"
