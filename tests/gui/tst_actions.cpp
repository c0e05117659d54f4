// No dead controls: in the demo store, every enabled menu action and every
// visible enabled button of the main window and of each tab of the incident
// workspace, clicked with the mouse (actions triggered as the menu does),
// must open a window, change what the window shows, or record something in
// the store. A control that cannot act now must be disabled and say why in
// its tool tip. This is the test that would have caught "Hand over
// evidence…" being connected to nothing.
//
// Also the first launch as a user meets it: an empty profile, the welcome
// on top of the main window, fields filled and Start clicked with the mouse
// (that click used to crash inside QDialog::finished and the profile was
// then saved blank).

#include "GuiTestSupport.h"

#include "ui/DemoData.h"
#include "ui/FirstRun.h"
#include "ui/MainWindow.h"
#include "ui/Preferences.h"
#include "ui/SettingsDialog.h"
#include "ui/WelcomeDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace firebreak;
using namespace firebreak::guitest;

namespace {

// What a user could see change: every visible widget's kind, name, state
// and text, the item views' sizes and current rows, and the store's audit
// head (a click that records something changes it).
QString fingerprint(const QWidget *window, const CaseStore *store)
{
    QStringList parts;
    for (const QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        QString p = QString::fromLatin1(w->metaObject()->className()) + QLatin1Char('#') + w->objectName();
        p += w->isEnabled() ? QStringLiteral("+") : QStringLiteral("-");
        if (auto *b = qobject_cast<const QAbstractButton *>(w))
            p += b->text() + (b->isChecked() ? QStringLiteral("[x]") : QString());
        else if (auto *l = qobject_cast<const QLabel *>(w))
            p += l->text();
        else if (auto *e = qobject_cast<const QLineEdit *>(w))
            p += e->text();
        else if (auto *c = qobject_cast<const QComboBox *>(w))
            p += c->currentText();
        else if (auto *v = qobject_cast<const QAbstractItemView *>(w); v && v->model())
            p += QStringLiteral("%1x%2@%3")
                     .arg(v->model()->rowCount())
                     .arg(v->model()->columnCount())
                     .arg(v->currentIndex().row());
        else if (auto *t = qobject_cast<const QTabWidget *>(w))
            p += QString::number(t->currentIndex());
        parts << p;
    }
    if (auto *main = qobject_cast<const QMainWindow *>(window))
        parts << QStringLiteral("status:") + main->statusBar()->currentMessage();
    if (const QWidget *focus = QApplication::focusWidget())
        parts << QStringLiteral("focus:") + focus->objectName() + QLatin1Char('/') +
                     QLatin1String(focus->metaObject()->className());
    if (store) {
        const auto head = store->auditLastSeq();
        parts << QStringLiteral("audit:%1").arg(head ? *head : -1);
    }
    return parts.join(QLatin1Char('\n'));
}

QSet<QWidget *> visibleTopLevels()
{
    QSet<QWidget *> out;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->isVisible())
            out.insert(w);
    return out;
}

// Closes every top-level window that was not there before; returns their names.
QStringList closeNewWindows(const QSet<QWidget *> &before)
{
    QStringList names;
    for (QWidget *w : visibleTopLevels()) {
        if (before.contains(w))
            continue;
        names << (w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName());
        if (auto *d = qobject_cast<QDialog *>(w))
            d->reject();
        else
            w->close();
    }
    QCoreApplication::processEvents();
    return names;
}

QString describe(const QObject *o, const QString &text)
{
    return QStringLiteral("%1 “%2”").arg(o->objectName().isEmpty() ? QStringLiteral("(unnamed)") : o->objectName(),
                                         QString(text).remove(QLatin1Char('&')));
}

} // namespace

class TestActions : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void firstLaunchWithTheMouse();
    void welcomeRefusesAnEmptyExaminer();
    void settingsEditTheSameProfile();
    void noDeadControls();

private:
    // Clicks or triggers `what`; fails unless something happened.
    void exercise(ui::MainWindow &w, QObject *what, const QString &name, const std::function<void()> &act);
    QTemporaryDir m_dir;
};

void TestActions::initTestCase()
{
    initEnvironment();
    QVERIFY(m_dir.isValid());
}

void TestActions::firstLaunchWithTheMouse()
{
    // The audit trail must name the examiner typed in the welcome, so the
    // fixed test actor is out of the way here.
    const QByteArray actor = qgetenv("FIREBREAK_ACTOR");
    qunsetenv("FIREBREAK_ACTOR");
    auto restore = qScopeGuard([&] { qputenv("FIREBREAK_ACTOR", actor); });
    QSettings().clear();

    SystemClock clock;
    const QString path = m_dir.filePath(QStringLiteral("first.sqlite"));
    ui::MainWindow window(clock);
    window.resize(1366, 768);
    window.show();
    QVERIFY(window.openStore(path));
    QSettings settings;
    QPointer<ui::WelcomeDialog> welcome = ui::offerWelcome(window, settings, [] { QFAIL("demo not asked for"); });
    QVERIFY(welcome);
    QVERIFY(QTest::qWaitForWindowExposed(welcome));
    auto *examiner = child<QLineEdit>(welcome, "examinerEdit");
    examiner->clear();
    QTest::keyClicks(examiner, QStringLiteral("Grace Hopper"));
    child<QLineEdit>(welcome, "organisationEdit")->setText(QStringLiteral("Acme CSIRT"));
    child<QComboBox>(welcome, "timeZoneCombo")->setCurrentText(QStringLiteral("Europe/Paris"));
    QTest::mouseClick(child<QPushButton>(welcome, "okButton"), Qt::LeftButton);

    // The dialog goes away by itself, the process is alive, and the store
    // was reopened (after the dialog finished) in the examiner's name.
    QTRY_VERIFY(welcome.isNull());
    QTRY_COMPARE(window.store()->actor(), QStringLiteral("Grace Hopper"));
    const auto p = ui::ExaminerProfile::load(settings);
    QCOMPARE(p.examiner, QStringLiteral("Grace Hopper"));
    QCOMPARE(p.organisation, QStringLiteral("Acme CSIRT"));
    QCOMPARE(p.timeZone, QStringLiteral("Europe/Paris"));
    QVERIFY(!p.evidenceFolder.isEmpty());
    QVERIFY(ui::ExaminerProfile::exists(settings));

    // The first record made afterwards names the examiner, not the login.
    NewIncident spec;
    spec.title = QStringLiteral("After the welcome");
    spec.severity = Severity::High;
    QVERIFY(window.store()->createIncident(spec).ok());
    const auto log = window.store()->auditLog();
    QVERIFY(log.ok());
    QCOMPARE(log->constLast().actor, QStringLiteral("Grace Hopper"));

    // Not offered again.
    QVERIFY(!ui::offerWelcome(window, settings, {}));
}

void TestActions::welcomeRefusesAnEmptyExaminer()
{
    QSettings settings(m_dir.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
    ui::WelcomeDialog dialog(settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    child<QLineEdit>(&dialog, "examinerEdit")->clear();
    QTest::mouseClick(child<QPushButton>(&dialog, "okButton"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(!ui::ExaminerProfile::exists(settings));
    auto *error = child<QLabel>(&dialog, "errorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("examiner")), qPrintable(error->text()));

    // An unknown zone is named, not saved.
    QTest::keyClicks(child<QLineEdit>(&dialog, "examinerEdit"), QStringLiteral("Ada"));
    child<QComboBox>(&dialog, "timeZoneCombo")->setCurrentText(QStringLiteral("Mars/Olympus"));
    QTest::mouseClick(child<QPushButton>(&dialog, "okButton"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Mars/Olympus")), qPrintable(error->text()));
    QVERIFY(!ui::ExaminerProfile::exists(settings));

    // "Later" marks the welcome seen and blanks nothing already known.
    settings.setValue(QStringLiteral("profile/organisation"), QStringLiteral("Kept SA"));
    QTest::mouseClick(child<QPushButton>(&dialog, "cancelButton"), Qt::LeftButton);
    QVERIFY(ui::ExaminerProfile::exists(settings));
    QCOMPARE(ui::ExaminerProfile::load(settings).organisation, QStringLiteral("Kept SA"));
}

void TestActions::settingsEditTheSameProfile()
{
    const QString ini = m_dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings settings(ini, QSettings::IniFormat);
        ui::ExaminerProfile p;
        p.examiner = QStringLiteral("Grace Hopper");
        p.timeZone = QStringLiteral("UTC");
        p.evidenceFolder = QStringLiteral("/srv/evidence");
        p.save(settings);
    }
    QSettings settings(ini, QSettings::IniFormat);
    ui::SettingsDialog dialog(settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(child<QLineEdit>(&dialog, "examinerEdit")->text(), QStringLiteral("Grace Hopper"));

    // Bad input is refused field by field and nothing is saved.
    auto *error = child<QLabel>(&dialog, "errorLabel");
    child<QLineEdit>(&dialog, "logoEdit")->setText(m_dir.filePath(QStringLiteral("missing.png")));
    QTest::mouseClick(child<QPushButton>(&dialog, "okButton"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("missing.png")), qPrintable(error->text()));

    const QString logo = m_dir.filePath(QStringLiteral("logo.png"));
    QImage image(120, 40, QImage::Format_RGB32);
    image.fill(Qt::darkBlue);
    QVERIFY(image.save(logo));
    child<QLineEdit>(&dialog, "logoEdit")->setText(logo);
    child<QLineEdit>(&dialog, "alertThresholdsEdit")->setText(QStringLiteral("80%, soon"));
    QTest::mouseClick(child<QPushButton>(&dialog, "okButton"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("soon")), qPrintable(error->text()));
    QCOMPARE(ui::ExaminerProfile::load(settings).logoPath, QString());

    child<QLineEdit>(&dialog, "alertThresholdsEdit")->setText(QStringLiteral("80%, 2h, overdue"));
    auto *examiner = child<QLineEdit>(&dialog, "examinerEdit");
    examiner->clear();
    QTest::keyClicks(examiner, QStringLiteral("Ada Lovelace"));
    auto *language = child<QComboBox>(&dialog, "languageCombo");
    language->setCurrentIndex(language->findData(QStringLiteral("fr")));
    QTest::mouseClick(child<QPushButton>(&dialog, "okButton"), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QVERIFY(dialog.examinerChanged());
    QVERIFY(dialog.languageChanged());

    const auto p = ui::ExaminerProfile::load(settings);
    QCOMPARE(p.examiner, QStringLiteral("Ada Lovelace"));
    QCOMPARE(p.logoPath, logo);
    QCOMPARE(p.evidenceFolder, QStringLiteral("/srv/evidence"));
    QCOMPARE(settings.value(QStringLiteral("alerts/thresholds")).toStringList(),
             QStringList({QStringLiteral("80%"), QStringLiteral("2h"), QStringLiteral("overdue")}));
    QCOMPARE(ui::preferredLanguage(settings), QStringLiteral("fr"));
}

void TestActions::exercise(ui::MainWindow &w, QObject *what, const QString &name, const std::function<void()> &act)
{
    const QSet<QWidget *> before = visibleTopLevels();
    const QString state = fingerprint(&w, w.store());
    act();
    QTest::qWait(50);
    const QStringList opened = closeNewWindows(before);
    if (!opened.isEmpty()) {
        // Back to the main window, as after closing a dialog.
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        return;
    }
    QVERIFY2(
        fingerprint(&w, w.store()) != state,
        qPrintable(QStringLiteral("%1 did nothing: no window opened, nothing changed, nothing recorded").arg(name)));
    Q_UNUSED(what);
}

void TestActions::noDeadControls()
{
    QTemporaryDir dir;
    SystemClock clock;
    auto path = ui::demo::createDemoStore(dir.path(), clock);
    QVERIFY(path.ok());
    ui::MainWindow w(clock);
    w.resize(1366, 768);
    w.show();
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(w.openStore(*path, ui::MainWindow::StoreKind::Demo));
    for (const Incident &i : *w.store()->incidents())
        if (i.severity == Severity::Critical)
            w.selectIncident(i.id);
    QVERIFY(!w.currentIncidentId().isEmpty());

    // Menu actions, as the menu triggers them. Quit is checked for a
    // receiver only: triggering it would end the test.
    QSet<QString> seen;
    for (QAction *menu : w.menuBar()->actions()) {
        for (QAction *a : menu->menu()->actions()) {
            if (a->isSeparator() || seen.contains(a->objectName()))
                continue;
            seen.insert(a->objectName());
            const QString name = describe(a, a->text());
            if (!a->isEnabled()) {
                QVERIFY2(!a->toolTip().isEmpty(), qPrintable(name + QStringLiteral(" is disabled without saying why")));
                continue;
            }
            if (a->objectName() == QLatin1String("quitAction")) {
                // disconnect() says whether there was a connection to remove.
                QVERIFY2(QObject::disconnect(a, &QAction::triggered, nullptr, nullptr), "Quit is connected to nothing");
                continue;
            }
            // From the incident list, as a user would reach for the menu.
            if (auto *table = w.findChild<QWidget *>(QStringLiteral("incidentTable")))
                table->setFocus();
            exercise(w, a, name, [a] { a->trigger(); });
        }
    }

    // Every tab, every visible button in it, clicked with the mouse. The
    // list is taken again after each click: a click may show new buttons.
    auto *tabs = child<QTabWidget>(&w, "detailTabs");
    QVERIFY(tabs);
    QStringList checked;
    for (int t = 0; t < tabs->count(); ++t) {
        const QString tabName = tabs->tabText(t).remove(QLatin1Char('&'));
        for (bool more = true; more;) {
            more = false;
            tabs->setCurrentIndex(t);
            QCoreApplication::processEvents();
            for (QAbstractButton *b : tabs->widget(t)->findChildren<QAbstractButton *>()) {
                if (!b->isVisible())
                    continue;
                const QString key = tabName + QLatin1Char('/') + b->objectName() + QLatin1Char('/') + b->text();
                if (seen.contains(key))
                    continue;
                seen.insert(key);
                const QString name = tabName + QStringLiteral(": ") + describe(b, b->text());
                if (!b->isEnabled()) {
                    QVERIFY2(!b->toolTip().isEmpty(),
                             qPrintable(name + QStringLiteral(" is disabled without a tool tip saying why")));
                    continue;
                }
                checked << name;
                QPointer<QAbstractButton> guard(b);
                // Focus moves to a clicked button: not an effect of the button.
                b->setFocus(Qt::MouseFocusReason);
                QCoreApplication::processEvents();
                exercise(w, b, name, [guard] {
                    if (!guard)
                        return;
                    // A check box toggles on its box or text, not on the empty
                    // stretch a layout may give it to the right.
                    const bool box = guard->inherits("QCheckBox") || guard->inherits("QRadioButton");
                    const QPoint at =
                        box ? QPoint(std::min(8, guard->width() / 2), guard->height() / 2) : guard->rect().center();
                    QTest::mouseClick(guard, Qt::LeftButton, {}, at);
                });
                more = true; // the click may have rebuilt the tab: look again
                break;
            }
        }
    }
    qInfo().noquote() << "clicked" << checked.size() << "buttons:" << checked.join(QStringLiteral("; "));
    QVERIFY(checked.size() > 10);
}

QTEST_MAIN(TestActions)
#include "tst_actions.moc"
