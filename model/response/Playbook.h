#pragma once

#include "../Incident.h"
#include "../Result.h"

#include <QList>
#include <QStringList>

namespace firebreak {

// What a step asks to be recorded before it counts as done.
QStringList knownRecordKinds(); // systems-listed, classification, systems-isolated, ...
// What a step may declare as "completed_by": classification (the clocks were
// classified), root-cause (an RCA naming the root cause was saved),
// service-restored and verification (a recovery of kind service-restored or
// verified-clean), disk-image (an image was registered as evidence).
QStringList stepLinkKinds();

// A step of a playbook, copied into each incident created from it.
struct StepTemplate {
    QString id; // unique within the playbook, e.g. "contain"
    Phase phase = Phase::Triage;
    QString title;
    QString guidance;
    QStringList checklist;
    QString owner; // a role ("Forensics"), reassignable per incident
    bool mandatory = false;
    QString records; // see knownRecordKinds(), or empty
    // "completed_by": the record that completes this step by itself when it
    // is made, from the CLI or the workbench (see stepLinkKinds()), or empty.
    QString completedBy;
};

struct Playbook {
    QString id;
    QString title;
    QString description;
    QList<StepTemplate> steps; // in phase order, then file order
    QString file;
};

// Shipped (":/playbooks") plus the user's own folder; a malformed file is
// reported with file, line and reason, and the others still load.
struct PlaybookSet {
    QList<Playbook> playbooks;
    QStringList problems;
    const Playbook *find(const QString &id) const;
};

namespace playbooks {
Result<Playbook> parse(const QString &file, const QByteArray &json);
PlaybookSet load(const QStringList &extraDirs = {});
QString userDir();
inline QString defaultId()
{
    return QStringLiteral("generic");
}
} // namespace playbooks

} // namespace firebreak
