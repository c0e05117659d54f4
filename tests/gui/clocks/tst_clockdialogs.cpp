// The clock dialogs: a late notice needs its reasons (as ClockService
// requires), supplements, the irreversible waiver behind its confirmation,
// and the notice draft saved as text with the Art. 33(3) sections.

#include "ClockTestSupport.h"

#include "ui/clocks/AmendTriggerDialog.h"
#include "ui/clocks/ClockCard.h"
#include "ui/clocks/ClockPanel.h"
#include "ui/clocks/NoticeDialog.h"
#include "ui/clocks/NoticeDraftDialog.h"
#include "ui/clocks/WaiveDialog.h"

#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QtTest>

using namespace firebreak;
using namespace firebreak::guitest;
using ui::ClockPanel;

class TestClockDialogs : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { initEnvironment(); }

    void lateNoticeNeedsReasons();
    void secondNoticeIsASupplement();
    void waiverIsConfirmedWithItsConsequence();
    void waiverConfirmationBoxCanBeCancelled();
    void draftSavesTextWithArt33Sections();
    void amendAsksReasonsForEachClockMadeLate();
    void waiverUnderArt34cNeedsThePublicCommunication();
    void attorneyGeneralDelayFromTheSecCard();

private:
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    static QDialog *openFromCard(ClockPanel &panel, const char *clockId, const char *button, const char *dialog)
    {
        ui::ClockCard *card = panel.card(QLatin1String(clockId));
        if (!card)
            return nullptr;
        QTest::mouseClick(child<QPushButton>(card, button), Qt::LeftButton);
        return openDialog(&panel, dialog);
    }

    QTemporaryDir m_dir;
};

void TestClockDialogs::lateNoticeNeedsReasons()
{
    ClockFixture f(path("late.sqlite"));
    const QString id = f.seed();
    f.classify(id, {QStringLiteral("personal-data")}, startTime());
    f.advanceHours(80); // 8 h past the 72 h deadline
    ClockPanel panel(*f.store, f.service);
    panel.setIncidentId(id);
    panel.show();

    QPointer<QDialog> dialog = openFromCard(panel, "gdpr-art33", "noticeButton", "noticeDialog");
    QVERIFY(dialog);
    QVERIFY(child<QLabel>(dialog, "phaseLabel")->text().contains(QStringLiteral("Initial notice")));
    QCOMPARE(child<QLineEdit>(dialog, "recipientEdit")->text(), QStringLiteral("supervisory authority (e.g. CNIL)"));
    QCOMPARE(child<QDateTimeEdit>(dialog, "sentAtEdit")->dateTime().toUTC(), f.clock.nowUtc());
    child<QComboBox>(dialog, "channelCombo")->setEditText(QStringLiteral("CNIL online form"));
    QTest::keyClicks(child<QLineEdit>(dialog, "referenceEdit"), QStringLiteral("CNIL-2026-4411"));

    auto *ok = child<QPushButton>(dialog, "okButton");
    auto *delay = child<QPlainTextEdit>(dialog, "delayReasonEdit");
    QVERIFY(delay->isVisible());
    QVERIFY(child<QLabel>(dialog, "lateLabel")->text().contains(QStringLiteral("8 h 00 m after the deadline")));
    QVERIFY(!ok->isEnabled()); // refused without reasons
    QTest::keyClick(child<QLineEdit>(dialog, "referenceEdit"), Qt::Key_Return);
    QVERIFY(dialog && dialog->isVisible()); // Enter does not sneak past
    QCOMPARE(f.status(id, "gdpr-art33").state, ClockStatus::State::Overdue);

    // Dated before the deadline, it is on time and needs no reasons.
    auto *sent = child<QDateTimeEdit>(dialog, "sentAtEdit");
    sent->setDateTime(hoursAfterStart(71).toLocalTime());
    QVERIFY(!delay->isVisible());
    QVERIFY(ok->isEnabled());
    sent->setDateTime(f.clock.nowUtc().toLocalTime());
    QVERIFY(!ok->isEnabled());

    QTest::keyClicks(delay, QStringLiteral("Forensic scope only confirmed on day 3"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());

    const ClockStatus art33 = f.status(id, "gdpr-art33");
    QCOMPARE(art33.state, ClockStatus::State::MetLate);
    QCOMPARE(art33.notices.size(), 1);
    QCOMPARE(art33.notices.first().delayReason, QStringLiteral("Forensic scope only confirmed on day 3"));
    QCOMPARE(art33.notices.first().reference, QStringLiteral("CNIL-2026-4411"));
    QCOMPARE(art33.notices.first().channel, QStringLiteral("CNIL online form"));
    QCOMPARE(panel.card(QStringLiteral("gdpr-art33"))->countdown(), QStringLiteral("met late"));
    const QString state = child<QLabel>(panel.card(QStringLiteral("gdpr-art33")), "stateLabel")->text();
    QVERIFY2(state.contains(QStringLiteral("(ref. CNIL-2026-4411), 8 h 00 m after the deadline")), qPrintable(state));
}

void TestClockDialogs::secondNoticeIsASupplement()
{
    ClockFixture f(path("supplement.sqlite"));
    const QString id = f.seed();
    f.classify(id, {QStringLiteral("personal-data")}, startTime());
    f.advanceHours(10);
    Notice first;
    first.incidentId = id;
    first.clockId = QStringLiteral("gdpr-art33");
    first.sentAt = f.clock.nowUtc();
    first.recipient = QStringLiteral("CNIL");
    first.channel = QStringLiteral("online form");
    QVERIFY(f.service.recordNotice(first).ok());
    f.advanceHours(100); // long after the deadline: a supplement is never late
    ClockPanel panel(*f.store, f.service);
    panel.setIncidentId(id);
    panel.show();
    auto *button = child<QPushButton>(panel.card(QStringLiteral("gdpr-art33")), "noticeButton");
    QCOMPARE(button->text(), QStringLiteral("Record supplement…"));
    QPointer<QDialog> dialog = openFromCard(panel, "gdpr-art33", "noticeButton", "noticeDialog");
    QVERIFY(dialog);
    QVERIFY(child<QLabel>(dialog, "phaseLabel")->text().contains(QStringLiteral("Supplement")));
    QVERIFY(!child<QPlainTextEdit>(dialog, "delayReasonEdit")->isVisible());
    child<QComboBox>(dialog, "channelCombo")->setEditText(QStringLiteral("e-mail"));
    QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    const ClockStatus art33 = f.status(id, "gdpr-art33");
    QCOMPARE(art33.notices.size(), 2);
    QCOMPARE(art33.notices.last().phase, QStringLiteral("supplement"));
    QCOMPARE(art33.state, ClockStatus::State::Met);
}

void TestClockDialogs::waiverIsConfirmedWithItsConsequence()
{
    ClockFixture f(path("waive.sqlite"));
    const QString id = f.seed();
    f.classify(id, {QStringLiteral("personal-data"), QStringLiteral("high-risk")}, startTime());
    ClockPanel panel(*f.store, f.service);
    panel.setIncidentId(id);
    panel.show();
    QSignalSpy changed(&panel, &ClockPanel::clocksChanged);

    QPointer<QDialog> dialog = openFromCard(panel, "gdpr-art34", "waiveButton", "waiveDialog");
    QVERIFY(dialog);
    auto *waive = qobject_cast<ui::WaiveDialog *>(dialog.data());
    auto *ok = child<QPushButton>(dialog, "okButton");
    QVERIFY(!ok->isEnabled()); // no exception chosen
    auto *encrypted = child<QRadioButton>(dialog, "exceptionRadio0");
    QCOMPARE(encrypted->text(), QStringLiteral("Art. 34(3)(a)"));
    encrypted->setChecked(true);
    QVERIFY(!ok->isEnabled()); // no justification
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "justificationEdit"),
                     QStringLiteral("Laptop disk encrypted with BitLocker; key held in escrow only"));
    QVERIFY(ok->isEnabled());
    const QString consequence = waive->consequence();
    QVERIFY2(consequence.contains(QStringLiteral("cannot be undone")), qPrintable(consequence));
    QVERIFY(consequence.contains(QStringLiteral("no notice can be recorded on it afterwards")));

    ui::WaiveDialog::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog && dialog->isVisible()); // declined: nothing written
    QCOMPARE(f.status(id, "gdpr-art34").state, ClockStatus::State::NoLimit);
    QCOMPARE(changed.count(), 0);

    ui::WaiveDialog::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    const ClockStatus art34 = f.status(id, "gdpr-art34");
    QCOMPARE(art34.state, ClockStatus::State::Waived);
    QCOMPARE(art34.waiver->exception, QStringLiteral("unintelligible")); // the Article's key (issue 18)
    QCOMPARE(art34.waiver->decidedBy, QStringLiteral("seeder"));
    QCOMPARE(changed.count(), 1);
    ui::ClockCard *card = panel.card(QStringLiteral("gdpr-art34"));
    QCOMPARE(card->countdown(), QStringLiteral("waived"));
    QVERIFY(child<QLabel>(card, "stateLabel")->text().startsWith(QStringLiteral("Waived: decided not to notify")));
    QVERIFY(!child<QPushButton>(card, "waiveButton")->isVisible());
    QVERIFY(!child<QPushButton>(card, "noticeButton")->isVisible());
}

void TestClockDialogs::waiverConfirmationBoxCanBeCancelled()
{
    ClockFixture f(path("waive-box.sqlite"));
    const QString id = f.seed();
    f.classify(id, {QStringLiteral("significant")}, startTime());
    ClockPanel panel(*f.store, f.service);
    panel.setIncidentId(id);
    panel.show();
    QPointer<QDialog> dialog = openFromCard(panel, "nis2-early-warning", "waiveButton", "waiveDialog");
    QVERIFY(dialog);
    // NIS2 lists no exception: only the justification is asked for.
    QVERIFY(!child<QRadioButton>(dialog, "noExceptionRadio")->isVisible());
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "justificationEdit"), QStringLiteral("Not significant after all"));
    QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
    // The real confirmation, opened without a nested event loop.
    QMessageBox *box = child<QMessageBox>(dialog, "waiveConfirmBox");
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->informativeText().contains(QStringLiteral("cannot be undone")));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    box->button(QMessageBox::Cancel)->click();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(f.status(id, "nis2-early-warning").state, ClockStatus::State::Running);
    dialog->reject();
}

void TestClockDialogs::draftSavesTextWithArt33Sections()
{
    ClockFixture f(path("draft.sqlite"));
    const QString id = f.seed();
    f.classify(id, {QStringLiteral("personal-data")}, startTime());
    f.advanceHours(5);
    ClockPanel panel(*f.store, f.service);
    panel.setIncidentId(id);
    panel.show();
    QSignalSpy changed(&panel, &ClockPanel::clocksChanged);

    QPointer<QDialog> dialog = openFromCard(panel, "gdpr-art33", "draftButton", "noticeDraftDialog");
    QVERIFY(dialog);
    auto *draft = qobject_cast<ui::NoticeDraftDialog *>(dialog.data());
    auto *body = child<QPlainTextEdit>(dialog, "draftEdit");
    QVERIFY2(body->font().fixedPitch() || QFontInfo(body->font()).fixedPitch(),
             qPrintable(QFontInfo(body->font()).family()));
    QVERIFY(body->toPlainText().contains(QStringLiteral("[to be completed: nature of the breach]")));
    auto *missing = child<QListWidget>(dialog, "missingList");
    QVERIFY(missing->count() >= 5);

    // The draft follows the facts as they are typed.
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "natureEdit"),
                     QStringLiteral("HR share readable from the Internet"));
    QTest::keyClicks(child<QLineEdit>(dialog, "subjectCategoriesEdit"), QStringLiteral("employees"));
    QTest::keyClicks(child<QLineEdit>(dialog, "subjectCountEdit"), QStringLiteral("about 1,200"));
    QTest::keyClicks(child<QLineEdit>(dialog, "recordCategoriesEdit"), QStringLiteral("payroll records"));
    QTest::keyClicks(child<QLineEdit>(dialog, "recordCountEdit"), QStringLiteral("14,000"));
    QTest::keyClicks(child<QLineEdit>(dialog, "contactPointEdit"), QStringLiteral("dpo@example.org"));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "consequencesEdit"), QStringLiteral("Identity fraud"));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "measuresEdit"), QStringLiteral("Share closed, passwords reset"));
    QVERIFY(body->toPlainText().contains(QStringLiteral("HR share readable from the Internet")));
    QCOMPARE(missing->count(), 0);
    QVERIFY(child<QLabel>(dialog, "missingTitle")->text().startsWith(QStringLiteral("Nothing missing")));

    QTest::mouseClick(child<QPushButton>(dialog, "saveFactsButton"), Qt::LeftButton);
    QCOMPARE(f.service.breachDetails(id)->subjectCount, QStringLiteral("about 1,200"));
    QCOMPARE(changed.count(), 1);

    // Hand edits survive further fact edits until Regenerate.
    body->appendPlainText(QStringLiteral("Signed: the DPO"));
    QTest::keyClicks(child<QLineEdit>(dialog, "recordCountEdit"), QStringLiteral(" rows"));
    QVERIFY(body->toPlainText().contains(QStringLiteral("Signed: the DPO")));

    const QString file = path("art33-notice.txt");
    ui::NoticeDraftDialog::setNextSavePath(file);
    QTest::mouseClick(child<QPushButton>(dialog, "saveTextButton"), Qt::LeftButton);
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(saved.readAll());
    QVERIFY2(text.startsWith(QStringLiteral("Subject: GDPR Art. 33: notify the supervisory authority — ") + id),
             qPrintable(text));
    for (const char *section : {"(a) Nature of the breach", "(b) Name and contact details of the DPO",
                                "(c) Likely consequences", "(d) Measures taken or proposed"})
        QVERIFY2(text.contains(QLatin1String(section)), section);
    QVERIFY(text.contains(QStringLiteral("Data subjects concerned: employees (approximate number: about 1,200).")));
    QVERIFY(text.contains(QStringLiteral("Signed: the DPO")));
    QVERIFY(child<QLabel>(dialog, "draftStatusLabel")->text().contains(QStringLiteral("art33-notice.txt")));

    QTest::mouseClick(child<QPushButton>(dialog, "copyButton"), Qt::LeftButton);
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(QStringLiteral("Subject: GDPR Art. 33")));

    // A file that cannot be written is named inline.
    QVERIFY(!draft->saveText(path("no-such-dir/notice.txt")).ok());
    QVERIFY(child<QLabel>(dialog, "errorLabel")->text().contains(QStringLiteral("no-such-dir")));

    // Closing with unsaved facts keeps them (the button says so).
    QTest::keyClicks(child<QLineEdit>(dialog, "contactPointEdit"), QStringLiteral(", +33 1 23 45 67 89"));
    auto *close = child<QPushButton>(dialog, "closeButton");
    QCOMPARE(close->text(), QStringLiteral("Save facts and close"));
    QTest::mouseClick(close, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(f.service.breachDetails(id)->contactPoint, QStringLiteral("dpo@example.org, +33 1 23 45 67 89"));
}

// Issue 18: the amend dialog offers what `clock amend --delay-reason
// CLOCK=TEXT` allows: one reason per sent notice the amendment makes late,
// named, and nothing saved while one is missing.
void TestClockDialogs::amendAsksReasonsForEachClockMadeLate()
{
    ClockFixture f(path("amend-late.sqlite"));
    const QString id = f.seed();
    f.classify(id, {QStringLiteral("personal-data")}, startTime());
    f.advanceHours(61);
    auto send = [&](const char *clockId, double h, const char *to) {
        Notice n;
        n.incidentId = id;
        n.clockId = QLatin1String(clockId);
        n.sentAt = hoursAfterStart(h);
        n.recipient = QLatin1String(to);
        QVERIFY(f.service.recordNotice(n).ok());
    };
    send("customer-personal", 20, "Customer DPO");
    send("gdpr-art33", 60, "CNIL");
    ClockPanel panel(*f.store, f.service);
    panel.setIncidentId(id);
    panel.show();
    panel.openClassify();
    QDialog *classify = openDialog(&panel, "classifyDialog");
    QVERIFY(classify);
    QTest::mouseClick(child<QPushButton>(classify, "amendButton"), Qt::LeftButton);
    QPointer<QDialog> amend = openDialog(classify, "amendTriggerDialog");
    QVERIFY(amend);
    // Awareness was really 30 h earlier: both notices sent become late.
    child<QDateTimeEdit>(amend, "triggerEdit")->setDateTime(hoursAfterStart(-30).toLocalTime());
    QTest::keyClicks(child<QPlainTextEdit>(amend, "reasonEdit"), QStringLiteral("proxy logs: export seen on Thursday"));
    const QString preview = child<QLabel>(amend, "deadlinePreview")->text();
    QVERIFY2(preview.count(QStringLiteral("becomes late")) == 2, qPrintable(preview));
    QVERIFY2(preview.contains(QStringLiteral("(−30 h 00 m)")), qPrintable(preview));
    auto *customer = child<QPlainTextEdit>(amend, "delayReasonEdit_customer-personal");
    auto *art33 = child<QPlainTextEdit>(amend, "delayReasonEdit_gdpr-art33");
    QVERIFY(customer && customer->isVisible());
    QVERIFY(art33 && art33->isVisible());
    auto *ok = child<QPushButton>(amend, "okButton");
    auto *hint = child<QLabel>(amend, "validationHint");
    QVERIFY(!ok->isEnabled());
    QVERIFY2(hint->text().contains(QStringLiteral("GDPR Art. 33")), qPrintable(hint->text()));
    QTest::keyClicks(art33, QStringLiteral("scope confirmed only on day 3"));
    QVERIFY(!ok->isEnabled());
    QVERIFY2(!hint->text().contains(QStringLiteral("GDPR Art. 33")), qPrintable(hint->text()));
    QVERIFY2(hint->text().contains(QStringLiteral("Customer")), qPrintable(hint->text()));
    QTest::mouseClick(ok, Qt::LeftButton); // disabled: nothing happens
    QCOMPARE(f.store->incident(id)->awareAt, startTime());
    // Back to the recorded instant and forward again: typed reasons are kept.
    child<QDateTimeEdit>(amend, "triggerEdit")->setDateTime(hoursAfterStart(-1).toLocalTime());
    QVERIFY(!art33->isVisible());
    child<QDateTimeEdit>(amend, "triggerEdit")->setDateTime(hoursAfterStart(-30).toLocalTime());
    QCOMPARE(art33->toPlainText(), QStringLiteral("scope confirmed only on day 3"));
    QTest::keyClicks(customer, QStringLiteral("customer contact unreachable overnight"));
    QVERIFY2(ok->isEnabled(), qPrintable(hint->text()));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(amend.isNull());
    QCOMPARE(f.store->incident(id)->awareAt, hoursAfterStart(-30));
    QCOMPARE(f.status(id, "gdpr-art33").state, ClockStatus::State::MetLate);
    QCOMPARE(f.status(id, "gdpr-art33").notices.first().delayReason, QStringLiteral("scope confirmed only on day 3"));
    QCOMPARE(f.status(id, "customer-personal").notices.first().delayReason,
             QStringLiteral("customer contact unreachable overnight"));
    classify->reject();
}

// Art. 34(3)(c), as `clock waive --exception disproportionate-effort`
// requires: a public communication instead, or nothing is recorded.
void TestClockDialogs::waiverUnderArt34cNeedsThePublicCommunication()
{
    ClockFixture f(path("waive-34c.sqlite"));
    const QString id = f.seed();
    f.classify(id, {QStringLiteral("high-risk")}, startTime());
    ClockPanel panel(*f.store, f.service);
    panel.setIncidentId(id);
    panel.show();
    QPointer<QDialog> dialog = openFromCard(panel, "gdpr-art34", "waiveButton", "waiveDialog");
    QVERIFY(dialog);
    // The Article's three, and no free "none of these".
    QVERIFY(child<QRadioButton>(dialog, "exceptionRadio2"));
    QVERIFY(!child<QRadioButton>(dialog, "exceptionRadio3"));
    QVERIFY(!child<QRadioButton>(dialog, "noExceptionRadio")->isVisible());
    auto *public_ = child<QPlainTextEdit>(dialog, "publicCommunicationEdit");
    QVERIFY(!public_->isVisible());
    child<QRadioButton>(dialog, "exceptionRadio2")->setChecked(true);
    QVERIFY(public_->isVisible());
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "justificationEdit"), QStringLiteral("40 000 former customers, "
                                                                                        "no current addresses"));
    auto *ok = child<QPushButton>(dialog, "okButton");
    QVERIFY(!ok->isEnabled());
    QVERIFY(child<QLabel>(dialog, "validationHint")->text().contains(QStringLiteral("public communication")));
    QTest::keyClicks(public_, QStringLiteral("notice on the home page, 16 Mar"));
    QVERIFY(ok->isEnabled());
    ui::WaiveDialog::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    const ClockStatus art34 = f.status(id, "gdpr-art34");
    QCOMPARE(art34.waiver->exception, QStringLiteral("disproportionate-effort"));
    QVERIFY(art34.waiver->justification.contains(QStringLiteral("Public communication: notice on the home page")));
}

// Point 11: the SEC card offers an Item 1.05(c) delay; the dialog refuses
// what the CLI refuses, in the model's words, and records nothing then.
void TestClockDialogs::attorneyGeneralDelayFromTheSecCard()
{
    ClockFixture f(path("ag-delay.sqlite"));
    const QString id = f.seed();
    f.classify(id, {QStringLiteral("material"), QStringLiteral("personal-data")}, startTime());
    f.advanceHours(24);
    ClockPanel panel(*f.store, f.service);
    panel.setIncidentId(id);
    panel.show();
    QVERIFY(!child<QPushButton>(panel.card(QStringLiteral("gdpr-art33")), "agDelayButton")->isVisible());
    const QDateTime due = f.status(id, "sec-8k").deadline; // Thu 19 Mar 2026 17:30 EDT
    QCOMPARE(due, QDateTime(QDate(2026, 3, 19), QTime(21, 30), QTimeZone::utc()));
    QPointer<QDialog> dialog = openFromCard(panel, "sec-8k", "agDelayButton", "agDelayDialog");
    QVERIFY(dialog);
    QVERIFY2(child<QLabel>(dialog, "periodLabel")->text().contains(QStringLiteral("initial period, at most 30 days")),
             qPrintable(child<QLabel>(dialog, "periodLabel")->text()));
    auto *ok = child<QPushButton>(dialog, "okButton");
    auto *hint = child<QLabel>(dialog, "validationHint");
    QVERIFY(!ok->isEnabled());
    QVERIFY2(hint->text().contains(QStringLiteral("by its reference")), qPrintable(hint->text()));
    QTest::keyClicks(child<QLineEdit>(dialog, "agReferenceEdit"), QStringLiteral("DOJ-NSD-2026-0311"));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "reasonEdit"), QStringLiteral("AG letter to the SEC of 15 Mar"));
    auto *days = child<QSpinBox>(dialog, "daysSpin");
    days->setValue(31);
    QVERIFY(!ok->isEnabled());
    QVERIFY2(hint->text().contains(QStringLiteral("at most 30 days")), qPrintable(hint->text()));
    days->setValue(30);
    QVERIFY2(ok->isEnabled(), qPrintable(hint->text()));
    // 30 days from Thu 19 Mar is Sat 18 Apr: due Fri 17 Apr, 17:30 EDT.
    const QString preview = child<QLabel>(dialog, "delayPreview")->text();
    QVERIFY2(preview.contains(QStringLiteral("→")), qPrintable(preview));
    QCOMPARE(f.status(id, "sec-8k").delays.size(), 0);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    const ClockStatus sec = f.status(id, "sec-8k");
    QCOMPARE(sec.delays.size(), 1);
    QCOMPARE(sec.delays.first().agReference, QStringLiteral("DOJ-NSD-2026-0311"));
    QCOMPARE(sec.delays.first().recordedBy, QStringLiteral("seeder"));
    QCOMPARE(sec.deadline, QDateTime(QDate(2026, 4, 17), QTime(21, 30), QTimeZone::utc()));
    const QString basis = child<QLabel>(panel.card(QStringLiteral("sec-8k")), "basisLabel")->text();
    QVERIFY2(basis.contains(QStringLiteral("delayed under Form 8-K Item 1.05(c) until Fri 2026-04-17 17:30 EDT")),
             qPrintable(basis));

    // The extension: determined after the (delayed) deadline, it is refused.
    dialog = openFromCard(panel, "sec-8k", "agDelayButton", "agDelayDialog");
    QVERIFY(dialog);
    QVERIFY(child<QLabel>(dialog, "periodLabel")->text().contains(QStringLiteral("Period 2 of 3: extension")));
    f.clock.set(QDateTime(QDate(2026, 4, 20), QTime(12, 0), QTimeZone::utc()));
    child<QDateTimeEdit>(dialog, "determinedAtEdit")
        ->setDateTime(QDateTime(QDate(2026, 4, 20), QTime(10, 0), QTimeZone::utc()).toLocalTime());
    QTest::keyClicks(child<QLineEdit>(dialog, "agReferenceEdit"), QStringLiteral("DOJ-2"));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "reasonEdit"), QStringLiteral("late"));
    QVERIFY(!child<QPushButton>(dialog, "okButton")->isEnabled());
    QVERIFY2(
        child<QLabel>(dialog, "validationHint")->text().contains(QStringLiteral("cannot revive a missed deadline")),
        qPrintable(child<QLabel>(dialog, "validationHint")->text()));
    dialog->reject();
    QCOMPARE(f.status(id, "sec-8k").delays.size(), 1);
}

QTEST_MAIN(TestClockDialogs)
#include "tst_clockdialogs.moc"
