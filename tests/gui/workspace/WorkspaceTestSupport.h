#pragma once

// Helpers for the workspace widget tests: a real SQLite case file in a
// temporary folder, a manual clock, the shipped playbooks and clock rules,
// and widgets found by objectName. No fakes of the store.

#include "model/CaseStore.h"
#include "model/clocks/ClockService.h"
#include "model/response/ResponseService.h"

#include <QCoreApplication>
#include <QDialog>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <QWidget>

#include <memory>

namespace firebreak::wstest {

inline QDateTime startTime()
{
    return QDateTime(QDate(2026, 3, 14), QTime(2, 0), QTimeZone::utc());
}

inline void initEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FirebreakTests"));
    QCoreApplication::setApplicationName(QStringLiteral("firebreak-workspace-tests"));
    QSettings().clear();
}

// One case file with the services the workspace needs.
struct Bench {
    ManualClock clock{startTime()};
    std::unique_ptr<CaseStore> store;
    std::unique_ptr<ClockService> clocks;
    std::unique_ptr<ResponseService> response;

    explicit Bench(const QString &path)
    {
        auto s = CaseStore::openSqlite(path, clock, QStringLiteral("tester"));
        if (!s)
            qFatal("cannot open test store %s: %s", qPrintable(path), qPrintable(s.error().message));
        store = std::move(s).value();
        clocks = std::make_unique<ClockService>(*store, ruleloader::load());
        response = std::make_unique<ResponseService>(*store, clocks.get());
    }

    // An incident with the steps of a shipped playbook.
    Incident createFromPlaybook(const QString &title, const QString &playbookId = QStringLiteral("generic"))
    {
        const PlaybookSet set = playbooks::load();
        const Playbook *book = set.find(playbookId);
        if (!book)
            qFatal("no playbook %s", qPrintable(playbookId));
        NewIncident spec;
        spec.title = title;
        spec.severity = Severity::High;
        spec.commander = QStringLiteral("Claire Dubois");
        spec.detectedAt = clock.nowUtc().addSecs(-3600);
        spec.playbookId = playbookId;
        auto created = store->createIncident(spec, book->steps);
        if (!created)
            qFatal("cannot create incident: %s", qPrintable(created.error().message));
        return *created;
    }
};

template <typename T> T *child(const QObject *root, const char *name)
{
    return root ? root->findChild<T *>(QLatin1String(name)) : nullptr;
}

// The visible dialog with this objectName under `root`, if one is open.
inline QDialog *openDialog(const QObject *root, const char *name)
{
    const auto all = root->findChildren<QDialog *>(QLatin1String(name));
    for (QDialog *d : all)
        if (d->isVisible())
            return d;
    return nullptr;
}

// Shows `w` at the size the UX is judged at, active, as a user would see it.
inline void showActive(QWidget &w)
{
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
}

// Offscreen has no window manager to hand activation back after a dialog
// closes; a real desktop does. Shortcuts need an active window.
inline void reactivate(QWidget &w)
{
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
}

// Lets pending layout requests run, as the event loop would before painting.
inline QWidget &settled(QWidget &w)
{
    QTest::qWait(20);
    return w;
}

inline void click(QWidget *w)
{
    QVERIFY2(w, "widget not found");
    QVERIFY2(w->isVisible() && w->isEnabled(), qPrintable(w->objectName()));
    QTest::mouseClick(w, Qt::LeftButton);
}

inline void clickRow(QListWidget *list, int row)
{
    QListWidgetItem *item = list->item(row);
    QVERIFY(item);
    list->scrollToItem(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    QCOMPARE(list->currentRow(), row);
}

inline IncidentStep stepOf(ResponseService &response, const QString &id, const QString &stepId)
{
    for (const IncidentStep &s : *response.steps(id))
        if (s.stepId == stepId)
            return s;
    return {};
}

} // namespace firebreak::wstest
