// firebreak: the incident commander's workbench (GUI entry point).

#include "model/Clock.h"
#include "model/storage/Database.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

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
                                   QStringLiteral("Case database to open (default: $FIREBREAK_DB or the app-data folder)."),
                                   QStringLiteral("PATH"));
    parser.addOption(dbOpt);
    parser.process(app);

    firebreak::SystemClock clock;
    firebreak::ui::MainWindow window(clock);
    window.show();
    window.openStore(parser.isSet(dbOpt) ? parser.value(dbOpt) : firebreak::Database::defaultPath());
    return QApplication::exec();
}
