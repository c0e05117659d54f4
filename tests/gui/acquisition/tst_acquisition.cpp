// The acquisition dialog on a real file: a complete, verified image whose
// SHA-256 matches the source and that lands in the evidence register;
// validation; and a cancel that leaves nothing looking complete.

#include "model/CaseStore.h"
#include "support/TestSupport.h"
#include "ui/acquisition/AcquisitionDialog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace firebreak;
using namespace firebreak::ui;

class TestAcquisition : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(3, 0), QTimeZone::utc())};
    std::unique_ptr<CaseStore> m_store;
    QString m_id;

private slots:
    void initTestCase()
    {
        auto s =
            CaseStore::openSqlite(m_dir.filePath(QStringLiteral("acq.sqlite")), m_clock, QStringLiteral("B. Marley"));
        QVERIFY(s.ok());
        m_store = std::move(s).value();
        m_id = m_store->createIncident({QStringLiteral("fs01"), {}, Severity::High, {}, {}, {}, {}})->id;
    }

    void imagesVerifiesAndRegisters()
    {
        const QString source = m_dir.filePath(QStringLiteral("disk.raw"));
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray data(3 * 1024 * 1024 + 512 + 7, Qt::Uninitialized); // not a multiple of sector or buffer
        QRandomGenerator gen(42);
        gen.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
        f.write(data);
        f.close();

        AcquisitionDialog dialog(*m_store, m_id);
        dialog.setSource(source);
        dialog.setDestination(m_dir.filePath(QStringLiteral("out/E-001.dd")));
        QDir().mkpath(m_dir.filePath(QStringLiteral("out")));
        // The job ends on its thread; the dialog learns it from a queued signal.
        QSignalSpy done(&dialog, &AcquisitionDialog::finishedAcquisition);
        dialog.findChild<QPushButton *>(QStringLiteral("startAcquisitionButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60000);
        QCOMPARE(done.first().first().toBool(), true);
        const QString text = dialog.resultText();
        QVERIFY2(text.startsWith(QStringLiteral("COMPLETE — image verified")), qPrintable(text));
        const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
        QVERIFY2(text.contains(sha256), qPrintable(text));
        QCOMPARE(dialog.registeredEvidence(), QStringLiteral("E-001"));
        auto items = m_store->evidence(m_id);
        QCOMPARE(items->size(), 1);
        QCOMPARE(items->first().sha256, sha256);
        QCOMPARE(items->first().verification, Verification::Verified);
        QCOMPARE(test::fileSha256(m_dir.filePath(QStringLiteral("out/E-001.dd"))), sha256.toLatin1());
    }

    void missingFieldsAreNamed()
    {
        AcquisitionDialog dialog(*m_store, m_id);
        dialog.findChild<QPushButton *>(QStringLiteral("startAcquisitionButton"))->click();
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("acquisitionErrorLabel"));
        QVERIFY(!error->isHidden());
        QVERIFY(error->text().contains(QLatin1String("source")));
        QVERIFY(!dialog.isRunning());
    }

    void cancelLeavesNothingComplete()
    {
        const QString source = m_dir.filePath(QStringLiteral("big.raw"));
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(qint64(2) << 30)); // sparse 2 GiB: reading it takes a while
        f.close();
        AcquisitionDialog dialog(*m_store, m_id);
        dialog.setSource(source);
        const QString dest = m_dir.filePath(QStringLiteral("out/big.dd"));
        dialog.setDestination(dest);
        QSignalSpy done(&dialog, &AcquisitionDialog::finishedAcquisition);
        dialog.findChild<QPushButton *>(QStringLiteral("startAcquisitionButton"))->click();
        QVERIFY(dialog.isRunning());
        dialog.findChild<QPushButton *>(QStringLiteral("cancelAcquisitionButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60000);
        QCOMPARE(done.first().first().toBool(), false);
        QVERIFY2(dialog.resultText().startsWith(QLatin1String("NOT COMPLETE (cancelled")),
                 qPrintable(dialog.resultText()));
        QVERIFY(!QFileInfo::exists(dest)); // only a file marked incomplete may remain
        QCOMPARE(m_store->evidence(m_id)->size(), 1);
    }
};

QTEST_MAIN(TestAcquisition)
#include "tst_acquisition.moc"
