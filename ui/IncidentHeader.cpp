#include "IncidentHeader.h"

#include "Palette.h"
#include "ReadOnlyGate.h"
#include "SeverityChip.h"
#include "TimeText.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace firebreak::ui {

namespace {
void makeMuted(QLabel *label, qreal scale = 1.0)
{
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, palette::muted(pal));
    label->setPalette(pal);
    if (scale != 1.0) {
        QFont f = label->font();
        f.setPointSizeF(f.pointSizeF() * scale);
        label->setFont(f);
    }
}
} // namespace

IncidentHeader::IncidentHeader(QWidget *parent)
    : QWidget(parent), m_id(new QLabel(this)), m_severity(new SeverityChip(this)), m_title(new QLabel(this)),
      m_description(new QLabel(this)), m_phase(new QComboBox(this)), m_facts(new QGridLayout)
{
    readonly::writes(m_phase);
    m_id->setObjectName(QStringLiteral("incidentIdLabel"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font().pointSizeF() * 1.1);
    mono.setBold(true);
    m_id->setFont(mono);
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_severity->setObjectName(QStringLiteral("severityChip"));

    m_title->setObjectName(QStringLiteral("incidentTitleLabel"));
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_description->setObjectName(QStringLiteral("incidentDescriptionLabel"));
    m_description->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    makeMuted(m_description);

    auto *top = new QHBoxLayout;
    top->setSpacing(10);
    top->addWidget(m_id);
    top->addWidget(m_severity);
    top->addWidget(m_title, 1);

    m_phase->setObjectName(QStringLiteral("phaseCombo"));
    m_phase->setToolTip(tr("Move the incident to another phase (recorded in the audit log)"));
    const QList<Phase> phases = allPhases();
    for (qsizetype i = 0; i < phases.size(); ++i)
        m_phase->addItem(QStringLiteral("%1 · %2").arg(i + 1).arg(phaseLabel(phases[i])), int(phases[i]));
    m_phase->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_facts->setHorizontalSpacing(28);
    m_facts->setVerticalSpacing(1);
    auto *phaseCaption = new QLabel(tr("&Phase"), this);
    makeMuted(phaseCaption, 0.9);
    phaseCaption->setBuddy(m_phase);
    m_facts->addWidget(phaseCaption, 0, 0);
    m_facts->addWidget(m_phase, 1, 0);
    m_status = fact(tr("Status"), QStringLiteral("statusLabel"), 1);
    m_commander = fact(tr("Commander"), QStringLiteral("commanderLabel"), 2);
    m_created = fact(tr("Opened"), QStringLiteral("createdLabel"), 3);
    m_detected = fact(tr("Detected"), QStringLiteral("detectedLabel"), 4);
    m_aware = fact(tr("Aware (clocks start)"), QStringLiteral("awareLabel"), 5);
    m_facts->setColumnStretch(6, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(3);
    layout->addLayout(top);
    layout->addWidget(m_description);
    layout->addLayout(m_facts);

    connect(m_phase, &QComboBox::currentIndexChanged, this, [this](int index) {
        const auto p = Phase(m_phase->itemData(index).toInt());
        if (p != m_incident.phase)
            emit phaseRequested(p);
    });
}

QLabel *IncidentHeader::fact(const QString &caption, const QString &objectName, int column)
{
    auto *cap = new QLabel(caption, this);
    makeMuted(cap, 0.9);
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->addWidget(cap, 0, column);
    m_facts->addWidget(value, 1, column, Qt::AlignVCenter);
    return value;
}

void IncidentHeader::setTime(QLabel *label, const QDateTime &t, const QDateTime &now)
{
    label->setText(t.isValid() ? timetext::local(t) : tr("not recorded"));
    label->setToolTip(timetext::tooltip(t, now));
    QPalette pal = palette();
    if (!t.isValid())
        pal.setColor(QPalette::WindowText, palette::muted(pal));
    label->setPalette(pal);
}

void IncidentHeader::setIncident(const Incident &incident, const QDateTime &now)
{
    m_incident = incident;
    m_id->setText(incident.id);
    m_severity->setSeverity(incident.severity);
    m_title->setText(incident.title);
    m_title->setToolTip(incident.title);
    const QString firstLine = incident.description.section(QLatin1Char('\n'), 0, 0);
    m_description->setText(incident.description.isEmpty() ? tr("No description") : firstLine);
    m_description->setToolTip(incident.description);
    resetPhase();
    m_phase->setEnabled(incident.status == IncidentStatus::Open);
    m_status->setText(incident.status == IncidentStatus::Open ? tr("Open") : tr("Closed"));
    m_commander->setText(incident.commander.isEmpty() ? QStringLiteral("unassigned") : incident.commander);
    setTime(m_created, incident.createdAt, now);
    setTime(m_detected, incident.detectedAt, now);
    setTime(m_aware, incident.awareAt, now);
}

void IncidentHeader::resetPhase()
{
    const QSignalBlocker block(m_phase);
    m_phase->setCurrentIndex(m_phase->findData(int(m_incident.phase)));
}

} // namespace firebreak::ui
