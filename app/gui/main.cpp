// firebreak: the incident commander's workbench (GUI entry point).

#include "model/Clock.h"
#include "model/storage/Database.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

namespace {
// An explicit --db wins, then FIREBREAK_DB; otherwise the commander gets
// back the case they had open, as long as it still exists.
QString storeToOpen(const QCommandLineParser &parser, const QCommandLineOption &dbOpt)
{
    if (parser.isSet(dbOpt))
        return parser.value(dbOpt);
    if (qEnvironmentVariableIsEmpty("FIREBREAK_DB")) {
        const QString last = firebreak::ui::MainWindow::lastStorePath();
        if (!last.isEmpty() && QFileInfo::exists(last))
            return last;
    }
    return firebreak::Database::defaultPath();
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Firebreak"));
    QApplication::setApplicationName(QStringLiteral("firebreak"));
    QApplication::setApplicationDisplayName(QStringLiteral("Firebreak"));
    QApplication::setApplicationVersion(QStringLiteral(FIREBREAK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.firebreak.Firebreak"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Firebreak security incident response workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOpt(QStringLiteral("db"),
                                   QStringLiteral("Case database to open (default: $FIREBREAK_DB, else the one opened last, else the "
                                                  "app-data folder)."),
                                   QStringLiteral("PATH"));
    parser.addOption(dbOpt);
    parser.process(app);

    firebreak::SystemClock clock;
    firebreak::ui::MainWindow window(clock);
    window.show();
    window.openStore(storeToOpen(parser, dbOpt));
    return QApplication::exec();
}
