#pragma once

// Turns incident facts into the data each template renders (QVariantMap
// trees of strings, lists and flags). Wording that belongs to the
// document lives in the templates; what is computed (durations, clock
// outcomes, verification verdicts) is worded here.

#include "Documents.h"
#include "Format.h"

#include <QVariantMap>

#include <initializer_list>
#include <utility>

namespace firebreak::documents {

// QVariantMap from {"key", value} pairs without a QStringLiteral per key.
QVariantMap row(std::initializer_list<std::pair<const char *, QVariant>> items);

struct ContentInput {
    const IncidentFacts &facts;
    const DocumentOptions &options;
    TimeFormat time;
    QDateTime now; // UTC: generation time
};

// document.* and incident.*, shared by every template.
QVariantMap commonContext(const ContentInput &in, const Redactor &redact);

QString clockOutcome(const ClockStatus &c, const QDateTime &now);
QString verificationText(Verification v);
QString stepStateText(IncidentStep::State s);
QString contactPartyText(const QString &partyType);

QVariantMap internalContext(const ContentInput &in);
QVariantMap rfoContext(const ContentInput &in, Withheld &withheld);
Result<QVariantMap> noticeContext(const ContentInput &in);
Result<QVariantMap> custodyContext(const ContentInput &in);

// The customer RFO's notification section from the clocks' real state;
// typed values only as approved customer texts, the rest listed in `withheld`.
QString customerAudience(const ClockRule &rule);
QVariantList rfoNotificationRows(const ContentInput &in, const CustomerTexts &approved, Withheld &withheld);

// Shared list builders.
QVariantList evidenceRows(const ContentInput &in);
QVariantList notificationRows(const ContentInput &in, const Redactor &redact);
QVariantList contactRows(const ContentInput &in, bool lawEnforcementOnly);
QVariantList systemRows(const ContentInput &in);

} // namespace firebreak::documents
