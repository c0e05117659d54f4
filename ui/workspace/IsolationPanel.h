#pragma once

#include "RecordTablePanel.h"

namespace firebreak::ui {

// Containment actions of the Isolate phase.
class IsolationPanel : public RecordTablePanel {
    Q_OBJECT
public:
    explicit IsolationPanel(const WorkspaceContext &ctx, QWidget *parent = nullptr);

    QString reload(const Incident &incident) override;
    void openDialog() override;
};

} // namespace firebreak::ui
