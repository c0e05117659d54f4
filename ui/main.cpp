// firebreak: the incident commander's workbench (GUI entry point).

#include "model/Clock.h"
#include "model/StoreLocation.h"
#include "ui/DemoData.h"
#include "ui/FirstRun.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/Preferences.h"
#include "ui/StoreNames.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>

#include <cstdio>

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
    return firebreak::defaultStorePath();
}

// --lang is read before the parser so that --help is already translated;
// then FIREBREAK_LANG, then the language chosen in Settings.
QString requestedLanguage(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            return args.at(i + 1);
        if (args.at(i).startsWith(QLatin1String("--lang=")))
            return args.at(i).mid(7);
    }
    if (!qEnvironmentVariableIsEmpty("FIREBREAK_LANG"))
        return qEnvironmentVariable("FIREBREAK_LANG");
    return firebreak::ui::preferredLanguage(QSettings());
}

// --help and --version answer on the terminal, so they must not need a
// display: they are handled before QApplication (which connects to one).
bool onlyWantsText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--help" || a == "-h" || a == "-?" || a == "--help-all" || a == "--version" || a == "-v")
            return true;
    }
    return false;
}

struct Options {
    QCommandLineOption db{QStringLiteral("db")};
    QCommandLineOption demo{QStringLiteral("demo")};
    QCommandLineOption lang{QStringLiteral("lang")};
};

void describe(QCommandLineParser &parser, Options &o)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Firebreak security incident response workbench: guided response, forensic "
                                            "imaging, notification clocks and a tamper-evident audit trail."));
    parser.addHelpOption();
    parser.addVersionOption();
    o.db = QCommandLineOption(
        QStringLiteral("db"),
        QCoreApplication::translate("main", "Case store to open: a case file, or a team store as "
                                            "postgresql://login@server:port/database[?sslmode=verify-full] (no "
                                            "password in it: ~/.pgpass, or you are asked). Default: $FIREBREAK_DB, "
                                            "else the one opened last, else the app-data folder."),
        QCoreApplication::translate("main", "FILE|URL"));
    o.demo = QCommandLineOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Open a throw-away case store with an example incident to explore; it is "
                                            "deleted on exit and your own store is not touched."));
    o.lang = QCommandLineOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Interface language: fr or en (default: the one chosen in Settings, else "
                                            "the system locale)."),
        QCoreApplication::translate("main", "LANG"));
    parser.addOption(o.db);
    parser.addOption(o.demo);
    parser.addOption(o.lang);
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Firebreak"));
    QCoreApplication::setApplicationName(QStringLiteral("firebreak"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FIREBREAK_VERSION));
}

// Prints help or version (translated) and exits, without a display.
int answerOnTerminal(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setIdentity();
    firebreak::ui::language::install(app,
                                     firebreak::ui::language::choose(requestedLanguage(QCoreApplication::arguments())));
    QCommandLineParser parser;
    Options o;
    describe(parser, o);
    parser.process(app); // exits after printing
    return 0;
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
    if (onlyWantsText(argc, argv))
        return answerOnTerminal(argc, argv);
    setIdentity();
    firebreak::ui::applyProfileTimeZone(firebreak::ui::ExaminerProfile::current());
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Firebreak"));
    QApplication::setDesktopFileName(QStringLiteral("org.firebreak.Firebreak"));
    // The installed hicolor PNGs (no SVG plugin needed); absent when run from the build tree.
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.firebreak.Firebreak")));
    firebreak::ui::language::install(app,
                                     firebreak::ui::language::choose(requestedLanguage(QApplication::arguments())));

    QCommandLineParser parser;
    Options o;
    describe(parser, o);
    parser.process(app);

    firebreak::SystemClock clock;
    // Declared before the window so it is removed after the store closes.
    QTemporaryDir demoDir;
    firebreak::ui::MainWindow window(clock);
    window.show();
    const bool demo = parser.isSet(o.demo);
    if (demo) {
        if (!openDemo(window, demoDir, clock))
            return 1;
    } else {
        window.openStore(storeToOpen(parser, o.db));
    }

    // First run: ask once, on top of the open store (never blocking it).
    QSettings settings;
    if (!demo)
        firebreak::ui::offerWelcome(window, settings,
                                    [&window, &demoDir, &clock] { openDemo(window, demoDir, clock); });
    return QApplication::exec();
}
