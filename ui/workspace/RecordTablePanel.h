#pragma once

#include "WorkspaceContext.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QStandardItem;
class QStandardItemModel;

namespace firebreak::ui {

class PlaceholderTableView;

// Shared shape of the workspace's record tabs (contacts, isolation,
// restore): an action button and a one-line summary over a table that
// says what to do when empty.
class RecordTablePanel : public QWidget {
    Q_OBJECT
public:
    struct Spec {
        QString objectName;
        QString viewName;
        QString buttonText;
        QString buttonName;
        QString buttonTip;
        QStringList headers;
        QString placeholder;
    };
    RecordTablePanel(const WorkspaceContext &ctx, const Spec &spec, QWidget *parent = nullptr);

    // Re-reads the records; returns what failed, or empty.
    virtual QString reload(const Incident &incident) = 0;
    virtual void openDialog() = 0;
    int rowCount() const;

signals:
    void changed();

protected:
    void clearRows();
    void addRow(const QList<QStandardItem *> &row, bool flagged = false);
    void setSummary(const QString &text);
    // Initial column widths; `stretch` takes the remaining width.
    void setColumns(std::initializer_list<int> widths, int stretch);

    WorkspaceContext m_ctx;
    QPushButton *m_button;
    QLabel *m_summary;
    QHBoxLayout *m_top;
    QStandardItemModel *m_model;
    PlaceholderTableView *m_view;
};

} // namespace firebreak::ui
