#include "Acquisition.h"

#include <QCoreApplication>

#include <QFile>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace firebreak {

namespace {

QString bootId()
{
    QFile f(QStringLiteral("/proc/sys/kernel/random/boot_id"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().trimmed()) : QString();
}

// Field 22 of /proc/PID/stat (start time in ticks since boot); the command
// name before it may hold spaces and parentheses, so count from the last ')'.
QString startTicks(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray stat = f.readAll();
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return {};
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    return fields.size() > 19 ? QString::fromLatin1(fields.at(19)) : QString();
}

QString tagOf(qint64 pid)
{
    const QString ticks = startTicks(pid);
    return ticks.isEmpty() ? QString() : bootId() + QLatin1Char('/') + ticks;
}

} // namespace

ProcessIdentity ProcessIdentity::current()
{
    const qint64 pid = ::getpid();
    return {QSysInfo::machineHostName(), pid, tagOf(pid)};
}

Liveness liveness(const ProcessIdentity &p)
{
    if (p.host != QSysInfo::machineHostName())
        return Liveness::Unknown;
    if (p.pid <= 0)
        return Liveness::Gone;
    if (!p.tag.isEmpty())
        return tagOf(p.pid) == p.tag ? Liveness::Alive : Liveness::Gone;
    // No tag recorded (no /proc): the pid alone, which a reuse can fool.
    return ::kill(static_cast<pid_t>(p.pid), 0) == 0 || errno == EPERM ? Liveness::Alive : Liveness::Gone;
}

QString acquisitionStateKey(AcquisitionRecord::State s)
{
    switch (s) {
    case AcquisitionRecord::State::Running: return QStringLiteral("running");
    case AcquisitionRecord::State::Complete: return QStringLiteral("complete");
    case AcquisitionRecord::State::Failed: return QStringLiteral("failed");
    case AcquisitionRecord::State::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

AcquisitionRecord::State acquisitionStateFromKey(const QString &key)
{
    if (key == QLatin1String("complete"))
        return AcquisitionRecord::State::Complete;
    if (key == QLatin1String("failed"))
        return AcquisitionRecord::State::Failed;
    if (key == QLatin1String("cancelled"))
        return AcquisitionRecord::State::Cancelled;
    return AcquisitionRecord::State::Running;
}

AcquisitionStatus acquisitionStatus(const AcquisitionRecord &r)
{
    switch (r.state) {
    case AcquisitionRecord::State::Complete: return AcquisitionStatus::Complete;
    case AcquisitionRecord::State::Failed: return AcquisitionStatus::Failed;
    case AcquisitionRecord::State::Cancelled: return AcquisitionStatus::Cancelled;
    case AcquisitionRecord::State::Running: break;
    }
    switch (liveness(r.process)) {
    case Liveness::Alive: return AcquisitionStatus::Running;
    case Liveness::Unknown: return AcquisitionStatus::RunningElsewhere;
    case Liveness::Gone: return AcquisitionStatus::Interrupted;
    }
    return AcquisitionStatus::Interrupted;
}

QString acquisitionStatusKey(AcquisitionStatus s)
{
    switch (s) {
    case AcquisitionStatus::Running: return QStringLiteral("running");
    case AcquisitionStatus::RunningElsewhere: return QStringLiteral("running-elsewhere");
    case AcquisitionStatus::Interrupted: return QStringLiteral("interrupted");
    case AcquisitionStatus::Complete: return QStringLiteral("complete");
    case AcquisitionStatus::Failed: return QStringLiteral("failed");
    case AcquisitionStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

QString interruptedNotice(const AcquisitionRecord &r)
{
    const QString started = r.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    // translate(): the workbench shows it in its language; the CLI installs no translator (English).
    QString text = QCoreApplication::translate("Acquisition",
                                               "Acquisition of %1 to %2 (%3 %4) was interrupted: started %5 by %6 on "
                                               "%7 and never finished; the image %8 is incomplete")
                       .arg(r.source, r.destination, r.incidentId, r.evidenceNumber, started,
                            r.examiner.isEmpty() ? QStringLiteral("?") : r.examiner, r.process.host,
                            r.workPath.isEmpty() ? r.destination + QStringLiteral(".incomplete") : r.workPath);
    if (!r.logPath.isEmpty())
        text += QCoreApplication::translate("Acquisition", " (log: %1)").arg(r.logPath);
    return text + QLatin1Char('.');
}

} // namespace firebreak
