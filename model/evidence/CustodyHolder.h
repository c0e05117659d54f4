#pragma once

#include "../Evidence.h"

#include <QList>
#include <QString>

namespace firebreak {

// Who holds an item by its chain of custody (issue #21): the last party an
// entry handed it to: the collector, then each transfer's, return's or
// release's receiver (examining or storing it does not change hands, nor
// does handing over an evidence package: that is a copy). Names are free text ("Jane Doe, examiner, +33
// …"), so two names are the same party when their first part matches once case, accents and spacing are set aside
// ("jane  DOE" = "Jane Doe, Examiner").
QString custodyPartyKey(const QString &party);
// Same key, or the same words where one side gives an initial ("B. Marley"
// is "Bob Marley"; "Marley" alone is not: it could be any Marley).
bool sameParty(const QString &a, const QString &b);

struct CustodyHolder {
    QString party;   // as recorded; empty when no entry names a receiver
    CustodyEvent by; // the entry that made them the holder
};
CustodyHolder holderOf(const QList<CustodyEvent> &chainInTimeOrder);

// Entries that hand an item over from someone who did not hold it at that
// moment and were not recorded with an override reason.
QList<CustodyEvent> unexplainedHandOffs(const QList<CustodyEvent> &chainInTimeOrder);

// The chain with `e` inserted where its time puts it (after entries at
// the same instant, as the store orders them).
QList<CustodyEvent> withEntry(QList<CustodyEvent> chainInTimeOrder, const CustodyEvent &e);

} // namespace firebreak
