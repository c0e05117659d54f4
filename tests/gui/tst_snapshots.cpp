// Renders the main screens at 1280x800 (light and dark palettes) and
// writes them as PNG files next to the test, so a reviewer can look at the
// GUI without a display. The checks are light: every state renders and
// shows what it must; the pictures are for human eyes.

#include "GuiTestSupport.h"

#include "model/evidence/EvidenceService.h"
#include "ui/IncidentDetailPane.h"
#include "ui/MainWindow.h"
#include "ui/OpenStoreDialog.h"
#include "ui/evidence/EvidencePanel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QInputDialog>
#include <QJsonObject>
#include <QLineEdit>
#include <QPalette>
#include <QPointer>
#include <QRadioButton>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace firebreak;
using namespace firebreak::guitest;
using ui::MainWindow;

class TestSnapshots : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void dashboard_data();
    void dashboard();
    void dialogs();
    void tamperedAndRefused();
    void teamStore();

private:
    void seed(const QString &path);
    void seedEvidence(CaseStore &store, const QString &incidentId);
    void save(QWidget *w, const QString &name);
    static QPalette darkPalette();
    static void showTab(const MainWindow &w, const QString &prefix);

    QTemporaryDir m_dir;
    QDir m_out;
    ManualClock m_clock{startTime()};
};

void TestSnapshots::initTestCase()
{
    initEnvironment();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    m_out = QDir(QDir::currentPath());
    QVERIFY(m_out.mkpath(QStringLiteral("gui-snapshots")));
    QVERIFY(m_out.cd(QStringLiteral("gui-snapshots")));
    qInfo("snapshots in %s", qPrintable(m_out.absolutePath()));
}

void TestSnapshots::seed(const QString &path)
{
    auto store = openStore(path, m_clock);
    NewIncident ransomware;
    ransomware.title = QStringLiteral("Ransomware encrypting shares on file server FS01");
    ransomware.severity = Severity::Critical;
    ransomware.commander = QStringLiteral("Claire Dubois");
    ransomware.description = QStringLiteral("EDR alert 02:47: mass renames to .lockbit on \\\\fs01\\finance.");
    ransomware.detectedAt = m_clock.nowUtc().addSecs(-13 * 60);
    ransomware.awareAt = m_clock.nowUtc().addSecs(-2 * 60);
    const Incident r = *store->createIncident(ransomware);
    m_clock.advanceSecs(300);
    seedIncident(*store, QStringLiteral("Phishing: credentials harvested from finance mailbox"), Severity::High,
                 QStringLiteral("Marc Leroy"));
    m_clock.advanceSecs(400);
    seedIncident(*store, QStringLiteral("Unusual outbound traffic from build agent ci-07"), Severity::Medium,
                 QStringLiteral("Sofia Almeida"));
    seedIncident(*store, QStringLiteral("Lost laptop (encrypted), sales team"), Severity::Low,
                 QStringLiteral("Marc Leroy"));
    m_clock.advanceSecs(900);
    for (const auto &[name, role] : {std::pair{"Claire Dubois", "Incident commander"}, std::pair{"Thomas Weber", "CTO"},
                                     std::pair{"Ines Haddad", "Forensic examiner"}}) {
        Person p;
        p.name = QLatin1String(name);
        p.role = QLatin1String(role);
        p.contact = QStringLiteral("+33 6 12 34 56 78");
        (void)store->addPerson(r.id, p);
    }
    AffectedSystem s;
    s.hostname = QStringLiteral("fs01.corp.example");
    s.ipAddress = QStringLiteral("10.0.4.17");
    s.macAddress = QStringLiteral("00:1a:2b:3c:4d:5e");
    s.owner = QStringLiteral("IT infrastructure");
    s.location = QStringLiteral("Paris DC, rack B4");
    (void)store->addSystem(r.id, s);
    seedEvidence(*store, r.id);
    Incident moved = *store->incident(r.id);
    moved.phase = Phase::Collect;
    (void)store->updateIncident(moved, QStringLiteral("FS01 isolated, imaging next"));
}

void TestSnapshots::seedEvidence(CaseStore &store, const QString &incidentId)
{
    // An acquired image handed to the lab, and a log file that no longer matches.
    EvidenceItem disk;
    disk.incidentId = incidentId;
    disk.kind = EvidenceKind::Image;
    disk.description = QStringLiteral("fs01 system disk (Samsung PM883 960 GB)");
    disk.source = QStringLiteral("/dev/sdb");
    disk.imagePath = QStringLiteral("/media/evidence/INC-2026-0001/E-001.E01");
    disk.sizeBytes = 960197124096;
    disk.md5 = QStringLiteral("9e107d9d372bb6826bd81d3542a419d6");
    disk.sha1 = QStringLiteral("2fd4e1c67a2d28fced849ee1bb76e7391b93eb12");
    disk.sha256 = QStringLiteral("d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592");
    disk.verification = Verification::Verified;
    disk.examiner = QStringLiteral("Ines Haddad");
    disk.startedAt = m_clock.nowUtc().addSecs(-5400);
    disk.endedAt = m_clock.nowUtc().addSecs(-600);
    disk.storageLocation = QStringLiteral("Evidence safe 2, shelf B");
    disk.volatility = QStringLiteral("disk");
    disk.details = QJsonObject{{QStringLiteral("bad_sector_count"), 0}};
    const QString diskNo = store.registerEvidence(disk)->evidenceNumber;
    EvidenceItem log = disk;
    log.kind = EvidenceKind::File;
    log.description = QStringLiteral("auth.log from fs01 (sshd logins 01:00–02:50)");
    log.source = QStringLiteral("fs01:/var/log/auth.log");
    log.imagePath = QStringLiteral("/media/evidence/INC-2026-0001/auth.log");
    log.sizeBytes = 5242883;
    log.sha256 = QStringLiteral("4c1f0d7d0a6e2d5b8f3c9a1e7b6d5c4b3a29180f7e6d5c4b3a2918f0e7d6c5b4");
    log.verification = Verification::NotVerified;
    log.collectedAt = m_clock.nowUtc().addSecs(-300);
    log.collectedZone = QStringLiteral("Europe/Paris");
    log.volatility = QStringLiteral("temporary-filesystems");
    log.details = {};
    const QString logNo = store.registerEvidence(log)->evidenceNumber;
    EvidenceService service(store);
    CustodyEvent handed;
    handed.incidentId = incidentId;
    handed.evidenceNumber = diskNo;
    handed.action = QStringLiteral("transferred");
    handed.fromParty = QStringLiteral("Ines Haddad, forensic examiner");
    handed.toParty = QStringLiteral("Lt. Martin, OFAC Paris");
    handed.purpose = QStringLiteral("criminal complaint");
    handed.method = QStringLiteral("hand delivery, sealed bag 0042");
    handed.zone = QStringLiteral("Europe/Paris");
    (void)service.recordCustody(handed);
    VerificationEvent bad;
    bad.incidentId = incidentId;
    bad.evidenceNumber = logNo;
    bad.result = Verification::Mismatch;
    bad.sha256 = QStringLiteral("0b5e8c2f6a1d9e3b7c4f8a2d6e1b9c3f7a4d8e2b6c1f9a3e7d4b8c2f6a1e9d3b");
    bad.details = QStringLiteral("/media/evidence/INC-2026-0001/auth.log: sha256 differs from the registered value");
    (void)service.recordVerification(bad);
}

void TestSnapshots::save(QWidget *w, const QString &name)
{
    QCoreApplication::processEvents();
    const QPixmap shot = w->grab();
    QVERIFY(!shot.isNull());
    QVERIFY(shot.save(m_out.filePath(name + QStringLiteral(".png"))));
}

QPalette TestSnapshots::darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    p.setColor(QPalette::WindowText, QColor(0xdf, 0xe1, 0xe5));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::Text, QColor(0xdf, 0xe1, 0xe5));
    p.setColor(QPalette::Button, QColor(0x34, 0x36, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xdf, 0xe1, 0xe5));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x2b, 0x2d, 0x30));
    p.setColor(QPalette::ToolTipText, QColor(0xdf, 0xe1, 0xe5));
    p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8f, 0x94));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6f, 0x73, 0x7a));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6f, 0x73, 0x7a));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6f, 0x73, 0x7a));
    return p;
}

void TestSnapshots::showTab(const MainWindow &w, const QString &prefix)
{
    auto *tabs = child<QTabWidget>(&w, "detailTabs");
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->tabText(i).remove(QLatin1Char('&')).startsWith(prefix))
            tabs->setCurrentIndex(i);
}

void TestSnapshots::dashboard_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestSnapshots::dashboard()
{
    QFETCH(bool, dark);
    const QPalette original = QApplication::palette();
    if (dark)
        QApplication::setPalette(darkPalette());
    const QString suffix = dark ? QStringLiteral("-dark") : QString();
    const QString db = m_dir.filePath(QStringLiteral("dashboard%1.sqlite").arg(suffix));
    seed(db);
    {
        MainWindow w(m_clock);
        w.resize(1280, 800);
        w.show();
        QVERIFY(w.openStore(db));
        QCOMPARE(w.currentIncidentId(), QStringLiteral("INC-2026-0001"));
        save(&w, QStringLiteral("dashboard") + suffix);
        showTab(w, QStringLiteral("People"));
        save(&w, QStringLiteral("dashboard-people") + suffix);
        showTab(w, QStringLiteral("Audit log"));
        save(&w, QStringLiteral("dashboard-audit") + suffix);
        showTab(w, QStringLiteral("Evidence"));
        auto *evidence = w.findChild<ui::IncidentDetailPane *>()->evidencePanel();
        QCOMPARE(evidence->itemCount(), 2);
        QCOMPARE(evidence->problemCount(), 1);
        save(&w, QStringLiteral("dashboard-evidence") + suffix);
        evidence->selectEvidence(QStringLiteral("E-002"));
        save(&w, QStringLiteral("dashboard-evidence-mismatch") + suffix);
        child<QLineEdit>(&w, "filterEdit")->setText(QStringLiteral("nothing matches this"));
        save(&w, QStringLiteral("dashboard-filtered-empty") + suffix);
    }
    QApplication::setPalette(original);
}

void TestSnapshots::dialogs()
{
    const QString db = m_dir.filePath(QStringLiteral("dialogs.sqlite"));
    seed(db);
    MainWindow w(m_clock);
    w.resize(1280, 800);
    w.show();
    QVERIFY(w.openStore(db));

    child<QAction>(&w, "newIncidentAction")->trigger();
    QPointer<QDialog> incident = openDialog(&w, "newIncidentDialog");
    QVERIFY(incident);
    save(incident, QStringLiteral("dialog-new-incident-empty"));
    child<QLineEdit>(incident, "titleEdit")->setText(QStringLiteral("Web shell on customer portal staging"));
    save(incident, QStringLiteral("dialog-new-incident-filled"));
    incident->reject();

    child<QAction>(&w, "addSystemAction")->trigger();
    QPointer<QDialog> system = openDialog(&w, "addSystemDialog");
    QVERIFY(system);
    child<QLineEdit>(system, "hostnameEdit")->setText(QStringLiteral("ws-fin-023"));
    child<QLineEdit>(system, "ipEdit")->setText(QStringLiteral("10.0.12"));
    save(system, QStringLiteral("dialog-add-system-invalid"));
    system->reject();

    child<QAction>(&w, "addPersonAction")->trigger();
    QPointer<QDialog> person = openDialog(&w, "addPersonDialog");
    QVERIFY(person);
    save(person, QStringLiteral("dialog-add-person"));
    person->reject();
}

void TestSnapshots::tamperedAndRefused()
{
    const QString db = m_dir.filePath(QStringLiteral("tampered.sqlite"));
    seed(db);
    QCOMPARE(rawSql(db, {QStringLiteral("DROP TRIGGER audit_log_no_update"),
                         QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = 5")}),
             QString());
    MainWindow w(m_clock);
    w.resize(1280, 800);
    w.show();
    QVERIFY(w.openStore(db));
    showTab(w, QStringLiteral("Audit log"));
    save(&w, QStringLiteral("dashboard-tampered"));

    const QString notes = m_dir.filePath(QStringLiteral("meeting-notes.txt"));
    QFile f(notes);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a database\n");
    f.close();
    QVERIFY(!w.openStore(notes));
    save(&w, QStringLiteral("store-error"));

    MainWindow fresh(m_clock);
    fresh.resize(1280, 800);
    fresh.show();
    QVERIFY(fresh.openStore(m_dir.filePath(QStringLiteral("new.sqlite"))));
    save(&fresh, QStringLiteral("empty-store"));
}

void TestSnapshots::teamStore()
{
    MainWindow w(m_clock);
    w.resize(1280, 800);
    w.show();
    // Nothing listens on port 1: what a server that is down looks like.
    QVERIFY(!w.openStore(QStringLiteral("postgresql://camille@127.0.0.1:1/ir_acme?sslmode=disable")));
    save(&w, QStringLiteral("team-store-unreachable"));

    child<QAction>(&w, "openStoreAction")->trigger();
    QPointer<ui::OpenStoreDialog> dialog = qobject_cast<ui::OpenStoreDialog *>(openDialog(&w, "openStoreDialog"));
    QVERIFY(dialog);
    child<QRadioButton>(dialog, "fileStoreRadio")->click();
    save(dialog, QStringLiteral("dialog-open-store-file"));
    child<QRadioButton>(dialog, "teamStoreRadio")->click();
    auto *url = child<QLineEdit>(dialog, "pgUrlEdit");
    url->clear();
    QTest::keyClicks(url, QStringLiteral("postgresql://camille@ir-db.acme.example:5432/ir_acme"));
    save(dialog, QStringLiteral("dialog-open-store-team-prefer"));
    url->clear();
    QTest::keyClicks(url, QStringLiteral("postgresql://camille@ir-db.acme.example:5432/ir_acme?sslmode=verify-full"));
    save(dialog, QStringLiteral("dialog-open-store-team-verify-full"));
    url->clear();
    QTest::keyClicks(url, QStringLiteral("postgresql://camille:Hunter2@ir-db.acme.example/ir_acme"));
    save(dialog, QStringLiteral("dialog-open-store-team-password-refused"));
    dialog->reject();

    QPointer<QInputDialog> prompt =
        ui::passwordPrompt(QStringLiteral("postgresql://camille@ir-db.acme.example:5432/ir_acme?sslmode=verify-full"),
                           QStringLiteral("camille"), 2, MainWindow::kMaxPasswordAttempts, &w);
    prompt->open();
    save(prompt, QStringLiteral("dialog-team-store-password"));
    prompt->reject();
}

QTEST_MAIN(TestSnapshots)
#include "tst_snapshots.moc"
