#pragma once

#include "ReportWorker.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QThread;
class QTimer;

namespace firebreak {
class CaseStore;
class ClockService;
class ResponseService;
} // namespace firebreak

namespace firebreak::ui {

// Reports of one incident (UX.md "Reports"): choose the document and the
// paper, see its pages inside the app, then "Export PDF…" writes the file
// and shows its SHA-256. Layout, preview painting and PDF writing run on a
// worker thread; the facts are read here, on the thread that owns the
// store, and the export is recorded in the audit trail from here too.
class ReportsPanel : public QWidget {
    Q_OBJECT
public:
    // The store and services belong to the caller and outlive the panel.
    ReportsPanel(CaseStore &store, const ResponseService &response, const ClockService &clocks,
                 const QString &incidentId = {}, QWidget *parent = nullptr);
    ~ReportsPanel() override;

    QString incidentId() const { return m_incidentId; }
    void setIncident(const QString &incidentId);

    // Test seam: where "Export PDF…" writes, without a file dialog. Gets
    // the suggested file name; an empty answer cancels.
    void setExportPathProvider(std::function<QString(const QString &suggested)> provider);

    int pageCount() const { return m_pages; }
    int currentPage() const { return m_page; } // 0-based
    QString lastExportSha256() const { return m_lastSha256; }
    bool busy() const { return m_preparing || m_exporting; }

public slots:
    // Re-reads the incident from the store and lays the document out again.
    void reload();
    void exportPdf();
    void showPage(int index);

signals:
    void previewReady(int pages);
    void exported(const QString &path, const QString &sha256);
    void exportFailed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void fillChoices();
    void optionsChanged();
    void prepare();
    void onPrepared(const ReportWorker::Prepared &result);
    void requestPage();
    void onRendered(quint64 generation, int page, const QImage &image);
    void startExport(const QString &path);
    void onExported(const ReportWorker::Exported &result);
    void updateBusy();
    void showStatus(const QString &text, bool problem);
    void showWithheld(const documents::DocumentSource &source);
    void editCustomerTexts();
    documents::DocumentOptions options() const;
    qreal previewDpi() const;
    QString suggestedFileName() const;

    CaseStore &m_store;
    const ResponseService &m_response;
    const ClockService &m_clocks;
    QString m_incidentId;
    std::optional<documents::IncidentFacts> m_facts;

    std::shared_ptr<ReportWorker::Control> m_control;
    QThread *m_thread = nullptr;
    ReportWorker *m_worker = nullptr;
    quint64 m_generation = 0; // of the layout shown
    int m_pages = 0;
    int m_page = 0;
    QSizeF m_pagePoints;
    bool m_preparing = false; // a layout for m_generation is on its way
    bool m_exporting = false;
    QString m_lastSha256;
    std::function<QString(const QString &)> m_pathProvider;

    QComboBox *m_kind = nullptr;
    QComboBox *m_paper = nullptr;
    QLineEdit *m_marking = nullptr;
    QPushButton *m_customerTexts = nullptr;
    QLabel *m_withheld = nullptr;
    QComboBox *m_clock = nullptr;
    QComboBox *m_item = nullptr;
    QLabel *m_clockLabel = nullptr;
    QLabel *m_itemLabel = nullptr;
    QScrollArea *m_previewArea = nullptr;
    QLabel *m_preview = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QLabel *m_pageLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_sha = nullptr;
    QTimer *m_debounce = nullptr;
    QTimer *m_resizeDebounce = nullptr;
};

} // namespace firebreak::ui
