// The acquisition dialog on a real file: a complete, verified image whose
// SHA-256 matches the source and that lands in the evidence register;
// validation; and a cancel that leaves nothing looking complete.

#include "model/CaseStore.h"
#include "model/evidence/AcquisitionService.h"
#include "support/TestSupport.h"
#include "ui/acquisition/AcquisitionDialog.h"
#include "ui/workspace/Confirm.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
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
        // Not a multiple of sector or buffer.
        QVERIFY(test::writeRandomFile(source, 3 * 1024 * 1024 + 512 + 7, 42));

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
        const QString sha256 = QString::fromLatin1(test::fileSha256(source));
        QVERIFY2(text.contains(sha256), qPrintable(text));
        QCOMPARE(dialog.registeredEvidence(), QStringLiteral("E-001"));
        auto items = m_store->evidence(m_id);
        QCOMPARE(items->size(), 1);
        QCOMPARE(items->first().sha256, sha256);
        QCOMPARE(items->first().verification, Verification::Verified);
        QCOMPARE(test::fileSha256(m_dir.filePath(QStringLiteral("out/E-001.dd"))), sha256.toLatin1());
        // The dialog records the acquisition from start to end, like the CLI.
        auto recorded = AcquisitionService(*m_store).acquisitions(m_id);
        QVERIFY(recorded.ok());
        QCOMPARE(recorded->size(), 1);
        QCOMPARE(acquisitionStatus(recorded->first()), AcquisitionStatus::Complete);
        QCOMPARE(recorded->first().evidenceNumber, QStringLiteral("E-001"));
        // FIREBREAK_SCREENSHOTS=DIR: the finished dialog as the responder sees it.
        if (const QString shots = qEnvironmentVariable("FIREBREAK_SCREENSHOTS"); !shots.isEmpty()) {
            dialog.show();
            QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("acquisition-complete.png"))));
        }
    }

    // Format E01 with best compression and 1 MiB segments: a verified set
    // that ewfverify accepts, registered with format "e01" and every segment.
    void e01ChoiceWritesAVerifiedSet()
    {
        const QString source = m_dir.filePath(QStringLiteral("usb.raw"));
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray data(3 * 1024 * 1024, '\0'); // zeros, then random: compressible in part
        QRandomGenerator gen(7);
        gen.fillRange(reinterpret_cast<quint32 *>(data.data() + (1 << 20)), (2 << 20) / 4);
        f.write(data);
        f.close();
        QDir().mkpath(m_dir.filePath(QStringLiteral("e01")));

        AcquisitionDialog dialog(*m_store, m_id);
        auto *format = dialog.findChild<QComboBox *>(QStringLiteral("formatCombo"));
        auto *compression = dialog.findChild<QComboBox *>(QStringLiteral("compressionCombo"));
        auto *segment = dialog.findChild<QLineEdit *>(QStringLiteral("segmentSizeEdit"));
        auto *split = dialog.findChild<QLineEdit *>(QStringLiteral("splitEdit"));
        QVERIFY(format && compression && segment && split);
        QVERIFY(!compression->isEnabled()); // raw by default
        format->setCurrentIndex(format->findData(QStringLiteral("e01")));
        QVERIFY(compression->isEnabled() && segment->isEnabled() && !split->isEnabled());
        compression->setCurrentIndex(compression->findData(QStringLiteral("best")));

        // A segment size that is not a size is named before anything starts.
        segment->setText(QStringLiteral("big"));
        dialog.setSource(source);
        dialog.setDestination(m_dir.filePath(QStringLiteral("e01/E-002")));
        dialog.findChild<QPushButton *>(QStringLiteral("startAcquisitionButton"))->click();
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("acquisitionErrorLabel"));
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(QLatin1String("\"big\"")), qPrintable(error->text()));
        QVERIFY(!dialog.isRunning());

        segment->setText(QStringLiteral("1M"));
        QSignalSpy done(&dialog, &AcquisitionDialog::finishedAcquisition);
        dialog.findChild<QPushButton *>(QStringLiteral("startAcquisitionButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60000);
        const QString text = dialog.resultText();
        QVERIFY2(text.startsWith(QStringLiteral("COMPLETE — image verified")), qPrintable(text));
        const QString first = m_dir.filePath(QStringLiteral("e01/E-002.E01"));
        QVERIFY(QFileInfo::exists(first));
        QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("e01/E-002.E02"))));
        QVERIFY(text.contains(first));

        const QString number = dialog.registeredEvidence();
        QVERIFY(!number.isEmpty());
        auto items = m_store->evidence(m_id);
        QVERIFY(items.ok());
        const auto it = std::find_if(items->cbegin(), items->cend(),
                                     [&](const EvidenceItem &e) { return e.evidenceNumber == number; });
        QVERIFY(it != items->cend());
        QCOMPARE(it->imagePath, first);
        QCOMPARE(it->details.value(QStringLiteral("format")).toString(), QStringLiteral("e01"));
        QVERIFY(it->details.value(QStringLiteral("segments")).toArray().size() >= 2);
        QCOMPARE(it->sha256, QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
        if (QFileInfo::exists(QStringLiteral("/usr/bin/ewfverify"))) {
            const auto v = test::runProcess(QStringLiteral("ewfverify"), {QStringLiteral("-q"), first});
            QVERIFY2(v.exitCode == 0, qPrintable(v.out + v.err));
        }
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
        const qsizetype registeredBefore = m_store->evidence(m_id)->size();
        AcquisitionDialog dialog(*m_store, m_id);
        dialog.show();
        dialog.setSource(source);
        const QString dest = m_dir.filePath(QStringLiteral("out/big.dd"));
        dialog.setDestination(dest);
        QSignalSpy done(&dialog, &AcquisitionDialog::finishedAcquisition);
        auto *start = dialog.findChild<QPushButton *>(QStringLiteral("startAcquisitionButton"));
        auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelAcquisitionButton"));
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(dialog.isRunning());
        QTRY_VERIFY(dialog.findChild<QLabel *>(QStringLiteral("acquisitionPhaseLabel"))->isVisible());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("acquisitionPhaseLabel"))
                    ->text()
                    .startsWith(QLatin1String("Step 1 of 2")));
        // The image is being written (as DEST.incomplete) before we cancel:
        // on a loaded machine (the sanitizer run) the click could otherwise
        // come before the destination was created.
        QTRY_VERIFY(QFileInfo::exists(dest + QStringLiteral(".incomplete")));

        // Hours of imaging do not end on one click: the first answer keeps it going.
        QTest::mouseClick(cancel, Qt::LeftButton);
        QMessageBox *ask = nullptr;
        QTRY_VERIFY((ask = dialog.findChild<QMessageBox *>(QStringLiteral("confirmCancelAcquisition"))));
        QTest::mouseClick(ask->findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
        QTest::qWait(100);
        QVERIFY(dialog.isRunning());
        QCOMPARE(done.count(), 0);
        // Esc is the same question, not a silent stop.
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY((ask = dialog.findChild<QMessageBox *>(QStringLiteral("confirmCancelAcquisition"))));
        QVERIFY(
            ask->findChild<QPushButton *>(QStringLiteral("confirmButton"))->text().contains(QLatin1String("Cancel")));
        QTest::mouseClick(ask->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60000);
        QCOMPARE(done.first().first().toBool(), false);
        QVERIFY2(dialog.resultText().startsWith(QLatin1String("NOT COMPLETE (cancelled")),
                 qPrintable(dialog.resultText()));
        QVERIFY(!QFileInfo::exists(dest)); // only a file marked incomplete may remain
        QVERIFY(QFileInfo::exists(dest + QStringLiteral(".incomplete")));
        QCOMPARE(m_store->evidence(m_id)->size(), registeredBefore);
        // Sizes in units a person reads, with the exact count beside them.
        QVERIFY2(dialog.resultText().contains(QLatin1String("2.00 GiB (2,147,483,648 bytes)")),
                 qPrintable(dialog.resultText()));
        // Cancelled on purpose: recorded as such, never left to look interrupted.
        auto recorded = AcquisitionService(*m_store).acquisitions(m_id);
        QVERIFY(recorded.ok());
        for (const AcquisitionRecord &a : *recorded)
            QVERIFY2(acquisitionStatus(a) != AcquisitionStatus::Interrupted &&
                         acquisitionStatus(a) != AcquisitionStatus::Running,
                     qPrintable(a.destination));

        // Start works again, to a name of its own: the first attempt's
        // files are never written over.
        const QByteArray firstAttempt = test::fileSha256(dest + QStringLiteral(".incomplete"));
        const QString next = m_dir.filePath(QStringLiteral("out/big-2.dd"));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("destinationEdit"))->text(), next);
        QVERIFY2(dialog.resultText().contains(next), qPrintable(dialog.resultText()));
        QVERIFY(start->isEnabled());
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY2(dialog.isRunning(),
                 qPrintable(dialog.findChild<QLabel *>(QStringLiteral("acquisitionErrorLabel"))->text()));
        auto *bar = dialog.findChild<QProgressBar *>(QStringLiteral("acquisitionProgress"));
        QTRY_VERIFY_WITH_TIMEOUT(bar->value() > 0, 30000); // bytes written under the new name
        confirm::setNextAnswer(confirm::Answer::Yes);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 60000);
        QVERIFY(QFileInfo::exists(next + QStringLiteral(".incomplete")));
        QCOMPARE(test::fileSha256(dest + QStringLiteral(".incomplete")), firstAttempt);
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("destinationEdit"))->text(),
                 m_dir.filePath(QStringLiteral("out/big-3.dd")));
    }

    // Closing the workbench mid-acquisition: the job stops, and the record
    // says cancelled, not a process that died ("interrupted") or one still at it.
    void dialogDestroyedMidRunRecordsTheEnd()
    {
        const QString source = m_dir.filePath(QStringLiteral("huge.raw"));
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(qint64(8) << 30)); // sparse 8 GiB
        f.close();
        const qsizetype before = AcquisitionService(*m_store).acquisitions(m_id)->size();
        auto *dialog = new AcquisitionDialog(*m_store, m_id);
        dialog->setSource(source);
        dialog->setDestination(m_dir.filePath(QStringLiteral("out/huge.dd")));
        dialog->findChild<QPushButton *>(QStringLiteral("startAcquisitionButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(AcquisitionService(*m_store).acquisitions(m_id)->size(), before + 1, 30000);
        QVERIFY(dialog->isRunning());
        delete dialog;
        auto recorded = AcquisitionService(*m_store).acquisitions(m_id);
        QVERIFY(recorded.ok());
        QCOMPARE(acquisitionStatus(recorded->last()), AcquisitionStatus::Cancelled);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("out/huge.dd"))));
    }
};

QTEST_MAIN(TestAcquisition)
#include "tst_acquisition.moc"
