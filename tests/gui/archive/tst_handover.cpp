// The handover dialog driven by objectName on a real case file: a signed
// package whose manifest sha256sum and openssl accept, the SHA-256 and
// the recipient's commands shown, the transfer recorded; validation;
// wrong passphrase; Cancel leaves nothing.

#include "forensics/archive/ExaminerKey.h"
#include "model/CaseStore.h"
#include "model/evidence/EvidenceService.h"
#include "support/TestSupport.h"
#include "ui/archive/HandoverDialog.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace firebreak;
using namespace firebreak::ui;

class TestHandover : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(3, 0), QTimeZone::utc())};
    std::unique_ptr<CaseStore> m_store;
    QString m_id, m_key, m_cert;

    QString fileWith(const QString &name, qint64 mib)
    {
        const QString p = m_dir.filePath(name);
        QFile f(p);
        f.open(QIODevice::WriteOnly);
        QByteArray block(1 << 20, Qt::Uninitialized);
        QRandomGenerator gen(static_cast<quint32>(mib));
        for (qint64 i = 0; i < mib; ++i) {
            gen.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
            f.write(block);
        }
        f.write("tail");
        return p;
    }

    void registerFile(const QString &path, const QString &description)
    {
        EvidenceItem e;
        e.incidentId = m_id;
        e.kind = EvidenceKind::File;
        e.description = description;
        e.source = path;
        e.imagePath = path;
        e.sizeBytes = QFileInfo(path).size();
        e.sha256 = QString::fromLatin1(test::fileSha256(path));
        QVERIFY(m_store->registerEvidence(e));
    }

    template <typename T> T *child(QObject &o, const char *name)
    {
        T *w = o.findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }

    static int run(const QString &program, const QStringList &args, const QString &dir)
    {
        QProcess p;
        p.setWorkingDirectory(dir);
        p.start(program, args);
        p.waitForFinished(60000);
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    void fill(HandoverDialog &d, const QString &out)
    {
        child<QLineEdit>(d, "handoverRecipient")->setText(QStringLiteral("OFAC, Lt. Martin, PV 2026/1142"));
        child<QLineEdit>(d, "handoverMethod")->setText(QStringLiteral("in person"));
        child<QLineEdit>(d, "handoverOutput")->setText(out);
        child<QLineEdit>(d, "handoverSignKey")->setText(m_key);
        child<QLineEdit>(d, "handoverSignCert")->setText(m_cert);
        child<QLineEdit>(d, "handoverPassphrase")->setText(QStringLiteral("s3cret passphrase"));
    }

private slots:
    void initTestCase()
    {
        auto s = CaseStore::openSqlite(m_dir.filePath(QStringLiteral("h.sqlite")), m_clock, QStringLiteral("Ada"));
        QVERIFY(s.ok());
        m_store = std::move(s).value();
        m_id = m_store->createIncident({QStringLiteral("fs01"), {}, Severity::High, {}, {}, {}, {}})->id;
        registerFile(fileWith(QStringLiteral("memory.lime"), 48), QStringLiteral("memory dump"));
        registerFile(fileWith(QStringLiteral("small.pcap"), 1), QStringLiteral("capture"));
        m_key = m_dir.filePath(QStringLiteral("examiner-key.pem"));
        m_cert = m_dir.filePath(QStringLiteral("examiner-cert.pem"));
    }

    void newKeyFromTheDialog()
    {
        HandoverDialog d(*m_store, m_id);
        fill(d, {});
        child<QPushButton>(d, "handoverNewKey")->click();
        QVERIFY2(QFileInfo::exists(m_key) && QFileInfo::exists(m_cert),
                 qPrintable(child<QLabel>(d, "handoverError")->text()));
        QVERIFY(child<QPlainTextEdit>(d, "handoverResult")->toPlainText().contains(QLatin1String("fingerprint")));
        QFile k(m_key);
        QVERIFY(k.open(QIODevice::ReadOnly));
        QVERIFY(k.readAll().startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        // A second click refuses to overwrite.
        child<QPushButton>(d, "handoverNewKey")->click();
        QVERIFY(child<QLabel>(d, "handoverError")->text().contains(QLatin1String("already exists")));
    }

    void signedPackageWithHashOnlyItem()
    {
        HandoverDialog d(*m_store, m_id);
        const QString out = m_dir.filePath(QStringLiteral("pkg"));
        fill(d, out);
        auto *items = child<QTableWidget>(d, "handoverItems");
        QCOMPARE(items->rowCount(), 2);
        child<QComboBox>(d, "handoverMode-E-002")->setCurrentIndex(1); // hash record only
        QSignalSpy done(&d, &HandoverDialog::finishedHandover);
        child<QPushButton>(d, "handoverStart")->click();
        QVERIFY(d.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 120000);
        QVERIFY2(done.first().first().toBool(), qPrintable(child<QLabel>(d, "handoverError")->text()));
        QCOMPARE(child<QProgressBar>(d, "handoverProgress")->value(), 1000);

        const QString text = child<QPlainTextEdit>(d, "handoverResult")->toPlainText();
        const QString sha = QString::fromLatin1(test::fileSha256(out + QStringLiteral("/MANIFEST.sha256")));
        QVERIFY2(text.contains(QStringLiteral("Manifest SHA-256: ") + sha), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("sha256sum -c MANIFEST.sha256")));
        QVERIFY(text.contains(QLatin1String("openssl cms -verify -binary -inform DER -in MANIFEST.sha256.p7s")));
        QCOMPARE(d.manifestSha256(), sha);
        d.grab().save(QStringLiteral("handover-done.png")); // for review, next to the test binary

        QCOMPARE(run(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("MANIFEST.sha256")}, out), 0);
        QCOMPARE(
            run(QStringLiteral("openssl"),
                {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"), QStringLiteral("-inform"),
                 QStringLiteral("DER"), QStringLiteral("-in"), QStringLiteral("MANIFEST.sha256.p7s"),
                 QStringLiteral("-content"), QStringLiteral("MANIFEST.sha256"), QStringLiteral("-CAfile"), m_cert,
                 QStringLiteral("-out"), QStringLiteral("/dev/null")},
                out),
            0);
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/evidence/E-001/memory.lime")));
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/evidence/E-002/small.pcap")));

        EvidenceService ev(*m_store);
        QCOMPARE(ev.custody(m_id, QStringLiteral("E-001"))->last().action, QStringLiteral("transferred"));
        QCOMPARE(ev.custody(m_id, QStringLiteral("E-001"))->last().method, QStringLiteral("in person"));
        auto e2 = ev.custody(m_id, QStringLiteral("E-002"));
        QVERIFY(e2->isEmpty() || e2->last().action != QLatin1String("transferred"));
        QCOMPARE(m_store->auditLog(m_id)->last().data.value(QStringLiteral("manifest_sha256")).toString(), sha);
        QVERIFY(m_store->verifyAudit()->intact());
    }

    void validationAndWrongPassphrase()
    {
        HandoverDialog d(*m_store, m_id);
        auto *error = child<QLabel>(d, "handoverError");
        child<QPushButton>(d, "handoverStart")->click();
        QVERIFY(!d.isRunning());
        QVERIFY2(error->text().contains(QLatin1String("recipient")), qPrintable(error->text()));

        fill(d, m_dir.filePath(QStringLiteral("pkg"))); // exists from the previous test
        child<QPushButton>(d, "handoverStart")->click();
        QVERIFY(error->text().contains(QLatin1String("already exists")));

        child<QLineEdit>(d, "handoverOutput")->setText(m_dir.filePath(QStringLiteral("enc")));
        child<QLineEdit>(d, "handoverEncryptTo")->setText(m_cert);
        child<QPushButton>(d, "handoverStart")->click();
        QVERIFY(error->text().contains(QLatin1String("tar")));
        child<QLineEdit>(d, "handoverEncryptTo")->clear();

        child<QLineEdit>(d, "handoverPassphrase")->setText(QStringLiteral("wrong"));
        child<QPushButton>(d, "handoverStart")->click();
        QVERIFY(!d.isRunning());
        QVERIFY2(error->text().contains(m_key), qPrintable(error->text()));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("enc"))));
    }

    void cancelLeavesNothing()
    {
        const qsizetype auditBefore = m_store->auditLog(m_id)->size();
        HandoverDialog d(*m_store, m_id);
        const QString out = m_dir.filePath(QStringLiteral("cancelled.tar"));
        fill(d, out);
        child<QComboBox>(d, "handoverFormat")->setCurrentIndex(1);
        QSignalSpy done(&d, &HandoverDialog::finishedHandover);
        child<QPushButton>(d, "handoverStart")->click();
        QVERIFY(d.isRunning());
        QCOMPARE(child<QPushButton>(d, "handoverCancel")->text(), QStringLiteral("Cancel"));
        child<QPushButton>(d, "handoverCancel")->click();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 120000);
        QCOMPARE(done.first().first().toBool(), false);
        QVERIFY2(child<QLabel>(d, "handoverError")->text().contains(QLatin1String("ancel")),
                 qPrintable(child<QLabel>(d, "handoverError")->text()));
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(
            QDir(m_dir.path()).entryList({QStringLiteral("*incomplete*")}, QDir::AllEntries | QDir::Hidden).isEmpty());
        QCOMPARE(m_store->auditLog(m_id)->size(), auditBefore);
    }
};

QTEST_MAIN(TestHandover)
#include "tst_handover.moc"
