// The workspace's phase navigator and step detail: selecting, checking,
// skipping with a reason, reassigning, reopening, adding steps.

#include "WorkspaceTestSupport.h"

#include "ui/PlaceholderTableView.h"
#include "ui/clocks/ClockText.h"
#include "ui/workspace/Confirm.h"
#include "ui/workspace/IncidentWorkspace.h"
#include "ui/workspace/NavItemDelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
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
    void actionBarStaysInViewOnALaptopScreen();
    void markDoneMovesToTheNextOpenStep();
    void mandatoryDoneAsksAndNamesWhatIsMissing();
    void stepsFollowRecordsMadeElsewhere();

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
    // Three mandatory steps open, none done: one line per phase (issue #19).
    QCOMPARE(phases->item(0)->data(NavItemDelegate::BadgeRole).toString(), QStringLiteral("●3  0/3"));
    QVERIFY(phases->item(0)->data(NavItemDelegate::SubtitleRole).toString().isEmpty());
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

    // Done by keyboard (Ctrl+Return), confirming that it lacks its checklist
    // and images, then reopened with a reason.
    reactivate(w);
    ui::confirm::setNextAnswer(ui::confirm::Answer::Yes);
    QTest::keyClick(&w, Qt::Key_Return, Qt::ControlModifier);
    // A button shortcut animates the click, so it lands a moment later.
    QTRY_COMPARE(stepOf(*bench.response, inc.id, QStringLiteral("image")).state, IncidentStep::State::Done);
    // The selection moved on to the next open step (issue #19); go back.
    QVERIFY(child<QLabel>(&w, "stepTitleLabel")->text() !=
            stepOf(*bench.response, inc.id, QStringLiteral("image")).title);
    QVERIFY(w.selectStep(QStringLiteral("image")));
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

// The action bar names the step it acts on: in full, or elided with "…"
// and in full in the tooltip.
static bool barShows(const QLabel *label, const QString &title)
{
    const QString text = label->text();
    return label->toolTip().contains(title) &&
           (text == title || (text.endsWith(QChar(0x2026)) && title.startsWith(text.chopped(1))));
}

// Issue #19 point 4. At 1366×768 the main window gives the workspace about
// 1366×335 (measured on a screenshot of firebreak --demo under Xvfb): the step's actions, what it records, the
// next mandatory step and the nearest deadline stay in view there, and the
// step list shows at least three rows.
void TestWorkspaceSteps::actionBarStaysInViewOnALaptopScreen()
{
    Bench bench(path(QStringLiteral("laptop.sqlite")));
    const Incident inc = bench.createFromPlaybook(QStringLiteral("Laptop"));
    QVERIFY(bench.clocks->classify(inc.id, {QStringLiteral("personal-data")}, bench.clock.nowUtc().addSecs(-20 * 3600),
                                   QStringLiteral("HR files")));
    IncidentWorkspace w(*bench.store, *bench.response, inc.id);
    w.setClockService(bench.clocks.get());
    w.setHeaderVisible(false); // as in the main window
    w.resize(1366, 335);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    settled(w);

    auto inView = [&](const char *name) {
        auto *b = child<QWidget>(&w, name);
        return b && b->isVisible() && !b->visibleRegion().isEmpty() &&
               w.rect().contains(QRect(b->mapTo(&w, QPoint(0, 0)), b->size()));
    };
    QVERIFY(w.selectStep(QStringLiteral("recover")));
    settled(w);
    for (const char *name : {"stepDoneButton", "stepSkipButton", "stepReassignButton", "stepRecordRecoveryButton",
                             "actionBarNextButton", "actionBarDeadlineButton"})
        QVERIFY2(inView(name), name);
    QVERIFY(barShows(child<QLabel>(&w, "actionBarStepLabel"), QStringLiteral("Restore normal operations")));

    auto *steps = child<QListWidget>(&w, "stepList");
    QVERIFY(steps->count() >= 2);
    QVERIFY2(
        steps->viewport()->height() >= 3 * steps->sizeHintForRow(0),
        qPrintable(
            QStringLiteral("%1 px for rows of %2 px").arg(steps->viewport()->height()).arg(steps->sizeHintForRow(0))));

    // The nearest deadline: the 24 h customer notice, 4 h left, in the accent colour.
    auto *deadline = child<QPushButton>(&w, "actionBarDeadlineButton");
    QVERIFY2(deadline->text().contains(QStringLiteral("Customer notice: personal-data breach · 4 h 00 m")),
             qPrintable(deadline->text()));
    QCOMPARE(deadline->property("urgency").toInt(), int(ui::clocktext::Urgency::Warning));
    QSignalSpy clocks(&w, &IncidentWorkspace::clocksRequested);
    click(deadline);
    QCOMPARE(clocks.count(), 1);

    // The next mandatory open step other than the one shown, one click away.
    auto *next = child<QPushButton>(&w, "actionBarNextButton");
    QVERIFY2(next->toolTip().contains(QLatin1String("Notify senior staff")), qPrintable(next->toolTip()));
    QVERIFY2(next->text().startsWith(QStringLiteral("Next: ● Notify")), qPrintable(next->text()));
    click(next);
    QCOMPARE(child<QLabel>(&w, "stepTitleLabel")->text(), QStringLiteral("Notify senior staff, the CTO included"));
    QVERIFY(barShows(child<QLabel>(&w, "actionBarStepLabel"), QStringLiteral("Notify senior staff, the CTO included")));
    QVERIFY2(next->toolTip().contains(QLatin1String("Establish scope")), qPrintable(next->toolTip()));
}

// Issue #19 point 4: after Mark done the selection moves to the next open step.
void TestWorkspaceSteps::markDoneMovesToTheNextOpenStep()
{
    Bench bench(path(QStringLiteral("moveon.sqlite")));
    const Incident inc = bench.createFromPlaybook(QStringLiteral("Move on"));
    IncidentWorkspace w(*bench.store, *bench.response, inc.id);
    showActive(w);
    // law-enforcement is optional: no question, done at once, on to collect.
    QVERIFY(w.selectStep(QStringLiteral("law-enforcement")));
    click(child<QPushButton>(&w, "stepDoneButton"));
    QCOMPARE(stepOf(*bench.response, inc.id, QStringLiteral("law-enforcement")).state, IncidentStep::State::Done);
    QCOMPARE(child<QLabel>(&w, "stepTitleLabel")->text(), QStringLiteral("Capture volatile evidence first"));
    QCOMPARE(child<QLabel>(&w, "stepListCaption")->text(), QStringLiteral("Steps — Collect evidence"));

    // Within a phase: the step below; a step already done is passed over.
    QVERIFY(bench.response->completeStep(inc.id, QStringLiteral("scope")));
    w.reload();
    QVERIFY(w.selectStep(QStringLiteral("notify-senior")));
    ui::confirm::setNextAnswer(ui::confirm::Answer::Yes);
    click(child<QPushButton>(&w, "stepDoneButton"));
    QCOMPARE(child<QLabel>(&w, "stepTitleLabel")->text(), QStringLiteral("Decide which notification clocks apply"));
    QCOMPARE(child<QListWidget>(&w, "stepList")->currentItem()->data(NavItemDelegate::KeyRole).toString(),
             QStringLiteral("classify"));
}

// Issue #19 point 5: a mandatory step with something missing asks first,
// names what is missing, and the answer is audited either way.
void TestWorkspaceSteps::mandatoryDoneAsksAndNamesWhatIsMissing()
{
    Bench bench(path(QStringLiteral("ask.sqlite")));
    const Incident inc = bench.createFromPlaybook(QStringLiteral("Ask"));
    IncidentWorkspace w(*bench.store, *bench.response, inc.id);
    showActive(w);
    QVERIFY(w.selectStep(QStringLiteral("notify-senior")));
    auto *item0 = child<QCheckBox>(&w, "checklistItem0");
    QTest::mouseClick(item0, Qt::LeftButton, {}, QPoint(8, item0->height() / 2));

    click(child<QPushButton>(&w, "stepDoneButton"));
    QTRY_VERIFY(w.findChild<QMessageBox *>(QStringLiteral("confirmDoneDialog")));
    QPointer<QMessageBox> box = w.findChild<QMessageBox *>(QStringLiteral("confirmDoneDialog"));
    QTRY_VERIFY(box->isVisible());
    QVERIFY2(box->text().contains(QLatin1String("Notify senior staff")), qPrintable(box->text()));
    const QString missing = box->informativeText();
    QVERIFY2(missing.contains(QLatin1String("Management informed")) &&
                 missing.contains(QLatin1String("Next update time agreed")),
             qPrintable(missing));
    QVERIFY2(!missing.contains(QLatin1String("CTO informed")), qPrintable(missing)); // ticked
    QVERIFY2(missing.contains(QLatin1String("No contact logged yet.")), qPrintable(missing));
    QCOMPARE(box->defaultButton(), child<QPushButton>(box, "cancelButton")); // Enter does not confirm
    QTest::mouseClick(child<QPushButton>(box, "cancelButton"), Qt::LeftButton);
    QTRY_VERIFY(box.isNull());
    QCOMPARE(stepOf(*bench.response, inc.id, QStringLiteral("notify-senior")).state, IncidentStep::State::Open);
    AuditEntry last = bench.store->auditLog(inc.id)->last();
    QCOMPARE(last.action, QStringLiteral("step.done-declined"));
    QCOMPARE(last.data.value(QStringLiteral("missing_record")).toString(), QStringLiteral("contact-logged"));

    reactivate(w);
    click(child<QPushButton>(&w, "stepDoneButton"));
    QTRY_VERIFY(w.findChild<QMessageBox *>(QStringLiteral("confirmDoneDialog")));
    box = w.findChild<QMessageBox *>(QStringLiteral("confirmDoneDialog"));
    QTRY_VERIFY(box->isVisible());
    QTest::mouseClick(child<QPushButton>(box, "confirmButton"), Qt::LeftButton);
    QTRY_VERIFY(box.isNull());
    QCOMPARE(stepOf(*bench.response, inc.id, QStringLiteral("notify-senior")).state, IncidentStep::State::Done);
    last = bench.store->auditLog(inc.id)->last();
    QCOMPARE(last.action, QStringLiteral("step.done"));
    QCOMPARE(last.data.value(QStringLiteral("confirmed")).toBool(), true);
    QCOMPARE(last.data.value(QStringLiteral("unchecked")).toArray().size(), 2);
}

// Issue #19 point 6, as the workbench shows it: a record made elsewhere (the
// CLI, another workbench) completes its step, and the close pane stops
// listing it.
void TestWorkspaceSteps::stepsFollowRecordsMadeElsewhere()
{
    Bench bench(path(QStringLiteral("follow.sqlite")));
    const Incident inc = bench.createFromPlaybook(QStringLiteral("Follow"));
    IncidentWorkspace w(*bench.store, *bench.response, inc.id);
    showActive(w);
    auto blockers = [&] {
        QStringList out;
        auto *list = child<QListWidget>(&w, "closeBlockersList");
        for (int i = 0; i < list->count(); ++i)
            out << list->item(i)->data(NavItemDelegate::KeyRole).toString();
        return out.join(QLatin1Char('\n'));
    };
    QVERIFY(blockers().contains(QLatin1String("Restore normal operations")));

    RecoveryAction restored;
    restored.incidentId = inc.id;
    restored.kind = QStringLiteral("service-restored");
    restored.description = QStringLiteral("shares back from clean backup");
    QVERIFY(bench.response->recordRecovery(restored).ok());
    w.reload();
    QVERIFY(w.selectStep(QStringLiteral("recover")));
    QVERIFY(child<QLabel>(&w, "stepStateLabel")->text().contains(QLatin1String("Done")));
    QVERIFY2(child<QLabel>(&w, "stepMetaLabel")->text().contains(QLatin1String("Completed by what was recorded")),
             qPrintable(child<QLabel>(&w, "stepMetaLabel")->text()));
    QVERIFY2(!blockers().contains(QLatin1String("Restore normal operations")), qPrintable(blockers()));
}

QTEST_MAIN(TestWorkspaceSteps)
#include "tst_workspace_steps.moc"
