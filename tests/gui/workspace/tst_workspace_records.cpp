// The workspace's record tabs: restore and the outage, corrective actions,
// RCA edits that survive reloads, and a rendering for human review.

#include "WorkspaceTestSupport.h"

#include "ui/PlaceholderTableView.h"
#include "ui/workspace/Confirm.h"
#include "ui/workspace/IncidentWorkspace.h"
#include "ui/workspace/NavItemDelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace firebreak;
using namespace firebreak::wstest;
using ui::IncidentWorkspace;
using ui::NavItemDelegate;

class TestWorkspaceRecords : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { initEnvironment(); }
    void cleanup() { ui::confirm::setNextAnswer(ui::confirm::Answer::Ask); }

    void recoveryEndsTheOutage();
    void correctiveActionsAddAndChangeState();
    void reloadKeepsUnsavedRcaText();
    void screenshot();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

void TestWorkspaceRecords::recoveryEndsTheOutage()
{
    Bench bench(path(QStringLiteral("restore.sqlite")));
    const Incident inc = bench.createFromPlaybook(QStringLiteral("Restore"));
    IncidentWorkspace w(*bench.store, *bench.response, inc.id);
    showActive(w);
    // The step's record button opens the dialog on the right kind.
    QVERIFY(w.selectStep(QStringLiteral("recover")));
    click(child<QPushButton>(&w, "stepRecordRecoveryButton"));
    QPointer<QDialog> dialog = openDialog(&w, "recoveryDialog");
    QVERIFY(dialog);
    QCOMPARE(child<QComboBox>(dialog, "recoveryKindCombo")->currentData().toString(),
             QStringLiteral("service-restored"));
    QVERIFY(!child<QPushButton>(dialog, "okButton")->isEnabled());
    QTest::keyClicks(child<QComboBox>(dialog, "recoverySystemCombo")->lineEdit(), QStringLiteral("fs01"));
    QTest::keyClicks(child<QLineEdit>(dialog, "recoveryTextEdit"), QStringLiteral("shares back from backup"));
    click(child<QPushButton>(dialog, "okButton"));
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(*bench.response->serviceRestoredAt(inc.id), bench.clock.nowUtc()); // the dialog defaults to now
    const QString restored = child<QLabel>(&w, "serviceRestoredLabel")->text();
    QVERIFY2(restored.contains(QLatin1String("Service restored at")), qPrintable(restored));
    QVERIFY2(restored.contains(QLatin1String("outage 1 h 00 m from detection")), qPrintable(restored));
    QVERIFY(child<QLabel>(&w, "stepRecordStatus")->text().startsWith(QLatin1String("Service restored at")));
}

void TestWorkspaceRecords::correctiveActionsAddAndChangeState()
{
    Bench bench(path(QStringLiteral("corrective.sqlite")));
    const Incident inc = bench.createFromPlaybook(QStringLiteral("Corrective"));
    IncidentWorkspace w(*bench.store, *bench.response, inc.id);
    showActive(w);
    w.showTab(IncidentWorkspace::Tab::Rca);
    click(child<QPushButton>(&w, "addCorrectiveButton"));
    QPointer<QDialog> dialog = openDialog(&w, "correctiveDialog");
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "correctiveActionEdit"), QStringLiteral("Patch the VPN monthly"));
    QVERIFY(!child<QPushButton>(dialog, "okButton")->isEnabled()); // an owner is required
    QTest::keyClicks(child<QLineEdit>(dialog, "correctiveOwnerEdit"), QStringLiteral("Network team"));
    click(child<QPushButton>(dialog, "okButton"));
    QTRY_VERIFY(dialog.isNull());
    auto *view = child<ui::PlaceholderTableView>(&w, "correctiveView");
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 3).data().toString(), QStringLiteral("Open"));

    view->setCurrentIndex(view->model()->index(0, 0));
    auto *state = child<QComboBox>(&w, "correctiveStateCombo");
    QVERIFY(state->isEnabled());
    state->setCurrentIndex(state->findData(QStringLiteral("in-progress")));
    click(child<QPushButton>(&w, "correctiveSetStateButton"));
    QCOMPARE(bench.response->correctiveActions(inc.id)->first().state, QStringLiteral("in-progress"));
    QCOMPARE(view->model()->index(0, 3).data().toString(), QStringLiteral("In progress"));
    QCOMPARE(view->currentIndex().row(), 0); // the selection survives the reload

    // Overdue actions are the only red in the table.
    bench.clock.advanceSecs(40 * 86400);
    w.reload();
    QCOMPARE(view->model()->index(0, 2).data(Qt::ToolTipRole).toString(), QStringLiteral("Overdue"));
    QVERIFY(child<QLabel>(&w, "correctivePanelSummary")->text().contains(QLatin1String("1 overdue")));
}

void TestWorkspaceRecords::reloadKeepsUnsavedRcaText()
{
    Bench bench(path(QStringLiteral("rca.sqlite")));
    const Incident inc = bench.createFromPlaybook(QStringLiteral("RCA"));
    IncidentWorkspace w(*bench.store, *bench.response, inc.id);
    showActive(w);
    auto *rootCause = child<QPlainTextEdit>(&w, "rcaRootCauseEdit");
    QTest::keyClicks(rootCause, QStringLiteral("half-written thought"));
    QVERIFY(child<QLabel>(&w, "rcaStatusLabel")->text().contains(QLatin1String("Unsaved")));
    w.reload();
    QCOMPARE(rootCause->toPlainText(), QStringLiteral("half-written thought"));
    QVERIFY(child<QPushButton>(&w, "rcaSaveButton")->isEnabled());
}

// Renders a busy incident at 1280x800 for a human to look at; runs only
// when FIREBREAK_WORKSPACE_SHOT names the output file (one PNG per tab is
// written next to it).
void TestWorkspaceRecords::screenshot()
{
    const QString out = qEnvironmentVariable("FIREBREAK_WORKSPACE_SHOT");
    if (out.isEmpty())
        QSKIP("set FIREBREAK_WORKSPACE_SHOT=/tmp/workspace.png to render");
    Bench bench(path(QStringLiteral("shot.sqlite")));
    const Incident inc = bench.createFromPlaybook(QStringLiteral("Ransomware on file server fs01"));
    const QString id = inc.id;
    const QDateTime t0 = bench.clock.nowUtc();
    QVERIFY(bench.clocks->classify(id, {QStringLiteral("personal-data"), QStringLiteral("project-data")},
                                   t0.addSecs(-5400), QStringLiteral("HR share on fs01")));
    QVERIFY(bench.response->completeStep(id, QStringLiteral("notify-senior")));
    QVERIFY(bench.response->checkItem(id, QStringLiteral("scope"), 0, true));
    QVERIFY(bench.response->checkItem(id, QStringLiteral("scope"), 1, true));
    AffectedSystem fs01;
    fs01.hostname = QStringLiteral("fs01");
    QVERIFY(bench.store->addSystem(id, fs01));
    ContainmentAction a;
    a.incidentId = id;
    a.system = QStringLiteral("fs01");
    a.action = QStringLiteral("switch port 12 shut");
    a.verification = QStringLiteral("no ARP from fs01 on core switch");
    a.performedAt = t0.addSecs(-2400);
    QVERIFY(bench.response->recordContainment(a));
    ContactEntry c;
    c.incidentId = id;
    c.partyType = QStringLiteral("law-enforcement");
    c.organisation = QStringLiteral("OFAC");
    c.person = QStringLiteral("Lt. Dupont");
    c.caseReference = QStringLiteral("PV-1142");
    c.channel = QStringLiteral("phone");
    c.summary = QStringLiteral("Attempted intrusion reported; they will call back");
    c.at = t0.addSecs(-1200);
    QVERIFY(bench.response->logContact(c));
    ContactEntry ceo = c;
    ceo.partyType = QStringLiteral("insurer");
    ceo.organisation = QStringLiteral("Hiscox");
    ceo.person = QStringLiteral("claims desk");
    ceo.caseReference = QStringLiteral("CL-77-0012");
    ceo.summary = QStringLiteral("Claim opened, forensic firm on the panel");
    ceo.at = t0.addSecs(-600);
    QVERIFY(bench.response->logContact(ceo));
    TimelineNote n;
    n.incidentId = id;
    n.at = t0.addSecs(-7200);
    n.text = QStringLiteral("First file renamed to .locked on \\\\fs01\\hr");
    n.source = QStringLiteral("fs01 audit log");
    n.confidence = QStringLiteral("confirmed");
    QVERIFY(bench.response->addTimelineNote(n));
    n.at = t0.addSecs(-86400);
    n.text = QStringLiteral("VPN login for svc-backup from unusual ASN");
    n.source = QStringLiteral("VPN appliance");
    n.confidence = QStringLiteral("likely");
    QVERIFY(bench.response->addTimelineNote(n));

    IncidentWorkspace w(*bench.store, *bench.response, id);
    w.setClockService(bench.clocks.get());
    showActive(w);
    QVERIFY(w.selectStep(QStringLiteral("scope")));
    QVERIFY(settled(w).grab().save(out));
    const QFileInfo info(out);
    const struct {
        IncidentWorkspace::Tab tab;
        const char *name;
    } tabs[] = {{IncidentWorkspace::Tab::Contacts, "contacts"},
                {IncidentWorkspace::Tab::Rca, "rca"},
                {IncidentWorkspace::Tab::Close, "close"},
                {IncidentWorkspace::Tab::Restore, "restore"}};
    for (const auto &t : tabs) {
        w.showTab(t.tab);
        QVERIFY(settled(w).grab().save(info.dir().filePath(info.completeBaseName() + QLatin1Char('-') +
                                                           QLatin1String(t.name) + QStringLiteral(".png"))));
    }
    auto shot = [&](const QString &suffix) { return info.dir().filePath(info.completeBaseName() + suffix); };
    QVERIFY(w.selectStep(QStringLiteral("contain")));
    w.showTab(IncidentWorkspace::Tab::Isolation);
    QVERIFY(settled(w).grab().save(shot(QStringLiteral("-isolate.png"))));

    // The dialogs a commander meets most.
    QVERIFY(w.selectStep(QStringLiteral("law-enforcement")));
    click(child<QPushButton>(&w, "stepLogContactButton"));
    QDialog *contact = openDialog(&w, "contactDialog");
    QVERIFY(contact);
    QVERIFY(contact->grab().save(shot(QStringLiteral("-contact-dialog.png"))));
    contact->reject();
    click(child<QPushButton>(&w, "stepSkipButton"));
    QDialog *skip = openDialog(&w, "skipDialog");
    QVERIFY(skip);
    QVERIFY(skip->grab().save(shot(QStringLiteral("-skip-dialog.png"))));
    skip->reject();

    // Dark palette: everything must stay readable.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x6f, 0xb0));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    const QPalette light = QApplication::palette();
    QApplication::setPalette(dark);
    IncidentWorkspace d(*bench.store, *bench.response, id);
    d.setClockService(bench.clocks.get());
    showActive(d);
    d.showTab(IncidentWorkspace::Tab::Contacts);
    QVERIFY(settled(d).grab().save(shot(QStringLiteral("-dark.png"))));
    QApplication::setPalette(light);

    // Closed: what the record looks like afterwards.
    for (const IncidentStep &s : *bench.response->steps(id))
        if (s.mandatory && s.state == IncidentStep::State::Open)
            QVERIFY(bench.response->completeStep(id, s.stepId));
    RootCauseAnalysis rca;
    rca.incidentId = id;
    rca.rootCause = QStringLiteral("VPN appliance two releases behind");
    QVERIFY(bench.response->saveRca(rca));
    for (int round = 0; round < 3; ++round)
        for (const ClockStatus &clk : *bench.clocks->clocks(id))
            if (clk.open())
                (void)bench.clocks->waive(id, clk.rule.id, QStringLiteral("screenshot"),
                                          clk.rule.waiverOptions.isEmpty() ? QString()
                                                                           : clk.rule.waiverOptions.first().key);
    QVERIFY2(bench.response->close(id), qPrintable(bench.response->closureBlockers(id)->join(QLatin1Char('\n'))));
    w.reload();
    w.showTab(IncidentWorkspace::Tab::Close);
    QVERIFY(settled(w).grab().save(shot(QStringLiteral("-closed.png"))));
}

QTEST_MAIN(TestWorkspaceRecords)
#include "tst_workspace_records.moc"
