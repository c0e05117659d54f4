#include "ResponseRecords.h"

#include <QCoreApplication>

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

namespace {
// A known key's label, or the key itself (a custom value a person typed).
QString labelOf(const QString &key, std::initializer_list<std::pair<const char *, const char *>> table)
{
    for (const auto &[k, label] : table)
        if (key == QLatin1String(k))
            return QCoreApplication::translate("ResponseRecords", label);
    return key;
}
} // namespace

QString contactPartyLabel(const QString &key)
{
    return labelOf(key, {{"customer", QT_TRANSLATE_NOOP("ResponseRecords", "Customer")},
                         {"authority", QT_TRANSLATE_NOOP("ResponseRecords", "Supervisory authority / regulator")},
                         {"law-enforcement", QT_TRANSLATE_NOOP("ResponseRecords", "Law enforcement")},
                         {"vendor", QT_TRANSLATE_NOOP("ResponseRecords", "Vendor")},
                         {"insurer", QT_TRANSLATE_NOOP("ResponseRecords", "Insurer")},
                         {"other", QT_TRANSLATE_NOOP("ResponseRecords", "Other")}});
}

QString timelineConfidenceLabel(const QString &key)
{
    return labelOf(key, {{"confirmed", QT_TRANSLATE_NOOP("ResponseRecords", "Confirmed")},
                         {"likely", QT_TRANSLATE_NOOP("ResponseRecords", "Likely")},
                         {"possible", QT_TRANSLATE_NOOP("ResponseRecords", "Possible")}});
}

QString timelineKindLabel(const QString &key)
{
    return labelOf(key, {{"note", QT_TRANSLATE_NOOP("ResponseRecords", "Note")},
                         {"contact", QT_TRANSLATE_NOOP("ResponseRecords", "Contact")},
                         {"containment", QT_TRANSLATE_NOOP("ResponseRecords", "Isolation")},
                         {"recovery", QT_TRANSLATE_NOOP("ResponseRecords", "Recovery")},
                         {"notice", QT_TRANSLATE_NOOP("ResponseRecords", "Notice")},
                         {"evidence", QT_TRANSLATE_NOOP("ResponseRecords", "Evidence")},
                         {"step", QT_TRANSLATE_NOOP("ResponseRecords", "Step")},
                         {"incident", QT_TRANSLATE_NOOP("ResponseRecords", "Incident")}});
}

QString correctiveStateLabel(const QString &key)
{
    return labelOf(key, {{"open", QT_TRANSLATE_NOOP("ResponseRecords", "Open")},
                         {"in-progress", QT_TRANSLATE_NOOP("ResponseRecords", "In progress")},
                         {"done", QT_TRANSLATE_NOOP("ResponseRecords", "Done")}});
}

} // namespace firebreak
