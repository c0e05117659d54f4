#include "RecordTablePanel.h"

#include "WorkspaceStyle.h"
#include "ui/Palette.h"
#include "ui/PlaceholderTableView.h"
#include "ui/ReadOnlyGate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace firebreak::ui {

RecordTablePanel::RecordTablePanel(const WorkspaceContext &ctx, const Spec &spec, QWidget *parent)
    : QWidget(parent), m_ctx(ctx), m_button(ws::button(spec.buttonText, spec.buttonName, this, spec.buttonTip)),
      m_summary(new QLabel(this)), m_top(new QHBoxLayout), m_model(new QStandardItemModel(this)),
      m_view(new PlaceholderTableView(this))
{
    readonly::writes(m_button);
    setObjectName(spec.objectName);
    m_summary->setObjectName(spec.objectName + QStringLiteral("Summary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_model->setHorizontalHeaderLabels(spec.headers);
    m_view->setObjectName(spec.viewName);
    m_view->setModel(m_model);
    m_view->setPlaceholderText(spec.placeholder);

    m_top->setSpacing(8);
    m_top->addWidget(m_button);
    m_top->addWidget(m_summary, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(m_top);
    layout->addWidget(m_view, 1);

    connect(m_button, &QPushButton::clicked, this, &RecordTablePanel::openDialog);
}

int RecordTablePanel::rowCount() const
{
    return m_model->rowCount();
}

void RecordTablePanel::clearRows()
{
    m_model->removeRows(0, m_model->rowCount());
}

void RecordTablePanel::addRow(const QList<QStandardItem *> &row, bool flagged)
{
    if (flagged)
        for (QStandardItem *item : row) {
            QFont f = m_view->font();
            f.setBold(true);
            item->setFont(f);
            item->setBackground(palette::mix(palette().color(QPalette::Base), palette::accent(), 0.14));
        }
    m_model->appendRow(row);
}

void RecordTablePanel::setSummary(const QString &text)
{
    m_summary->setText(text);
}

void RecordTablePanel::setColumns(std::initializer_list<int> widths, int stretch)
{
    QHeaderView *header = m_view->horizontalHeader();
    ws::setColumnWidths(header, widths);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(stretch, QHeaderView::Stretch);
}

} // namespace firebreak::ui
