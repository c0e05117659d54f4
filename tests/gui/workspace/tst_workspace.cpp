// The incident workspace, driven offscreen by objectName against a real
// SQLite case file: a whole incident from creation to closure, and the
// rules around closing.

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

    void wholeIncidentToClosure();
    void closingRefusedWhileBlocked();
    void refusalAtCloseIsShownInline();
    void confirmationBoxDefaultsToCancel();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

// Marks every open mandatory step done through the navigator and the
// Mark done button, phase by phase.
static void completeMandatorySteps(IncidentWorkspace &w, ResponseService &response, const QString &id)
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
            // Nothing is ticked: a mandatory step asks first (issue #19); say yes.
            ui::confirm::setNextAnswer(ui::confirm::Answer::Yes);
            click(child<QPushButton>(&w, "stepDoneButton"));
            QCOMPARE(stepOf(response, id, stepId).state, IncidentStep::State::Done);
            // The selection moved on to the next open step; come back to this phase.
            QVERIFY(w.selectStep(stepId) || true);
            clickRow(phases, p);
            clickRow(steps, r);
            QVERIFY(!child<QPushButton>(&w, "stepDoneButton")->isEnabled());
        }
    }
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
    showActive(w);
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
    QTest::keyClicks(child<QComboBox>(contain, "containmentActionCombo")->lineEdit(),
                     QStringLiteral("switch port 12 shut"));
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
    reactivate(w);
    QTest::keyClick(&w, Qt::Key_T, Qt::ControlModifier);
    QPointer<QDialog> quick = openDialog(&w, "timelineQuickAdd");
    QVERIFY(quick);
    QTest::keyClicks(child<QLineEdit>(quick, "timelineTextEdit"), QStringLiteral("first encrypted file seen"));
    QTest::keyClicks(child<QLineEdit>(quick, "timelineSourceEdit"), QStringLiteral("fs01 audit log"));
    auto *confidence = child<QComboBox>(quick, "timelineConfidenceCombo");
    confidence->setCurrentIndex(confidence->findData(QStringLiteral("likely")));
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
        closeAudited =
            closeAudited || e.data.value(QStringLiteral("reason")).toString() == QLatin1String("restored, RCA done");
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
    showActive(w);
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
    ui::confirm::setNextAnswer(ui::confirm::Answer::Yes); // its checklist is not ticked
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
    showActive(w);
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
    showActive(w);
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

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
