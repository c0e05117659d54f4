#pragma once

#include <QString>
#include <QStringList>

namespace firebreak::ewf {

// What walking the section chain of one EWF (E01) segment file found.
struct SegmentScan {
    QString problem;      // empty: the chain is whole; else one sentence naming the file
    bool endsSet = false; // last section is "done": no segment follows
    bool ewf2 = false;    // Ex01 (EWF2): not walked, libewf checks it
};

// Walks the section chain of one segment file without libewf: the 13-byte
// file header (signature, segment number) and every 76-byte section header
// (Adler-32 checked, next offset inside the file) up to "next" or "done".
// libewf reads a set whose middle segment is cut short or missing as if
// the data after it were merely unreadable; this says which file is at
// fault. `expectedNumber` is the segment's place in the set (1-based).
SegmentScan scanSegment(const QString &path, int expectedNumber);

// scanSegment() over a whole set, plus the files the set still needs: a
// gap in the numbering or a last file that says another follows. One
// sentence per problem, each naming its file; empty when the set is whole.
QStringList checkSegmentChain(const QStringList &segments);

} // namespace firebreak::ewf
