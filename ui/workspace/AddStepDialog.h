#pragma once

#include "WorkspaceContext.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace firebreak::ui {

// Adds a step the playbook did not foresee to one incident (audited).
class AddStepDialog : public QDialog {
    Q_OBJECT
public:
    AddStepDialog(const WorkspaceContext &ctx, Phase phase, QWidget *parent = nullptr);

    void accept() override;

signals:
    void added(const QString &stepId);

private:
    void revalidate();

    WorkspaceContext m_ctx;
    QComboBox *m_phase;
    QLineEdit *m_title;
    QPlainTextEdit *m_guidance;
    QPlainTextEdit *m_checklist;
    QLineEdit *m_owner;
    QCheckBox *m_mandatory;
    QComboBox *m_records;
    QLabel *m_hint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace firebreak::ui
