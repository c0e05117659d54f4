// Data of a notice draft: the clock's facts plus the draft text from
// model/clocks/NoticeDraft, split into its header lines and sections so
// the template can lay them out (and flag what is still to be completed).

#include "Content.h"

#include "model/ShippedTexts.h"
#include "model/clocks/NoticeDraft.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace firebreak::documents {

namespace {

struct ParsedDraft {
    QVariantList facts;    // "To: …" lines before the first section
    QVariantList sections; // numbered items
    QVariantList closing;  // "Contact: …" lines after them
};

ParsedDraft parseBody(const QString &body)
{
    static const QRegularExpression field(QStringLiteral("^(\\p{Lu}[\\p{L} ()/'’-]{1,40}?)\\s?: (.*)$"));
    static const QRegularExpression numbered(QStringLiteral("^(\\d+)\\. (.+)$"));
    ParsedDraft out;
    QVariantMap current;
    QStringList text;
    auto flush = [&] {
        if (current.isEmpty() && text.isEmpty())
            return;
        const QString joined = text.join(QLatin1Char('\n')).trimmed();
        current.insert(QStringLiteral("text"), joined);
        current.insert(QStringLiteral("todo"), joined.contains(todoMarker()));
        if (!current.contains(QStringLiteral("heading")))
            current.insert(QStringLiteral("heading"), QString());
        if (!current.contains(QStringLiteral("number")))
            current.insert(QStringLiteral("number"), QString());
        out.sections << current;
        current.clear();
        text.clear();
    };
    for (const QString &line : body.split(QLatin1Char('\n'))) {
        if (const auto m = numbered.match(line); m.hasMatch()) {
            flush();
            current = row({{"number", m.captured(1)}, {"heading", m.captured(2)}});
            continue;
        }
        if (current.isEmpty() && text.isEmpty()) {
            if (const auto m = field.match(line); m.hasMatch()) {
                (out.sections.isEmpty() ? out.facts : out.closing)
                    << row({{"label", m.captured(1)}, {"value", m.captured(2)}});
                continue;
            }
            if (line.trimmed().isEmpty())
                continue;
        }
        if (line.trimmed().isEmpty() && !current.isEmpty()) {
            flush();
            continue;
        }
        text << line;
    }
    flush();
    return out;
}

} // namespace

Result<QVariantMap> noticeContext(const ContentInput &in)
{
    const IncidentFacts &f = in.facts;
    if (f.clocks.isEmpty())
        return Error::notFound(QCoreApplication::translate(
                                   "NoticeReport",
                                   "%1 has no notification clocks, so there is no notice to draft; classify it first "
                                   "(firebreak-cli clock classify %1)")
                                   .arg(f.incident.id));
    qsizetype index = 0; // clocks come most urgent first
    if (!in.options.clockId.isEmpty()) {
        index = -1;
        QStringList known;
        for (qsizetype i = 0; i < f.clocks.size(); ++i) {
            known << f.clocks.at(i).rule.id;
            if (f.clocks.at(i).rule.id == in.options.clockId)
                index = i;
        }
        if (index < 0)
            return Error::notFound(QCoreApplication::translate("NoticeReport", "%1 has no clock '%2' (its clocks: %3)")
                                       .arg(f.incident.id, in.options.clockId, known.join(QStringLiteral(", "))));
    }
    const ClockStatus &c = f.clocks.at(index);
    const NoticeDraft &d = f.noticeDrafts.value(index);
    const TimeFormat &t = in.time;
    const Redactor none(f, false);
    QVariantMap ctx = commonContext(in, none);

    const ParsedDraft parsed = parseBody(d.body);
    QVariantList missing;
    for (const QString &m : d.missing)
        missing << m;
    QVariantList sent;
    for (const Notice &n : c.notices)
        sent << row({{"phase", n.phase},
                     {"sent", t.both(n.sentAt)},
                     {"recipient", orDash(n.recipient)},
                     {"reference", orDash(n.reference)}});
    ctx.insert(QStringLiteral("clock"),
               row({{"id", c.rule.id},
                    {"title", shipped::text(c.rule.title)},
                    {"regime", shipped::text(c.rule.regime)},
                    {"source", orDash(shipped::text(c.rule.source))},
                    {"recipient", shipped::text(c.rule.recipient)},
                    {"trigger", t.both(c.triggerAt)},
                    {"deadline", c.deadline.isValid() ? t.both(c.deadline)
                                 : c.state == ClockStatus::State::NoLimit
                                     ? QCoreApplication::translate("NoticeReport", "without undue delay")
                                     : QCoreApplication::translate("NoticeReport", "not started")},
                    {"outcome", clockOutcome(c, in.now)},
                    {"overdue", c.state == ClockStatus::State::Overdue},
                    {"sent", sent}}));
    ctx.insert(QStringLiteral("draft"), row({{"subject", d.subject},
                                             {"facts", parsed.facts},
                                             {"hasFacts", !parsed.facts.isEmpty()},
                                             {"hasClosing", !parsed.closing.isEmpty()},
                                             {"sections", parsed.sections},
                                             {"closing", parsed.closing},
                                             {"missing", missing},
                                             {"complete", d.missing.isEmpty()}}));
    return ctx;
}

} // namespace firebreak::documents
