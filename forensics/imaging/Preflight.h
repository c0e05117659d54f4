#pragma once

#include "ImagingTypes.h"

namespace firebreak {

class SourceDevice;

// Checks made before a single byte is read, so a 3 a.m. typo fails in a
// second rather than after hours: sane options, every output name free
// (evidence is never overwritten), the destination directory writable,
// not on the source device itself, and large enough.
Status checkOptions(const ImagingOptions &o);
Status checkDestination(const ImagingOptions &o, const SourceDevice &source, const QStringList &segmentPaths);

// `destination` if nothing of an acquisition to it exists yet, else the
// first "NAME-2.ext", "NAME-3.ext", … whose name no file in that folder
// starts with (images, segments, .incomplete files, logs, hash files): a
// second attempt never writes over, or next to, the remains of the first.
QString freeDestinationLike(const QString &destination);

// Every file an acquisition to `destination` could create, in-progress
// names included.
QStringList outputNamesFor(const ImagingOptions &o, const QStringList &segmentPaths);

} // namespace firebreak
