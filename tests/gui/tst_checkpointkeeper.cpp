// The workbench signs the audit head hourly and on every export once the
// installation's key is unlocked from the status bar; locked, it says so.

#include "forensics/crypto/AuditCheckpoints.h"
#include "ui/CheckpointKeeper.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace firebreak;
using namespace firebreak::ui;

class TestCheckpointKeeper : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(3, 0), QTimeZone::utc())};

    static NewIncident incident(const QString &title) { return {title, {}, Severity::High, {}, {}, {}, {}}; }

private slots:
    void noKeyTellsHowToMakeOne()
    {
        CheckpointKeeper keeper(m_dir.filePath(QStringLiteral("absent.pem")));
        QVERIFY(keeper.text().contains(QLatin1String("no key")));
        QVERIFY(keeper.toolTip().contains(QLatin1String("audit key init")));
    }

    void signsOnceUnlockedThenHourlyAndOnExport()
    {
        const QString keyPath = m_dir.filePath(QStringLiteral("keys/k.pem"));
        QVERIFY(checkpoints::createKey(keyPath, "pass phrase").ok());
        auto store = CaseStore::openSqlite(m_dir.filePath(QStringLiteral("c.sqlite")), m_clock, QStringLiteral("ic"));
        QVERIFY(store.ok());
        CaseStore &s = **store;
        QVERIFY(s.createIncident(incident(QStringLiteral("one"))).ok());

        CheckpointKeeper keeper(keyPath);
        keeper.setStore(&s);
        QCOMPARE(keeper.objectName(), QStringLiteral("checkpointKeeper"));
        QVERIFY2(keeper.text().contains(QLatin1String("locked")), qPrintable(keeper.text()));
        QCOMPARE(s.checkpoints()->size(), 0); // locked: nothing signed, nothing blocked

        QVERIFY(!keeper.unlock("wrong").ok());
        QVERIFY(!keeper.isUnlocked());
        QVERIFY2(keeper.toolTip().contains(keyPath), qPrintable(keeper.toolTip()));

        // Unlocked the way a commander does it: click, type, OK (no nested event loop).
        keeper.click();
        auto *dialog = keeper.findChild<QInputDialog *>(QStringLiteral("unlockAuditKeyDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->textEchoMode(), QLineEdit::Password);
        dialog->setTextValue(QStringLiteral("pass phrase"));
        dialog->accept();
        QVERIFY(keeper.isUnlocked());
        QCOMPARE(s.checkpoints()->size(), 1); // the first one is due at once
        QVERIFY2(keeper.text().contains(QLatin1String("signed")), qPrintable(keeper.text()));

        m_clock.advanceSecs(20 * 60);
        QVERIFY(s.createIncident(incident(QStringLiteral("two"))).ok());
        keeper.check();
        QCOMPARE(s.checkpoints()->size(), 1);

        // Any export recorded in the trail, from whichever dialog, is signed at once.
        QVERIFY(s.changeAndAudit([](QSqlDatabase &) -> Result<AuditEvent> {
                     return AuditEvent{QStringLiteral("report.export"),
                                       QStringLiteral("INC-2026-0001/rfo"),
                                       QStringLiteral("INC-2026-0001"),
                                       {}};
                 }).ok());
        keeper.check();
        QCOMPARE(s.checkpoints()->size(), 2);
        QCOMPARE(s.checkpoints()->last().entries, 3);

        // A quiet hour is attested too.
        m_clock.advanceSecs(checkpoints::kIntervalSecs);
        keeper.check();
        QCOMPARE(s.checkpoints()->size(), 3);
        QVERIFY(checkpoints::verifyStored(s)->ok);
        keeper.setStore(nullptr);
    }
};

QTEST_MAIN(TestCheckpointKeeper)
#include "tst_checkpointkeeper.moc"
