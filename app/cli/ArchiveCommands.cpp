// `firebreak-cli archive ...` commands.
#include "Command.h"

namespace firebreak::cli {

QList<Command> archiveCommands()
{
    return {};
}

} // namespace firebreak::cli
