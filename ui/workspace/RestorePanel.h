#pragma once

#include "RecordTablePanel.h"

namespace firebreak::ui {

// Restore-phase entries, and the outage: when service came back and how
// long it was down.
class RestorePanel : public RecordTablePanel {
    Q_OBJECT
public:
    explicit RestorePanel(const WorkspaceContext &ctx, QWidget *parent = nullptr);

    QString reload(const Incident &incident) override;
    void openDialog() override;
    void openDialogFor(const QString &kind);
};

} // namespace firebreak::ui
