#pragma once

#include "ImagingTypes.h"

#include <QJsonObject>

namespace firebreak {

// Names of everything an acquisition leaves next to DEST (docs/IMAGING.md).
namespace output {
inline const QLatin1String IncompleteSuffix(".incomplete");
QString infoPath(const QString &destination);                      // DEST.info
QString jsonPath(const QString &destination);                      // DEST.json
QString hashFilePath(const QString &destination, HashAlgorithm a); // DEST.md5, DEST.sha256, ...
QString incomplete(const QString &path);                           // PATH.incomplete
} // namespace output

// One line of a coreutils *sum file ("HEX  NAME"), escaped the way
// coreutils does for names holding a backslash or a newline.
QString coreutilsHashLine(const QString &hex, const QString &fileName);

// The human-readable log (.info) and its machine-readable twin (.json):
// tool, examiner, incident, evidence, host, source identity and sizes,
// times in UTC, bytes read, bad-sector ranges and fill, hashes,
// verification, write protection, segments.
QString acquisitionLogText(const AcquisitionReport &r);
QJsonObject acquisitionLogJson(const AcquisitionReport &r);

// Writes both files atomically (temporary file + rename).
Status writeAcquisitionLog(const AcquisitionReport &r, const QString &infoPath, const QString &jsonPath);

// DEST.md5 / .sha1 / .sha256 / .sha512 in coreutils format. An unsplit
// image is named, so `sha256sum -c DEST.sha256` works in its directory; a
// split image's line names "-" (standard input) with a comment giving the
// command: `cat DEST.001 DEST.002 | sha256sum -c DEST.sha256`.
Result<QStringList> writeHashFiles(const AcquisitionReport &r, const QString &destination);

// The library versions that computed the hashes, for the log.
QString toolVersionText();

} // namespace firebreak
