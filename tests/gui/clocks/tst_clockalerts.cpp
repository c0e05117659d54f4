// Dashboard alerts: the deadline banner (under 25 % or overdue, red only
// when overdue), the incident list's next-deadline text, and the tray
// alerter that announces each threshold once, across restarts, with one
// catch-up alert per clock for what was crossed while the app was closed.

#include "ClockTestSupport.h"

#include "ui/IncidentListModel.h"
#include "ui/IncidentListPane.h"
#include "ui/PlaceholderTableView.h"
#include "ui/clocks/ClockAlerter.h"
#include "ui/clocks/ClockText.h"
#include "ui/clocks/DeadlineBanner.h"
#include "ui/clocks/NextDeadline.h"

#include <QHeaderView>

#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTranslator>
#include <QtTest>

using namespace firebreak;
using namespace firebreak::guitest;
using ui::ClockAlerter;
using ui::DeadlineBanner;

class TestClockAlerts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { initEnvironment(); }

    void bannerShowsUnderAQuarterAndRedOnlyWhenOverdue();
    void nextDeadlinePerIncident();
    void incidentListSortsByNextDeadline();
    void alerterAnnouncesOnceAcrossRestarts();
    void alerterKeepsStoresApart();
    void thresholdsComeFromSettings();
    void alertsSpeakTheInterfaceLanguage();

private:
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    static QList<ClockAlert> alertsOf(const QSignalSpy &spy)
    {
        QList<ClockAlert> out;
        for (const QList<QVariant> &args : spy)
            out << args.first().value<ClockAlert>();
        return out;
    }

    QTemporaryDir m_dir;
};

void TestClockAlerts::bannerShowsUnderAQuarterAndRedOnlyWhenOverdue()
{
    ClockFixture f(path("banner.sqlite"));
    const QString first = f.seed();
    const QString second = f.seed(QStringLiteral("NAS ransomware"));
    f.classify(first, {QStringLiteral("personal-data")}, startTime());
    f.classify(second, {QStringLiteral("project-data")}, startTime());

    QWidget window;
    auto *banner = new DeadlineBanner(&window);
    window.resize(1100, 60);
    window.show();
    banner->setSource(f.store.get(), &f.service);
    QVERIFY(!banner->isVisible()); // everything has most of its time left
    auto *text = child<QLabel>(banner, "deadlineBannerText");
    const QColor red = ui::clocktext::overdueRed(window.palette());

    f.advanceHours(19); // customer notice: 5 h of 24 left
    banner->refresh();
    QVERIFY(banner->isVisible());
    QVERIFY(!banner->isOverdue());
    QCOMPARE(banner->attentionCount(), 1);
    QCOMPARE(banner->lines(),
             QStringList{QStringLiteral("Customer notice: personal-data breach · %1 · 5 h 00 m").arg(first)});
    QVERIFY(text->palette().color(QPalette::WindowText) != red);

    f.advanceHours(62 - 19); // customer notice long overdue; GDPR and project under 10 h of 72
    f.clock.advanceSecs(5 * 60);
    banner->refresh();
    QVERIFY(banner->isOverdue());
    QCOMPARE(banner->worstIncidentId(), first);
    QCOMPARE(banner->attentionCount(), 3);
    QVERIFY2(banner->lines().value(0) ==
                 QStringLiteral("Customer notice: personal-data breach · %1 · overdue by 38 h 05 m").arg(first),
             qPrintable(banner->lines().join(QLatin1Char('\n'))));
    // Every clock under 25 % or overdue is listed, most urgent first: none
    // hides behind "2 other clocks" (issue #19).
    const QStringList lines = banner->lines();
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("Customer notice: personal-data breach · %1 · overdue").arg(first)),
             qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY2(
        lines.at(1).startsWith(QStringLiteral("GDPR Art. 33 · %1 · 9 h 55 m").arg(first)) ||
            lines.at(1).startsWith(QStringLiteral("Customer notice: project-data breach · %1 · 9 h 55 m").arg(second)),
        qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY2(lines.join(QLatin1Char('\n')).contains(QStringLiteral("GDPR Art. 33 · %1").arg(first)),
             qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY2(lines.join(QLatin1Char('\n')).contains(QStringLiteral("project-data breach · %1").arg(second)),
             qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY(!banner->text().contains(QLatin1String("other clock")));
    // Each incident id is a link to it.
    QVERIFY(banner->text().contains(QStringLiteral("href=\"%1\"").arg(second)));
    QCOMPARE(text->palette().color(QPalette::WindowText), red);

    QSignalSpy requested(banner, &DeadlineBanner::incidentRequested);
    auto *open = child<QPushButton>(banner, "openDeadlineIncidentButton");
    QCOMPARE(open->text(), QStringLiteral("Open %1").arg(first));
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toString(), first);

    // Both incidents' clocks ended: the banner goes away.
    for (const auto &[inc, clockId] : {std::pair{first, "customer-personal"}, std::pair{first, "gdpr-art33"},
                                       std::pair{second, "customer-project"}}) {
        Notice n;
        n.incidentId = inc;
        n.clockId = QLatin1String(clockId);
        n.sentAt = f.clock.nowUtc();
        n.recipient = QStringLiteral("them");
        n.delayReason = QStringLiteral("late");
        QVERIFY(f.service.recordNotice(n).ok());
    }
    banner->refresh();
    QVERIFY(!banner->isVisible());
    banner->setSource(nullptr, nullptr);
    QVERIFY(!banner->isVisible());
}

// Issue #19: the incident list's "Next deadline" column, time left coloured
// like the banner, sorted most urgent first by a click on its header.
void TestClockAlerts::incidentListSortsByNextDeadline()
{
    using ui::IncidentListModel;
    ClockFixture f(path("column.sqlite"));
    const QString calm = f.seed(QStringLiteral("Phishing"));
    const QString late = f.seed(QStringLiteral("HR share exposed"));
    const QString quiet = f.seed(QStringLiteral("No clocks"));
    const QString tight = f.seed(QStringLiteral("NAS ransomware"));
    f.advanceHours(25);
    f.classify(late, {QStringLiteral("personal-data")}, startTime());                     // 24 h notice: 1 h overdue
    f.classify(tight, {QStringLiteral("project-data")}, startTime().addSecs(-36 * 3600)); // 11 h of 72 left
    f.classify(calm, {QStringLiteral("project-data")}, startTime().addSecs(6 * 3600));    // 53 h left

    QWidget window;
    auto *pane = new ui::IncidentListPane(&window);
    window.resize(1366, 400);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    pane->setIncidents(*f.store->incidents(), f.clock.nowUtc());
    auto *banner = new DeadlineBanner(&window);
    QObject::connect(banner, &DeadlineBanner::clocksRead, pane, &ui::IncidentListPane::setOpenClocks);
    banner->setSource(f.store.get(), &f.service);

    auto *table = child<ui::PlaceholderTableView>(&window, "incidentTable");
    QAbstractItemModel *model = table->model();
    const int column = IncidentListModel::NextDeadlineColumn;
    QCOMPARE(model->headerData(column, Qt::Horizontal).toString(), QStringLiteral("Next deadline"));
    auto cell = [&](const QString &id, int role) {
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, 0).data(IncidentListModel::IncidentIdRole).toString() == id)
                return model->index(r, column).data(role);
        return QVariant();
    };
    QCOMPARE(cell(late, Qt::DisplayRole).toString(),
             QStringLiteral("overdue by 1 h 00 m · Customer notice: personal-data breach"));
    QCOMPARE(cell(tight, Qt::DisplayRole).toString(),
             QStringLiteral("11 h 00 m · Customer notice: project-data breach"));
    QCOMPARE(cell(quiet, Qt::DisplayRole).toString(), QStringLiteral("—"));
    const QPalette pal = QGuiApplication::palette();
    QCOMPARE(cell(late, Qt::ForegroundRole).value<QColor>(), ui::clocktext::overdueRed(pal));
    QCOMPARE(cell(tight, Qt::ForegroundRole).value<QColor>(),
             ui::clocktext::urgencyText(ui::clocktext::Urgency::Warning, pal));
    QCOMPARE(cell(calm, Qt::ForegroundRole).value<QColor>(),
             ui::clocktext::urgencyText(ui::clocktext::Urgency::Calm, pal));

    // A click on the header sorts most urgent first; no clock comes last.
    QHeaderView *header = table->horizontalHeader();
    const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    if (header->sortIndicatorOrder() != Qt::AscendingOrder)
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), column);
    QStringList order;
    for (int r = 0; r < model->rowCount(); ++r)
        order << model->index(r, 0).data(IncidentListModel::IncidentIdRole).toString();
    QCOMPARE(order, QStringList({late, tight, calm, quiet}));

    // The countdown moves with the banner's tick.
    f.advanceHours(2);
    banner->refresh();
    QCOMPARE(cell(tight, Qt::DisplayRole).toString(),
             QStringLiteral("9 h 00 m · Customer notice: project-data breach"));
}

void TestClockAlerts::nextDeadlinePerIncident()
{
    ClockFixture f(path("next.sqlite"));
    const QString first = f.seed();
    const QString second = f.seed(QStringLiteral("Phishing"));
    const QString quiet = f.seed(QStringLiteral("No clocks"));
    f.classify(first, {QStringLiteral("personal-data")}, startTime());
    f.classify(second, {QStringLiteral("high-risk")}, startTime());
    // High risk implies Art. 33 and the customer notice (issue 18); close
    // them so the second incident's next clock is Art. 34's.
    QVERIFY(f.service.waive(second, QStringLiteral("customer-personal"), QStringLiteral("staff data only")).ok());
    QVERIFY(
        f.service
            .waive(second, QStringLiteral("gdpr-art33"), QStringLiteral("documented"), QStringLiteral("unlikely-risk"))
            .ok());
    f.advanceHours(30.8);
    auto next = ui::nextDeadlines(f.service, f.clock.nowUtc());
    QVERIFY(next.ok());
    QVERIFY(!next->contains(quiet));
    // The customer notice (24 h) is overdue and comes before Art. 33.
    QCOMPARE(next->value(first).text, QStringLiteral("Customer notice: personal-data breach · overdue by 6 h 48 m"));
    QCOMPARE(next->value(first).urgency, ui::clocktext::Urgency::Overdue);
    QCOMPARE(next->value(second).text, QStringLiteral("GDPR Art. 34 · without undue delay"));
    QVERIFY(next->value(first).sortKey() < next->value(second).sortKey());

    Notice n;
    n.incidentId = first;
    n.clockId = QStringLiteral("customer-personal");
    n.sentAt = f.clock.nowUtc();
    n.recipient = QStringLiteral("customers");
    n.delayReason = QStringLiteral("scope");
    QVERIFY(f.service.recordNotice(n).ok());
    next = ui::nextDeadlines(f.service, f.clock.nowUtc());
    QCOMPARE(next->value(first).text, QStringLiteral("GDPR Art. 33 · 41 h 12 m"));
    QCOMPARE(next->value(first).urgency, ui::clocktext::Urgency::Calm);
    QVERIFY(next->value(first).tooltip.contains(QStringLiteral("UTC")));
}

void TestClockAlerts::alerterAnnouncesOnceAcrossRestarts()
{
    ClockFixture f(path("alerts.sqlite"));
    const QString id = f.seed();
    f.classify(id, {QStringLiteral("project-data")}, startTime()); // one 72 h clock
    QSettings settings(path("alerts.ini"), QSettings::IniFormat);
    const QString base = id + QStringLiteral("/customer-project/");

    {
        ClockAlerter alerter(&settings);
        QSignalSpy raised(&alerter, &ClockAlerter::alertRaised);
        alerter.setSource(f.store.get(), &f.service); // start-up check
        QCOMPARE(raised.count(), 0);
        f.advanceHours(36); // half the time gone
        QCOMPARE(alerter.check().size(), 1);
        QCOMPARE(raised.count(), 1);
        const ClockAlert a = alertsOf(raised).first();
        QCOMPARE(a.id, base + QStringLiteral("50%"));
        QVERIFY(!a.overdue);
        QVERIFY2(a.message.startsWith(QStringLiteral("36 h 00 m left")), qPrintable(a.message));
        QCOMPARE(alerter.check().size(), 0); // said once
        QCOMPARE(raised.count(), 1);
    }
    {
        // Restart: same settings, nothing new crossed, nothing repeated.
        ClockAlerter alerter(&settings);
        QSignalSpy raised(&alerter, &ClockAlerter::alertRaised);
        alerter.setSource(f.store.get(), &f.service);
        QCOMPARE(raised.count(), 0);
    }
    // While the app is closed, 75 %, 90 % and "1 h left" all pass.
    f.advanceHours(35.5);
    {
        ClockAlerter alerter(&settings);
        QSignalSpy raised(&alerter, &ClockAlerter::alertRaised);
        alerter.setSource(f.store.get(), &f.service);
        QCOMPARE(raised.count(), 1); // one catch-up alert, the most severe
        QCOMPARE(alertsOf(raised).first().id, base + QStringLiteral("1h"));
        QCOMPARE(alerter.check().size(), 0); // the superseded 75 % and 90 % are not raised later

        f.advanceHours(1); // past the deadline
        const QList<ClockAlert> overdue = alerter.check();
        QCOMPARE(overdue.size(), 1);
        QCOMPARE(overdue.first().id, base + QStringLiteral("overdue"));
        QVERIFY(overdue.first().overdue);
        QVERIFY(overdue.first().title.startsWith(QStringLiteral("OVERDUE: ")));
    }
    {
        ClockAlerter alerter(&settings);
        QSignalSpy raised(&alerter, &ClockAlerter::alertRaised);
        alerter.setSource(f.store.get(), &f.service);
        QCOMPARE(raised.count(), 0);
    }
}

void TestClockAlerts::alerterKeepsStoresApart()
{
    // Two case files whose first incident has the same id.
    ClockFixture a(path("store-a.sqlite"));
    ClockFixture b(path("store-b.sqlite"));
    const QString idA = a.seed();
    const QString idB = b.seed();
    QCOMPARE(idA, idB);
    a.classify(idA, {QStringLiteral("project-data")}, startTime());
    b.classify(idB, {QStringLiteral("project-data")}, startTime());
    a.advanceHours(40);
    b.advanceHours(40);
    QSettings settings(path("apart.ini"), QSettings::IniFormat);
    ClockAlerter alerter(&settings);
    QSignalSpy raised(&alerter, &ClockAlerter::alertRaised);
    alerter.setSource(a.store.get(), &a.service);
    alerter.setSource(b.store.get(), &b.service);
    QCOMPARE(raised.count(), 2); // each file's clock is announced
    alerter.setSource(a.store.get(), &a.service);
    QCOMPARE(raised.count(), 2);
}

void TestClockAlerts::thresholdsComeFromSettings()
{
    QSettings settings(path("thresholds.ini"), QSettings::IniFormat);
    {
        ClockAlerter alerter(&settings);
        QCOMPARE(settings.value(QStringLiteral("alerts/thresholds")).toString(),
                 QStringLiteral("50%,75%,90%,1h,overdue"));
        QCOMPARE(alerter.thresholds().size(), 5);
    }
    settings.setValue(QStringLiteral("alerts/thresholds"), QStringLiteral("25%, 2h, bogus, overdue"));
    ClockAlerter alerter(&settings);
    QStringList keys;
    for (const AlertThreshold &t : alerter.thresholds())
        keys << t.key();
    QCOMPARE(keys, (QStringList{QStringLiteral("25%"), QStringLiteral("2h"), QStringLiteral("overdue")}));
    QCOMPARE(alerter.thresholdProblems(), QStringList{QStringLiteral("bogus")});

    ClockFixture f(path("custom.sqlite"));
    const QString id = f.seed();
    f.classify(id, {QStringLiteral("project-data")}, startTime());
    f.advanceHours(20); // 27.8 % elapsed: only the custom 25 % threshold
    QSignalSpy raised(&alerter, &ClockAlerter::alertRaised);
    alerter.setSource(f.store.get(), &f.service);
    QCOMPARE(raised.count(), 1);
    QCOMPARE(alertsOf(raised).first().threshold.key(), QStringLiteral("25%"));

    settings.setValue(QStringLiteral("alerts/thresholds"), QStringLiteral("nonsense"));
    QCOMPARE(alerter.thresholds().size(), AlertThreshold::defaults().size()); // never silenced
}

// The tray and status-bar alert under the French translation: the
// sentence, the clock's title, its recipient, the time left and the
// deadline are all French ("Il reste 36 h 00 min, échéance le mar. 17 mars …").
void TestClockAlerts::alertsSpeakTheInterfaceLanguage()
{
    ClockFixture f(path("alerts-fr.sqlite"));
    const QString id = f.seed();
    f.classify(id, {QStringLiteral("project-data")}, startTime());
    QSettings settings(path("alerts-fr.ini"), QSettings::IniFormat);
    QTranslator fr;
    QVERIFY(fr.load(QStringLiteral(":/i18n/firebreak_fr.qm")));
    QCoreApplication::installTranslator(&fr);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&fr);
        QLocale::setDefault(QLocale::c());
    });
    ClockAlerter alerter(&settings);
    alerter.setSource(f.store.get(), &f.service);
    f.advanceHours(36);
    QList<ClockAlert> alerts = alerter.check();
    QCOMPARE(alerts.size(), 1);
    const QString dueDay =
        QLocale().toString(f.status(id, "customer-project").deadline.toLocalTime(), QStringLiteral("ddd d MMM"));
    QCOMPARE(alerts.first().title, QStringLiteral("Notification client : violation de données de projet · ") + id);
    QVERIFY2(alerts.first().message.startsWith(QStringLiteral("Il reste 36 h 00 min, échéance le ") + dueDay) &&
                 alerts.first().message.endsWith(QStringLiteral("Destinataire : clients concernés.")),
             qPrintable(alerts.first().message));

    f.advanceHours(37); // one hour past the deadline
    alerts = alerter.check();
    QCOMPARE(alerts.size(), 1);
    QVERIFY2(alerts.first().title.startsWith(QStringLiteral("EN RETARD : ")), qPrintable(alerts.first().title));
    QVERIFY2(alerts.first().message.contains(QStringLiteral("en retard de 1 h 00 min")) &&
                 alerts.first().message.contains(QStringLiteral("Envoyez la notification")),
             qPrintable(alerts.first().message));
}

QTEST_MAIN(TestClockAlerts)
#include "tst_clockalerts.moc"
