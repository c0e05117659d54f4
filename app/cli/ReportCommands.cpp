#include "Command.h"

namespace firebreak::cli {

// `report ...` (PDF documents) are registered here. These commands run
// under a QGuiApplication on the offscreen platform (see main.cpp).
QList<Command> reportCommands() { return {}; }

} // namespace firebreak::cli
