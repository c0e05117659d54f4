#include "InterruptedBanner.h"

#include "Palette.h"
#include "model/evidence/AcquisitionService.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace firebreak::ui {

InterruptedBanner::InterruptedBanner(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_show(new QPushButton(tr("Show evidence"), this))
{
    setObjectName(QStringLiteral("interruptedBanner"));
    m_text->setObjectName(QStringLiteral("interruptedBannerText"));
    m_show->setObjectName(QStringLiteral("interruptedBannerShow"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, palette::mix(pal.color(QPalette::Window), palette::accent(), 0.25));
    setPalette(pal);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_show);
    connect(m_show, &QPushButton::clicked, this, [this] { emit showEvidenceRequested(m_incidentId); });
    hide();
}

void InterruptedBanner::refresh(CaseStore *store)
{
    if (!store) {
        hide();
        return;
    }
    auto interrupted = AcquisitionService(*store).interrupted();
    if (!interrupted || interrupted->isEmpty()) {
        hide();
        return;
    }
    const AcquisitionRecord &first = interrupted->first();
    m_incidentId = first.incidentId;
    QString text = interruptedNotice(first);
    if (interrupted->size() > 1)
        text = tr("%n acquisitions never finished. First: %1", nullptr, int(interrupted->size())).arg(text);
    m_text->setText(text);
    show();
}

QString InterruptedBanner::text() const
{
    return m_text->text();
}

} // namespace firebreak::ui
