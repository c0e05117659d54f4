#pragma once

#include "../Result.h"
#include "ClockRule.h"
#include "HolidayCalendar.h"

#include <QHash>

namespace firebreak {

// Every clock rule and calendar the app knows, plus what was rejected.
// A malformed file is reported (file, line, reason) and skipped; the
// others still load.
struct ClockRuleSet {
    QList<ClockRule> rules;
    QHash<QString, HolidayCalendar> calendars;
    QStringList problems;

    const ClockRule *rule(const QString &id) const;
};

namespace ruleloader {

// Parses one rule file; errors read "FILE:LINE: PATH: reason".
Result<QList<ClockRule>> parseRules(const QString &file, const QByteArray &json);
Result<HolidayCalendar> parseCalendar(const QString &file, const QByteArray &json);

// Loads the shipped rules (":/clocks") and then each extra folder's
// *.json (and calendars/*.json), e.g. the user's app-data "clocks" folder.
ClockRuleSet load(const QStringList &extraDirs = {});

// The user's own folder for extra rule files.
QString userRuleDir();

} // namespace ruleloader

} // namespace firebreak
