#pragma once

// Helpers for the widget tests: real SQLite files in temporary folders, a
// manual clock, widgets found by objectName. No fakes of the store.

#include "model/CaseStore.h"
#include "support/TestSupport.h"

#include <QCoreApplication>
#include <QDialog>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>
#include <QUuid>

namespace firebreak::guitest {

inline QDateTime startTime()
{
    return QDateTime(QDate(2026, 3, 14), QTime(2, 0), QTimeZone::utc());
}

// Keeps tests away from the user's settings and names a fixed actor.
inline void initEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FirebreakTests"));
    QCoreApplication::setApplicationName(QStringLiteral("firebreak-gui-tests"));
    // One settings file per test program: ctest runs GUI tests in parallel, and one
    // program's profile (tst_gui_actions picks "CNIL (France)") must not show in another's dialogs.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QLatin1Char('/') +
                           QFileInfo(QCoreApplication::applicationFilePath()).baseName());
    QSettings().clear();
    qputenv("FIREBREAK_ACTOR", "tester");
}

inline std::unique_ptr<CaseStore> openStore(const QString &path, const Clock &clock)
{
    auto s = CaseStore::openSqlite(path, clock, QStringLiteral("seeder"));
    if (!s)
        qFatal("cannot open test store %s: %s", qPrintable(path), qPrintable(s.error().message));
    return std::move(s).value();
}

inline Incident seedIncident(CaseStore &store, const QString &title, Severity severity, const QString &commander = {})
{
    NewIncident spec;
    spec.title = title;
    spec.severity = severity;
    spec.commander = commander;
    auto created = store.createIncident(spec);
    if (!created)
        qFatal("cannot seed incident: %s", qPrintable(created.error().message));
    return *created;
}

// Edits a case file behind Firebreak's back through a private connection,
// as someone with the sqlite3 tool would. Returns an empty string on success.
inline QString rawSql(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("tamper-") + QUuid::createUuid().toString(QUuid::Id128);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            for (const QString &s : statements) {
                QSqlQuery q(db);
                if (!q.exec(s)) {
                    error = QStringLiteral("%1: %2").arg(s, q.lastError().text());
                    break;
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

template <typename T> T *child(const QObject *root, const char *name)
{
    return root ? root->findChild<T *>(QLatin1String(name)) : nullptr;
}

// The visible dialog with this objectName under `root`, if one is open.
inline QDialog *openDialog(const QObject *root, const char *name)
{
    QDialog *d = child<QDialog>(root, name);
    return d && d->isVisible() ? d : nullptr;
}

} // namespace firebreak::guitest
