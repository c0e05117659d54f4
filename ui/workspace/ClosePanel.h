#pragma once

#include "WorkspaceContext.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace firebreak::ui {

// Closing the incident: the live list of what blocks it, an optional
// summary, and Close incident… (confirmed, audited); Reopen… with a reason
// once closed.
class ClosePanel : public QWidget {
    Q_OBJECT
public:
    explicit ClosePanel(const WorkspaceContext &ctx, QWidget *parent = nullptr);

    // Shows `blockers` (from ResponseService::closureBlockers) for `incident`.
    void setData(const Incident &incident, const QStringList &blockers);
    QStringList blockers() const { return m_blockers; }

    void requestClose();  // asks for confirmation, then closes
    void requestReopen(); // asks for the reason, then reopens

signals:
    void changed();
    void blockerActivated(const QString &blocker);

private:
    void closeConfirmed();

    WorkspaceContext m_ctx;
    Incident m_incident;
    QStringList m_blockers;
    QLabel *m_status;
    QListWidget *m_list;
    QLabel *m_listHint;
    QLineEdit *m_summary;
    QLabel *m_consequence;
    QPushButton *m_close;
    QPushButton *m_reopen;
    QLabel *m_error;
};

} // namespace firebreak::ui
