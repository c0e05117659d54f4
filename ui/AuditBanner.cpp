#include "AuditBanner.h"

#include "Palette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace firebreak::ui {

AuditBanner::AuditBanner(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)),
      m_showLog(new QPushButton(tr("Show audit log"), this)), m_reverify(new QPushButton(tr("Verify again"), this))
{
    setObjectName(QStringLiteral("auditBanner"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("auditBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setTextFormat(Qt::RichText);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    m_showLog->setObjectName(QStringLiteral("showAuditLogButton"));
    m_reverify->setObjectName(QStringLiteral("reverifyButton"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 5, 12, 5);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_showLog, 0, Qt::AlignVCenter);
    layout->addWidget(m_reverify, 0, Qt::AlignVCenter);

    connect(m_reverify, &QPushButton::clicked, this, &AuditBanner::reverifyRequested);
    connect(m_showLog, &QPushButton::clicked, this, &AuditBanner::showAuditLogRequested);
    applyPalette();
    hide();
}

void AuditBanner::applyPalette()
{
    QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    pal.setColor(QPalette::Window, palette::mix(base, palette::accent(), 0.22));
    pal.setColor(QPalette::WindowText, pal.color(QPalette::Text));
    setPalette(pal);
}

void AuditBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyPalette();
}

void AuditBanner::setVerdict(const AuditVerdict &verdict)
{
    if (verdict.intact()) {
        hide();
        m_text->clear();
        return;
    }
    const QString first = verdict.problems.value(0).toHtmlEscaped();
    const int more = int(verdict.problems.size()) - 1;
    m_text->setText(tr("<b>Audit trail verification failed at seq %1.</b> %2%3<br>"
                       "The case stays open for work, but records from seq %1 on cannot be proven "
                       "unaltered. Preserve this file as it is and investigate before relying on it.")
                        .arg(verdict.firstBadSeq)
                        .arg(first, more > 0 ? tr(" (+%1 more findings)").arg(more) : QString()));
    m_text->setToolTip(verdict.problems.join(QLatin1Char('\n')));
    m_showLog->show();
    show();
}

void AuditBanner::setVerificationFailed(const QString &message)
{
    m_text->setText(tr("<b>The audit trail could not be verified.</b> %1").arg(message.toHtmlEscaped()));
    m_text->setToolTip(message);
    m_showLog->hide();
    show();
}

QString AuditBanner::text() const
{
    return m_text->text();
}

} // namespace firebreak::ui
