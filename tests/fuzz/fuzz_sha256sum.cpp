// MANIFEST.sha256 of a received package, and the path checks every
// package name goes through: nothing accepted may point outside.
#include "FuzzSupport.h"
#include "forensics/archive/Manifest.h"

#include <QDir>

FIREBREAK_FUZZ_INIT

namespace {

bool staysInside(const QString &rel)
{
    const QString root = QStringLiteral("/pkg/root");
    const QString clean = QDir::cleanPath(root + QLatin1Char('/') + rel);
    return clean.startsWith(root + QLatin1Char('/'));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace firebreak;
    using namespace firebreak::archive;
    const QByteArray text(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    const auto lines = parseSha256sum(text, QStringLiteral("MANIFEST.sha256"));
    if (lines) {
        for (const Sha256Line &l : *lines) {
            fuzz::require(l.sha256.size() == 64, "a SHA-256 is 64 hex digits");
            fuzz::require(isContainedPath(l.path) && staysInside(l.path), "an accepted path stays inside");
        }
    } else {
        fuzz::require(lines.error().message.startsWith(QStringLiteral("MANIFEST.sha256")), "error names the file");
    }

    // The same bytes as a name taken from a case file.
    const QString name = QString::fromUtf8(text);
    if (isContainedPath(name))
        fuzz::require(staysInside(name), "isContainedPath agrees with cleanPath");
    const QString safe = safePackagePath(name);
    fuzz::require(safe.isEmpty() || (isContainedPath(safe) && staysInside(safe)), "safePackagePath is contained");
    const QString component = safeComponent(name);
    fuzz::require(!component.isEmpty() && !component.contains(QLatin1Char('/')) && isContainedPath(component),
                  "safeComponent is one contained name");
    return 0;
}
