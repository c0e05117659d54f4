// Pictures of the clock dialogs for human eyes (issue 18): classify,
// amend (two notices made late), the Art. 34(3)(c) waiver and the SEC
// Attorney General delay, plus the SEC card once delayed. Written to
// <build>/tests/gui/clocks/clock-shots/<lang>-<name>.png in the language
// of FIREBREAK_LANG (en by default); run under Xvfb at 1366x768 for the
// pictures in docs/images. The checks are light: each dialog opens and,
// in French, shows no English label.

#include "ClockTestSupport.h"

#include "ui/Language.h"
#include "ui/clocks/ClockCard.h"
#include "ui/clocks/ClockPanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyleFactory>
#include <QtTest>

using namespace firebreak;
using namespace firebreak::guitest;
using ui::ClockPanel;

class TestClockShots : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        initEnvironment();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        m_lang = ui::language::install(*qApp, qEnvironmentVariable("FIREBREAK_LANG", QStringLiteral("en")));
        m_out = QDir(QDir::currentPath());
        QVERIFY(m_out.mkpath(QStringLiteral("clock-shots")));
        QVERIFY(m_out.cd(QStringLiteral("clock-shots")));
        qInfo("clock dialog pictures (%s) in %s", qPrintable(m_lang), qPrintable(m_out.absolutePath()));
    }
    void classify();
    void amend();
    void waive();
    void attorneyGeneralDelay();

private:
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    void save(QWidget *w, const char *name)
    {
        QApplication::processEvents();
        const QString file = m_out.filePath(QStringLiteral("%1-%2.png").arg(m_lang, QLatin1String(name)));
        QVERIFY(w->grab().save(file));
    }
    static QDialog *fromCard(ClockPanel &panel, const char *clockId, const char *button, const char *dialog)
    {
        ui::ClockCard *card = panel.card(QLatin1String(clockId));
        if (!card)
            return nullptr;
        QTest::mouseClick(child<QPushButton>(card, button), Qt::LeftButton);
        return openDialog(&panel, dialog);
    }

    QTemporaryDir m_dir;
    QDir m_out;
    QString m_lang;
};

void TestClockShots::classify()
{
    ClockFixture f(path("classify.sqlite"));
    const QString id = f.seed();
    ClockPanel panel(*f.store, f.service);
    panel.setIncidentId(id);
    panel.show();
    panel.openClassify();
    QDialog *dialog = openDialog(&panel, "classifyDialog");
    QVERIFY(dialog);
    child<QCheckBox>(dialog, "personalDataCheck")->setChecked(true);
    child<QCheckBox>(dialog, "materialCheck")->setChecked(true);
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "reasonEdit"),
                     QStringLiteral("Payroll export in the staging folder"));
    save(dialog, "classify");
    dialog->reject();
}

void TestClockShots::amend()
{
    ClockFixture f(path("amend.sqlite"));
    const QString id = f.seed();
    f.classify(id, {QStringLiteral("personal-data")}, startTime());
    f.advanceHours(61);
    for (const auto &[clockId, h] : {std::pair{"customer-personal", 20.0}, std::pair{"gdpr-art33", 60.0}}) {
        Notice n;
        n.incidentId = id;
        n.clockId = QLatin1String(clockId);
        n.sentAt = hoursAfterStart(h);
        n.recipient = QStringLiteral("CNIL");
        QVERIFY(f.service.recordNotice(n).ok());
    }
    ClockPanel panel(*f.store, f.service);
    panel.setIncidentId(id);
    panel.show();
    panel.openClassify();
    QDialog *classify = openDialog(&panel, "classifyDialog");
    QVERIFY(classify);
    QTest::mouseClick(child<QPushButton>(classify, "amendButton"), Qt::LeftButton);
    QDialog *amend = openDialog(classify, "amendTriggerDialog");
    QVERIFY(amend);
    child<QDateTimeEdit>(amend, "triggerEdit")->setDateTime(hoursAfterStart(-30).toLocalTime());
    QTest::keyClicks(child<QPlainTextEdit>(amend, "reasonEdit"), QStringLiteral("Proxy logs: export seen Thursday"));
    QTest::keyClicks(child<QPlainTextEdit>(amend, "delayReasonEdit_gdpr-art33"),
                     QStringLiteral("Scope confirmed only on day 3"));
    amend->adjustSize();
    save(amend, "amend");
    amend->reject();
    classify->reject();
}

void TestClockShots::waive()
{
    ClockFixture f(path("waive.sqlite"));
    const QString id = f.seed();
    f.classify(id, {QStringLiteral("high-risk")}, startTime());
    ClockPanel panel(*f.store, f.service);
    panel.setIncidentId(id);
    panel.show();
    QDialog *dialog = fromCard(panel, "gdpr-art34", "waiveButton", "waiveDialog");
    QVERIFY(dialog);
    child<QRadioButton>(dialog, "exceptionRadio2")->setChecked(true);
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "justificationEdit"),
                     QStringLiteral("40 000 former customers, no current addresses"));
    dialog->adjustSize();
    save(dialog, "waive");
    dialog->reject();
}

void TestClockShots::attorneyGeneralDelay()
{
    ClockFixture f(path("ag.sqlite"));
    const QString id = f.seed();
    f.classify(id, {QStringLiteral("material")}, startTime());
    f.advanceHours(24);
    ClockPanel panel(*f.store, f.service);
    panel.setIncidentId(id);
    panel.resize(460, 560);
    panel.show();
    QDialog *dialog = fromCard(panel, "sec-8k", "agDelayButton", "agDelayDialog");
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "agReferenceEdit"), QStringLiteral("DOJ-NSD-2026-0311"));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "reasonEdit"), QStringLiteral("AG letter to the SEC of 15 Mar"));
    save(dialog, "ag-delay");
    child<QSpinBox>(dialog, "daysSpin")->setValue(45);
    save(dialog, "ag-delay-refused");
    child<QSpinBox>(dialog, "daysSpin")->setValue(30);
    QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
    QTRY_VERIFY(!openDialog(&panel, "agDelayDialog"));
    panel.refresh();
    // Let the panel lay the longer explanation out before the picture.
    QTest::qWait(100);
    save(&panel, "sec-card-delayed");
    if (m_lang == QLatin1String("fr")) {
        const QString basis = child<QLabel>(panel.card(QStringLiteral("sec-8k")), "basisLabel")->text();
        QVERIFY2(basis.contains(QStringLiteral("reporté au titre de")), qPrintable(basis));
    }
}

QTEST_MAIN(TestClockShots)
#include "tst_clockshots.moc"
