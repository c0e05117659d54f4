#pragma once

// A case file with a manual clock and the shipped clock rules, for the
// clock widget tests.

#include "../GuiTestSupport.h"

#include "model/clocks/ClockService.h"

#include <QTemporaryDir>

namespace firebreak::guitest {

struct ClockFixture {
    explicit ClockFixture(const QString &path, QDateTime start = startTime())
        : clock(start), store(openStore(path, clock)), service(*store, ruleloader::load())
    {
    }

    QString seed(const QString &title = QStringLiteral("HR share exposed"))
    {
        return seedIncident(*store, title, Severity::High, QStringLiteral("Claire Dubois")).id;
    }
    void classify(const QString &id, const QStringList &kinds, const QDateTime &at)
    {
        const Status st = service.classify(id, kinds, at, QStringLiteral("test"));
        if (!st)
            qFatal("classify failed: %s", qPrintable(st.error().message));
    }
    ClockStatus status(const QString &id, const char *clockId) const
    {
        auto c = service.clock(id, QLatin1String(clockId));
        if (!c)
            qFatal("no clock %s: %s", clockId, qPrintable(c.error().message));
        return *c;
    }
    void advanceHours(double h) { clock.advanceSecs(qint64(h * 3600)); }

    ManualClock clock;
    std::unique_ptr<CaseStore> store;
    ClockService service;
};

inline QDateTime hoursAfterStart(double h) { return startTime().addSecs(qint64(h * 3600)); }

} // namespace firebreak::guitest
