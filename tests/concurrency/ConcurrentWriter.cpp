// A second (third, fourth...) workbench in a test: opens the case store it
// is given and appends COUNT people to one incident as fast as it can,
// each in its own write with its own audit entry. Exit 0 only if every
// write was committed; prints the first failure otherwise.
//
// usage: concurrent_writer STORE INCIDENT ACTOR COUNT GOFILE
// (the first write waits until GOFILE exists, so all writers start together)

#include "model/CaseStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>

#include <cstdio>

using namespace firebreak;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6) {
        std::fprintf(stderr, "usage: concurrent_writer STORE INCIDENT ACTOR COUNT GOFILE\n");
        return 2;
    }
    SystemClock clock;
    auto store = CaseStore::open(args[1], clock, args[3]);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 1;
    }
    while (!QFileInfo::exists(args[5]))
        QThread::msleep(2);
    const int count = args[4].toInt();
    for (int i = 0; i < count; ++i) {
        const QString name = QStringLiteral("%1 #%2").arg(args[3]).arg(i);
        auto added = (*store)->addPerson(args[2], {0, {}, name, QStringLiteral("responder"), {}, {}});
        if (!added) {
            std::fprintf(stderr, "write %d of %d failed: %s\n", i + 1, count, qPrintable(added.error().message));
            return 1;
        }
    }
    return 0;
}
