#pragma once

#include "Preferences.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QSettings;

namespace firebreak::ui {

class ProfileForm;

// First run: asks once for what every later record names (examiner,
// organisation, time zone, evidence folder, supervisory authority) and
// offers a demo incident to explore. "Later" still marks the welcome as
// seen, so it never stands between a commander and a live incident twice;
// File › Settings… edits the same profile afterwards.
class WelcomeDialog : public QDialog {
    Q_OBJECT
public:
    // `settings` receives the profile (tests pass their own).
    explicit WelcomeDialog(QSettings &settings, QWidget *parent = nullptr);

    ExaminerProfile profile() const;
    bool demoRequested() const;

    // Saves the profile and closes, or keeps the dialog open and says what
    // is missing (an empty examiner would make the audit trail name the
    // login instead of the person).
    void accept() override;
    void reject() override;

private:
    QSettings &m_settings;
    ProfileForm *m_form;
    QCheckBox *m_demo;
    QLabel *m_error;
};

} // namespace firebreak::ui
