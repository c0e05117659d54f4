#pragma once

#include "WorkspaceContext.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace firebreak::ui {

class InstantEdit;

// Records a Restore-phase entry: a recovery action, the moment service was
// restored (the earliest one ends the outage), or a verified-clean check.
class RecoveryDialog : public QDialog {
    Q_OBJECT
public:
    explicit RecoveryDialog(const WorkspaceContext &ctx, QWidget *parent = nullptr);

    void setKind(const QString &kind); // action | service-restored | verified-clean
    QString validationProblem() const;
    void accept() override;

signals:
    void recorded();

private:
    void revalidate();

    WorkspaceContext m_ctx;
    QComboBox *m_kind;
    QComboBox *m_system;
    QLineEdit *m_text;
    QLineEdit *m_by;
    InstantEdit *m_at;
    QLabel *m_note;
    QLabel *m_hint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace firebreak::ui
