#pragma once

#include "WorkspaceContext.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace firebreak::ui {

class InstantEdit;

// Records one containment action of the Isolate phase: which system, what
// was done, by whom, when, and how the isolation was verified.
class ContainmentDialog : public QDialog {
    Q_OBJECT
public:
    explicit ContainmentDialog(const WorkspaceContext &ctx, QWidget *parent = nullptr);

    QString validationProblem() const;
    void accept() override;

signals:
    void recorded();

private:
    void revalidate();

    WorkspaceContext m_ctx;
    QComboBox *m_system;
    QComboBox *m_action;
    QLineEdit *m_by;
    InstantEdit *m_at;
    QLineEdit *m_verification;
    QLabel *m_hint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace firebreak::ui
