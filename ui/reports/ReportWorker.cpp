#include "ReportWorker.h"

#include <QElapsedTimer>
#include <QMetaObject>

namespace firebreak::ui {

using namespace documents;

ReportWorker::ReportWorker(std::shared_ptr<Control> control, QObject *receiver)
    : m_control(std::move(control)), m_receiver(receiver)
{
}

// Queued to the receiver: if it is destroyed first, Qt drops the call.
template <typename F> void ReportWorker::reply(F &&f)
{
    QMetaObject::invokeMethod(m_receiver, std::forward<F>(f), Qt::QueuedConnection);
}

void ReportWorker::prepare(quint64 generation, const IncidentFacts &facts, const DocumentOptions &options,
                           std::function<void(const Prepared &)> done)
{
    if (generation != m_control->generation)
        return; // superseded before it started
    Prepared out;
    out.generation = generation;
    auto source = compose(facts, options);
    if (!source) {
        out.error = source.error().message;
        reply([done, out] { done(out); });
        return;
    }
    auto paged = PagedDocument::layout(*source);
    if (generation != m_control->generation)
        return;
    if (!paged) {
        out.error = paged.error().message;
        reply([done, out] { done(out); });
        return;
    }
    m_doc = std::move(paged).value();
    m_generation = generation;
    out.pages = m_doc->pageCount();
    out.pagePoints = m_doc->pageSizePoints();
    out.source = *source;
    reply([done, out] { done(out); });
}

void ReportWorker::render(quint64 generation, int page, qreal dpi,
                          std::function<void(quint64, int, const QImage &)> done)
{
    if (!m_doc || generation != m_generation || generation != m_control->generation)
        return;
    const QImage image = m_doc->pageImage(page, dpi);
    reply([done, generation, page, image] { done(generation, page, image); });
}

void ReportWorker::exportTo(quint64 generation, const QString &path, std::function<void(int, int)> progress,
                            std::function<void(const Exported &)> done)
{
    Exported out;
    if (!m_doc || generation != m_generation) {
        out.error = tr("the document changed before it could be exported to %1; export again").arg(path);
        reply([done, out] { done(out); });
        return;
    }
    m_control->cancelExport = false;
    QElapsedTimer sinceReport;
    sinceReport.start();
    // Progress at most ~10 times a second (DESIGN.md), and stop on request.
    auto step = [&](int pageDone, int total) {
        if (sinceReport.elapsed() >= 100 || pageDone == total) {
            sinceReport.restart();
            reply([progress, pageDone, total] { progress(pageDone, total); });
        }
        return !m_control->cancelExport;
    };
    auto written = writePdf(*m_doc, path, step);
    out.source = m_doc->source();
    if (written)
        out.written = *written;
    else
        out.error = written.error().message;
    reply([done, out] { done(out); });
}

} // namespace firebreak::ui
