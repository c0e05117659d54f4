// `firebreak-cli evidence ...` commands.
#include "Command.h"

namespace firebreak::cli {

QList<Command> evidenceCommands()
{
    return {};
}

} // namespace firebreak::cli
