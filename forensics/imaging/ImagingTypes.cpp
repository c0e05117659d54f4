#include "ImagingTypes.h"

namespace firebreak {

QString WriteProtectionRecord::summary() const
{
    QStringList s;
    s << (openedReadOnly ? QStringLiteral("source opened read-only (O_RDONLY)")
                         : QStringLiteral("source NOT opened read-only"));
    if (kernelFlagSetByFirebreak)
        s << (kernelFlagRestored
                  ? QStringLiteral(
                        "kernel read-only flag (BLKROSET) set by Firebreak during the acquisition, then restored")
                  : QStringLiteral("kernel read-only flag (BLKROSET) set by Firebreak and left set"));
    else if (kernelFlagBefore)
        s << QStringLiteral("kernel read-only flag already set before the acquisition (left as it was)");
    if (!note.isEmpty())
        s << note;
    s << (declaredBlocker.isEmpty()
              ? QStringLiteral("no hardware write blocker declared")
              : QStringLiteral("hardware write blocker declared by the examiner: %1").arg(declaredBlocker));
    return s.join(QStringLiteral("; "));
}

QString imagingPhaseLabel(ImagingPhase p)
{
    switch (p) {
    case ImagingPhase::Acquire: return QStringLiteral("acquiring");
    case ImagingPhase::VerifyImage: return QStringLiteral("verifying image");
    case ImagingPhase::VerifySource: return QStringLiteral("re-reading source");
    }
    return {};
}

QString imagingOutcomeKey(ImagingOutcome o)
{
    switch (o) {
    case ImagingOutcome::Complete: return QStringLiteral("complete");
    case ImagingOutcome::SourceNotVerified: return QStringLiteral("source-not-verified");
    case ImagingOutcome::VerifyFailed: return QStringLiteral("verify-failed");
    case ImagingOutcome::Cancelled: return QStringLiteral("cancelled");
    case ImagingOutcome::DestinationError: return QStringLiteral("destination-error");
    case ImagingOutcome::SourceError: return QStringLiteral("source-error");
    case ImagingOutcome::NotStarted: return QStringLiteral("not-started");
    case ImagingOutcome::InProgress: return QStringLiteral("in-progress");
    }
    return {};
}

QString imageFormatKey(ImageFormat f)
{
    return f == ImageFormat::E01 ? QStringLiteral("e01") : QStringLiteral("raw");
}

std::optional<ImageFormat> imageFormatFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("raw") || k == QLatin1String("dd"))
        return ImageFormat::Raw;
    if (k == QLatin1String("e01") || k == QLatin1String("ewf"))
        return ImageFormat::E01;
    return std::nullopt;
}

QString ewfCompressionKey(EwfCompression c)
{
    switch (c) {
    case EwfCompression::None: return QStringLiteral("none");
    case EwfCompression::Fast: return QStringLiteral("fast");
    case EwfCompression::Best: return QStringLiteral("best");
    }
    return {};
}

std::optional<EwfCompression> ewfCompressionFromKey(const QString &key)
{
    for (EwfCompression c : {EwfCompression::None, EwfCompression::Fast, EwfCompression::Best})
        if (key.trimmed().compare(ewfCompressionKey(c), Qt::CaseInsensitive) == 0)
            return c;
    return std::nullopt;
}

qint64 AcquisitionReport::badSectorCount() const
{
    qint64 n = 0;
    for (const BadSectorRange &r : badSectors)
        n += r.sectorCount;
    return n;
}

} // namespace firebreak
