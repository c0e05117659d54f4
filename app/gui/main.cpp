// firebreak: the incident commander's workbench (GUI entry point).

#include "model/Clock.h"
#include "model/storage/Database.h"
#include "ui/DemoData.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/Preferences.h"
#include "ui/StoreNames.h"
#include "ui/WelcomeDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

namespace {
// An explicit --db wins, then FIREBREAK_DB (a file or a postgresql://
// address, either way); otherwise the commander gets back the case they
// had open: a file as long as it still exists, a team store always (if
// its server is down, the error page says so and offers to try again).
QString storeToOpen(const QCommandLineParser &parser, const QCommandLineOption &dbOpt)
{
    if (parser.isSet(dbOpt))
        return parser.value(dbOpt);
    if (qEnvironmentVariableIsEmpty("FIREBREAK_DB")) {
        const QString last = firebreak::ui::MainWindow::lastStorePath();
        if (!last.isEmpty() && (firebreak::ui::isTeamStore(last) || QFileInfo::exists(last)))
            return last;
    }
    return firebreak::Database::defaultPath();
}

// Times are shown in the examiner's zone from the welcome, unless the
// environment already chose one (TZ set explicitly wins).
void applyProfileTimeZone()
{
    const QString zone = firebreak::ui::ExaminerProfile::current().timeZone;
    if (!zone.isEmpty() && qEnvironmentVariableIsEmpty("TZ")) {
        qputenv("TZ", zone.toUtf8());
        tzset();
    }
}

// --lang is read before the parser so that --help is already translated.
QString requestedLanguage(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            return args.at(i + 1);
        if (args.at(i).startsWith(QLatin1String("--lang=")))
            return args.at(i).mid(7);
    }
    return qEnvironmentVariable("FIREBREAK_LANG");
}

// The demo lives in a temporary folder that disappears on exit, so the
// commander's real case store (and its append-only audit trail) never holds
// a fake incident.
bool openDemo(firebreak::ui::MainWindow &window, QTemporaryDir &dir, const firebreak::Clock &clock)
{
    auto path =
        dir.isValid()
            ? firebreak::ui::demo::createDemoStore(dir.path(), clock)
            : firebreak::Result<QString>(firebreak::Error::failed(
                  QCoreApplication::translate("main", "cannot create a temporary folder: %1").arg(dir.errorString())));
    if (!path) {
        const QString msg =
            QCoreApplication::translate("main", "Cannot build the demo store: %1").arg(path.error().message);
        std::fprintf(stderr, "firebreak: %s\n", qPrintable(msg));
        QMessageBox::warning(&window, QCoreApplication::translate("main", "Demo"), msg);
        return false;
    }
    return window.openStore(*path, firebreak::ui::MainWindow::StoreKind::Demo);
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication::setOrganizationName(QStringLiteral("Firebreak"));
    QApplication::setApplicationName(QStringLiteral("firebreak"));
    applyProfileTimeZone();
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Firebreak"));
    QApplication::setApplicationVersion(QStringLiteral(FIREBREAK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.firebreak.Firebreak"));
    // The installed hicolor PNGs (no SVG plugin needed); absent when run from the build tree.
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.firebreak.Firebreak")));
    firebreak::ui::language::install(app,
                                     firebreak::ui::language::choose(requestedLanguage(QApplication::arguments())));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Firebreak security incident response workbench: guided response, forensic "
                                            "imaging, notification clocks and a tamper-evident audit trail."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOpt(
        QStringLiteral("db"),
        QCoreApplication::translate("main", "Case store to open: a case file, or a team store as "
                                            "postgresql://login@server:port/database[?sslmode=verify-full] (no "
                                            "password in it: ~/.pgpass, or you are asked). Default: $FIREBREAK_DB, "
                                            "else the one opened last, else the app-data folder."),
        QCoreApplication::translate("main", "FILE|URL"));
    const QCommandLineOption demoOpt(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Open a throw-away case store with an example incident to explore; it is "
                                            "deleted on exit and your own store is not touched."));
    const QCommandLineOption langOpt(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Interface language: fr or en (default: the system locale)."),
        QCoreApplication::translate("main", "LANG"));
    parser.addOption(dbOpt);
    parser.addOption(demoOpt);
    parser.addOption(langOpt);
    parser.process(app);

    firebreak::SystemClock clock;
    // Declared before the window so it is removed after the store closes.
    QTemporaryDir demoDir;
    firebreak::ui::MainWindow window(clock);
    window.show();
    const bool demo = parser.isSet(demoOpt);
    if (demo) {
        if (!openDemo(window, demoDir, clock))
            return 1;
    } else {
        window.openStore(storeToOpen(parser, dbOpt));
    }

    // First run: ask once, on top of the open store (never blocking it).
    QSettings settings;
    if (!demo && !firebreak::ui::ExaminerProfile::exists(settings)) {
        auto *welcome = new firebreak::ui::WelcomeDialog(settings, &window);
        welcome->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(welcome, &QDialog::accepted, &window, [&window, &demoDir, &clock, welcome] {
            applyProfileTimeZone();
            if (welcome->demoRequested())
                openDemo(window, demoDir, clock);
            else if (window.store())
                window.openStore(window.store()->path()); // the audit trail now names the examiner
        });
        welcome->open();
    }
    return QApplication::exec();
}
