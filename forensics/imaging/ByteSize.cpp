#include "ByteSize.h"

#include <QRegularExpression>

#include <cmath>

namespace firebreak {

std::optional<qint64> parseByteSize(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([kmgtp]?)(?:i?b)?\\s*$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QString unit = m.captured(2).toLower();
    const int shift = unit.isEmpty() ? 0 : 10 * (QStringLiteral("kmgtp").indexOf(unit) + 1);
    const long double value = m.captured(1).toDouble() * std::pow(2.0L, shift);
    if (value < 1 || value > 9.0e18L || value != std::floor(value))
        return std::nullopt;
    return static_cast<qint64>(value);
}

QString formatBytes(qint64 bytes)
{
    static const char *const units[] = {"bytes", "KiB", "MiB", "GiB", "TiB", "PiB"};
    double v = static_cast<double>(bytes);
    int u = 0;
    while (v >= 1024 && u < 5) {
        v /= 1024;
        ++u;
    }
    if (u == 0)
        return QStringLiteral("%1 bytes").arg(bytes);
    return QStringLiteral("%1 %2").arg(v, 0, 'f', 2).arg(QLatin1String(units[u]));
}

} // namespace firebreak
