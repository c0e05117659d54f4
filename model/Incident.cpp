#include "Incident.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>
#include <utility>

namespace firebreak {

namespace {
template <typename E, std::size_t N>
std::optional<E> lookup(const std::array<std::pair<E, const char *>, N> &table, const QString &key)
{
    for (const auto &[value, name] : table)
        if (key.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return value;
    return std::nullopt;
}
template <typename E, std::size_t N> QString nameOf(const std::array<std::pair<E, const char *>, N> &table, E v)
{
    for (const auto &[value, name] : table)
        if (value == v)
            return QLatin1String(name);
    return {};
}

constexpr std::array<std::pair<Severity, const char *>, 4> kSeverities{{
    {Severity::Low, "low"},
    {Severity::Medium, "medium"},
    {Severity::High, "high"},
    {Severity::Critical, "critical"},
}};
constexpr std::array<std::pair<Phase, const char *>, 6> kPhases{{
    {Phase::Triage, "triage"},
    {Phase::Isolate, "isolate"},
    {Phase::Collect, "collect"},
    {Phase::Restore, "restore"},
    {Phase::RootCause, "rca"},
    {Phase::Report, "report"},
}};
constexpr std::array<std::pair<IncidentStatus, const char *>, 2> kStatuses{{
    {IncidentStatus::Open, "open"},
    {IncidentStatus::Closed, "closed"},
}};
} // namespace

QString severityKey(Severity s)
{
    return nameOf(kSeverities, s);
}
std::optional<Severity> severityFromKey(const QString &key)
{
    return lookup(kSeverities, key);
}
QString severityLabel(Severity s)
{
    switch (s) {
    case Severity::Low: return QCoreApplication::translate("Incident", "Low");
    case Severity::Medium: return QCoreApplication::translate("Incident", "Medium");
    case Severity::High: return QCoreApplication::translate("Incident", "High");
    case Severity::Critical: return QCoreApplication::translate("Incident", "Critical");
    }
    return {};
}

QString phaseKey(Phase p)
{
    return nameOf(kPhases, p);
}
std::optional<Phase> phaseFromKey(const QString &key)
{
    return lookup(kPhases, key);
}
QString phaseLabel(Phase p)
{
    switch (p) {
    case Phase::Triage: return QCoreApplication::translate("Incident", "Detect & triage");
    case Phase::Isolate: return QCoreApplication::translate("Incident", "Isolate");
    case Phase::Collect: return QCoreApplication::translate("Incident", "Collect evidence");
    case Phase::Restore: return QCoreApplication::translate("Incident", "Restore");
    case Phase::RootCause: return QCoreApplication::translate("Incident", "Root-cause analysis");
    case Phase::Report: return QCoreApplication::translate("Incident", "Report & close");
    }
    return {};
}
QList<Phase> allPhases()
{
    QList<Phase> out;
    for (const auto &entry : kPhases)
        out.append(entry.first);
    return out;
}

QString statusKey(IncidentStatus s)
{
    return nameOf(kStatuses, s);
}
std::optional<IncidentStatus> statusFromKey(const QString &key)
{
    return lookup(kStatuses, key);
}

bool isIncidentId(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^INC-\\d{4}-\\d{4,}$"));
    return re.match(s).hasMatch();
}

QString incidentIdProblem(const QString &s)
{
    return isIncidentId(s) ? QString()
                           : QStringLiteral("'%1' is not an incident id; ids look like INC-2026-0001").arg(s);
}

} // namespace firebreak
