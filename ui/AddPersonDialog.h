#pragma once

#include "model/CaseStore.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace firebreak::ui {

// Adds a person working on an incident; writes through CaseStore and keeps
// the form filled in when the store refuses.
class AddPersonDialog : public QDialog {
    Q_OBJECT
public:
    AddPersonDialog(CaseStore &store, QString incidentId, QWidget *parent = nullptr);

    QString validationProblem() const;
    void accept() override;

signals:
    void personAdded(const QString &incidentId);

private:
    void revalidate();

    CaseStore &m_store;
    QString m_incidentId;
    QLineEdit *m_name;
    QComboBox *m_role;
    QLineEdit *m_contact;
    QLabel *m_hint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace firebreak::ui
