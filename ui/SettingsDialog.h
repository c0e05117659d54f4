#pragma once

#include "Preferences.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;

namespace firebreak::ui {

class ProfileForm;

// File › Settings…: edits the profile the welcome wrote (examiner,
// organisation and its logo, time zone, evidence folder, supervisory
// authority) and the workbench's own preferences (when clock alerts fire,
// the interface language). Refuses what would make records wrong (no
// examiner, an unknown zone, an unreadable logo, an alert threshold it
// cannot parse) and says which field; saves only on OK.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QSettings &settings, QWidget *parent = nullptr);

    void accept() override;

    // What changed on the last OK, for the window to act on.
    bool examinerChanged() const { return m_examinerChanged; }
    bool languageChanged() const { return m_languageChanged; }

private:
    QString validationProblem() const;
    void browseLogo();
    void showLogoPreview();

    QSettings &m_settings;
    ExaminerProfile m_before;
    ProfileForm *m_form;
    QLineEdit *m_logo;
    QLabel *m_logoPreview;
    QLineEdit *m_thresholds;
    QComboBox *m_language;
    QLabel *m_error;
    bool m_examinerChanged = false;
    bool m_languageChanged = false;
};

} // namespace firebreak::ui
