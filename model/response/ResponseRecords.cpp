#include "ResponseRecords.h"

namespace firebreak {

QString stepStateKey(IncidentStep::State s)
{
    switch (s) {
    case IncidentStep::State::Open: return QStringLiteral("open");
    case IncidentStep::State::Done: return QStringLiteral("done");
    case IncidentStep::State::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

QStringList contactPartyTypes()
{
    return {QStringLiteral("customer"), QStringLiteral("authority"), QStringLiteral("law-enforcement"),
            QStringLiteral("vendor"),   QStringLiteral("insurer"),   QStringLiteral("other")};
}

QStringList timelineConfidences()
{
    return {QStringLiteral("confirmed"), QStringLiteral("likely"), QStringLiteral("possible")};
}

} // namespace firebreak
