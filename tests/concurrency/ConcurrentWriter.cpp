// A second (third, fourth...) workbench in a test: opens the case store it
// is given and appends COUNT people to one incident as fast as it can,
// each in its own write with its own audit entry. Exit 0 only if every
// write was committed; prints the first failure otherwise.
//
// A write refused as Locked (SQLite's busy timeout ran out: its busy
// handler is not fair, so on a loaded 2-core machine one writer can starve
// for seconds) changed nothing by contract, so it is tried again, as a
// user would click again. The exact count checked afterwards catches a
// "refused" write that was in fact committed. Prints "retries: N".
//
// usage: concurrent_writer STORE INCIDENT ACTOR COUNT
// Handshake with the test, so that all writers start together without a
// guessed delay: once the store is open the writer prints "ready" and
// blocks reading its standard input; the first write follows the line the
// test sends when every writer is ready (end of input aborts instead).

#include "model/CaseStore.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace firebreak;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: concurrent_writer STORE INCIDENT ACTOR COUNT\n");
        return 2;
    }
    SystemClock clock;
    auto store = CaseStore::open(args[1], clock, args[3]);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    char go[16];
    if (!std::fgets(go, sizeof go, stdin)) {
        std::fprintf(stderr, "no go line on standard input\n");
        return 1;
    }
    const int count = args[4].toInt();
    constexpr int kTries = 20;
    int retries = 0;
    for (int i = 0; i < count; ++i) {
        const QString name = QStringLiteral("%1 #%2").arg(args[3]).arg(i);
        auto added = (*store)->addPerson(args[2], {0, {}, name, QStringLiteral("responder"), {}, {}});
        for (int tries = 1; !added && added.error().kind == Error::Kind::Locked && tries < kTries; ++tries) {
            ++retries;
            added = (*store)->addPerson(args[2], {0, {}, name, QStringLiteral("responder"), {}, {}});
        }
        if (!added) {
            std::fprintf(stderr, "write %d of %d failed: %s\n", i + 1, count, qPrintable(added.error().message));
            return 1;
        }
        // A breath between two writes, as between two clicks. Without it
        // one SQLite writer can commit and re-take the lock hundreds of
        // times while the others sleep in their busy handler (it polls, it
        // does not queue): the writers then run one after the other and
        // the race under test never happens.
        QThread::usleep(1000);
    }
    std::printf("retries: %d\n", retries);
    return 0;
}
