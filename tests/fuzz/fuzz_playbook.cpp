// Playbooks come from the user's folder (and from colleagues): any bytes.
#include "FuzzSupport.h"
#include "model/response/Playbook.h"

#include <QSet>

FIREBREAK_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace firebreak;
    const QByteArray json(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Result<Playbook> p = playbooks::parse(QStringLiteral("fuzz.json"), json);
    if (!p) {
        // The user is told which file: every refusal must name it.
        fuzz::require(p.error().message.startsWith(QStringLiteral("fuzz.json")), "error names the file");
        return 0;
    }
    fuzz::require(!p->steps.isEmpty(), "an accepted playbook has steps");
    QSet<QString> ids;
    for (const StepTemplate &s : p->steps)
        ids.insert(s.id);
    fuzz::require(ids.size() == p->steps.size(), "step ids are unique");
    return 0;
}
