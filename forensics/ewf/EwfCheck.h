#pragma once

#include "forensics/common/ByteProgress.h"
#include "forensics/common/CancelToken.h"
#include "forensics/imaging/ImagingTypes.h"
#include "model/Result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace firebreak {

// A range of media data whose chunk failed its checksum (or could not be
// read) while an E01 set was read back through libewf.
struct EwfBadRange {
    qint64 offset = 0;
    qint64 length = 0;
    QString file; // the segment file holding it, when libewf says
};

// What reading an Expert Witness image back through libewf found.
struct EwfCheck {
    QStringList segments; // every segment file libewf opened, in order
    qint64 mediaSize = 0; // bytes of media data the header declares
    qint64 bytesRead = 0; // bytes actually read back
    HashValues stored;    // MD5 / SHA-1 the image itself carries
    HashValues computed;  // MD5, SHA-1 and SHA-256 of the media data read
    QList<EwfBadRange> checksumErrors;
    // Structural damage found by walking each segment's section chain: a
    // missing, truncated or foreign segment file, each sentence naming it.
    QStringList segmentProblems;
    QString caseNumber, evidenceNumber, examiner, description, notes;
    QString error; // why it could not be read to the end, naming the file
    bool cancelled = false;

    // Read to the end, no checksum error, and every stored hash equals the computed one.
    bool intact() const;
    // One line per problem, each naming the file; empty when intact().
    QStringList problems() const;
};

// Opens the whole segment set that `firstSegment` (NAME.E01) belongs to
// (a missing or truncated segment is an error naming it), reads all media
// data, hashes it with MD5, SHA-1 and SHA-256 and compares with what the
// image stores. Never writes to the files. Result error only when the set
// cannot be opened at all; read/checksum failures are in the EwfCheck.
Result<EwfCheck> checkEwfImage(const QString &firstSegment, const ByteProgress &progress, const CancelToken &cancel);

} // namespace firebreak
