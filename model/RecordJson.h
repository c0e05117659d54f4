#pragma once

// One JSON shape per record (issue #22), used by every writer: the CLI's
// --json, the handover package's custody.json, the audit trail's payloads.
// Field names are chosen once here and documented in docs/MANUAL.md
// ("JSON records"): snake_case; instants are ISO 8601 UTC with
// milliseconds and a Z, in fields ending "_utc" (null when not recorded),
// beside the IANA zone they were given in where one was recorded.

#include "Evidence.h"
#include "Incident.h"

#include <QJsonObject>

namespace firebreak::recordjson {

QJsonObject incident(const Incident &i);
QJsonObject evidenceItem(const EvidenceItem &e);
QJsonObject custodyEvent(const CustodyEvent &c);
QJsonObject verificationEvent(const VerificationEvent &v);

// The names the CLI printed before the shared codec, kept beside the new
// ones for one release (docs/MANUAL.md says which and until when).
void addLegacyCliNames(QJsonObject &record);

} // namespace firebreak::recordjson
