#pragma once

#include "RecordTablePanel.h"

class QComboBox;
class QLabel;

namespace firebreak::ui {

// Corrective actions from the RCA, with owner, due date and state; the
// selected row's state can be changed in place.
class CorrectivePanel : public RecordTablePanel {
    Q_OBJECT
public:
    explicit CorrectivePanel(const WorkspaceContext &ctx, QWidget *parent = nullptr);

    QString reload(const Incident &incident) override;
    void openDialog() override;
    // Changes the state of the action in `row`; refusals are shown inline.
    Status setState(int row, const QString &state);

private:
    void syncStateCombo();

    QList<CorrectiveAction> m_actions;
    QComboBox *m_state;
    QPushButton *m_setState;
    QLabel *m_error;
};

} // namespace firebreak::ui
