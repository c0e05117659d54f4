// The clock panel: classify through the dialog, live countdowns that
// follow a moved ManualClock, overdue in red only, waiting clocks, and
// amending a trigger.

#include "ClockTestSupport.h"

#include "ui/Palette.h"
#include "ui/clocks/ClockCard.h"
#include "ui/clocks/ClockPanel.h"
#include "ui/clocks/ClockText.h"
#include "ui/clocks/TimeLeftBar.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace firebreak;
using namespace firebreak::guitest;
using ui::ClockCard;
using ui::ClockPanel;
namespace clocktext = ui::clocktext;

class TestClockPanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { initEnvironment(); }

    void classifyThroughDialogStartsClocks();
    void conflictIsShownInlineWithTheWayOut();
    void countdownFollowsTheClockAndTurnsOverdue();
    void timerRefreshesWithoutBeingAsked();
    void waitingClockCannotTakeANotice();
    void amendTriggerMovesDeadlines();
    void emptyStateSaysWhatToDo();

private:
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    static QColor textColour(const QLabel *l) { return l->palette().color(QPalette::WindowText); }

    QTemporaryDir m_dir;
};

void TestClockPanel::classifyThroughDialogStartsClocks()
{
    ClockFixture f(path("classify.sqlite"));
    const QString id = f.seed();
    ClockPanel panel(*f.store, f.service);
    panel.setIncidentId(id);
    panel.resize(420, 600);
    panel.show();
    QSignalSpy changed(&panel, &ClockPanel::clocksChanged);
    QVERIFY(child<QLabel>(&panel, "clockEmptyLabel")->isVisible());

    QTest::mouseClick(child<QPushButton>(&panel, "classifyButton"), Qt::LeftButton);
    QPointer<QDialog> dialog = openDialog(&panel, "classifyDialog");
    QVERIFY(dialog);
    // Each choice says which clocks it starts, from the rule files.
    const QString hint = child<QLabel>(dialog, "personalDataHint")->text();
    QVERIFY2(hint.contains(QStringLiteral("Customer notice: personal-data breach (24 h)")), qPrintable(hint));
    QVERIFY2(hint.contains(QStringLiteral("GDPR Art. 33 (72 h)")), qPrintable(hint));

    auto *ok = child<QPushButton>(dialog, "okButton");
    QVERIFY(!ok->isEnabled()); // nothing checked
    child<QCheckBox>(dialog, "personalDataCheck")->setChecked(true);
    QVERIFY(!ok->isEnabled()); // no reason yet
    QVERIFY(child<QLabel>(dialog, "validationHint")->text().contains(QStringLiteral("why")));
    auto *aware = child<QDateTimeEdit>(dialog, "awareAtEdit");
    QCOMPARE(aware->dateTime().toUTC(), startTime()); // defaults to now
    aware->setDateTime(hoursAfterStart(-2).toLocalTime());
    auto *by = child<QLineEdit>(dialog, "decidedByEdit");
    QCOMPARE(by->text(), QStringLiteral("seeder"));
    by->setText(QStringLiteral("Claire (DPO)"));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "reasonEdit"), QStringLiteral("payroll export in staging folder"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(changed.count(), 1);

    const QDateTime awareAt = hoursAfterStart(-2);
    QCOMPARE(f.status(id, "customer-personal").deadline, awareAt.addSecs(24 * 3600));
    QCOMPARE(f.status(id, "gdpr-art33").deadline, awareAt.addSecs(72 * 3600));
    const Classification c = f.service.classifications(id)->first();
    QCOMPARE(c.kind, QStringLiteral("personal-data"));
    QCOMPARE(c.decidedBy, QStringLiteral("Claire (DPO)"));
    QCOMPARE(c.reason, QStringLiteral("payroll export in staging folder"));
    QCOMPARE(f.store->actor(), QStringLiteral("seeder")); // the session's actor is back
    QCOMPARE(f.store->incident(id)->awareAt, awareAt);

    QCOMPARE(panel.clockIds(), (QStringList{QStringLiteral("customer-personal"), QStringLiteral("gdpr-art33")}));
    QCOMPARE(panel.card(QStringLiteral("customer-personal"))->countdown(), QStringLiteral("22 h 00 m"));
    QCOMPARE(panel.card(QStringLiteral("gdpr-art33"))->countdown(), QStringLiteral("2 d 22 h"));
    QVERIFY(!child<QLabel>(&panel, "clockEmptyLabel")->isVisible());

    // Reopened, the recorded kind is shown checked and locked.
    QTest::mouseClick(child<QPushButton>(&panel, "classifyButton"), Qt::LeftButton);
    dialog = openDialog(&panel, "classifyDialog");
    QVERIFY(dialog);
    auto *personal = child<QCheckBox>(dialog, "personalDataCheck");
    QVERIFY(personal->isChecked());
    QVERIFY(!personal->isEnabled());
    QVERIFY(child<QLabel>(dialog, "personalDataHint")->text().contains(QStringLiteral("Claire (DPO)")));
    QVERIFY(child<QPushButton>(dialog, "amendButton")->isEnabled());
    dialog->reject();
}

void TestClockPanel::conflictIsShownInlineWithTheWayOut()
{
    ClockFixture f(path("conflict.sqlite"));
    const QString id = f.seed();
    ClockPanel panel(*f.store, f.service);
    panel.setIncidentId(id);
    panel.show();
    panel.openClassify();
    QPointer<QDialog> dialog = openDialog(&panel, "classifyDialog");
    QVERIFY(dialog);
    child<QCheckBox>(dialog, "personalDataCheck")->setChecked(true);
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "reasonEdit"), QStringLiteral("customer list in the dump"));
    // Meanwhile a colleague records the same kind from another instant.
    f.classify(id, {QStringLiteral("personal-data")}, hoursAfterStart(-5));
    QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
    QVERIFY(dialog && dialog->isVisible());
    auto *error = child<QLabel>(dialog, "errorLabel");
    QVERIFY(error->isVisible());
    // The colleague's classification set the incident's one awareness (issue 18).
    QVERIFY2(error->text().contains(QStringLiteral("has one awareness")), qPrintable(error->text()));
    QVERIFY(error->text().contains(QStringLiteral("Amend trigger…")));
    // The form now shows the colleague's record, locked, and offers the amendment.
    QVERIFY(!child<QCheckBox>(dialog, "personalDataCheck")->isEnabled());
    QVERIFY(child<QPushButton>(dialog, "amendButton")->isEnabled());
    QCOMPARE(f.status(id, "gdpr-art33").triggerAt, hoursAfterStart(-5));
    dialog->reject();
}

void TestClockPanel::countdownFollowsTheClockAndTurnsOverdue()
{
    ClockFixture f(path("countdown.sqlite"));
    const QString id = f.seed();
    f.classify(id, {QStringLiteral("personal-data")}, startTime());
    ClockPanel panel(*f.store, f.service);
    panel.setIncidentId(id);
    panel.show();

    ClockCard *art33 = panel.card(QStringLiteral("gdpr-art33"));
    QVERIFY(art33);
    auto *countdown = child<QLabel>(art33, "countdownLabel");
    auto *deadline = child<QLabel>(art33, "deadlineLabel");
    auto *bar = child<ui::TimeLeftBar>(art33, "timeLeftBar");
    const QColor red = clocktext::overdueRed(panel.palette());
    QCOMPARE(countdown->text(), QStringLiteral("3 d 0 h"));
    // 2026-03-17 02:00 UTC is 03:00 in Paris (CET); UTC is in the tooltip.
    QCOMPARE(deadline->text(), QStringLiteral("Due Tue 17 Mar 03:00 CET"));
    QVERIFY2(deadline->toolTip().contains(QStringLiteral("2026-03-17 02:00:00 UTC")), qPrintable(deadline->toolTip()));
    QCOMPARE(art33->urgency(), clocktext::Urgency::Calm);
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->fraction(), 1.0);
    QVERIFY(textColour(countdown) != red);

    f.advanceHours(30.8); // 41 h 12 m left
    panel.refresh();
    QCOMPARE(countdown->text(), QStringLiteral("41 h 12 m"));
    QCOMPARE(art33->urgency(), clocktext::Urgency::Calm);

    f.advanceHours(60 - 30.8); // 12 h of 72 left: under a quarter
    panel.refresh();
    QCOMPARE(countdown->text(), QStringLiteral("12 h 00 m"));
    QCOMPARE(art33->urgency(), clocktext::Urgency::Warning);
    QCOMPARE(bar->fill(), ui::palette::accent());
    QVERIFY(textColour(countdown) != red); // red is for overdue only
    // The 24 h customer notice is overdue by now and sorts first.
    QCOMPARE(panel.clockIds().first(), QStringLiteral("customer-personal"));
    QVERIFY(textColour(child<QLabel>(panel.card(QStringLiteral("customer-personal")), "countdownLabel")) == red);

    f.clock.set(hoursAfterStart(72).addSecs(2 * 3600 + 5 * 60)); // past 72 h
    panel.refresh();
    art33 = panel.card(QStringLiteral("gdpr-art33"));
    countdown = child<QLabel>(art33, "countdownLabel");
    QCOMPARE(countdown->text(), QStringLiteral("overdue by 2 h 05 m"));
    QCOMPARE(art33->urgency(), clocktext::Urgency::Overdue);
    QCOMPARE(textColour(countdown), red);
    QCOMPARE(child<ui::TimeLeftBar>(art33, "timeLeftBar")->fill(), red);
    QCOMPARE(child<ui::TimeLeftBar>(art33, "timeLeftBar")->fraction(), 0.0);
}

void TestClockPanel::timerRefreshesWithoutBeingAsked()
{
    ClockFixture f(path("ticks.sqlite"));
    const QString id = f.seed();
    f.classify(id, {QStringLiteral("project-data")}, startTime());
    ClockPanel panel(*f.store, f.service);
    panel.setIncidentId(id);
    panel.show();
    auto *countdown = child<QLabel>(panel.card(QStringLiteral("customer-project")), "countdownLabel");
    QCOMPARE(countdown->text(), QStringLiteral("3 d 0 h"));
    f.advanceHours(26.5);
    // No refresh() call: the panel's own tick re-reads the service.
    QTRY_COMPARE_WITH_TIMEOUT(countdown->text(), QStringLiteral("45 h 30 m"), 3000);
}

void TestClockPanel::waitingClockCannotTakeANotice()
{
    ClockFixture f(path("waiting.sqlite"));
    const QString id = f.seed();
    f.classify(id, {QStringLiteral("significant")}, startTime());
    ClockPanel panel(*f.store, f.service);
    panel.setIncidentId(id);
    panel.show();
    ClockCard *final = panel.card(QStringLiteral("nis2-final"));
    QVERIFY(final);
    QCOMPARE(panel.clockIds().last(), QStringLiteral("nis2-final"));
    QCOMPARE(final->countdown(), QStringLiteral("not started"));
    const QString state = child<QLabel>(final, "stateLabel")->text();
    QVERIFY2(state.contains(QStringLiteral("Waiting for the NIS2 incident notification notice")), qPrintable(state));
    QVERIFY(!child<QPushButton>(final, "noticeButton")->isEnabled());
    QVERIFY(!child<ui::TimeLeftBar>(final, "timeLeftBar")->isVisible());
}

void TestClockPanel::amendTriggerMovesDeadlines()
{
    ClockFixture f(path("amend.sqlite"));
    const QString id = f.seed();
    f.classify(id, {QStringLiteral("personal-data")}, startTime());
    f.advanceHours(1);
    ClockPanel panel(*f.store, f.service);
    panel.setIncidentId(id);
    panel.show();
    QSignalSpy changed(&panel, &ClockPanel::clocksChanged);

    panel.openClassify();
    QDialog *classify = openDialog(&panel, "classifyDialog");
    QVERIFY(classify);
    QTest::mouseClick(child<QPushButton>(classify, "amendButton"), Qt::LeftButton);
    QPointer<QDialog> amend = openDialog(classify, "amendTriggerDialog");
    QVERIFY(amend);
    auto *ok = child<QPushButton>(amend, "okButton");
    QVERIFY(!ok->isEnabled()); // same instant
    auto *edit = child<QDateTimeEdit>(amend, "triggerEdit");
    edit->setDateTime(hoursAfterStart(-3).toLocalTime());
    QVERIFY(!ok->isEnabled()); // no reason
    const QString preview = child<QLabel>(amend, "deadlinePreview")->text();
    QVERIFY2(preview.contains(QStringLiteral("GDPR Art. 33: 2026-03-17 03:00 CET → 2026-03-17 00:00 CET")),
             qPrintable(preview));
    QTest::keyClicks(child<QPlainTextEdit>(amend, "reasonEdit"), QStringLiteral("VPN logs show access at 00:00"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(amend.isNull());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(f.status(id, "gdpr-art33").deadline, hoursAfterStart(69));
    QCOMPARE(panel.card(QStringLiteral("gdpr-art33"))->countdown(), QStringLiteral("2 d 20 h"));
    const auto log = *f.store->auditLog(id);
    QVERIFY(std::any_of(log.begin(), log.end(), [](const AuditEntry &e) {
        return e.action == QLatin1String("clock.amend") &&
               e.data.value(QLatin1String("reason")).toString().contains(QLatin1String("VPN"));
    }));
    classify->reject();
}

void TestClockPanel::emptyStateSaysWhatToDo()
{
    ClockFixture f(path("empty.sqlite"));
    ClockPanel panel(*f.store, f.service);
    panel.show();
    QVERIFY(!child<QPushButton>(&panel, "classifyButton")->isEnabled());
    QCOMPARE(child<QLabel>(&panel, "clockEmptyLabel")->text(), QStringLiteral("No incident selected."));
    panel.setIncidentId(f.seed());
    QVERIFY(child<QPushButton>(&panel, "classifyButton")->isEnabled());
    QVERIFY(child<QLabel>(&panel, "clockEmptyLabel")->text().contains(QStringLiteral("press Classify…")));
}

QTEST_MAIN(TestClockPanel)
#include "tst_clockpanel.moc"
