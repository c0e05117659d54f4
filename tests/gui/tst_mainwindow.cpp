// The main window driven as a user would, by objectName: opening stores
// (good, foreign, newer, tampered), the incident list, the detail pane,
// and changes made by another process showing up.

#include "GuiTestSupport.h"
#include "support/CliRunner.h"

#include "model/evidence/AcquisitionService.h"
#include "ui/AuditBanner.h"
#include "ui/AuditLogModel.h"
#include "ui/IncidentListModel.h"
#include "ui/InterruptedBanner.h"
#include "ui/MainWindow.h"
#include "ui/PlaceholderTableView.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace firebreak;
using namespace firebreak::guitest;
using ui::AuditLogModel;
using ui::IncidentListModel;
using ui::MainWindow;
using ui::PlaceholderTableView;

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { initEnvironment(); }
    void init() { QVERIFY(m_dir.isValid()); }

    void emptyStoreSaysWhatToDo();
    void tamperedAuditShowsBannerAndStillListsIncidents();
    void nonSqliteFileShowsErrorPageAndIsUntouched();
    void failedOpenKeepsCurrentStore();
    void newerSchemaIsRefusedByName();
    void listSortsByUrgencyAndFilters();
    void phaseChangeIsAudited();
    void changesFromAnotherProcessAppear();
    void layoutIsRemembered();
    void interruptedAcquisitionIsShownAtStart();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QAbstractItemModel *tableModel(const MainWindow &w, const char *name)
    {
        auto *view = child<QTableView>(&w, name);
        return view ? view->model() : nullptr;
    }
    static QString cell(QAbstractItemModel *m, int row, int column) { return m->index(row, column).data().toString(); }

    QTemporaryDir m_dir;
    ManualClock m_clock{startTime()};
};

void TestMainWindow::emptyStoreSaysWhatToDo()
{
    MainWindow w(m_clock);
    w.show();
    QVERIFY(w.openStore(path(QStringLiteral("empty.sqlite"))));
    auto *table = child<PlaceholderTableView>(&w, "incidentTable");
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 0);
    QCOMPARE(table->visiblePlaceholder(), QStringLiteral("No incidents yet — press Ctrl+N to open one"));
    QCOMPARE(child<QLabel>(&w, "chainStatusLabel")->text(), QStringLiteral("Audit chain empty"));
    QVERIFY(child<QLabel>(&w, "storePathLabel")->toolTip().endsWith(QStringLiteral("empty.sqlite")));
    QVERIFY(!child<ui::AuditBanner>(&w, "auditBanner")->isVisible());
    QVERIFY(child<QAction>(&w, "newIncidentAction")->isEnabled());
    QVERIFY(!child<QAction>(&w, "addPersonAction")->isEnabled()); // nothing selected
    QCOMPARE(child<QAction>(&w, "newIncidentAction")->shortcut(), QKeySequence(QKeySequence::New));
    QCOMPARE(MainWindow::lastStorePath(), QFileInfo(path(QStringLiteral("empty.sqlite"))).absoluteFilePath());
}

void TestMainWindow::tamperedAuditShowsBannerAndStillListsIncidents()
{
    const QString db = path(QStringLiteral("tampered.sqlite"));
    {
        auto store = openStore(db, m_clock);
        seedIncident(*store, QStringLiteral("Ransomware on FS01"), Severity::Critical); // seq 1
        seedIncident(*store, QStringLiteral("Phishing wave"), Severity::High);          // seq 2
        seedIncident(*store, QStringLiteral("Lost laptop"), Severity::Low);             // seq 3
    }
    // Rewrite history: who opened INC-2026-0002.
    QCOMPARE(rawSql(db, {QStringLiteral("DROP TRIGGER audit_log_no_update"),
                         QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2")}),
             QString());

    MainWindow w(m_clock);
    w.show();
    QVERIFY(w.openStore(db)); // a broken chain is reported, not a reason to refuse the case

    auto *banner = child<ui::AuditBanner>(&w, "auditBanner");
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("seq 2")), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QStringLiteral("row edited")));
    QCOMPARE(child<QLabel>(&w, "chainStatusLabel")->text(), QStringLiteral("⚠ Audit chain BROKEN at seq 2"));
    QCOMPARE(tableModel(w, "incidentTable")->rowCount(), 3);

    // The edited entry is marked in the incident's audit log.
    w.selectIncident(QStringLiteral("INC-2026-0002"));
    QAbstractItemModel *audit = tableModel(w, "auditTable");
    QCOMPARE(audit->rowCount(), 1);
    QCOMPARE(cell(audit, 0, AuditLogModel::ActorColumn), QStringLiteral("mallory"));
    QVERIFY(audit->index(0, 0).data(AuditLogModel::UnprovenRole).toBool());
    QVERIFY(audit->index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("seq 2")));
    // Entries before the break are still proven.
    w.selectIncident(QStringLiteral("INC-2026-0001"));
    QVERIFY(!tableModel(w, "auditTable")->index(0, 0).data(AuditLogModel::UnprovenRole).toBool());
}

void TestMainWindow::nonSqliteFileShowsErrorPageAndIsUntouched()
{
    const QString notes = path(QStringLiteral("meeting-notes.txt"));
    {
        QFile f(notes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 200; ++i)
            f.write("03:10 call with CTO, FS01 isolated, waiting for backups\n");
    }
    const QByteArray before = test::fileSha256(notes);
    const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files);

    MainWindow w(m_clock);
    w.show();
    QVERIFY(!w.openStore(notes));

    auto *stack = child<QStackedWidget>(&w, "centralStack");
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("storeErrorPage"));
    QVERIFY(child<QLabel>(&w, "storeErrorPath")->text().endsWith(QStringLiteral("meeting-notes.txt")));
    const QString reason = child<QLabel>(&w, "storeErrorReason")->text();
    QVERIFY2(reason.contains(QStringLiteral("not an SQLite database")), qPrintable(reason));
    QVERIFY(reason.contains(QStringLiteral("meeting-notes.txt")));
    QVERIFY(child<QLabel>(&w, "storeErrorHeadline")->text().contains(QStringLiteral("not a usable")));
    QVERIFY(child<QPushButton>(&w, "openStoreButton")->isVisible());
    QVERIFY(child<QPushButton>(&w, "newStoreButton")->isVisible());
    QVERIFY(!child<QPushButton>(&w, "backToStoreButton")->isVisible());
    QVERIFY(!child<QAction>(&w, "newIncidentAction")->isEnabled());
    QCOMPARE(child<QLabel>(&w, "chainStatusLabel")->text(), QStringLiteral("Audit chain: no store"));
    QVERIFY(child<QLabel>(&w, "storePathLabel")->text().contains(QStringLiteral("meeting-notes.txt")));

    QCOMPARE(test::fileSha256(notes), before);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), filesBefore); // no -wal, -shm or journal left behind
}

void TestMainWindow::failedOpenKeepsCurrentStore()
{
    const QString good = path(QStringLiteral("good.sqlite"));
    {
        auto store = openStore(good, m_clock);
        seedIncident(*store, QStringLiteral("Web shell on portal"), Severity::High);
    }
    const QString junk = path(QStringLiteral("junk.bin"));
    {
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, '\x5a'));
    }
    MainWindow w(m_clock);
    w.show();
    QVERIFY(w.openStore(good));
    QVERIFY(!w.openStore(junk));
    auto *back = child<QPushButton>(&w, "backToStoreButton");
    QVERIFY(back->isVisible());
    QVERIFY(back->text().contains(QStringLiteral("good.sqlite")));
    QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(child<QStackedWidget>(&w, "centralStack")->currentWidget()->objectName(), QStringLiteral("workspace"));
    QVERIFY(w.store());
    QCOMPARE(w.store()->path(), QFileInfo(good).absoluteFilePath());
    QCOMPARE(tableModel(w, "incidentTable")->rowCount(), 1);
}

void TestMainWindow::newerSchemaIsRefusedByName()
{
    const QString db = path(QStringLiteral("future.sqlite"));
    openStore(db, m_clock).reset();
    QCOMPARE(rawSql(db, {QStringLiteral("PRAGMA user_version = 99")}), QString());
    const QByteArray before = test::fileSha256(db);

    MainWindow w(m_clock);
    w.show();
    QVERIFY(!w.openStore(db));
    QVERIFY(child<QLabel>(&w, "storeErrorHeadline")->text().contains(QStringLiteral("newer Firebreak")));
    QVERIFY(child<QLabel>(&w, "storeErrorReason")->text().contains(QStringLiteral("schema version 99")));
    QCOMPARE(test::fileSha256(db), before);
}

void TestMainWindow::listSortsByUrgencyAndFilters()
{
    const QString db = path(QStringLiteral("sorted.sqlite"));
    {
        auto store = openStore(db, m_clock);
        seedIncident(*store, QStringLiteral("Phishing wave"), Severity::High, QStringLiteral("Marc"));
        m_clock.advanceSecs(60);
        seedIncident(*store, QStringLiteral("Ransomware on FS01"), Severity::Critical, QStringLiteral("Claire"));
        m_clock.advanceSecs(60);
        seedIncident(*store, QStringLiteral("Lost laptop"), Severity::Low);
        m_clock.advanceSecs(60);
        seedIncident(*store, QStringLiteral("Web shell on portal"), Severity::High);
    }
    MainWindow w(m_clock);
    w.show();
    QVERIFY(w.openStore(db));
    QAbstractItemModel *list = tableModel(w, "incidentTable");
    QStringList order;
    for (int r = 0; r < list->rowCount(); ++r)
        order << cell(list, r, IncidentListModel::IdColumn);
    // Critical first; among the two highs the most recently active first.
    QCOMPARE(order, (QStringList{QStringLiteral("INC-2026-0002"), QStringLiteral("INC-2026-0004"),
                                 QStringLiteral("INC-2026-0001"), QStringLiteral("INC-2026-0003")}));
    QCOMPARE(w.currentIncidentId(), QStringLiteral("INC-2026-0002")); // most urgent selected on open
    QCOMPARE(cell(list, 0, IncidentListModel::SeverityColumn), QStringLiteral("Critical"));
    QCOMPARE(cell(list, 3, IncidentListModel::CommanderColumn), QStringLiteral("—"));

    auto *filter = child<QLineEdit>(&w, "filterEdit");
    QTest::keyClicks(filter, QStringLiteral("PHISH"));
    QCOMPARE(list->rowCount(), 1);
    QCOMPARE(cell(list, 0, IncidentListModel::TitleColumn), QStringLiteral("Phishing wave"));
    QCOMPARE(child<QLabel>(&w, "incidentCountLabel")->text(), QStringLiteral("1 of 4 incidents shown"));
    filter->setText(QStringLiteral("no such thing"));
    QCOMPARE(list->rowCount(), 0);
    QVERIFY(child<PlaceholderTableView>(&w, "incidentTable")
                ->visiblePlaceholder()
                .startsWith(QStringLiteral("No incidents match")));
    QTest::keyClick(filter, Qt::Key_Escape);
    QCOMPARE(list->rowCount(), 4);
}

void TestMainWindow::phaseChangeIsAudited()
{
    const QString db = path(QStringLiteral("phase.sqlite"));
    {
        auto store = openStore(db, m_clock);
        seedIncident(*store, QStringLiteral("Ransomware on FS01"), Severity::Critical);
    }
    MainWindow w(m_clock);
    w.show();
    QVERIFY(w.openStore(db));
    m_clock.advanceSecs(600);
    auto *phase = child<QComboBox>(&w, "phaseCombo");
    QVERIFY(phase->isEnabled());
    phase->setCurrentIndex(phase->findData(int(Phase::Isolate)));

    QCOMPARE(w.store()->incident(QStringLiteral("INC-2026-0001"))->phase, Phase::Isolate);
    QAbstractItemModel *audit = tableModel(w, "auditTable");
    QCOMPARE(audit->rowCount(), 2);
    QCOMPARE(audit->index(1, 0).data(AuditLogModel::ActionIdRole).toString(), QStringLiteral("incident.update"));
    QCOMPARE(cell(audit, 1, AuditLogModel::ActionColumn), QStringLiteral("Incident changed"));
    QCOMPARE(cell(audit, 1, AuditLogModel::ActorColumn), QStringLiteral("tester"));
    QVERIFY(cell(audit, 1, AuditLogModel::DetailsColumn)
                .contains(QStringLiteral("Phase: %1 → %2").arg(phaseLabel(Phase::Triage), phaseLabel(Phase::Isolate))));
    QCOMPARE(cell(tableModel(w, "incidentTable"), 0, IncidentListModel::PhaseColumn), QStringLiteral("Isolate"));
    QCOMPARE(child<QLabel>(&w, "chainStatusLabel")->text(), QStringLiteral("✓ Audit chain intact · 2 entries"));
}

void TestMainWindow::changesFromAnotherProcessAppear()
{
    const QString db = path(QStringLiteral("shared.sqlite"));
    MainWindow w(m_clock);
    w.show();
    QVERIFY(w.openStore(db));
    QAbstractItemModel *list = tableModel(w, "incidentTable");
    QCOMPARE(list->rowCount(), 0);

    const test::ProcessResult cli = test::runCli(
        {QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--title"),
         QStringLiteral("Opened from the command line"), QStringLiteral("--severity"), QStringLiteral("high")},
        {.db = db});
    QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));

    // No user action: the periodic check notices the file changed.
    QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 1, MainWindow::kRefreshIntervalMs * 3);
    QCOMPARE(cell(list, 0, IncidentListModel::TitleColumn), QStringLiteral("Opened from the command line"));
    QCOMPARE(child<QLabel>(&w, "chainStatusLabel")->text(), QStringLiteral("✓ Audit chain intact · 1 entry"));
}

void TestMainWindow::layoutIsRemembered()
{
    QList<int> sizes;
    {
        MainWindow w(m_clock);
        w.show();
        auto *splitter = child<QSplitter>(&w, "mainSplitter");
        splitter->setSizes({200, 500});
        sizes = splitter->sizes();
        w.close();
    }
    MainWindow again(m_clock);
    again.show();
    QCOMPARE(child<QSplitter>(&again, "mainSplitter")->sizes(), sizes);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

// An acquisition whose process died (crash, kill, power cut) is in front of
// the commander at the next start, above the list, with a way to its incident.
void TestMainWindow::interruptedAcquisitionIsShownAtStart()
{
    const QString db = path(QStringLiteral("interrupted.sqlite"));
    {
        auto store = openStore(db, m_clock);
        seedIncident(*store, QStringLiteral("Quiet one"), Severity::Low);
        const QString id = seedIncident(*store, QStringLiteral("Imaging killed"), Severity::High).id;
        AcquisitionRecord dead;
        dead.incidentId = id;
        dead.evidenceNumber = QStringLiteral("E-001");
        dead.source = QStringLiteral("/dev/sdb");
        dead.destination = path(QStringLiteral("fs01.raw"));
        dead.workPath = dead.destination + QStringLiteral(".incomplete");
        dead.examiner = QStringLiteral("Ines Haddad");
        dead.process = ProcessIdentity::current();
        dead.process.tag = QStringLiteral("an-earlier-boot/1"); // that process is gone
        QVERIFY(AcquisitionService(*store).recordStart(dead).ok());
    }
    MainWindow w(m_clock);
    w.show();
    QVERIFY(w.openStore(db));
    auto *banner = child<ui::InterruptedBanner>(&w, "interruptedBanner");
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(
                 QStringLiteral("Acquisition of /dev/sdb to %1").arg(path(QStringLiteral("fs01.raw")))) &&
                 banner->text().contains(QLatin1String("interrupted")),
             qPrintable(banner->text()));
    child<QPushButton>(&w, "interruptedBannerShow")->click();
    QCOMPARE(w.currentIncidentId(), QStringLiteral("INC-2026-0002"));

    // A store without one shows no banner.
    QVERIFY(w.openStore(path(QStringLiteral("clean.sqlite"))));
    QVERIFY(!banner->isVisible());
}
