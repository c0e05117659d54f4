// The Evidence tab on a real case file: the register list, adding a real
// file through the dialog (SHA-256 checked against QCryptographicHash),
// verify passing, a flipped byte showing MISMATCH with both results kept,
// a transfer recorded through the dialog (custody timeline and audit
// trail), refused input that records nothing, a cancelled hash of a large
// sparse file that records nothing, and the main window's refresh hook.

#include "../GuiTestSupport.h"

#include "model/evidence/AcquisitionService.h"
#include "model/evidence/EvidenceService.h"
#include "ui/IncidentDetailPane.h"
#include "ui/MainWindow.h"
#include "ui/PlaceholderTableView.h"
#include "ui/Units.h"
#include "ui/evidence/AddEvidenceDialog.h"
#include "ui/evidence/CustodyDialog.h"
#include "ui/evidence/EvidenceDetails.h"
#include "ui/evidence/EvidenceListModel.h"
#include "ui/evidence/EvidencePanel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace firebreak;
using namespace firebreak::guitest;
using namespace firebreak::ui;

class TestEvidencePanel : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(2, 40), QTimeZone::utc())};
    std::unique_ptr<CaseStore> m_store;
    QString m_id;
    QString m_file;   // the file added through the dialog
    QString m_number; // its evidence number

    static QString cellText(const EvidencePanel &panel, int row, int column)
    {
        auto *table = child<PlaceholderTableView>(&panel, "evidenceTable");
        return table->model()->index(row, column).data().toString();
    }

    int auditCount(const QString &action) const
    {
        int n = 0;
        for (const AuditEntry &e : *m_store->auditLog(m_id))
            n += e.action == action ? 1 : 0;
        return n;
    }

private slots:
    void initTestCase()
    {
        initEnvironment();
        QVERIFY(m_dir.isValid());
        auto s = CaseStore::openSqlite(m_dir.filePath(QStringLiteral("evidence.sqlite")), m_clock,
                                       QStringLiteral("Ines Haddad"));
        QVERIFY(s.ok());
        m_store = std::move(s).value();
        m_id = seedIncident(*m_store, QStringLiteral("Ransomware on fs01"), Severity::Critical).id;
    }

    void emptyRegisterSaysWhatToDo()
    {
        EvidencePanel panel(*m_store);
        panel.setIncident(m_id);
        QCOMPARE(panel.itemCount(), 0);
        const QString text = child<PlaceholderTableView>(&panel, "evidenceTable")->visiblePlaceholder();
        QVERIFY2(text.contains(QStringLiteral("Add file…")) && text.contains(QStringLiteral("Acquire Image…")),
                 qPrintable(text));
        QVERIFY(!child<QPushButton>(&panel, "verifyEvidenceButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&panel, "handoverButton")->isEnabled());
        QVERIFY(child<QPushButton>(&panel, "addEvidenceFileButton")->isEnabled());
    }

    void listShowsRegisteredItemsSortedWithMismatchLoud()
    {
        // Registered out of order; E-2 must sort before E-10 (numbers, not text).
        EvidenceItem image;
        image.incidentId = m_id;
        image.evidenceNumber = QStringLiteral("E-10");
        image.kind = EvidenceKind::Image;
        image.description = QStringLiteral("fs01 system disk");
        image.source = QStringLiteral("/dev/sdb");
        image.imagePath = m_dir.filePath(QStringLiteral("fs01.dd"));
        image.sizeBytes = 512LL * 1024 * 1024 * 1024;
        image.sha256 = QString(64, QLatin1Char('a'));
        image.md5 = QString(32, QLatin1Char('b'));
        image.sha1 = QString(40, QLatin1Char('c'));
        image.verification = Verification::Mismatch;
        image.examiner = QStringLiteral("Ines Haddad");
        image.startedAt = m_clock.nowUtc().addSecs(-3600);
        image.endedAt = m_clock.nowUtc().addSecs(-60);
        image.details = QJsonObject{
            {QStringLiteral("segments"),
             QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("/media/ev/fs01.dd.001")},
                                    {QStringLiteral("size_bytes"), 2147483648.0}}}},
            {QStringLiteral("bad_sector_count"), 2},
            {QStringLiteral("bad_sectors"), QJsonArray{QJsonObject{{QStringLiteral("first_sector"), 4096},
                                                                   {QStringLiteral("sector_count"), 2},
                                                                   {QStringLiteral("byte_offset"), 2097152},
                                                                   {QStringLiteral("error"), QStringLiteral("EIO")}}}}};
        QVERIFY(m_store->registerEvidence(image).ok());
        EvidenceItem photo = image;
        photo.evidenceNumber = QStringLiteral("E-2");
        photo.kind = EvidenceKind::File;
        photo.description = QStringLiteral("Photo of the disk label");
        photo.sizeBytes = 2048;
        photo.sha256 = QString(64, QLatin1Char('d'));
        photo.verification = Verification::NotVerified;
        photo.details = {};
        QVERIFY(m_store->registerEvidence(photo).ok());

        EvidencePanel panel(*m_store);
        panel.setIncident(m_id);
        QCOMPARE(panel.itemCount(), 2);
        QCOMPARE(cellText(panel, 0, EvidenceListModel::NumberColumn), QStringLiteral("E-2"));
        QCOMPARE(cellText(panel, 1, EvidenceListModel::NumberColumn), QStringLiteral("E-10"));
        QCOMPARE(cellText(panel, 0, EvidenceListModel::KindColumn), QStringLiteral("file"));
        QCOMPARE(cellText(panel, 1, EvidenceListModel::KindColumn), QStringLiteral("image"));
        QCOMPARE(cellText(panel, 1, EvidenceListModel::SizeColumn), QStringLiteral("512.00 GiB"));
        QVERIFY(cellText(panel, 1, EvidenceListModel::CollectedColumn).startsWith(QLatin1String("2026-11-23 03:39")));
        QCOMPARE(cellText(panel, 0, EvidenceListModel::Sha256Column), QStringLiteral("dddddddd…"));

        // The mismatch: words, icon and tint, not colour alone.
        auto *model = child<PlaceholderTableView>(&panel, "evidenceTable")->model();
        const QModelIndex state = model->index(1, EvidenceListModel::VerificationColumn);
        QCOMPARE(state.data().toString(), QStringLiteral("MISMATCH"));
        QVERIFY(!state.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(model->index(1, EvidenceListModel::DescriptionColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model->index(0, EvidenceListModel::DescriptionColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(
            model->index(1, EvidenceListModel::Sha256Column).data(Qt::ToolTipRole).toString().contains(image.sha256));
        QCOMPARE(panel.problemCount(), 1);

        // Details of the image: full hashes, segments, bad sectors, UTC and local times.
        panel.selectEvidence(QStringLiteral("E-10"));
        QCOMPARE(panel.selectedNumber(), QStringLiteral("E-10"));
        const QString facts = panel.details()->factsText();
        for (const QString &want : {image.sha256, image.md5, image.sha1, QStringLiteral("/media/ev/fs01.dd.001"),
                                    QStringLiteral("2 unreadable sector(s)"), QStringLiteral("sector 4096–4097"),
                                    QStringLiteral("02:39:00 UTC"), QStringLiteral("03:39 CET")})
            QVERIFY2(facts.contains(want), qPrintable(QStringLiteral("%1 not in\n%2").arg(want, facts)));
        auto *alert = child<QLabel>(&panel, "mismatchAlert");
        QVERIFY(!alert->isHidden());
        QVERIFY(alert->text().contains(QLatin1String("MISMATCH")));

        // A click selects (the current index moves before the selection does).
        panel.resize(1200, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *table = child<PlaceholderTableView>(&panel, "evidenceTable");
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(model->index(0, EvidenceListModel::DescriptionColumn)).center());
        QCOMPARE(panel.selectedNumber(), QStringLiteral("E-2"));
        QVERIFY(panel.details()->factsText().contains(photo.sha256));
        QVERIFY(child<QPushButton>(&panel, "verifyEvidenceButton")->isEnabled());
        QVERIFY(child<QPushButton>(&panel, "recordTransferButton")->isEnabled());
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(panel.selectedNumber(), QStringLiteral("E-10"));
        QVERIFY(panel.details()->factsText().contains(image.sha256));
        // A refresh keeps the reader's place in the details.
        auto *bar = child<QScrollArea>(&panel, "evidenceDetailsArea")->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        bar->setValue(bar->maximum());
        const int place = bar->value();
        panel.reload();
        QCOMPARE(bar->value(), place);
        // Another item starts at its top, where its title and any mismatch alert are.
        QTest::keyClick(table, Qt::Key_Up);
        QCOMPARE(panel.selectedNumber(), QStringLiteral("E-2"));
        QCOMPARE(bar->value(), 0);
        QTest::keyClick(table, Qt::Key_Down);

        // Copy the full SHA-256 from the list.
        child<QAction>(&panel, "copySha256Action")->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), image.sha256);
    }

    void addFileThroughTheDialog()
    {
        m_file = m_dir.filePath(QStringLiteral("auth.log"));
        QVERIFY(test::writeRandomFile(m_file, 5 * 1024 * 1024 + 3, 7));
        QVERIFY(!m_file.isEmpty());
        EvidencePanel panel(*m_store);
        panel.setIncident(m_id);
        const int before = panel.itemCount();
        child<QPushButton>(&panel, "addEvidenceFileButton")->click();
        auto *dialog = panel.findChild<AddEvidenceDialog *>(QStringLiteral("addEvidenceDialog"));
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(child<QLineEdit>(dialog, "collectedByEdit")->text(), QStringLiteral("Ines Haddad"));
        child<QLineEdit>(dialog, "filePathEdit")->setText(m_file);
        child<QLineEdit>(dialog, "descriptionEdit")->setText(QStringLiteral("auth.log from fs01"));
        child<QLineEdit>(dialog, "sourceEdit")->setText(QStringLiteral("fs01:/var/log/auth.log"));
        child<QLineEdit>(dialog, "storageLocationEdit")->setText(QStringLiteral("evidence share, case folder"));
        auto *volatility = child<QComboBox>(dialog, "volatilityCombo");
        volatility->setCurrentIndex(volatility->findData(QStringLiteral("temporary-filesystems")));
        auto *zone = child<QComboBox>(dialog, "collectedAtZoneCombo");
        QCOMPARE(zone->currentText(), QStringLiteral("Europe/Paris")); // the system zone by default
        zone->setCurrentText(QStringLiteral("America/New_York"));
        child<QDateTimeEdit>(dialog, "collectedAtEdit")->setDateTime(QDateTime(QDate(2026, 11, 22), QTime(20, 15)));

        QSignalSpy added(dialog, &AddEvidenceDialog::evidenceAdded);
        QSignalSpy changed(&panel, &EvidencePanel::evidenceChanged);
        child<QPushButton>(dialog, "okButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, 60000);
        m_number = added.first().at(1).toString();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(panel.itemCount(), before + 1);
        QCOMPARE(panel.selectedNumber(), m_number);

        const QString expected = QString::fromLatin1(test::fileSha256(m_file));
        auto *model = child<PlaceholderTableView>(&panel, "evidenceTable")->model();
        const int row = panel.findChild<EvidenceListModel *>()->rowOf(m_number);
        QCOMPARE(model->index(row, 0).data(EvidenceListModel::Sha256Role).toString(), expected);
        QCOMPARE(model->index(row, EvidenceListModel::DescriptionColumn).data().toString(),
                 QStringLiteral("auth.log from fs01"));
        QCOMPARE(model->index(row, EvidenceListModel::SizeColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("%L1 bytes").arg(5 * 1024 * 1024 + 3));

        auto item = EvidenceService(*m_store).item(m_id, m_number);
        QVERIFY(item.ok());
        QCOMPARE(item->sha256, expected);
        QCOMPARE(item->collectedZone, QStringLiteral("America/New_York"));
        QCOMPARE(item->collectedAt, QDateTime(QDate(2026, 11, 23), QTime(1, 15), QTimeZone::utc()));
        QCOMPARE(item->volatility, QStringLiteral("temporary-filesystems"));
        QVERIFY2(panel.details()->factsText().contains(expected), qPrintable(panel.details()->factsText()));
        QVERIFY(panel.details()->factsText().contains(QLatin1String("evidence share, case folder")));
        QVERIFY2(panel.details()->custodyText().contains(QLatin1String("COLLECTED")),
                 qPrintable(panel.details()->custodyText()));
    }

    void verifyPasses()
    {
        EvidencePanel panel(*m_store);
        panel.setIncident(m_id);
        panel.selectEvidence(m_number);
        QSignalSpy done(&panel, &EvidencePanel::verificationFinished);
        child<QPushButton>(&panel, "verifyEvidenceButton")->click();
        QVERIFY(panel.isVerifying());
        QVERIFY(!child<QPushButton>(&panel, "verifyEvidenceButton")->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60000);
        QCOMPARE(done.first().at(1).value<Verification>(), Verification::Verified);
        QVERIFY2(panel.statusText().contains(QLatin1String("verified")), qPrintable(panel.statusText()));
        QVERIFY(!panel.findChild<QMessageBox *>(QStringLiteral("verifyMismatchBox")));
        const int row = panel.findChild<EvidenceListModel *>()->rowOf(m_number);
        QCOMPARE(cellText(panel, row, EvidenceListModel::VerificationColumn), QStringLiteral("✓ Verified"));
        QCOMPARE(EvidenceService(*m_store).verifications(m_id, m_number)->size(), 1);
        QVERIFY(panel.details()->verificationText().contains(QStringLiteral("✓ Verified")));
    }

    void flippedByteShowsMismatchAndKeepsHistory()
    {
        QFile f(m_file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(4096));
        char c = 0;
        QVERIFY(f.getChar(&c));
        QVERIFY(f.seek(4096));
        QVERIFY(f.putChar(char(c ^ 0x01)));
        f.close();

        IncidentDetailPane pane;
        pane.setStore(m_store.get());
        pane.showIncident(*m_store->incident(m_id));
        EvidencePanel *panel = pane.evidencePanel();
        QVERIFY(panel);
        pane.showEvidence();
        panel->selectEvidence(m_number);
        QSignalSpy done(panel, &EvidencePanel::verificationFinished);
        child<QPushButton>(panel, "verifyEvidenceButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60000);
        QCOMPARE(done.first().at(1).value<Verification>(), Verification::Mismatch);

        // Loud: a message listing what differs, the row, the status line and the tab.
        auto *box = panel->findChild<QMessageBox *>(QStringLiteral("verifyMismatchBox"));
        QVERIFY(box && box->isVisible());
        QVERIFY2(box->informativeText().contains(QLatin1String("auth.log")), qPrintable(box->informativeText()));
        QVERIFY2(box->informativeText().contains(QLatin1String("sha256"), Qt::CaseInsensitive) ||
                     box->informativeText().contains(QLatin1String("SHA-256")),
                 qPrintable(box->informativeText()));
        box->accept();
        const int row = panel->findChild<EvidenceListModel *>()->rowOf(m_number);
        QCOMPARE(cellText(*panel, row, EvidenceListModel::VerificationColumn), QStringLiteral("MISMATCH"));
        QVERIFY(panel->statusText().contains(QLatin1String("does NOT match")));
        auto *tabs = child<QTabWidget>(&pane, "detailTabs");
        QVERIFY2(tabs->tabText(tabs->currentIndex()).contains(QLatin1String("MISMATCH")),
                 qPrintable(tabs->tabText(tabs->currentIndex())));

        // Both results kept, oldest first.
        auto history = EvidenceService(*m_store).verifications(m_id, m_number);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).result, Verification::Verified);
        QCOMPARE(history->at(1).result, Verification::Mismatch);
        const QString shown = panel->details()->verificationText();
        QVERIFY(shown.indexOf(QStringLiteral("✓ Verified")) >= 0);
        QVERIFY(shown.indexOf(QLatin1String("MISMATCH")) > shown.indexOf(QStringLiteral("✓ Verified")));
        QVERIFY(!child<QLabel>(panel, "mismatchAlert")->isHidden());
        QCOMPARE(auditCount(QStringLiteral("evidence.verify")), 2);
    }

    void recordTransferThroughTheDialog()
    {
        EvidencePanel panel(*m_store);
        panel.setIncident(m_id);
        panel.selectEvidence(m_number);
        const int audited = auditCount(QStringLiteral("custody.transferred"));
        child<QPushButton>(&panel, "recordTransferButton")->click();
        QDialog *dialog = openDialog(&panel, "recordTransferDialog");
        QVERIFY(dialog);
        QCOMPARE(child<QComboBox>(dialog, "custodyActionCombo")->currentData().toString(),
                 QStringLiteral("transferred"));
        // The last holder hands it over: prefilled from the 'collected' entry.
        QVERIFY(!child<QLineEdit>(dialog, "fromEdit")->text().isEmpty());
        child<QLineEdit>(dialog, "fromEdit")->setText(QStringLiteral("Ines Haddad, forensic examiner"));
        child<QLineEdit>(dialog, "toEdit")->setText(QStringLiteral("Lt. Martin, OFAC Paris, +33 1 23 45 67 89"));
        child<QLineEdit>(dialog, "purposeEdit")->setText(QStringLiteral("criminal complaint"));
        child<QLineEdit>(dialog, "locationEdit")->setText(QStringLiteral("Paris DC reception"));
        child<QLineEdit>(dialog, "methodEdit")->setText(QStringLiteral("hand delivery, sealed bag 0042"));
        QSignalSpy changed(&panel, &EvidencePanel::evidenceChanged);
        child<QPushButton>(dialog, "okButton")->click();
        QCOMPARE(changed.count(), 1);
        QVERIFY(!openDialog(&panel, "recordTransferDialog"));

        auto custody = EvidenceService(*m_store).custody(m_id, m_number);
        QVERIFY(custody.ok());
        const CustodyEvent &last = custody->last();
        QCOMPARE(last.action, QStringLiteral("transferred"));
        QCOMPARE(last.toParty, QStringLiteral("Lt. Martin, OFAC Paris, +33 1 23 45 67 89"));
        QCOMPARE(last.purpose, QStringLiteral("criminal complaint"));
        QCOMPARE(last.method, QStringLiteral("hand delivery, sealed bag 0042"));
        QCOMPARE(last.zone, QStringLiteral("Europe/Paris"));
        QCOMPARE(auditCount(QStringLiteral("custody.transferred")), audited + 1);

        const QString timeline = panel.details()->custodyText();
        QVERIFY2(timeline.contains(QLatin1String("TRANSFERRED")) &&
                     timeline.contains(QStringLiteral("Ines Haddad, forensic examiner → Lt. Martin")) &&
                     timeline.contains(QLatin1String("Purpose: criminal complaint")) &&
                     timeline.contains(QLatin1String("sealed bag 0042")),
                 qPrintable(timeline));
        // Newest last.
        QVERIFY(timeline.indexOf(QLatin1String("COLLECTED")) < timeline.indexOf(QLatin1String("TRANSFERRED")));
    }

    // Issue #21.12: after recordTransferThroughTheDialog Lt. Martin holds the
    // item; a hand-over from anyone else asks why, and the reason is kept.
    void transferFromNonHolderAsksWhy()
    {
        EvidencePanel panel(*m_store);
        panel.setIncident(m_id);
        panel.selectEvidence(m_number);
        child<QPushButton>(&panel, "recordTransferButton")->click();
        QDialog *dialog = openDialog(&panel, "recordTransferDialog");
        QVERIFY(dialog);
        auto *from = child<QLineEdit>(dialog, "fromEdit");
        auto *reason = child<QLineEdit>(dialog, "overrideReasonEdit");
        auto *ok = child<QPushButton>(dialog, "okButton");
        QCOMPARE(from->text(), QStringLiteral("Lt. Martin, OFAC Paris, +33 1 23 45 67 89")); // the holder
        QVERIFY(reason->isHidden());
        QVERIFY(child<QLabel>(dialog, "custodyHolderLabel")->isHidden());
        child<QLineEdit>(dialog, "toEdit")->setText(QStringLiteral("Court clerk"));
        child<QLineEdit>(dialog, "purposeEdit")->setText(QStringLiteral("trial"));
        QVERIFY(ok->isEnabled());
        from->setText(QStringLiteral("Mallory"));
        QVERIFY(!reason->isHidden());
        QVERIFY(!ok->isEnabled());
        const QString hint = child<QLabel>(dialog, "validationHint")->text();
        QVERIFY2(hint.contains(QLatin1String("held by Lt. Martin")), qPrintable(hint));
        QTest::mouseClick(ok, Qt::LeftButton); // disabled: nothing happens
        QCOMPARE(EvidenceService(*m_store).custody(m_id, m_number)->last().toParty,
                 QStringLiteral("Lt. Martin, OFAC Paris, +33 1 23 45 67 89"));
        // Whose custody is overridden stays in view once the reason is typed (the hint goes).
        auto *held = child<QLabel>(dialog, "custodyHolderLabel");
        const CustodyEvent handedToMartin = EvidenceService(*m_store).custody(m_id, m_number)->last();
        const QString heldText = QStringLiteral("Held by Lt. Martin, OFAC Paris, +33 1 23 45 67 89 since %1")
                                     .arg(ui::units::dateTime(handedToMartin.at));
        QVERIFY(!held->isHidden());
        QCOMPARE(held->text(), heldText);
        reason->setText(QStringLiteral("Martin's deputy brought it; signed form follows"));
        QVERIFY(ok->isEnabled());
        QVERIFY(child<QLabel>(dialog, "validationHint")->isHidden());
        QVERIFY(!held->isHidden());
        QCOMPARE(held->text(), heldText);
        if (const QString shots = qEnvironmentVariable("FIREBREAK_SCREENSHOTS"); !shots.isEmpty())
            dialog->grab().save(QDir(shots).filePath(QStringLiteral("custody-non-holder.png")));
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(!openDialog(&panel, "recordTransferDialog"));
        const CustodyEvent last = EvidenceService(*m_store).custody(m_id, m_number)->last();
        QCOMPARE(last.fromParty, QStringLiteral("Mallory"));
        QCOMPARE(last.overrideReason, QStringLiteral("Martin's deputy brought it; signed form follows"));
    }

    // Issue #20.4: the table's context menu names the system an item was
    // taken from; the details show it.
    void linkSystemFromTheTable()
    {
        AffectedSystem fs01;
        fs01.hostname = QStringLiteral("fs01");
        QVERIFY(m_store->addSystem(m_id, fs01).ok());
        EvidencePanel panel(*m_store);
        panel.setIncident(m_id);
        panel.selectEvidence(m_number);
        auto *action = child<PlaceholderTableView>(&panel, "evidenceTable")
                           ->findChild<QAction *>(QStringLiteral("linkSystemAction"));
        QVERIFY(action && action->isEnabled());
        action->trigger();
        auto *dialog = qobject_cast<QInputDialog *>(openDialog(&panel, "linkSystemDialog"));
        QVERIFY(dialog);
        auto *combo = dialog->findChild<QComboBox *>();
        QVERIFY(combo);
        QCOMPARE(combo->count(), 2);
        combo->setCurrentIndex(combo->findText(QStringLiteral("fs01")));
        const auto buttons = dialog->findChildren<QPushButton *>();
        QPushButton *okButton = nullptr;
        for (QPushButton *b : buttons)
            if (b->isDefault())
                okButton = b;
        QVERIFY(okButton);
        QTest::mouseClick(okButton, Qt::LeftButton);
        QCOMPARE(EvidenceService(*m_store).item(m_id, m_number)->system, QStringLiteral("fs01"));
        QCOMPARE(m_store->auditLog(m_id)->last().action, QStringLiteral("evidence.link-system"));
        QVERIFY2(panel.details()->factsText().contains(QLatin1String("fs01")),
                 qPrintable(panel.details()->factsText()));
    }

    void refusedInputRecordsNothing()
    {
        const int items = int(m_store->evidence(m_id)->size());
        const int audit = int(m_store->auditLog(m_id)->size());
        {
            AddEvidenceDialog dialog(*m_store, m_id);
            // Keyboard order follows the form: file, Browse…, description, source.
            dialog.show();
            QApplication::setActiveWindow(&dialog);
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            child<QLineEdit>(&dialog, "filePathEdit")->setFocus();
            for (const char *next : {"browseFileButton", "descriptionEdit", "sourceEdit", "collectedByEdit"}) {
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
                QCOMPARE(QApplication::focusWidget()->objectName(), QLatin1String(next));
            }
            auto *ok = child<QPushButton>(&dialog, "okButton");
            auto *hint = child<QLabel>(&dialog, "validationHint");
            child<QLineEdit>(&dialog, "filePathEdit")->setText(m_dir.filePath(QStringLiteral("no-such.pcap")));
            QVERIFY(!ok->isEnabled());
            QVERIFY2(hint->text().contains(QLatin1String("no-such.pcap")), qPrintable(hint->text()));
            child<QLineEdit>(&dialog, "filePathEdit")->setText(m_dir.path());
            QVERIFY2(hint->text().contains(QLatin1String("not a regular file")), qPrintable(hint->text()));
            child<QLineEdit>(&dialog, "filePathEdit")->setText(m_file);
            QVERIFY(!ok->isEnabled());
            QVERIFY2(hint->text().contains(QLatin1String("description")), qPrintable(hint->text()));
            dialog.accept(); // Enter with the button disabled: refused, said so, nothing hashed
            auto *error = child<QLabel>(&dialog, "errorLabel");
            QVERIFY(!error->isHidden());
            QVERIFY(error->text().contains(QLatin1String("description")));
            QVERIFY(!dialog.isRunning());
            child<QLineEdit>(&dialog, "descriptionEdit")->setText(QStringLiteral("x"));
            child<QComboBox>(&dialog, "collectedAtZoneCombo")->setEditText(QStringLiteral("Mars/Olympus"));
            QVERIFY(!ok->isEnabled());
            QVERIFY2(hint->text().contains(QLatin1String("Mars/Olympus")), qPrintable(hint->text()));
        }
        {
            CustodyDialog dialog(*m_store, m_id, m_number, QStringLiteral("transferred"));
            child<QLineEdit>(&dialog, "toEdit")->setText(QStringLiteral("Lab"));
            auto *hint = child<QLabel>(&dialog, "validationHint");
            QVERIFY(!child<QPushButton>(&dialog, "okButton")->isEnabled());
            QVERIFY2(hint->text().contains(QLatin1String("purpose")), qPrintable(hint->text()));
            dialog.accept();
            QVERIFY(child<QLabel>(&dialog, "errorLabel")->text().contains(QLatin1String("purpose")));
            child<QLineEdit>(&dialog, "purposeEdit")->setText(QStringLiteral("analysis"));
            child<QLineEdit>(&dialog, "toEdit")->clear();
            QVERIFY2(hint->text().contains(QLatin1String("received")), qPrintable(hint->text()));
            child<QLineEdit>(&dialog, "toEdit")->setText(QStringLiteral("Lab"));
            child<QDateTimeEdit>(&dialog, "custodyAtEdit")->setDateTime(QDateTime(QDate(2027, 1, 1), QTime(9, 0)));
            QVERIFY2(hint->text().contains(QLatin1String("future")), qPrintable(hint->text()));
        }
        {
            CustodyDialog dialog(*m_store, m_id, m_number, QStringLiteral("stored"));
            QVERIFY(child<QLabel>(&dialog, "validationHint")->text().contains(QLatin1String("Location")));
            QCOMPARE(dialog.objectName(), QStringLiteral("recordCustodyDialog"));
        }
        QCOMPARE(int(m_store->evidence(m_id)->size()), items);
        QCOMPARE(int(m_store->auditLog(m_id)->size()), audit);
    }

    void cancelledHashOfLargeFileRecordsNothing()
    {
        // 4 GiB that take no disk space: long enough to cancel mid-way.
        const QString big = m_dir.filePath(QStringLiteral("memory.dump"));
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(4LL * 1024 * 1024 * 1024));
        f.close();
        const int items = int(m_store->evidence(m_id)->size());
        const int audit = int(m_store->auditLog(m_id)->size());

        EvidencePanel panel(*m_store);
        panel.setIncident(m_id);
        child<QPushButton>(&panel, "addEvidenceFileButton")->click();
        auto *dialog = panel.findChild<AddEvidenceDialog *>(QStringLiteral("addEvidenceDialog"));
        QVERIFY(dialog);
        child<QLineEdit>(dialog, "filePathEdit")->setText(big);
        child<QLineEdit>(dialog, "descriptionEdit")->setText(QStringLiteral("fs01 memory"));
        QSignalSpy finished(dialog, &AddEvidenceDialog::addFinished);
        child<QPushButton>(dialog, "okButton")->click();
        QVERIFY(dialog->isRunning());
        auto *progress = child<QProgressBar>(dialog, "addProgress");
        QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, 60000); // hashing is under way
        QVERIFY(finished.isEmpty());
        QVERIFY(child<QLabel>(dialog, "addStatusLabel")->text().contains(QLatin1String("left")));
        child<QPushButton>(dialog, "cancelButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(dialog->statusText().contains(QLatin1String("nothing was registered")),
                 qPrintable(dialog->statusText()));
        QVERIFY(dialog->isVisible()); // stays open: the commander sees what happened
        QCOMPARE(int(m_store->evidence(m_id)->size()), items);
        QCOMPARE(int(m_store->auditLog(m_id)->size()), audit);
        QCOMPARE(panel.itemCount(), items);
    }

    void cancelledVerifyRecordsNothing()
    {
        // Register the big sparse file (hashes are irrelevant: the check is cancelled).
        EvidenceItem dump;
        dump.incidentId = m_id;
        dump.kind = EvidenceKind::File;
        dump.description = QStringLiteral("memory dump");
        dump.imagePath = m_dir.filePath(QStringLiteral("memory.dump"));
        dump.sizeBytes = QFileInfo(dump.imagePath).size();
        dump.sha256 = QString(64, QLatin1Char('0'));
        auto registered = m_store->registerEvidence(dump);
        QVERIFY(registered.ok());
        const int audit = int(m_store->auditLog(m_id)->size());

        EvidencePanel panel(*m_store);
        panel.setIncident(m_id);
        panel.selectEvidence(registered->evidenceNumber);
        child<QPushButton>(&panel, "verifyEvidenceButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(child<QProgressBar>(&panel, "verifyProgress")->value() > 0, 60000);
        child<QPushButton>(&panel, "cancelVerifyButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isVerifying(), 60000);
        QVERIFY2(panel.statusText().contains(QLatin1String("cancelled")), qPrintable(panel.statusText()));
        QVERIFY(EvidenceService(*m_store).verifications(m_id, registered->evidenceNumber)->isEmpty());
        QCOMPARE(int(m_store->auditLog(m_id)->size()), audit);
    }

    void handoverButtonAsksForTheIncident()
    {
        IncidentDetailPane pane;
        pane.setStore(m_store.get());
        pane.showIncident(*m_store->incident(m_id));
        QSignalSpy asked(&pane, &IncidentDetailPane::handoverRequested);
        auto *button = child<QPushButton>(pane.evidencePanel(), "handoverButton");
        QVERIFY(button->isEnabled());
        button->click();
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.first().first().toString(), m_id);
    }

    void windowRefreshShowsEvidenceAddedElsewhere()
    {
        // Another process (the CLI, an acquisition) registers an item; the
        // window's refresh (the same path an acquisition's end takes) shows it.
        ui::MainWindow w(m_clock);
        QVERIFY(w.openStore(m_store->path()));
        w.selectIncident(m_id);
        auto *pane = w.findChild<IncidentDetailPane *>();
        QVERIFY(pane && pane->evidencePanel());
        const int before = pane->evidencePanel()->itemCount();
        QVERIFY(before > 0);
        auto other = openStore(m_store->path(), m_clock);
        EvidenceItem label;
        label.incidentId = m_id;
        label.kind = EvidenceKind::File;
        label.description = QStringLiteral("Photo of the rack label");
        QVERIFY(other->registerEvidence(label).ok());
        w.refresh();
        QCOMPARE(pane->evidencePanel()->itemCount(), before + 1);
        auto *tabs = child<QTabWidget>(&w, "detailTabs");
        bool found = false;
        for (int i = 0; i < tabs->count(); ++i)
            found |= tabs->tabText(i).startsWith(QStringLiteral("Evidence (%1)").arg(before + 1));
        QVERIFY(found);
    }

    // Issue #10: an acquisition whose process died (SIGKILL, power cut) is
    // shown on the next start; one still running (here: this very process)
    // is not called interrupted.
    void interruptedAcquisitionIsNoticed()
    {
        const QString id = seedIncident(*m_store, QStringLiteral("Killed imaging"), Severity::High).id;
        AcquisitionService acquisitions(*m_store);
        AcquisitionRecord dead;
        dead.incidentId = id;
        dead.evidenceNumber = QStringLiteral("E-002");
        dead.source = QStringLiteral("/dev/sdb");
        dead.destination = m_dir.filePath(QStringLiteral("fs01.raw"));
        dead.workPath = dead.destination + QStringLiteral(".incomplete");
        dead.logPath = dead.destination + QStringLiteral(".incomplete.info");
        dead.examiner = QStringLiteral("Ines Haddad");
        dead.process = ProcessIdentity::current();
        dead.process.tag = QStringLiteral("another-boot/1"); // same pid, another process: gone
        QVERIFY(acquisitions.recordStart(dead));
        AcquisitionRecord alive = dead;
        alive.evidenceNumber = QStringLiteral("E-003");
        alive.source = QStringLiteral("/dev/sdc");
        alive.process = ProcessIdentity::current();
        QVERIFY(acquisitions.recordStart(alive));

        EvidencePanel panel(*m_store);
        panel.setIncident(id);
        panel.show();
        auto *notice = child<QLabel>(&panel, "interruptedAcquisitionsNotice");
        QVERIFY(notice->isVisible());
        const QString text = panel.interruptedText();
        QVERIFY2(text.contains(QStringLiteral("Acquisition of /dev/sdb to %1").arg(dead.destination)) &&
                     text.contains(QLatin1String("was interrupted")) &&
                     text.contains(dead.workPath + QStringLiteral(" is incomplete")) &&
                     text.contains(QLatin1String("Image the source again")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("/dev/sdc")), qPrintable(text));

        // Another incident has no such notice.
        panel.setIncident(m_id);
        QVERIFY(!notice->isVisible());
        QVERIFY(panel.interruptedText().isEmpty());
    }
};

QTEST_MAIN(TestEvidencePanel)
#include "tst_evidencepanel.moc"
