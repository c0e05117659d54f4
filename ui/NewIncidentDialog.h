#pragma once

#include "model/response/Playbook.h"

#include "model/CaseStore.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace firebreak::ui {

class OptionalDateTimeEdit;

// Opens a new incident. The dialog writes through CaseStore itself so a
// refusal (locked file, disk full) is shown inline and every field the
// user typed stays in place for another try.
class NewIncidentDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewIncidentDialog(CaseStore &store, QWidget *parent = nullptr);

    QString createdId() const { return m_createdId; }

    // Why OK is disabled, or empty when the form can be submitted.
    QString validationProblem() const;

    void accept() override;

signals:
    void incidentCreated(const QString &id);

private:
    void revalidate();
    NewIncident spec() const;

    CaseStore &m_store;
    QLineEdit *m_title;
    QComboBox *m_severity;
    QComboBox *m_playbook;
    PlaybookSet m_playbooks;
    QLineEdit *m_commander;
    OptionalDateTimeEdit *m_detected;
    OptionalDateTimeEdit *m_aware;
    QPlainTextEdit *m_description;
    QLabel *m_hint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QString m_createdId;
};

} // namespace firebreak::ui
