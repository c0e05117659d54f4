#pragma once

#include "app/documents/Documents.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace firebreak::ui {

// Composes, lays out, paints and writes documents off the GUI thread.
// Lives in its own QThread; its methods are invoked there (queued functor
// calls) and it answers through callbacks that run on the receiver's
// thread. Values only cross threads: facts, options, images, results.
class ReportWorker : public QObject {
    Q_OBJECT
public:
    // Shared with the GUI thread: the current generation (anything older
    // is dropped) and a cancellation flag for a running export.
    struct Control {
        std::atomic<quint64> generation{0};
        std::atomic_bool cancelExport{false};
    };
    struct Prepared {
        quint64 generation = 0;
        int pages = 0;
        QSizeF pagePoints;
        documents::DocumentSource source;
        QString error;
    };
    struct Exported {
        documents::DocumentSource source;
        documents::WrittenPdf written;
        QString error;
    };

    ReportWorker(std::shared_ptr<Control> control, QObject *receiver);

    // Each runs on the worker thread and replies on the receiver's thread.
    void prepare(quint64 generation, const documents::IncidentFacts &facts, const documents::DocumentOptions &options,
                 std::function<void(const Prepared &)> done);
    void render(quint64 generation, int page, qreal dpi, std::function<void(quint64, int, const QImage &)> done);
    void exportTo(quint64 generation, const QString &path, std::function<void(int, int)> progress,
                  std::function<void(const Exported &)> done);

private:
    template <typename F> void reply(F &&f);

    std::shared_ptr<Control> m_control;
    QObject *m_receiver;
    std::unique_ptr<documents::PagedDocument> m_doc;
    quint64 m_generation = 0;
};

} // namespace firebreak::ui
