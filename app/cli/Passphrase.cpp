#include "Passphrase.h"

#include <QFile>

#include <cstdio>

#include <termios.h>
#include <unistd.h>

namespace firebreak::cli {

namespace {

QByteArray chomp(QByteArray line)
{
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

QByteArray askWithoutEcho(const QString &prompt)
{
    std::fprintf(stderr, "%s", prompt.toLocal8Bit().constData());
    std::fflush(stderr);
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    char buf[1024] = {};
    const bool got = std::fgets(buf, sizeof buf, stdin) != nullptr;
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    std::fprintf(stderr, "\n");
    return got ? chomp(QByteArray(buf)) : QByteArray();
}

} // namespace

QByteArray promptWithoutEcho(const QString &prompt)
{
    return askWithoutEcho(prompt);
}

bool canPrompt()
{
    return isatty(STDIN_FILENO) == 1;
}

Result<QByteArray> readPassphrase(const PassphraseSource &source, const QString &what, bool confirm)
{
    if (!source.file.isEmpty()) {
        QFile f(source.file);
        if (!f.open(QIODevice::ReadOnly))
            return Error::failed(
                QStringLiteral("cannot read passphrase file %1: %2").arg(f.fileName(), f.errorString()));
        const QByteArray line = chomp(f.readLine());
        if (line.isEmpty())
            return Error::usage(QStringLiteral("passphrase file %1 is empty").arg(f.fileName()));
        return line;
    }
    if (qEnvironmentVariableIsSet(source.envVar))
        return qgetenv(source.envVar);
    if (!canPrompt())
        return Error::usage(QStringLiteral("the %1 needs a passphrase: give --passphrase-file FILE or set %2 (it is "
                                           "never taken on the command line)")
                                .arg(what, QLatin1String(source.envVar)));
    const QByteArray first = askWithoutEcho(QStringLiteral("Passphrase for the %1: ").arg(what));
    if (first.isEmpty())
        return Error::usage(QStringLiteral("an empty passphrase is not accepted"));
    if (confirm && askWithoutEcho(QStringLiteral("Again: ")) != first)
        return Error::usage(QStringLiteral("the passphrases differ"));
    return first;
}

} // namespace firebreak::cli
