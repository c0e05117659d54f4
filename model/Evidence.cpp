#include "Evidence.h"

#include <QJsonObject>

namespace firebreak {

QString evidenceKindKey(EvidenceKind k)
{
    return k == EvidenceKind::Image ? QStringLiteral("image") : QStringLiteral("file");
}

QString verificationKey(Verification v)
{
    switch (v) {
    case Verification::NotVerified: return QStringLiteral("not-verified");
    case Verification::Verified: return QStringLiteral("verified");
    case Verification::Mismatch: return QStringLiteral("mismatch");
    case Verification::Failed: return QStringLiteral("failed");
    }
    return {};
}

Verification verificationFromKey(const QString &key)
{
    for (Verification v : {Verification::Verified, Verification::Mismatch, Verification::Failed})
        if (verificationKey(v) == key)
            return v;
    return Verification::NotVerified;
}

QStringList volatilityClasses()
{
    return {QStringLiteral("registers-cache"),       QStringLiteral("memory-network-processes"),
            QStringLiteral("temporary-filesystems"), QStringLiteral("disk"),
            QStringLiteral("remote-logs"),           QStringLiteral("physical-configuration"),
            QStringLiteral("archival-media")};
}

bool isSystemDiskImage(const EvidenceItem &e)
{
    // Acquisitions record their source's type; an image registered from
    // another imager has none and counts when it names its system.
    const QString type = e.details.value(QStringLiteral("source")).toObject().value(QStringLiteral("type")).toString();
    return e.kind == EvidenceKind::Image && !e.system.trimmed().isEmpty() && type != QLatin1String("file");
}

QStringList custodyActions()
{
    return {QStringLiteral("collected"), QStringLiteral("transferred"), QStringLiteral("examined"),
            QStringLiteral("stored"),    QStringLiteral("returned"),    QStringLiteral("released")};
}

} // namespace firebreak
