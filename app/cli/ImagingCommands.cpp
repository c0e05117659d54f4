#include "Command.h"

namespace firebreak::cli {

// `image` and `devices` (forensic acquisition) are registered here.
QList<Command> imagingCommands() { return {}; }

} // namespace firebreak::cli
