#pragma once

#include "WorkspaceContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;

namespace firebreak::ui {

class PlaceholderTableView;

// The incident's merged timeline (notes, contacts, containment, recovery,
// notices, evidence, steps) in local time, filterable by text and kind,
// with quick-add and CSV export.
class TimelinePanel : public QWidget {
    Q_OBJECT
public:
    explicit TimelinePanel(const WorkspaceContext &ctx, QWidget *parent = nullptr);

    // Re-reads the timeline; returns what failed, or empty.
    QString reload();
    int eventCount() const { return int(m_events.size()); }

    // Opens the quick-add dialog (Ctrl+T).
    void openQuickAdd();
    // Writes the whole timeline (UTC) as CSV to `path` atomically; the
    // outcome is shown under the filter row either way.
    Status exportCsv(const QString &path);
    void chooseExportFile();

signals:
    void changed();

private:
    void refill();

    WorkspaceContext m_ctx;
    QList<TimelineEvent> m_events;
    QLineEdit *m_filter;
    QComboBox *m_kind;
    QLabel *m_count;
    QPushButton *m_add;
    QPushButton *m_export;
    QLabel *m_status;
    QStandardItemModel *m_model;
    PlaceholderTableView *m_view;
};

} // namespace firebreak::ui
