#pragma once

#include "WorkspaceContext.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace firebreak::ui {

// Adds a corrective action from the RCA: what, who owns it, when it is due.
class CorrectiveActionDialog : public QDialog {
    Q_OBJECT
public:
    explicit CorrectiveActionDialog(const WorkspaceContext &ctx, QWidget *parent = nullptr);

    QString validationProblem() const;
    void accept() override;

signals:
    void added();

private:
    void revalidate();

    WorkspaceContext m_ctx;
    QLineEdit *m_action;
    QLineEdit *m_owner;
    QCheckBox *m_hasDue;
    QDateEdit *m_due;
    QLabel *m_hint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace firebreak::ui
