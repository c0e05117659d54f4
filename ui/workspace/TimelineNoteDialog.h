#pragma once

#include "WorkspaceContext.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace firebreak::ui {

class InstantEdit;

// Quick-add of a free timeline entry (Ctrl+T): when (defaults to now, local
// time), what happened, where the fact comes from, how sure we are.
class TimelineNoteDialog : public QDialog {
    Q_OBJECT
public:
    explicit TimelineNoteDialog(const WorkspaceContext &ctx, QWidget *parent = nullptr);

    void accept() override;

signals:
    void added();

private:
    void revalidate();

    WorkspaceContext m_ctx;
    InstantEdit *m_at;
    QLineEdit *m_text;
    QLineEdit *m_source;
    QComboBox *m_confidence;
    QLabel *m_hint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace firebreak::ui
