#pragma once

#include "model/CaseStore.h"
#include "model/response/ResponseService.h"

namespace firebreak::ui {

// What every part of one incident's workspace works on. Copied into each
// panel (two references and an id) so no panel outlives a shared object.
struct WorkspaceContext {
    CaseStore &store;
    ResponseService &response;
    QString incidentId;

    QDateTime now() const { return store.clock().nowUtc(); }
};

} // namespace firebreak::ui
