#include "TimelinePanel.h"

#include "TimelineNoteDialog.h"
#include "WorkspaceStyle.h"
#include "ui/Palette.h"
#include "ui/PlaceholderTableView.h"
#include "ui/ReadOnlyGate.h"
#include "ui/TimeText.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace firebreak::ui {

namespace {
enum Column { TimeColumn, KindColumn, TextColumn, SourceColumn, ConfidenceColumn, SeqColumn };
// Identifies an entry across reloads (entries have no id of their own).
constexpr int kKeyRole = Qt::UserRole + 41;

const QStringList &kinds()
{
    static const QStringList k{QStringLiteral("note"),     QStringLiteral("contact"), QStringLiteral("containment"),
                               QStringLiteral("recovery"), QStringLiteral("notice"),  QStringLiteral("evidence"),
                               QStringLiteral("step"),     QStringLiteral("incident")};
    return k;
}
} // namespace

TimelinePanel::TimelinePanel(const WorkspaceContext &ctx, QWidget *parent)
    : QWidget(parent), m_ctx(ctx), m_filter(new QLineEdit(this)), m_kind(new QComboBox(this)),
      m_count(new QLabel(this)), m_add(ws::button(tr("Add entry…"), QStringLiteral("timelineAddButton"), this,
                                                  tr("Add a timeline entry (Ctrl+T)"))),
      m_export(ws::button(tr("Export CSV…"), QStringLiteral("timelineExportButton"), this,
                          tr("Export the whole timeline, in UTC, as CSV (not just the filtered rows)"))),
      m_status(new QLabel(this)), m_model(new QStandardItemModel(this)), m_view(new PlaceholderTableView(this))
{
    readonly::writes(m_add);
    setObjectName(QStringLiteral("timelinePanel"));
    m_filter->setObjectName(QStringLiteral("timelineFilter"));
    m_filter->setPlaceholderText(tr("Filter by text or source…"));
    m_filter->setClearButtonEnabled(true);
    m_kind->setObjectName(QStringLiteral("timelineKindFilter"));
    m_kind->setAccessibleName(tr("Kind of entry"));
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString &k : kinds())
        m_kind->addItem(timelineKindLabel(k), k);
    m_count->setObjectName(QStringLiteral("timelineCountLabel"));
    ws::setMuted(m_count);
    m_status->setObjectName(QStringLiteral("timelineStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    m_model->setHorizontalHeaderLabels({tr("Time — %1").arg(timetext::zoneName()), tr("Kind"), tr("What happened"),
                                        tr("Source"), tr("Confidence"), tr("Audit #")});
    m_view->setObjectName(QStringLiteral("timelineView"));
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Incident timeline"));
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    ws::setColumnWidths(m_view->horizontalHeader(), {170, 100, 400, 150, 90, 64});

    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    row->addWidget(m_filter, 2);
    row->addWidget(m_kind);
    row->addWidget(m_count, 1);
    row->addWidget(m_add);
    row->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &TimelinePanel::refill);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &TimelinePanel::refill);
    connect(m_add, &QPushButton::clicked, this, &TimelinePanel::openQuickAdd);
    connect(m_export, &QPushButton::clicked, this, &TimelinePanel::chooseExportFile);
}

QString TimelinePanel::reload()
{
    auto events = m_ctx.response.timeline(m_ctx.incidentId);
    if (!events)
        return tr("The timeline could not be read: %1").arg(events.error().message);
    m_events = *events;
    refill();
    return {};
}

void TimelinePanel::refill()
{
    QScrollBar *bar = m_view->verticalScrollBar();
    const bool atEnd = m_model->rowCount() == 0 || bar->value() == bar->maximum();
    // A refresh (someone else added an entry) keeps the row being read.
    const int scrolled = bar->value();
    const QModelIndex current = m_view->currentIndex();
    const QString keep = current.isValid() ? m_model->index(current.row(), 0).data(kKeyRole).toString() : QString();
    const QString needle = m_filter->text().trimmed();
    const QString kind = m_kind->currentData().toString();
    const QDateTime now = m_ctx.now();
    m_model->removeRows(0, m_model->rowCount());
    for (const TimelineEvent &e : std::as_const(m_events)) {
        if (!kind.isEmpty() && e.kind != kind)
            continue;
        if (!needle.isEmpty() && !e.text.contains(needle, Qt::CaseInsensitive) &&
            !e.source.contains(needle, Qt::CaseInsensitive) && !e.kind.contains(needle, Qt::CaseInsensitive))
            continue;
        QList<QStandardItem *> row{
            ws::timeCell(e.at, now),
            ws::cell(e.lawEnforcement ? QStringLiteral("⚑ %1").arg(timelineKindLabel(e.kind))
                                      : timelineKindLabel(e.kind)),
            ws::cell(e.text),
            ws::cell(e.source),
            ws::cell(timelineConfidenceLabel(e.confidence)),
            ws::cell(e.auditSeq ? QString::number(e.auditSeq) : QString(),
                     e.auditSeq ? tr("Audit entry %1").arg(e.auditSeq) : tr("Not linked to an audit entry"))};
        if (e.lawEnforcement) {
            row[KindColumn]->setToolTip(tr("Contact with law enforcement"));
            for (QStandardItem *item : row) {
                QFont f = m_view->font();
                f.setBold(true);
                item->setFont(f);
                item->setBackground(palette::mix(palette().color(QPalette::Base), palette::accent(), 0.14));
            }
        }
        if (e.confidence != QLatin1String("confirmed")) {
            QFont f = row[TextColumn]->font();
            f.setItalic(true);
            row[TextColumn]->setFont(f);
        }
        row[SeqColumn]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row[0]->setData(QStringLiteral("%1|%2|%3|%4").arg(e.auditSeq).arg(e.at.toMSecsSinceEpoch()).arg(e.kind, e.text),
                        kKeyRole);
        m_model->appendRow(row);
    }
    if (!keep.isEmpty()) {
        const QModelIndexList found = m_model->match(m_model->index(0, 0), kKeyRole, keep, 1, Qt::MatchExactly);
        if (!found.isEmpty())
            m_view->selectionModel()->setCurrentIndex(found.first().siblingAtColumn(current.column()),
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    const int shown = m_model->rowCount();
    const int total = int(m_events.size());
    m_count->setText(shown == total ? tr("%1 entries").arg(total) : tr("%1 of %2 entries").arg(shown).arg(total));
    if (total == 0)
        m_view->setPlaceholderText(
            tr("Nothing on the timeline yet — Add entry… (Ctrl+T) records what happened and when."));
    else
        m_view->setPlaceholderText(tr("No entries match the filter — clear it to see all %1.").arg(total));
    if (atEnd)
        m_view->scrollToBottom();
    else
        bar->setValue(scrolled);
}

void TimelinePanel::openQuickAdd()
{
    auto *dialog = new TimelineNoteDialog(m_ctx, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TimelineNoteDialog::added, this, &TimelinePanel::changed);
    dialog->open();
}

Status TimelinePanel::exportCsv(const QString &path)
{
    auto fail = [&](const QString &why) -> Status {
        m_status->setText(tr("The timeline was not exported to %1: %2").arg(QDir::toNativeSeparators(path), why));
        m_status->show();
        return Error::failed(m_status->text());
    };
    auto events = m_ctx.response.timeline(m_ctx.incidentId);
    if (!events)
        return fail(events.error().message);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    file.write(timelineToCsv(*events).toUtf8());
    if (!file.commit())
        return fail(file.errorString());
    m_status->setText(
        tr("Exported %1 timeline entries (UTC) to %2").arg(events->size()).arg(QDir::toNativeSeparators(path)));
    m_status->show();
    return {};
}

void TimelinePanel::chooseExportFile()
{
    auto *dialog = new QFileDialog(this, tr("Export timeline of %1").arg(m_ctx.incidentId));
    dialog->setObjectName(QStringLiteral("timelineExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QStringLiteral("%1-timeline.csv").arg(m_ctx.incidentId));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { (void)exportCsv(path); });
    dialog->open();
}

} // namespace firebreak::ui
