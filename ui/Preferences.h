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

    // True once the welcome has been completed (or skipped) on this account.
    static bool exists(const QSettings &settings);
    static ExaminerProfile load(const QSettings &settings);
    void save(QSettings &settings) const;

    // The same, from the application's default QSettings.
    static ExaminerProfile current();
};

// Supervisory authorities for GDPR Art. 33 offered in the welcome (the
// field stays editable: the list is a convenience, not a rule).
QStringList supervisoryAuthorities();

// Who the audit trail names: FIREBREAK_ACTOR wins (scripts and tests set it),
// then the examiner from the profile, then the login name.
QString profileActor();

} // namespace firebreak::ui
