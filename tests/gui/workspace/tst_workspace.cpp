// The incident workspace, driven offscreen by objectName against a real
// SQLite case file: a whole incident from creation to closure.

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

class TestWorkspace : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { initEnvironment(); }
    void cleanup() { ui::confirm::setNextAnswer(ui::confirm::Answer::Ask); }

    void layoutShowsPhasesAndSteps();
    void skipNeedsAReason();
    void wholeIncidentToClosure();
    void closingRefusedWhileBlocked();
    void refusalAtCloseIsShownInline();
    void confirmationBoxDefaultsToCancel();
    void emptyStatesSayWhatToDo();
    void reassignAndReopenStep();
    void recoveryEndsTheOutage();
    void correctiveActionsAddAndChangeState();
    void reloadKeepsUnsavedRcaText();
    void screenshot();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static void show(IncidentWorkspace &w)
    {
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
    }
    // Lets pending layout requests run, as the event loop would before painting.
    static QWidget &settled(QWidget &w)
    {
        QTest::qWait(20);
        return w;
    }
    static void click(QWidget *w)
    {
        QVERIFY2(w, "widget not found");
        QVERIFY2(w->isVisible() && w->isEnabled(), qPrintable(w->objectName()));
        QTest::mouseClick(w, Qt::LeftButton);
    }
    static void clickRow(QListWidget *list, int row)
    {
        QListWidgetItem *item = list->item(row);
        QVERIFY(item);
        list->scrollToItem(item);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
        QCOMPARE(list->currentRow(), row);
    }
    // Marks every open mandatory step done through the navigator and the
    // Mark done button, phase by phase.
    static void completeMandatorySteps(IncidentWorkspace &w, ResponseService &response, const QString &id);
    static IncidentStep stepOf(ResponseService &response, const QString &id, const QString &stepId)
    {
        for (const IncidentStep &s : *response.steps(id))
            if (s.stepId == stepId)
                return s;
        return {};
    }

    QTemporaryDir m_dir;
};

void TestWorkspace::completeMandatorySteps(IncidentWorkspace &w, ResponseService &response, const QString &id)
{
    auto *phases = child<QListWidget>(&w, "phaseNavigator");
    auto *steps = child<QListWidget>(&w, "stepList");
    for (int p = 0; p < phases->count(); ++p) {
        clickRow(phases, p);
        for (int r = 0; r < steps->count(); ++r) {
            clickRow(steps, r);
            const QString stepId = steps->item(r)->data(NavItemDelegate::KeyRole).toString();
            const IncidentStep s = stepOf(response, id, stepId);
            QCOMPARE(child<QLabel>(&w, "stepTitleLabel")->text(), s.title);
            if (!s.mandatory || s.state != IncidentStep::State::Open)
                continue;
            click(child<QPushButton>(&w, "stepDoneButton"));
            QCOMPARE(stepOf(response, id, stepId).state, IncidentStep::State::Done);
            QCOMPARE(steps->currentRow(), r); // the selection stays on the step just done
            QVERIFY(!child<QPushButton>(&w, "stepDoneButton")->isEnabled());
        }
    }
}

void TestWorkspace::layoutShowsPhasesAndSteps()
{
    Bench bench(path(QStringLiteral("layout.sqlite")));
    const Incident inc = bench.createFromPlaybook(QStringLiteral("Layout"));
    IncidentWorkspace w(*bench.store, *bench.response, inc.id);
    show(w);
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
    QVERIFY(steps->item(0)->data(NavItemDelegate::SubtitleRole).toString().contains(QLatin1String("Incident commander")));
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

void TestWorkspace::skipNeedsAReason()
{
    Bench bench(path(QStringLiteral("skip.sqlite")));
    const Incident inc = bench.createFromPlaybook(QStringLiteral("Skip"));
    IncidentWorkspace w(*bench.store, *bench.response, inc.id);
    show(w);
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

void TestWorkspace::wholeIncidentToClosure()
{
    Bench bench(path(QStringLiteral("e2e.sqlite")));
    const Incident inc = bench.createFromPlaybook(QStringLiteral("Intrusion on fs01"));
    // A project-data breach starts the 72 h customer clock.
    QVERIFY(bench.clocks->classify(inc.id, {QStringLiteral("project-data")}, bench.clock.nowUtc().addSecs(-1800),
                                   QStringLiteral("customer project files on fs01")));
    IncidentWorkspace w(*bench.store, *bench.response, inc.id);
    w.setClockService(bench.clocks.get());
    show(w);
    QSignalSpy changed(&w, &IncidentWorkspace::changed);
    auto *tabs = child<QTabWidget>(&w, "workspaceTabs");

    // What is due and what blocks closing, before anything is done.
    QVERIFY(child<QPushButton>(&w, "urgentClockButton")->isVisible());
    QVERIFY(child<QPushButton>(&w, "urgentClockButton")->text().contains(QLatin1String("h")));
    auto *blockers = child<QListWidget>(&w, "closeBlockersList");
    QVERIFY(blockers->count() >= 3);
    QStringList before;
    for (int i = 0; i < blockers->count(); ++i)
        before << blockers->item(i)->data(NavItemDelegate::KeyRole).toString();
    QVERIFY(before.join(QLatin1Char('\n')).contains(QLatin1String("mandatory step open")));
    QVERIFY(before.contains(QStringLiteral("the root-cause analysis has no root cause")));
    QVERIFY(before.join(QLatin1Char('\n')).contains(QLatin1String("notification clock unresolved")));
    QVERIFY(!child<QPushButton>(&w, "closeIncidentButton")->isEnabled());
    QVERIFY(child<QPushButton>(&w, "nextStepButton")->text().contains(QLatin1String("Notify senior staff")));

    // Skip the optional RFO with a reason.
    QVERIFY(w.selectStep(QStringLiteral("rfo")));
    click(child<QPushButton>(&w, "stepSkipButton"));
    QPointer<QDialog> skip = openDialog(&w, "skipDialog");
    QVERIFY(skip);
    QVERIFY(!child<QPushButton>(skip, "okButton")->isEnabled());
    QTest::keyClicks(child<QLineEdit>(skip, "skipReasonEdit"), QStringLiteral("internal systems only"));
    click(child<QPushButton>(skip, "okButton"));
    QTRY_VERIFY(skip.isNull());

    // Isolation through the containment dialog.
    tabs->setCurrentWidget(child<QWidget>(&w, "isolationPanel"));
    click(child<QPushButton>(&w, "recordIsolationButton"));
    QPointer<QDialog> contain = openDialog(&w, "containmentDialog");
    QVERIFY(contain);
    QVERIFY(!child<QPushButton>(contain, "okButton")->isEnabled());
    QTest::keyClicks(child<QComboBox>(contain, "containmentSystemCombo")->lineEdit(), QStringLiteral("fs01"));
    QTest::keyClicks(child<QComboBox>(contain, "containmentActionCombo")->lineEdit(), QStringLiteral("switch port 12 shut"));
    QTest::keyClicks(child<QLineEdit>(contain, "containmentVerificationEdit"), QStringLiteral("no ARP from fs01"));
    click(child<QPushButton>(contain, "okButton"));
    QTRY_VERIFY(contain.isNull());
    const auto isolated = *bench.response->containment(inc.id);
    QCOMPARE(isolated.size(), 1);
    QCOMPARE(isolated.first().system, QStringLiteral("fs01"));
    QCOMPARE(isolated.first().verification, QStringLiteral("no ARP from fs01"));
    QCOMPARE(isolated.first().performedBy, QStringLiteral("tester"));
    QCOMPARE(child<ui::PlaceholderTableView>(&w, "containmentView")->model()->rowCount(), 1);

    // A law-enforcement contact: the agency is required.
    tabs->setCurrentWidget(child<QWidget>(&w, "contactsPanel"));
    click(child<QPushButton>(&w, "logContactButton"));
    QPointer<QDialog> contact = openDialog(&w, "contactDialog");
    QVERIFY(contact);
    auto *type = child<QComboBox>(contact, "contactTypeCombo");
    type->setCurrentIndex(type->findData(QStringLiteral("law-enforcement")));
    QVERIFY(child<QLabel>(contact, "lawEnforcementNote")->isVisible());
    QTest::keyClicks(child<QPlainTextEdit>(contact, "contactSummaryEdit"), QStringLiteral("intrusion reported"));
    auto *contactOk = child<QPushButton>(contact, "okButton");
    QVERIFY(!contactOk->isEnabled());
    QVERIFY(child<QLabel>(contact, "validationHint")->text().contains(QLatin1String("agency")));
    QTest::keyClicks(child<QLineEdit>(contact, "contactOrganisationEdit"), QStringLiteral("OFAC"));
    QTest::keyClicks(child<QLineEdit>(contact, "contactPersonEdit"), QStringLiteral("Lt. Dupont"));
    QTest::keyClicks(child<QLineEdit>(contact, "contactReferenceEdit"), QStringLiteral("PV-1142"));
    QVERIFY(contactOk->isEnabled());
    click(contactOk);
    QTRY_VERIFY(contact.isNull());
    const auto contacts = *bench.response->contacts(inc.id);
    QCOMPARE(contacts.size(), 1);
    QVERIFY(contacts.first().lawEnforcement());
    QCOMPARE(contacts.first().caseReference, QStringLiteral("PV-1142"));
    QAbstractItemModel *contactRows = child<ui::PlaceholderTableView>(&w, "contactsView")->model();
    QCOMPARE(contactRows->rowCount(), 1);
    QCOMPARE(contactRows->index(0, 1).data().toString(), QStringLiteral("⚑ Law enforcement"));

    // Quick-add a timeline entry with Ctrl+T.
    bench.clock.advanceSecs(600);
    // Offscreen has no window manager to hand activation back after a dialog.
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_T, Qt::ControlModifier);
    QPointer<QDialog> quick = openDialog(&w, "timelineQuickAdd");
    QVERIFY(quick);
    QTest::keyClicks(child<QLineEdit>(quick, "timelineTextEdit"), QStringLiteral("first encrypted file seen"));
    QTest::keyClicks(child<QLineEdit>(quick, "timelineSourceEdit"), QStringLiteral("fs01 audit log"));
    auto *confidence = child<QComboBox>(quick, "timelineConfidenceCombo");
    confidence->setCurrentIndex(confidence->findText(QStringLiteral("likely")));
    click(child<QPushButton>(quick, "okButton"));
    QTRY_VERIFY(quick.isNull());
    QAbstractItemModel *timeline = child<ui::PlaceholderTableView>(&w, "timelineView")->model();
    bool found = false;
    for (int r = 0; r < timeline->rowCount(); ++r)
        found = found || timeline->index(r, 2).data().toString() == QLatin1String("first encrypted file seen");
    QVERIFY(found);
    auto *filter = child<QLineEdit>(&w, "timelineFilter");
    QTest::keyClicks(filter, QStringLiteral("encrypted"));
    QCOMPARE(timeline->rowCount(), 1);
    QCOMPARE(timeline->index(0, 3).data().toString(), QStringLiteral("fs01 audit log"));
    filter->clear();
    auto *kind = child<QComboBox>(&w, "timelineKindFilter");
    kind->setCurrentIndex(kind->findData(QStringLiteral("contact")));
    QCOMPARE(timeline->rowCount(), 1);
    kind->setCurrentIndex(0);

    // Mandatory steps, phase by phase, with the Mark done button.
    completeMandatorySteps(w, *bench.response, inc.id);

    // RCA: root cause typed and saved.
    tabs->setCurrentWidget(child<QWidget>(&w, "rcaPanel"));
    QTest::keyClicks(child<QLineEdit>(&w, "rcaDetectionEdit"), QStringLiteral("EDR alert"));
    QTest::keyClicks(child<QPlainTextEdit>(&w, "rcaRootCauseEdit"), QStringLiteral("Unpatched VPN appliance"));
    click(child<QPushButton>(&w, "rcaAddWhyButton"));
    auto *whys = child<QListWidget>(&w, "rcaWhysList");
    QCOMPARE(whys->count(), 1);
    whys->item(0)->setText(QStringLiteral("The VPN was not in the patch cycle"));
    click(child<QPushButton>(&w, "rcaSaveButton"));
    const RootCauseAnalysis rca = *bench.response->rca(inc.id);
    QCOMPARE(rca.rootCause, QStringLiteral("Unpatched VPN appliance"));
    QCOMPARE(rca.detectionMethod, QStringLiteral("EDR alert"));
    QCOMPARE(rca.fiveWhys, QStringList{QStringLiteral("The VPN was not in the patch cycle")});
    QVERIFY(child<QLabel>(&w, "rcaStatusLabel")->text().startsWith(QLatin1String("Saved")));

    // Only the clock still blocks; the notice is recorded in the clocks
    // screen (someone else's), then the workspace is told to reload.
    QCOMPARE(child<QListWidget>(&w, "closeBlockersList")->count(), 1);
    Notice notice;
    notice.incidentId = inc.id;
    notice.clockId = QStringLiteral("customer-project");
    notice.sentAt = bench.clock.nowUtc();
    notice.recipient = QStringLiteral("ACME security desk");
    QVERIFY(bench.clocks->recordNotice(notice));
    w.reload();

    tabs->setCurrentWidget(child<QWidget>(&w, "closePanel"));
    QVERIFY(!child<QListWidget>(&w, "closeBlockersList")->isVisible());
    QVERIFY(child<QLabel>(&w, "closeStatusLabel")->text().contains(QLatin1String("Nothing blocks closing")));
    QVERIFY(child<QPushButton>(&w, "closureBlockersButton")->text().contains(QLatin1String("Ready to close")));
    auto *close = child<QPushButton>(&w, "closeIncidentButton");
    QVERIFY(close->isEnabled());

    // Declining the confirmation changes nothing; confirming closes.
    ui::confirm::setNextAnswer(ui::confirm::Answer::No);
    click(close);
    QCOMPARE(bench.store->incident(inc.id)->status, IncidentStatus::Open);
    QTest::keyClicks(child<QLineEdit>(&w, "closeSummaryEdit"), QStringLiteral("restored, RCA done"));
    ui::confirm::setNextAnswer(ui::confirm::Answer::Yes);
    click(close);
    const Incident closed = *bench.store->incident(inc.id);
    QCOMPARE(closed.status, IncidentStatus::Closed);
    QVERIFY(closed.closedAt.isValid());
    QVERIFY(child<QLabel>(&w, "closeStatusLabel")->text().contains(QLatin1String("is closed")));
    QVERIFY(child<QPushButton>(&w, "reopenIncidentButton")->isVisible());
    QVERIFY(!child<QPushButton>(&w, "closeIncidentButton")->isVisible());
    QVERIFY(!child<QPushButton>(&w, "recordIsolationButton")->isEnabled());
    QVERIFY(changed.count() >= 10);

    const AuditVerdict verdict = *bench.store->verifyAudit();
    QVERIFY2(verdict.state == AuditVerdict::State::Intact, qPrintable(verdict.summary()));
    bool closeAudited = false;
    for (const AuditEntry &e : *bench.store->auditLog(inc.id))
        closeAudited = closeAudited || e.data.value(QStringLiteral("reason")).toString() == QLatin1String("restored, RCA done");
    QVERIFY(closeAudited);

    // Export the timeline CSV.
    const QString csvPath = path(QStringLiteral("timeline.csv"));
    QVERIFY(w.exportTimelineCsv(csvPath));
    QVERIFY(child<QLabel>(&w, "timelineStatusLabel")->text().contains(QLatin1String("Exported")));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("time_utc,kind,text,source,confidence,law_enforcement,audit_seq"));
    QCOMPARE(lines.size() - 1, int(bench.response->timeline(inc.id)->size()));
    const QString body = lines.mid(1).join(QLatin1Char('\n'));
    QVERIFY(body.contains(QLatin1String("\"first encrypted file seen\",\"fs01 audit log\",\"likely\",no,")));
    QVERIFY(body.contains(QLatin1String("\"contact\",\"LAW ENFORCEMENT contact with OFAC")));
    QVERIFY(body.contains(QLatin1String(",yes,")));
    QVERIFY(body.contains(QLatin1String("\"containment\",\"fs01: switch port 12 shut (verified: no ARP from fs01)\"")));

    // A path that cannot be written is reported, naming the file.
    const QString bad = path(QStringLiteral("no-such-dir/timeline.csv"));
    QVERIFY(!w.exportTimelineCsv(bad));
    QVERIFY(child<QLabel>(&w, "timelineStatusLabel")->text().contains(QLatin1String("no-such-dir")));
}

void TestWorkspace::closingRefusedWhileBlocked()
{
    Bench bench(path(QStringLiteral("blocked.sqlite")));
    const Incident inc = bench.createFromPlaybook(QStringLiteral("Blocked"));
    IncidentWorkspace w(*bench.store, *bench.response, inc.id);
    show(w);
    child<QTabWidget>(&w, "workspaceTabs")->setCurrentWidget(child<QWidget>(&w, "closePanel"));
    auto *list = child<QListWidget>(&w, "closeBlockersList");
    QVERIFY(list->isVisible());
    QCOMPARE(list->count(), int(bench.response->closureBlockers(inc.id)->size()));
    QVERIFY(child<QLabel>(&w, "closeStatusLabel")->text().contains(QLatin1String("block closing")));
    QVERIFY(child<QPushButton>(&w, "closureBlockersButton")->text().contains(QLatin1String("block closing")));
    auto *close = child<QPushButton>(&w, "closeIncidentButton");
    QVERIFY(!close->isEnabled());
    ui::confirm::setNextAnswer(ui::confirm::Answer::Yes);
    QTest::mouseClick(close, Qt::LeftButton); // disabled: nothing happens
    QCOMPARE(bench.store->incident(inc.id)->status, IncidentStatus::Open);

    // Activating a blocker goes to the step that causes it.
    clickRow(list, 0);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(child<QLabel>(&w, "stepTitleLabel")->text(), QStringLiteral("Notify senior staff, the CTO included"));

    // Marking one mandatory step done removes exactly its blocker.
    const int count = list->count();
    click(child<QPushButton>(&w, "stepDoneButton"));
    QCOMPARE(list->count(), count - 1);
}

void TestWorkspace::refusalAtCloseIsShownInline()
{
    Bench bench(path(QStringLiteral("race.sqlite")));
    const Incident inc = bench.createFromPlaybook(QStringLiteral("Race"));
    for (const IncidentStep &s : *bench.response->steps(inc.id))
        if (s.mandatory)
            QVERIFY(bench.response->completeStep(inc.id, s.stepId));
    RootCauseAnalysis rca;
    rca.incidentId = inc.id;
    rca.rootCause = QStringLiteral("weak password");
    QVERIFY(bench.response->saveRca(rca));
    IncidentWorkspace w(*bench.store, *bench.response, inc.id);
    show(w);
    child<QTabWidget>(&w, "workspaceTabs")->setCurrentWidget(child<QWidget>(&w, "closePanel"));
    QVERIFY(child<QPushButton>(&w, "closeIncidentButton")->isEnabled());

    // Someone on another machine reopens a step behind this window's back.
    QVERIFY(bench.response->reopenStep(inc.id, QStringLiteral("contain"), QStringLiteral("fs02 still reachable")));
    ui::confirm::setNextAnswer(ui::confirm::Answer::Yes);
    click(child<QPushButton>(&w, "closeIncidentButton"));
    QCOMPARE(bench.store->incident(inc.id)->status, IncidentStatus::Open);
    auto *error = child<QLabel>(&w, "closeErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("Isolate the affected systems")), qPrintable(error->text()));
}

void TestWorkspace::confirmationBoxDefaultsToCancel()
{
    Bench bench(path(QStringLiteral("box.sqlite")));
    NewIncident spec;
    spec.title = QStringLiteral("No playbook");
    const Incident inc = *bench.store->createIncident(spec);
    RootCauseAnalysis rca;
    rca.incidentId = inc.id;
    rca.rootCause = QStringLiteral("misdirected e-mail");
    QVERIFY(bench.response->saveRca(rca));
    IncidentWorkspace w(*bench.store, *bench.response, inc.id);
    show(w);
    child<QTabWidget>(&w, "workspaceTabs")->setCurrentWidget(child<QWidget>(&w, "closePanel"));

    click(child<QPushButton>(&w, "closeIncidentButton"));
    QPointer<QMessageBox> box = child<QMessageBox>(&w, "closeConfirmation");
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->informativeText().contains(QLatin1String("can no longer be changed")));
    QCOMPARE(box->defaultButton()->objectName(), QStringLiteral("cancelButton"));
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(box.isNull());
    QCOMPARE(bench.store->incident(inc.id)->status, IncidentStatus::Open);

    click(child<QPushButton>(&w, "closeIncidentButton"));
    box = child<QMessageBox>(&w, "closeConfirmation");
    QVERIFY(box);
    QTest::mouseClick(child<QPushButton>(box, "confirmButton"), Qt::LeftButton);
    QTRY_COMPARE(bench.store->incident(inc.id)->status, IncidentStatus::Closed);

    // Reopening asks for a reason.
    click(child<QPushButton>(&w, "reopenIncidentButton"));
    QPointer<QDialog> reopen = openDialog(&w, "reopenIncidentDialog");
    QVERIFY(reopen);
    QVERIFY(!child<QPushButton>(reopen, "okButton")->isEnabled());
    QTest::keyClicks(child<QLineEdit>(reopen, "reopenIncidentReasonEdit"), QStringLiteral("new evidence"));
    click(child<QPushButton>(reopen, "okButton"));
    QTRY_VERIFY(reopen.isNull());
    QCOMPARE(bench.store->incident(inc.id)->status, IncidentStatus::Open);
    QVERIFY(child<QPushButton>(&w, "closeIncidentButton")->isVisible());
}

void TestWorkspace::emptyStatesSayWhatToDo()
{
    Bench bench(path(QStringLiteral("empty.sqlite")));
    const Incident inc = bench.createFromPlaybook(QStringLiteral("Empty"));
    IncidentWorkspace w(*bench.store, *bench.response, inc.id);
    show(w);
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
        QVERIFY2(view->visiblePlaceholder().startsWith(QString::fromUtf8(v.says)), qPrintable(view->visiblePlaceholder()));
    }
    QVERIFY(child<QLabel>(&w, "serviceRestoredLabel")->text().contains(QLatin1String("not restored yet")));
    QVERIFY(child<QLabel>(&w, "rcaStatusLabel")->text().contains(QLatin1String("required before closing")));

    // A phase without steps says so, and how to add one.
    NewIncident spec;
    spec.title = QStringLiteral("Bare");
    const Incident bare = *bench.store->createIncident(spec);
    IncidentWorkspace b(*bench.store, *bench.response, bare.id);
    show(b);
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

void TestWorkspace::reassignAndReopenStep()
{
    Bench bench(path(QStringLiteral("reassign.sqlite")));
    const Incident inc = bench.createFromPlaybook(QStringLiteral("Reassign"));
    IncidentWorkspace w(*bench.store, *bench.response, inc.id);
    show(w);
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
    QVERIFY(child<QListWidget>(&w, "stepList")->currentItem()->data(NavItemDelegate::SubtitleRole).toString().contains(
        QLatin1String("External DFIR firm")));

    // Done by keyboard (Ctrl+Return), then reopened with a reason.
    w.activateWindow(); // offscreen has no window manager to hand activation back after a dialog
    QVERIFY(QTest::qWaitForWindowActive(&w));
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

void TestWorkspace::recoveryEndsTheOutage()
{
    Bench bench(path(QStringLiteral("restore.sqlite")));
    const Incident inc = bench.createFromPlaybook(QStringLiteral("Restore"));
    IncidentWorkspace w(*bench.store, *bench.response, inc.id);
    show(w);
    // The step's record button opens the dialog on the right kind.
    QVERIFY(w.selectStep(QStringLiteral("recover")));
    click(child<QPushButton>(&w, "stepRecordRecoveryButton"));
    QPointer<QDialog> dialog = openDialog(&w, "recoveryDialog");
    QVERIFY(dialog);
    QCOMPARE(child<QComboBox>(dialog, "recoveryKindCombo")->currentData().toString(), QStringLiteral("service-restored"));
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

void TestWorkspace::correctiveActionsAddAndChangeState()
{
    Bench bench(path(QStringLiteral("corrective.sqlite")));
    const Incident inc = bench.createFromPlaybook(QStringLiteral("Corrective"));
    IncidentWorkspace w(*bench.store, *bench.response, inc.id);
    show(w);
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
    QCOMPARE(view->model()->index(0, 3).data().toString(), QStringLiteral("open"));

    view->setCurrentIndex(view->model()->index(0, 0));
    auto *state = child<QComboBox>(&w, "correctiveStateCombo");
    QVERIFY(state->isEnabled());
    state->setCurrentText(QStringLiteral("in-progress"));
    click(child<QPushButton>(&w, "correctiveSetStateButton"));
    QCOMPARE(bench.response->correctiveActions(inc.id)->first().state, QStringLiteral("in-progress"));
    QCOMPARE(view->model()->index(0, 3).data().toString(), QStringLiteral("in-progress"));
    QCOMPARE(view->currentIndex().row(), 0); // the selection survives the reload

    // Overdue actions are the only red in the table.
    bench.clock.advanceSecs(40 * 86400);
    w.reload();
    QCOMPARE(view->model()->index(0, 2).data(Qt::ToolTipRole).toString(), QStringLiteral("Overdue"));
    QVERIFY(child<QLabel>(&w, "correctivePanelSummary")->text().contains(QLatin1String("1 overdue")));
}

void TestWorkspace::reloadKeepsUnsavedRcaText()
{
    Bench bench(path(QStringLiteral("rca.sqlite")));
    const Incident inc = bench.createFromPlaybook(QStringLiteral("RCA"));
    IncidentWorkspace w(*bench.store, *bench.response, inc.id);
    show(w);
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
void TestWorkspace::screenshot()
{
    const QString out = qEnvironmentVariable("FIREBREAK_WORKSPACE_SHOT");
    if (out.isEmpty())
        QSKIP("set FIREBREAK_WORKSPACE_SHOT=/tmp/workspace.png to render");
    Bench bench(path(QStringLiteral("shot.sqlite")));
    const Incident inc = bench.createFromPlaybook(QStringLiteral("Ransomware on file server fs01"));
    const QString id = inc.id;
    const QDateTime t0 = bench.clock.nowUtc();
    QVERIFY(bench.clocks->classify(id, {QStringLiteral("personal-data"), QStringLiteral("project-data")}, t0.addSecs(-5400),
                                   QStringLiteral("HR share on fs01")));
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
    show(w);
    QVERIFY(w.selectStep(QStringLiteral("scope")));
    QVERIFY(settled(w).grab().save(out));
    const QFileInfo info(out);
    const struct {
        IncidentWorkspace::Tab tab;
        const char *name;
    } tabs[] = {{IncidentWorkspace::Tab::Contacts, "contacts"}, {IncidentWorkspace::Tab::Rca, "rca"},
                {IncidentWorkspace::Tab::Close, "close"}, {IncidentWorkspace::Tab::Restore, "restore"}};
    for (const auto &t : tabs) {
        w.showTab(t.tab);
        QVERIFY(settled(w).grab().save(info.dir().filePath(info.completeBaseName() + QLatin1Char('-') + QLatin1String(t.name) +
                                                  QStringLiteral(".png"))));
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
    show(d);
    d.showTab(IncidentWorkspace::Tab::Contacts);
    QVERIFY(settled(d).grab().save(shot(QStringLiteral("-dark.png"))));
    QApplication::setPalette(light);
}

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
