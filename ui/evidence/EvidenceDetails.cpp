#include "EvidenceDetails.h"

#include "ui/Units.h"

#include "AddEvidenceDialog.h"
#include "CustodyDialog.h"
#include "EvidenceListModel.h"
#include "forensics/imaging/ByteSize.h"
#include "ui/Palette.h"
#include "ui/TimeText.h"
#include "ui/workspace/WorkspaceStyle.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace firebreak::ui {

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}
QString orDash(const QString &s)
{
    return s.trimmed().isEmpty() ? QStringLiteral("—") : esc(s);
}

QString row(const QString &name, const QString &valueHtml)
{
    return QStringLiteral("<tr><td style='padding-right:10px; white-space:nowrap;'><b>%1</b></td><td>%2</td></tr>")
        .arg(esc(name), valueHtml);
}

QString mono(const QString &s)
{
    return QStringLiteral("<code style='font-size:85%;'>%1</code>").arg(s.isEmpty() ? QStringLiteral("—") : esc(s));
}

QLabel *textLabel(const char *name, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QLatin1String(name));
    l->setWordWrap(true);
    l->setTextFormat(Qt::RichText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return l;
}

QString plain(const QLabel *l)
{
    return QTextDocumentFragment::fromHtml(l->text()).toPlainText();
}

QString segmentsHtml(const QJsonArray &segments)
{
    QStringList lines;
    for (const QJsonValue &v : segments) {
        const QJsonObject s = v.toObject();
        lines << QStringLiteral("<code>%1</code> (%2)")
                     .arg(esc(s.value(QStringLiteral("path")).toString()),
                          units::bytes(qint64(s.value(QStringLiteral("size_bytes")).toDouble())));
    }
    return lines.join(QStringLiteral("<br>"));
}

QString badSectorsHtml(const QJsonObject &details)
{
    const QJsonArray ranges = details.value(QStringLiteral("bad_sectors")).toArray();
    const int count = details.value(QStringLiteral("bad_sector_count")).toInt(int(ranges.size()));
    if (count == 0 && ranges.isEmpty())
        return QStringLiteral("none");
    QStringList lines{QCoreApplication::translate("EvidenceDetails",
                                                  "<b>%n unreadable sector(s), filled with zeros</b>", nullptr, count)};
    for (const QJsonValue &v : ranges) {
        const QJsonObject b = v.toObject();
        const qint64 first = qint64(b.value(QStringLiteral("first_sector")).toDouble());
        const qint64 n = qint64(b.value(QStringLiteral("sector_count")).toDouble());
        lines << QCoreApplication::translate("EvidenceDetails", "sector %1%2 at byte %3 (%4)")
                     .arg(first)
                     .arg(n > 1 ? QStringLiteral("–%1").arg(first + n - 1) : QString())
                     .arg(qint64(b.value(QStringLiteral("byte_offset")).toDouble()))
                     .arg(esc(b.value(QStringLiteral("error")).toString()));
    }
    return lines.join(QStringLiteral("<br>"));
}

QString multiline(const QString &s)
{
    return esc(s).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}
} // namespace

QString bothTimes(const QDateTime &t)
{
    if (!t.isValid())
        return QStringLiteral("—");
    return QStringLiteral("%1 · %2").arg(timetext::local(t), timetext::utc(t));
}

EvidenceDetails::EvidenceDetails(QWidget *parent)
    : QWidget(parent), m_title(textLabel("evidenceTitleLabel", this)), m_alert(textLabel("mismatchAlert", this)),
      m_facts(textLabel("evidenceFactsLabel", this)), m_custodyCaption(ws::caption({}, this)),
      m_custody(textLabel("custodyTimeline", this)), m_verificationCaption(ws::caption({}, this)),
      m_verifications(textLabel("verificationHistory", this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("evidenceDetails"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_title->setFont(big);
    m_alert->setAutoFillBackground(true);
    m_alert->setMargin(8);
    m_alert->setFrameShape(QFrame::StyledPanel);
    QPalette pal = m_alert->palette();
    pal.setColor(QPalette::Window, palette::mix(pal.color(QPalette::Base), problemColor(), 0.22));
    pal.setColor(QPalette::WindowText, pal.color(QPalette::Text));
    m_alert->setPalette(pal);
    m_alert->hide();
    m_message->setObjectName(QStringLiteral("detailsMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    ws::setMuted(m_message);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 4, 8);
    layout->setSpacing(6);
    layout->addWidget(m_message);
    layout->addWidget(m_title);
    layout->addWidget(m_alert);
    layout->addWidget(m_facts);
    layout->addWidget(m_verificationCaption);
    layout->addWidget(m_verifications);
    layout->addWidget(m_custodyCaption);
    layout->addWidget(m_custody);
    layout->addStretch(1);
    showMessage(tr("Select an item to see its hashes, chain of custody and verification history."));
}

void EvidenceDetails::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->show();
    for (QWidget *w : std::initializer_list<QWidget *>{m_title, m_alert, m_facts, m_custodyCaption, m_custody,
                                                       m_verificationCaption, m_verifications})
        w->hide();
}

void EvidenceDetails::showItem(const EvidenceItem &e, const QList<CustodyEvent> &custody,
                               const QList<VerificationEvent> &verifications)
{
    m_message->hide();
    const QString muted = palette::muted(palette()).name();
    const QString red = problemTextColor(palette()).name();

    m_title->setText(
        QStringLiteral("<b>%1</b> · %2 · %3").arg(esc(e.evidenceNumber), evidenceKindText(e.kind), esc(e.description)));
    m_title->show();

    if (isProblem(e.verification)) {
        QString why;
        if (!verifications.isEmpty())
            why = tr("<br>Last check %1 by %2:<br>%3")
                      .arg(esc(timetext::local(verifications.last().at)), esc(verifications.last().verifiedBy),
                           multiline(verifications.last().details));
        m_alert->setText(tr("<span style='color:%1; font-weight:bold;'>⚠ %2 — %3 does not match what "
                            "was registered.</span> Do not rely on it until this is explained.%4")
                             .arg(red, ui::verificationText(e.verification), esc(e.evidenceNumber), why));
        m_alert->show();
    } else {
        m_alert->hide();
    }

    QString facts = QStringLiteral("<table cellspacing='0' cellpadding='1'>");
    facts += row(tr("Verification"), isProblem(e.verification)
                                         ? QStringLiteral("<span style='color:%1; font-weight:bold;'>%2</span>")
                                               .arg(red, ui::verificationText(e.verification))
                                         : esc(ui::verificationText(e.verification)));
    facts += row(tr("Size"), units::bytesExact(e.sizeBytes));
    facts += row(QStringLiteral("MD5"), mono(e.md5));
    facts += row(QStringLiteral("SHA-1"), mono(e.sha1));
    facts += row(QStringLiteral("SHA-256"), mono(e.sha256));
    facts += row(e.kind == EvidenceKind::Image ? tr("Image") : tr("File"), mono(e.imagePath));
    facts += row(tr("Source"), orDash(e.source));
    facts += row(tr("System"), e.system.isEmpty()     ? tr("none of the listed systems")
                               : isSystemDiskImage(e) ? tr("%1 (disk image of this system)").arg(esc(e.system))
                                                      : esc(e.system));
    facts += row(tr("Collected"),
                 bothTimes(collectedTime(e)) +
                     (e.collectedZone.isEmpty()
                          ? QString()
                          : tr(" <span style='color:%1'>(given in %2)</span>").arg(muted, esc(e.collectedZone))));
    facts += row(e.kind == EvidenceKind::Image ? tr("Examiner") : tr("Collected by"), orDash(e.examiner));
    facts += row(tr("Stored at"), orDash(e.storageLocation));
    facts += row(tr("Volatility"), e.volatility.isEmpty() ? QStringLiteral("—") : esc(volatilityText(e.volatility)));
    if (e.kind == EvidenceKind::Image) {
        facts += row(tr("Acquired"), QStringLiteral("%1<br>to %2").arg(bothTimes(e.startedAt), bothTimes(e.endedAt)));
        const QJsonArray segments = e.details.value(QStringLiteral("segments")).toArray();
        if (!segments.isEmpty())
            facts += row(tr("Segments (%1)").arg(segments.size()), segmentsHtml(segments));
        facts += row(tr("Bad sectors"), badSectorsHtml(e.details));
        const QString original = e.details.value(QStringLiteral("media_location")).toString();
        if (!original.isEmpty())
            facts += row(tr("Original kept at"), esc(original));
        const QString log = e.details.value(QStringLiteral("log_info")).toString();
        if (!log.isEmpty())
            facts += row(tr("Log"), mono(log));
    }
    facts += row(tr("Registered"), bothTimes(e.registeredAt));
    facts += QStringLiteral("</table>");
    m_facts->setText(facts);
    m_facts->show();

    m_verificationCaption->setText(tr("Verification history (%1)").arg(verifications.size()));
    QString history;
    for (const VerificationEvent &v : verifications) {
        const bool bad = isProblem(v.result);
        history += QStringLiteral("<p style='margin:0 0 6px 0;'><b>%1</b> · %2 · by %3")
                       .arg(esc(timetext::local(v.at)),
                            bad ? QStringLiteral("<span style='color:%1; font-weight:bold;'>⚠ %2</span>")
                                      .arg(red, ui::verificationText(v.result))
                                : esc(ui::verificationText(v.result)),
                            esc(v.verifiedBy));
        history += QStringLiteral(" <span style='color:%1'>(%2)</span>").arg(muted, esc(timetext::utc(v.at)));
        if (!v.details.trimmed().isEmpty())
            history += QStringLiteral("<br>") + multiline(v.details);
        if (bad && !v.sha256.isEmpty())
            history += QStringLiteral("<br>SHA-256 now: <code>%1</code>").arg(esc(v.sha256));
        history += QStringLiteral("</p>");
    }
    m_verifications->setText(history.isEmpty() ? tr("<span style='color:%1'>Not re-hashed since it was "
                                                    "registered — Verify now checks it.</span>")
                                                     .arg(muted)
                                               : history);
    m_verificationCaption->show();
    m_verifications->show();

    m_custodyCaption->setText(tr("Chain of custody (%1)").arg(custody.size()));
    QString chain;
    for (const CustodyEvent &c : custody) {
        chain +=
            QStringLiteral("<p style='margin:0 0 6px 0;'><b>%1</b> · <b>%2</b> <span style='color:%3'>(%4%5)</span>")
                .arg(esc(timetext::local(c.at)), esc(custodyActionText(c.action).toUpper()), muted,
                     esc(timetext::utc(c.at)), c.zone.isEmpty() ? QString() : tr("; given in %1").arg(esc(c.zone)));
        if (!c.fromParty.isEmpty() || !c.toParty.isEmpty())
            chain += QStringLiteral("<br>%1 → %2").arg(orDash(c.fromParty), orDash(c.toParty));
        QStringList parts;
        if (!c.purpose.isEmpty())
            parts << tr("Purpose: %1").arg(esc(c.purpose));
        if (!c.method.isEmpty())
            parts << tr("Method: %1").arg(esc(c.method));
        if (!c.location.isEmpty())
            parts << tr("Location: %1").arg(esc(c.location));
        if (!parts.isEmpty())
            chain += QStringLiteral("<br>") + parts.join(QStringLiteral(" · "));
        if (!c.notes.isEmpty())
            chain += QStringLiteral("<br>") + tr("Notes: %1").arg(multiline(c.notes));
        chain += tr("<br><span style='color:%1'>recorded by %2, %3</span></p>")
                     .arg(muted, esc(c.recordedBy), esc(timetext::local(c.recordedAt)));
    }
    m_custody->setText(chain.isEmpty() ? tr("<span style='color:%1'>No custody entries.</span>").arg(muted) : chain);
    m_custodyCaption->show();
    m_custody->show();
}

QString EvidenceDetails::factsText() const
{
    return m_facts->isHidden() ? QString() : plain(m_facts);
}
QString EvidenceDetails::custodyText() const
{
    return m_custody->isHidden() ? QString() : plain(m_custody);
}
QString EvidenceDetails::verificationText() const
{
    return m_verifications->isHidden() ? QString() : plain(m_verifications);
}

} // namespace firebreak::ui
