#pragma once

// The evidence handover use case (issue #22), once for `firebreak-cli
// archive export` and the GUI's HandoverDialog:
//
//   auto h = HandoverExport::prepare(store, request);   the store's thread: checks and reads every fact
//   auto done = h->run(store, options, progress, cancel); any thread with its own store: renders the
//                                                         custody forms and the internal report, writes the
//                                                         package, records the transfer (custody + audit)
//
// Nothing is recorded unless the package is complete; a package that was
// written but whose transfer could not be recorded says so (recordError)
// rather than failing silently, since the recipient may already hold it.

#include "app/documents/ReportFacts.h"
#include "forensics/archive/Handover.h"
#include "forensics/archive/Package.h"

namespace firebreak::services {

struct HandoverOutcome {
    archive::ExportResult result;
    QString recordError; // the package exists, but its custody transfer is not in the case file
};

class HandoverExport {
public:
    static Result<HandoverExport> prepare(CaseStore &store, const archive::HandoverRequest &request);

    const archive::HandoverRequest &request() const { return m_request; }
    const archive::PackagePlan &plan() const { return m_plan; }

    // Consumes the prepared plan: call once.
    Result<HandoverOutcome> run(CaseStore &store, const archive::ExportOptions &options, const ByteProgress &progress,
                                const CancelToken &cancel);

private:
    HandoverExport(archive::HandoverRequest request, archive::PackagePlan plan, documents::IncidentFacts facts)
        : m_request(std::move(request)), m_plan(std::move(plan)), m_facts(std::move(facts))
    {
    }
    Status addDocuments();

    archive::HandoverRequest m_request;
    archive::PackagePlan m_plan;
    documents::IncidentFacts m_facts;
};

} // namespace firebreak::services
