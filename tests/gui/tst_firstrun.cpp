// First run and demo: the welcome dialog writes the examiner profile, the
// About box names the libraries in use, --demo builds a populated store
// through the real services, and the firebreak binary answers --help and
// --version without a display. With FIREBREAK_MANUAL_SHOTS=DIR set, also
// writes the screenshots docs/MANUAL.md uses (from the demo store).

#include "GuiTestSupport.h"

#include "model/clocks/ClockService.h"
#include "model/clocks/RuleLoader.h"
#include "model/response/ResponseService.h"
#include "ui/AboutDialog.h"
#include "ui/DemoData.h"
#include "ui/MainWindow.h"
#include "ui/Preferences.h"
#include "ui/WelcomeDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace firebreak;
using namespace firebreak::guitest;

class TestFirstRun : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void welcomeWritesProfile();
    void welcomeLaterMarksSeen();
    void aboutShowsLibraryVersions();
    void demoStoreIsPopulated();
    void binaryHelpAndVersion();
    void manualScreenshots();

private:
    QTemporaryDir m_dir;
};

void TestFirstRun::initTestCase()
{
    initEnvironment();
    QVERIFY(m_dir.isValid());
}

void TestFirstRun::welcomeWritesProfile()
{
    QSettings settings(m_dir.filePath(QStringLiteral("welcome.ini")), QSettings::IniFormat);
    QVERIFY(!ui::ExaminerProfile::exists(settings));
    ui::WelcomeDialog dialog(settings);
    dialog.show();
    child<QLineEdit>(&dialog, "examinerEdit")->setText(QStringLiteral("Grace Hopper"));
    child<QLineEdit>(&dialog, "organisationEdit")->setText(QStringLiteral("Acme CSIRT"));
    child<QComboBox>(&dialog, "timeZoneCombo")->setCurrentText(QStringLiteral("Europe/Paris"));
    child<QLineEdit>(&dialog, "evidenceFolderEdit")->setText(QStringLiteral("/srv/evidence"));
    auto *authority = child<QComboBox>(&dialog, "authorityCombo");
    QVERIFY(authority->count() >= 5);
    authority->setCurrentText(QStringLiteral("ICO (United Kingdom)"));
    child<QCheckBox>(&dialog, "demoCheck")->setChecked(true);
    QTest::mouseClick(child<QPushButton>(&dialog, "okButton"), Qt::LeftButton);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.demoRequested());
    QVERIFY(ui::ExaminerProfile::exists(settings));
    const auto p = ui::ExaminerProfile::load(settings);
    QCOMPARE(p.examiner, QStringLiteral("Grace Hopper"));
    QCOMPARE(p.organisation, QStringLiteral("Acme CSIRT"));
    QCOMPARE(p.timeZone, QStringLiteral("Europe/Paris"));
    QCOMPARE(p.evidenceFolder, QStringLiteral("/srv/evidence"));
    QCOMPARE(p.authority, QStringLiteral("ICO (United Kingdom)"));

    // A second welcome starts from what was saved.
    ui::WelcomeDialog again(settings);
    QCOMPARE(child<QLineEdit>(&again, "examinerEdit")->text(), QStringLiteral("Grace Hopper"));
}

void TestFirstRun::welcomeLaterMarksSeen()
{
    QSettings settings(m_dir.filePath(QStringLiteral("later.ini")), QSettings::IniFormat);
    ui::WelcomeDialog dialog(settings);
    dialog.show();
    QTest::mouseClick(child<QPushButton>(&dialog, "cancelButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    // Never asked again at the next (possibly urgent) start.
    QVERIFY(ui::ExaminerProfile::exists(settings));
    QVERIFY(ui::ExaminerProfile::load(settings).examiner.isEmpty());
}

void TestFirstRun::aboutShowsLibraryVersions()
{
    ui::AboutDialog about;
    const QString text = child<QLabel>(&about, "libraryVersions")->text();
    QVERIFY2(text.contains(QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion()))), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("OpenSSL 3.")), qPrintable(text));
    QVERIFY2(QRegularExpression(QStringLiteral("SQLite 3\\.\\d+\\.\\d+")).match(text).hasMatch(), qPrintable(text));
    QVERIFY2(QRegularExpression(QStringLiteral("libewf \\d{8}")).match(text).hasMatch(), qPrintable(text));
    QVERIFY(child<QLabel>(&about, "aboutTitle")->text().contains(QStringLiteral(FIREBREAK_VERSION)));
}

void TestFirstRun::demoStoreIsPopulated()
{
    QTemporaryDir dir;
    ManualClock clock(startTime());
    auto path = ui::demo::createDemoStore(dir.path(), clock);
    QVERIFY2(path.ok(), path.ok() ? "" : qPrintable(path.error().message));

    auto store = openStore(*path, clock);
    const auto incidents = store->incidents();
    QVERIFY(incidents.ok());
    QCOMPARE(incidents->size(), 2);
    QString id;
    for (const Incident &i : *incidents)
        if (i.severity == Severity::Critical)
            id = i.id;
    QVERIFY(!id.isEmpty());
    QCOMPARE(store->people(id)->size(), 3);
    QCOMPARE(store->systems(id)->size(), 2);
    QCOMPARE(store->evidence(id)->size(), 1);

    ClockService clocks(*store, ruleloader::load());
    ResponseService response(*store, &clocks);
    bool police = false;
    for (const ContactEntry &c : *response.contacts(id))
        police = police || c.lawEnforcement();
    QVERIFY(police);
    QVERIFY(!response.rca(id)->rootCause.isEmpty());
    // The personal-data breach clocks are running, none overdue yet.
    const auto open = clocks.openClocks();
    QVERIFY(open.ok());
    QVERIFY(open->size() >= 2);
    const auto verdict = store->verifyAudit();
    QVERIFY(verdict.ok());
    QVERIFY(verdict->intact());
}

void TestFirstRun::binaryHelpAndVersion()
{
    // On a terminal without any display: no platform plugin may be needed
    // to print help or the version (QApplication would abort here).
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *var : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QLatin1String(var));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(FIREBREAK_GUI_BINARY), {QStringLiteral("--version")});
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(p.readAllStandardOutput().contains(FIREBREAK_VERSION));
    p.start(QStringLiteral(FIREBREAK_GUI_BINARY), {QStringLiteral("--help")});
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 0);
    const QByteArray help = p.readAllStandardOutput();
    QVERIFY(help.contains("--demo"));
    QVERIFY(help.contains("--db"));
    // Translated too: --lang is honoured before the help is printed.
    p.start(QStringLiteral(FIREBREAK_GUI_BINARY),
            {QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--help")});
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY2(!p.readAllStandardOutput().contains("Open a throw-away case store"), "French help printed in English");
}

void TestFirstRun::manualScreenshots()
{
    const QString out = qEnvironmentVariable("FIREBREAK_MANUAL_SHOTS");
    if (out.isEmpty())
        QSKIP("set FIREBREAK_MANUAL_SHOTS=DIR to write the manual's screenshots");
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QTemporaryDir dir;
    SystemClock clock;
    auto path = ui::demo::createDemoStore(dir.path(), clock);
    QVERIFY(path.ok());
    ui::MainWindow w(clock);
    w.resize(1280, 900);
    w.show();
    QVERIFY(w.openStore(*path, ui::MainWindow::StoreKind::Demo));
    auto save = [&](QWidget *widget, const QString &name) {
        QCoreApplication::processEvents();
        QVERIFY(widget->grab().save(QDir(out).filePath(name + QStringLiteral(".png"))));
    };
    auto tab = [&](const QString &prefix) {
        auto *tabs = child<QTabWidget>(&w, "detailTabs");
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->tabText(i).remove(QLatin1Char('&')).startsWith(prefix))
                tabs->setCurrentIndex(i);
    };
    for (const Incident &i : *w.store()->incidents())
        if (i.severity == Severity::Critical)
            w.selectIncident(i.id);
    tab(QStringLiteral("Response"));
    save(&w, QStringLiteral("dashboard"));
    tab(QStringLiteral("Clocks"));
    save(&w, QStringLiteral("clocks"));
    tab(QStringLiteral("Evidence"));
    save(&w, QStringLiteral("evidence"));
    tab(QStringLiteral("Reports"));
    // The preview renders on a worker thread; Export is enabled once it is there.
    // The page image follows the page count: wait for it, not for a guess.
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(&w, "exportPdfButton")->isEnabled(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>(&w, "previewPage")->pixmap().isNull(), 30000);
    save(&w, QStringLiteral("reports"));

    QSettings settings(dir.filePath(QStringLiteral("w.ini")), QSettings::IniFormat);
    ui::WelcomeDialog welcome(settings);
    welcome.show();
    save(&welcome, QStringLiteral("welcome"));
    w.acquireImage(w.currentIncidentId());
    QTRY_VERIFY(w.findChild<QDialog *>(QStringLiteral("acquisitionDialog")));
    save(w.findChild<QDialog *>(QStringLiteral("acquisitionDialog")), QStringLiteral("acquire"));
}

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
