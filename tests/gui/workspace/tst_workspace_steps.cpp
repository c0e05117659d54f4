// The workspace's phase navigator and step detail: selecting, checking,
// skipping with a reason, reassigning, reopening, adding steps.

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
#include <QTimer>
#include <QtTest>

using namespace firebreak;
using namespace firebreak::wstest;
using ui::IncidentWorkspace;
using ui::NavItemDelegate;

class TestWorkspaceSteps : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { initEnvironment(); }
    void cleanup() { ui::confirm::setNextAnswer(ui::confirm::Answer::Ask); }

    void layoutShowsPhasesAndSteps();
    void skipNeedsAReason();
    void reassignAndReopenStep();
    void emptyStatesSayWhatToDo();
    void shortcutsStayInTheirWorkspace();
    void countdownMovesWithoutChanges();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

void TestWorkspaceSteps::layoutShowsPhasesAndSteps()
{
    Bench bench(path(QStringLiteral("layout.sqlite")));
    const Incident inc = bench.createFromPlaybook(QStringLiteral("Layout"));
    IncidentWorkspace w(*bench.store, *bench.response, inc.id);
    showActive(w);
    QCOMPARE(w.objectName(), QStringLiteral("incidentWorkspace"));

    auto *phases = child<QListWidget>(&w, "phaseNavigator");
    QCOMPARE(phases->count(), 6);
    QCOMPARE(phases->item(0)->text(), QStringLiteral("Detect & triage"));
    QCOMPARE(phases->item(0)->data(NavItemDelegate::BadgeRole).toString(), QStringLiteral("0/3"));
    QVERIFY(phases->item(0)->data(NavItemDelegate::MarkerRole).toBool()); // current phase marked
    QVERIFY(!phases->item(1)->data(NavItemDelegate::MarkerRole).toBool());
    QCOMPARE(phases->currentRow(), 0);

    auto *steps = child<QListWidget>(&w, "stepList");
    QCOMPARE(steps->count(), 3);
    QCOMPARE(steps->item(0)->text(), QStringLiteral("Notify senior staff, the CTO included"));
    QVERIFY(steps->item(0)->data(NavItemDelegate::SubtitleRole).toString().contains(QLatin1String("Mandatory")));
    QVERIFY(
        steps->item(0)->data(NavItemDelegate::SubtitleRole).toString().contains(QLatin1String("Incident commander")));
    QCOMPARE(child<QLabel>(&w, "stepTitleLabel")->text(), steps->item(0)->text());
    QVERIFY(child<QLabel>(&w, "stepGuidanceLabel")->text().contains(QLatin1String("Call, do not e-mail")));
    QVERIFY(child<QCheckBox>(&w, "checklistItem0")->isVisible());
    QVERIFY(child<QPushButton>(&w, "stepLogContactButton")->isVisible());
    QVERIFY(!child<QPushButton>(&w, "acquireImageButton")->isVisible());

    // Checklist items are saved as they are ticked.
    auto *item1 = child<QCheckBox>(&w, "checklistItem1");
    QTest::mouseClick(item1, Qt::LeftButton, {}, QPoint(8, item1->height() / 2));
    QCOMPARE(stepOf(*bench.response, inc.id, QStringLiteral("notify-senior")).checked,
             (QList<bool>{false, true, false}));

    // Collect evidence: the record button asks the owner for the acquisition dialog.
    QSignalSpy acquire(&w, &IncidentWorkspace::acquireImageRequested);
    clickRow(phases, 2);
    QCOMPARE(child<QLabel>(&w, "stepListCaption")->text(), QStringLiteral("Steps — Collect evidence"));
    click(child<QPushButton>(&w, "acquireImageButton"));
    QCOMPARE(acquire.count(), 1);
    QCOMPARE(acquire.first().first().toString(), inc.id);

    // Classification sends the owner to the clocks.
    QSignalSpy clocks(&w, &IncidentWorkspace::clocksRequested);
    QVERIFY(w.selectStep(QStringLiteral("classify")));
    QVERIFY(child<QCheckBox>(&w, "checklistItem1")->isVisible()); // rebuilt for another step, shown
    QCOMPARE(child<QCheckBox>(&w, "checklistItem1")->text(), QStringLiteral("Regulated-sector questions answered"));
    QVERIFY(!child<QCheckBox>(&w, "checklistItem2"));
    click(child<QPushButton>(&w, "stepClocksButton"));
    QCOMPARE(clocks.count(), 1);

    // Moving the incident to another phase is one click, and audited.
    clickRow(phases, 1);
    click(child<QPushButton>(&w, "setCurrentPhaseButton"));
    QCOMPARE(bench.store->incident(inc.id)->phase, Phase::Isolate);
    QVERIFY(phases->item(1)->data(NavItemDelegate::MarkerRole).toBool());
}

void TestWorkspaceSteps::skipNeedsAReason()
{
    Bench bench(path(QStringLiteral("skip.sqlite")));
    const Incident inc = bench.createFromPlaybook(QStringLiteral("Skip"));
    IncidentWorkspace w(*bench.store, *bench.response, inc.id);
    showActive(w);
    QVERIFY(w.selectStep(QStringLiteral("rfo")));
    click(child<QPushButton>(&w, "stepSkipButton"));
    QPointer<QDialog> dialog = openDialog(&w, "skipDialog");
    QVERIFY(dialog);
    auto *ok = child<QPushButton>(dialog, "okButton");
    auto *reason = child<QLineEdit>(dialog, "skipReasonEdit");
    QVERIFY(!ok->isEnabled());
    QVERIFY(child<QLabel>(dialog, "validationHint")->isVisible());
    QTest::keyClicks(reason, QStringLiteral("   "));
    QVERIFY(!ok->isEnabled()); // blanks are not a reason
    QTest::keyClick(reason, Qt::Key_Return);
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(stepOf(*bench.response, inc.id, QStringLiteral("rfo")).state, IncidentStep::State::Open);

    reason->clear();
    QTest::keyClicks(reason, QStringLiteral("internal systems only, no customer impact"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    const IncidentStep s = stepOf(*bench.response, inc.id, QStringLiteral("rfo"));
    QCOMPARE(s.state, IncidentStep::State::Skipped);
    QCOMPARE(s.note, QStringLiteral("internal systems only, no customer impact"));
    QVERIFY(child<QLabel>(&w, "stepStateLabel")->text().contains(QLatin1String("Skipped")));
    QVERIFY(child<QPushButton>(&w, "stepReopenButton")->isEnabled());
    QVERIFY(!child<QPushButton>(&w, "stepSkipButton")->isEnabled());
}

void TestWorkspaceSteps::reassignAndReopenStep()
{
    Bench bench(path(QStringLiteral("reassign.sqlite")));
    const Incident inc = bench.createFromPlaybook(QStringLiteral("Reassign"));
    IncidentWorkspace w(*bench.store, *bench.response, inc.id);
    showActive(w);
    QVERIFY(w.selectStep(QStringLiteral("image")));
    click(child<QPushButton>(&w, "stepReassignButton"));
    QPointer<QDialog> reassign = openDialog(&w, "reassignDialog");
    QVERIFY(reassign);
    auto *owner = child<QLineEdit>(reassign, "reassignOwnerEdit");
    QCOMPARE(owner->text(), QStringLiteral("Forensics")); // starts from the current owner
    owner->clear();
    QVERIFY(!child<QPushButton>(reassign, "okButton")->isEnabled());
    QTest::keyClicks(owner, QStringLiteral("External DFIR firm"));
    click(child<QPushButton>(reassign, "okButton"));
    QTRY_VERIFY(reassign.isNull());
    QCOMPARE(stepOf(*bench.response, inc.id, QStringLiteral("image")).owner, QStringLiteral("External DFIR firm"));
    QVERIFY(child<QLabel>(&w, "stepMetaLabel")->text().contains(QLatin1String("External DFIR firm")));
    QVERIFY(child<QListWidget>(&w, "stepList")
                ->currentItem()
                ->data(NavItemDelegate::SubtitleRole)
                .toString()
                .contains(QLatin1String("External DFIR firm")));

    // Done by keyboard (Ctrl+Return), then reopened with a reason.
    reactivate(w);
    QTest::keyClick(&w, Qt::Key_Return, Qt::ControlModifier);
    // A button shortcut animates the click, so it lands a moment later.
    QTRY_COMPARE(stepOf(*bench.response, inc.id, QStringLiteral("image")).state, IncidentStep::State::Done);
    QVERIFY(child<QLabel>(&w, "stepStateLabel")->text().contains(QLatin1String("Done")));
    click(child<QPushButton>(&w, "stepReopenButton"));
    QPointer<QDialog> reopen = openDialog(&w, "reopenStepDialog");
    QVERIFY(reopen);
    QTest::keyClicks(child<QLineEdit>(reopen, "reopenReasonEdit"), QStringLiteral("fs02 not imaged yet"));
    click(child<QPushButton>(reopen, "okButton"));
    QTRY_VERIFY(reopen.isNull());
    const IncidentStep s = stepOf(*bench.response, inc.id, QStringLiteral("image"));
    QCOMPARE(s.state, IncidentStep::State::Open);
    QCOMPARE(s.note, QStringLiteral("fs02 not imaged yet"));
    QVERIFY(child<QPushButton>(&w, "stepDoneButton")->isEnabled());
}

void TestWorkspaceSteps::emptyStatesSayWhatToDo()
{
    Bench bench(path(QStringLiteral("empty.sqlite")));
    const Incident inc = bench.createFromPlaybook(QStringLiteral("Empty"));
    IncidentWorkspace w(*bench.store, *bench.response, inc.id);
    showActive(w);
    const struct {
        const char *view;
        const char *says;
    } views[] = {{"contactsView", "No contacts logged yet — Log contact… (Ctrl+Shift+C)"},
                 {"containmentView", "No systems isolated yet — Record isolation…"},
                 {"recoveryView", "Nothing restored yet — Record recovery…"},
                 {"correctiveView", "No corrective actions yet — Add corrective action…"}};
    for (const auto &v : views) {
        auto *view = child<ui::PlaceholderTableView>(&w, v.view);
        QVERIFY2(view, v.view);
        QVERIFY2(view->visiblePlaceholder().startsWith(QString::fromUtf8(v.says)),
                 qPrintable(view->visiblePlaceholder()));
    }
    QVERIFY(child<QLabel>(&w, "serviceRestoredLabel")->text().contains(QLatin1String("not restored yet")));
    QVERIFY(child<QLabel>(&w, "rcaStatusLabel")->text().contains(QLatin1String("required before closing")));

    // A phase without steps says so, and how to add one.
    NewIncident spec;
    spec.title = QStringLiteral("Bare");
    const Incident bare = *bench.store->createIncident(spec);
    IncidentWorkspace b(*bench.store, *bench.response, bare.id);
    showActive(b);
    QVERIFY(child<QLabel>(&b, "noStepsLabel")->isVisible());
    QVERIFY(child<QLabel>(&b, "stepEmptyLabel")->isVisible());

    // ... and Add step… fills it.
    click(child<QPushButton>(&b, "addStepButton"));
    QPointer<QDialog> add = openDialog(&b, "addStepDialog");
    QVERIFY(add);
    QTest::keyClicks(child<QLineEdit>(add, "addStepTitleEdit"), QStringLiteral("Call the insurer"));
    child<QCheckBox>(add, "addStepMandatoryCheck")->setChecked(true);
    click(child<QPushButton>(add, "okButton"));
    QTRY_VERIFY(add.isNull());
    QCOMPARE(child<QListWidget>(&b, "stepList")->count(), 1);
    QCOMPARE(child<QLabel>(&b, "stepTitleLabel")->text(), QStringLiteral("Call the insurer"));
}

// The main window will hold one workspace per incident in tabs: a shortcut
// acts on the workspace in view only.
void TestWorkspaceSteps::shortcutsStayInTheirWorkspace()
{
    Bench bench(path(QStringLiteral("tabs.sqlite")));
    const Incident a = bench.createFromPlaybook(QStringLiteral("A"));
    const Incident b = bench.createFromPlaybook(QStringLiteral("B"));
    QTabWidget tabs;
    auto *wa = new IncidentWorkspace(*bench.store, *bench.response, a.id);
    auto *wb = new IncidentWorkspace(*bench.store, *bench.response, b.id);
    tabs.addTab(wa, a.id);
    tabs.addTab(wb, b.id);
    tabs.setCurrentWidget(wb);
    showActive(tabs);
    QTest::keyClick(&tabs, Qt::Key_T, Qt::ControlModifier);
    QVERIFY(openDialog(wb, "timelineQuickAdd"));
    QVERIFY(!openDialog(wa, "timelineQuickAdd"));
    openDialog(wb, "timelineQuickAdd")->reject();

    tabs.setCurrentWidget(wa);
    reactivate(tabs);
    QTest::keyClick(&tabs, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QDialog *contact = openDialog(wa, "contactDialog");
    QVERIFY(contact);
    QVERIFY(!openDialog(wb, "contactDialog"));
    QVERIFY(contact->windowTitle().contains(a.id));
}

void TestWorkspaceSteps::countdownMovesWithoutChanges()
{
    Bench bench(path(QStringLiteral("tick.sqlite")));
    const Incident inc = bench.createFromPlaybook(QStringLiteral("Tick"));
    QVERIFY(
        bench.clocks->classify(inc.id, {QStringLiteral("project-data")}, bench.clock.nowUtc(), QStringLiteral("x")));
    IncidentWorkspace w(*bench.store, *bench.response, inc.id);
    w.setClockService(bench.clocks.get());
    showActive(w);
    auto *due = child<QPushButton>(&w, "urgentClockButton");
    QVERIFY2(due->text().contains(QLatin1String("3 d 0 h left")), qPrintable(due->text()));
    child<QTimer>(&w, "workspaceTick")->setInterval(10);
    bench.clock.advanceSecs(73 * 3600);
    QTRY_VERIFY2(due->text().contains(QLatin1String("overdue by 1 h 00 m")), qPrintable(due->text()));
}

QTEST_MAIN(TestWorkspaceSteps)
#include "tst_workspace_steps.moc"
