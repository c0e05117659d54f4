#pragma once

#include "WorkspaceContext.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace firebreak::ui {

class InstantEdit;

// Logs a contact with a third party. Law-enforcement contacts are flagged
// in the record and need the agency (DOMAIN.md: the record shows every
// contact with law enforcement).
class ContactDialog : public QDialog {
    Q_OBJECT
public:
    explicit ContactDialog(const WorkspaceContext &ctx, QWidget *parent = nullptr);

    void setPartyType(const QString &key); // see contactPartyTypes()
    QString validationProblem() const;
    void accept() override;

signals:
    void logged();

private:
    void revalidate();

    WorkspaceContext m_ctx;
    InstantEdit *m_at;
    QComboBox *m_type;
    QLineEdit *m_organisation;
    QLineEdit *m_person;
    QLineEdit *m_reference;
    QComboBox *m_channel;
    QPlainTextEdit *m_summary;
    QLabel *m_lawNote;
    QFormLayout *m_form;
    QLabel *m_hint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace firebreak::ui
