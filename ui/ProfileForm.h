#pragma once

#include "Preferences.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;

namespace firebreak::ui {

// The examiner profile's fields (examiner, organisation, time zone,
// evidence folder, supervisory authority) as one form, shared by the
// first-run welcome and the Settings dialog so both ask the same thing
// and refuse the same mistakes.
class ProfileForm : public QWidget {
    Q_OBJECT
public:
    explicit ProfileForm(const ExaminerProfile &known, QWidget *parent = nullptr);

    // What the fields say now (trimmed); fields the form does not show
    // (the logo) keep their value from `known`.
    ExaminerProfile profile() const;

    // Why the profile cannot be saved as it is ("" when it can): every
    // record names the examiner, and times are shown in a zone that must
    // exist. Names the field, so the dialog can say where to look.
    QString validationProblem() const;
    // Puts the cursor in the field validationProblem() complained about.
    void focusProblem();

    // The form's layout, for dialogs that add rows of their own below.
    QFormLayout *formLayout() const { return m_form; }

private:
    void browseFolder();

    ExaminerProfile m_known;
    QFormLayout *m_form;
    QLineEdit *m_examiner;
    QLineEdit *m_organisation;
    QComboBox *m_timeZone;
    QLineEdit *m_folder;
    QComboBox *m_authority;
};

} // namespace firebreak::ui
