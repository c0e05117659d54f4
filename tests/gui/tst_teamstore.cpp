// Team mode in the workbench, on both stores (tst_gui_teamstore and
// tst_gui_teamstore_pg): other people's changes appear without anyone
// pressing Refresh, unsaved edits and the selection survive them, the
// "Open case store…" dialog builds team store addresses and refuses one
// carrying a password, a server that wants a password gets a prompt (never
// a setting), and a team store that cannot be reached says so in words.

#include "GuiTestSupport.h"
#include "support/CliRunner.h"
#include "support/PgTestSupport.h"
#include "support/TcpProxy.h"

#include "model/ChangeFeed.h"
#include "model/StoreLocation.h"
#include "model/TeamAccess.h"
#include "model/clocks/ClockService.h"
#include "model/response/ResponseService.h"
#include "ui/IncidentListModel.h"
#include "ui/MainWindow.h"
#include "ui/OpenStoreDialog.h"

#include <QAction>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDriver>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QtTest>

using namespace firebreak;
using namespace firebreak::guitest;
using namespace firebreak::test;
using ui::IncidentListModel;
using ui::MainWindow;
using ui::OpenStoreDialog;

namespace {

// Another person's changes arrive within a couple of seconds; generous for
// a loaded CI machine.
constexpr int kLiveTimeoutMs = 10000;

QAbstractItemModel *tableModel(const QObject *root, const char *name)
{
    auto *view = child<QTableView>(root, name);
    return view ? view->model() : nullptr;
}

bool listHasTitle(const MainWindow &w, const QString &title)
{
    QAbstractItemModel *m = tableModel(&w, "incidentTable");
    for (int r = 0; m && r < m->rowCount(); ++r)
        if (m->index(r, IncidentListModel::TitleColumn).data().toString() == title)
            return true;
    return false;
}

bool timelineHas(const MainWindow &w, const QString &text)
{
    QAbstractItemModel *m = tableModel(&w, "timelineView");
    for (int r = 0; m && r < m->rowCount(); ++r)
        for (int c = 0; c < m->columnCount(); ++c)
            if (m->index(r, c).data().toString() == text)
                return true;
    return false;
}

// The visible one: a refused prompt may linger hidden until deleted.
QInputDialog *passwordPromptOf(const QObject *root)
{
    const auto prompts = root->findChildren<QInputDialog *>(QStringLiteral("storePasswordDialog"));
    for (QInputDialog *d : prompts)
        if (d->isVisible())
            return d;
    return nullptr;
}

QString randomHex()
{
    return QString::number(QRandomGenerator::system()->generate64(), 16);
}

} // namespace

class TestTeamStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        initEnvironment();
        // Settings of their own: the SQLite and PostgreSQL runs go at the same time.
        QCoreApplication::setApplicationName(QStringLiteral("firebreak-gui-tests-teamstore") +
                                             (onPostgres() ? QStringLiteral("-pg") : QString()));
        QSettings().clear();
    }
    void init()
    {
        QVERIFY(m_dir.isValid());
        QSettings().clear();
    }

    void changesFromTheCliAppearLive();
    void changesFromAnotherWorkbenchKeepSelectionAndUnsavedEdits();
    void serverAnnouncementsAloneRefresh();
    void teamStoreIsNamedInTitleAndStatusBar();
    void unreachableServerShowsErrorPageWithAddress();
    void addressWithPasswordIsRefusedWithoutShowingIt();
    void dialogBuildsAddressFromFields();
    void dialogFillsFieldsFromPastedAddress();
    void dialogOpensTheChosenStore();
    void passwordIsAskedAndNeverStored();
    void droppedConnectionsAreNoticedAndRecovered();
    void observerSeesAReadOnlyWindow();
    void silentServerNeverBlocksTheWindow();

private:
    QString newSpec(const QString &name)
    {
        const QString spec = storeSpec(m_dir, name);
        if (spec.isEmpty())
            qWarning("no store spec for %s", qPrintable(name));
        return spec;
    }

    std::unique_ptr<CaseStore> openAs(const QString &spec, const QString &actor, const QString &password = {})
    {
        auto s = CaseStore::open(spec, m_clock, actor, password);
        if (!s) {
            qWarning("cannot open %s: %s", qPrintable(spec), qPrintable(s.error().message));
            return nullptr;
        }
        return std::move(s).value();
    }

    QTemporaryDir m_dir;
    ManualClock m_clock{startTime()};
};

void TestTeamStore::changesFromTheCliAppearLive()
{
    const QString spec = newSpec(QStringLiteral("cli.sqlite"));
    QVERIFY(!spec.isEmpty());
    MainWindow w(m_clock);
    w.show();
    QVERIFY(w.openStore(spec));
    QCOMPARE(tableModel(&w, "incidentTable")->rowCount(), 0);

    // A responder on another machine (here: the CLI, another process and connection).
    const test::CliOptions responder{.db = spec, .actor = QStringLiteral("responder-2")};
    test::ProcessResult cli =
        test::runCli({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--title"),
                      QStringLiteral("Phishing wave on finance"), QStringLiteral("--severity"), QStringLiteral("high")},
                     responder);
    QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
    const QString id = cli.out.trimmed().section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(id.startsWith(QLatin1String("INC-")), qPrintable(id));

    // No user action.
    QTRY_VERIFY_WITH_TIMEOUT(listHasTitle(w, QStringLiteral("Phishing wave on finance")), kLiveTimeoutMs);
    w.selectIncident(id);
    QCOMPARE(w.currentIncidentId(), id);

    cli = test::runCli({QStringLiteral("timeline"), QStringLiteral("add"), id, QStringLiteral("--at"),
                        QStringLiteral("2026-03-14T01:40:00Z"), QStringLiteral("--text"),
                        QStringLiteral("First phishing mail reported by accounts payable")},
                       responder);
    QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
    QTRY_VERIFY_WITH_TIMEOUT(timelineHas(w, QStringLiteral("First phishing mail reported by accounts payable")),
                             kLiveTimeoutMs);
    QCOMPARE(w.currentIncidentId(), id);
    QTRY_VERIFY(child<QLabel>(&w, "chainStatusLabel")->text().contains(QStringLiteral("intact")));
}

void TestTeamStore::changesFromAnotherWorkbenchKeepSelectionAndUnsavedEdits()
{
    const QString spec = newSpec(QStringLiteral("pair.sqlite"));
    QVERIFY(!spec.isEmpty());
    QString first;
    QString second;
    {
        auto seeder = openAs(spec, QStringLiteral("seeder"));
        QVERIFY(seeder);
        first = seedIncident(*seeder, QStringLiteral("Ransomware on FS01"), Severity::Critical).id;
        second = seedIncident(*seeder, QStringLiteral("Lost laptop"), Severity::Low).id;
    }
    MainWindow w(m_clock);
    w.show();
    QVERIFY(w.openStore(spec));
    w.selectIncident(second);
    QCOMPARE(w.currentIncidentId(), second);
    // The commander is halfway through the root cause when a colleague writes.
    auto *rootCause = child<QPlainTextEdit>(&w, "rcaRootCauseEdit");
    QVERIFY(rootCause);
    rootCause->setPlainText(QStringLiteral("Laptop left in an unlocked car; disk encrypted"));

    // Another workbench: its own connection and actor.
    auto bob = openAs(spec, QStringLiteral("bob"));
    QVERIFY(bob);
    ClockService clocks(*bob, ruleloader::load());
    ResponseService response(*bob, &clocks);
    TimelineNote note;
    note.incidentId = second;
    note.at = startTime().addSecs(-1800);
    note.text = QStringLiteral("Owner confirms the laptop was encrypted");
    note.source = QStringLiteral("phone call");
    note.confidence = QStringLiteral("confirmed");
    QVERIFY(response.addTimelineNote(note));
    seedIncident(*bob, QStringLiteral("Web shell on portal"), Severity::High);

    QTRY_VERIFY_WITH_TIMEOUT(listHasTitle(w, QStringLiteral("Web shell on portal")), kLiveTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(timelineHas(w, QStringLiteral("Owner confirms the laptop was encrypted")), kLiveTimeoutMs);
    QCOMPARE(w.currentIncidentId(), second);
    QCOMPARE(rootCause->toPlainText(), QStringLiteral("Laptop left in an unlocked car; disk encrypted"));
    QCOMPARE(child<QPlainTextEdit>(&w, "rcaRootCauseEdit"), rootCause); // the form was not rebuilt
    QVERIFY(child<QLabel>(&w, "rcaStatusLabel")->text().contains(QStringLiteral("Unsaved")));
    QVERIFY(!first.isEmpty());
}

void TestTeamStore::serverAnnouncementsAloneRefresh()
{
    if (!onPostgres())
        QSKIP("PostgreSQL run only: SQLite has no change announcements (the poll covers it)");
    const QString spec = newSpec(QStringLiteral("listen"));
    QVERIFY(!spec.isEmpty());
    auto mine = openAs(spec, QStringLiteral("me"));
    QVERIFY(mine);
    ChangeFeed watcher;
    watcher.setStore(mine.get());
    QVERIFY(watcher.isListening());
    watcher.setShownSeq(*mine->auditLastSeq());
    // Only the server's announcement can tell now.
    child<QTimer>(&watcher, "storePollTimer")->stop();
    QSignalSpy changed(&watcher, &ChangeFeed::storeChanged);

    auto other = openAs(spec, QStringLiteral("other"));
    QVERIFY(other);
    seedIncident(*other, QStringLiteral("Announced"), Severity::Medium);
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, kLiveTimeoutMs);

    // Our own writes, once shown, are no news. Rather than wait a while
    // and see that nothing came, wait until our own announcement has been
    // delivered: this receiver is connected after the watcher's, so by
    // then the watcher has judged it, and no change may be pending.
    QList<qint64> heard;
    QObject listener;
    connect(mine->readConnection().driver(), &QSqlDriver::notification, &listener,
            [&heard](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                heard << payload.toString().section(QLatin1Char(' '), -1).toLongLong();
            });
    seedIncident(*mine, QStringLiteral("Mine"), Severity::Low);
    const qint64 own = *mine->auditLastSeq();
    watcher.setShownSeq(own);
    QTRY_VERIFY_WITH_TIMEOUT(heard.contains(own), kLiveTimeoutMs);
    QVERIFY(!child<QTimer>(&watcher, "storeChangeSettle")->isActive());
    QCOMPARE(changed.size(), 1);
    watcher.setStore(nullptr);
}

void TestTeamStore::teamStoreIsNamedInTitleAndStatusBar()
{
    if (!onPostgres())
        QSKIP("PostgreSQL run only");
    const QString spec = newSpec(QStringLiteral("names"));
    QVERIFY(!spec.isEmpty());
    MainWindow w(m_clock);
    w.resize(1280, 800); // the first size is bounded by the (small) offscreen screen
    w.show();
    QVERIFY(w.openStore(spec));
    const auto target = parsePostgresUrl(spec);
    QVERIFY(target);
    QVERIFY2(w.windowTitle().contains(target->database), qPrintable(w.windowTitle()));
    QVERIFY(w.windowTitle().contains(QStringLiteral("team store as firebreak_admin")));
    QVERIFY(w.windowTitle().contains(QStringLiteral("127.0.0.1")));
    auto *where = child<QLabel>(&w, "storePathLabel");
    QVERIFY2(where->text().startsWith(QStringLiteral("Team store: firebreak_admin@127.0.0.1:")),
             qPrintable(where->text()));
    QVERIFY(where->text().endsWith(target->database));
    QCOMPARE(where->toolTip(), target->display());
    QVERIFY(child<QLabel>(&w, "actorLabel")->text().contains(QStringLiteral("login firebreak_admin")));
    auto *live = child<QLabel>(&w, "liveStatusLabel");
    QVERIFY(live->isVisible());
    QCOMPARE(live->text(), QStringLiteral("● Live"));
    QCOMPARE(MainWindow::lastStorePath(), target->display());
}

void TestTeamStore::unreachableServerShowsErrorPageWithAddress()
{
    // Port 1 on the loopback: refused at once, no server needed.
    const QString address = QStringLiteral("postgresql://alice@127.0.0.1:1/ir?sslmode=disable");
    MainWindow w(m_clock);
    w.show();
    QVERIFY(!w.openStore(address));
    QCOMPARE(child<QStackedWidget>(&w, "centralStack")->currentWidget()->objectName(),
             QStringLiteral("storeErrorPage"));
    QCOMPARE(child<QLabel>(&w, "storeErrorHeadline")->text(), QStringLiteral("The team store could not be reached"));
    QCOMPARE(child<QLabel>(&w, "storeErrorPath")->text(), address);
    QVERIFY(child<QLabel>(&w, "storeErrorReason")->text().contains(QStringLiteral("127.0.0.1")));
    QVERIFY(child<QLabel>(&w, "storeErrorHint")->text().contains(QStringLiteral("VPN")));
    QVERIFY(child<QPushButton>(&w, "retryStoreButton")->isVisible());
    QVERIFY(child<QLabel>(&w, "storePathLabel")->text().contains(QStringLiteral("ir on 127.0.0.1")));
    QCOMPARE(w.windowTitle(), QStringLiteral("Firebreak"));

    if (onPostgres()) {
        // A server that answers, without such a database.
        QUrl wrong(pgAdminUrl());
        wrong.setPath(QStringLiteral("/no_such_case_store"));
        QVERIFY(!w.openStore(wrong.toString()));
        QCOMPARE(child<QLabel>(&w, "storeErrorHeadline")->text(),
                 QStringLiteral("The team store's database does not exist"));
        QCOMPARE(child<QLabel>(&w, "storeErrorPath")->text(), wrong.toString());
        // (An unknown login is asked for its password first: the server
        // does not tell which logins exist.)
        QVERIFY(child<QLabel>(&w, "storeErrorHint")->text().contains(QStringLiteral("administrator")));
        QVERIFY(!w.store());
    }
    QVERIFY(!w.openStore(address));

    // "Try again" tries the same address again.
    QTest::mouseClick(child<QPushButton>(&w, "retryStoreButton"), Qt::LeftButton);
    QCOMPARE(child<QLabel>(&w, "storeErrorPath")->text(), address);
    QVERIFY(!w.store());
}

void TestTeamStore::addressWithPasswordIsRefusedWithoutShowingIt()
{
    const QString secret = QStringLiteral("hunter2-") + randomHex();
    const QString address = QStringLiteral("postgresql://alice:%1@127.0.0.1:1/ir").arg(secret);

    OpenStoreDialog dialog;
    QSignalSpy chosen(&dialog, &OpenStoreDialog::storeChosen);
    dialog.show();
    child<QRadioButton>(&dialog, "teamStoreRadio")->click();
    auto *url = child<QLineEdit>(&dialog, "pgUrlEdit");
    url->setFocus();
    QTest::keyClicks(url, address);
    QVERIFY2(dialog.problem().contains(QStringLiteral("contains a password")), qPrintable(dialog.problem()));
    QVERIFY(child<QLabel>(&dialog, "openStoreProblem")->isVisible());
    QVERIFY(!child<QPushButton>(&dialog, "okButton")->isEnabled());
    dialog.accept();
    QCOMPARE(chosen.size(), 0);
    QVERIFY(dialog.isVisible());
    // ?password= is a password too.
    url->clear();
    QTest::keyClicks(url, QStringLiteral("postgresql://alice@127.0.0.1/ir?password=%1").arg(secret));
    QVERIFY(dialog.problem().contains(QStringLiteral("contains a password")));

    // The same address from --db or FIREBREAK_DB: refused, and never shown.
    MainWindow w(m_clock);
    w.show();
    QVERIFY(!w.openStore(address));
    QCOMPARE(child<QLabel>(&w, "storeErrorHeadline")->text(), QStringLiteral("This team store address cannot be used"));
    for (const char *name : {"storeErrorPath", "storeErrorReason", "storePathLabel"}) {
        const QString text = child<QLabel>(&w, name)->text();
        QVERIFY2(!text.contains(secret), name);
    }
    QVERIFY(child<QLabel>(&w, "storeErrorReason")->text().contains(QStringLiteral("contains a password")));
    QVERIFY(!child<QPushButton>(&w, "retryStoreButton")->isVisible());
    QVERIFY(!MainWindow::lastStorePath().contains(secret));
}

void TestTeamStore::dialogBuildsAddressFromFields()
{
    QCOMPARE(OpenStoreDialog::buildUrl(QStringLiteral("ir-db.example.org"), 6543, QStringLiteral("firebreak"),
                                       QStringLiteral("alice"), QStringLiteral("verify-full")),
             QStringLiteral("postgresql://alice@ir-db.example.org:6543/firebreak?sslmode=verify-full"));

    OpenStoreDialog dialog;
    dialog.show();
    QVERIFY(!dialog.isTeamStore());
    QVERIFY(child<QRadioButton>(&dialog, "fileStoreRadio")->isChecked());
    child<QRadioButton>(&dialog, "teamStoreRadio")->click();
    QVERIFY(dialog.isTeamStore());
    QVERIFY(!child<QPushButton>(&dialog, "okButton")->isEnabled()); // nothing filled in yet
    // prefer is the default; the hint recommends verify-full once the server is remote.
    auto *mode = child<QComboBox>(&dialog, "pgSslModeCombo");
    QCOMPARE(mode->currentData().toString(), QStringLiteral("prefer"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "pgHostEdit"), QStringLiteral("ir-db.example.org"));
    QVERIFY(child<QLabel>(&dialog, "pgSslHint")->text().contains(QStringLiteral("verify-full is recommended")));
    auto *port = child<QSpinBox>(&dialog, "pgPortSpin");
    QCOMPARE(port->value(), 5432);
    port->setValue(6543);
    QTest::keyClicks(child<QLineEdit>(&dialog, "pgDatabaseEdit"), QStringLiteral("firebreak"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "pgUserEdit"), QStringLiteral("alice"));
    mode->setCurrentIndex(mode->findData(QStringLiteral("verify-full")));
    QCOMPARE(child<QLineEdit>(&dialog, "pgUrlEdit")->text(),
             QStringLiteral("postgresql://alice@ir-db.example.org:6543/firebreak?sslmode=verify-full"));
    QCOMPARE(dialog.spec(), QStringLiteral("postgresql://alice@ir-db.example.org:6543/firebreak?sslmode=verify-full"));
    QVERIFY(dialog.problem().isEmpty());
    QVERIFY(child<QPushButton>(&dialog, "okButton")->isEnabled());
    QVERIFY(parsePostgresUrl(dialog.spec()));

    // Back to a file: the path must name an existing case file.
    child<QRadioButton>(&dialog, "fileStoreRadio")->click();
    child<QLineEdit>(&dialog, "storeFileEdit")->setText(m_dir.filePath(QStringLiteral("nope.sqlite")));
    QVERIFY(dialog.problem().contains(QStringLiteral("New Case Store")));
    QVERIFY(!child<QPushButton>(&dialog, "okButton")->isEnabled());
}

void TestTeamStore::dialogFillsFieldsFromPastedAddress()
{
    OpenStoreDialog dialog;
    dialog.show();
    child<QRadioButton>(&dialog, "teamStoreRadio")->click();
    auto *url = child<QLineEdit>(&dialog, "pgUrlEdit");
    QTest::keyClicks(url, QStringLiteral("postgresql://carol@10.0.0.7:5433/ir2026?sslmode=require&sslrootcert=/etc/"
                                         "firebreak/ca.crt"));
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    QCOMPARE(child<QLineEdit>(&dialog, "pgHostEdit")->text(), QStringLiteral("10.0.0.7"));
    QCOMPARE(child<QSpinBox>(&dialog, "pgPortSpin")->value(), 5433);
    QCOMPARE(child<QLineEdit>(&dialog, "pgDatabaseEdit")->text(), QStringLiteral("ir2026"));
    QCOMPARE(child<QLineEdit>(&dialog, "pgUserEdit")->text(), QStringLiteral("carol"));
    QCOMPARE(child<QComboBox>(&dialog, "pgSslModeCombo")->currentData().toString(), QStringLiteral("require"));
    // Editing a field keeps the option that has no field of its own.
    auto *database = child<QLineEdit>(&dialog, "pgDatabaseEdit");
    database->selectAll();
    QTest::keyClicks(database, QStringLiteral("ir2027"));
    QCOMPARE(
        url->text(),
        QStringLiteral("postgresql://carol@10.0.0.7:5433/ir2027?sslmode=require&sslrootcert=/etc/firebreak/ca.crt"));
    // Not an address at all.
    url->clear();
    QTest::keyClicks(url, QStringLiteral("mysql://carol@db/ir"));
    QVERIFY(dialog.problem().contains(QStringLiteral("postgresql://")));
    QVERIFY(!child<QPushButton>(&dialog, "okButton")->isEnabled());
}

void TestTeamStore::dialogOpensTheChosenStore()
{
    const QString spec = newSpec(QStringLiteral("chosen.sqlite"));
    QVERIFY(!spec.isEmpty());
    openAs(spec, QStringLiteral("seeder")).reset(); // exists, as "Open" wants
    MainWindow w(m_clock);
    w.show();
    child<QAction>(&w, "openStoreAction")->trigger();
    auto *dialog = qobject_cast<OpenStoreDialog *>(openDialog(&w, "openStoreDialog"));
    QVERIFY(dialog);
    if (onPostgres()) {
        child<QRadioButton>(dialog, "teamStoreRadio")->click();
        QTest::keyClicks(child<QLineEdit>(dialog, "pgUrlEdit"), spec);
    } else {
        child<QLineEdit>(dialog, "storeFileEdit")->setText(spec);
    }
    QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
    QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
    QTRY_VERIFY(w.store());
    QCOMPARE(w.store()->path(), onPostgres() ? parsePostgresUrl(spec)->display() : spec);
    QCOMPARE(child<QStackedWidget>(&w, "centralStack")->currentWidget()->objectName(), QStringLiteral("workspace"));

    // The dialog starts from the store that is open.
    child<QAction>(&w, "openStoreAction")->trigger();
    dialog = qobject_cast<OpenStoreDialog *>(openDialog(&w, "openStoreDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->isTeamStore(), onPostgres());
    QCOMPARE(dialog->spec(), w.store()->path());
    dialog->reject();
}

void TestTeamStore::passwordIsAskedAndNeverStored()
{
    if (!onPostgres())
        QSKIP("PostgreSQL run only: a case file has no password");
    const QString spec = newSpec(QStringLiteral("password"));
    QVERIFY(!spec.isEmpty());
    openAs(spec, QStringLiteral("admin")).reset(); // the schema, made by the admin
    // A login whose password is in no pgpass file: the server will ask.
    const QString login = QStringLiteral("fb_pw_") + randomHex();
    const QString password = QStringLiteral("pw-") + randomHex() + randomHex();
    QUrl url(spec);
    const QString dbname = url.path().mid(1);
    {
        QSqlDatabase admin = pgAdminConnection(dbname);
        QVERIFY2(admin.isOpen(), qPrintable(admin.lastError().text()));
        {
            QSqlQuery q(admin);
            QVERIFY2(q.exec(QStringLiteral("CREATE ROLE %1 LOGIN SUPERUSER PASSWORD '%2'").arg(login, password)),
                     qPrintable(q.lastError().text()));
        }
        pgDisconnect(admin);
    }
    url.setUserName(login);
    const QString address = url.toString();
    {
        MainWindow w(m_clock);
        w.show();
        QVERIFY(!w.openStore(address)); // the answer comes through the prompt

        // Behind the prompt: what is wanted, and from where.
        QCOMPARE(child<QLabel>(&w, "storeErrorHeadline")->text(), QStringLiteral("The team store needs your password"));
        QInputDialog *prompt = nullptr;
        QTRY_VERIFY((prompt = passwordPromptOf(&w)));
        QCOMPARE(prompt->textEchoMode(), QLineEdit::Password);
        QVERIFY(prompt->labelText().contains(login));
        QVERIFY(child<QLineEdit>(prompt, "storePasswordEdit"));
        // A mistyped password: asked again, saying so.
        prompt->setTextValue(QStringLiteral("not-it"));
        prompt->accept();
        QTRY_VERIFY((prompt = passwordPromptOf(&w)) && prompt->labelText().contains(QStringLiteral("refused")));
        QVERIFY(prompt->labelText().contains(QStringLiteral("try 2 of 3")));
        prompt->setTextValue(password);
        prompt->accept();
        QTRY_VERIFY(w.store());
        QCOMPARE(child<QStackedWidget>(&w, "centralStack")->currentWidget()->objectName(), QStringLiteral("workspace"));
        QVERIFY(child<QLabel>(&w, "actorLabel")->text().contains(QStringLiteral("· login ") + login));
        QVERIFY(w.windowTitle().contains(login));

        // Worker threads get a store of their own without asking again.
        bool reopened = false;
        QThread *worker = QThread::create([&] {
            auto again = w.store()->reopen(QStringLiteral("worker"));
            reopened = again && (*again)->auditLastSeq().ok();
        });
        worker->start();
        QVERIFY(worker->wait(30000));
        delete worker;
        QVERIFY(reopened);

        // Reopening the same store in this session (after the welcome) does not ask either.
        QVERIFY(w.openStore(w.store()->path()));
        QVERIFY(!passwordPromptOf(&w));

        // Three refusals: the error page says so, with "Try again".
        MainWindow other(m_clock);
        other.show();
        QVERIFY(!other.openStore(address));
        for (int i = 0; i < MainWindow::kMaxPasswordAttempts; ++i) {
            QTRY_VERIFY((prompt = passwordPromptOf(&other)));
            prompt->setTextValue(QStringLiteral("wrong-%1").arg(i));
            prompt->accept();
            QTRY_VERIFY(!prompt->isVisible());
        }
        QTRY_COMPARE(child<QLabel>(&other, "storeErrorHeadline")->text(),
                     QStringLiteral("The team store refused the password"));
        // The last password is tried from a queued call (MainWindow::askPassword):
        // run it now, then no fourth prompt may be open.
        QCoreApplication::sendPostedEvents();
        QVERIFY(!passwordPromptOf(&other));
        QVERIFY(child<QPushButton>(&other, "retryStoreButton")->isVisible());
        QVERIFY(!other.store());
    }
    // Nowhere in the settings.
    QSettings settings;
    settings.sync();
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(password), qPrintable(key));
    QFile file(settings.fileName());
    if (file.open(QIODevice::ReadOnly))
        QVERIFY(!file.readAll().contains(password.toUtf8()));
    QCOMPARE(MainWindow::lastStorePath(), parsePostgresUrl(address)->display());

    QSqlDatabase admin = pgAdminConnection(QStringLiteral("postgres"));
    {
        QSqlQuery q(admin);
        q.exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(dbname));
        q.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
    }
    pgDisconnect(admin);
}

void TestTeamStore::droppedConnectionsAreNoticedAndRecovered()
{
    if (!onPostgres())
        QSKIP("PostgreSQL run only");
    const QString spec = newSpec(QStringLiteral("dropped"));
    QVERIFY(!spec.isEmpty());
    MainWindow w(m_clock);
    w.show();
    QVERIFY(w.openStore(spec));
    const QString dbname = QUrl(spec).path().mid(1);
    QSqlDatabase admin = pgAdminConnection(dbname);
    QVERIFY2(admin.isOpen(), qPrintable(admin.lastError().text()));
    const QString others = QStringLiteral("FROM pg_stat_activity WHERE datname = current_database() "
                                          "AND pid <> pg_backend_pid()");
    auto terminate = [&](const QString &which) {
        QSqlQuery q(admin);
        return q.exec(QStringLiteral("SELECT pg_terminate_backend(pid) %1 %2").arg(others, which));
    };
    auto backends = [&] {
        QSqlQuery q(admin);
        return q.exec(QStringLiteral("SELECT count(*) %1").arg(others)) && q.next() ? q.value(0).toInt() : -1;
    };
    auto *live = child<QLabel>(&w, "liveStatusLabel");
    auto *banner = child<QLabel>(&w, "storeUnreachableBanner");
    QCOMPARE(live->text(), QStringLiteral("● Live"));

    // The window's own connection dropped (an idle timeout, a killed
    // backend): it listens again on a new one, without any alarm.
    auto *watcher = child<ChangeFeed>(&w, "storeWatcher");
    QVERIFY(watcher);
    QSignalSpy listening(watcher, &ChangeFeed::listeningChanged);
    QTRY_VERIFY_WITH_TIMEOUT(backends() >= 2, kLiveTimeoutMs); // the window's, and the poll's
    // The window's is the oldest: the poll's thread connects later.
    QVERIFY(terminate(QStringLiteral("ORDER BY backend_start LIMIT 1")));
    QTRY_VERIFY_WITH_TIMEOUT(listening.size() >= 2, kLiveTimeoutMs);
    QCOMPARE(listening.first().first().toBool(), false);
    QCOMPARE(listening.last().first().toBool(), true);
    QCOMPARE(live->text(), QStringLiteral("● Live"));
    QVERIFY(!banner->isVisible());
    // The announcements arrive on the new connection (the poll is stopped).
    child<QTimer>(watcher, "storePollTimer")->stop();
    auto other = openAs(spec, QStringLiteral("other"));
    QVERIFY(other);
    seedIncident(*other, QStringLiteral("After the dropped connection"), Severity::High);
    QTRY_VERIFY_WITH_TIMEOUT(listHasTitle(w, QStringLiteral("After the dropped connection")), kLiveTimeoutMs);
    child<QTimer>(watcher, "storePollTimer")->start();
    other.reset();

    // Every connection dropped, as in a server restart: said at the top
    // until a poll gets through again.
    QVERIFY(terminate({}));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kLiveTimeoutMs);
    QVERIFY(banner->text().contains(QStringLiteral("not answering")));
    QVERIFY(live->text().contains(QStringLiteral("Not answering")));
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), kLiveTimeoutMs);
    QTRY_COMPARE(live->text(), QStringLiteral("● Live"));

    other = openAs(spec, QStringLiteral("other"));
    QVERIFY(other);
    seedIncident(*other, QStringLiteral("After the restart"), Severity::High);
    QTRY_VERIFY_WITH_TIMEOUT(listHasTitle(w, QStringLiteral("After the restart")), kLiveTimeoutMs);
    // And this window writes again.
    NewIncident after;
    after.title = QStringLiteral("Written after");
    const auto written = w.store()->createIncident(after);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    pgDisconnect(admin);
}

QTEST_MAIN(TestTeamStore)
#include "tst_teamstore.moc"

// An observer's window says it is read-only and offers no writing action
// (the server would refuse them; the window says so before anyone tries).
void TestTeamStore::observerSeesAReadOnlyWindow()
{
    if (!onPostgres())
        QSKIP("PostgreSQL run only: a case file has no roles");
    const QString spec = newSpec(QStringLiteral("observer"));
    QVERIFY(!spec.isEmpty());
    const QString login = QStringLiteral("fb_obs_") + randomHex();
    const QString password = QStringLiteral("pw-") + randomHex() + randomHex();
    QUrl url(spec);
    {
        QSqlDatabase admin = pgAdminConnection(url.path().mid(1));
        QVERIFY2(admin.isOpen(), qPrintable(admin.lastError().text()));
        {
            QSqlQuery q(admin);
            QVERIFY2(q.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(login, password)),
                     qPrintable(q.lastError().text()));
        }
        pgDisconnect(admin);
    }
    {
        auto owner = openAs(spec, QStringLiteral("admin"));
        QVERIFY(owner);
        QVERIFY(owner->createIncident({QStringLiteral("Watched"), {}, Severity::High, {}, {}, {}, {}}).ok());
        auto granted = TeamAccess(*owner).grant(login, StoreRole::Observer);
        QVERIFY2(granted.ok(), qPrintable(granted.ok() ? QString() : granted.error().message));
    }
    url.setUserName(login);
    MainWindow w(m_clock);
    w.show();
    QVERIFY(!w.openStore(url.toString()));
    QInputDialog *prompt = nullptr;
    QTRY_VERIFY((prompt = passwordPromptOf(&w)));
    prompt->setTextValue(password);
    prompt->accept();
    QTRY_VERIFY(w.store());
    QVERIFY2(w.windowTitle().contains(QStringLiteral("read-only")), qPrintable(w.windowTitle()));
    const QString actor = child<QLabel>(&w, "actorLabel")->text();
    QVERIFY2(actor.contains(QStringLiteral("observer")), qPrintable(actor));
    QVERIFY(!child<QAction>(&w, "newIncidentAction")->isEnabled());
    QVERIFY(child<QLabel>(&w, "readOnlyBanner")->isVisible());
    QVERIFY(child<QLabel>(&w, "readOnlyBanner")->text().contains(login));
    QVERIFY(child<QAction>(&w, "refreshAction")->isEnabled());
    // What it shows is the shared data all the same.
    QTRY_COMPARE(w.findChild<QAbstractItemView *>(QStringLiteral("incidentTable"))->model()->rowCount(), 1);

    // The open incident's workspace offers no change either, and says why,
    // also after a refresh has recomputed every panel's buttons.
    // (The RCA's save and "Close incident…" are disabled for their own
    // reasons as well: nothing typed, steps open. Their tool tip tells.)
    const QStringList usable = {QStringLiteral("classifyButton"), QStringLiteral("timelineAddButton"),
                                QStringLiteral("addEvidenceFileButton"), QStringLiteral("phaseCombo")};
    const QStringList writing =
        usable + QStringList{QStringLiteral("rcaSaveButton"), QStringLiteral("closeIncidentButton")};
    const auto checkHeld = [&](bool held) {
        for (const QString &name : writing) {
            auto *control = w.findChild<QWidget *>(name);
            QVERIFY2(control, qPrintable(name));
            if (held || usable.contains(name))
                QVERIFY2(control->isEnabled() != held, qPrintable(name));
            QVERIFY2(control->toolTip().contains(login) == held,
                     qPrintable(name + QLatin1String(": ") + control->toolTip()));
        }
    };
    QTRY_VERIFY(w.findChild<QWidget *>(QStringLiteral("classifyButton")));
    checkHeld(true);
    child<QAction>(&w, "refreshAction")->trigger();
    QCoreApplication::processEvents();
    checkHeld(true);
    // Exporting is reading: still offered.
    QVERIFY(w.findChild<QWidget *>(QStringLiteral("timelineExportButton"))->isEnabled());

    // The same window on the same store as its owner: everything back.
    url.setUserName(QUrl(spec).userName());
    QVERIFY(w.openStore(url.toString()));
    QTRY_VERIFY(!child<QLabel>(&w, "readOnlyBanner")->isVisible());
    QTRY_VERIFY(w.findChild<QWidget *>(QStringLiteral("classifyButton"))->isEnabled());
    checkHeld(false);
}

// A server behind a dropped VPN: packets vanish, nothing refuses, and a
// connection attempt waits the whole connect_timeout. The window must not
// make one itself (its live view probes from its own thread): it stays
// usable, says the store is not answering, and writes again once it is.
void TestTeamStore::silentServerNeverBlocksTheWindow()
{
    if (!onPostgres())
        QSKIP("PostgreSQL run only");
    QUrl url(newSpec(QStringLiteral("silent")));
    QVERIFY(url.port() > 0);
    {
        auto owner = openAs(url.toString(), QStringLiteral("admin"));
        QVERIFY(owner);
        seedIncident(*owner, QStringLiteral("Before the VPN dropped"), Severity::High);
    }
    TcpProxy proxy(quint16(url.port()));
    QVERIFY(proxy.port() != 0);
    url.setPort(proxy.port());
    constexpr int kConnectTimeoutS = 20;
    url.setQuery(QStringLiteral("connect_timeout=%1").arg(kConnectTimeoutS));
    MainWindow w(m_clock);
    w.show();
    // ~/.pgpass names the server's port, not the proxy's: asked for.
    QVERIFY(!w.openStore(url.toString()));
    QInputDialog *prompt = nullptr;
    QTRY_VERIFY((prompt = passwordPromptOf(&w)));
    prompt->setTextValue(pgAdminPassword());
    prompt->accept();
    QTRY_VERIFY(w.store());
    auto *live = child<QLabel>(&w, "liveStatusLabel");
    auto *banner = child<QLabel>(&w, "storeUnreachableBanner");
    QTRY_COMPARE(live->text(), QStringLiteral("● Live"));

    proxy.setSilent(true);
    proxy.dropAll();
    // Every view re-reads the store on a refresh, and timers re-read it
    // too. One connection attempt from this thread would hold it for
    // kConnectTimeoutS; far less than that must pass (not a speed check:
    // the margin is many seconds).
    QElapsedTimer held;
    held.start();
    child<QAction>(&w, "refreshAction")->trigger();
    // The timers run meanwhile, until the window itself says so (a poll
    // unanswered for kStallMs).
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), ChangeFeed::kStallMs + kLiveTimeoutMs);
    child<QAction>(&w, "refreshAction")->trigger();
    QCoreApplication::processEvents();
    QVERIFY2(held.elapsed() < (kConnectTimeoutS - 5) * 1000,
             qPrintable(QStringLiteral("the window was held %1 ms").arg(held.elapsed())));
    QVERIFY(live->text().contains(QStringLiteral("Not answering")));
    // A change tried meanwhile fails at once, names the store, loses nothing.
    NewIncident during;
    during.title = QStringLiteral("Typed during the outage");
    const auto refused = w.store()->createIncident(during);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("cannot reach the case store")),
             qPrintable(refused.error().message));
    QVERIFY2(held.elapsed() < (kConnectTimeoutS - 5) * 1000,
             qPrintable(QStringLiteral("the window was held %1 ms").arg(held.elapsed())));

    // Back: the probe's attempt under way may still wait out its timeout.
    proxy.setSilent(false);
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), (kConnectTimeoutS + 15) * 1000);
    QTRY_COMPARE(live->text(), QStringLiteral("● Live"));
    NewIncident after;
    after.title = QStringLiteral("Written after the VPN came back");
    const auto written = w.store()->createIncident(after);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    QTRY_VERIFY_WITH_TIMEOUT(listHasTitle(w, QStringLiteral("Written after the VPN came back")), kLiveTimeoutMs);
}
