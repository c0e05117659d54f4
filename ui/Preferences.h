#pragma once

#include <QString>
#include <QStringList>

class QSettings;

namespace firebreak::ui {

// What the first-run welcome asks once and every later dialog uses as its
// default: who the examiner is (the audit trail and acquisition records name
// them), where evidence goes, which supervisory authority receives Art. 33
// notices. Kept in QSettings under "profile/".
struct ExaminerProfile {
    QString examiner;
    QString organisation;
    QString timeZone; // IANA id; empty: the system's
    QString evidenceFolder;
    QString authority; // e.g. "CNIL (France)"
    QString logoPath;  // the organisation's logo for printed documents; empty: none

    // True once the welcome has been completed (or skipped) on this account.
    static bool exists(const QSettings &settings);
    static ExaminerProfile load(const QSettings &settings);
    void save(QSettings &settings) const;
    // The welcome was seen and skipped: never asked again, and nothing that
    // was already in the profile is blanked.
    static void markSeen(QSettings &settings);

    // The same, from the application's default QSettings.
    static ExaminerProfile current();
};

// The interface language chosen in Settings ("en", "fr"), or "" for the
// system's. Read before the first window is built; a change applies at
// the next start.
QString preferredLanguage(const QSettings &settings);
void setPreferredLanguage(QSettings &settings, const QString &code);

// Supervisory authorities for GDPR Art. 33 offered in the welcome (the
// field stays editable: the list is a convenience, not a rule).
QStringList supervisoryAuthorities();

// Shows times in the profile's zone from now on (sets TZ for this process),
// unless the environment chose one explicitly at start (`TZ` set then
// wins) or the profile names none.
void applyProfileTimeZone(const ExaminerProfile &profile);

// Who the audit trail names: FIREBREAK_ACTOR wins (scripts and tests set it),
// then the examiner from the profile, then the login name.
QString profileActor();

} // namespace firebreak::ui
