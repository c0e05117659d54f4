#pragma once

// The printed part of an evidence handover package: the chain-of-custody
// form of each shipped item and the internal report, as PDF bytes for
// forensics/archive to pack. Shared by `firebreak-cli archive export` and
// the GUI's HandoverDialog.
//
//   plan  = prepareHandover(store, request)          thread owning the store
//   done  = addHandoverDocuments(plan)                any thread (lays out + paints)
//   out   = archive::exportPackage(done.plan, ...)    any thread
//   archive::recordHandover(store, ...)               thread owning the store

#include "ReportFacts.h"
#include "forensics/archive/Handover.h"

namespace firebreak::documents {

// What the worker needs: the package plan and the facts the PDFs show.
struct HandoverPreparation {
    archive::HandoverRequest request;
    archive::PackagePlan plan;
    IncidentFacts facts;
};

// Reads everything on the store's thread (services built here from the
// stock rule sets, as the CLI does).
Result<HandoverPreparation> prepareHandover(CaseStore &store, const archive::HandoverRequest &request);

// Renders custody/custody-form-E-NNN.pdf per item and report/internal-report.pdf
// and appends them to the plan.
Status addHandoverDocuments(HandoverPreparation &prep);

} // namespace firebreak::documents
