#pragma once

#include "WorkspaceContext.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace firebreak::ui {

// The root-cause analysis: how it was detected, the trigger, the root
// cause, contributing factors, a five-whys chain and lessons learned.
// Edits stay local until Save; a reload never overwrites unsaved text.
class RcaForm : public QWidget {
    Q_OBJECT
public:
    explicit RcaForm(const WorkspaceContext &ctx, QWidget *parent = nullptr);

    QString reload(const Incident &incident);
    bool isDirty() const { return m_dirty; }
    Status save();
    void focusRootCause();

signals:
    void changed();

private:
    void setDirty(bool dirty);
    void addWhy();
    void removeWhy();
    QPlainTextEdit *textEdit(const QString &objectName, const QString &placeholder, int lines);

    WorkspaceContext m_ctx;
    RootCauseAnalysis m_saved;
    qint64 m_basisVersion = -1; // the stored version the text on screen started from
    bool m_dirty = false;
    bool m_loading = false;
    bool m_closed = false;
    QLineEdit *m_detection;
    QLineEdit *m_trigger;
    QPlainTextEdit *m_rootCause;
    QPlainTextEdit *m_contributing;
    QListWidget *m_whys;
    QPushButton *m_addWhy;
    QPushButton *m_removeWhy;
    QPlainTextEdit *m_wentWell;
    QPlainTextEdit *m_wentWrong;
    QPlainTextEdit *m_gotLucky;
    QPushButton *m_save;
    QPushButton *m_reloadTheirs;
    QLabel *m_status;
    QLabel *m_error;
};

} // namespace firebreak::ui
