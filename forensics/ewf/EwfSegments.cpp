#include "EwfSegments.h"

#include "EwfHandle.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <zlib.h>

namespace firebreak::ewf {

namespace {

constexpr int FileHeaderSize = 13;
constexpr int SectionHeaderSize = 76;
const QByteArray Ewf1Signature("EVF\x09\x0d\x0a\xff\x00", 8);
const QByteArray Ewf2Signature("EVF2\x0d\x0a\x81\x00", 8);

} // namespace

SegmentScan scanSegment(const QString &path, int expectedNumber)
{
    SegmentScan scan;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        scan.problem = QStringLiteral("segment file %1 cannot be opened: %2").arg(path, f.errorString());
        return scan;
    }
    const qint64 size = f.size();
    const QByteArray header = f.read(FileHeaderSize);
    if (header.startsWith(Ewf2Signature)) {
        scan.ewf2 = true;
        return scan;
    }
    if (header.size() < FileHeaderSize || !header.startsWith(Ewf1Signature)) {
        scan.problem =
            QStringLiteral("segment file %1 does not start with an EWF signature (%2 bytes)").arg(path).arg(size);
        return scan;
    }
    const int number = qFromLittleEndian<quint16>(header.constData() + 9);
    if (number != expectedNumber) {
        scan.problem = QStringLiteral("segment file %1 holds segment number %2, not %3 (renamed or from another set)")
                           .arg(path)
                           .arg(number)
                           .arg(expectedNumber);
        return scan;
    }
    qint64 offset = FileHeaderSize;
    // Each section is at least one header long, so the walk ends.
    for (int guard = 0; guard < 1'000'000; ++guard) {
        if (offset + SectionHeaderSize > size) {
            scan.problem = QStringLiteral("segment file %1 is truncated: it ends at byte %2, inside the section "
                                          "header expected at %3")
                               .arg(path)
                               .arg(size)
                               .arg(offset);
            return scan;
        }
        f.seek(offset);
        const QByteArray sh = f.read(SectionHeaderSize);
        const QByteArray type = sh.left(16).split('\0').value(0);
        const auto next = qFromLittleEndian<quint64>(sh.constData() + 16);
        const auto stored = qFromLittleEndian<quint32>(sh.constData() + 72);
        const auto computed =
            static_cast<quint32>(adler32(1, reinterpret_cast<const Bytef *>(sh.constData()), SectionHeaderSize - 4));
        if (stored != computed) {
            scan.problem = QStringLiteral("segment file %1 is damaged: the section header at byte %2 fails its "
                                          "checksum")
                               .arg(path)
                               .arg(offset);
            return scan;
        }
        const QString typeText = QString::fromLatin1(type);
        if (type == "done" || type == "next") {
            scan.endsSet = type == "done";
            return scan;
        }
        if (next <= static_cast<quint64>(offset) || next > static_cast<quint64>(size)) {
            scan.problem = QStringLiteral("segment file %1 is truncated: its \"%2\" section at byte %3 runs to byte "
                                          "%4 but the file ends at %5")
                               .arg(path, typeText)
                               .arg(offset)
                               .arg(next)
                               .arg(size);
            return scan;
        }
        offset = static_cast<qint64>(next);
    }
    scan.problem = QStringLiteral("segment file %1 has no end section").arg(path);
    return scan;
}

QStringList checkSegmentChain(const QStringList &segments)
{
    QStringList problems;
    if (segments.isEmpty())
        return problems;
    const QString first = segments.first();
    bool ended = false;
    for (int i = 0; i < segments.size(); ++i) {
        const SegmentScan s = scanSegment(segments[i], i + 1);
        if (s.ewf2)
            return problems;
        if (!s.problem.isEmpty())
            problems << s.problem;
        if (i + 1 == segments.size())
            ended = s.endsSet || !s.problem.isEmpty();
    }
    if (!ended) {
        const QString missing = segmentName(first, static_cast<int>(segments.size()) + 1);
        QString later;
        for (int n = static_cast<int>(segments.size()) + 2;
             n <= static_cast<int>(segments.size()) + 16 && later.isEmpty(); ++n)
            if (QFileInfo::exists(segmentName(first, n)))
                later = segmentName(first, n);
        problems
            << (later.isEmpty()
                    ? QStringLiteral("segment file %1 is missing: %2 says another segment follows it")
                          .arg(missing, segments.last())
                    : QStringLiteral("segment file %1 is missing (the set continues with %2)").arg(missing, later));
    }
    return problems;
}

} // namespace firebreak::ewf
