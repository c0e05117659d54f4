#include "AcquisitionSession.h"

#include "forensics/imaging/Registration.h"
#include "model/Incident.h"

namespace firebreak::services {

Status AcquisitionSession::prepare(const CaseStore &store, ImagingOptions &options)
{
    CaseInfo &c = options.caseInfo;
    if (const QString problem = incidentIdProblem(c.incidentId); !problem.isEmpty())
        return Error::usage(problem);
    auto number = reserveEvidenceNumber(store, c.incidentId, c.evidenceId);
    if (!number)
        return number.error();
    c.evidenceId = *number;
    auto system = store.listedSystem(c.incidentId, c.system);
    if (!system)
        return system.error();
    c.system = *system;
    return {};
}

AcquisitionSession::AcquisitionSession(CaseStore *store, ImagingOptions options)
    : m_store(store), m_job([&] {
          // Recorded as started before the first byte is read, on the thread running the job.
          if (store)
              options.onStarted = [this](const AcquisitionReport &started) -> Status {
                  auto id = recordAcquisitionStart(*m_store, started);
                  if (!id)
                      return Error::failed(QStringLiteral("cannot record the start of the acquisition in %1: %2")
                                               .arg(m_store->path(), id.error().message));
                  m_acquisitionId = *id;
                  return {};
              };
          return std::move(options);
      }())
{
}

void AcquisitionSession::setProgressHandler(ImagingJob::ProgressHandler handler)
{
    m_progress = std::move(handler);
}

AcquisitionOutcome AcquisitionSession::run()
{
    m_job.setProgressHandler([this](const ImagingProgress &p) {
        if (m_outer && m_outer->stopRequested())
            m_job.cancel();
        if (m_progress)
            m_progress(p);
    });
    if (m_outer && m_outer->stopRequested())
        m_job.cancel();

    AcquisitionOutcome out;
    out.report = m_job.run();
    const AcquisitionReport &r = out.report;
    if (!m_store || r.outcome == ImagingOutcome::NotStarted)
        return out;
    if (!r.imageComplete()) {
        if (m_acquisitionId > 0)
            if (auto st = recordAcquisitionEnd(*m_store, r, m_acquisitionId); !st)
                out.endRecordError = st.error().message;
        return out;
    }
    auto item = registerAcquisition(*m_store, r, m_acquisitionId);
    if (item) {
        out.registered = *item;
        return out;
    }
    out.registrationError = item.error().message;
    // Still say it ended complete, or it would later look interrupted.
    if (m_acquisitionId > 0)
        if (auto st = recordAcquisitionEnd(*m_store, r, m_acquisitionId); !st)
            out.endRecordError = st.error().message;
    return out;
}

} // namespace firebreak::services
