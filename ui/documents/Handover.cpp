#include "Handover.h"

#include "Documents.h"
#include "model/clocks/ClockService.h"
#include "model/clocks/RuleLoader.h"
#include "model/response/ResponseService.h"
#include <QCoreApplication>

namespace firebreak::documents {

namespace {

Result<QByteArray> renderPdf(const IncidentFacts &facts, DocumentOptions o)
{
    auto source = compose(facts, o);
    if (!source)
        return source.error();
    auto paged = PagedDocument::layout(*source);
    if (!paged)
        return paged.error();
    return (*paged)->pdf();
}

} // namespace

Result<HandoverPreparation> prepareHandover(CaseStore &store, const archive::HandoverRequest &request)
{
    auto plan = archive::planHandover(store, request);
    if (!plan)
        return plan.error();
    ClockService clocks(store, ruleloader::load());
    ResponseService response(store, &clocks);
    auto facts = gatherFacts(store, response, clocks, request.incidentId);
    if (!facts)
        return facts.error();
    return HandoverPreparation{request, std::move(plan).value(), std::move(facts).value()};
}

Status addHandoverDocuments(HandoverPreparation &prep)
{
    DocumentOptions o;
    o.author = prep.plan.header.createdBy;
    o.generatedAt = prep.plan.header.createdAt;
    o.zone = QTimeZone::utc(); // the recipient's zone is unknown: UTC throughout
    o.kind = DocumentKind::Custody;
    // The form travels with this handover, so it shows its row (recorded in
    // the case file by archive::recordHandover once the package is complete).
    CustodyEvent handover;
    handover.action = QStringLiteral("transferred");
    handover.at = prep.plan.header.createdAt;
    handover.zone = QStringLiteral("UTC");
    handover.fromParty = prep.plan.header.createdBy;
    handover.toParty = prep.plan.header.recipient;
    handover.purpose = prep.plan.header.purpose;
    handover.method = prep.plan.header.method;
    o.handover = handover;
    for (const archive::ManifestItem &item : prep.plan.items) {
        if (!item.shipped)
            continue;
        o.evidenceNumber = item.evidenceNumber;
        auto pdf = renderPdf(prep.facts, o);
        if (!pdf)
            return Error::failed(QCoreApplication::translate("Handover", "custody form of %1 could not be made: %2")
                                     .arg(item.evidenceNumber, pdf.error().message));
        prep.plan.files.append(
            {QStringLiteral("custody/custody-form-%1.pdf").arg(archive::safeComponent(item.evidenceNumber)),
             {},
             *pdf,
             QStringLiteral("custody"),
             item.evidenceNumber});
    }
    o.kind = DocumentKind::Internal;
    o.evidenceNumber.clear();
    o.handover.reset();
    auto report = renderPdf(prep.facts, o);
    if (!report)
        return Error::failed(QCoreApplication::translate("Handover", "internal report could not be made: %1")
                                 .arg(report.error().message));
    prep.plan.files.append({QStringLiteral("report/internal-report.pdf"), {}, *report, QStringLiteral("report"), {}});
    return {};
}

} // namespace firebreak::documents
