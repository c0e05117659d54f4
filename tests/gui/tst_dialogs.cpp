// The New incident, Add person and Add system dialogs, driven through the
// main window by objectName against a real case file.

#include "GuiTestSupport.h"

#include "ui/AddSystemDialog.h"
#include "ui/AuditLogModel.h"
#include "ui/IncidentListModel.h"
#include "ui/MainWindow.h"
#include "ui/PeopleModel.h"
#include "ui/ReadOnlyGate.h"
#include "ui/SystemsModel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace firebreak;
using namespace firebreak::guitest;
using ui::AuditLogModel;
using ui::IncidentListModel;
using ui::MainWindow;

class TestDialogs : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { initEnvironment(); }

    void createIncidentThroughDialog();
    void okDisabledWhileTitleEmpty();
    void awarenessBeforeDetectionIsRefused();
    void storeRefusalKeepsEverythingTyped();
    void addPersonAndSystem();
    void systemFieldShapes();
    void readOnlyGateHoldsWritingControls();

private:
    QString freshStore(const QString &name) const { return m_dir.filePath(name); }
    static QAbstractItemModel *model(const QObject *root, const char *name)
    {
        auto *view = child<QTableView>(root, name);
        return view ? view->model() : nullptr;
    }
    static QDialog *openNewIncident(MainWindow &w)
    {
        child<QAction>(&w, "newIncidentAction")->trigger();
        return openDialog(&w, "newIncidentDialog");
    }

    QTemporaryDir m_dir;
    ManualClock m_clock{startTime()};
};

void TestDialogs::createIncidentThroughDialog()
{
    MainWindow w(m_clock);
    w.show();
    QVERIFY(w.openStore(freshStore(QStringLiteral("create.sqlite"))));

    QPointer<QDialog> dialog = openNewIncident(w);
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "titleEdit"), QStringLiteral("Ransomware on FS01"));
    auto *severity = child<QComboBox>(dialog, "severityCombo");
    severity->setCurrentIndex(severity->findText(QStringLiteral("Critical")));
    QTest::keyClicks(child<QLineEdit>(dialog, "commanderEdit"), QStringLiteral("Claire Dubois"));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "descriptionEdit"), QStringLiteral("EDR alert: mass renames"));
    child<QCheckBox>(dialog, "awareAtCheck")->setChecked(true);
    auto *ok = child<QPushButton>(dialog, "okButton");
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull()); // closed and deleted

    QAbstractItemModel *list = model(&w, "incidentTable");
    QCOMPARE(list->rowCount(), 1);
    QCOMPARE(list->index(0, IncidentListModel::IdColumn).data().toString(), QStringLiteral("INC-2026-0001"));
    QCOMPARE(list->index(0, IncidentListModel::TitleColumn).data().toString(), QStringLiteral("Ransomware on FS01"));
    QCOMPARE(list->index(0, IncidentListModel::SeverityColumn).data().toString(), QStringLiteral("Critical"));
    QCOMPARE(list->index(0, IncidentListModel::CommanderColumn).data().toString(), QStringLiteral("Claire Dubois"));
    QCOMPARE(w.currentIncidentId(), QStringLiteral("INC-2026-0001"));

    QAbstractItemModel *audit = model(&w, "auditTable");
    QCOMPARE(audit->rowCount(), 1);
    // The log reads like a log; the record's ids stay one role away.
    QCOMPARE(audit->index(0, AuditLogModel::ActionColumn).data().toString(), QStringLiteral("Incident opened"));
    QCOMPARE(audit->index(0, 0).data(AuditLogModel::ActionIdRole).toString(), QStringLiteral("incident.create"));
    QCOMPARE(audit->index(0, AuditLogModel::ActorColumn).data().toString(), QStringLiteral("tester"));
    QCOMPARE(audit->index(0, AuditLogModel::ObjectColumn).data().toString(), QStringLiteral("Ransomware on FS01"));
    QCOMPARE(audit->index(0, 0).data(AuditLogModel::ObjectIdRole).toString(), QStringLiteral("INC-2026-0001"));

    const Incident stored = *w.store()->incident(QStringLiteral("INC-2026-0001"));
    QCOMPARE(stored.severity, Severity::Critical);
    QCOMPARE(stored.description, QStringLiteral("EDR alert: mass renames"));
    QCOMPARE(stored.awareAt, startTime()); // the editor defaults to the clock's now, in minutes
    QVERIFY(!stored.detectedAt.isValid()); // left unrecorded
    QCOMPARE(child<QLabel>(&w, "incidentTitleLabel")->text(), QStringLiteral("Ransomware on FS01"));
}

void TestDialogs::okDisabledWhileTitleEmpty()
{
    MainWindow w(m_clock);
    w.show();
    QVERIFY(w.openStore(freshStore(QStringLiteral("empty-title.sqlite"))));
    QPointer<QDialog> dialog = openNewIncident(w);
    QVERIFY(dialog);
    auto *ok = child<QPushButton>(dialog, "okButton");
    auto *title = child<QLineEdit>(dialog, "titleEdit");
    auto *hint = child<QLabel>(dialog, "validationHint");
    QVERIFY(!ok->isEnabled());
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(QStringLiteral("title is required")));

    QTest::keyClicks(title, QStringLiteral("   "));
    QVERIFY(!ok->isEnabled()); // blanks are not a title
    QTest::keyClick(title, Qt::Key_Return);
    QVERIFY(dialog && dialog->isVisible()); // Enter does not sneak past the check
    QCOMPARE(w.store()->incidents()->size(), 0);

    QTest::keyClicks(title, QStringLiteral("x"));
    QVERIFY(ok->isEnabled());
    QVERIFY(!hint->isVisible());
    title->clear();
    QVERIFY(!ok->isEnabled());
    QTest::mouseClick(child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(w.store()->incidents()->size(), 0);
}

void TestDialogs::awarenessBeforeDetectionIsRefused()
{
    MainWindow w(m_clock);
    w.show();
    QVERIFY(w.openStore(freshStore(QStringLiteral("times.sqlite"))));
    QDialog *dialog = openNewIncident(w);
    QTest::keyClicks(child<QLineEdit>(dialog, "titleEdit"), QStringLiteral("Data exfiltration"));
    child<QCheckBox>(dialog, "detectedAtCheck")->setChecked(true);
    child<QCheckBox>(dialog, "awareAtCheck")->setChecked(true);
    auto *aware = child<QDateTimeEdit>(dialog, "awareAtEdit");
    aware->setDateTime(aware->dateTime().addSecs(-3600));
    QVERIFY(!child<QPushButton>(dialog, "okButton")->isEnabled());
    QVERIFY(child<QLabel>(dialog, "validationHint")->text().contains(QStringLiteral("before detected at")));
    aware->setDateTime(aware->dateTime().addSecs(2 * 3600)); // now an hour in the future
    QVERIFY(child<QLabel>(dialog, "validationHint")->text().contains(QStringLiteral("in the future")));
    aware->setDateTime(aware->dateTime().addSecs(-3600));
    QVERIFY(child<QPushButton>(dialog, "okButton")->isEnabled());
}

void TestDialogs::storeRefusalKeepsEverythingTyped()
{
    const QString db = freshStore(QStringLiteral("locked.sqlite"));
    MainWindow w(m_clock);
    w.show();
    QVERIFY(w.openStore(db));
    QPointer<QDialog> dialog = openNewIncident(w);
    QTest::keyClicks(child<QLineEdit>(dialog, "titleEdit"), QStringLiteral("Suspicious VPN logins"));
    QTest::keyClicks(child<QLineEdit>(dialog, "commanderEdit"), QStringLiteral("Marc Leroy"));

    // Another program holds the write lock (an open sqlite3 transaction).
    const QString lockName = QStringLiteral("lock-holder");
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), lockName);
        holder.setDatabaseName(db);
        QVERIFY(holder.open());
        QSqlQuery q(holder);
        QVERIFY2(q.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(q.lastError().text()));

        QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
        QVERIFY(dialog && dialog->isVisible());
        auto *error = child<QLabel>(dialog, "errorLabel");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("locked")), qPrintable(error->text()));
        QCOMPARE(child<QLineEdit>(dialog, "titleEdit")->text(), QStringLiteral("Suspicious VPN logins"));
        QCOMPARE(child<QLineEdit>(dialog, "commanderEdit")->text(), QStringLiteral("Marc Leroy"));
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        holder.close();
    }
    QSqlDatabase::removeDatabase(lockName);

    QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton); // try again
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(model(&w, "incidentTable")->rowCount(), 1);
    QCOMPARE(w.store()->incident(QStringLiteral("INC-2026-0001"))->commander, QStringLiteral("Marc Leroy"));
}

void TestDialogs::addPersonAndSystem()
{
    const QString db = freshStore(QStringLiteral("people.sqlite"));
    {
        auto store = openStore(db, m_clock);
        seedIncident(*store, QStringLiteral("Ransomware on FS01"), Severity::Critical);
    }
    MainWindow w(m_clock);
    w.show();
    QVERIFY(w.openStore(db));
    QCOMPARE(w.currentIncidentId(), QStringLiteral("INC-2026-0001"));
    QVERIFY(child<QAction>(&w, "addPersonAction")->isEnabled());

    QTest::mouseClick(child<QPushButton>(&w, "addPersonButton"), Qt::LeftButton);
    QPointer<QDialog> person = openDialog(&w, "addPersonDialog");
    QVERIFY(person);
    QVERIFY(!child<QPushButton>(person, "okButton")->isEnabled());
    child<QLineEdit>(person, "nameEdit")->setText(QStringLiteral("Inès Haddad")); // keyClicks is ASCII-only
    child<QComboBox>(person, "roleCombo")->setEditText(QStringLiteral("Forensic examiner"));
    QTest::keyClicks(child<QLineEdit>(person, "contactEdit"), QStringLiteral("+33 6 98 76 54 32"));
    QTest::mouseClick(child<QPushButton>(person, "okButton"), Qt::LeftButton);
    QTRY_VERIFY(person.isNull());

    QAbstractItemModel *people = model(&w, "peopleTable");
    QCOMPARE(people->rowCount(), 1);
    QCOMPARE(people->index(0, ui::PeopleModel::NameColumn).data().toString(), QStringLiteral("Inès Haddad"));
    QCOMPARE(people->index(0, ui::PeopleModel::RoleColumn).data().toString(), QStringLiteral("Forensic examiner"));

    QTest::mouseClick(child<QPushButton>(&w, "addSystemButton"), Qt::LeftButton);
    QPointer<QDialog> system = openDialog(&w, "addSystemDialog");
    QVERIFY(system);
    auto *ok = child<QPushButton>(system, "okButton");
    QTest::keyClicks(child<QLineEdit>(system, "hostnameEdit"), QStringLiteral("fs01.corp.example"));
    QVERIFY(ok->isEnabled());
    auto *ip = child<QLineEdit>(system, "ipEdit");
    QTest::keyClicks(ip, QStringLiteral("10.0.4.300"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(child<QLabel>(system, "validationHint")->text().contains(QStringLiteral("10.0.4.300")));
    ip->setText(QStringLiteral("10.0.4.17, fe80::1"));
    QTest::keyClicks(child<QLineEdit>(system, "macEdit"), QStringLiteral("00:1A:2B:3C:4D:5E"));
    QTest::keyClicks(child<QLineEdit>(system, "ownerEdit"), QStringLiteral("IT infrastructure"));
    QTest::keyClicks(child<QLineEdit>(system, "locationEdit"), QStringLiteral("Paris DC, rack B4"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(system.isNull());

    QAbstractItemModel *systems = model(&w, "systemsTable");
    QCOMPARE(systems->rowCount(), 1);
    QCOMPARE(systems->index(0, ui::SystemsModel::HostnameColumn).data().toString(),
             QStringLiteral("fs01.corp.example"));
    QCOMPARE(systems->index(0, ui::SystemsModel::IpColumn).data().toString(), QStringLiteral("10.0.4.17, fe80::1"));
    QCOMPARE(systems->index(0, ui::SystemsModel::MacColumn).data().toString(), QStringLiteral("00:1a:2b:3c:4d:5e"));

    QAbstractItemModel *audit = model(&w, "auditTable");
    QCOMPARE(audit->rowCount(), 3);
    QCOMPARE(audit->index(1, AuditLogModel::ActionColumn).data().toString(), QStringLiteral("Person added"));
    QCOMPARE(audit->index(1, 0).data(AuditLogModel::ActionIdRole).toString(), QStringLiteral("person.add"));
    QCOMPARE(audit->index(2, AuditLogModel::ActionColumn).data().toString(), QStringLiteral("System added"));
    QCOMPARE(audit->index(2, 0).data(AuditLogModel::ActionIdRole).toString(), QStringLiteral("system.add"));
    QCOMPARE(audit->index(2, AuditLogModel::ObjectColumn).data().toString(), QStringLiteral("fs01.corp.example"));
    // Selecting a row shows the record behind it: action id, hashes, raw JSON.
    auto *auditView = child<QAbstractItemView>(&w, "auditTable");
    auditView->setCurrentIndex(audit->index(2, AuditLogModel::ActionColumn));
    const QString details = child<QPlainTextEdit>(&w, "auditDetails")->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("system.add")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("entry_hash ")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("\"hostname\": \"fs01.corp.example\"")), qPrintable(details));
    QCOMPARE(child<QLabel>(&w, "chainStatusLabel")->text(), QStringLiteral("✓ Audit chain intact · 3 entries"));
}

void TestDialogs::systemFieldShapes()
{
    using ui::AddSystemDialog;
    QVERIFY(AddSystemDialog::isHostname(QStringLiteral("FS01")));
    QVERIFY(AddSystemDialog::isHostname(QStringLiteral("ws_fin-023.corp.example")));
    QVERIFY(!AddSystemDialog::isHostname(QStringLiteral("file server")));
    QVERIFY(!AddSystemDialog::isHostname(QStringLiteral("-bad")));
    QVERIFY(AddSystemDialog::isIpList(QString()));
    QVERIFY(AddSystemDialog::isIpList(QStringLiteral("10.0.0.1 192.168.1.20;fe80::1")));
    QVERIFY(!AddSystemDialog::isIpList(QStringLiteral("10.0.0")));
    QVERIFY(AddSystemDialog::isMacList(QStringLiteral("00-1a-2b-3c-4d-5e")));
    QVERIFY(!AddSystemDialog::isMacList(QStringLiteral("00:1a-2b:3c:4d:5e")));
    QVERIFY(!AddSystemDialog::isMacList(QStringLiteral("001a2b3c4d5e")));
}

// An observer's window: controls marked as writing stay disabled whatever
// their panel asks, say why, and come back as the panel last wanted them.
void TestDialogs::readOnlyGateHoldsWritingControls()
{
    namespace readonly = ui::readonly;
    QWidget panel;
    auto *save = readonly::writes(new QPushButton(QStringLiteral("Save"), &panel));
    save->setToolTip(QStringLiteral("Save the form"));
    auto *copy = new QPushButton(QStringLiteral("Copy"), &panel); // reading: never held
    panel.show();

    readonly::setActive(true, QStringLiteral("Read-only: observer ada"));
    QVERIFY(readonly::isActive());
    QVERIFY(!save->isEnabled());
    QCOMPARE(save->toolTip(), QStringLiteral("Read-only: observer ada"));
    QVERIFY(copy->isEnabled());

    // The panel's own logic (a selection changed) enables it: still held.
    save->setEnabled(true);
    QVERIFY(!save->isEnabled());
    // Nor does a tool tip the panel sets to explain its own state; that one
    // is what comes back.
    save->setToolTip(QStringLiteral("Nothing to save yet"));
    QCOMPARE(save->toolTip(), QStringLiteral("Read-only: observer ada"));
    // A control created while the store is read-only starts held.
    auto *late = readonly::writes(new QPushButton(QStringLiteral("Add"), &panel));
    QVERIFY(!late->isEnabled());
    // A disabled parent enabled again does not free a held child.
    panel.setEnabled(false);
    panel.setEnabled(true);
    QVERIFY(!save->isEnabled());
    QVERIFY(copy->isEnabled());

    readonly::setActive(false);
    QVERIFY(save->isEnabled());
    QCOMPARE(save->toolTip(), QStringLiteral("Nothing to save yet"));
    QVERIFY(late->isEnabled());

    // Held while disabled by its panel: released, it stays disabled.
    save->setEnabled(false);
    readonly::setActive(true, QStringLiteral("Read-only"));
    readonly::setActive(false);
    QVERIFY(!save->isEnabled());
}

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
