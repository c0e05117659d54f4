#include "IncidentListPane.h"

#include "IncidentListModel.h"
#include "IncidentSortProxy.h"
#include "PhaseDelegate.h"
#include "PlaceholderTableView.h"
#include "SeverityDelegate.h"
#include "clocks/NextDeadline.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace firebreak::ui {

IncidentListPane::IncidentListPane(QWidget *parent)
    : QWidget(parent), m_model(new IncidentListModel(this)), m_proxy(new IncidentSortProxy(this)),
      m_filter(new QLineEdit(this)), m_count(new QLabel(this)), m_table(new PlaceholderTableView(this))
{
    setObjectName(QStringLiteral("incidentListPane"));
    m_proxy->setSourceModel(m_model);

    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter incidents by id, title, commander, severity or phase  (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this); // Esc clears it
    m_count->setObjectName(QStringLiteral("incidentCountLabel"));

    m_table->setObjectName(QStringLiteral("incidentTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setItemDelegateForColumn(IncidentListModel::SeverityColumn, new SeverityDelegate(m_table));
    m_table->setItemDelegateForColumn(IncidentListModel::PhaseColumn, new PhaseDelegate(m_table));
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    const int widths[] = {130, 420, 96, 210, 140, 210, 170};
    for (int c = 0; c < IncidentListModel::ColumnCount; ++c)
        header->resizeSection(c, widths[c]);
    // The title takes whatever width is left, so the list never scrolls sideways at 1280 px.
    header->setSectionResizeMode(IncidentListModel::TitleColumn, QHeaderView::Stretch);
    m_table->sortByColumn(IncidentListModel::SeverityColumn, Qt::DescendingOrder);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addSpacing(12);
    filterRow->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 0);
    layout->setSpacing(6);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);

    // "What is burning" must stay visible when the workspace below wants
    // the height: room for the filter, the header and at least three
    // incidents even with both banners up at 1280x800 (five without).
    const int row = m_table->verticalHeader()->defaultSectionSize();
    setMinimumHeight(m_filter->sizeHint().height() + layout->spacing() + layout->contentsMargins().top() +
                     m_table->horizontalHeader()->sizeHint().height() + 3 * row + 2 * m_table->frameWidth() + 2);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterTerms(text);
        updateCount();
        selectFirstIfNone();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentIncidentChanged(currentId()); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &IncidentListPane::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &IncidentListPane::updateCount);
    updateCount();
}

void IncidentListPane::setOpenClocks(const QList<ClockStatus> &openClocks, const QDateTime &now)
{
    m_model->setDeadlines(nextDeadlines(openClocks, now));
}

void IncidentListPane::setIncidents(const QList<Incident> &incidents, const QDateTime &now)
{
    m_model->setIncidents(incidents, now);
    updateCount();
}

void IncidentListPane::clear()
{
    m_filter->clear();
    m_model->clear();
}

std::optional<Incident> IncidentListPane::incident(const QString &id) const
{
    return m_model->incident(id);
}
int IncidentListPane::totalCount() const
{
    return m_model->rowCount();
}

QString IncidentListPane::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(IncidentListModel::IncidentIdRole).toString()
                             : QString();
}

void IncidentListPane::selectIncident(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) { // hidden by the filter
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void IncidentListPane::selectFirstIfNone()
{
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
}

void IncidentListPane::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void IncidentListPane::clearFilter()
{
    m_filter->clear();
}

void IncidentListPane::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const auto &all = m_model->incidents();
    const auto open =
        std::count_if(all.cbegin(), all.cend(), [](const Incident &i) { return i.status == IncidentStatus::Open; });
    if (shown == total)
        m_count->setText(tr("%1 · %n open", nullptr, int(open)).arg(tr("%n incident(s)", nullptr, total)));
    else
        m_count->setText(tr("%1 of %2 incidents shown").arg(shown).arg(total));
    if (total == 0)
        m_table->setPlaceholderText(tr("No incidents yet — press Ctrl+N to open one"));
    else
        m_table->setPlaceholderText(
            tr("No incidents match “%1” — press Esc in the filter to clear it").arg(m_filter->text()));
}

bool IncidentListPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
        m_filter->clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace firebreak::ui
