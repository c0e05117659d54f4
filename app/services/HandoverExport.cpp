#include "HandoverExport.h"

#include "app/documents/Documents.h"
#include "model/clocks/ClockService.h"
#include "model/clocks/RuleLoader.h"
#include "model/response/ResponseService.h"
#include <QCoreApplication>

namespace firebreak::services {

using namespace documents;

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

Result<HandoverExport> HandoverExport::prepare(CaseStore &store, const archive::HandoverRequest &request)
{
    auto plan = archive::planHandover(store, request);
    if (!plan)
        return plan.error();
    ClockService clocks(store, ruleloader::load());
    ResponseService response(store, &clocks);
    auto facts = gatherFacts(store, response, clocks, request.incidentId);
    if (!facts)
        return facts.error();
    return HandoverExport(request, std::move(plan).value(), std::move(facts).value());
}

Result<HandoverOutcome> HandoverExport::run(CaseStore &store, const archive::ExportOptions &options,
                                            const ByteProgress &progress, const CancelToken &cancel)
{
    if (Status s = addDocuments(); !s)
        return s.error();
    if (cancel.stopRequested())
        return Error::failed(QCoreApplication::translate("Handover", "Cancelled; nothing was written."));
    auto written = archive::exportPackage(m_plan, options, progress, cancel);
    if (!written)
        return written.error();
    HandoverOutcome out{*written, {}};
    if (Status s = archive::recordHandover(store, m_request, m_plan, out.result); !s)
        out.recordError = s.error().message;
    return out;
}

// The printed part of the package: the chain-of-custody form of each
// shipped item and the internal report.
Status HandoverExport::addDocuments()
{
    DocumentOptions o;
    o.author = m_plan.header.createdBy;
    o.generatedAt = m_plan.header.createdAt;
    o.zone = QTimeZone::utc(); // the recipient's zone is unknown: UTC throughout
    o.kind = DocumentKind::Custody;
    // The form travels with this handover, so it shows its row (recorded in
    // the case file by archive::recordHandover once the package is complete).
    CustodyEvent handover;
    handover.action = QStringLiteral("transferred");
    handover.at = m_plan.header.createdAt;
    handover.zone = QStringLiteral("UTC");
    handover.fromParty = m_plan.header.createdBy;
    handover.toParty = m_plan.header.recipient;
    handover.purpose = m_plan.header.purpose;
    handover.method = m_plan.header.method;
    o.handover = handover;
    for (const archive::ManifestItem &item : m_plan.items) {
        if (!item.shipped)
            continue;
        o.evidenceNumber = item.evidenceNumber;
        auto pdf = renderPdf(m_facts, o);
        if (!pdf)
            return Error::failed(QCoreApplication::translate("Handover", "custody form of %1 could not be made: %2")
                                     .arg(item.evidenceNumber, pdf.error().message));
        m_plan.files.append(
            {QStringLiteral("custody/custody-form-%1.pdf").arg(archive::safeComponent(item.evidenceNumber)),
             {},
             *pdf,
             QStringLiteral("custody"),
             item.evidenceNumber});
    }
    o.kind = DocumentKind::Internal;
    o.evidenceNumber.clear();
    o.handover.reset();
    auto report = renderPdf(m_facts, o);
    if (!report)
        return Error::failed(QCoreApplication::translate("Handover", "internal report could not be made: %1")
                                 .arg(report.error().message));
    m_plan.files.append({QStringLiteral("report/internal-report.pdf"), {}, *report, QStringLiteral("report"), {}});
    return {};
}

} // namespace firebreak::services
