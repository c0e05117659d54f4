#include "RuleLoader.h"

#include "../JsonValidator.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTime>
#include <QTimeZone>

namespace firebreak {

const ClockRule *ClockRuleSet::rule(const QString &id) const
{
    for (const ClockRule &r : rules)
        if (r.id == id)
            return &r;
    return nullptr;
}

QStringList knownClassifications()
{
    return {QStringLiteral("personal-data"), QStringLiteral("project-data"), QStringLiteral("high-risk"),
            QStringLiteral("significant"),   QStringLiteral("major"),        QStringLiteral("material")};
}

bool isAwarenessKind(const QString &kind)
{
    return kind == QLatin1String("personal-data") || kind == QLatin1String("project-data") ||
           kind == QLatin1String("significant");
}

namespace ruleloader {

namespace {
// The longest span a rule may give (see positive() below).
constexpr int kMaxYears = 10;
} // namespace

namespace {

Result<ClockDuration> parseDuration(const JsonValidator &c, const QJsonObject &d, const QString &path,
                                    const QString &id)
{
    if (auto e = c.onlyKeys(d,
                            {QStringLiteral("hours"), QStringLiteral("months"), QStringLiteral("business_days"),
                             QStringLiteral("undue_delay"), QStringLiteral("calendar"), QStringLiteral("cutoff"),
                             QStringLiteral("zone")},
                            path, id))
        return *e;
    ClockDuration out;
    int kinds = 0;
    // No notification law counts in decades: a larger amount is a typo or a
    // hostile file, and business days are counted one day at a time, so
    // 2^31 of them would hang every deadline computed from the rule.
    auto positive = [&](const char *key, ClockDuration::Kind k, int max) -> std::optional<Error> {
        const QJsonValue v = d.value(QLatin1String(key));
        if (v.isUndefined())
            return std::nullopt;
        ++kinds;
        if (!v.isDouble() || v.toDouble() != v.toInt() || v.toInt() <= 0 || v.toInt() > max)
            return c.fail(path + QLatin1Char('.') + QLatin1String(key),
                          QStringLiteral("must be a whole number from 1 to %1").arg(max), id);
        out.kind = k;
        out.amount = v.toInt();
        return std::nullopt;
    };
    if (auto e = positive("hours", ClockDuration::Kind::Hours, kMaxYears * 366 * 24))
        return *e;
    if (auto e = positive("months", ClockDuration::Kind::Months, kMaxYears * 12))
        return *e;
    if (auto e = positive("business_days", ClockDuration::Kind::BusinessDays, kMaxYears * 366))
        return *e;
    if (d.contains(QStringLiteral("undue_delay"))) {
        ++kinds;
        if (d.value(QStringLiteral("undue_delay")) != QJsonValue(true))
            return c.fail(path + QStringLiteral(".undue_delay"), QStringLiteral("must be true"), id);
        out.kind = ClockDuration::Kind::UndueDelay;
    }
    if (kinds != 1)
        return c.fail(path, QStringLiteral("needs exactly one of hours, months, business_days, undue_delay"), id);
    if (out.kind == ClockDuration::Kind::BusinessDays) {
        out.calendar = d.value(QStringLiteral("calendar")).toString();
        out.cutoff = d.value(QStringLiteral("cutoff")).toString(QStringLiteral("23:59"));
        out.zone = d.value(QStringLiteral("zone")).toString();
        if (out.calendar.isEmpty())
            return c.fail(path + QStringLiteral(".calendar"), QStringLiteral("business days need a holiday calendar"),
                          id);
        if (!QTime::fromString(out.cutoff, QStringLiteral("HH:mm")).isValid())
            return c.fail(path + QStringLiteral(".cutoff"), QStringLiteral("must be a time like 17:30"), id);
        if (out.zone.isEmpty() || !QTimeZone(out.zone.toUtf8()).isValid())
            return c.fail(path + QStringLiteral(".zone"),
                          QStringLiteral("must be an IANA time zone like America/New_York"), id);
    } else if (d.contains(QStringLiteral("calendar")) || d.contains(QStringLiteral("cutoff")) ||
               d.contains(QStringLiteral("zone"))) {
        return c.fail(path, QStringLiteral("calendar, cutoff and zone only apply to business_days"), id);
    }
    return out;
}

Result<ClockRule> parseRule(const JsonValidator &c, const QJsonObject &o, const QString &path)
{
    const QString id = o.value(QStringLiteral("id")).toString();
    if (auto e = c.onlyKeys(o,
                            {QStringLiteral("id"), QStringLiteral("basis"), QStringLiteral("title"),
                             QStringLiteral("trigger"), QStringLiteral("duration"), QStringLiteral("also_within"),
                             QStringLiteral("recipient"), QStringLiteral("internal_target_hours"),
                             QStringLiteral("contents"), QStringLiteral("waivers"), QStringLiteral("delay")},
                            path, id))
        return *e;
    static const QRegularExpression idShape(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (!idShape.match(id).hasMatch())
        return c.fail(path + QStringLiteral(".id"), QStringLiteral("must be a lowercase word like gdpr-art33"), id);
    ClockRule r;
    r.id = id;
    r.title = o.value(QStringLiteral("title")).toString();
    r.basis = o.value(QStringLiteral("basis")).toString();
    r.recipient = o.value(QStringLiteral("recipient")).toString();
    if (r.title.isEmpty() || r.recipient.isEmpty())
        return c.fail(path, QStringLiteral("title and recipient are required text"), id);
    auto contents = c.stringList(o.value(QStringLiteral("contents")), path + QStringLiteral(".contents"), id);
    if (!contents)
        return contents.error();
    r.contents = *contents;
    // Waivers: free-text grounds (a contract's), or the closed list of a
    // law's exceptions as {key, text[, requires_public_communication]}; a
    // keyed list is exhaustive (GDPR Art. 34(3) names three, no more).
    if (o.contains(QStringLiteral("waivers")) && !o.value(QStringLiteral("waivers")).isArray())
        return c.fail(path + QStringLiteral(".waivers"), QStringLiteral("must be a list"), id);
    const QJsonArray waivers = o.value(QStringLiteral("waivers")).toArray();
    for (qsizetype i = 0; i < waivers.size(); ++i) {
        const QString wpath = QStringLiteral("%1.waivers[%2]").arg(path).arg(i);
        const QJsonValue w = waivers.at(i);
        if (w.isString()) {
            r.waivers << w.toString();
            continue;
        }
        const QJsonObject wo = w.toObject();
        if (auto e = c.onlyKeys(
                wo, {QStringLiteral("key"), QStringLiteral("text"), QStringLiteral("requires_public_communication")},
                wpath, id))
            return *e;
        WaiverOption opt{wo.value(QStringLiteral("key")).toString(), wo.value(QStringLiteral("text")).toString(),
                         wo.value(QStringLiteral("requires_public_communication")).toBool(false)};
        if (!idShape.match(opt.key).hasMatch() || opt.text.isEmpty())
            return c.fail(wpath, QStringLiteral("needs a key (a lowercase word) and a text"), id);
        r.waiverOptions << opt;
        r.waivers << opt.text;
    }
    if (!r.waiverOptions.isEmpty() && r.waiverOptions.size() != r.waivers.size())
        return c.fail(path + QStringLiteral(".waivers"), QStringLiteral("either all keyed or all text"), id);

    const QJsonObject t = o.value(QStringLiteral("trigger")).toObject();
    if (auto e = c.onlyKeys(t,
                            {QStringLiteral("kind"), QStringLiteral("classification"), QStringLiteral("after"),
                             QStringLiteral("latest")},
                            path + QStringLiteral(".trigger"), id))
        return *e;
    const QString kind = t.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("classification")) {
        r.classification = t.value(QStringLiteral("classification")).toString();
        if (!knownClassifications().contains(r.classification))
            return c.fail(path + QStringLiteral(".trigger.classification"),
                          QStringLiteral("\"%1\" is not one of %2")
                              .arg(r.classification, knownClassifications().join(QStringLiteral(", "))),
                          id);
    } else if (kind == QLatin1String("notice")) {
        r.triggerKind = ClockRule::TriggerKind::NoticeSent;
        r.afterClock = t.value(QStringLiteral("after")).toString();
        r.latestNotice = t.value(QStringLiteral("latest")).toBool(false);
        if (r.afterClock.isEmpty())
            return c.fail(path + QStringLiteral(".trigger.after"),
                          QStringLiteral("names the clock whose notice starts this one"), id);
    } else {
        return c.fail(path + QStringLiteral(".trigger.kind"),
                      QStringLiteral("must be \"classification\" or \"notice\""), id);
    }

    auto d = parseDuration(c, o.value(QStringLiteral("duration")).toObject(), path + QStringLiteral(".duration"), id);
    if (!d)
        return d.error();
    r.duration = *d;

    if (o.contains(QStringLiteral("internal_target_hours"))) {
        const QJsonValue v = o.value(QStringLiteral("internal_target_hours"));
        if (r.duration.kind != ClockDuration::Kind::UndueDelay || !v.isDouble() || v.toDouble() != v.toInt() ||
            v.toInt() <= 0 || v.toInt() > kMaxYears * 366 * 24)
            return c.fail(path + QStringLiteral(".internal_target_hours"),
                          QStringLiteral("is a whole number of hours, for an undue_delay clock only"), id);
        r.targetHours = v.toInt();
    }
    // A delay another authority may grant (SEC Item 1.05(c)): successive
    // periods of at most so many calendar days, for a business-day clock.
    if (o.contains(QStringLiteral("delay"))) {
        const QString dpath = path + QStringLiteral(".delay");
        const QJsonObject w = o.value(QStringLiteral("delay")).toObject();
        if (auto e = c.onlyKeys(
                w, {QStringLiteral("basis"), QStringLiteral("periods_days"), QStringLiteral("national_security_only")},
                dpath, id))
            return *e;
        DelayProvision p;
        p.basis = w.value(QStringLiteral("basis")).toString();
        for (const QJsonValue v : w.value(QStringLiteral("periods_days")).toArray()) {
            if (!v.isDouble() || v.toDouble() != v.toInt() || v.toInt() <= 0 || v.toInt() > 366)
                return c.fail(dpath + QStringLiteral(".periods_days"),
                              QStringLiteral("is a list of whole numbers of days (1 to 366)"), id);
            p.periods << v.toInt();
        }
        for (const QJsonValue v : w.value(QStringLiteral("national_security_only")).toArray()) {
            if (v.toInt() < 1 || v.toInt() > p.periods.size())
                return c.fail(dpath + QStringLiteral(".national_security_only"),
                              QStringLiteral("lists period numbers (1-based) of periods_days"), id);
            p.nationalSecurityOnly << v.toInt();
        }
        if (p.basis.isEmpty() || p.periods.isEmpty() || r.duration.kind != ClockDuration::Kind::BusinessDays)
            return c.fail(dpath, QStringLiteral("needs a basis and periods_days, on a business_days clock"), id);
        r.delay = p;
    }
    if (o.contains(QStringLiteral("also_within"))) {
        const QJsonObject w = o.value(QStringLiteral("also_within")).toObject();
        if (auto e = c.onlyKeys(w, {QStringLiteral("classification"), QStringLiteral("hours")},
                                path + QStringLiteral(".also_within"), id))
            return *e;
        r.alsoWithinClassification = w.value(QStringLiteral("classification")).toString();
        const int h = w.value(QStringLiteral("hours")).toInt(0);
        if (h <= 0 || h > kMaxYears * 366 * 24 ||
            (r.alsoWithinClassification != QLatin1String("awareness") &&
             !knownClassifications().contains(r.alsoWithinClassification)))
            return c.fail(path + QStringLiteral(".also_within"),
                          QStringLiteral("needs positive hours and a classification or \"awareness\""), id);
        r.alsoWithinHours = h;
    }
    return r;
}

const QHash<QString, int> &weekdayNames()
{
    static const QHash<QString, int> names{{QStringLiteral("monday"), 1},    {QStringLiteral("tuesday"), 2},
                                           {QStringLiteral("wednesday"), 3}, {QStringLiteral("thursday"), 4},
                                           {QStringLiteral("friday"), 5},    {QStringLiteral("saturday"), 6},
                                           {QStringLiteral("sunday"), 7}};
    return names;
}

} // namespace

Result<QList<ClockRule>> parseRules(const QString &file, const QByteArray &json)
{
    const JsonValidator c(file, json);
    auto top = c.parseObject();
    if (!top)
        return top.error();
    if (auto e = c.onlyKeys(
            *top,
            {QStringLiteral("regime"), QStringLiteral("source"), QStringLiteral("clocks"), QStringLiteral("zone")},
            QStringLiteral("(top)")))
        return *e;
    const QString regime = top->value(QStringLiteral("regime")).toString();
    if (regime.isEmpty())
        return c.fail(QStringLiteral("regime"), QStringLiteral("is required text"));
    // The competent authority's zone, in which calendar months are counted;
    // absent, the organisation's zone (DOMAIN.md "Notification clocks").
    const QJsonValue zoneValue = top->value(QStringLiteral("zone"));
    const QString zone = zoneValue.toString();
    if (!zoneValue.isUndefined() && (zone.isEmpty() || !QTimeZone(zone.toUtf8()).isValid()))
        return c.fail(QStringLiteral("zone"), QStringLiteral("must be an IANA time zone like Europe/Paris"));
    const QJsonValue clocks = top->value(QStringLiteral("clocks"));
    if (!clocks.isArray() || clocks.toArray().isEmpty())
        return c.fail(QStringLiteral("clocks"), QStringLiteral("must be a non-empty list"));
    QList<ClockRule> out;
    int i = 0;
    for (const QJsonValue &v : clocks.toArray()) {
        const QString path = QStringLiteral("clocks[%1]").arg(i++);
        if (!v.isObject())
            return c.fail(path, QStringLiteral("must be an object"));
        auto r = parseRule(c, v.toObject(), path);
        if (!r)
            return r.error();
        r->regime = regime;
        r->source = top->value(QStringLiteral("source")).toString();
        r->file = file;
        r->zone = zone;
        if (r->duration.kind == ClockDuration::Kind::Months)
            r->duration.zone = zone;
        out.append(*r);
    }
    return out;
}

Result<HolidayCalendar> parseCalendar(const QString &file, const QByteArray &json)
{
    const JsonValidator c(file, json);
    auto top = c.parseObject();
    if (!top)
        return top.error();
    if (auto e = c.onlyKeys(*top,
                            {QStringLiteral("calendar"), QStringLiteral("source"), QStringLiteral("weekend"),
                             QStringLiteral("holidays")},
                            QStringLiteral("(top)")))
        return *e;
    HolidayCalendar cal;
    cal.name = top->value(QStringLiteral("calendar")).toString();
    if (cal.name.isEmpty())
        return c.fail(QStringLiteral("calendar"), QStringLiteral("is required text"));
    for (const QJsonValue &w : top->value(QStringLiteral("weekend")).toArray()) {
        if (!weekdayNames().contains(w.toString()))
            return c.fail(QStringLiteral("weekend"), QStringLiteral("\"%1\" is not a weekday name").arg(w.toString()));
        cal.weekend << weekdayNames().value(w.toString());
    }
    // Counting business days in a week without one would never end.
    if (QSet<int>(cal.weekend.begin(), cal.weekend.end()).size() >= 7)
        return c.fail(QStringLiteral("weekend"), QStringLiteral("must leave at least one working day"));
    int i = 0;
    for (const QJsonValue &v : top->value(QStringLiteral("holidays")).toArray()) {
        const QString path = QStringLiteral("holidays[%1]").arg(i++);
        const QJsonObject h = v.toObject();
        if (auto e = c.onlyKeys(h,
                                {QStringLiteral("name"), QStringLiteral("month"), QStringLiteral("day"),
                                 QStringLiteral("weekday"), QStringLiteral("nth"), QStringLiteral("observed"),
                                 QStringLiteral("since"), QStringLiteral("date")},
                                path))
            return *e;
        HolidayCalendar::Holiday x;
        x.name = h.value(QStringLiteral("name")).toString();
        // A one-off closure: one date, nothing else.
        if (h.contains(QStringLiteral("date"))) {
            x.date = QDate::fromString(h.value(QStringLiteral("date")).toString(), Qt::ISODate);
            if (x.name.isEmpty() || !x.date.isValid() || h.size() != 2)
                return c.fail(path, QStringLiteral("a one-off closure needs a name and a date like 2025-01-09, and "
                                                   "nothing else"));
            cal.holidays << x;
            continue;
        }
        x.month = h.value(QStringLiteral("month")).toInt();
        x.day = h.value(QStringLiteral("day")).toInt();
        x.nth = h.value(QStringLiteral("nth")).toInt();
        x.observed = h.value(QStringLiteral("observed")).toBool();
        x.since = h.value(QStringLiteral("since")).toInt();
        const QString wd = h.value(QStringLiteral("weekday")).toString();
        x.weekday = weekdayNames().value(wd, 0);
        const bool fixed = x.day >= 1 && x.day <= 31 && wd.isEmpty();
        const bool floating = x.weekday > 0 && (x.nth == -1 || (x.nth >= 1 && x.nth <= 5)) && x.day == 0;
        if (x.name.isEmpty() || x.month < 1 || x.month > 12 || (!fixed && !floating))
            return c.fail(
                path, QStringLiteral("needs a name, a month 1-12 and either a day or a weekday with nth (1-5 or -1)"));
        cal.holidays << x;
    }
    return cal;
}

QString userRuleDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("clocks"));
}

ClockRuleSet load(const QStringList &extraDirs)
{
    ClockRuleSet set;
    const QStringList dirs = QStringList{QStringLiteral(":/clocks")} + extraDirs;
    auto readAll = [&](const QString &path, QByteArray &out) {
        Result<QByteArray> raw = readDataFile(path);
        if (!raw) {
            set.problems << raw.error().message;
            return false;
        }
        out = *std::move(raw);
        return true;
    };
    for (const QString &dir : dirs) {
        const QDir calDir(QDir(dir).filePath(QStringLiteral("calendars")));
        for (const QString &name : calDir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QByteArray raw;
            if (!readAll(calDir.filePath(name), raw))
                continue;
            auto cal = parseCalendar(calDir.filePath(name), raw);
            if (cal)
                set.calendars.insert(cal->name, *cal);
            else
                set.problems << cal.error().message;
        }
    }
    for (const QString &dir : dirs) {
        const QDir d(dir);
        for (const QString &name : d.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QByteArray raw;
            if (!readAll(d.filePath(name), raw))
                continue;
            auto rules = parseRules(d.filePath(name), raw);
            if (!rules) {
                set.problems << rules.error().message;
                continue;
            }
            // Cross-file checks: unique ids, known calendars; a bad file is skipped whole.
            QString clash;
            for (const ClockRule &r : *rules) {
                if (const ClockRule *prior = set.rule(r.id))
                    clash = QStringLiteral("%1: clock id \"%2\" is already defined in %3")
                                .arg(d.filePath(name), r.id, prior->file);
                else if (r.duration.kind == ClockDuration::Kind::BusinessDays &&
                         !set.calendars.contains(r.duration.calendar))
                    clash = QStringLiteral("%1: clock \"%2\" uses unknown holiday calendar \"%3\"")
                                .arg(d.filePath(name), r.id, r.duration.calendar);
            }
            if (!clash.isEmpty()) {
                set.problems << clash;
                continue;
            }
            set.rules += *rules;
        }
    }
    // Notice-triggered clocks must follow a clock that exists.
    for (qsizetype i = set.rules.size() - 1; i >= 0; --i) {
        const ClockRule &r = set.rules.at(i);
        if (r.triggerKind == ClockRule::TriggerKind::NoticeSent && !set.rule(r.afterClock)) {
            set.problems << QStringLiteral("%1: clock \"%2\" follows unknown clock \"%3\"; ignored")
                                .arg(r.file, r.id, r.afterClock);
            set.rules.removeAt(i);
        }
    }
    return set;
}

} // namespace ruleloader

} // namespace firebreak
