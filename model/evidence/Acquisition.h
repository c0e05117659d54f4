#pragma once

#include <QDateTime>
#include <QString>

namespace firebreak {

// Who is running an acquisition, precisely enough to tell later whether
// that process is still alive on this machine: the host name, the pid and
// a tag (boot id + the process's start time in clock ticks since boot), so
// neither a reused pid nor a reboot makes a dead acquisition look alive.
struct ProcessIdentity {
    QString host;
    qint64 pid = 0;
    QString tag;

    static ProcessIdentity current();
};

enum class Liveness { Alive, Gone, Unknown /* another host: cannot check from here */ };
Liveness liveness(const ProcessIdentity &p);

// One acquisition as the case store records it: started before the first
// byte is read, finished (complete, failed, cancelled) at the end. A row
// still "running" whose process is gone is an interrupted acquisition.
struct AcquisitionRecord {
    enum class State { Running, Complete, Failed, Cancelled };

    qint64 id = 0;
    QString incidentId;
    QString evidenceNumber;
    QString source;      // device or file path
    QString destination; // the image's final name (DEST)
    QString workPath;    // the first file written while running (DEST.incomplete, ...)
    QString logPath;     // the "IN PROGRESS" log (DEST.incomplete.info)
    QString examiner;
    ProcessIdentity process;
    QDateTime startedAt; // UTC
    qint64 bytesExpected = 0;
    State state = State::Running;
    QString outcome; // the engine's outcome key when finished
    QDateTime endedAt;
    qint64 bytesAcquired = 0;
    QString error;
};

QString acquisitionStateKey(AcquisitionRecord::State s);
AcquisitionRecord::State acquisitionStateFromKey(const QString &key);

// What to show for a record now: its state, or for a "running" row whether
// the process is still at it.
enum class AcquisitionStatus { Running, RunningElsewhere, Interrupted, Complete, Failed, Cancelled };
AcquisitionStatus acquisitionStatus(const AcquisitionRecord &r);
QString acquisitionStatusKey(AcquisitionStatus s);

// One sentence for a banner or a warning line, e.g. "Acquisition of
// /dev/sdb to /cases/x.raw (INC-2026-0001 E-002) was interrupted: started
// 2026-11-23 03:12 by A. Examiner on host1 and never finished; the image
// /cases/x.raw.incomplete is incomplete (log: ...)". Times in local time.
QString interruptedNotice(const AcquisitionRecord &r);

} // namespace firebreak
