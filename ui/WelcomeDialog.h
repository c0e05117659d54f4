#pragma once

#include "Preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSettings;

namespace firebreak::ui {

// First run: asks once for what every later record names (examiner,
// organisation, time zone, evidence folder, supervisory authority) and
// offers a demo incident to explore. "Later" still marks the welcome as
// seen, so it never stands between a commander and a live incident twice.
class WelcomeDialog : public QDialog {
    Q_OBJECT
public:
    // `settings` receives the profile (tests pass their own).
    explicit WelcomeDialog(QSettings &settings, QWidget *parent = nullptr);

    ExaminerProfile profile() const;
    bool demoRequested() const;

    void accept() override;
    void reject() override;

private:
    void browseFolder();

    QSettings &m_settings;
    QLineEdit *m_examiner;
    QLineEdit *m_organisation;
    QComboBox *m_timeZone;
    QLineEdit *m_folder;
    QComboBox *m_authority;
    QCheckBox *m_demo;
};

} // namespace firebreak::ui
