#pragma once

#include <QDateTime>
#include <QString>

namespace firebreak::ui::timetext {

// Instants are stored in UTC and shown in the user's zone with the zone
// named (UX.md); UTC goes in the tooltip.

// "2026-11-23 03:12 CET", or "—" for an unset instant.
QString local(const QDateTime &t);
// "2026-11-23 02:12:05 UTC", or empty for an unset instant.
QString utc(const QDateTime &t);
// Tooltip text: the UTC instant plus how long ago it was relative to `now`.
QString tooltip(const QDateTime &t, const QDateTime &now = {});
// "Europe/Paris (CET)": the zone local times are shown in.
QString zoneName(const QDateTime &at = QDateTime::currentDateTimeUtc());
// "12 min ago", "3 h 5 m ago", "2 d ago".
QString age(const QDateTime &t, const QDateTime &now);

} // namespace firebreak::ui::timetext
