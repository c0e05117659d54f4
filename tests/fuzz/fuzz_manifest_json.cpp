// MANIFEST.json of a received package: items and their segment paths.
#include "FuzzSupport.h"
#include "forensics/archive/Manifest.h"

#include <QDir>

FIREBREAK_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace firebreak;
    using namespace firebreak::archive;
    const QByteArray json(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto items = itemsFromJson(json, QStringLiteral("MANIFEST.json"));
    if (!items) {
        fuzz::require(items.error().message.startsWith(QStringLiteral("MANIFEST.json")), "error names the file");
        return 0;
    }
    for (const ManifestItem &i : *items) {
        if (!i.shipped)
            continue;
        for (const QString &s : i.segments) {
            fuzz::require(isContainedPath(s), "a shipped segment is contained");
            const QString clean = QDir::cleanPath(QStringLiteral("/pkg/") + s);
            fuzz::require(clean.startsWith(QStringLiteral("/pkg/")), "a shipped segment stays inside");
        }
    }
    return 0;
}
