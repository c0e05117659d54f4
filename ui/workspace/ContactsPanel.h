#pragma once

#include "RecordTablePanel.h"

namespace firebreak::ui {

// Every contact with a third party; law-enforcement rows flagged.
class ContactsPanel : public RecordTablePanel {
    Q_OBJECT
public:
    explicit ContactsPanel(const WorkspaceContext &ctx, QWidget *parent = nullptr);

    QString reload(const Incident &incident) override;
    void openDialog() override;
    // Opens the dialog with the party type chosen (e.g. law-enforcement).
    void openDialogFor(const QString &partyType);
};

} // namespace firebreak::ui
