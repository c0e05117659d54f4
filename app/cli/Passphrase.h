#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QString>

namespace firebreak::cli {

// Where a key's passphrase comes from. Never the command line (it would sit
// in the shell history and in /proc): a file, the environment, or a prompt
// without echo when standard input is a terminal.
struct PassphraseSource {
    QString file;       // --passphrase-file, empty if not given
    const char *envVar; // e.g. "FIREBREAK_KEY_PASSPHRASE"
};

// `what` names the key in the prompt and in the error; `confirm` asks twice
// (for a new key).
Result<QByteArray> readPassphrase(const PassphraseSource &source, const QString &what, bool confirm);

// Asks on the terminal without echo; empty when nothing was typed.
QByteArray promptWithoutEcho(const QString &prompt);

// True when a prompt could be shown (standard input is a terminal).
bool canPrompt();

} // namespace firebreak::cli
