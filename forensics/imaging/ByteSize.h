#pragma once

#include <QString>

#include <optional>

namespace firebreak {

// "2G", "650M", "1.5T", "4096", "512K", "2GiB": binary multiples (K = 1024),
// as split sizes are given in FTK, Guymager and dd. nullopt when not a
// positive whole number of bytes.
std::optional<qint64> parseByteSize(const QString &text);

// "4.00 GiB" — for people; logs also give the exact byte count.
QString formatBytes(qint64 bytes);

} // namespace firebreak
